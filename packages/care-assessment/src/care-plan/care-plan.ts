/**
 * 照护计划 (care plan): the 李沧 社区长照体系 (seed 000) links its three modules — 需求评估 (needs
 * assessment), 长照服务 (care services), 信息管理 (records) — for every person aged 60 or over, with
 * a focus on 困难老人、失能失智老人和高龄老人. {@link makeCarePlan} does that link: from an
 * assessment result (a GB/T 42195-2022 level) and the needs asked for, it picks the catalogue's
 * services that fit the level, the free hours a month and who pays from a decision table (by
 * default the 峡山 table, the only cost-split table the seeds give), and the reassessment dates.
 *
 * The seed gives neither hours nor shares for 李沧: what a plan gives comes from the decision table
 * passed, and is marked illustrative where that table's figures are.
 *
 * @module
 */
import {
  ageOn,
  allocateUnits,
  type Bilingual,
  cite,
  compareDates,
  decode,
  type Explanation,
  type InvalidInput,
  invalidInput,
  issue,
  type Issue,
  type IsoDate,
  IsoDateSchema,
  type Json,
  Money
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { CARE_IDENTITIES, CARE_SETTING_NAMES, type CareIdentity, type CareSetting, type DecisionTable, determineEntitlements } from "../entitlement/decision-table.js"
import { AmountSchema } from "../internal/amount.js"
import { HARDSHIP_IDENTITIES } from "../internal/hardship.js"
import { assignHours, type HourAssignment, LICANG_CATALOGUE, type ServiceCatalogue } from "../entitlement/service-catalogue.js"
import { XIASHAN_POLICY } from "../entitlement/xiashan.js"
import { CAPABILITY_LEVELS, type CapabilityLevel } from "../capability-level.js"
import { GBT_42195_2022 } from "../instruments/gbt-42195-2022.js"
import { node } from "../internal/node.js"
import { needsReassessment, type ReassessmentReason } from "../reassessment/reassessment.js"
import { CARE_SOURCES } from "../sources.js"

const IDENTITIES = CARE_IDENTITIES as [CareIdentity, ...Array<CareIdentity>]

/**
 * Zod schema of a care-plan request: the person (birth date, identity, diagnosed 失智), the GB/T
 * 42195-2022 assessment result (date, level, provisional, coma), the setting, the needs (function
 * ids of the catalogue), the date of the plan, and optionally a monthly institution cost to split
 * (`monthlyCost`), an hourly rate to value free home hours (`hourlyRate`) — both core's `MoneyInput`
 * (a `Money` or a decimal string in 元) — an explicit assignment
 * of hours (`requests`), reported condition changes and a local reassessment interval.
 *
 * @example
 * ```ts
 * import { CarePlanRequestSchema } from "@minzheng/care-assessment"
 * CarePlanRequestSchema.safeParse({
 *   person: { birthDate: "1947-03-12", identity: "dibao" },
 *   assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
 *   setting: "home", needs: ["daily-living"], asOf: "2025-06-01"
 * }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CarePlanRequestSchema = z.strictObject({
  person: z.strictObject({ birthDate: IsoDateSchema, identity: z.literal(IDENTITIES), dementia: z.optional(z.boolean()) }),
  assessment: z.strictObject({
    instrument: z.literal("gbt-42195-2022"),
    assessedOn: IsoDateSchema,
    level: z.literal(CAPABILITY_LEVELS),
    provisional: z.optional(z.boolean()),
    coma: z.optional(z.boolean())
  }),
  setting: z.literal(Object.keys(CARE_SETTING_NAMES) as [CareSetting, ...Array<CareSetting>]),
  needs: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(20)),
  asOf: IsoDateSchema,
  monthlyCost: z.optional(AmountSchema),
  hourlyRate: z.optional(AmountSchema),
  requests: z.optional(z.array(z.strictObject({ service: z.string().check(z.minLength(1)), hours: z.number() })).check(z.maxLength(100))),
  conditionChanges: z.optional(z.array(z.strictObject({ on: IsoDateSchema, note: z.optional(z.string().check(z.maxLength(500))) })).check(z.maxLength(100))),
  intervalMonths: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(120)))
})

/**
 * A care-plan request (see {@link CarePlanRequestSchema}).
 *
 * @example
 * ```ts
 * import type { CarePlanRequest } from "@minzheng/care-assessment"
 * const r: CarePlanRequest = {
 *   person: { birthDate: "1947-03-12", identity: "dibao" },
 *   assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
 *   setting: "home", needs: ["daily-living", "nursing"], asOf: "2025-06-01"
 * }
 * ```
 * @category care plans
 * @since 0.1.0
 */
export type CarePlanRequest = z.input<typeof CarePlanRequestSchema>

/**
 * The priority groups of the 李沧 model (seed 000: “重点为困难老人、失能失智老人和高龄老人”).
 *
 * @example
 * ```ts
 * import { PRIORITY_GROUP_NAMES } from "@minzheng/care-assessment"
 * PRIORITY_GROUP_NAMES["disabled-or-dementia"].zh //=> "失能失智老人"
 * ```
 * @category care plans
 * @since 0.1.0
 */
export const PRIORITY_GROUP_NAMES = {
  hardship: { zh: "困难老人", en: "older person in hardship" },
  "disabled-or-dementia": { zh: "失能失智老人", en: "older person with a disability or dementia" },
  "advanced-age": { zh: "高龄老人", en: "older person of advanced age" }
} as const satisfies Record<string, Bilingual>

/**
 * A priority group: a key of {@link PRIORITY_GROUP_NAMES}.
 *
 * @example
 * ```ts
 * import type { PriorityGroup } from "@minzheng/care-assessment"
 * const g: PriorityGroup = "advanced-age"
 * ```
 * @category care plans
 * @since 0.1.0
 */
export type PriorityGroup = keyof typeof PRIORITY_GROUP_NAMES

/**
 * The functions of the catalogue that fit each GB/T 42195-2022 level (this package's reading of
 * the 李沧 five functions, not the seed's words): 能力完好 → 健康养生; 轻度 → 生活照顾、健康养生、
 * 康复; 中度 and worse → all five.
 *
 * @example
 * ```ts
 * import { FUNCTIONS_BY_LEVEL } from "@minzheng/care-assessment"
 * FUNCTIONS_BY_LEVEL.mild //=> ["daily-living", "wellness", "rehabilitation"]
 * ```
 * @category care plans
 * @since 0.1.0
 */
export const FUNCTIONS_BY_LEVEL: Readonly<Record<CapabilityLevel, ReadonlyArray<string>>> = {
  intact: ["wellness"],
  mild: ["daily-living", "wellness", "rehabilitation"],
  moderate: ["daily-living", "wellness", "rehabilitation", "medical", "nursing"],
  severe: ["daily-living", "wellness", "rehabilitation", "medical", "nursing"],
  complete: ["daily-living", "wellness", "rehabilitation", "medical", "nursing"]
}

/** 《中华人民共和国老年人权益保障法》第二条：“本法所称老年人是指六十周岁以上的公民。” */
const ELDERLY_LAW = cite("中华人民共和国老年人权益保障法", { article: "第二条", note: "本法所称老年人是指六十周岁以上的公民" })
const COVERAGE_AGE = 60
// The seed names 高龄老人 without an age; 80 is the common reading, marked illustrative.
const ADVANCED_AGE = 80
const FIT_CITATION = { ...CARE_SOURCES.licang, note: `${CARE_SOURCES.licang.note}；各能力等级适配的功能为本包的理解` }

/**
 * The bases of a plan's payment: `cost-share` 费用分担 (in an institution, the monthly cost split
 * between government and person), `free-hours` 免费护理小时 (at home, hours the government pays).
 *
 * @example
 * ```ts
 * import { CARE_PAYMENT_BASIS_NAMES } from "@minzheng/care-assessment"
 * CARE_PAYMENT_BASIS_NAMES["free-hours"].zh //=> "免费护理小时"
 * ```
 * @category care plans
 * @since 0.1.0
 */
export const CARE_PAYMENT_BASIS_NAMES = {
  "cost-share": { zh: "费用分担", en: "cost share" },
  "free-hours": { zh: "免费护理小时", en: "free care hours" }
} as const satisfies Record<string, Bilingual>

/**
 * The basis of a plan's payment: a key of {@link CARE_PAYMENT_BASIS_NAMES}.
 *
 * @example
 * ```ts
 * import type { CarePaymentBasis } from "@minzheng/care-assessment"
 * const b: CarePaymentBasis = "cost-share"
 * ```
 * @category care plans
 * @since 0.1.0
 */
export type CarePaymentBasis = keyof typeof CARE_PAYMENT_BASIS_NAMES

/**
 * Who pays for the plan a month: under a cost share (institution), the split of `monthlyCost`;
 * under free home hours, the hours (and, with an hourly rate, their value, all borne by the
 * government).
 *
 * @example
 * ```ts
 * import type { CarePayment } from "@minzheng/care-assessment"
 * const gov = (p: CarePayment) => p.government?.format()
 * ```
 * @category care plans
 * @since 0.1.0
 */
export interface CarePayment {
  readonly basis: CarePaymentBasis
  readonly total?: Money
  readonly government?: Money
  readonly person?: Money
  readonly freeHours?: number
}

/**
 * A care plan (see {@link makeCarePlan}).
 *
 * @example
 * ```ts
 * import type { CarePlan } from "@minzheng/care-assessment"
 * const due = (p: CarePlan) => p.reassessment.nextRoutineDate
 * ```
 * @category care plans
 * @since 0.1.0
 */
export interface CarePlan {
  readonly covered: boolean
  readonly age: number
  readonly priorityGroups: ReadonlyArray<PriorityGroup>
  readonly level: string
  readonly levelName: Bilingual
  readonly setting: CareSetting
  readonly functions: ReadonlyArray<{ readonly id: string; readonly name: Bilingual }>
  readonly unmetNeeds: ReadonlyArray<{ readonly function: string; readonly name: Bilingual; readonly reason: Bilingual }>
  readonly entitlement: { readonly rule: string; readonly label: Bilingual; readonly illustrative: boolean } | null
  readonly monthlyFreeHours: number
  readonly hours: HourAssignment | null
  readonly payment: CarePayment | null
  readonly reassessment: { readonly nextRoutineDate: IsoDate | null; readonly needed: boolean; readonly reasons: ReadonlyArray<ReassessmentReason> }
  readonly illustrative: boolean
  readonly explanation: Explanation
}

/**
 * Options of {@link makeCarePlan}: the decision table (default `XIASHAN_POLICY`) and the service
 * catalogue (default `LICANG_CATALOGUE`).
 *
 * @example
 * ```ts
 * import { type CarePlanOptions, XIASHAN_POLICY } from "@minzheng/care-assessment"
 * const options: CarePlanOptions = { policy: XIASHAN_POLICY }
 * ```
 * @category care plans
 * @since 0.1.0
 */
export interface CarePlanOptions {
  readonly policy?: DecisionTable
  readonly catalogue?: ServiceCatalogue
}

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** What {@link makeCarePlan} reads of its options: an object, a decision table and a service catalogue where given. */
const carePlanOptionIssues = (options: unknown): Array<Issue> => {
  if (options === undefined) return []
  if (!isObject(options)) return [issue(["options"], "invalid_options", "选项应为对象", "options must be an object")]
  const out: Array<Issue> = []
  const { policy, catalogue } = options
  if (policy !== undefined && !(isObject(policy) && Array.isArray(policy["rules"]) && isObject(policy["citation"]))) {
    out.push(issue(["options", "policy"], "invalid_policy", "不是护理服务决策表", "not a care decision table"))
  }
  if (catalogue !== undefined && !(isObject(catalogue) && Array.isArray(catalogue["functions"]) && Array.isArray(catalogue["services"]) && isObject(catalogue["citation"]))) {
    out.push(issue(["options", "catalogue"], "invalid_catalogue", "不是服务目录", "not a service catalogue"))
  }
  return out
}

const fnName = (c: ServiceCatalogue, id: string): Bilingual => c.functions.find((f) => f.id === id)?.name ?? { zh: id, en: id }

/**
 * Links an assessment result to a care plan (李沧 社区长照, seed 000):
 *
 * 1. coverage: aged 60 or over on `asOf` (on the 60th birthday; 《老年人权益保障法》第二条);
 * 2. priority groups: 困难老人 (an identity social assistance found in hardship), 失能失智老人
 *    (轻度失能 or worse, or diagnosed 失智), 高龄老人 (80 or over — the seed gives no age: illustrative);
 * 3. services: the catalogue's services under the functions that both fit the level
 *    ({@link FUNCTIONS_BY_LEVEL}) and were asked for; a need that does not fit, or whose function
 *    has no service in the catalogue, is listed with the reason;
 * 4. hours and who pays: the decision table's first rule for (identity, level, setting) — free
 *    hours a month at home, split over the services in half hours (evenly, or as `requests` say),
 *    or a cost share of `monthlyCost` in an institution, exact to the 分;
 * 5. reassessment: the next routine date (12 months for GB/T 42195-2022, illustrative, or
 *    `intervalMonths`) and whether one is needed now (a condition change, a provisional result).
 *
 * @param request - the {@link CarePlanRequest} (untrusted JSON)
 * @param options - the {@link CarePlanOptions}
 * @returns the {@link CarePlan}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { makeCarePlan } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const r = makeCarePlan({
 *   person: { birthDate: "1947-03-12", identity: "dibao" },
 *   assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
 *   setting: "home", needs: ["daily-living", "nursing"], asOf: "2025-06-01", hourlyRate: "25.00"
 * })
 * const plan = Result.getOrThrow(r)
 * plan.monthlyFreeHours //=> 30
 * plan.hours?.byFunction.map((f) => [f.function, f.hours]).filter(([, h]) => h !== 0) //=> [["daily-living", 24], ["nursing", 6]]
 * plan.payment?.government?.format() //=> "750.00 元"
 * plan.reassessment.nextRoutineDate //=> "2026-05-15"
 * ```
 * @see {@link determineEntitlements}, {@link assignHours}, {@link needsReassessment}
 * @category care plans
 * @since 0.1.0
 */
export const makeCarePlan = (request: unknown, options: CarePlanOptions = {}): Result.Result<CarePlan, InvalidInput> => {
  // Options come from JavaScript callers too: anything that is not one is the same typed failure.
  const optionIssues = carePlanOptionIssues(options)
  const r = decode(CarePlanRequestSchema, request)
  if (optionIssues.length > 0) return Result.fail(invalidInput([...(Result.isFailure(r) ? r.failure.issues : []), ...optionIssues]))
  const policy = options.policy ?? XIASHAN_POLICY
  const catalogue = options.catalogue ?? LICANG_CATALOGUE
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const q = r.success
  const issues: Array<Issue> = []
  if (compareDates(q.assessment.assessedOn, q.asOf) > 0) issues.push(issue(["assessment", "assessedOn"], "after_as_of", "评估日期晚于计划日期", "the assessment is dated after the plan"))
  if (compareDates(q.assessment.assessedOn, q.person.birthDate) < 0) issues.push(issue(["assessment", "assessedOn"], "before_birth", "评估日期早于出生日期", "the assessment is dated before the birth date"))
  const functionIds = new Set(catalogue.functions.map((f) => f.id))
  q.needs.forEach((n, i) => {
    if (!functionIds.has(n)) issues.push(issue(["needs", i], "unknown_function", `服务目录中没有功能 ${n}`, `the catalogue has no function ${n}`))
  })
  if (q.setting === "home" && q.monthlyCost !== undefined) issues.push(issue(["monthlyCost"], "not_for_home", "月费用分担只适用于入住养老机构；居家请用 hourlyRate", "a monthly cost split applies in an institution; at home use hourlyRate"))
  if (q.setting === "institution" && (q.hourlyRate !== undefined || q.requests !== undefined)) {
    issues.push(issue([q.hourlyRate !== undefined ? "hourlyRate" : "requests"], "not_for_institution", "免费护理小时只适用于居家照料", "free hours apply to care at home"))
  }
  if (issues.length > 0) return Result.fail(invalidInput(issues))

  const age = ageOn(q.person.birthDate, q.asOf)
  const levelInfo = GBT_42195_2022.levels.find((l) => l.id === q.assessment.level)!
  const covered = age >= COVERAGE_AGE
  const children: Array<Explanation> = [
    node(
      "care-plan.coverage",
      { zh: covered ? `年满${COVERAGE_AGE}周岁（现年${age}周岁），属社区长照服务对象` : `未满${COVERAGE_AGE}周岁（现年${age}周岁），不属社区长照服务对象`, en: covered ? `aged ${COVERAGE_AGE} or over (${age}): covered` : `under ${COVERAGE_AGE} (${age}): not covered` },
      covered,
      { birthDate: q.person.birthDate, asOf: q.asOf, age },
      [CARE_SOURCES.licang, ELDERLY_LAW],
      undefined,
      { minAge: COVERAGE_AGE }
    )
  ]
  const groups: Array<PriorityGroup> = []
  if (HARDSHIP_IDENTITIES.has(q.person.identity)) groups.push("hardship")
  if (q.assessment.level !== "intact" || q.person.dementia === true) groups.push("disabled-or-dementia")
  if (age >= ADVANCED_AGE) groups.push("advanced-age")
  children.push(
    node(
      "care-plan.priority",
      { zh: `重点服务对象：${groups.length === 0 ? "无" : groups.map((g) => PRIORITY_GROUP_NAMES[g].zh).join("、")}`, en: `priority groups: ${groups.length === 0 ? "none" : groups.map((g) => PRIORITY_GROUP_NAMES[g].en).join(", ")}` },
      groups.length > 0,
      { identity: q.person.identity, level: q.assessment.level, dementia: q.person.dementia ?? false, age },
      [CARE_SOURCES.licang],
      undefined,
      { advancedAge: ADVANCED_AGE, illustrative: true }
    )
  )
  const reassessed = needsReassessment(
    {
      assessments: [{ instrument: q.assessment.instrument, assessedOn: q.assessment.assessedOn, level: q.assessment.level, ...(q.assessment.provisional === undefined ? {} : { provisional: q.assessment.provisional }), ...(q.assessment.coma === undefined ? {} : { coma: q.assessment.coma }) }],
      ...(q.conditionChanges === undefined ? {} : { conditionChanges: q.conditionChanges }),
      ...(q.intervalMonths === undefined ? {} : { intervalMonths: q.intervalMonths })
    },
    q.asOf
  )
  // The request was decoded above, so this holds; kept a typed failure rather than a throw.
  if (Result.isFailure(reassessed)) return Result.fail(reassessed.failure)
  const reassessment = reassessed.success
  const reassess = { nextRoutineDate: reassessment.nextRoutineDate, needed: reassessment.needed, reasons: reassessment.reasons }
  if (!covered) {
    const explanation = root(false, levelInfo.name, q.setting, 0, null, reassess.nextRoutineDate, [...children, reassessment.explanation], false)
    return Result.succeed({ covered, age, priorityGroups: groups, level: q.assessment.level, levelName: levelInfo.name, setting: q.setting, functions: [], unmetNeeds: [], entitlement: null, monthlyFreeHours: 0, hours: null, payment: null, reassessment: reassess, illustrative: false, explanation })
  }

  const fit = new Set(FUNCTIONS_BY_LEVEL[q.assessment.level])
  const needs = [...new Set(q.needs)]
  const withServices = new Set(catalogue.services.map((s) => s.function))
  const functions = needs.filter((n) => fit.has(n) && withServices.has(n)).map((id) => ({ id, name: fnName(catalogue, id) }))
  const unmetNeeds = needs
    .filter((n) => !fit.has(n) || !withServices.has(n))
    .map((n) => ({
      function: n,
      name: fnName(catalogue, n),
      reason: !fit.has(n)
        ? { zh: `${fnName(catalogue, n).zh}不适配${levelInfo.name.zh}`, en: `${fnName(catalogue, n).en} does not fit ${levelInfo.name.en}` }
        : { zh: `服务目录中${fnName(catalogue, n).zh}暂无服务项目`, en: `the catalogue has no service under ${fnName(catalogue, n).en} yet` }
    }))
  children.push(
    node(
      "care-plan.services",
      {
        zh: `适配的功能：${functions.length === 0 ? "无" : functions.map((f) => f.name.zh).join("、")}${unmetNeeds.length === 0 ? "" : `；未能安排：${unmetNeeds.map((u) => u.reason.zh).join("；")}`}`,
        en: `functions that fit: ${functions.length === 0 ? "none" : functions.map((f) => f.name.en).join(", ")}${unmetNeeds.length === 0 ? "" : `; not arranged: ${unmetNeeds.map((u) => u.reason.en).join("; ")}`}`
      },
      functions.length > 0,
      { level: q.assessment.level, needs },
      [FIT_CITATION],
      undefined,
      { fits: [...fit] }
    )
  )

  // A policy passed in options is user data: its problems come back as issues under ["options", "policy"].
  const decided = determineEntitlements(policy, { identity: q.person.identity, level: q.assessment.level, setting: q.setting, ...(q.monthlyCost === undefined ? {} : { monthlyCost: q.monthlyCost }) })
  if (Result.isFailure(decided)) {
    return Result.fail(invalidInput(decided.failure.issues.map((i) => (options.policy === undefined ? i : { ...i, path: ["options", "policy", ...i.path] }))))
  }
  const decision = decided.success
  children.push(decision.explanation)
  const first = decision.entitlements[0]
  const freeHours = q.setting === "home" ? (first?.then.monthlyFreeHours ?? 0) : 0
  let hours: HourAssignment | null = null
  if (q.setting === "home") {
    const services = catalogue.services.filter((s) => functions.some((f) => f.id === s.function))
    let requests: ReadonlyArray<{ service: string; hours: number }>
    if (q.requests !== undefined) {
      const allowed = new Set(services.map((s) => s.id))
      const outside = q.requests.flatMap((x, i) => (allowed.has(x.service) ? [] : [issue(["requests", i, "service"], "not_in_plan", `服务 ${x.service} 不在本计划适配的服务之列`, `service ${x.service} is not among the services that fit this plan`)]))
      if (outside.length > 0) return Result.fail(invalidInput(outside))
      requests = q.requests
    } else {
      // Even split in half hours; the odd half hours go to the first services (core's allocateUnits).
      const halves = services.length === 0 ? [] : allocateUnits(freeHours * 2, services.map(() => 1))
      requests = services.map((s, i) => ({ service: s.id, hours: (halves[i] ?? 0) / 2 })).filter((x) => x.hours > 0)
    }
    const a = assignHours(catalogue, freeHours, requests)
    if (Result.isFailure(a)) return Result.fail(a.failure)
    hours = a.success
    children.push(
      node(
        "care-plan.hours",
        { zh: `每月免费护理 ${freeHours} 小时，已安排 ${hours.assigned} 小时，余 ${hours.remaining} 小时`, en: `${freeHours} free hours a month, ${hours.assigned} assigned, ${hours.remaining} left` },
        hours.assigned,
        { requests: requests.map((x) => ({ service: x.service, hours: x.hours })) as Json },
        [catalogue.citation],
        undefined,
        { entitled: freeHours },
        first?.illustrative === true
      )
    )
  }
  let payment: CarePayment | null = null
  if (q.setting === "institution" && first?.costSplit !== undefined) {
    payment = { basis: "cost-share", total: first.costSplit.total, government: first.costSplit.government, person: first.costSplit.person }
  } else if (q.setting === "home" && freeHours > 0 && hours !== null) {
    // Hours come in half hours (14.5), passed as their exact decimal string (money never meets a
    // float); at a rate in 分 that gives a fraction of a 分 (25.01 元 × 14.5 = 362.645), rounded
    // once, to 分, 四舍五入 — core's default rounding (domain spec, core: "Rounding is explicit per
    // parameter: to 分, 角 or 元; 四舍五入 (ROUND_HALF_UP) by default").
    const value = q.hourlyRate === undefined ? undefined : q.hourlyRate.times(String(hours.assigned)).round({ unit: "fen", mode: "half-up" })
    payment = { basis: "free-hours", freeHours: hours.assigned, ...(value === undefined ? {} : { total: value, government: value, person: Money.yuan("0") }) }
  }
  if (payment !== null) {
    const zh =
      payment.basis === "cost-share"
        ? `每月 ${payment.total!.format()}：政府承担 ${payment.government!.format()}，个人承担 ${payment.person!.format()}`
        : `每月 ${payment.freeHours} 小时免费护理由政府承担${payment.government === undefined ? "" : `（每小时 ${q.hourlyRate!.format()}，合计每月 ${payment.government.format()}）`}`
    const en =
      payment.basis === "cost-share"
        ? `${payment.total!.format()} a month: government ${payment.government!.format()}, person ${payment.person!.format()}`
        : `${payment.freeHours} free hours a month paid by the government${payment.government === undefined ? "" : ` (at ${q.hourlyRate!.toString()} an hour: ${payment.government.format()} a month)`}`
    children.push(node("care-plan.payment", { zh, en }, payment.government?.toString() ?? payment.freeHours ?? null, {}, [policy.citation], undefined, {}, first?.illustrative === true))
  }
  children.push(reassessment.explanation)
  const illustrative = first?.illustrative === true || (GBT_42195_2022.reassessment.illustrative === true && q.intervalMonths === undefined)
  const entitlement = first === undefined ? null : { rule: first.rule, label: first.label, illustrative: first.illustrative }
  const explanation = root(true, levelInfo.name, q.setting, freeHours, payment, reassess.nextRoutineDate, children, illustrative)
  return Result.succeed({
    covered,
    age,
    priorityGroups: groups,
    level: q.assessment.level,
    levelName: levelInfo.name,
    setting: q.setting,
    functions,
    unmetNeeds,
    entitlement,
    monthlyFreeHours: freeHours,
    hours,
    payment,
    reassessment: reassess,
    illustrative,
    explanation
  })
}

const root = (
  covered: boolean,
  level: Bilingual,
  setting: CareSetting,
  freeHours: number,
  payment: CarePayment | null,
  next: IsoDate | null,
  children: ReadonlyArray<Explanation>,
  illustrative: boolean
): Explanation => {
  const where = CARE_SETTING_NAMES[setting]
  const what =
    !covered
      ? { zh: "不属服务对象", en: "not covered" }
      : setting === "home"
        ? { zh: `每月免费护理 ${freeHours} 小时${illustrative ? "（含示例值）" : ""}`, en: `${freeHours} free hours a month${illustrative ? " (illustrative figures)" : ""}` }
        : payment !== null && payment.basis === "cost-share"
          ? { zh: `政府每月承担 ${payment.government!.format()}，个人每月承担 ${payment.person!.format()}`, en: `government ${payment.government!.format()}, person ${payment.person!.format()} a month` }
          : { zh: "无费用分担规则适用", en: "no cost-share rule applies" }
  return node(
    "care-plan",
    {
      zh: `照护计划：${level.zh}，${where.zh}，${what.zh}${next === null ? "" : `；下次常规复评 ${next}`}`,
      en: `care plan: ${level.en}, ${where.en}, ${what.en}${next === null ? "" : `; next routine reassessment ${next}`}`
    },
    covered,
    { setting },
    [CARE_SOURCES.licang],
    children,
    illustrative ? { illustrative: true } : {}
  )
}
