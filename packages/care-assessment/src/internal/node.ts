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

/**
 * One explanation node (`provisional` present only when true, as core's `explain` does).
 * `outcomeLabel` names a coded outcome (a level id) in words, so Chinese text shows 能力中度受损
 * rather than `moderate`.
 */
export const node = (
  rule: string,
  label: Bilingual,
  outcome: Json,
  inputs: { readonly [key: string]: Json } = EMPTY,
  citations: ReadonlyArray<Citation> = NONE,
  children: ReadonlyArray<Explanation> = NONE,
  parameters: { readonly [key: string]: Json } = EMPTY,
  provisional = false,
  outcomeLabel?: Bilingual
): Explanation => {
  const n: { -readonly [K in keyof Explanation]: Explanation[K] } = { rule, label, outcome, inputs, parameters, citations, children }
  if (provisional) n.provisional = true
  if (outcomeLabel !== undefined) n.outcomeLabel = outcomeLabel
  return n
}
