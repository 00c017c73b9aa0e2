/**
 * 流浪乞讨人员救助 case (a stay at a 救助站): 求助 → 受助 (or 不予救助 with reasons) → services →
 * 延长 (with 备案) → 离站 (自行返回 with a ticket, 亲属接回, 流出地民政部门接回, 户籍地安置, 自愿离站,
 * 擅自离站 or 终止救助) → 回访 after return, as an event-sourced workflow on core's kernel.
 *
 * 实施细则 第十二条：“救助站应当根据受助人员的情况确定救助期限，一般不超过10天；因特殊情况需要延长的，报上级
 * 民政主管部门备案。” The 10 days are counted as 《民法典》第二百零一条 counts periods (“开始的当日不计入，自下
 * 一日开始计算”): admitted on 3月1日, the stay may run through 3月11日. The 第二百零三条 holiday rule is not
 * applied: the period limits how long the station gives food and lodging, which it does on holidays too.
 * 办法 第十一条：“救助站应当劝导受助人员返回其住所地或者所在单位，不得限制受助人员离开救助站。救助站对受助的
 * 残疾人、未成年人、老年人应当给予照顾；对查明住址的，及时通知其亲属或者所在单位领回；对无家可归的，由其户籍
 * 所在地人民政府妥善安置。” 实施细则（接回条款）：“对受助人员中的残疾人、未成年人或者其他行动不便的人，救助站
 * 应当通知其亲属或者所在单位接回；亲属或者所在单位拒不接回的，省内的由流入地人民政府民政部门通知流出地人民
 * 政府民政部门接回，送其亲属或者所在单位；跨省的由流入地省级人民政府民政部门通知流出地省级人民政府民政部门
 * 接回，送其亲属或者所在单位。” 第十一条：“受助人员返回常住户口所在地、住所地或者所在单位时没有交通费的，
 * 由救助站发给乘车（船）凭证”. Seed 001 (滨州): returned people are visited “每月不少于1次”.
 *
 * @module
 */
