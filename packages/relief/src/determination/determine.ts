/**
 * 认定 (determine): every programme for one household, from one pass over its facts. One function
 * serves both paths — with the explanation tree, or amounts only (`explain: false`) — so the two
 * can never disagree on an amount.
 *
 * @module
 */
import { explain } from "../internal/node.js"
import { type Explanation, InvalidInput, Money, type PolicyBundleIncomplete, issue } from "@minzheng/core"
import { determineDibao } from "../dibao/dibao.js"
import { MAY_BE_TEKUN, dibaoFenOnly } from "../dibao/dibao-amount-only.js"
import { determineSinglePerson, singlePersonRoute } from "../dibao/single-person.js"
import { determineGradualExit } from "../gradual-exit/gradual-exit.js"
import { decodeHousehold, type Household } from "../household/household.js"
import { explainIncome, perCapitaFen } from "../household/income-accounting.js"
import { explainMembership } from "../household/membership.js"
import type { RuleContext } from "../internal/context.js"
import { buildFacts, type Facts } from "../internal/facts.js"
import { checked, isRefusal } from "../internal/trusted.js"
import * as Result from "effect/Result"
import { determineEdge } from "../marginal/dibao-edge.js"
import { determineRigidExpenditure } from "../marginal/rigid-expenditure.js"
import { RELIEF_PARAMETERS } from "../params/definitions.js"
import { MEMO, type ReliefParameters, type ReliefPolicy } from "../params/policy.js"
import { DEPENDS, DIBAO_AMOUNT, INCOME, keysFor } from "../params/usage.js"
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
 * amount exactly), dates, reasons, citations and — unless `explain: false` — its explanation tree;
 * read them by programme (`programmes.dibao`, `programmes.tekun`, …) or as the list
 * `determinations`.
 *
 * **Fails** (a `Result`) with one `InvalidInput` when the household is invalid (every problem
 * listed; a household that did not come from {@link decodeHousehold} is decoded first — decode
 * once and reuse it for speed) or lives outside the policy's region (path `residence.region`). A
 * parameter missing or ended is not a failure of the call: the programmes that read it come back
 * `status: "unavailable"` with their typed `PolicyBundleIncomplete`.
 *
 * @throws `InvalidInput` when `policy` is not a resolved {@link ReliefPolicy} or `options` is not
 *   `{ explain?: boolean }` (defects of the calling program)
 * @example
 * ```ts
 * import { determine, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { Result, regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const household = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01", employed: true }],
 *   incomes: [{ member: "m1", category: "wages", amount: "800.00" }],
 *   assets: { financial: "1000.00", residentialUnits: 1 }
 * })
 * const r = determine(household, policy)
 * Result.isSuccess(r) && r.success.programmes.dibao.amount.toString() //=> "450.00"
 * // explained by default, so the tree is typed as there (no `!`); { explain: false } types it null
 * Result.isSuccess(r) && r.success.programmes.dibao.explanation.rule //=> "relief.dibao"
 * const elsewhere = decodeHouseholdUnsafe({ ...household, residence: { region: "370902", area: "urban" } })
 * Result.match(determine(elsewhere, policy), { onSuccess: () => "decided", onFailure: (e) => e.issues[0]?.path }) //=> ["residence", "region"]
 * ```
 * @see {@link determineUnsafe} (throws), {@link decisionText} to print it
 * @category determinations
 * @since 0.1.0
 */
export const determine: {
  /** Explained (the default): every `explanation` is an `Explanation`. */
  (household: Household, policy: ReliefPolicy, options?: { readonly explain?: true }): Result.Result<HouseholdDetermination<Explanation>, InvalidInput>
  /** The amount-only path: every `explanation` is `null`. */
  (household: Household, policy: ReliefPolicy, options: { readonly explain: false }): Result.Result<HouseholdDetermination<null>, InvalidInput>
  /** Either, decided at run time. */
  (household: Household, policy: ReliefPolicy, options?: DetermineOptions): Result.Result<HouseholdDetermination, InvalidInput>
} = ((household: Household, policy: ReliefPolicy, options?: DetermineOptions): Result.Result<HouseholdDetermination, InvalidInput> => {
  const h = checked(household, policy)
  const withTree = explainFlag(options)
  return isRefusal(h) ? Result.fail(h) : Result.succeed(decide(h, policy, withTree))
}) as never

