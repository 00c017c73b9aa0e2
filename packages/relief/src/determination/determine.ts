/**
 * 认定 (determine): every programme for one household, from one pass over its facts. One function
 * serves both paths — with the explanation tree, or amounts only (`explain: false`) — so the two
 * can never disagree on an amount.
 *
 * @module
 */
import { explain } from "@minzheng/core"
import { type Explanation, InvalidInput, Money, issue } from "@minzheng/core"
import { Result } from "effect"
import { determineDibao } from "../dibao/dibao.js"
import { dibaoFenOnly } from "../dibao/dibao-amount-only.js"
import { determineSinglePerson, singlePersonRoute } from "../dibao/single-person.js"
import { determineGradualExit } from "../gradual-exit/gradual-exit.js"
import { decodeHousehold, type Household } from "../household/household.js"
import { explainIncome, perCapitaFen } from "../household/income-accounting.js"
import { explainMembership } from "../household/membership.js"
import type { RuleContext } from "../internal/context.js"
import { buildFacts } from "../internal/facts.js"
import { isDecoded } from "../internal/validated.js"
import { determineEdge } from "../marginal/dibao-edge.js"
import { determineRigidExpenditure } from "../marginal/rigid-expenditure.js"
import { ReliefPolicy } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"
import { determineTekun } from "../tekun/tekun.js"
import { determineTemporary } from "../temporary-assistance/temporary-assistance.js"
import { type Determination, DeterminationRecord, type HouseholdDetermination, HouseholdDeterminationRecord } from "./determination.js"

/**
 * Options of {@link determine}.
 *
 * @example
 * ```ts
 * import type { DetermineOptions } from "@minzheng/relief"
 * const fast: DetermineOptions = { explain: false }
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface DetermineOptions {
  /** Build the explanation trees (default `true`); `false` is the amount-only path. */
  readonly explain?: boolean
}

const notPolicy = () => new InvalidInput({ issues: [issue(["policy"], "invalid_policy", "不是已解析的救助政策（请用 resolveReliefPolicy）", "not a resolved relief policy (use resolveReliefPolicy)")] })

