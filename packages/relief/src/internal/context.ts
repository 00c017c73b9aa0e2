/**
 * What every rule receives: the household's facts, the resolved policy and whether to build
 * explanation nodes. Shared nodes (members, income, assets) are built once and reused by every
 * programme's tree.
 *
 * @internal
 * @module
 */
import type { Explanation } from "@minzheng/core"
import type { CompiledPolicy, ReliefPolicy } from "../params/policy.js"
import type { Facts } from "./facts.js"

export interface RuleContext {
  readonly facts: Facts
  readonly policy: ReliefPolicy
  readonly p: CompiledPolicy
  readonly explain: boolean
  membershipNode: Explanation | null
  incomeNode: Explanation | null
  /** Asset nodes by test name, built once per household. */
  assetNodes: { dibao: Explanation | null; tekun: Explanation | null; lowIncome: Explanation | null }
  /** The financial-asset node's inputs, the same for the three tests: built once per household. */
  assetInputs: { readonly financial: string; readonly members: number } | null
}
