/**
 * 审核确认 (review and confirmation): 申请 → 受理 → 家庭经济状况核对 → 入户调查 → 初审意见 →
 * 公示 7 天 → 确认 (or 不予确认), as an event-sourced workflow on core's kernel.
 *
 * 《最低生活保障审核确认办法》第十九条：“乡镇人民政府（街道办事处）应当……提出初审意见，并在申请家庭所在
 * 村、社区进行公示。公示期为7天。公示期满无异议的……报送县级人民政府民政部门。公示有异议的……重新组织
 * 调查或者开展民主评议……重新提出初审意见”. 第二十二条：“最低生活保障审核确认工作应当自受理之日起30个
 * 工作日之内完成；特殊情况下，可以延长至45个工作日。” 2022 通知 四(一): 20 working days where approval is
 * delegated to the township. 第二十一条: payment “从作出确认同意决定之日下月起”. The 公示 step builds
 * the notice with `@minzheng/disclosure`'s `dibaoNotice` (masked by its masking policy), and the
 * case keeps only the masked notice: no unmasked name is ever stored in an event.
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import {
  type Deadline,
  type IsoDate,
  IsoDateSchema,
  type InvalidInput,
  type Issue,
  TransitionRefused,
  WorkCalendar,
  type Workflow,
  addPeriod,
  chinaCalendar,
  decode,
  invalidInput,
  issue
} from "@minzheng/core"
import { Result } from "effect"
import { z } from "zod"
import { firstOfNextMonth } from "../internal/dates.js"
import { ReliefPolicy } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"
import { DEFAULT_MASKING_POLICY, DibaoNoticeRowSchema, type MaskedNotice, type MaskingPolicy, NoticeColumnSchema, dibaoNotice } from "@minzheng/disclosure"

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

/** A masked notice as stored in a `notice-started` event (what disclosure's renderers accept). */
const MaskedNoticeSchema = z
  .object({
    masked: z.literal(true),
    title: z.string(),
    issuer: z.string(),
    period: z.object({ from: z.string(), to: z.string() }).strict(),
    columns: z.array(NoticeColumnSchema),
    rows: z.array(z.array(z.string())),
    footer: z.string().exactOptional()
  })
  .strict()
/**
 * Zod schema of a review command.
 *
 * @example
 * ```ts
 * import { ReviewCommandSchema } from "@minzheng/relief"
 * ReviewCommandSchema.safeParse({ type: "accept", on: "2025-03-03" }).success //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const ReviewCommandSchema = opaque(
z.discriminatedUnion("type", [
  z.object({ type: z.literal("apply"), on, householdId: z.string().min(1) }).strict(),
  z.object({ type: z.literal("accept"), on, delegated: z.boolean().optional() }).strict(),
  z.object({ type: z.literal("record-check"), on }).strict(),
  z.object({ type: z.literal("record-home-visit"), on }).strict(),
  z.object({ type: z.literal("submit-opinion"), on, opinion: z.enum(["approve", "refuse"]) }).strict(),
  z.object({ type: z.literal("start-notice"), on, issuer: z.string().min(1).max(200), rows: z.array(DibaoNoticeRowSchema).min(1).max(100_000) }).strict(),
  z.object({ type: z.literal("record-objection"), on, note: z.string().min(1) }).strict(),
  z.object({ type: z.literal("extend"), on, reason: z.string().min(1) }).strict(),
  z.object({ type: z.literal("confirm"), on }).strict(),
  z.object({ type: z.literal("refuse"), on, reason: z.string().min(1) }).strict()
])
)

/**
 * A review command.
 *
 * @example
 * ```ts
 * import type { ReviewCommand } from "@minzheng/relief"
 * const c: ReviewCommand = { type: "confirm", on: "2025-03-20" as any }
 * ```
 * @category review
 * @since 0.1.0
 */
export type ReviewCommand = z.infer<typeof ReviewCommandSchema>

