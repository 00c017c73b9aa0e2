/**
 * 特困人员认定程序 (tekun determination procedure): 申请 → 受理 → 调查核实 (入户调查、邻里访问、信函索证、
 * 信息核对; 民主评议 where organised) → 初审意见 → 公示 7 天 → 报送县级 → 抽查核实 (a share of cases) →
 * 确认 (or 不予同意, then 书面告知), as an event-sourced workflow on core's kernel, beside the 低保
 * {@link reviewWorkflow}. It shares the stage-deadline model, the calendar handling and the masked
 * 公示 with it.
 *
 * 《特困人员认定办法》:
 * - 第十三条：“乡镇人民政府（街道办事处）应当自受理申请之日起15个工作日内，通过入户调查、邻里访问、
 *   信函索证、信息核对等方式，对申请人的经济状况、实际生活状况以及赡养、抚养、扶养状况等进行调查核实，
 *   并提出初审意见。”
 * - 第十四条：“调查核实过程中，乡镇人民政府（街道办事处）可视情组织民主评议……”
 * - 第十五条：“乡镇人民政府（街道办事处）应当将初审意见及时在申请人所在村（社区）公示。公示期为7天。
 *   公示期满无异议的，乡镇人民政府（街道办事处）应当将初审意见连同申请、调查核实等相关材料报送县级人民
 *   政府民政部门。对公示有异议的，乡镇人民政府（街道办事处）应当重新组织调查核实，在15个工作日内提出
 *   初审意见，并重新公示。”
 * - 第十六条：“县级人民政府民政部门应当全面审核乡镇人民政府（街道办事处）上报的申请材料、调查材料和
 *   初审意见，按照不低于30%的比例随机抽查核实，并在15个工作日内提出确认意见。”
 * - 第十七条：“……从确认之日下月起给予救助供养待遇……”
 * - 第十八条：“不符合条件、不予同意的，县级人民政府民政部门应当在作出决定3个工作日内……书面告知申请人
 *   或者其代理人并说明理由。”
 *
 * **Readings.** 第十五条第二款 and 第十六条 do not say from which day their 15 working days run: the
 * workflow counts the re-investigation from the day the objection is recorded and the county's
 * confirmation from the day the township's materials are submitted (`submit-to-county`). The 办法
 * sets no overall limit for the whole procedure and no limit between the opinion and the 公示
 * (“及时”); none is invented. The 30% is a share of the cases a county receives, not a property of
 * one case: {@link tekunSpotCheckShare} checks it over a set of cases.
 *
 * **Deadlines are derived.** Only the 公示's end (part of the notice itself) is recorded in an
 * event; every stage deadline is computed from the events by {@link tekunStageDeadlines} with the
 * context's calendar, so loading a year's calendar later recomputes them. A 公示 whose end the
 * calendar cannot compute is refused with the calendar fix named (see {@link calendarGapOf}); a
 * stage deadline it cannot compute is listed as `uncomputable`, never dropped.
 *
 * @module
 */
