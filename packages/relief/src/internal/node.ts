/**
 * Explanation nodes for the rules' own trees. Core's `explain` checks its argument (it accepts
 * nodes from anywhere); the rules here build theirs from decoded facts and constant tables, so
 * this builder only fills the defaults — with the same keys in the same order, so a tree is equal
 * (and serialises byte for byte) to one built with core's `explain`. No rule here marks a result
 * provisional, so there is no flag to carry up.
 *
 * A node that depends only on the policy, or on an outcome drawn from a small set, is built once
 * and shared (`frozenNode`): trees are immutable data, so sharing is safe, and freezing makes sure.
 *
 * @internal
 * @module
 */
import type { Bilingual, Citation, Explanation, Json } from "@minzheng/core"

const NO_VALUES: { readonly [key: string]: Json } = Object.freeze({})
const NO_CITATIONS: ReadonlyArray<Citation> = Object.freeze([])
const NO_CHILDREN: ReadonlyArray<Explanation> = Object.freeze([])

export interface NodeSpec {
  readonly rule: string
  readonly label: Bilingual
  readonly outcome: Json
  readonly inputs?: { readonly [key: string]: Json }
  readonly parameters?: { readonly [key: string]: Json }
  readonly citations?: ReadonlyArray<Citation>
  readonly children?: ReadonlyArray<Explanation>
}

/** An explanation node (the shape core's `explain` returns). */
export const explain = (n: NodeSpec): Explanation => ({
  rule: n.rule,
  label: n.label,
  outcome: n.outcome,
  inputs: n.inputs ?? NO_VALUES,
  parameters: n.parameters ?? NO_VALUES,
  citations: n.citations ?? NO_CITATIONS,
  children: n.children ?? NO_CHILDREN
})

/** A node built once and shared by every tree that shows it (frozen, with its own records). */
export const frozenNode = (n: NodeSpec): Explanation => {
  const node = explain(n)
  Object.freeze(node.label)
  Object.freeze(node.inputs)
  Object.freeze(node.parameters)
  Object.freeze(node.citations)
  Object.freeze(node.children)
  return Object.freeze(node)
}