/**
 * Zod schema of a review event (what the case store keeps).
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
  z.object({ type: z.literal("applied"), on, householdId: z.string().min(1) }).strict(),
  z.object({ type: z.literal("accepted"), on, delegated: z.boolean(), due: on }).strict(),
  z.object({ type: z.literal("checked"), on }).strict(),
  z.object({ type: z.literal("home-visited"), on }).strict(),
  z.object({ type: z.literal("opinion-submitted"), on, opinion: z.enum(["approve", "refuse"]) }).strict(),
  z.object({ type: z.literal("notice-started"), on, end: on, notice: MaskedNoticeSchema }).strict(),
  z.object({ type: z.literal("objection-recorded"), on, note: z.string() }).strict(),
  z.object({ type: z.literal("extended"), on, due: on, reason: z.string() }).strict(),
  z.object({ type: z.literal("confirmed"), on, paymentStart: on }).strict(),
  z.object({ type: z.literal("refused"), on, reason: z.string() }).strict()
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
 * import { Result } from "effect"
 * Result.isFailure(decodeReviewEvent({ type: "nope" })) //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const decodeReviewEvent = (u: unknown): Result.Result<ReviewEvent, InvalidInput> => decode(ReviewEventSchema, u)

/**
 * Decodes a review command from untrusted input.
 *
 * @example
 * ```ts
 * import { decodeReviewCommand } from "@minzheng/relief"
 * import { Result } from "effect"
 * Result.isSuccess(decodeReviewCommand({ type: "confirm", on: "2025-03-20" })) //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const decodeReviewCommand = (u: unknown): Result.Result<ReviewCommand, InvalidInput> => decode(ReviewCommandSchema, u)

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
  readonly checked: boolean
  readonly homeVisited: boolean
  readonly opinion: "approve" | "refuse" | null
  readonly noticeStart: IsoDate | null
  readonly noticeEnd: IsoDate | null
  /** The masked 公示 of the running (or last) notice. */
  readonly notice: MaskedNotice | null
  readonly objections: number
  readonly decidedOn: IsoDate | null
  readonly paymentStart: IsoDate | null
}

/**
 * What {@link reviewWorkflow} decides with: the work calendar and the time limits (from the
 * policy: {@link reviewContext}).
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
}

/**
 * The review context of a resolved policy: its time limits and 公示 days, on the China calendar
 * unless another is given.
 *
 * @example
 * ```ts
 * import { reviewContext, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * reviewContext(policy).limits //=> { standard: 30, delegated: 20, extended: 45, noticeDays: 7 }
 * ```
 * @throws `InvalidInput` when `policy` is not a resolved policy or `calendar` not a `WorkCalendar`
 * @category review
 * @since 0.1.0
 */
export const reviewContext = (policy: ReliefPolicy, calendar: WorkCalendar = chinaCalendar): ReviewContext => {
  const issues: Issue[] = []
  if (!(policy instanceof ReliefPolicy)) issues.push(issue(["policy"], "invalid_policy", "不是已解析的救助政策（请用 resolveReliefPolicy）", "not a resolved relief policy (use resolveReliefPolicy)"))
  if (!(calendar instanceof WorkCalendar)) issues.push(issue(["calendar"], "invalid_calendar", "不是工作日历（WorkCalendar）", "not a WorkCalendar"))
  if (issues.length > 0) throw invalidInput(issues)
  return contextOf(policy, calendar)
}

const contextOf = (policy: ReliefPolicy, calendar: WorkCalendar): ReviewContext => ({
  calendar,
  limits: {
    standard: policy.compiled.reviewDays,
    delegated: policy.compiled.reviewDelegatedDays,
    extended: policy.compiled.reviewExtendedDays,
    noticeDays: policy.compiled.noticeDays
  }
})

const INITIAL: ReviewState = {
  stage: "new",
  householdId: null,
  lastDate: null,
  acceptedOn: null,
  delegated: false,
  due: null,
  extended: false,
  checked: false,
  homeVisited: false,
  opinion: null,
  noticeStart: null,
  noticeEnd: null,
  notice: null,
  objections: 0,
  decidedOn: null,
  paymentStart: null
}

