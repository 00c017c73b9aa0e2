/**
 * Builds explanation nodes directly. Core's `explain` checks each node it builds and marks a node
 * provisional when a child is; scoring builds its nodes from the package's own checked data
 * (most of them once per instrument, see `explanation-parts.ts`) and sets `provisional` itself.
 *
 * @internal
 * @module
 */
import type { Bilingual, Citation, Explanation, Json } from "@minzheng/core"

const EMPTY: { readonly [key: string]: Json } = Object.freeze({})
const NONE: ReadonlyArray<never> = Object.freeze([])

/** One explanation node (`provisional` present only when true, as core's `explain` does). */
export const node = (
  rule: string,
  label: Bilingual,
  outcome: Json,
  inputs: { readonly [key: string]: Json } = EMPTY,
  citations: ReadonlyArray<Citation> = NONE,
  children: ReadonlyArray<Explanation> = NONE,
  parameters: { readonly [key: string]: Json } = EMPTY,
  provisional = false
): Explanation =>
  provisional
    ? { rule, label, outcome, inputs, parameters, citations, children, provisional: true }
    : { rule, label, outcome, inputs, parameters, citations, children }