import {
  type CalendarYearNotCovered,
  type Citation,
  type Deadline,
  type InvalidInput,
  type Issue,
  type IsoDate,
  IsoDateSchema,
  type ParameterMissing,
  type PolicyBundle,
  type RegionCode,
  type ResolvedParameter,
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
import { DEFAULT_MASKING_POLICY, type MaskedNotice, type MaskingPolicy, buildNoticeUnsafe } from "@minzheng/disclosure"
import { Decimal } from "decimal.js"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { firstOfNextMonth } from "../internal/dates.js"
import { opaque } from "../internal/opaque.js"
import { OPINION_NAMES, type Opinion } from "./review.js"
import { MaskedNoticeSchema, storedNotice } from "./masked-notice.js"
import { PROCEDURE_PARAMETERS, PROCEDURE_SOURCES, type ProcedureSource, procedureParameterAt } from "./procedure-parameters.js"
import { type StageDeadline, calendarRefusal, evaluateStage, limitOf, needingAttention, noticePeriodEnd, tryCalendar } from "./stage-deadline.js"
import {
  boolOrAbsent,
  contextNotObject,
  dateOrAbsent,
  dateOrNull,
  decodedOr,
  isCount,
  isList,
  keyOf,
  objectOrAbsent,
  oneOfOrNull,
  rememberingDecoder,
  stateShapeIssues,
  textOrNull,
  throwIfAny
} from "../internal/workflow-guard.js"

/**
 * Stages of a 特困 case, Chinese names.
 *
 * @example
 * ```ts
 * import { TEKUN_STAGE_NAMES } from "@minzheng/relief"
 * TEKUN_STAGE_NAMES.submitted.zh //=> "已报送县级民政部门"
 * ```
 * @category review
 * @since 0.1.0
 */
export const TEKUN_STAGE_NAMES = {
  new: { zh: "未申请", en: "not applied" },
  applied: { zh: "已申请", en: "applied" },
  accepted: { zh: "已受理", en: "accepted" },
  investigating: { zh: "调查核实中", en: "investigating" },
  "opinion-submitted": { zh: "已提出初审意见", en: "preliminary opinion given" },
  notice: { zh: "公示中", en: "on public notice" },
  reinvestigating: { zh: "公示有异议，重新调查核实中", en: "investigating again after an objection" },
  submitted: { zh: "已报送县级民政部门", en: "submitted to the county" },
  confirmed: { zh: "已确认", en: "confirmed" },
  refused: { zh: "不予同意", en: "refused" }
} as const

/**
 * A 特困 case stage.
 *
 * @example
 * ```ts
 * import type { TekunStage } from "@minzheng/relief"
 * const s: TekunStage = "notice"
 * ```
 * @category review
 * @since 0.1.0
 */
export type TekunStage = keyof typeof TEKUN_STAGE_NAMES

/**
 * The ways of 调查核实 第十三条 names, Chinese names.
 *
 * @example
 * ```ts
 * import { TEKUN_INVESTIGATION_METHODS } from "@minzheng/relief"
 * TEKUN_INVESTIGATION_METHODS["neighbour-visit"].zh //=> "邻里访问"
 * ```
 * @category review
 * @since 0.1.0
 */
export const TEKUN_INVESTIGATION_METHODS = {
  "home-visit": { zh: "入户调查", en: "home visit" },
  "neighbour-visit": { zh: "邻里访问", en: "neighbour visit" },
  letter: { zh: "信函索证", en: "request for evidence by letter" },
  "information-check": { zh: "信息核对", en: "information check" }
} as const

const on = IsoDateSchema
const Method = z.enum(Object.keys(TEKUN_INVESTIGATION_METHODS) as [keyof typeof TEKUN_INVESTIGATION_METHODS, ...Array<keyof typeof TEKUN_INVESTIGATION_METHODS>])
const Opinion = z.enum(Object.keys(OPINION_NAMES) as [Opinion, ...Opinion[]])

/**
 * Zod schema of a 特困 command. `start-notice` takes the applicant's name and village or
 * community only: the notice masks the name and carries the opinion, nothing else.
 *
 * @example
 * ```ts
 * import { TekunCommandSchema } from "@minzheng/relief"
 * TekunCommandSchema.safeParse({ type: "record-investigation", on: "2025-03-04", method: "home-visit" }).success //=> true
 * TekunCommandSchema.safeParse({ type: "start-notice", on: "2025-03-10", issuer: "李村街道办事处", applicant: { name: "王五", community: "虎山社区", citizenId: "x" } }).success //=> false
 * ```
 * @category review
 * @since 0.1.0
 */
export const TekunCommandSchema = opaque(
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("apply"), on, applicantId: z.string().check(z.minLength(1)) }),
    z.strictObject({ type: z.literal("accept"), on }),
    z.strictObject({ type: z.literal("record-investigation"), on, method: Method }),
    z.strictObject({ type: z.literal("record-appraisal"), on }),
    z.strictObject({ type: z.literal("submit-opinion"), on, opinion: Opinion }),
    z.strictObject({
      type: z.literal("start-notice"),
      on,
      issuer: z.string().check(z.minLength(1), z.maxLength(200)),
      applicant: z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(40)), community: z.string().check(z.minLength(1), z.maxLength(100)) })
    }),
    z.strictObject({ type: z.literal("record-objection"), on, note: z.string().check(z.minLength(1)) }),
    z.strictObject({ type: z.literal("submit-to-county"), on }),
    z.strictObject({ type: z.literal("record-spot-check"), on }),
    z.strictObject({ type: z.literal("confirm"), on }),
    z.strictObject({ type: z.literal("refuse"), on, reason: z.string().check(z.minLength(1)) }),
    z.strictObject({ type: z.literal("notify-refusal"), on })
  ])
)

/**
 * A 特困 command.
 *
 * @example
 * ```ts
 * import type { TekunCommand } from "@minzheng/relief"
 * const c: TekunCommand = { type: "accept", on: "2025-03-03" as any }
 * ```
 * @category review
 * @since 0.1.0
 */
export type TekunCommand = z.infer<typeof TekunCommandSchema>

/**
 * Zod schema of a 特困 event (what the case store keeps).
 *
 * @example
 * ```ts
 * import { TekunEventSchema } from "@minzheng/relief"
 * TekunEventSchema.safeParse({ type: "accepted", on: "2025-03-03" }).success //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const TekunEventSchema = opaque(
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("applied"), on, applicantId: z.string().check(z.minLength(1)) }),
    z.strictObject({ type: z.literal("accepted"), on }),
    z.strictObject({ type: z.literal("investigated"), on, method: Method }),
    z.strictObject({ type: z.literal("appraised"), on }),
    z.strictObject({ type: z.literal("opinion-submitted"), on, opinion: Opinion }),
    z.strictObject({ type: z.literal("notice-started"), on, end: on, notice: MaskedNoticeSchema, provisional: z.optional(z.boolean()) }),
    z.strictObject({ type: z.literal("objection-recorded"), on, note: z.string() }),
    z.strictObject({ type: z.literal("submitted-to-county"), on }),
    z.strictObject({ type: z.literal("spot-checked"), on }),
    z.strictObject({ type: z.literal("confirmed"), on, paymentStart: on }),
    z.strictObject({ type: z.literal("refused"), on, reason: z.string() }),
    z.strictObject({ type: z.literal("refusal-notified"), on })
  ])
)

/**
 * A 特困 event.
 *
 * @example
 * ```ts
 * import type { TekunEvent } from "@minzheng/relief"
 * const e: TekunEvent = { type: "spot-checked", on: "2025-04-01" as any }
 * ```
 * @category review
 * @since 0.1.0
 */
export type TekunEvent = z.infer<typeof TekunEventSchema>