/**
 * Like {@link determine}, throwing the `InvalidInput` the `Result` would carry: for scripts, tests
 * and households already decoded for the policy's region.
 *
 * @throws `InvalidInput` for an invalid household, a household outside the policy's region, or an
 *   invalid policy or options
 * @example
 * ```ts
 * import { determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const household = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01", employed: true }],
 *   incomes: [{ member: "m1", category: "wages", amount: "800.00" }],
 *   assets: { financial: "1000.00", residentialUnits: 1 }
 * })
 * determineUnsafe(household, policy).programmes.dibao.amount.toString() //=> "450.00"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const determineUnsafe: {
  /** Explained (the default): every `explanation` is an `Explanation`. */
  (household: Household, policy: ReliefPolicy, options?: { readonly explain?: true }): HouseholdDetermination<Explanation>
  /** The amount-only path: every `explanation` is `null`. */
  (household: Household, policy: ReliefPolicy, options: { readonly explain: false }): HouseholdDetermination<null>
  /** Either, decided at run time. */
  (household: Household, policy: ReliefPolicy, options?: DetermineOptions): HouseholdDetermination
} = ((household: Household, policy: ReliefPolicy, options?: DetermineOptions): HouseholdDetermination => {
  const h = checked(household, policy)
  const withTree = explainFlag(options)
  if (isRefusal(h)) throw h
  return decide(h, policy, withTree)
}) as never