import {
  type Bilingual,
  type Deadline,
  type InvalidInput,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type RegionCode,
  RegionCodeSchema,
  TransitionRefused,
  type Workflow,
  addDays,
  ageOn,
  daysBetween,
  decode,
  invalidInput,
  issue
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { opaque } from "../internal/opaque.js"
import { type VagrantPerson, VagrantPersonSchema, VagrancyRequestSchema, assessVagrancyRequest, decodeVagrancyRequest } from "./request.js"
import { VAGRANCY_SOURCES as S } from "./sources.js"
import {
  contextNotObject,
  dateOrNull,
  decodedOr,
  isBool,
  isCount,
  isList,
  keyOf,
  oneOfOrNull,
  rememberingDecoder,
  stateShapeIssues,
  textOrNull,
  throwIfAny
} from "../internal/workflow-guard.js"

const on = IsoDateSchema
const Bi = z.strictObject({ zh: z.string(), en: z.string() })

/**
 * How a stay ends (离站方式), Chinese and English names.
 *
 * @example
 * ```ts
 * import { DISCHARGE_MODE_NAMES } from "@minzheng/relief"
 * DISCHARGE_MODE_NAMES.transferred.zh //=> "流出地民政部门接回"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const DISCHARGE_MODE_NAMES = {
  returned: { zh: "劝导返回住所地或所在单位", en: "returned home on their own" },
  collected: { zh: "亲属或所在单位接回", en: "collected by relatives or employer" },
  transferred: { zh: "流出地民政部门接回", en: "taken back by the home civil-affairs department" },
  placed: { zh: "户籍所在地人民政府安置", en: "placed by the home government" },
  left: { zh: "自愿放弃救助离站", en: "left of their own will" },
  absconded: { zh: "擅自离站", en: "left without notice" },
  terminated: { zh: "终止救助", en: "help ended by the station" }
} as const satisfies Record<string, Bilingual>

/**
 * A discharge mode.
 *
 * @example
 * ```ts
 * import type { DischargeMode } from "@minzheng/relief"
 * const m: DischargeMode = "collected"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type DischargeMode = keyof typeof DISCHARGE_MODE_NAMES

const MODES = Object.keys(DISCHARGE_MODE_NAMES) as [DischargeMode, ...DischargeMode[]]
const RETURN_HOME: ReadonlySet<DischargeMode> = new Set(["returned", "collected", "transferred", "placed"])

/**
 * Outcomes of a 回访 (follow-up visit), Chinese and English names.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_OUTCOME_NAMES } from "@minzheng/relief"
 * FOLLOW_UP_OUTCOME_NAMES["wandering-again"].zh //=> "再次外出流浪"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const FOLLOW_UP_OUTCOME_NAMES = {
  settled: { zh: "在家生活稳定", en: "settled at home" },
  "wandering-again": { zh: "再次外出流浪", en: "homeless again" },
  "not-found": { zh: "未见本人", en: "not found" }
} as const satisfies Record<string, Bilingual>

/**
 * The services a 救助站 provides (食物、住处、医疗、联系亲属), Chinese and English names.
 *
 * @example
 * ```ts
 * import { SERVICE_NAMES } from "@minzheng/relief"
 * SERVICE_NAMES.lodging.zh //=> "提供符合基本条件的住处"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const SERVICE_NAMES = {
  food: { zh: "提供符合食品卫生要求的食物", en: "food" },
  lodging: { zh: "提供符合基本条件的住处", en: "lodging" },
  medical: { zh: "对在站内突发疾病的，及时送医院救治", en: "medical care" },
  "contact-family": { zh: "帮助与其亲属或者所在单位联系", en: "contacting family" }
} as const satisfies Record<string, Bilingual>

/**
 * The services a 救助站 provides (食物、住处、医疗、联系亲属) (the keys of {@link SERVICE_NAMES}).
 *
 * @example
 * ```ts
 * import type { StationService } from "@minzheng/relief"
 * const x: StationService = "food"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type StationService = keyof typeof SERVICE_NAMES

/**
 * Who made a follow-up visit after a return home, Chinese and English names.
 *
 * @example
 * ```ts
 * import { VISITOR_NAMES } from "@minzheng/relief"
 * VISITOR_NAMES.liaison.zh //=> "联络员"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VISITOR_NAMES = {
  "social-worker": { zh: "社会工作者", en: "social worker" },
  liaison: { zh: "联络员", en: "liaison" }
} as const satisfies Record<string, Bilingual>

/**
 * Who made a follow-up visit after a return home (the keys of {@link VISITOR_NAMES}).
 *
 * @example
 * ```ts
 * import type { FollowUpVisitor } from "@minzheng/relief"
 * const x: FollowUpVisitor = "social-worker"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type FollowUpVisitor = keyof typeof VISITOR_NAMES

/**
 * Whether a guardian was found at a follow-up visit, Chinese and English names.
 *
 * @example
 * ```ts
 * import { GUARDIAN_STATUS_NAMES } from "@minzheng/relief"
 * GUARDIAN_STATUS_NAMES.absent.zh //=> "监护人不在"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const GUARDIAN_STATUS_NAMES = {
  present: { zh: "监护人在", en: "guardian present" },
  absent: { zh: "监护人不在", en: "guardian absent" },
  unable: { zh: "监护人无力监护", en: "guardian unable to care" }
} as const satisfies Record<string, Bilingual>

/**
 * Whether a guardian was found at a follow-up visit (the keys of {@link GUARDIAN_STATUS_NAMES}).
 *
 * @example
 * ```ts
 * import type { GuardianStatus } from "@minzheng/relief"
 * const x: GuardianStatus = "present"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type GuardianStatus = keyof typeof GUARDIAN_STATUS_NAMES

/**
 * Who arranges an escort home (接送返乡), Chinese and English names.
 *
 * @example
 * ```ts
 * import { ESCORT_LEVEL_NAMES } from "@minzheng/relief"
 * ESCORT_LEVEL_NAMES.provincial.zh //=> "省级民政部门协调"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const ESCORT_LEVEL_NAMES = {
  county: { zh: "县级救助管理机构", en: "county station" },
  provincial: { zh: "省级民政部门协调", en: "provincial coordination" }
} as const satisfies Record<string, Bilingual>

/**
 * Who arranges an escort home (接送返乡) (the keys of {@link ESCORT_LEVEL_NAMES}).
 *
 * @example
 * ```ts
 * import type { EscortLevel } from "@minzheng/relief"
 * const x: EscortLevel = "county"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type EscortLevel = keyof typeof ESCORT_LEVEL_NAMES

/**
 * Zod schema of a command on a vagrancy case.
 *
 * @example
 * ```ts
 * import { VagrancyCommandSchema } from "@minzheng/relief"
 * VagrancyCommandSchema.safeParse({ type: "provide-service", on: "2025-03-02", service: "food" }).success //=> true
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VagrancyCommandSchema = opaque(
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("request-help"), on, request: VagrancyRequestSchema }),
    z.strictObject({ type: z.literal("identify"), on, person: VagrantPersonSchema }),
    z.strictObject({ type: z.literal("provide-service"), on, service: z.enum(Object.keys(SERVICE_NAMES) as [StationService, ...StationService[]]) }),
    z.strictObject({ type: z.literal("extend"), on, until: on, reason: z.string().check(z.minLength(1)), filedWith: z.string().check(z.minLength(1)) }),
    z.strictObject({
      type: z.literal("discharge"),
      on,
      mode: z.enum(MODES),
      destination: z.optional(RegionCodeSchema),
      ticket: z.optional(z.boolean()),
      reason: z.optional(z.string().check(z.minLength(1)))
    }),
    z.strictObject({
      type: z.literal("follow-up"),
      on,
      outcome: z.enum(["settled", "wandering-again", "not-found"]),
      visitor: z.enum(Object.keys(VISITOR_NAMES) as [FollowUpVisitor, ...FollowUpVisitor[]]),
      guardian: z.optional(z.enum(Object.keys(GUARDIAN_STATUS_NAMES) as [GuardianStatus, ...GuardianStatus[]])),
      note: z.optional(z.string().check(z.minLength(1)))
    })
  ])
)

/**
 * A command on a vagrancy case.
 *
 * @example
 * ```ts
 * import type { VagrancyCommand } from "@minzheng/relief"
 * const c: VagrancyCommand = { type: "provide-service", on: "2025-03-02" as any, service: "lodging" }
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type VagrancyCommand = z.infer<typeof VagrancyCommandSchema>

/**
 * Zod schema of a vagrancy case event (what the case store keeps).
 *
 * @example
 * ```ts
 * import { VagrancyEventSchema } from "@minzheng/relief"
 * VagrancyEventSchema.safeParse({ type: "service-provided", on: "2025-03-02", service: "food" }).success //=> true
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VagrancyEventSchema = opaque(
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("admitted"), on, person: VagrantPersonSchema, pendingIdentity: z.boolean(), limitEnd: on }),
    z.strictObject({ type: z.literal("help-refused"), on, person: VagrantPersonSchema, reasons: z.array(Bi) }),
    z.strictObject({ type: z.literal("identified"), on, person: VagrantPersonSchema }),
    z.strictObject({ type: z.literal("service-provided"), on, service: z.enum(Object.keys(SERVICE_NAMES) as [StationService, ...StationService[]]) }),
    z.strictObject({ type: z.literal("extended"), on, until: on, reason: z.string(), filedWith: z.string() }),
    z.strictObject({
      type: z.literal("discharged"),
      on,
      mode: z.enum(MODES),
      destination: z.nullable(RegionCodeSchema),
      ticket: z.boolean(),
      escortLevel: z.nullable(z.enum(Object.keys(ESCORT_LEVEL_NAMES) as [EscortLevel, ...EscortLevel[]])),
      reason: z.nullable(z.string())
    }),
    z.strictObject({
      type: z.literal("followed-up"),
      on,
      outcome: z.enum(["settled", "wandering-again", "not-found"]),
      visitor: z.enum(Object.keys(VISITOR_NAMES) as [FollowUpVisitor, ...FollowUpVisitor[]]),
      guardian: z.nullable(z.enum(Object.keys(GUARDIAN_STATUS_NAMES) as [GuardianStatus, ...GuardianStatus[]])),
      note: z.nullable(z.string())
    })
  ])
)

/**
 * A vagrancy case event.
 *
 * @example
 * ```ts
 * import type { VagrancyEvent } from "@minzheng/relief"
 * const e: VagrancyEvent = { type: "service-provided", on: "2025-03-02" as any, service: "food" }
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type VagrancyEvent = z.infer<typeof VagrancyEventSchema>

/**
 * Decodes a vagrancy command from untrusted input.
 *
 * @example
 * ```ts
 * import { decodeVagrancyCommand } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(decodeVagrancyCommand({ type: "provide-service", on: "2025-03-02", service: "food" })) //=> true
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const decodeVagrancyCommand = (u: unknown): Result.Result<VagrancyCommand, InvalidInput> => COMMANDS.decode(u)

// What the decoders (or decide) produced is remembered, so the workflow never decodes it again.
const COMMANDS = rememberingDecoder((u: unknown): Result.Result<VagrancyCommand, InvalidInput> => decode(VagrancyCommandSchema, u))
const EVENTS = rememberingDecoder((u: unknown): Result.Result<VagrancyEvent, InvalidInput> => decode(VagrancyEventSchema, u))

/**
 * Decodes a stored vagrancy event.
 *
 * @example
 * ```ts
 * import { decodeVagrancyEvent } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeVagrancyEvent({ type: "nope" })) //=> true
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const decodeVagrancyEvent = (u: unknown): Result.Result<VagrancyEvent, InvalidInput> => EVENTS.decode(u)

/**
 * Stages of a vagrancy case, Chinese and English names.
 *
 * @example
 * ```ts
 * import { VAGRANCY_STAGE_NAMES } from "@minzheng/relief"
 * VAGRANCY_STAGE_NAMES["in-care"].zh //=> "在站受助"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VAGRANCY_STAGE_NAMES = {
  new: { zh: "未求助", en: "no request yet" },
  refused: { zh: "不予救助", en: "help refused" },
  "in-care": { zh: "在站受助", en: "in care" },
  returned: { zh: "已返乡（回访中）", en: "returned home (follow-up)" },
  closed: { zh: "已离站", en: "closed" }
} as const satisfies Record<string, Bilingual>

/**
 * A vagrancy case stage.
 *
 * @example
 * ```ts
 * import type { VagrancyStage } from "@minzheng/relief"
 * const s: VagrancyStage = "in-care"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type VagrancyStage = keyof typeof VAGRANCY_STAGE_NAMES

/**
 * One 回访 as folded into the state.
 *
 * @example
 * ```ts
 * import type { FollowUp } from "@minzheng/relief"
 * const again = (f: FollowUp) => f.outcome === "wandering-again"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface FollowUp {
  readonly on: IsoDate
  readonly outcome: keyof typeof FOLLOW_UP_OUTCOME_NAMES
  readonly visitor: FollowUpVisitor
  readonly guardian: GuardianStatus | null
}

/**
 * The state of a vagrancy case: a fold over its events.
 *
 * @example
 * ```ts
 * import { vagrancyWorkflow } from "@minzheng/relief"
 * vagrancyWorkflow.initial.stage //=> "new"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface VagrancyState {
  readonly stage: VagrancyStage
  readonly person: VagrantPerson | null
  readonly lastDate: IsoDate | null
  readonly admittedOn: IsoDate | null
  readonly pendingIdentity: boolean
  /** The last day of the stay (the 10-day limit or the date it was extended to). */
  readonly limitEnd: IsoDate | null
  readonly extensions: number
  readonly services: number
  readonly refusalReasons: ReadonlyArray<Bilingual>
  readonly dischargedOn: IsoDate | null
  readonly mode: DischargeMode | null
  readonly destination: RegionCode | null
  readonly ticket: boolean
  readonly escortLevel: EscortLevel | null
  readonly followUps: ReadonlyArray<FollowUp>
}