/**
 * Decodes a 特困 command from untrusted input.
 *
 * @example
 * ```ts
 * import { decodeTekunCommand } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(decodeTekunCommand({ type: "accept", on: "2025-03-03" })) //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const decodeTekunCommand = (u: unknown): Result.Result<TekunCommand, InvalidInput> => COMMANDS.decode(u)

// What the decoders (or decide) produced is remembered, so the workflow never decodes it again.
const COMMANDS = rememberingDecoder((u: unknown): Result.Result<TekunCommand, InvalidInput> => decode(TekunCommandSchema, u))
const EVENTS = rememberingDecoder((u: unknown): Result.Result<TekunEvent, InvalidInput> => decode(TekunEventSchema, u))

/**
 * Decodes a stored 特困 event.
 *
 * @example
 * ```ts
 * import { decodeTekunEvent } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeTekunEvent({ type: "accepted" })) //=> true
 * ```
 * @category review
 * @since 0.1.0
 */
export const decodeTekunEvent = (u: unknown): Result.Result<TekunEvent, InvalidInput> => EVENTS.decode(u)

/**
 * The state of a 特困 case: a fold over its events.
 *
 * @example
 * ```ts
 * import { tekunWorkflow } from "@minzheng/relief"
 * tekunWorkflow.initial.stage //=> "new"
 * ```
 * @category review
 * @since 0.1.0
 */
export interface TekunState {
  readonly stage: TekunStage
  readonly applicantId: string | null
  readonly lastDate: IsoDate | null
  readonly acceptedOn: IsoDate | null
  /** Investigation steps recorded since acceptance or since the last objection. */
  readonly investigations: ReadonlyArray<keyof typeof TEKUN_INVESTIGATION_METHODS>
  readonly appraisedOn: IsoDate | null
  readonly opinion: "approve" | "refuse" | null
  /** Day of the first preliminary opinion (第十三条's deadline). */
  readonly firstOpinionOn: IsoDate | null
  readonly opinionOn: IsoDate | null
  /** Day of the latest objection, and of the opinion that answered it (第十五条第二款). */
  readonly objectionOn: IsoDate | null
  readonly reopinionOn: IsoDate | null
  readonly objections: number
  readonly noticeStart: IsoDate | null
  readonly noticeEnd: IsoDate | null
  readonly notice: MaskedNotice | null
  readonly submittedOn: IsoDate | null
  readonly spotCheckedOn: IsoDate | null
  readonly decidedOn: IsoDate | null
  readonly paymentStart: IsoDate | null
  readonly refusalNotifiedOn: IsoDate | null
  /** Whether the recorded 公示 end rests on projected calendar data. */
  readonly provisional: boolean
}

/**
 * What {@link tekunWorkflow} decides with: the work calendar, where the limits come from, and the
 * masking policy of the 公示. Build it with {@link tekunContext}.
 *
 * @example
 * ```ts
 * import type { TekunContext } from "@minzheng/relief"
 * import { chinaCalendar } from "@minzheng/core"
 * const ctx: TekunContext = { calendar: chinaCalendar, procedure: {} }
 * ```
 * @category review
 * @since 0.1.0
 */
export interface TekunContext {
  readonly calendar: WorkCalendar
  readonly procedure: ProcedureSource
  readonly masking?: MaskingPolicy
}

/**
 * Builds a 特困 procedure context: the China calendar unless another is given (e.g.
 * `chinaCalendar.extend([...])` or `chinaCalendar.withProjection(2028)` — results then marked
 * provisional), the national limits unless a local bundle sets its own.
 *
 * @throws `InvalidInput` listing every bad option
 * @example
 * ```ts
 * import { tekunContext } from "@minzheng/relief"
 * import { chinaCalendar } from "@minzheng/core"
 * tekunContext({ calendar: chinaCalendar.withProjection(2028) }).calendar.coveredYears[1] //=> 2028
 * ```
 * @category review
 * @since 0.1.0
 */
export const tekunContext = (
  options: { readonly calendar?: WorkCalendar; readonly bundle?: PolicyBundle; readonly region?: RegionCode; readonly masking?: MaskingPolicy } = {}
): TekunContext => {
  const issues: Issue[] = []
  if (typeof options !== "object" || options === null) throw invalidInput([issue(["options"], "invalid_options", "选项应为对象", "options must be an object")])
  const { calendar, bundle, region, masking } = options
  if (calendar !== undefined && !(calendar instanceof WorkCalendar)) issues.push(issue(["options", "calendar"], "invalid_calendar", "不是工作日历（WorkCalendar）", "not a WorkCalendar"))
  if (bundle !== undefined && (typeof bundle !== "object" || bundle === null || typeof bundle.parameters !== "object")) {
    issues.push(issue(["options", "bundle"], "invalid_bundle", "不是政策参数包", "not a policy bundle"))
  }
  if (region !== undefined && !isRegionCode(region)) issues.push(issue(["options", "region"], "invalid_region", "不是有效的行政区划代码", "not a valid region code"))
  if (issues.length > 0) throw invalidInput(issues)
  return {
    calendar: calendar ?? chinaCalendar,
    procedure: { ...(bundle === undefined ? {} : { bundle }), ...(region === undefined ? {} : { region }) },
    ...(masking === undefined ? {} : { masking })
  }
}

const INITIAL: TekunState = {
  stage: "new",
  applicantId: null,
  lastDate: null,
  acceptedOn: null,
  investigations: [],
  appraisedOn: null,
  opinion: null,
  firstOpinionOn: null,
  opinionOn: null,
  objectionOn: null,
  reopinionOn: null,
  objections: 0,
  noticeStart: null,
  noticeEnd: null,
  notice: null,
  submittedOn: null,
  spotCheckedOn: null,
  decidedOn: null,
  paymentStart: null,
  refusalNotifiedOn: null,
  provisional: false
}

