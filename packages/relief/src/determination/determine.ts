/**
 * 认定 (determine): every programme for one household, from one pass over its facts. One function
 * serves both paths — with the explanation tree, or amounts only (`explain: false`) — so the two
 * can never disagree on an amount.
 *
 * @module
 */
import { explain } from "@minzheng/core"
import { type Explanation, InvalidInput, Money, type PolicyBundleIncomplete, issue, isWithinRegion } from "@minzheng/core"
import { Result } from "effect"
import { determineDibao } from "../dibao/dibao.js"
import { dibaoFenOnly } from "../dibao/dibao-amount-only.js"
import { determineSinglePerson, singlePersonRoute } from "../dibao/single-person.js"
import { determineGradualExit } from "../gradual-exit/gradual-exit.js"
import { decodeHousehold, type Household } from "../household/household.js"
import { explainIncome, perCapitaFen } from "../household/income-accounting.js"
import { explainMembership } from "../household/membership.js"
import type { RuleContext } from "../internal/context.js"
import { buildFacts, type Facts, memberAge, partsOf } from "../internal/facts.js"
import { memberZh } from "../internal/names.js"
import { isDecoded } from "../internal/validated.js"
import { determineEdge } from "../marginal/dibao-edge.js"
import { determineRigidExpenditure } from "../marginal/rigid-expenditure.js"
import { RELIEF_PARAMETERS } from "../params/definitions.js"
import { type ReliefParameters, ReliefPolicy } from "../params/policy.js"
import { DEPENDS, DIBAO_AMOUNT, INCOME, keysFor, type ProgrammeKey } from "../params/usage.js"
import { RELIEF_SOURCES } from "../sources.js"
import { determineTekun } from "../tekun/tekun.js"
import { determineTemporary } from "../temporary-assistance/temporary-assistance.js"
import {
  type Determination,
  DeterminationRecord,
  type HouseholdDetermination,
  HouseholdDeterminationRecord,
  PROGRAMME_NAMES,
  type Programme,
  type UsedParameter
} from "./determination.js"

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
  let h: Household
  if (isDecoded(household)) h = household as Household
  else {
    const r = decodeHousehold(household)
    if (Result.isFailure(r)) throw r.failure
    h = r.success
  }
  if (!noPolicy) inRegion(h, policy as ReliefPolicy)
  return h
}

/**
 * A policy decides only for its own region and the regions within it (GB/T 2260 prefixes): a
 * household resident elsewhere is refused, never decided under another place's standards.
 */