/**
 * What {@link vagrancyWorkflow} decides with: the station's region (for 省内 / 跨省 接回) and the
 * stay limit in days (实施细则 第十二条: 10).
 *
 * @example
 * ```ts
 * import { vagrancyContext } from "@minzheng/relief"
 * vagrancyContext("371602").stayLimitDays //=> 10
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface VagrancyContext {
  readonly stationRegion: RegionCode
  readonly stayLimitDays: number
}

/**
 * The stay limit of 实施细则 第十二条 (“一般不超过10天”), with its source.
 *
 * @example
 * ```ts
 * import { VAGRANCY_STAY_LIMIT } from "@minzheng/relief"
 * VAGRANCY_STAY_LIMIT.days //=> 10
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VAGRANCY_STAY_LIMIT = { days: 10, source: S.stayLimit } as const

/**
 * The context of a station: its region code and the 10-day stay limit (or another, e.g. a
 * province's shorter one).
 *
 * @throws `InvalidInput` for an invalid region code or a limit that is not a positive integer
 * @example
 * ```ts
 * import { vagrancyContext } from "@minzheng/relief"
 * vagrancyContext("371602", 7).stayLimitDays //=> 7
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const vagrancyContext = (stationRegion: string, stayLimitDays: number = VAGRANCY_STAY_LIMIT.days): VagrancyContext => {
  const issues: Issue[] = []
  const region = RegionCodeSchema.safeParse(stationRegion)
  if (!region.success) issues.push(issue(["stationRegion"], "invalid_region", "救助站所在地区划代码无效", "the station's region code is not valid"))
  if (!Number.isInteger(stayLimitDays) || stayLimitDays < 1 || stayLimitDays > 366) {
    issues.push(issue(["stayLimitDays"], "invalid_value", "救助期限应为1至366之间的整数天", "the stay limit must be a whole number of days from 1 to 366"))
  }
  if (issues.length > 0) throw invalidInput(issues)
  return { stationRegion: region.data as RegionCode, stayLimitDays }
}

const INITIAL: VagrancyState = {
  stage: "new",
  person: null,
  lastDate: null,
  admittedOn: null,
  pendingIdentity: false,
  limitEnd: null,
  extensions: 0,
  services: 0,
  refusalReasons: [],
  dischargedOn: null,
  mode: null,
  destination: null,
  ticket: false,
  escortLevel: null,
  followUps: []
}

type Citations = ReadonlyArray<(typeof S)[keyof typeof S]>

const refuse = (s: VagrancyState, command: string, zh: string, en: string, citations: Citations = [], details?: Record<string, unknown>) =>
  Result.fail(new TransitionRefused({ state: s.stage, command, reason: { zh, en }, citations, ...(details === undefined ? {} : { details }) }))

const ok = (events: ReadonlyArray<VagrancyEvent>) => Result.succeed(events.map(EVENTS.mark))

/** Whether the person must be collected rather than leave alone (实施细则 接回条款). */
const needsCollection = (p: VagrantPerson | null, date: IsoDate): Bilingual | null => {
  if (p === null) return null
  if (p.birthDate !== undefined && ageOn(p.birthDate, date) < 18) return { zh: "未成年人", en: "a minor" }
  if (p.disabled === true) return { zh: "残疾人", en: "a disabled person" }
  if (p.mobilityImpaired === true) return { zh: "行动不便的人", en: "a person with impaired mobility" }
  return null
}

