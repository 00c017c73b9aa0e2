/**
 * 审核确认 (review and confirmation): 申请 → 受理 → 家庭经济状况调查（核对、入户调查） → 初审意见 →
 * 公示 7 天 → 报送县级 → 确认 (or 不予确认, then 书面告知), as an event-sourced workflow on core's kernel.
 *
 * 《最低生活保障审核确认办法》第十九条：“乡镇人民政府（街道办事处）应当……提出初审意见，并在申请家庭所在
 * 村、社区进行公示。公示期为7天。公示期满无异议的……报送县级人民政府民政部门。公示有异议的……重新组织
 * 调查或者开展民主评议……重新提出初审意见”. 第二十二条：“最低生活保障审核确认工作应当自受理之日起30个
 * 工作日之内完成；特殊情况下，可以延长至45个工作日。” 2022 通知 四(一): 20 working days where approval is
 * delegated to the township. 第二十一条: payment “从作出确认同意决定之日下月起”. The 公示 step builds
 * the notice with `@minzheng/disclosure`'s `dibaoNotice` (masked by its masking policy), and the
 * case keeps only the masked notice: no unmasked name is ever stored in an event.
 *
 * **Stage limits.** Each stage's own limit (第十五条 3 working days to start the investigation,
 * 第十七条 3 to start the information check, 第二十条 10 for the county's opinion, 第二十一条 3 to
 * notify a refusal, the township's opinion where a locality sets it — 2022 通知 四(一)) comes from
 * {@link PROCEDURE_PARAMETERS} and is reported with its status and overdue days by
 * {@link reviewStageDeadlines} (`procedure-parameters.ts` quotes each article).
 *
 * **Calendar coverage.** A command that must record a date (`accept`: the time limit; `extend`; the
 * end of the 公示) is refused with a `TransitionRefused` whose `details.code` is
 * `"calendar-year-not-covered"` (and `details.cause` the typed `CalendarYearNotCovered`: see
 * {@link calendarGapOf}) when the context's calendar has no data for a year the count runs
 * through; nothing is thrown and nothing is recorded. Pass a calendar that covers the year
 * (`chinaCalendar.extend([...])`) or opt in to `chinaCalendar.withProjection(year)`: dates then rest
 * on projected data and are marked `provisional` in the events, the state and the deadlines.
 *
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import { opaque } from "../internal/opaque.js"
import {
  type Citation,
  type Deadline,
  type IsoDate,
  IsoDateSchema,
  type InvalidInput,
  type Issue,
  type ParameterMissing,
  type PolicyBundle,
  PolicyBundleIncomplete,
  type RegionCode,
  TransitionRefused,
  WorkCalendar,
  type Workflow,
  chinaCalendar,
  decode,
  invalidInput,
  isIsoDate,
  isRegionCode,
  issue
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { firstOfNextMonth } from "../internal/dates.js"
import { RELIEF_PARAMETERS } from "../params/definitions.js"
import { ReliefPolicy } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"
import { DEFAULT_MASKING_POLICY, type DibaoNoticeRow, DibaoNoticeRowSchema, type MaskedNotice, type MaskingPolicy, dibaoNoticeUnsafe } from "@minzheng/disclosure"
import { MaskedNoticeSchema, storedNotice } from "./masked-notice.js"
import { PROCEDURE_PARAMETERS, PROCEDURE_SOURCES, type ProcedureSource, procedureParameterAt } from "./procedure-parameters.js"
import { type StageDeadline, calendarRefusal, evaluateStage, limitOf, needingAttention, noticePeriodEnd, tryCalendar, workingDaysAfter } from "./stage-deadline.js"
import {
  boolOrAbsent,
  contextNotObject,
  dateOrAbsent,
  dateOrNull,
  decodedOr,
  isBool,
  isCount,
  keyOf,
  objectOrAbsent,
  oneOfOrNull,
  rememberingDecoder,
  stateShapeIssues,
  textOrNull,
  throwIfAny
} from "../internal/workflow-guard.js"

/**
 * Stages of a review case, Chinese names.
 *
 * @example
 * ```ts
 * import { REVIEW_STAGE_NAMES } from "@minzheng/relief"
 * REVIEW_STAGE_NAMES.notice.zh //=> "公示中"
 * ```
 * @category review
 * @since 0.1.0
 */
export const REVIEW_STAGE_NAMES = {
  new: { zh: "未申请", en: "not applied" },
  applied: { zh: "已申请", en: "applied" },
  accepted: { zh: "已受理", en: "accepted" },
  investigating: { zh: "调查核实中", en: "investigating" },
  "opinion-submitted": { zh: "已提出初审意见", en: "preliminary opinion given" },
  notice: { zh: "公示中", en: "on public notice" },
  submitted: { zh: "已报送县级民政部门", en: "submitted to the county" },
  confirmed: { zh: "已确认", en: "confirmed" },
  refused: { zh: "不予确认", en: "refused" }
} as const

/**
 * A review stage.
 *
 * @example
 * ```ts
 * import type { ReviewStage } from "@minzheng/relief"
 * const s: ReviewStage = "notice"
 * ```
 * @category review
 * @since 0.1.0
 */
export type ReviewStage = keyof typeof REVIEW_STAGE_NAMES

const on = IsoDateSchema

/**
 * The township's preliminary opinion (初审意见) in the 低保 and 特困 procedures, Chinese and English names.
 *
 * @example
 * ```ts
 * import { OPINION_NAMES } from "@minzheng/relief"
 * OPINION_NAMES.refuse.zh //=> "不同意"
 * ```
 * @category review
 * @since 0.1.0
 */
export const OPINION_NAMES = {
  approve: { zh: "同意", en: "approve" },
  refuse: { zh: "不同意", en: "refuse" }
} as const satisfies Record<string, Bilingual>

/**
 * The township's preliminary opinion (初审意见) in the 低保 and 特困 procedures (the keys of {@link OPINION_NAMES}).
 *
 * @example
 * ```ts
 * import type { Opinion } from "@minzheng/relief"
 * const x: Opinion = "approve"
 * ```
 * @category review
 * @since 0.1.0
 */
export type Opinion = keyof typeof OPINION_NAMES