const refuse = (s: TekunState, command: string, zh: string, en: string, citations: ReadonlyArray<Citation>, details?: Record<string, unknown>) =>
  Result.fail(new TransitionRefused({ state: s.stage, command, reason: { zh, en }, citations, ...(details === undefined ? {} : { details }) }))
const ok = (events: ReadonlyArray<TekunEvent>) => Result.succeed(events.map(EVENTS.mark))

const INVESTIGATING: ReadonlySet<TekunStage> = new Set(["accepted", "investigating", "reinvestigating"])


// What decide and evolve read of a state; a state folded by the workflow always passes. Fields
// added after the first release may be absent from a stored state (read as "not recorded").
const STATE_SPEC = {
  stage: keyOf(TEKUN_STAGE_NAMES),
  applicantId: textOrNull,
  lastDate: dateOrNull,
  acceptedOn: dateOrAbsent,
  investigations: isList,
  appraisedOn: dateOrAbsent,
  opinion: oneOfOrNull(["approve", "refuse"]),
  firstOpinionOn: dateOrAbsent,
  opinionOn: dateOrAbsent,
  objectionOn: dateOrAbsent,
  reopinionOn: dateOrAbsent,
  objections: isCount,
  noticeStart: dateOrAbsent,
  noticeEnd: dateOrAbsent,
  notice: objectOrAbsent,
  submittedOn: dateOrAbsent,
  spotCheckedOn: dateOrAbsent,
  decidedOn: dateOrAbsent,
  paymentStart: dateOrAbsent,
  refusalNotifiedOn: dateOrAbsent,
  provisional: boolOrAbsent
}
const WHAT = { zh: "特困案件状态", en: "tekun case state" }

const contextIssues = (ctx: unknown): Issue[] => {
  const issues = contextNotObject(ctx)
  if (issues.length > 0) return issues
  const { calendar, procedure } = ctx as { calendar?: unknown; procedure?: unknown }
  if (!(calendar instanceof WorkCalendar)) issues.push(issue(["context", "calendar"], "invalid_calendar", "上下文中没有工作日历（WorkCalendar）", "the context has no WorkCalendar"))
  if (typeof procedure !== "object" || procedure === null) issues.push(issue(["context", "procedure"], "invalid_procedure", "上下文中没有期限来源（请用 tekunContext 构造）", "the context has no procedure source (build it with tekunContext)"))
  return issues
}

// The workflow's entry points: a malformed state, command, event or context is one typed
// InvalidInput listing every problem (never a TypeError); what passes goes to the rules unchanged.
const checkedDecide = (state: TekunState, command: TekunCommand, context: TekunContext): Result.Result<ReadonlyArray<TekunEvent>, TransitionRefused> => {
  const issues = stateShapeIssues(state, STATE_SPEC, WHAT)
  const c = decodedOr(COMMANDS.decode(command), "command", issues)
  issues.push(...contextIssues(context))
  throwIfAny(issues)
  return decide(state, c!, context)
}

const checkedEvolve = (state: TekunState, event: TekunEvent): TekunState => {
  const issues = stateShapeIssues(state, STATE_SPEC, WHAT)
  const e = decodedOr(EVENTS.decode(event), "event", issues)
  throwIfAny(issues)
  return evolve(state, e!)
}