const refuse = (state: ReviewState, command: string, zh: string, en: string, citations = [RELIEF_SOURCES.noticeDibao], details?: Record<string, unknown>) =>
  Result.fail(new TransitionRefused({ state: state.stage, command, reason: { zh, en }, citations, ...(details === undefined ? {} : { details }) }))

const ok = (events: ReadonlyArray<ReviewEvent>) => Result.succeed(events)

const decide = (s: ReviewState, c: ReviewCommand, ctx: ReviewContext): Result.Result<ReadonlyArray<ReviewEvent>, TransitionRefused> => {
  if (s.lastDate !== null && c.on < s.lastDate) return refuse(s, c.type, `日期 ${c.on} 早于上一步骤日期 ${s.lastDate}`, `date ${c.on} is before the previous step (${s.lastDate})`, [])
  if (s.stage === "confirmed" || s.stage === "refused") return refuse(s, c.type, "案件已办结", "the case is closed", [])
  switch (c.type) {
    case "apply":
      return s.stage === "new" ? ok([{ type: "applied", on: c.on, householdId: c.householdId }]) : refuse(s, c.type, "已提出申请", "already applied", [])
    case "accept": {
      if (s.stage !== "applied") return refuse(s, c.type, "只能受理已提出的申请", "only an application can be accepted", [])
      const delegated = c.delegated === true
      const due = ctx.calendar.addWorkingDays(c.on, delegated ? ctx.limits.delegated : ctx.limits.standard)
      return ok([{ type: "accepted", on: c.on, delegated, due }])
    }
    case "record-check":
    case "record-home-visit":
      if (s.stage !== "accepted" && s.stage !== "investigating") return refuse(s, c.type, "受理后方可调查核实", "investigation follows acceptance", [])
      return ok([c.type === "record-check" ? { type: "checked", on: c.on } : { type: "home-visited", on: c.on }])
    case "submit-opinion":
      if (s.stage !== "investigating" || !s.checked || !s.homeVisited) {
        return refuse(s, c.type, "须完成家庭经济状况核对和入户调查后提出初审意见", "the preliminary opinion needs the economic check and the home visit first")
      }
      return ok([{ type: "opinion-submitted", on: c.on, opinion: c.opinion }])
    case "start-notice": {
      if (s.stage !== "opinion-submitted") return refuse(s, c.type, "须先提出初审意见", "a preliminary opinion must come first")
      const end = addPeriod(c.on, { days: ctx.limits.noticeDays }, ctx.calendar)
      // dibaoNotice masks every personal cell (and throws a typed InvalidInput for a bad row or
      // masking policy); the event keeps only its masked output.
      const n = dibaoNotice({ issuer: c.issuer, period: { from: c.on, to: end }, rows: c.rows }, ctx.masking ?? DEFAULT_MASKING_POLICY)
      const notice = { masked: true as const, title: n.title, issuer: n.issuer, period: { from: n.period.from, to: n.period.to }, columns: [...n.columns], rows: n.rows.map((r) => [...r]) }
      return ok([{ type: "notice-started", on: c.on, end, notice }])
    }
    case "record-objection":
      if (s.stage !== "notice") return refuse(s, c.type, "只能在公示期间记录异议", "objections are recorded during the notice")
      return ok([{ type: "objection-recorded", on: c.on, note: c.note }])
    case "extend": {
      if (s.acceptedOn === null || s.extended) return refuse(s, c.type, "未受理或已延长", "not accepted, or already extended", [RELIEF_SOURCES.timeLimit])
      const due = ctx.calendar.addWorkingDays(s.acceptedOn, ctx.limits.extended)
      return ok([{ type: "extended", on: c.on, due, reason: c.reason }])
    }
    case "confirm":
      if (s.stage !== "notice" || s.noticeEnd === null) return refuse(s, c.type, "未经公示不得确认", "no confirmation without the public notice")
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

const evolve = (s: ReviewState, e: ReviewEvent): ReviewState => {
  const base = { ...s, lastDate: e.on }
  switch (e.type) {
    case "applied":
      return { ...base, stage: "applied", householdId: e.householdId }
    case "accepted":
      return { ...base, stage: "accepted", acceptedOn: e.on, delegated: e.delegated, due: e.due }
    case "checked":
      return { ...base, stage: "investigating", checked: true }
    case "home-visited":
      return { ...base, stage: "investigating", homeVisited: true }
    case "opinion-submitted":
      return { ...base, stage: "opinion-submitted", opinion: e.opinion }
    case "notice-started":
      return { ...base, stage: "notice", noticeStart: e.on, noticeEnd: e.end, notice: e.notice }
    case "objection-recorded":
      // 第十九条第二款: an objection sends the case back to investigation and a new opinion.
      return { ...base, stage: "investigating", objections: s.objections + 1, checked: false, homeVisited: false, opinion: null, noticeStart: null, noticeEnd: null }
    case "extended":
      return { ...base, due: e.due, extended: true }
    case "confirmed":
      return { ...base, stage: "confirmed", decidedOn: e.on, paymentStart: e.paymentStart }
    case "refused":
      return { ...base, stage: "refused", decidedOn: e.on }
  }
}

/**
 * The 审核确认 workflow: `decide` checks a command against the state (refusing, with the article,
 * e.g. a confirmation before the 7-day 公示 has run), `evolve` folds the events.
 *
 * @example
 * ```ts
 * import { reviewWorkflow } from "@minzheng/relief"
 * import { replay } from "@minzheng/core"
 * replay(reviewWorkflow, [{ type: "applied", on: "2025-03-03" as any, householdId: "h1" }]).stage //=> "applied"
 * ```
 * @see {@link reviewDeadlines}
 * @category review
 * @since 0.1.0
 */
export const reviewWorkflow: Workflow<ReviewState, ReviewCommand, ReviewEvent, ReviewContext> = {
  name: "relief.review",
  initial: INITIAL,
  decide,
  evolve
}

/**
 * The open deadlines of a case: the 审核确认 time limit (30, 20 delegated, 45 extended working
 * days from acceptance) and the end of a running 公示.
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
  const out: Deadline[] = []
  if (state.due !== null) out.push({ caseId, kind: "review.time-limit", due: state.due, label: { zh: "审核确认办理时限", en: "review time limit" } })
  if (state.stage === "notice" && state.noticeEnd !== null) out.push({ caseId, kind: "review.notice-end", due: state.noticeEnd, label: { zh: "公示期届满", en: "end of the public notice" } })
  return out
}

const isDateOrNull = (u: unknown): boolean => u === null || (typeof u === "string" && /^\d{4}-\d{2}-\d{2}$/.test(u))

/** Cheap structural guards: a state folded by {@link reviewWorkflow} always passes. */
const checkDeadlineArgs = (caseId: unknown, state: unknown): void => {
  const issues: Issue[] = []
  if (typeof caseId !== "string" || caseId.length === 0) issues.push(issue(["caseId"], "invalid_type", "案件编号应为非空文本", "the case id must be non-empty text"))
  if (typeof state !== "object" || state === null) {
    issues.push(issue(["state"], "invalid_type", "不是审核确认案件状态", "not a review state"))
  } else {
    const { stage, due, noticeEnd } = state as { stage?: unknown; due?: unknown; noticeEnd?: unknown }
    if (typeof stage !== "string" || !Object.hasOwn(REVIEW_STAGE_NAMES, stage)) issues.push(issue(["state", "stage"], "invalid_value", "案件阶段无效", "unknown review stage"))
    if (!isDateOrNull(due)) issues.push(issue(["state", "due"], "invalid_type", "办理时限应为日期或 null", "the due date must be a date or null"))
    if (!isDateOrNull(noticeEnd)) issues.push(issue(["state", "noticeEnd"], "invalid_type", "公示届满日应为日期或 null", "the notice end must be a date or null"))
  }
  if (issues.length > 0) throw invalidInput(issues)
}