/**
 * Zod schema of a review command.
 *
 * Besides the original steps, `start-investigation` (启动家庭经济状况调查, 第十五条), `request-check`
 * (乡镇提请县级民政部门信息核对; `on` is the day the county receives it), `start-check` (县级启动信息
 * 核对, 第十七条), `submit-to-county` (公示期满无异议后报送, 第十九条) and `notify-refusal` (书面告知,
 * 第二十一条) record the events the stage limits run from and to. They are optional: a case that
 * never records them still runs, and the stages they govern are reported as not started.
 *
 * @example
 * ```ts
 * import { ReviewCommandSchema } from "@minzheng/relief"
 * ReviewCommandSchema.safeParse({ type: "accept", on: "2025-03-03" }).success //=> true
 * ReviewCommandSchema.safeParse({ type: "request-check", on: "2025-03-04" }).success //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const ReviewCommandSchema = opaque(
z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("apply"), on, householdId: z.string().check(z.minLength(1)) }),
  z.strictObject({ type: z.literal("accept"), on, delegated: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal("start-investigation"), on }),
  z.strictObject({ type: z.literal("request-check"), on }),
  z.strictObject({ type: z.literal("start-check"), on }),
  z.strictObject({ type: z.literal("record-check"), on }),
  z.strictObject({ type: z.literal("record-home-visit"), on }),
  z.strictObject({ type: z.literal("submit-opinion"), on, opinion: z.enum(Object.keys(OPINION_NAMES) as [Opinion, ...Opinion[]]) }),
  z.strictObject({ type: z.literal("start-notice"), on, issuer: z.string().check(z.minLength(1), z.maxLength(200)), rows: z.array(DibaoNoticeRowSchema).check(z.minLength(1), z.maxLength(100_000)) }),
  z.strictObject({ type: z.literal("record-objection"), on, note: z.string().check(z.minLength(1)) }),
  z.strictObject({ type: z.literal("submit-to-county"), on }),
  z.strictObject({ type: z.literal("extend"), on, reason: z.string().check(z.minLength(1)) }),
  z.strictObject({ type: z.literal("confirm"), on }),
  z.strictObject({ type: z.literal("refuse"), on, reason: z.string().check(z.minLength(1)) }),
  z.strictObject({ type: z.literal("notify-refusal"), on })
])
)

/**
 * A review command. The rows of `start-notice` take disclosure's `DibaoNoticeRow` as given (the
 * monthly amount a `Money` or a decimal string in 元, core `MoneyInput`).
 *
 * @example
 * ```ts
 * import type { ReviewCommand } from "@minzheng/relief"
 * const c: ReviewCommand = { type: "confirm", on: "2025-03-20" as any }
 * ```
 * @category review
 * @since 0.1.0
 */
export type ReviewCommand =
  | Exclude<z.infer<typeof ReviewCommandSchema>, { readonly type: "start-notice" }>
  | (Omit<Extract<z.infer<typeof ReviewCommandSchema>, { readonly type: "start-notice" }>, "rows"> & { readonly rows: Array<DibaoNoticeRow> })

/**
 * Zod schema of a review event (what the case store keeps). `provisional: true` marks a recorded
 * date (time limit, notice end) computed on projected calendar data.
 *
 * @example
 * ```ts
 * import { ReviewEventSchema } from "@minzheng/relief"
 * ReviewEventSchema.safeParse({ type: "accepted", on: "2025-03-03", delegated: false, due: "2025-04-15" }).success //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const ReviewEventSchema = opaque(
z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("applied"), on, householdId: z.string().check(z.minLength(1)) }),
  z.strictObject({ type: z.literal("accepted"), on, delegated: z.boolean(), due: on, provisional: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal("investigation-started"), on }),
  z.strictObject({ type: z.literal("check-requested"), on }),
  z.strictObject({ type: z.literal("check-started"), on }),
  z.strictObject({ type: z.literal("checked"), on }),
  z.strictObject({ type: z.literal("home-visited"), on }),
  z.strictObject({ type: z.literal("opinion-submitted"), on, opinion: z.enum(Object.keys(OPINION_NAMES) as [Opinion, ...Opinion[]]) }),
  z.strictObject({ type: z.literal("notice-started"), on, end: on, notice: MaskedNoticeSchema, provisional: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal("objection-recorded"), on, note: z.string() }),
  z.strictObject({ type: z.literal("submitted-to-county"), on }),
  z.strictObject({ type: z.literal("extended"), on, due: on, reason: z.string(), provisional: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal("confirmed"), on, paymentStart: on }),
  z.strictObject({ type: z.literal("refused"), on, reason: z.string() }),
  z.strictObject({ type: z.literal("refusal-notified"), on })
])
)

/**
 * A review event.
 *
 * @example
 * ```ts
 * import type { ReviewEvent } from "@minzheng/relief"
 * const e: ReviewEvent = { type: "checked", on: "2025-03-05" as any }
 * ```
 * @category review
 * @since 0.1.0
 */
export type ReviewEvent = z.infer<typeof ReviewEventSchema>

/**
 * Decodes a stored review event.
 *
 * @example
 * ```ts
 * import { decodeReviewEvent } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeReviewEvent({ type: "nope" })) //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const decodeReviewEvent = (u: unknown): Result.Result<ReviewEvent, InvalidInput> => EVENTS.decode(u)

// What the decoders (or decide) produced is remembered, so the workflow never decodes it again.
const EVENTS = rememberingDecoder((u: unknown): Result.Result<ReviewEvent, InvalidInput> => decode(ReviewEventSchema, u))
const COMMANDS = rememberingDecoder((u: unknown): Result.Result<ReviewCommand, InvalidInput> => decode(ReviewCommandSchema, u))

/**
 * Decodes a review command from untrusted input.
 *
 * @example
 * ```ts
 * import { decodeReviewCommand } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(decodeReviewCommand({ type: "confirm", on: "2025-03-20" })) //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const decodeReviewCommand = (u: unknown): Result.Result<ReviewCommand, InvalidInput> => COMMANDS.decode(u)

/**
 * The state of a review case: a fold over its events.
 *
 * @example
 * ```ts
 * import { reviewWorkflow } from "@minzheng/relief"
 * reviewWorkflow.initial.stage //=> "new"
 * ```
 * @category review
 * @since 0.1.0
 */