const decide = (s: TekunState, c: TekunCommand, ctx: TekunContext): Result.Result<ReadonlyArray<TekunEvent>, TransitionRefused> => {
  if (s.lastDate !== null && c.on < s.lastDate) return refuse(s, c.type, `日期 ${c.on} 早于上一步骤日期 ${s.lastDate}`, `date ${c.on} is before the previous step (${s.lastDate})`, [])
  if (c.type === "notify-refusal") {
    if (s.stage !== "refused") return refuse(s, c.type, "只有不予同意的决定需要书面告知", "only a refusal is notified in writing", [PROCEDURE_SOURCES.tekunRefusalNotice])
    if (s.refusalNotifiedOn !== null) return refuse(s, c.type, "已书面告知申请人", "the applicant has already been notified", [PROCEDURE_SOURCES.tekunRefusalNotice])
    return ok([{ type: "refusal-notified", on: c.on }])
  }
  if (s.stage === "confirmed" || s.stage === "refused") return refuse(s, c.type, "案件已办结", "the case is closed", [])
  switch (c.type) {
    case "apply":
      return s.stage === "new" ? ok([{ type: "applied", on: c.on, applicantId: c.applicantId }]) : refuse(s, c.type, "已提出申请", "already applied", [])
    case "accept":
      return s.stage === "applied" ? ok([{ type: "accepted", on: c.on }]) : refuse(s, c.type, "只能受理已提出的申请", "only an application can be accepted", [])
    case "record-investigation":
      if (!INVESTIGATING.has(s.stage)) return refuse(s, c.type, "受理后方可调查核实", "investigation follows acceptance", [PROCEDURE_SOURCES.tekunTownshipReview])
      return ok([{ type: "investigated", on: c.on, method: c.method }])
    case "record-appraisal":
      if (!INVESTIGATING.has(s.stage)) return refuse(s, c.type, "民主评议在调查核实过程中组织", "a democratic appraisal is held during the investigation", [PROCEDURE_SOURCES.tekunAppraisal])
      return ok([{ type: "appraised", on: c.on }])
    case "submit-opinion":
      if (!INVESTIGATING.has(s.stage) || s.investigations.length === 0) {
        return refuse(s, c.type, "须经调查核实后提出初审意见", "the preliminary opinion follows an investigation", [
          s.stage === "reinvestigating" ? PROCEDURE_SOURCES.tekunObjection : PROCEDURE_SOURCES.tekunTownshipReview
        ])
      }
      return ok([{ type: "opinion-submitted", on: c.on, opinion: c.opinion }])
    case "start-notice": {
      if (s.stage !== "opinion-submitted" || s.opinion === null) return refuse(s, c.type, "须先提出初审意见", "a preliminary opinion must come first", [PROCEDURE_SOURCES.tekunNotice])
      const days = procedureParameterAt(PROCEDURE_PARAMETERS.tekunNoticeDays, ctx.procedure, c.on)
      if (Result.isFailure(days)) {
        return refuse(s, c.type, `公示期无法确定：${days.failure.messageZh}`, `the notice period cannot be resolved: ${days.failure.message}`, [PROCEDURE_SOURCES.tekunNotice], { cause: days.failure })
      }
      const end = noticePeriodEnd(ctx.calendar, c.on, days.success.value)
      if (Result.isFailure(end)) return Result.fail(calendarRefusal(s.stage, c.type, { zh: "公示期届满日", en: "the end of the public notice" }, end.failure, [PROCEDURE_SOURCES.tekunNotice]))
      // buildNotice masks the name by the masking policy (and throws a typed InvalidInput for a bad
      // issuer or policy); it reads the case's calendar, so a gap there is the same calendar
      // refusal. The event keeps only the masked output.
      const opinionText = OPINION_NAMES[s.opinion].zh
      const notice = tryCalendar(() => buildNoticeUnsafe(
        {
          title: "特困人员救助供养初审意见公示",
          issuer: c.issuer,
          period: { from: c.on, to: end.success.due },
          columns: [
            { key: "name", label: { zh: "申请人", en: "applicant" }, type: "person-name" },
            { key: "community", label: { zh: "村（社区）", en: "village or community" }, type: "community" },
            { key: "opinion", label: { zh: "初审意见", en: "preliminary opinion" }, type: "text" }
          ],
          rows: [{ name: c.applicant.name, community: c.applicant.community, opinion: opinionText }],
          footer: "公示期内如有异议，请向乡镇人民政府（街道办事处）反映。"
        },
        ctx.masking ?? DEFAULT_MASKING_POLICY,
        ctx.calendar
      ))
      if (Result.isFailure(notice)) return Result.fail(calendarRefusal(s.stage, c.type, { zh: "公示期", en: "the public notice period" }, notice.failure, [PROCEDURE_SOURCES.tekunNotice]))
      return ok([{ type: "notice-started", on: c.on, end: end.success.due, notice: storedNotice(notice.success), ...(end.success.provisional ? { provisional: true } : {}) }])
    }
    case "record-objection":
      if (s.stage !== "notice") return refuse(s, c.type, "只能在公示期间记录异议", "objections are recorded during the notice", [PROCEDURE_SOURCES.tekunObjection])
      return ok([{ type: "objection-recorded", on: c.on, note: c.note }])
    case "submit-to-county":
      if (s.stage !== "notice" || s.noticeEnd === null) return refuse(s, c.type, "公示期满无异议后方可报送", "submission follows a notice that ran without objection", [PROCEDURE_SOURCES.tekunNotice])
      if (c.on <= s.noticeEnd) {
        return refuse(s, c.type, `公示期至 ${s.noticeEnd} 届满，届满前不得报送`, `the notice runs until ${s.noticeEnd}; nothing is submitted before it has run`, [PROCEDURE_SOURCES.tekunNotice], { noticeEnd: s.noticeEnd })
      }
      return ok([{ type: "submitted-to-county", on: c.on }])
    case "record-spot-check":
      if (s.stage !== "submitted" || s.spotCheckedOn !== null) return refuse(s, c.type, "县级民政部门对已报送的案件抽查核实（每案一次）", "the county spot-checks a submitted case (once)", [PROCEDURE_SOURCES.tekunCountyConfirmation])
      return ok([{ type: "spot-checked", on: c.on }])
    case "confirm":
      if (s.stage !== "submitted") return refuse(s, c.type, "须经公示并报送县级民政部门后确认", "confirmation follows the notice and the submission to the county", [PROCEDURE_SOURCES.tekunCountyConfirmation])
      if (s.opinion !== "approve") return refuse(s, c.type, "初审意见为不同意，应作不予同意决定", "the preliminary opinion is to refuse", [PROCEDURE_SOURCES.tekunCountyConfirmation])
      return ok([{ type: "confirmed", on: c.on, paymentStart: firstOfNextMonth(c.on) }])
    case "refuse":
      if (s.stage === "new" || s.stage === "applied") return refuse(s, c.type, "未受理的申请无需作出不予同意决定", "nothing to refuse before acceptance", [])
      return ok([{ type: "refused", on: c.on, reason: c.reason }])
  }
}