/** @internal */
export const trusted = (household: unknown, policy: unknown, noPolicy = false): Household => {
  if (!noPolicy && !(policy instanceof ReliefPolicy)) throw notPolicy()
  if (isDecoded(household)) return household as Household
  const r = decodeHousehold(household)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

const explainFlag = (options: unknown): boolean => {
  if (options === undefined) return true
  if (typeof options !== "object" || options === null) {
    throw new InvalidInput({ issues: [issue(["options"], "invalid_options", "选项应为对象", "options must be an object")] })
  }
  const e = (options as { explain?: unknown }).explain
  if (e === undefined) return true
  if (typeof e !== "boolean") throw new InvalidInput({ issues: [issue(["options", "explain"], "invalid_type", "explain 应为布尔值", "explain must be a boolean")] })
  return e
}

/**
 * Determines every programme for a household as of the policy's date: 低保 (eligibility, 补差,
 * 分类施保, minimum payment, rounding), 单人户施保 for each member who may be covered alone,
 * 特困 for the applicant, 低保边缘, 刚性支出困难, 临时救助 when an incident is given and 渐退期 when
 * the household is leaving 低保. Each determination carries its amount terms (they sum to the
 * amount exactly), dates, reasons, citations and — unless `explain: false` — its explanation tree.
 *
 * **Details**: a household that did not come from {@link decodeHousehold} is decoded first, so
 * arbitrary input gives one `InvalidInput`; decode once and reuse the household for speed.
 *
 * @throws `InvalidInput` for an invalid household, policy or options
 * @example
 * ```ts
 * import { determine, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const household = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01", employed: true }],
 *   incomes: [{ member: "m1", category: "wages", amount: "800.00" }],
 *   assets: { financial: "1000.00", residentialUnits: 1 }
 * })
 * const dibao = determine(household, policy).determinations[0]
 * dibao.amount.toString() //=> "450.00"
 * ```
 * @see {@link decisionText} to print it
 * @category determinations
 * @since 0.1.0
 */
export const determine = (household: Household, policy: ReliefPolicy, options?: DetermineOptions): HouseholdDetermination => {
  const h = trusted(household, policy)
  const withTree = explainFlag(options)
  const facts = buildFacts(h, policy.compiled, policy.date)
  const c: RuleContext = { facts, policy, p: policy.compiled, explain: withTree, membershipNode: null, incomeNode: null, assetNodes: { dibao: null, tekun: null, lowIncome: null } }
  if (withTree) {
    c.membershipNode = explainMembership(facts)
    c.incomeNode = explainIncome(c)
  }
  const dibao = determineDibao(c)
  const out: Determination[] = [dibao]
  const edge = determineEdge(c, dibao.eligible)
  const tekun = determineTekun(c)
  if (!dibao.eligible) {
    for (const m of facts.members) {
      const route = singlePersonRoute(m, edge.eligible)
      if (route !== null) out.push(determineSinglePerson(c, m, route))
    }
  }
  out.push(tekun, edge, determineRigidExpenditure(c, dibao.eligible || tekun.eligible || edge.eligible))
  if (h.incident !== undefined) out.push(determineTemporary(c, h.incident))
  if (h.previous !== undefined && h.previous.programme === "dibao") out.push(determineGradualExit(c, h.previous, dibao.eligible))
  let tree: Explanation | null = null
  if (withTree) {
    tree = explain({
      rule: "relief.household",
      label: { zh: `家庭 ${h.id} 社会救助认定`, en: `relief determination for household ${h.id}` },
      outcome: out.filter((d) => d.eligible).map((d) => d.programme),
      inputs: { asOf: policy.date, region: h.residence.region, area: h.residence.area },
      parameters: { bundle: `${policy.bundle.id}@${policy.bundle.version}`, illustrative: policy.illustrative },
      citations: [RELIEF_SOURCES.householdMembers],
      children: [c.membershipNode as Explanation, c.incomeNode as Explanation, ...out.map((d) => d.explanation as Explanation)]
    })
  }
  return new HouseholdDeterminationRecord(
    h.id,
    policy.date,
    policy.bundle,
    policy.region,
    dibao.memberIds,
    perCapitaFen(facts.totalFen, facts.window, facts.counted),
    out,
    tree,
    policy.illustrative
  )
}

/**
 * The amount-only result of {@link dibaoAmountOnly}.
 *
 * @example
 * ```ts
 * import type { DibaoAmountResult } from "@minzheng/relief"
 * const yuan = (r: DibaoAmountResult) => r.amount.toString()
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface DibaoAmountResult {
  readonly eligible: boolean
  /** The monthly amount in 分. */
  readonly fen: number
  /** The monthly amount as core `Money` (built on access). */
  readonly amount: Money
}

class DibaoAmountRecord implements DibaoAmountResult {
  constructor(
    readonly eligible: boolean,
    readonly fen: number
  ) {}
  get amount(): Money {
    return Money.fen(this.fen)
  }
}

/**
 * The 低保 amount only: the same rules and parameters as {@link determine}, no other programme,
 * no terms, no tree — the fast path for batch totals and simulations. Equal to
 * `determine(h, policy).determinations[0].fen` by construction (and by property test).
 *
 * @throws `InvalidInput` for an invalid household or policy
 * @example
 * ```ts
 * import { dibaoAmountOnly, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const household = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * dibaoAmountOnly(household, policy).fen //=> 105000
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const dibaoAmountOnly = (household: Household, policy: ReliefPolicy): DibaoAmountResult => {
  const h = trusted(household, policy)
  const fen = dibaoFenOnly(h, policy.compiled, policy.date)
  return fen < 0 ? NOT_ELIGIBLE : new DibaoAmountRecord(true, fen)
}

const NOT_ELIGIBLE: DibaoAmountResult = new DibaoAmountRecord(false, 0)