export interface ReviewState {
  readonly stage: ReviewStage
  readonly householdId: string | null
  readonly lastDate: IsoDate | null
  readonly acceptedOn: IsoDate | null
  readonly delegated: boolean
  readonly due: IsoDate | null
  readonly extended: boolean
  /** First day the household economic investigation was started (any investigation step). */
  readonly investigationStartedOn: IsoDate | null
  /** Day the county received the latest request for an information check. */
  readonly checkRequestedOn: IsoDate | null
  /** Day the county started that information check. */
  readonly checkStartedOn: IsoDate | null
  readonly checked: boolean
  readonly homeVisited: boolean
  readonly opinion: "approve" | "refuse" | null
  /** Day of the first preliminary opinion. */
  readonly opinionOn: IsoDate | null
  readonly noticeStart: IsoDate | null
  readonly noticeEnd: IsoDate | null
  /** The masked 公示 of the running (or last) notice. */
  readonly notice: MaskedNotice | null
  readonly objections: number
  readonly submittedOn: IsoDate | null
  readonly decidedOn: IsoDate | null
  readonly paymentStart: IsoDate | null
  readonly refusalNotifiedOn: IsoDate | null
  /** Whether a recorded date (time limit, notice end) rests on projected calendar data. */
  readonly provisional: boolean
}

/**
 * What {@link reviewWorkflow} decides with: the work calendar, the overall time limits (from the
 * policy: {@link reviewContext}, or from the procedure parameters alone: {@link reviewContextAt})
 * and where the stage limits come from.
 *
 * @example
 * ```ts
 * import type { ReviewContext } from "@minzheng/relief"
 * import { chinaCalendar } from "@minzheng/core"
 * const ctx: ReviewContext = { calendar: chinaCalendar, limits: { standard: 30, delegated: 20, extended: 45, noticeDays: 7 } }
 * ```
 * @category review
 * @since 0.1.0
 */
export interface ReviewContext {
  readonly calendar: WorkCalendar
  readonly limits: { readonly standard: number; readonly delegated: number; readonly extended: number; readonly noticeDays: number }
  /** How the 公示 masks personal data (default: disclosure's `DEFAULT_MASKING_POLICY`). */
  readonly masking?: MaskingPolicy
  /** Where the stage limits come from (default: the national procedure parameters). */
  readonly procedure?: ProcedureSource
}

/**
 * The review context of a resolved policy: its time limits and 公示 days, on the China calendar
 * unless another is given (e.g. `chinaCalendar.withProjection(2027)`), with the stage limits of
 * `options.bundle` where it sets them, else the national ones.
 *
 * **Details**: the limits are 《最低生活保障审核确认办法》第二十二条 (30 / 45 working days), the 2022
 * 通知 四(一) (20 when delegated) and 第十九条 (公示 7 days). A limit that is missing or ended for the
 * policy's region and date is never replaced by a placeholder: the result is the policy's
 * `PolicyBundleIncomplete` for the procedure (`policy.unavailable("review", …)`), listing exactly
 * the missing limits.
 *
 * @returns the context, or `PolicyBundleIncomplete` (a limit is missing or ended), or
 *   `InvalidInput` when `policy` is not a resolved policy or `calendar` not a `WorkCalendar`
 * @example
 * ```ts
 * import { reviewContext, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const r = reviewContext(policy)
 * Result.isSuccess(r) && r.success.limits //=> { standard: 30, delegated: 20, extended: 45, noticeDays: 7 }
 * ```
 * @see {@link reviewContextUnsafe} (throws instead), {@link reviewContextAt} (the procedure alone)
 * @category review
 * @since 0.1.0
 */
export const reviewContext = (
  policy: ReliefPolicy,
  calendar: WorkCalendar = chinaCalendar,
  options: { readonly bundle?: PolicyBundle } = {}
): Result.Result<ReviewContext, PolicyBundleIncomplete | InvalidInput> => {
  const issues: Issue[] = []
  if (!(policy instanceof ReliefPolicy)) issues.push(issue(["policy"], "invalid_policy", "不是已解析的救助政策（请用 resolveReliefPolicy）", "not a resolved relief policy (use resolveReliefPolicy)"))
  if (!(calendar instanceof WorkCalendar)) issues.push(issue(["calendar"], "invalid_calendar", "不是工作日历（WorkCalendar）", "not a WorkCalendar"))
  issues.push(...bundleIssues(options))
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  // The procedure's limits do not depend on the area: either area's answer is the same.
  const missing = policy.unavailable("review", "urban")
  if (missing !== null) return Result.fail(missing)
  return Result.succeed({
    calendar,
    limits: {
      standard: policy.compiled.reviewDays,
      delegated: policy.compiled.reviewDelegatedDays,
      extended: policy.compiled.reviewExtendedDays,
      noticeDays: policy.compiled.noticeDays
    },
    procedure: { region: policy.region, ...(options.bundle === undefined ? {} : { bundle: options.bundle }) }
  })
}

/**
 * {@link reviewContext}, throwing its typed failure instead of returning it.
 *
 * @throws `PolicyBundleIncomplete` when a limit is missing or ended; `InvalidInput` when `policy`
 *   is not a resolved policy or `calendar` not a `WorkCalendar`
 * @example
 * ```ts
 * import { reviewContextUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * reviewContextUnsafe(policy).limits.noticeDays //=> 7
 * ```
 * @see {@link reviewContext}
 * @category review
 * @since 0.1.0
 */