const evolve = (s: TekunState, e: TekunEvent): TekunState => {
  const base = { ...s, lastDate: e.on }
  switch (e.type) {
    case "applied":
      return { ...base, stage: "applied", applicantId: e.applicantId }
    case "accepted":
      return { ...base, stage: "accepted", acceptedOn: e.on }
    case "investigated":
      return { ...base, stage: s.stage === "reinvestigating" ? "reinvestigating" : "investigating", investigations: [...s.investigations, e.method] }
    case "appraised":
      return { ...base, appraisedOn: e.on }
    case "opinion-submitted":
      return {
        ...base,
        stage: "opinion-submitted",
        opinion: e.opinion,
        opinionOn: e.on,
        firstOpinionOn: s.firstOpinionOn ?? e.on,
        reopinionOn: s.objectionOn !== null && s.reopinionOn === null ? e.on : s.reopinionOn
      }
    case "notice-started":
      return { ...base, stage: "notice", noticeStart: e.on, noticeEnd: e.end, notice: e.notice, provisional: e.provisional === true }
    case "objection-recorded":
      // 第十五条第二款: 重新组织调查核实, a new opinion within 15 working days, and a new 公示.
      return { ...base, stage: "reinvestigating", objections: s.objections + 1, objectionOn: e.on, reopinionOn: null, investigations: [], opinion: null, noticeStart: null, noticeEnd: null, provisional: false }
    case "submitted-to-county":
      return { ...base, stage: "submitted", submittedOn: e.on }
    case "spot-checked":
      return { ...base, spotCheckedOn: e.on }
    case "confirmed":
      return { ...base, stage: "confirmed", decidedOn: e.on, paymentStart: e.paymentStart }
    case "refused":
      return { ...base, stage: "refused", decidedOn: e.on }
    case "refusal-notified":
      return { ...base, refusalNotifiedOn: e.on }
  }
}

/**
 * The 特困 认定 workflow (《特困人员认定办法》第十三条至第十八条): `decide` checks a command against
 * the state — refusing, with the article, e.g. a submission before the 7-day 公示 has run, a
 * confirmation before the submission, or (naming the calendar fix) a 公示 whose end cannot be
 * computed — and `evolve` folds the events.
 *
 * @example
 * ```ts
 * import { tekunWorkflow, tekunContext } from "@minzheng/relief"
 * import { handle, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = handle(tekunWorkflow, tekunWorkflow.initial, { type: "apply", on: isoDateUnsafe("2025-03-03"), applicantId: "p1" }, tekunContext())
 * Result.isSuccess(r) && r.success.state.stage //=> "applied"
 * ```
 * @see {@link tekunStageDeadlines}, {@link tekunSpotCheckShare}
 * @category review
 * @since 0.1.0
 */
export const tekunWorkflow: Workflow<TekunState, TekunCommand, TekunEvent, TekunContext> = {
  name: "relief.tekun",
  initial: INITIAL,
  decide: checkedDecide,
  evolve: checkedEvolve
}

/**
 * Every stage of a 特困 case with its limit, due date and status on `asOf`:
 *
 * | stage | limit | from → to | source |
 * | --- | --- | --- | --- |
 * | `township-review` | 15 working days | 受理 → first 初审意见 | 第十三条 |
 * | `notice` | 7 days (period) | 公示 start → end | 第十五条 |
 * | `objection-review` | 15 working days | latest objection → new 初审意见 | 第十五条第二款 |
 * | `county-confirmation` | 15 working days | 报送 → decision | 第十六条 |
 * | `refusal-notice` | 3 working days | 不予同意 → written notice | 第十八条 |
 *
 * Limits come from the context's bundle where it sets them, else the national series, as in force
 * on the day each stage started. Nothing is dropped: a due date the calendar cannot compute is an
 * `uncomputable` entry (“cannot be computed: calendar for 2027 not loaded”) with its typed cause.
 *
 * @throws `InvalidInput` when `state` is not a 特困 state, `context` has no work calendar, or
 *   `asOf` is not a date
 * @example
 * ```ts
 * import { tekunStageDeadlines, tekunContext, tekunWorkflow } from "@minzheng/relief"
 * import { isoDateUnsafe, replay } from "@minzheng/core"
 * const state = replay(tekunWorkflow, [
 *   { type: "applied", on: isoDateUnsafe("2025-03-03"), applicantId: "p1" },
 *   { type: "accepted", on: isoDateUnsafe("2025-03-03") }
 * ])
 * const first = tekunStageDeadlines(state, tekunContext(), isoDateUnsafe("2025-03-24"))[0]
 * ;[first.stage, first.due, first.status] //=> ["township-review", "2025-03-24", "open"]
 * ```
 * @see {@link tekunOverdueStages}
 * @category review
 * @since 0.1.0
 */
export const tekunStageDeadlines = (state: TekunState, context: TekunContext, asOf: IsoDate): ReadonlyArray<StageDeadline> => {
  checkArgs(state, context, asOf)
  const s = { ...INITIAL, ...state }
  const source = context.procedure ?? {}
  const param = (def: Parameters<typeof procedureParameterAt<number>>[0]) => (d: IsoDate) => limitOf(procedureParameterAt(def, source, d))
  const specs = [
    {
      stage: "township-review",
      label: { zh: "乡镇（街道）调查核实并提出初审意见", en: "the township's investigation and preliminary opinion" },
      citation: PROCEDURE_SOURCES.tekunTownshipReview,
      startedOn: s.acceptedOn,
      completedOn: s.firstOpinionOn,
      limit: param(PROCEDURE_PARAMETERS.tekunTownshipReview)
    },
    {
      stage: "notice",
      kind: "period" as const,
      label: { zh: "初审意见公示期", en: "public notice of the preliminary opinion" },
      citation: PROCEDURE_SOURCES.tekunNotice,
      startedOn: s.noticeStart,
      completedOn: null,
      limit: param(PROCEDURE_PARAMETERS.tekunNoticeDays),
      ...(s.noticeEnd === null ? {} : { storedDue: { due: s.noticeEnd, provisional: s.provisional } })
    },
    {
      stage: "objection-review",
      label: { zh: "公示有异议，重新调查核实并提出初审意见", en: "new investigation and opinion after an objection" },
      citation: PROCEDURE_SOURCES.tekunObjection,
      startedOn: s.objectionOn,
      completedOn: s.reopinionOn,
      limit: param(PROCEDURE_PARAMETERS.tekunObjectionReview)
    },
    {
      stage: "county-confirmation",
      label: { zh: "县级民政部门审核、抽查并提出确认意见", en: "the county's review, spot check and confirmation" },
      citation: PROCEDURE_SOURCES.tekunCountyConfirmation,
      startedOn: s.submittedOn,
      completedOn: s.submittedOn === null ? null : s.decidedOn,
      limit: param(PROCEDURE_PARAMETERS.tekunCountyConfirmation)
    },
    {
      stage: "refusal-notice",
      label: { zh: "不予同意书面告知申请人", en: "written notice of the refusal" },
      citation: PROCEDURE_SOURCES.tekunRefusalNotice,
      startedOn: s.stage === "refused" ? s.decidedOn : null,
      completedOn: s.refusalNotifiedOn,
      limit: param(PROCEDURE_PARAMETERS.tekunRefusalNotice)
    }
  ]
  return specs.map((spec) => evaluateStage(spec, context.calendar, asOf))
}