const province = (r: string) => r.slice(0, 2)

// What decide and evolve read of a state; a state folded by the workflow always passes. The
// person is read by decide (its id, birth date and needs), so its fields are checked too.
const isPerson = (u: unknown): boolean => {
  if (u === null) return true
  if (typeof u !== "object" || Array.isArray(u)) return false
  const p = u as Record<string, unknown>
  return (
    typeof p["id"] === "string" &&
    (p["birthDate"] === undefined || dateOrNull(p["birthDate"])) &&
    (p["disabled"] === undefined || typeof p["disabled"] === "boolean") &&
    (p["mobilityImpaired"] === undefined || typeof p["mobilityImpaired"] === "boolean")
  )
}
const STATE_SPEC = {
  stage: keyOf(VAGRANCY_STAGE_NAMES),
  person: isPerson,
  lastDate: dateOrNull,
  admittedOn: dateOrNull,
  pendingIdentity: isBool,
  limitEnd: dateOrNull,
  extensions: isCount,
  services: isCount,
  refusalReasons: isList,
  dischargedOn: dateOrNull,
  mode: oneOfOrNull(Object.keys(DISCHARGE_MODE_NAMES)),
  destination: textOrNull,
  ticket: isBool,
  escortLevel: oneOfOrNull(["county", "provincial"]),
  followUps: isList
}
const WHAT = { zh: "流浪乞讨救助案件状态", en: "vagrancy case state" }