export const reviewContextUnsafe = (policy: ReliefPolicy, calendar: WorkCalendar = chinaCalendar, options: { readonly bundle?: PolicyBundle } = {}): ReviewContext => {
  const r = reviewContext(policy, calendar, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

const bundleIssues = (options: unknown): Issue[] => {
  if (typeof options !== "object" || options === null) return [issue(["options"], "invalid_options", "选项应为对象", "options must be an object")]
  const b = (options as { bundle?: unknown }).bundle
  if (b !== undefined && (typeof b !== "object" || b === null || typeof (b as { parameters?: unknown }).parameters !== "object")) {
    return [issue(["options", "bundle"], "invalid_bundle", "不是政策参数包", "not a policy bundle")]
  }
  return []
}

/**
 * Options of {@link reviewContextAt}.
 *
 * @example
 * ```ts
 * import type { ReviewContextOptions } from "@minzheng/relief"
 * import { chinaCalendar } from "@minzheng/core"
 * const o: ReviewContextOptions = { calendar: chinaCalendar.withProjection(2028) }
 * ```
 * @category review
 * @since 0.1.0
 */
export interface ReviewContextOptions {
  /** Work calendar (default `chinaCalendar`; pass `chinaCalendar.extend([...])` or `.withProjection(year)`). */
  readonly calendar?: WorkCalendar
  /** A local bundle whose procedure entries override the national ones. */
  readonly bundle?: PolicyBundle
  /** The case's region (default: nationwide). */
  readonly region?: RegionCode
  readonly masking?: MaskingPolicy
}

/**
 * The review context for a date from the procedure parameters alone — the overall limits
 * (30 / 20 delegated / 45 extended working days, 第二十二条 and 2022 通知 四(一)), the 公示 days
 * (第十九条) and the stage limits — without resolving a whole relief policy, so the procedure
 * runs even where an eligibility parameter is missing for that date.
 *
 * @returns the context, or `PolicyBundleIncomplete` listing each missing limit, or `InvalidInput`
 * @example
 * ```ts
 * import { reviewContextAt } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = reviewContextAt(isoDateUnsafe("2026-12-04"))
 * Result.isSuccess(r) && r.success.limits //=> { standard: 30, delegated: 20, extended: 45, noticeDays: 7 }
 * ```
 * @category review
 * @since 0.1.0
 */
export const reviewContextAt = (date: IsoDate, options: ReviewContextOptions = {}): Result.Result<ReviewContext, PolicyBundleIncomplete | InvalidInput> => {
  const issues: Issue[] = []
  if (!isIsoDate(date)) issues.push(issue(["date"], "invalid_date", "不是有效的日期", "not a valid date"))
  issues.push(...bundleIssues(options))
  const o = (typeof options === "object" && options !== null ? options : {}) as ReviewContextOptions
  if (o.calendar !== undefined && !(o.calendar instanceof WorkCalendar)) issues.push(issue(["options", "calendar"], "invalid_calendar", "不是工作日历（WorkCalendar）", "not a WorkCalendar"))
  if (o.region !== undefined && !isRegionCode(o.region)) issues.push(issue(["options", "region"], "invalid_region", "不是有效的行政区划代码", "not a valid region code"))
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  const source: ProcedureSource = { ...(o.bundle === undefined ? {} : { bundle: o.bundle }), ...(o.region === undefined ? {} : { region: o.region }) }
  const wanted = {
    standard: RELIEF_PARAMETERS.reviewDays,
    delegated: RELIEF_PARAMETERS.reviewDelegatedDays,
    extended: RELIEF_PARAMETERS.reviewExtendedDays,
    noticeDays: RELIEF_PARAMETERS.noticeDays
  }
  const limits: Record<string, number> = {}
  const problems: Array<ParameterMissing | InvalidInput> = []
  for (const [key, def] of Object.entries(wanted)) {
    const r = procedureParameterAt(def, source, date)
    if (Result.isFailure(r)) problems.push(r.failure)
    else limits[key] = r.success.value
  }
  if (problems.length > 0) return Result.fail(new PolicyBundleIncomplete({ bundle: o.bundle?.id ?? "national-procedure", problems }))
  return Result.succeed({
    calendar: o.calendar ?? chinaCalendar,
    limits: limits as unknown as ReviewContext["limits"],
    procedure: source,
    ...(o.masking === undefined ? {} : { masking: o.masking })
  })
}

const INITIAL: ReviewState = {
  stage: "new",
  householdId: null,
  lastDate: null,
  acceptedOn: null,
  delegated: false,
  due: null,
  extended: false,
  investigationStartedOn: null,
  checkRequestedOn: null,
  checkStartedOn: null,
  checked: false,
  homeVisited: false,
  opinion: null,
  opinionOn: null,
  noticeStart: null,
  noticeEnd: null,
  notice: null,
  objections: 0,
  submittedOn: null,
  decidedOn: null,
  paymentStart: null,
  refusalNotifiedOn: null,
  provisional: false
}

const refuse = (state: ReviewState, command: string, zh: string, en: string, citations: ReadonlyArray<Citation> = [RELIEF_SOURCES.noticeDibao], details?: Record<string, unknown>) =>
  Result.fail(new TransitionRefused({ state: state.stage, command, reason: { zh, en }, citations, ...(details === undefined ? {} : { details }) }))

const ok = (events: ReadonlyArray<ReviewEvent>) => Result.succeed(events.map(EVENTS.mark))
const provisionalFlag = (p: boolean) => (p ? { provisional: true } : {})

const INVESTIGATING: ReadonlySet<ReviewStage> = new Set(["accepted", "investigating"])

// What decide and evolve read of a state; a state folded by the workflow always passes. Fields
// added after the first release may be absent from a stored state (read as "not recorded").
const STATE_SPEC = {
  stage: keyOf(REVIEW_STAGE_NAMES),
  householdId: textOrNull,
  lastDate: dateOrNull,
  acceptedOn: dateOrNull,
  delegated: isBool,
  due: dateOrNull,
  extended: isBool,
  investigationStartedOn: dateOrAbsent,
  checkRequestedOn: dateOrAbsent,
  checkStartedOn: dateOrAbsent,
  checked: isBool,
  homeVisited: isBool,
  opinion: oneOfOrNull(["approve", "refuse"]),
  opinionOn: dateOrAbsent,
  noticeStart: dateOrNull,
  noticeEnd: dateOrNull,
  notice: objectOrAbsent,
  objections: isCount,
  submittedOn: dateOrAbsent,
  decidedOn: dateOrNull,
  paymentStart: dateOrNull,
  refusalNotifiedOn: dateOrAbsent,
  provisional: boolOrAbsent
}
const WHAT = { zh: "审核确认案件状态", en: "review case state" }
const isLimit = (u: unknown) => typeof u === "number" && Number.isSafeInteger(u) && u >= 1 && u <= 365

const contextIssues = (ctx: unknown): Issue[] => {
  const issues = contextNotObject(ctx)
  if (issues.length > 0) return issues
  const { calendar, limits } = ctx as { calendar?: unknown; limits?: unknown }
  if (!(calendar instanceof WorkCalendar)) issues.push(issue(["context", "calendar"], "invalid_calendar", "上下文中没有工作日历（WorkCalendar）", "the context has no WorkCalendar"))
  if (typeof limits !== "object" || limits === null) issues.push(issue(["context", "limits"], "invalid_limit", "上下文中没有办理期限", "the context has no time limits"))
  else {
    for (const k of ["standard", "delegated", "extended", "noticeDays"]) {
      if (!isLimit((limits as Record<string, unknown>)[k])) issues.push(issue(["context", "limits", k], "invalid_limit", "期限应为 1 至 365 的整数", "a limit must be an integer from 1 to 365"))
    }
  }
  return issues
}

// The workflow's entry points: a malformed state, command, event or context is one typed
// InvalidInput listing every problem (never a TypeError); what passes goes to the rules unchanged.
const checkedDecide = (state: ReviewState, command: ReviewCommand, context: ReviewContext): Result.Result<ReadonlyArray<ReviewEvent>, TransitionRefused> => {
  const issues = stateShapeIssues(state, STATE_SPEC, WHAT)
  const c = decodedOr(COMMANDS.decode(command), "command", issues)
  issues.push(...contextIssues(context))
  throwIfAny(issues)
  return decide(state, c!, context)
}

const checkedEvolve = (state: ReviewState, event: ReviewEvent): ReviewState => {
  const issues = stateShapeIssues(state, STATE_SPEC, WHAT)
  const e = decodedOr(EVENTS.decode(event), "event", issues)
  throwIfAny(issues)
  return evolve(state, e!)
}

const decide = (s: ReviewState, c: ReviewCommand, ctx: ReviewContext): Result.Result<ReadonlyArray<ReviewEvent>, TransitionRefused> => {
  if (s.lastDate !== null && c.on < s.lastDate) return refuse(s, c.type, `日期 ${c.on} 早于上一步骤日期 ${s.lastDate}`, `date ${c.on} is before the previous step (${s.lastDate})`, [])
  if (c.type === "notify-refusal") {
    if (s.stage !== "refused") return refuse(s, c.type, "只有不予确认的决定需要书面告知", "only a refusal is notified in writing", [PROCEDURE_SOURCES.refusalNotice])
    if (s.refusalNotifiedOn !== null) return refuse(s, c.type, "已书面告知申请人", "the applicant has already been notified", [PROCEDURE_SOURCES.refusalNotice])
    return ok([{ type: "refusal-notified", on: c.on }])
  }
  if (s.stage === "confirmed" || s.stage === "refused") return refuse(s, c.type, "案件已办结", "the case is closed", [])
  switch (c.type) {
    case "apply":
      return s.stage === "new" ? ok([{ type: "applied", on: c.on, householdId: c.householdId }]) : refuse(s, c.type, "已提出申请", "already applied", [])
    case "accept": {
      if (s.stage !== "applied") return refuse(s, c.type, "只能受理已提出的申请", "only an application can be accepted", [])
      const delegated = c.delegated === true
      const source = delegated ? RELIEF_SOURCES.timeLimitDelegated : RELIEF_SOURCES.timeLimit
      const due = workingDaysAfter(ctx.calendar, c.on, delegated ? ctx.limits.delegated : ctx.limits.standard)
      if (Result.isFailure(due)) return Result.fail(calendarRefusal(s.stage, c.type, { zh: "审核确认办理时限", en: "the review time limit" }, due.failure, [source]))
      return ok([{ type: "accepted", on: c.on, delegated, due: due.success.due, ...provisionalFlag(due.success.provisional) }])
    }
    case "start-investigation":
      if (!INVESTIGATING.has(s.stage)) return refuse(s, c.type, "受理后方可启动家庭经济状况调查", "the investigation starts after acceptance", [PROCEDURE_SOURCES.investigationStart])
      return ok([{ type: "investigation-started", on: c.on }])
    case "request-check":
      if (!INVESTIGATING.has(s.stage)) return refuse(s, c.type, "受理后方可提请信息核对", "an information check is requested after acceptance", [PROCEDURE_SOURCES.checkStart])
      return ok([{ type: "check-requested", on: c.on }])
    case "start-check":
      if (!INVESTIGATING.has(s.stage) || s.checkRequestedOn === null || s.checkStartedOn !== null) {
        return refuse(s, c.type, "须先由乡镇（街道）提请信息核对", "the township must request the information check first", [PROCEDURE_SOURCES.checkStart])
      }
      return ok([{ type: "check-started", on: c.on }])
    case "record-check":
    case "record-home-visit":
      if (!INVESTIGATING.has(s.stage)) return refuse(s, c.type, "受理后方可调查核实", "investigation follows acceptance", [])
      return ok([c.type === "record-check" ? { type: "checked", on: c.on } : { type: "home-visited", on: c.on }])
    case "submit-opinion":
      if (s.stage !== "investigating" || !s.checked || !s.homeVisited) {
        return refuse(s, c.type, "须完成家庭经济状况核对和入户调查后提出初审意见", "the preliminary opinion needs the economic check and the home visit first")
      }
      return ok([{ type: "opinion-submitted", on: c.on, opinion: c.opinion }])
    case "start-notice": {
      if (s.stage !== "opinion-submitted") return refuse(s, c.type, "须先提出初审意见", "a preliminary opinion must come first")
      const end = noticePeriodEnd(ctx.calendar, c.on, ctx.limits.noticeDays)
      if (Result.isFailure(end)) return Result.fail(calendarRefusal(s.stage, c.type, { zh: "公示期届满日", en: "the end of the public notice" }, end.failure, [RELIEF_SOURCES.noticeDibao]))
      // dibaoNotice masks every personal cell (and throws a typed InvalidInput for a bad row or
      // masking policy); it checks the period on the case's calendar, so a gap there is returned
      // as the same calendar refusal. The event keeps only the masked output.
      const n = tryCalendar(() => dibaoNoticeUnsafe({ issuer: c.issuer, period: { from: c.on, to: end.success.due }, rows: c.rows }, ctx.masking ?? DEFAULT_MASKING_POLICY, ctx.calendar))
      if (Result.isFailure(n)) return Result.fail(calendarRefusal(s.stage, c.type, { zh: "公示期", en: "the public notice period" }, n.failure, [RELIEF_SOURCES.noticeDibao]))
      return ok([{ type: "notice-started", on: c.on, end: end.success.due, notice: storedNotice(n.success), ...provisionalFlag(end.success.provisional) }])
    }
    case "record-objection":
      if (s.stage !== "notice") return refuse(s, c.type, "只能在公示期间记录异议", "objections are recorded during the notice")
      return ok([{ type: "objection-recorded", on: c.on, note: c.note }])
    case "submit-to-county":
      if (s.delegated) return refuse(s, c.type, "审核确认权限已下放乡镇（街道），无需报送县级民政部门", "approval is delegated to the township: nothing is submitted to the county", [RELIEF_SOURCES.timeLimitDelegated])
      if (s.stage !== "notice" || s.noticeEnd === null) return refuse(s, c.type, "公示期满无异议后方可报送", "submission follows a notice that ran without objection")
      if (c.on <= s.noticeEnd) return refuse(s, c.type, `公示期至 ${s.noticeEnd} 届满，届满前不得报送`, `the notice runs until ${s.noticeEnd}; nothing is submitted before it has run`, [RELIEF_SOURCES.noticeDibao], { noticeEnd: s.noticeEnd })
      return ok([{ type: "submitted-to-county", on: c.on }])
    case "extend": {
      if (s.acceptedOn === null || s.extended) return refuse(s, c.type, "未受理或已延长", "not accepted, or already extended", [RELIEF_SOURCES.timeLimit])
      const due = workingDaysAfter(ctx.calendar, s.acceptedOn, ctx.limits.extended)
      if (Result.isFailure(due)) return Result.fail(calendarRefusal(s.stage, c.type, { zh: "延长后的办理时限", en: "the extended time limit" }, due.failure, [RELIEF_SOURCES.timeLimit]))
      return ok([{ type: "extended", on: c.on, due: due.success.due, reason: c.reason, ...provisionalFlag(due.success.provisional) }])
    }
    case "confirm":
      if ((s.stage !== "notice" && s.stage !== "submitted") || s.noticeEnd === null) return refuse(s, c.type, "未经公示不得确认", "no confirmation without the public notice")
      if (c.on <= s.noticeEnd) {
        return refuse(s, c.type, `公示期至 ${s.noticeEnd} 届满，届满前不得确认`, `the notice runs until ${s.noticeEnd}; no confirmation before it has run`, [RELIEF_SOURCES.noticeDibao], {
          noticeEnd: s.noticeEnd
        })
      }
      if (s.opinion !== "approve") return refuse(s, c.type, "初审意见为不同意，应作不予确认决定", "the preliminary opinion is to refuse")
      return ok([{ type: "confirmed", on: c.on, paymentStart: firstOfNextMonth(c.on) }])
    case "refuse":
      if (s.stage === "new" || s.stage === "applied") return refuse(s, c.type, "未受理的申请无需作出不予确认决定", "nothing to refuse before acceptance", [])
      return ok([{ type: "refused", on: c.on, reason: c.reason }])
  }
}

const started = (s: ReviewState, on: IsoDate) => s.investigationStartedOn ?? on

const evolve = (s: ReviewState, e: ReviewEvent): ReviewState => {
  const base = { ...s, lastDate: e.on }
  switch (e.type) {
    case "applied":
      return { ...base, stage: "applied", householdId: e.householdId }
    case "accepted":
      return { ...base, stage: "accepted", acceptedOn: e.on, delegated: e.delegated, due: e.due, provisional: s.provisional || e.provisional === true }
    case "investigation-started":
      return { ...base, stage: "investigating", investigationStartedOn: started(s, e.on) }
    case "check-requested":
      return { ...base, stage: "investigating", investigationStartedOn: started(s, e.on), checkRequestedOn: e.on, checkStartedOn: null }
    case "check-started":
      return { ...base, stage: "investigating", checkStartedOn: e.on }
    case "checked":
      // A completed check after a request shows the check had started by then at the latest.
      return {
        ...base,
        stage: "investigating",
        checked: true,
        investigationStartedOn: started(s, e.on),
        checkStartedOn: s.checkRequestedOn !== null && s.checkStartedOn === null ? e.on : s.checkStartedOn
      }
    case "home-visited":
      return { ...base, stage: "investigating", homeVisited: true, investigationStartedOn: started(s, e.on) }
    case "opinion-submitted":
      return { ...base, stage: "opinion-submitted", opinion: e.opinion, opinionOn: s.opinionOn ?? e.on }
    case "notice-started":
      return { ...base, stage: "notice", noticeStart: e.on, noticeEnd: e.end, notice: e.notice, provisional: s.provisional || e.provisional === true }
    case "objection-recorded":
      // 第十九条第二款: an objection sends the case back to investigation and a new opinion.
      return { ...base, stage: "investigating", objections: s.objections + 1, checked: false, homeVisited: false, opinion: null, noticeStart: null, noticeEnd: null }
    case "submitted-to-county":
      return { ...base, stage: "submitted", submittedOn: e.on }
    case "extended":
      return { ...base, due: e.due, extended: true, provisional: s.provisional || e.provisional === true }
    case "confirmed":
      return { ...base, stage: "confirmed", decidedOn: e.on, paymentStart: e.paymentStart }
    case "refused":
      return { ...base, stage: "refused", decidedOn: e.on }
    case "refusal-notified":
      return { ...base, refusalNotifiedOn: e.on }
  }
}

/**
 * The 审核确认 workflow: `decide` checks a command against the state (refusing, with the article,
 * e.g. a confirmation before the 7-day 公示 has run, or — with the calendar fix named — a date the
 * calendar cannot compute), `evolve` folds the events.
 *
 * @example
 * ```ts
 * import { reviewWorkflow } from "@minzheng/relief"
 * import { replay } from "@minzheng/core"
 * replay(reviewWorkflow, [{ type: "applied", on: "2025-03-03" as any, householdId: "h1" }]).stage //=> "applied"
 * ```
 * @see {@link reviewDeadlines}, {@link reviewStageDeadlines}
 * @category review
 * @since 0.1.0
 */
export const reviewWorkflow: Workflow<ReviewState, ReviewCommand, ReviewEvent, ReviewContext> = {
  name: "relief.review",
  initial: INITIAL,
  decide: checkedDecide,
  evolve: checkedEvolve
}

const PROVISIONAL_LABEL = { zh: "（临时推算）", en: " (provisional)" }

/**
 * The open deadlines of a case as recorded in its events: the 审核确认 time limit (30, 20
 * delegated, 45 extended working days from acceptance) and the end of a running 公示. A date that
 * rests on projected calendar data says so in its label (“（临时推算）”). For every stage's limit
 * and its status use {@link reviewStageDeadlines}.
 *
 * @example
 * ```ts
 * import { reviewDeadlines, reviewWorkflow } from "@minzheng/relief"
 * reviewDeadlines("c1", reviewWorkflow.initial) //=> []
 * ```
 * @throws `InvalidInput` when `caseId` is not text or `state` not a review state
 * @category review
 * @since 0.1.0
 */
export const reviewDeadlines = (caseId: string, state: ReviewState): ReadonlyArray<Deadline> => {
  checkDeadlineArgs(caseId, state)
  if (state.stage === "confirmed" || state.stage === "refused") return []
  const mark = (l: { zh: string; en: string }) => (state.provisional === true ? { zh: l.zh + PROVISIONAL_LABEL.zh, en: l.en + PROVISIONAL_LABEL.en } : l)
  const out: Deadline[] = []
  if (state.due !== null) out.push({ caseId, kind: "review.time-limit", due: state.due, label: mark({ zh: "审核确认办理时限", en: "review time limit" }) })
  if (state.stage === "notice" && state.noticeEnd !== null) out.push({ caseId, kind: "review.notice-end", due: state.noticeEnd, label: mark({ zh: "公示期届满", en: "end of the public notice" }) })
  return out
}

const TOWNSHIP_OPINION_NO_LIMIT = {
  zh: "未设定期限：国家未规定乡镇（街道）提出初审意见的天数，《关于进一步做好最低生活保障等社会救助兜底工作的通知》四(一)要求各地明确；请在地方参数包中设定",
  en: "no limit set: no national text fixes the township's time for its preliminary opinion; the 2022 notice 四(一) asks each locality to set it (review.townshipOpinionWorkingDays in a local bundle)"
}

/**
 * Every stage of a review case with its limit, due date and status on `asOf`, in procedure order:
 *
 * | stage | limit | from → to | source |
 * | --- | --- | --- | --- |
 * | `investigation-start` | 3 working days | 受理 → first investigation step | 第十五条 |
 * | `check-start` | 3 working days | county receives the 提请 → county starts the check | 第十七条 |
 * | `township-opinion` | local only | 受理 → first 初审意见 | 2022 通知 四(一) |
 * | `notice` | 7 days (period) | 公示 start → end | 第十九条 |
 * | `county-review` | 10 working days | 报送 → decision (not when delegated) | 第二十条 |
 * | `refusal-notice` | 3 working days | 不予确认 → written notice | 第二十一条 |
 * | `time-limit` | 30 / 20 delegated / 45 extended | 受理 → decision | 第二十二条; 2022 通知 四(一) |
 *
 * The limit is the one in force on the day the stage started. Nothing is dropped: a due date the
 * calendar cannot compute is an `uncomputable` entry with its note and typed cause; a stage no
 * text or local bundle limits is a `no-limit` entry.
 *
 * @throws `InvalidInput` when `state` is not a review state, `context` has no work calendar, or
 *   `asOf` is not a date
 * @example
 * ```ts
 * import { reviewStageDeadlines, reviewContextAt, reviewWorkflow } from "@minzheng/relief"
 * import { isoDateUnsafe, replay } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const ctx = Result.getOrThrow(reviewContextAt(isoDateUnsafe("2025-03-03")))
 * const state = replay(reviewWorkflow, [
 *   { type: "applied", on: isoDateUnsafe("2025-03-03"), householdId: "h1" },
 *   { type: "accepted", on: isoDateUnsafe("2025-03-03"), delegated: false, due: isoDateUnsafe("2025-04-15") }
 * ])
 * const first = reviewStageDeadlines(state, ctx, isoDateUnsafe("2025-03-07"))[0]
 * ;[first.stage, first.due, first.status, first.daysOverdue] //=> ["investigation-start", "2025-03-06", "overdue", 1]
 * ```
 * @see {@link reviewOverdueStages}
 * @category review
 * @since 0.1.0
 */
export const reviewStageDeadlines = (state: ReviewState, context: ReviewContext, asOf: IsoDate): ReadonlyArray<StageDeadline> => {
  checkStageArgs(state, context, asOf)
  // A state folded before a field existed lacks it: read it as "not recorded".
  state = { ...INITIAL, ...state }
  const source = context.procedure ?? {}
  const param = (def: Parameters<typeof procedureParameterAt<number>>[0]) => (d: IsoDate) => limitOf(procedureParameterAt(def, source, d))
  const fixed = (value: number, src: Citation) => () => Result.succeed({ value, source: src, illustrative: false })
  const overall = state.extended
    ? fixed(context.limits.extended, RELIEF_SOURCES.timeLimit)
    : state.delegated
      ? fixed(context.limits.delegated, RELIEF_SOURCES.timeLimitDelegated)
      : fixed(context.limits.standard, RELIEF_SOURCES.timeLimit)
  const specs = [
    {
      stage: "investigation-start",
      label: { zh: "启动家庭经济状况调查", en: "start of the household economic investigation" },
      citation: PROCEDURE_SOURCES.investigationStart,
      startedOn: state.acceptedOn,
      completedOn: state.investigationStartedOn,
      limit: param(PROCEDURE_PARAMETERS.investigationStart)
    },
    {
      stage: "check-start",
      label: { zh: "县级民政部门启动信息核对", en: "start of the county's information check" },
      citation: PROCEDURE_SOURCES.checkStart,
      startedOn: state.checkRequestedOn,
      completedOn: state.checkStartedOn,
      limit: param(PROCEDURE_PARAMETERS.checkStart)
    },
    {
      stage: "township-opinion",
      label: { zh: "乡镇（街道）提出初审意见", en: "the township's preliminary opinion" },
      citation: PROCEDURE_SOURCES.stageLimitsByLocality,
      startedOn: state.acceptedOn,
      completedOn: state.opinionOn,
      limit: param(PROCEDURE_PARAMETERS.townshipOpinion),
      noLimitNote: TOWNSHIP_OPINION_NO_LIMIT
    },
    {
      stage: "notice",
      kind: "period" as const,
      label: { zh: "公示期", en: "public notice" },
      citation: RELIEF_SOURCES.noticeDibao,
      startedOn: state.noticeStart,
      completedOn: null,
      limit: fixed(context.limits.noticeDays, RELIEF_SOURCES.noticeDibao),
      ...(state.noticeEnd === null ? {} : { storedDue: { due: state.noticeEnd, provisional: state.provisional } })
    },
    ...(state.delegated
      ? []
      : [
          {
            stage: "county-review",
            label: { zh: "县级民政部门提出审核确认意见", en: "the county's review decision" },
            citation: PROCEDURE_SOURCES.countyReview,
            startedOn: state.submittedOn,
            completedOn: state.submittedOn === null ? null : state.decidedOn,
            limit: param(PROCEDURE_PARAMETERS.countyReview)
          }
        ]),
    {
      stage: "refusal-notice",
      label: { zh: "不予确认书面告知申请人", en: "written notice of the refusal" },
      citation: PROCEDURE_SOURCES.refusalNotice,
      startedOn: state.stage === "refused" ? state.decidedOn : null,
      completedOn: state.refusalNotifiedOn,
      limit: param(PROCEDURE_PARAMETERS.refusalNotice)
    },
    {
      stage: "time-limit",
      label: { zh: "审核确认办理时限", en: "review time limit" },
      citation: state.delegated && !state.extended ? RELIEF_SOURCES.timeLimitDelegated : RELIEF_SOURCES.timeLimit,
      startedOn: state.acceptedOn,
      completedOn: state.decidedOn,
      limit: overall
    }
  ]
  return specs.map((spec) => evaluateStage(spec, context.calendar, asOf))
}

/**
 * The stages of a review case that need attention on `asOf`: each `overdue` stage (which stage,
 * its due date, days overdue) and each stage whose deadline cannot be computed (never dropped).
 *
 * @throws `InvalidInput` as {@link reviewStageDeadlines}
 * @example
 * ```ts
 * import { reviewOverdueStages, reviewContextAt, reviewWorkflow } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const ctx = Result.getOrThrow(reviewContextAt(isoDateUnsafe("2025-03-03")))
 * reviewOverdueStages(reviewWorkflow.initial, ctx, isoDateUnsafe("2025-03-03")) //=> []
 * ```
 * @category review
 * @since 0.1.0
 */
export const reviewOverdueStages = (state: ReviewState, context: ReviewContext, asOf: IsoDate): ReadonlyArray<StageDeadline> =>
  needingAttention(reviewStageDeadlines(state, context, asOf))

const isDateOrNull = (u: unknown): boolean => u === null || (typeof u === "string" && /^\d{4}-\d{2}-\d{2}$/.test(u))

const stateIssues = (state: unknown): Issue[] => {
  const issues: Issue[] = []
  if (typeof state !== "object" || state === null) {
    issues.push(issue(["state"], "invalid_type", "不是审核确认案件状态", "not a review state"))
  } else {
    const { stage, due, noticeEnd } = state as { stage?: unknown; due?: unknown; noticeEnd?: unknown }
    if (typeof stage !== "string" || !Object.hasOwn(REVIEW_STAGE_NAMES, stage)) issues.push(issue(["state", "stage"], "invalid_value", "案件阶段无效", "unknown review stage"))
    if (!isDateOrNull(due)) issues.push(issue(["state", "due"], "invalid_type", "办理时限应为日期或 null", "the due date must be a date or null"))
    if (!isDateOrNull(noticeEnd)) issues.push(issue(["state", "noticeEnd"], "invalid_type", "公示届满日应为日期或 null", "the notice end must be a date or null"))
  }
  return issues
}

/** Cheap structural guards: a state folded by {@link reviewWorkflow} always passes. */
const checkDeadlineArgs = (caseId: unknown, state: unknown): void => {
  const issues: Issue[] = []
  if (typeof caseId !== "string" || caseId.length === 0) issues.push(issue(["caseId"], "invalid_type", "案件编号应为非空文本", "the case id must be non-empty text"))
  issues.push(...stateIssues(state))
  if (issues.length > 0) throw invalidInput(issues)
}

const stageDates = ["acceptedOn", "investigationStartedOn", "checkRequestedOn", "checkStartedOn", "opinionOn", "noticeStart", "submittedOn", "decidedOn", "refusalNotifiedOn"] as const

const checkStageArgs = (state: unknown, context: unknown, asOf: unknown): void => {
  const issues = stateIssues(state)
  if (typeof state === "object" && state !== null) {
    for (const k of stageDates) {
      const v = (state as Record<string, unknown>)[k]
      // A state folded before a field existed has it undefined: read as "not recorded".
      if (v !== undefined && v !== null && !isIsoDate(v)) issues.push(issue(["state", k], "invalid_type", "应为日期或 null", "must be a date or null"))
    }
  }
  if (typeof context !== "object" || context === null || !((context as { calendar?: unknown }).calendar instanceof WorkCalendar)) {
    issues.push(issue(["context", "calendar"], "invalid_calendar", "上下文中没有工作日历（WorkCalendar）", "the context has no WorkCalendar"))
  }
  const limits = typeof context === "object" && context !== null ? (context as { limits?: unknown }).limits : undefined
  const days = (k: string) => (typeof limits === "object" && limits !== null ? (limits as Record<string, unknown>)[k] : undefined)
  for (const k of ["standard", "delegated", "extended", "noticeDays"]) {
    const v = days(k)
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1 || v > 365) issues.push(issue(["context", "limits", k], "invalid_limit", "期限应为 1 至 365 的整数", "a limit must be an integer from 1 to 365"))
  }
  if (!isIsoDate(asOf)) issues.push(issue(["asOf"], "invalid_date", "不是有效的日期", "not a valid date"))
  if (issues.length > 0) throw invalidInput(issues)
}