const inRegion = (h: Household, policy: ReliefPolicy): void => {
  if (isWithinRegion(h.residence.region, policy.region)) return
  throw new InvalidInput({
    issues: [
      issue(
        ["residence", "region"],
        "region_mismatch",
        `家庭居住地 ${h.residence.region} 不在政策适用区域 ${policy.region} 内，请按居住地解析政策`,
        `the household lives in ${h.residence.region}, outside the policy's region ${policy.region}: resolve the policy for the household's region`
      )
    ]
  })
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
  const area = h.residence.area
  const p = policy.compiled
  const context = (facts: Facts): RuleContext => ({ facts, policy, p, explain: withTree, membershipNode: null, incomeNode: null, assetNodes: { dibao: null, tekun: null, lowIncome: null } })
  const all = buildFacts(h, p, policy.date)
  const c0 = context(all)
  const applicant = all.members.find((m) => m.member.relationship === "applicant") as Facts["members"][number]
  const gone = (k: ProgrammeKey) => policy.unavailable(k, area)
  // 特困 first: whether the applicant is in 特困 support decides who the 低保 household is.
  const tekunFailure = gone("tekun")
  const tekun = tekunFailure === null ? determineTekun(c0) : unavailableRecord("tekun", [applicant.member.id], tekunFailure)
  const dibaoFailure = gone("dibao")
  // 《社会救助暂行办法》第十五条第三款 (衔接) and 《特困人员认定办法》第二十七条: a person in 特困 support is
  // not also given 低保 (tekun.excludesDibao, national default true; a locality may set false).
  const inTekun = new Set<string>()
  if (dibaoFailure === null && p.tekunExcludesDibao) {
    for (const m of all.members) if (m.counted && m.member.tekun === true) inTekun.add(m.member.id)
    if (tekun.eligible) inTekun.add(applicant.member.id)
  }
  const facts = inTekun.size === 0 ? all : buildFacts(h, p, policy.date, inTekun)
  const c = inTekun.size === 0 ? c0 : context(facts)
  if (withTree) {
    c.membershipNode = explainMembership(facts)
    c.incomeNode = explainIncome(c)
  }
  const dibao = dibaoFailure === null ? determineDibao(c) : unavailableRecord("dibao", facts.countedIds, dibaoFailure)
  const out: DeterminationRecord[] = [dibao]
  const edgeFailure = gone("dibao-edge")
  const edge = edgeFailure === null ? determineEdge(c, dibao.eligible) : unavailableRecord("dibao-edge", facts.countedIds, edgeFailure)
  if (!dibao.eligible && gone("dibao-single-person") === null) {
    for (const m of facts.members) {
      const route = singlePersonRoute(m, edge.eligible)
      if (route !== null) out.push(determineSinglePerson(c, m, route))
    }
  }
  const rigidFailure = gone("rigid-expenditure")
  out.push(
    tekun,
    edge,
    rigidFailure === null
      ? determineRigidExpenditure(c, dibao.eligible || tekun.eligible || edge.eligible)
      : unavailableRecord("rigid-expenditure", facts.countedIds, rigidFailure)
  )
  if (h.incident !== undefined) {
    const f = gone(h.incident.type === "emergency" ? "temporary-assistance-emergency" : "temporary-assistance")
    out.push(f === null ? determineTemporary(c, h.incident) : unavailableRecord("temporary-assistance", facts.countedIds, f))
  }
  if (h.previous !== undefined && h.previous.programme === "dibao") {
    const f = gone("gradual-exit")
    out.push(f === null ? determineGradualExit(c, h.previous, dibao.eligible) : unavailableRecord("gradual-exit", facts.countedIds, f))
  }
  const illustrative = new Map<string, UsedParameter>()
  const carried = new Map<string, UsedParameter>()
  let paid = 0
  for (const d of out) {
    d.parametersUsed = usedBy(d, policy, facts, area)
    for (const name of d.parametersUsed) {
      const r = byName(policy, name)
      if (r === undefined) continue
      if (r.illustrative) illustrative.set(name, { name, label: r.label })
      else if (r.carriedForward) carried.set(name, { name, label: r.label })
    }
    if (d.eligible && d.frequency === "monthly") paid += d.fen
  }
  let tree: Explanation | null = null
  if (withTree) {
    tree = explain({
      rule: "relief.household",
      label: { zh: `家庭 ${h.id} 社会救助认定`, en: `relief determination for household ${h.id}` },
      outcome: out.filter((d) => d.eligible).map((d) => d.programme),
      inputs: { asOf: policy.date, region: h.residence.region, area: h.residence.area },
      parameters: {
        bundle: `${policy.bundle.id}@${policy.bundle.version}`,
        illustrative: [...illustrative.keys()],
        carriedForward: [...carried.keys()]
      },
      citations: [RELIEF_SOURCES.householdMembers],
      children: [c.membershipNode as Explanation, c.incomeNode as Explanation, ...out.flatMap((d) => (d.explanation === null ? [] : [d.explanation]))]
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
    [...illustrative.values()],
    [...carried.values()],
    paid,
    Object.fromEntries(h.members.map((m) => [m.id, memberZh(m)]))
  )
}

/** A programme that cannot be determined: not eligible, no amount, its typed failure. */
const unavailableRecord = (programme: Programme, memberIds: ReadonlyArray<string>, failure: PolicyBundleIncomplete): DeterminationRecord =>
  new DeterminationRecord(
    programme,
    false,
    memberIds,
    programme === "dibao-edge" || programme === "rigid-expenditure" ? "status" : programme === "temporary-assistance" ? "one-off" : "monthly",
    0,
    [],
    null,
    null,
    null,
    null,
    [{ zh: `${PROGRAMME_NAMES[programme].zh}无法认定：政策参数缺失或已停止适用`, en: `${PROGRAMME_NAMES[programme].en} cannot be determined: a policy parameter is missing or ended` }],
    [],
    null,
    failure
  )

const KEY_BY_NAME = new Map<string, keyof ReliefParameters>(Object.entries(RELIEF_PARAMETERS).map(([k, d]) => [d.name, k as keyof ReliefParameters]))

const byName = (policy: ReliefPolicy, name: string): { illustrative: boolean; carriedForward: boolean; label: UsedParameter["label"] } | undefined => {
  const key = KEY_BY_NAME.get(name)
  const r = key === undefined ? undefined : policy.parameters[key]
  if (key === undefined || r === undefined) return undefined
  return { illustrative: r.illustrative, carriedForward: (r as { kind?: string }).kind === "carried-forward", label: RELIEF_PARAMETERS[key].label }
}

/** The parameters a determination actually used (what its outcome rests on), by bundle name. */
const usedBy = (d: DeterminationRecord, policy: ReliefPolicy, facts: Facts, area: "urban" | "rural"): ReadonlyArray<string> => {
  if (d.failure !== null) return []
  const keys: Array<keyof ReliefParameters | "standard"> = []
  const amount = d.eligible ? DIBAO_AMOUNT : []
  switch (d.programme) {
    case "dibao":
      keys.push(...INCOME, "dibaoAssets", ...amount, ...(d.eligible ? (["recheckStableMonths", "recheckUnstableMonths"] as const) : []))
      if (facts.tekunIds.size > 0) keys.push("tekunExcludesDibao", "tekunMemberInDibaoHousehold")
      break
    case "dibao-single-person":
      keys.push(...INCOME, "dibaoAssets", "edgeMultiplier", "lowIncomeAssets", "singlePersonHouseholdIncomeMultiple", ...amount, ...(d.eligible ? (["recheckStableMonths"] as const) : []))
      break
    case "tekun":
      keys.push("standard", "incomeLookbackMonths", "locallyExcludedIncome", "tekunBasicPensionExcluded", "tekunAssets", "tekunMinorAge", "disposableIncome", "lowIncomeAssets")
      if (d.eligible) {
        keys.push("tekunMultiplier", "rounding", "recheckStableMonths", "tekunExcludesDibao")
        if (d.terms.some((t) => t.kind === "care")) keys.push("tekunCare")
      }
      break
    case "dibao-edge":
      keys.push(...INCOME, "dibaoAssets", "edgeMultiplier", "lowIncomeAssets", ...(d.eligible ? (["recheckStableMonths"] as const) : []))
      break
    case "rigid-expenditure":
      keys.push(...INCOME, "lowIncomeAssets", "disposableIncome", "rigidShare", "rigidLookbackMonths")
      break
    case "temporary-assistance":
      keys.push(...DEPENDS[facts.household.incident?.type === "emergency" ? "temporary-assistance-emergency" : "temporary-assistance"])
      break
    case "gradual-exit":
      keys.push(...INCOME, "dibaoAssets", "gradualExitMonths")
      break
  }
  const names: string[] = []
  for (const k of new Set(keysFor(keys, area))) if (policy.parameters[k] !== undefined) names.push(RELIEF_PARAMETERS[k].name)
  return names
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
  /** Why 低保 could not be determined (a parameter it reads is missing or ended), else `null`. */
  readonly failure?: PolicyBundleIncomplete | null
  /** The monthly amount in 分. */
  readonly fen: number
  /** The monthly amount as core `Money` (built on access). */
  readonly amount: Money
}

class DibaoAmountRecord implements DibaoAmountResult {
  constructor(
    readonly eligible: boolean,
    readonly fen: number,
    readonly failure: PolicyBundleIncomplete | null = null
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
  const failure = policy.unavailable("dibao", h.residence.area)
  if (failure !== null) return new DibaoAmountRecord(false, 0, failure)
  // A member who may be in 特困 support changes who the 低保 household is: take the full path.
  if (policy.compiled.tekunExcludesDibao && mayBeTekun(h, policy.date)) {
    const d = determine(h, policy, { explain: false }).determinations[0] as Determination
    return d.eligible ? new DibaoAmountRecord(true, d.fen) : NOT_ELIGIBLE
  }
  const fen = dibaoFenOnly(h, policy.compiled, policy.date)
  return fen < 0 ? NOT_ELIGIBLE : new DibaoAmountRecord(true, fen)
}

/** Whether a member is in, or the applicant may qualify for, 特困 support (第五条 无劳动能力 is necessary). */
const mayBeTekun = (h: Household, asOf: string): boolean => {
  const on = partsOf(asOf)
  for (const m of h.members) {
    if (m.tekun === true) return true
    if (m.relationship !== "applicant") continue
    const age = memberAge(m, on.year, on.monthDay)
    if (age >= 60 || age < 16 || m.disability !== undefined || h.previous?.programme === "tekun") return true
  }
  return false
}

const NOT_ELIGIBLE: DibaoAmountResult = new DibaoAmountRecord(false, 0)