/**
 * The stages of a 特困 case that need attention on `asOf`: each `overdue` stage (which stage, its
 * due date, days overdue) and each stage whose deadline cannot be computed (never dropped).
 *
 * @throws `InvalidInput` as {@link tekunStageDeadlines}
 * @example
 * ```ts
 * import { tekunOverdueStages, tekunContext, tekunWorkflow } from "@minzheng/relief"
 * import { isoDateUnsafe, replay } from "@minzheng/core"
 * const state = replay(tekunWorkflow, [
 *   { type: "applied", on: isoDateUnsafe("2025-03-03"), applicantId: "p1" },
 *   { type: "accepted", on: isoDateUnsafe("2025-03-03") }
 * ])
 * tekunOverdueStages(state, tekunContext(), isoDateUnsafe("2025-03-25")).map((d) => [d.stage, d.daysOverdue]) //=> [["township-review", 1]]
 * ```
 * @category review
 * @since 0.1.0
 */
export const tekunOverdueStages = (state: TekunState, context: TekunContext, asOf: IsoDate): ReadonlyArray<StageDeadline> =>
  needingAttention(tekunStageDeadlines(state, context, asOf))

/**
 * The open deadlines of a 特困 case as core `Deadline`s (for `listByDue` over a case store): each
 * started, unfinished stage. When the calendar cannot compute one of them, the whole answer is the
 * typed `CalendarYearNotCovered` (its message names both fixes) — a deadline is never left out.
 *
 * @throws `InvalidInput` as {@link tekunStageDeadlines}
 * @example
 * ```ts
 * import { tekunDeadlines, tekunContext, tekunWorkflow } from "@minzheng/relief"
 * import { isoDateUnsafe, replay } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const state = replay(tekunWorkflow, [
 *   { type: "applied", on: isoDateUnsafe("2025-03-03"), applicantId: "p1" },
 *   { type: "accepted", on: isoDateUnsafe("2025-03-03") }
 * ])
 * const r = tekunDeadlines("t1", state, tekunContext(), isoDateUnsafe("2025-03-05"))
 * Result.isSuccess(r) && r.success.map((d) => [d.kind, d.due]) //=> [["tekun.township-review", "2025-03-24"]]
 * ```
 * @category review
 * @since 0.1.0
 */
export const tekunDeadlines = (
  caseId: string,
  state: TekunState,
  context: TekunContext,
  asOf: IsoDate
): Result.Result<ReadonlyArray<Deadline>, CalendarYearNotCovered> => {
  if (typeof caseId !== "string" || caseId.length === 0) throw invalidInput([issue(["caseId"], "invalid_type", "案件编号应为非空文本", "the case id must be non-empty text")])
  const out: Deadline[] = []
  for (const d of tekunStageDeadlines(state, context, asOf)) {
    if (d.status === "uncomputable" && d.problem !== undefined && d.problem._tag === "CalendarYearNotCovered") return Result.fail(d.problem)
    if (d.due === null || !(d.status === "open" || d.status === "overdue")) continue
    const label = d.provisional ? { zh: `${d.label.zh}（临时推算）`, en: `${d.label.en} (provisional)` } : d.label
    out.push({ caseId, kind: `tekun.${d.stage}`, due: d.due, label })
  }
  return Result.succeed(out)
}

/**
 * The county's spot checks over a set of 特困 cases (see {@link tekunSpotCheckShare}).
 *
 * @example
 * ```ts
 * import type { SpotCheckShare } from "@minzheng/relief"
 * const shortBy = (s: SpotCheckShare) => Math.max(0, s.required - s.spotChecked)
 * ```
 * @category review
 * @since 0.1.0
 */
export interface SpotCheckShare {
  /** Cases submitted to the county. */
  readonly submitted: number
  /** Of those, the cases spot-checked. */
  readonly spotChecked: number
  /** The minimum: the share in force times `submitted`, rounded up to a whole case. */
  readonly required: number
  readonly met: boolean
  /** The share in force on the date (e.g. `"0.3"`), with its source. */
  readonly share: ResolvedParameter<string>
  readonly citation: Citation
}