/** The determinations of a checked household (decoded, within the policy's region). */
const decide = (h: Household, policy: ReliefPolicy, withTree: boolean): HouseholdDeterminationRecord => {
  const area = h.residence.area
  const p = policy.compiled
  const all = buildFacts(h, p, policy.date)
  const c0 = contextOf(all, policy, withTree)
  const applicant = applicantOf(all)
  // 特困 first: whether the applicant is in 特困 support decides who the 低保 household is.
  const tekunFailure = policy.unavailable("tekun", area)
  const tekun = tekunFailure === null ? determineTekun(c0) : unavailableRecord("tekun", [applicant.member.id], tekunFailure)
  const dibaoFailure = policy.unavailable("dibao", area)
  // 《社会救助暂行办法》第十五条第三款 (衔接) and 《特困人员认定办法》第二十七条: a person in 特困 support is
  // not also given 低保 (tekun.excludesDibao, national default true; a locality may set false).
  let inTekun: Set<string> | null = null
  if (dibaoFailure === null && p.tekunExcludesDibao) {
    for (const m of all.members) if (m.counted && m.member.tekun === true) (inTekun ??= new Set()).add(m.member.id)
    if (tekun.eligible) (inTekun ??= new Set()).add(applicant.member.id)
  }
  const facts = inTekun === null ? all : buildFacts(h, p, policy.date, inTekun)
  const c = inTekun === null ? c0 : contextOf(facts, policy, withTree)
  if (withTree) {
    c.membershipNode = explainMembership(facts)
    c.incomeNode = explainIncome(c)
  }
  const dibao = dibaoFailure === null ? determineDibao(c) : unavailableRecord("dibao", facts.countedIds, dibaoFailure)
  const out: DeterminationRecord[] = [dibao]
  const edgeFailure = policy.unavailable("dibao-edge", area)
  const edge = edgeFailure === null ? determineEdge(c, dibao.eligible) : unavailableRecord("dibao-edge", facts.countedIds, edgeFailure)
  if (!dibao.eligible && policy.unavailable("dibao-single-person", area) === null) {
    for (const m of facts.members) {
      const route = singlePersonRoute(m, edge.eligible)
      if (route !== null) out.push(determineSinglePerson(c, m, route))
    }
  }
  const rigidFailure = policy.unavailable("rigid-expenditure", area)
  out.push(
    tekun,
    edge,
    rigidFailure === null
      ? determineRigidExpenditure(c, dibao.eligible || tekun.eligible || edge.eligible)
      : unavailableRecord("rigid-expenditure", facts.countedIds, rigidFailure)
  )
  if (h.incident !== undefined) {
    const f = policy.unavailable(h.incident.type === "emergency" ? "temporary-assistance-emergency" : "temporary-assistance", area)
    out.push(f === null ? determineTemporary(c, h.incident) : unavailableRecord("temporary-assistance", facts.countedIds, f))
  }
  if (h.previous !== undefined && h.previous.programme === "dibao") {
    const f = policy.unavailable("gradual-exit", area)
    out.push(f === null ? determineGradualExit(c, h.previous, dibao.eligible) : unavailableRecord("gradual-exit", facts.countedIds, f))
  }
  // What each determination used, and the illustrative and carried-forward values among them (in
  // the order first used): looked up per policy, never recomputed per household. The lists of a
  // whole household depend only on the sequence of usage codes, so they are built once per
  // sequence (a small trie per policy) and shared, frozen, by every household with that sequence.
  const usage = usageTable(policy)
  let at: UsageTrie | null = usage.root
  let paid = 0
  for (let i = 0; i < out.length; i++) {
    const d = out[i] as DeterminationRecord
    const code = usageCode(d, facts, area)
    d.parametersUsed = usageOf(usage, policy, d, code, area).names
    if (at !== null) at = step(usage, at, code)
    if (d.eligible && d.frequency === "monthly") paid += d.fen
  }
  const summary = at === null ? summarise(usage, policy, out, facts, area) : (at.summary ??= summarise(usage, policy, out, facts, area))
  let tree: Explanation | null = null
  if (withTree) {
    const eligible: Programme[] = []
    const children: Explanation[] = [c.membershipNode as Explanation, c.incomeNode as Explanation]
    for (let i = 0; i < out.length; i++) {
      const d = out[i] as DeterminationRecord
      if (d.eligible) eligible.push(d.programme)
      if (d.explanation !== null) children.push(d.explanation)
    }
    const x = policy.memo(MEMO.household, householdInputs, policy)
    tree = explain({
      rule: "relief.household",
      label: { zh: `家庭 ${h.id} 社会救助认定`, en: `relief determination for household ${h.id}` },
      outcome: eligible,
      inputs: h.residence.region === policy.region ? x.inputs[area] : { asOf: policy.date, region: h.residence.region, area },
      parameters: summary.parameters,
      citations: HOUSEHOLD_CITATIONS,
      children
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
    summary.illustrative,
    summary.carried,
    paid,
    h.members
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

const HOUSEHOLD_CITATIONS = Object.freeze([RELIEF_SOURCES.householdMembers])

/** The household node's inputs for a household of the policy's own region, by area. */
const householdInputs = (policy: ReliefPolicy) => ({
  inputs: {
    urban: Object.freeze({ asOf: policy.date, region: policy.region, area: "urban" }),
    rural: Object.freeze({ asOf: policy.date, region: policy.region, area: "rural" })
  }
})

const contextOf = (facts: Facts, policy: ReliefPolicy, withTree: boolean): RuleContext => ({
  facts,
  policy,
  p: policy.compiled,
  explain: withTree,
  membershipNode: null,
  incomeNode: null,
  assetNodes: { dibao: null, tekun: null, lowIncome: null },
  assetInputs: null
})

/** The applicant's facts (a decoded household has exactly one applicant). */
const applicantOf = (f: Facts): Facts["members"][number] => {
  const ms = f.members
  for (let i = 0; i < ms.length; i++) if ((ms[i] as Facts["members"][number]).member.relationship === "applicant") return ms[i] as Facts["members"][number]
  return ms[0] as Facts["members"][number]
}

/** The parameters one determination used: bundle names, and the illustrative and carried-forward ones. */
interface Usage {
  readonly names: ReadonlyArray<string>
  readonly illustrative: ReadonlyArray<UsedParameter>
  readonly carried: ReadonlyArray<UsedParameter>
}

const NO_USAGE: Usage = Object.freeze({ names: Object.freeze([]), illustrative: Object.freeze([]), carried: Object.freeze([]) })

/** What a whole household used: the illustrative and carried-forward values, and the tree's `parameters`. */
interface UsageSummary {
  readonly illustrative: ReadonlyArray<UsedParameter>
  readonly carried: ReadonlyArray<UsedParameter>
  readonly parameters: { readonly bundle: string; readonly illustrative: ReadonlyArray<string>; readonly carriedForward: ReadonlyArray<string> }
}

/** A node of the per-policy trie of usage-code sequences: the next node by code, the summary here. */
interface UsageTrie {
  readonly next: Array<UsageTrie | undefined>
  summary: UsageSummary | undefined
}

/** Per policy: the usage of each (programme, outcome, variant, area), one shared `UsedParameter` per name, the trie. */
interface UsageTable {
  readonly byCode: Array<Usage | undefined>
  readonly used: Map<string, UsedParameter>
  readonly root: UsageTrie
  nodes: number
}

// Households of one policy give a few dozen sequences; the bound only guards against a pathological
// input (a household of hundreds of members, each with its own single-person determination).
const MAX_TRIE_NODES = 4096

const newUsageTable = (): UsageTable => ({ byCode: [], used: new Map(), root: { next: [], summary: undefined }, nodes: 1 })
const usageTable = (policy: ReliefPolicy): UsageTable => policy.memo(MEMO.usage, newUsageTable)

const step = (table: UsageTable, at: UsageTrie, code: number): UsageTrie | null => {
  let next = at.next[code]
  if (next === undefined) {
    if (table.nodes >= MAX_TRIE_NODES) return null
    next = { next: [], summary: undefined }
    at.next[code] = next
    table.nodes++
  }
  return next
}

/** The summary of a household's determinations (their usages, in order, each value once). */
const summarise = (table: UsageTable, policy: ReliefPolicy, out: ReadonlyArray<DeterminationRecord>, facts: Facts, area: "urban" | "rural"): UsageSummary => {
  const illustrative: UsedParameter[] = []
  const carried: UsedParameter[] = []
  for (const d of out) {
    const u = usageOf(table, policy, d, usageCode(d, facts, area), area)
    for (const x of u.illustrative) if (!illustrative.includes(x)) illustrative.push(x)
    for (const x of u.carried) if (!carried.includes(x)) carried.push(x)
  }
  return Object.freeze({
    illustrative: Object.freeze(illustrative),
    carried: Object.freeze(carried),
    parameters: Object.freeze({
      bundle: `${policy.bundle.id}@${policy.bundle.version}`,
      illustrative: Object.freeze(illustrative.map((u) => u.name)),
      carriedForward: Object.freeze(carried.map((u) => u.name))
    })
  })
}

const PROGRAMME_INDEX: Readonly<Record<Programme, number>> = {
  dibao: 0,
  "dibao-single-person": 1,
  tekun: 2,
  "dibao-edge": 3,
  "rigid-expenditure": 4,
  "temporary-assistance": 5,
  "gradual-exit": 6
}

/**
 * What a determination used: it depends only on the policy, the programme, the outcome, the area
 * and one variant per programme (低保: a member left out for 特困; 特困: a care term; 临时救助: an
 * emergency), so it is computed once per policy and shared. The code of that combination: 0–55, or
 * 56 + programme for a programme that could not be determined (it used nothing).
 */
const usageCode = (d: DeterminationRecord, facts: Facts, area: "urban" | "rural"): number => {
  if (d.failure !== null) return 56 + PROGRAMME_INDEX[d.programme]
  const variant =
    d.programme === "dibao"
      ? facts.tekunIds.size > 0
      : d.programme === "tekun"
        ? d.eligible && d.terms.some((t) => t.kind === "care")
        : d.programme === "temporary-assistance"
          ? facts.household.incident?.type === "emergency"
          : false
  return PROGRAMME_INDEX[d.programme] * 8 + (d.eligible ? 4 : 0) + (variant ? 2 : 0) + (area === "urban" ? 1 : 0)
}

const usageOf = (table: UsageTable, policy: ReliefPolicy, d: DeterminationRecord, code: number, area: "urban" | "rural"): Usage => {
  if (code >= 56) return NO_USAGE
  let u = table.byCode[code]
  if (u === undefined) {
    const variant = (code & 2) !== 0
    u = computeUsage(table, policy, d.programme, d.eligible, variant, area)
    table.byCode[code] = u
  }
  return u
}

const computeUsage = (table: UsageTable, policy: ReliefPolicy, programme: Programme, eligible: boolean, variant: boolean, area: "urban" | "rural"): Usage => {
  const names = usedBy(programme, eligible, variant, policy, area)
  const illustrative: UsedParameter[] = []
  const carried: UsedParameter[] = []
  for (const name of names) {
    const key = KEY_BY_NAME.get(name)
    const r = key === undefined ? undefined : policy.parameters[key]
    if (key === undefined || r === undefined) continue
    let used = table.used.get(name)
    if (used === undefined) {
      used = Object.freeze({ name, label: RELIEF_PARAMETERS[key].label })
      table.used.set(name, used)
    }
    if (r.illustrative) illustrative.push(used)
    else if ((r as { kind?: string }).kind === "carried-forward") carried.push(used)
  }
  return Object.freeze({ names: Object.freeze(names), illustrative: Object.freeze(illustrative), carried: Object.freeze(carried) })
}

const KEY_BY_NAME = new Map<string, keyof ReliefParameters>(Object.entries(RELIEF_PARAMETERS).map(([k, d]) => [d.name, k as keyof ReliefParameters]))

/**
 * The parameters a determination actually used (what its outcome rests on), by bundle name.
 * `variant`: 低保 — a member is left out for 特困; 特困 — a care term; 临时救助 — an emergency.
 */
const usedBy = (programme: Programme, eligible: boolean, variant: boolean, policy: ReliefPolicy, area: "urban" | "rural"): string[] => {
  const keys: Array<keyof ReliefParameters | "standard"> = []
  const amount = eligible ? DIBAO_AMOUNT : []
  switch (programme) {
    case "dibao":
      keys.push(...INCOME, "dibaoAssets", ...amount, ...(eligible ? (["recheckStableMonths", "recheckUnstableMonths"] as const) : []))
      if (variant) keys.push("tekunExcludesDibao", "tekunMemberInDibaoHousehold")
      break
    case "dibao-single-person":
      keys.push(...INCOME, "dibaoAssets", "edgeMultiplier", "lowIncomeAssets", "singlePersonHouseholdIncomeMultiple", ...amount, ...(eligible ? (["recheckStableMonths"] as const) : []))
      break
    case "tekun":
      keys.push("standard", "incomeLookbackMonths", "locallyExcludedIncome", "tekunBasicPensionExcluded", "tekunAssets", "tekunMinorAge", "disposableIncome", "lowIncomeAssets")
      if (eligible) {
        keys.push("tekunMultiplier", "rounding", "recheckStableMonths", "tekunExcludesDibao")
        if (variant) keys.push("tekunCare")
      }
      break
    case "dibao-edge":
      keys.push(...INCOME, "dibaoAssets", "edgeMultiplier", "lowIncomeAssets", ...(eligible ? (["recheckStableMonths"] as const) : []))
      break
    case "rigid-expenditure":
      keys.push(...INCOME, "lowIncomeAssets", "disposableIncome", "rigidShare", "rigidLookbackMonths")
      break
    case "temporary-assistance":
      keys.push(...DEPENDS[variant ? "temporary-assistance-emergency" : "temporary-assistance"])
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
 * `programmes.dibao.fen` of {@link determine} by construction (and by property test). Fails as
 * `determine` does: `InvalidInput` for an invalid household or one outside the policy's region;
 * a missing 低保 parameter is the result's `failure`, not a failure of the call.
 *
 * @throws `InvalidInput` when `policy` is not a resolved {@link ReliefPolicy}
 * @example
 * ```ts
 * import { dibaoAmountOnly, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { Result, regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const household = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * Result.getOrThrow(dibaoAmountOnly(household, policy)).fen //=> 105000
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const dibaoAmountOnly = (household: Household, policy: ReliefPolicy): Result.Result<DibaoAmountResult, InvalidInput> => {
  const h = checked(household, policy)
  if (isRefusal(h)) return Result.fail(h)
  const r = amountOnly(h, policy)
  // most households of a run are not eligible: they share one immutable result
  return r === NOT_ELIGIBLE ? NOT_ELIGIBLE_RESULT : Result.succeed(r)
}

/**
 * Like {@link dibaoAmountOnly}, throwing the `InvalidInput` the `Result` would carry.
 *
 * @throws `InvalidInput` for an invalid household or policy, or a household outside the policy's region
 * @example
 * ```ts
 * import { dibaoAmountOnlyUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const household = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * dibaoAmountOnlyUnsafe(household, policy).fen //=> 105000
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const dibaoAmountOnlyUnsafe = (household: Household, policy: ReliefPolicy): DibaoAmountResult => {
  const h = checked(household, policy)
  if (isRefusal(h)) throw h
  return amountOnly(h, policy)
}

const amountOnly = (h: Household, policy: ReliefPolicy): DibaoAmountResult => {
  const failure = policy.unavailable("dibao", h.residence.area)
  if (failure !== null) return new DibaoAmountRecord(false, 0, failure)
  const fen = dibaoFenOnly(h, policy.compiled)
  if (fen === MAY_BE_TEKUN) {
    // A member who may be in 特困 support changes who the 低保 household is: take the full path.
    const d = decide(h, policy, false).programmes.dibao
    return d.eligible ? new DibaoAmountRecord(true, d.fen) : NOT_ELIGIBLE
  }
  return fen < 0 ? NOT_ELIGIBLE : new DibaoAmountRecord(true, fen)
}

const NOT_ELIGIBLE: DibaoAmountResult = new DibaoAmountRecord(false, 0)
const NOT_ELIGIBLE_RESULT: Result.Result<DibaoAmountResult, InvalidInput> = Result.succeed(NOT_ELIGIBLE)