const stateIssues = (state: unknown): Issue[] => {
  const issues = stateShapeIssues(state, STATE_SPEC, WHAT)
  // A stay in care has its admission and its last day (both set by the "admitted" event).
  if (issues.length === 0) {
    const st = state as VagrancyState
    if (st.stage === "in-care" && (st.admittedOn === null || st.limitEnd === null)) {
      issues.push(issue(["state", "admittedOn"], "invalid_state_field", "在站受助的案件应有受助日期和救助期限", "a stay in care has its admission date and its last day"))
    }
  }
  return issues
}

const contextIssues = (ctx: unknown): Issue[] => {
  const issues = contextNotObject(ctx)
  if (issues.length > 0) return issues
  const { stationRegion, stayLimitDays } = ctx as { stationRegion?: unknown; stayLimitDays?: unknown }
  if (!RegionCodeSchema.safeParse(stationRegion).success) issues.push(issue(["context", "stationRegion"], "invalid_region", "救助站所在地区划代码无效", "the station's region code is not valid"))
  if (typeof stayLimitDays !== "number" || !Number.isInteger(stayLimitDays) || stayLimitDays < 1 || stayLimitDays > 366) {
    issues.push(issue(["context", "stayLimitDays"], "invalid_value", "救助期限应为1至366之间的整数天", "the stay limit must be a whole number of days from 1 to 366"))
  }
  return issues
}