/**
 * The county's spot checks over a set of 特困 cases (第十六条: “按照不低于30%的比例随机抽查核实”): how
 * many cases were submitted, how many were spot-checked, the minimum (the share in force on
 * `asOf` times the submitted count, rounded up to a whole case) and whether it is met.
 *
 * Fails (a `Result`) with `ParameterMissing` (or `InvalidInput` for a malformed value) when the
 * context's procedure bundle has no share in force on `asOf`.
 *
 * @throws `InvalidInput` when `states` is not a list of 特困 states or `asOf` not a date
 * @example
 * ```ts
 * import { tekunSpotCheckShare, tekunContext, tekunWorkflow } from "@minzheng/relief"
 * import { Result, isoDateUnsafe, replay } from "@minzheng/core"
 * const submitted = (id: string, checked: boolean) => replay(tekunWorkflow, [
 *   { type: "applied", on: isoDateUnsafe("2025-03-03"), applicantId: id },
 *   { type: "accepted", on: isoDateUnsafe("2025-03-03") },
 *   { type: "investigated", on: isoDateUnsafe("2025-03-04"), method: "home-visit" },
 *   { type: "opinion-submitted", on: isoDateUnsafe("2025-03-10"), opinion: "approve" },
 *   { type: "submitted-to-county", on: isoDateUnsafe("2025-03-20") },
 *   ...(checked ? [{ type: "spot-checked" as const, on: isoDateUnsafe("2025-03-25") }] : [])
 * ])
 * const r = Result.getOrThrow(tekunSpotCheckShare([submitted("a", true), submitted("b", false), submitted("c", false), submitted("d", false)], tekunContext(), isoDateUnsafe("2025-03-31")))
 * ;[r.submitted, r.spotChecked, r.required, r.met] //=> [4, 1, 2, false]
 * ```
 * @see {@link tekunSpotCheckShareUnsafe}
 * @category review
 * @since 0.1.0
 */
export const tekunSpotCheckShare = (
  states: ReadonlyArray<TekunState>,
  context: TekunContext,
  asOf: IsoDate
): Result.Result<SpotCheckShare, ParameterMissing | InvalidInput> => {
  const issues: Issue[] = []
  if (!Array.isArray(states)) issues.push(issue(["states"], "invalid_type", "应为特困案件状态的列表", "expected a list of tekun states"))
  else states.forEach((st, i) => issues.push(...stateIssues(st).map((x) => ({ ...x, path: ["states", i, ...x.path.slice(1)] }))))
  if (!isIsoDate(asOf)) issues.push(issue(["asOf"], "invalid_date", "不是有效的日期", "not a valid date"))
  if (issues.length > 0) throw invalidInput(issues)
  const submitted = states.filter((st) => st.submittedOn !== null && st.submittedOn !== undefined).length
  const spotChecked = states.filter((st) => st.submittedOn != null && st.spotCheckedOn != null).length
  const share = procedureParameterAt(PROCEDURE_PARAMETERS.tekunSpotCheckShare, context?.procedure ?? {}, asOf)
  if (Result.isFailure(share)) return Result.fail(share.failure)
  const required = new Decimal(share.success.value).times(submitted).ceil().toNumber()
  return Result.succeed({ submitted, spotChecked, required, met: spotChecked >= required, share: share.success, citation: PROCEDURE_SOURCES.tekunCountyConfirmation })
}

/**
 * Like {@link tekunSpotCheckShare}, throwing the typed error the `Result` would carry.
 *
 * @throws `ParameterMissing` when no share is in force; `InvalidInput` as {@link tekunSpotCheckShare}
 * @example
 * ```ts
 * import { tekunSpotCheckShareUnsafe, tekunContext } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * tekunSpotCheckShareUnsafe([], tekunContext(), isoDateUnsafe("2025-03-31")).share.value //=> "0.3"
 * ```
 * @category review
 * @since 0.1.0
 */
export const tekunSpotCheckShareUnsafe = (states: ReadonlyArray<TekunState>, context: TekunContext, asOf: IsoDate): SpotCheckShare => {
  const r = tekunSpotCheckShare(states, context, asOf)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

const stateIssues = (state: unknown): Issue[] => {
  if (typeof state !== "object" || state === null) return [issue(["state"], "invalid_type", "不是特困案件状态", "not a tekun state")]
  const issues: Issue[] = []
  const st = state as Record<string, unknown>
  if (typeof st["stage"] !== "string" || !Object.hasOwn(TEKUN_STAGE_NAMES, st["stage"])) issues.push(issue(["state", "stage"], "invalid_value", "案件阶段无效", "unknown tekun stage"))
  for (const k of ["acceptedOn", "firstOpinionOn", "objectionOn", "reopinionOn", "noticeStart", "noticeEnd", "submittedOn", "spotCheckedOn", "decidedOn", "refusalNotifiedOn"]) {
    const v = st[k]
    if (v !== undefined && v !== null && !isIsoDate(v)) issues.push(issue(["state", k], "invalid_type", "应为日期或 null", "must be a date or null"))
  }
  return issues
}

const checkArgs = (state: unknown, context: unknown, asOf: unknown): void => {
  const issues = stateIssues(state)
  if (typeof context !== "object" || context === null || !((context as { calendar?: unknown }).calendar instanceof WorkCalendar)) {
    issues.push(issue(["context", "calendar"], "invalid_calendar", "上下文中没有工作日历（WorkCalendar）", "the context has no WorkCalendar"))
  }
  if (!isIsoDate(asOf)) issues.push(issue(["asOf"], "invalid_date", "不是有效的日期", "not a valid date"))
  if (issues.length > 0) throw invalidInput(issues)
}

