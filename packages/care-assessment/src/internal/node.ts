/**
 * Builds explanation nodes directly: core's `explain` re-validates every node (and its citations)
 * with zod, which costs more than the scoring it explains on the hot path. The nodes built here
 * have the same shape and only ever carry citations from the package's own data.
 *
 * @internal
 * @module
 */
import type { Bilingual, Citation, Explanation, Json } from "@minzheng/core"

const EMPTY: { readonly [key: string]: Json } = Object.freeze({})
const NONE: ReadonlyArray<never> = Object.freeze([])

/** One explanation node. */
export const node = (
  rule: string,
  label: Bilingual,
  outcome: Json,
  inputs: { readonly [key: string]: Json } = EMPTY,
  citations: ReadonlyArray<Citation> = NONE,
  children: ReadonlyArray<Explanation> = NONE,
  parameters: { readonly [key: string]: Json } = EMPTY,
  provisional = false
): Explanation => ({ rule, label, outcome, inputs, parameters, citations, children, ...(provisional ? { provisional: true as const } : {}) })