const isRequestHelp = (u: unknown): boolean => typeof u === "object" && u !== null && (u as { type?: unknown }).type === "request-help"

// The workflow's entry points: a malformed state, command, event or context is one typed
// InvalidInput listing every problem (never a TypeError); what passes goes to the rules unchanged.
const checkedDecide = (state: VagrancyState, command: VagrancyCommand, context: VagrancyContext): Result.Result<ReadonlyArray<VagrancyEvent>, TransitionRefused> => {
  const issues = stateIssues(state)
  const decoded = COMMANDS.decode(command)
  let c: VagrancyCommand | undefined
  if (Result.isFailure(decoded) && isRequestHelp(command)) {
    // The request itself is the applicant's information: decide refuses an invalid one with
    // 实施细则 第五条 (a TransitionRefused listing its problems), as it always did. Only the
    // command's own fields (type, date, no unknown keys) are input errors here.
    const own = decoded.failure.issues.filter((i) => i.path[0] !== "request")
    for (const i of own) issues.push({ ...i, path: ["command", ...i.path] })
    if (own.length === 0) c = command
  } else c = decodedOr(decoded, "command", issues)
  issues.push(...contextIssues(context))
  throwIfAny(issues)
  return decide(state, c!, context)
}

const checkedEvolve = (state: VagrancyState, event: VagrancyEvent): VagrancyState => {
  const issues = stateIssues(state)
  const e = decodedOr(EVENTS.decode(event), "event", issues)
  throwIfAny(issues)
  return evolve(state, e!)
}

const decide = (s: VagrancyState, c: VagrancyCommand, ctx: VagrancyContext): Result.Result<ReadonlyArray<VagrancyEvent>, TransitionRefused> => {
  if (s.lastDate !== null && c.on < s.lastDate) return refuse(s, c.type, `日期 ${c.on} 早于上一步骤日期 ${s.lastDate}`, `date ${c.on} is before the previous step (${s.lastDate})`)
  if (s.stage === "refused" || s.stage === "closed") return refuse(s, c.type, "本次求助已办结，再次求助应新建案件", "this stay is closed; a new request opens a new case")
  switch (c.type) {
    case "request-help": {
      if (s.stage !== "new") return refuse(s, c.type, "已受理求助", "the request was already handled")
      const request = decodeVagrancyRequest(c.request)
      if (Result.isFailure(request)) return refuse(s, c.type, "求助信息无效", "the request is not valid", [S.information], { issues: request.failure.issues })
      const a = assessVagrancyRequest(request.success)
      if (a.outcome === "refused") return ok([{ type: "help-refused", on: c.on, person: request.success.person, reasons: [...a.reasons] }])
      return ok([{ type: "admitted", on: c.on, person: request.success.person, pendingIdentity: a.outcome === "admitted-pending-identity", limitEnd: addDays(c.on, ctx.stayLimitDays) }])
    }
    case "identify":
      if (s.stage !== "in-care" || s.person === null) return refuse(s, c.type, "只能在受助期间查明身份", "identity is checked during the stay", [S.admission])
      if (c.person.id !== s.person.id) return refuse(s, c.type, "受助人员编号不符", "the person id does not match")
      return ok([{ type: "identified", on: c.on, person: c.person }])
    case "provide-service":
      if (s.stage !== "in-care" || s.limitEnd === null) return refuse(s, c.type, "只能为在站受助人员提供救助", "services are for people in care", [S.services])
      if (c.on > s.limitEnd) {
        return refuse(
          s,
          c.type,
          `救助期限至 ${s.limitEnd} 届满；因特殊情况需要延长的，应报上级民政主管部门备案后继续救助`,
          `the stay ended on ${s.limitEnd}; an extension filed with the higher civil-affairs department is needed first`,
          [S.stayLimit, S.periodCounting],
          { limitEnd: s.limitEnd, day: daysBetween(s.admittedOn!, c.on) }
        )
      }
      return ok([{ type: "service-provided", on: c.on, service: c.service }])
    case "extend":
      if (s.stage !== "in-care" || s.limitEnd === null) return refuse(s, c.type, "只能延长在站受助人员的救助期限", "only a stay in progress can be extended", [S.stayLimit])
      if (c.on > s.limitEnd) {
        return refuse(s, c.type, `救助期限已于 ${s.limitEnd} 届满，不能事后延长`, `the stay ended on ${s.limitEnd}; it cannot be extended afterwards`, [S.stayLimit], { limitEnd: s.limitEnd })
      }
      if (c.until <= s.limitEnd) return refuse(s, c.type, `延长后的期限应晚于 ${s.limitEnd}`, `the new end must be after ${s.limitEnd}`, [S.stayLimit])
      return ok([{ type: "extended", on: c.on, until: c.until, reason: c.reason, filedWith: c.filedWith }])
    case "discharge": {
      if (s.stage !== "in-care") return refuse(s, c.type, "只能为在站受助人员办理离站", "only a person in care can be discharged", [S.returnAndCare])
      const who = needsCollection(s.person, c.on)
      if (who !== null && (c.mode === "returned" || c.mode === "left")) {
        return refuse(s, c.type, `受助人员为${who.zh}，应通知其亲属或者所在单位接回，或由流出地民政部门接回、户籍所在地人民政府安置`, `the person is ${who.en}: relatives, the employer or the home civil-affairs department must collect them`, [S.returnAndCare, S.collection])
      }
      if (c.ticket === true && c.mode !== "returned") return refuse(s, c.type, "乘车凭证只发给自行返回住所地或所在单位的受助人员", "a travel ticket is for a person returning on their own", [S.ticket])
      if ((c.mode === "transferred" || c.mode === "placed") && c.destination === undefined) {
        return refuse(s, c.type, "流出地接回或户籍地安置须注明去向地区划代码", "give the destination region for a transfer or placement", [S.collection, S.returnAndCare])
      }
      if (c.mode === "terminated" && c.reason === undefined) return refuse(s, c.type, "终止救助须注明理由", "give the reason for ending the help", [S.falseInformation])
      const escortLevel = c.mode === "transferred" && c.destination !== undefined ? (province(c.destination) === province(ctx.stationRegion) ? "county" : "provincial") : null
      return ok([{ type: "discharged", on: c.on, mode: c.mode, destination: c.destination ?? null, ticket: c.ticket === true, escortLevel, reason: c.reason ?? null }])
    }
    case "follow-up":
      if (s.stage !== "returned") return refuse(s, c.type, "回访只适用于已返乡的受助人员", "follow-up visits are for people who returned home", [S.seedBinzhou])
      return ok([{ type: "followed-up", on: c.on, outcome: c.outcome, visitor: c.visitor, guardian: c.guardian ?? null, note: c.note ?? null }])
  }
}

const evolve = (s: VagrancyState, e: VagrancyEvent): VagrancyState => {
  const base = { ...s, lastDate: e.on }
  switch (e.type) {
    case "admitted":
      return { ...base, stage: "in-care", person: e.person, admittedOn: e.on, pendingIdentity: e.pendingIdentity, limitEnd: e.limitEnd }
    case "help-refused":
      return { ...base, stage: "refused", person: e.person, refusalReasons: e.reasons }
    case "identified":
      return { ...base, person: e.person, pendingIdentity: false }
    case "service-provided":
      return { ...base, services: s.services + 1 }
    case "extended":
      return { ...base, limitEnd: e.until, extensions: s.extensions + 1 }
    case "discharged":
      return {
        ...base,
        stage: RETURN_HOME.has(e.mode) ? "returned" : "closed",
        dischargedOn: e.on,
        mode: e.mode,
        destination: e.destination as RegionCode | null,
        ticket: e.ticket,
        escortLevel: e.escortLevel
      }
    case "followed-up":
      return { ...base, followUps: [...s.followUps, { on: e.on, outcome: e.outcome, visitor: e.visitor, guardian: e.guardian }] }
  }
}

/**
 * The 流浪乞讨 救助 workflow: `decide` checks a command against the state — refusing, with the
 * article, e.g. a service after the 10-day stay without an extension, or a minor sent home alone
 * — and `evolve` folds the events.
 *
 * @example
 * ```ts
 * import { vagrancyWorkflow, vagrancyContext } from "@minzheng/relief"
 * import { handle } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = handle(vagrancyWorkflow, vagrancyWorkflow.initial, {
 *   type: "request-help", on: "2025-03-01" as any,
 *   request: { person: { id: "p1", name: "吴某" }, information: "provided",
 *     circumstances: { canAffordFoodAndLodging: false, hasRelativesToRelyOn: false, receivesDibaoOrWubao: false, livingByVagrancyOrBegging: true } }
 * }, vagrancyContext("371602"))
 * Result.isSuccess(r) && r.success.state.limitEnd //=> "2025-03-11"
 * ```
 * @see {@link vagrancyStay}
 * @category vagrancy
 * @since 0.1.0
 */
export const vagrancyWorkflow: Workflow<VagrancyState, VagrancyCommand, VagrancyEvent, VagrancyContext> = {
  name: "relief.vagrancy",
  initial: INITIAL,
  decide: checkedDecide,
  evolve: checkedEvolve
}

/**
 * Where a stay stands on a date: the day of the stay (the admission date is day 0, 《民法典》
 * 第二百零一条), the last day allowed, and whether the stay has run past it.
 *
 * @throws `InvalidInput` when the case has no admission or `date` is not a date
 * @example
 * ```ts
 * import { vagrancyStay, vagrancyWorkflow } from "@minzheng/relief"
 * import { replay } from "@minzheng/core"
 * const s = replay(vagrancyWorkflow, [{ type: "admitted", on: "2025-03-01" as any, person: { id: "p1" }, pendingIdentity: false, limitEnd: "2025-03-11" as any }])
 * vagrancyStay(s, "2025-03-12" as any) //=> { day: 11, limitEnd: "2025-03-11", overLimit: true, extended: false }
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const vagrancyStay = (state: VagrancyState, date: IsoDate): { readonly day: number; readonly limitEnd: IsoDate; readonly overLimit: boolean; readonly extended: boolean } => {
  const d = IsoDateSchema.safeParse(date)
  const issues: Issue[] = []
  if (typeof state !== "object" || state === null || state.admittedOn === null || state.limitEnd === null) {
    issues.push(issue(["state"], "not_admitted", "该案件没有受助记录", "the case has no admission"))
  }
  if (!d.success) issues.push(issue(["date"], "invalid_date", "日期无效", "not a valid date"))
  if (issues.length > 0) throw invalidInput(issues)
  const on = d.data as IsoDate
  const end = state.limitEnd!
  const stillIn = state.stage === "in-care" || (state.dischargedOn !== null && on <= state.dischargedOn)
  return { day: daysBetween(state.admittedOn!, on), limitEnd: end, overLimit: stillIn && on > end, extended: state.extensions > 0 }
}

/**
 * The open deadline of a stay: the last day of 救助 (10 days, or as extended).
 *
 * @throws `InvalidInput` when `caseId` is not text
 * @example
 * ```ts
 * import { vagrancyDeadlines, vagrancyWorkflow } from "@minzheng/relief"
 * vagrancyDeadlines("c1", vagrancyWorkflow.initial) //=> []
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const vagrancyDeadlines = (caseId: string, state: VagrancyState): ReadonlyArray<Deadline> => {
  if (typeof caseId !== "string" || caseId.length === 0) throw invalidInput([issue(["caseId"], "invalid_type", "案件编号应为非空文本", "the case id must be non-empty text")])
  if (typeof state !== "object" || state === null || state.stage !== "in-care" || state.limitEnd === null) return []
  return [{ caseId, kind: "vagrancy.stay-limit", due: state.limitEnd, label: { zh: "救助期限届满", en: "end of the stay" } }]
}
