/**
 * 六步法 (the six steps of seed 000) for one occurrence of a duty, on core's workflow kernel:
 *
 * > 实行“六步法”对居务公开工作运行程序进行统一规范，即居委会制定方案、街道审核备案、适当形式公开、
 * > 征求群众意见、整改情况反馈、建档保存备查。(seed 000)
 *
 * plan → file (street office review) → publish (channel; a notice-board posting needs its photo
 * evidence id: 并拍照存档) → record comments → give rectification feedback → archive. Steps go in
 * order and their dates never go back. For a 公示 occurrence the decision it serves may be recorded
 * once it is published; a decision on or before the 公示's last day is flagged, not refused (the
 * decision is another office's act; the flag is what supervision needs).
 *
 * @module
 */
import {
  type Bilingual,
  type Citation,
  chinaCalendar,
  decode,
  invalidInput,
  issue,
  CalendarYearNotCovered,
  handle,
  InvalidInput,
  type Issue,
  type IsoDate,
  IsoDateSchema,
  localPractice,
  PeriodLengthSchema,
  TransitionRefused,
  WorkCalendar,
  type Workflow
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { ChannelSchema } from "../duty/vocabulary.js"
import { publicNoticePeriodUnsafe } from "../schedule/public-notice-period.js"
import { decodeInput } from "../internal/preflight.js"

/**
 * The steps an occurrence moves through, with their Chinese terms (seed 000's 六步法; `due` is the
 * state before the first step).
 *
 * @example
 * ```ts
 * import { TRACKING_STEPS } from "@minzheng/disclosure"
 * TRACKING_STEPS.filed.zh //=> "街道审核备案"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const TRACKING_STEPS = {
  due: { zh: "待制定方案", en: "awaiting a plan" },
  planned: { zh: "居委会制定方案", en: "plan drawn up by the committee" },
  filed: { zh: "街道审核备案", en: "reviewed and filed by the street office" },
  published: { zh: "适当形式公开", en: "published" },
  consulted: { zh: "征求群众意见", en: "residents' comments collected" },
  rectified: { zh: "整改情况反馈", en: "rectification fed back" },
  archived: { zh: "建档保存备查", en: "archived for inspection" }
} as const satisfies Record<string, Bilingual>

/**
 * A tracking step key.
 *
 * @example
 * ```ts
 * import type { TrackingStep } from "@minzheng/disclosure"
 * const s: TrackingStep = "published"
 * ```
 * @category models
 * @since 0.1.0
 */
export type TrackingStep = keyof typeof TRACKING_STEPS

const STEP_ORDER: ReadonlyArray<TrackingStep> = ["due", "planned", "filed", "published", "consulted", "rectified", "archived"]

/**
 * The citation of the six steps (seed 000).
 *
 * @example
 * ```ts
 * import { SIX_STEPS_CITATION } from "@minzheng/disclosure"
 * SIX_STEPS_CITATION.document //=> "local practice: seed 000"
 * ```
 * @category citations
 * @since 0.1.0
 */
export const SIX_STEPS_CITATION: Citation = localPractice("seed 000", "六步法：居委会制定方案、街道审核备案、适当形式公开、征求群众意见、整改情况反馈、建档保存备查")
const PHOTO_CITATION: Citation = localPractice("seed 000", "财务代理中心将公开榜一式两份……张贴……并拍照存档")

const text = z.string().check(z.minLength(1), z.maxLength(2000))
const CommentSchema = z.strictObject({ text, receivedOn: z.optional(IsoDateSchema) })

/**
 * The tracking commands (`type` of a {@link TrackingCommand}), with their Chinese and English
 * names: the six steps of seed 000, and recording the decision a 公示 served.
 *
 * @example
 * ```ts
 * import { TRACKING_COMMAND_TYPES } from "@minzheng/disclosure"
 * TRACKING_COMMAND_TYPES["record-comments"].zh //=> "征求群众意见"
 * Object.keys(TRACKING_COMMAND_TYPES).length //=> 7
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const TRACKING_COMMAND_TYPES = {
  plan: { zh: "制定方案", en: "draw up the plan" },
  file: { zh: "街道审核备案", en: "review and file with the street office" },
  publish: { zh: "适当形式公开", en: "publish" },
  "record-comments": { zh: "征求群众意见", en: "record residents' comments" },
  "give-feedback": { zh: "整改情况反馈", en: "give rectification feedback" },
  archive: { zh: "建档保存备查", en: "archive for inspection" },
  "record-decision": { zh: "记录公示所涉决定", en: "record the decision the public notice served" }
} as const satisfies Record<TrackingCommand["type"], Bilingual>

/**
 * The tracking events (`type` of a {@link TrackingEvent}), with their Chinese and English names.
 * Event types are kebab-case past tense (`"comments-recorded"`), as relief's review events.
 *
 * @example
 * ```ts
 * import { TRACKING_EVENT_TYPES } from "@minzheng/disclosure"
 * TRACKING_EVENT_TYPES["decision-recorded"].zh //=> "已记录决定"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const TRACKING_EVENT_TYPES = {
  planned: { zh: "已制定方案", en: "plan drawn up" },
  filed: { zh: "已审核备案", en: "reviewed and filed" },
  published: { zh: "已公开", en: "published" },
  "comments-recorded": { zh: "已征求群众意见", en: "comments recorded" },
  "feedback-given": { zh: "已反馈整改情况", en: "feedback given" },
  archived: { zh: "已建档备查", en: "archived" },
  "decision-recorded": { zh: "已记录决定", en: "decision recorded" }
} as const satisfies Record<TrackingEvent["type"], Bilingual>

/**
 * Zod schema of a {@link TrackingCommand}.
 *
 * @example
 * ```ts
 * import { TrackingCommandSchema } from "@minzheng/disclosure"
 * TrackingCommandSchema.safeParse({ type: "file", on: "2025-01-06", reviewer: "虎山路街道" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const TrackingCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("plan"),
    on: IsoDateSchema,
    occurrence: z.strictObject({
      uid: z.string().check(z.minLength(1), z.maxLength(300)),
      dutyId: z.string().check(z.minLength(1)),
      due: IsoDateSchema,
      noticeDuration: z.optional(PeriodLengthSchema)
    }),
    summary: text
  }),
  z.strictObject({ type: z.literal("file"), on: IsoDateSchema, reviewer: text }),
  z.strictObject({ type: z.literal("publish"), on: IsoDateSchema, channel: ChannelSchema, photoEvidenceId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) }),
  z.strictObject({ type: z.literal("record-comments"), on: IsoDateSchema, comments: z.array(CommentSchema).check(z.maxLength(10_000)) }),
  z.strictObject({ type: z.literal("give-feedback"), on: IsoDateSchema, feedback: text }),
  z.strictObject({ type: z.literal("archive"), on: IsoDateSchema, archiveRef: text }),
  z.strictObject({ type: z.literal("record-decision"), on: IsoDateSchema })
])

/**
 * A command on an occurrence: one of the six steps, or recording the decision a 公示 served.
 *
 * @example
 * ```ts
 * import type { TrackingCommand } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const publish: TrackingCommand = { type: "publish", on: isoDateUnsafe("2025-01-10"), channel: "notice-board", photoEvidenceId: "IMG-0110" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type TrackingCommand = z.output<typeof TrackingCommandSchema>

/**
 * Zod schema of a {@link TrackingEvent} (used to decode stored events).
 *
 * @example
 * ```ts
 * import { TrackingEventSchema } from "@minzheng/disclosure"
 * TrackingEventSchema.safeParse({ type: "filed", on: "2025-01-06", reviewer: "街道" }).success //=> true
 * TrackingEventSchema.safeParse({ type: "Filed", on: "2025-01-06", reviewer: "街道" }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const TrackingEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("planned"),
    on: IsoDateSchema,
    occurrenceUid: z.string().check(z.minLength(1)),
    dutyId: z.string().check(z.minLength(1)),
    due: IsoDateSchema,
    noticeDuration: z.optional(PeriodLengthSchema),
    summary: text
  }),
  z.strictObject({ type: z.literal("filed"), on: IsoDateSchema, reviewer: text }),
  z.strictObject({
    type: z.literal("published"),
    on: IsoDateSchema,
    channel: ChannelSchema,
    photoEvidenceId: z.optional(z.string().check(z.minLength(1))),
    late: z.boolean(),
    noticeEnd: z.optional(IsoDateSchema)
  }),
  z.strictObject({ type: z.literal("comments-recorded"), on: IsoDateSchema, comments: z.array(CommentSchema) }),
  z.strictObject({ type: z.literal("feedback-given"), on: IsoDateSchema, feedback: text }),
  z.strictObject({ type: z.literal("archived"), on: IsoDateSchema, archiveRef: text }),
  z.strictObject({ type: z.literal("decision-recorded"), on: IsoDateSchema, early: z.boolean() })
])

/**
 * What happened to an occurrence (the events the store keeps).
 *
 * @example
 * ```ts
 * import type { TrackingEvent } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const filed: TrackingEvent = { type: "filed", on: isoDateUnsafe("2025-01-06"), reviewer: "虎山路街道" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type TrackingEvent = z.output<typeof TrackingEventSchema>

/**
 * Decodes a stored event (for core's `executeCommand` / `loadCase`).
 *
 * @example
 * ```ts
 * import { decodeTrackingEvent } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(decodeTrackingEvent({ type: "filed", on: "2025-01-06", reviewer: "街道" })) //=> true
 * ```
 * @category tracking
 * @since 0.1.0
 */
export const decodeTrackingEvent = (u: unknown): Result.Result<TrackingEvent, InvalidInput> => decodeInput(TrackingEventSchema, u)

/**
 * Zod schema of an {@link OccurrenceRecord}.
 *
 * @example
 * ```ts
 * import { OccurrenceRecordSchema } from "@minzheng/disclosure"
 * OccurrenceRecordSchema.safeParse({ step: "due", comments: [] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const OccurrenceRecordSchema = z.strictObject({
  step: z.literal(STEP_ORDER as [TrackingStep, ...TrackingStep[]]),
  occurrenceUid: z.optional(z.string()),
  dutyId: z.optional(z.string()),
  due: z.optional(IsoDateSchema),
  noticeDuration: z.optional(PeriodLengthSchema),
  lastOn: z.optional(IsoDateSchema),
  plannedOn: z.optional(IsoDateSchema),
  filedOn: z.optional(IsoDateSchema),
  reviewer: z.optional(z.string()),
  publishedOn: z.optional(IsoDateSchema),
  channel: z.optional(ChannelSchema),
  photoEvidenceId: z.optional(z.string()),
  late: z.optional(z.boolean()),
  noticeEnd: z.optional(IsoDateSchema),
  comments: z.array(CommentSchema),
  feedback: z.optional(z.string()),
  archiveRef: z.optional(z.string()),
  archivedOn: z.optional(IsoDateSchema),
  decidedOn: z.optional(IsoDateSchema),
  earlyDecision: z.optional(z.boolean())
})

/**
 * The state of one occurrence: its step and what each step recorded.
 *
 * @example
 * ```ts
 * import { OCCURRENCE_TRACKING } from "@minzheng/disclosure"
 * OCCURRENCE_TRACKING.initial.step //=> "due"
 * ```
 * @category models
 * @since 0.1.0
 */
export type OccurrenceRecord = z.output<typeof OccurrenceRecordSchema>

const refuse = (state: OccurrenceRecord, command: string, reason: Bilingual, citations: ReadonlyArray<Citation> = [SIX_STEPS_CITATION], details?: Record<string, unknown>) =>
  Result.fail(new TransitionRefused({ state: state.step, command, reason, citations, ...(details === undefined ? {} : { details }) }))

const NEXT_STEP: Partial<Record<TrackingCommand["type"], TrackingStep>> = {
  plan: "due",
  file: "planned",
  publish: "filed",
  "record-comments": "published",
  "give-feedback": "consulted",
  archive: "rectified"
}

// The workflow's decide and evolve take values from anywhere (a store, a caller that skipped
// trackOccurrence): a malformed state, command or event is one typed InvalidInput listing every
// problem, never a TypeError from reading a field of `null`. The state is checked for the fields
// the rules read (its comments only as a list: they are copied, never read), the command and the
// event by their schemas.
const StateShapeSchema = z.extend(z.omit(OccurrenceRecordSchema, { comments: true }), { comments: z.custom<OccurrenceRecord["comments"]>((u) => Array.isArray(u)) })

const checkAll = (parts: ReadonlyArray<readonly [z.core.$ZodType<unknown>, unknown, string]>): ReadonlyArray<unknown> => {
  const issues: Issue[] = []
  const out: unknown[] = []
  for (const [schema, u, at] of parts) {
    const r = decodeInput(schema, u)
    if (Result.isFailure(r)) for (const i of r.failure.issues) issues.push({ ...i, path: [at, ...i.path] })
    else out.push(r.success)
  }
  if (issues.length > 0) throw invalidInput(issues)
  return out
}

const decide = (state: OccurrenceRecord, command: TrackingCommand, calendar: WorkCalendar): Result.Result<ReadonlyArray<TrackingEvent>, TransitionRefused> => {
  const [s, c] = checkAll([
    [StateShapeSchema, state, "state"],
    [TrackingCommandSchema, command, "command"]
  ]) as [OccurrenceRecord, TrackingCommand]
  if (!(calendar instanceof WorkCalendar)) throw invalidInput([issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
  return decideRules(s, c, calendar)
}

const decideRules = (state: OccurrenceRecord, command: TrackingCommand, calendar: WorkCalendar): Result.Result<ReadonlyArray<TrackingEvent>, TransitionRefused> => {
  if (command.type === "record-decision") {
    if (state.noticeDuration === undefined) {
      return refuse(state, command.type, { zh: "该事项不是公示，无需记录决定", en: "this occurrence is not a public notice: no decision to record" })
    }
    if (state.publishedOn === undefined || state.noticeEnd === undefined) {
      return refuse(state, command.type, { zh: "公示尚未张贴，不能作出决定", en: "the public notice has not been posted yet" })
    }
    if (state.decidedOn !== undefined) return refuse(state, command.type, { zh: "决定已记录", en: "the decision is already recorded" })
    if (command.on < state.publishedOn) return refuse(state, command.type, { zh: "决定日期早于公示张贴日期", en: "the decision predates the posting" })
    return Result.succeed([{ type: "decision-recorded", on: command.on, early: command.on <= state.noticeEnd }])
  }
  const expected = NEXT_STEP[command.type]
  if (expected !== state.step) {
    const wanted = expected === undefined ? command.type : TRACKING_STEPS[STEP_ORDER[STEP_ORDER.indexOf(expected) + 1] ?? "archived"]
    return refuse(state, command.type, {
      zh: `当前步骤为“${TRACKING_STEPS[state.step].zh}”，不能进行“${typeof wanted === "string" ? wanted : wanted.zh}”`,
      en: `the occurrence is at "${TRACKING_STEPS[state.step].en}"; "${typeof wanted === "string" ? wanted : wanted.en}" must wait for its turn`
    })
  }
  if (state.lastOn !== undefined && command.on < state.lastOn) {
    return refuse(state, command.type, { zh: `日期早于上一步（${state.lastOn}）`, en: `the date is before the previous step's (${state.lastOn})` })
  }
  switch (command.type) {
    case "plan":
      return Result.succeed([
        {
          type: "planned",
          on: command.on,
          occurrenceUid: command.occurrence.uid,
          dutyId: command.occurrence.dutyId,
          due: command.occurrence.due,
          ...(command.occurrence.noticeDuration === undefined ? {} : { noticeDuration: command.occurrence.noticeDuration }),
          summary: command.summary
        }
      ])
    case "file":
      return Result.succeed([{ type: "filed", on: command.on, reviewer: command.reviewer }])
    case "publish": {
      if (command.channel === "notice-board" && command.photoEvidenceId === undefined) {
        return refuse(state, command.type, { zh: "公开栏张贴须拍照存档，缺少照片证据编号", en: "a notice-board posting must be photographed: the photo evidence id is missing" }, [PHOTO_CITATION])
      }
      // The 公示's last day, by the one computation the schedule and the notice use. A last day
      // beyond the calendar is core's typed CalendarYearNotCovered (naming the year and both
      // fixes), passed on as it is: executeCommand fails with it, trackOccurrence returns it.
      const noticeEnd: IsoDate | undefined = state.noticeDuration === undefined ? undefined : publicNoticePeriodUnsafe(command.on, state.noticeDuration, calendar).to
      return Result.succeed([
        {
          type: "published",
          on: command.on,
          channel: command.channel,
          ...(command.photoEvidenceId === undefined ? {} : { photoEvidenceId: command.photoEvidenceId }),
          late: state.due !== undefined && command.on > state.due,
          ...(noticeEnd === undefined ? {} : { noticeEnd })
        }
      ])
    }
    case "record-comments":
      return Result.succeed([{ type: "comments-recorded", on: command.on, comments: command.comments }])
    case "give-feedback":
      return Result.succeed([{ type: "feedback-given", on: command.on, feedback: command.feedback }])
    case "archive":
      return Result.succeed([{ type: "archived", on: command.on, archiveRef: command.archiveRef }])
  }
}

const evolve = (state: OccurrenceRecord, event: TrackingEvent): OccurrenceRecord => {
  const [s, e] = checkAll([
    [StateShapeSchema, state, "state"],
    [TrackingEventSchema, event, "event"]
  ]) as [OccurrenceRecord, TrackingEvent]
  switch (e.type) {
    case "planned":
      return {
        ...s,
        step: "planned",
        lastOn: e.on,
        plannedOn: e.on,
        occurrenceUid: e.occurrenceUid,
        dutyId: e.dutyId,
        due: e.due,
        ...(e.noticeDuration === undefined ? {} : { noticeDuration: e.noticeDuration })
      }
    case "filed":
      return { ...s, step: "filed", lastOn: e.on, filedOn: e.on, reviewer: e.reviewer }
    case "published":
      return {
        ...s,
        step: "published",
        lastOn: e.on,
        publishedOn: e.on,
        channel: e.channel,
        late: e.late,
        ...(e.photoEvidenceId === undefined ? {} : { photoEvidenceId: e.photoEvidenceId }),
        ...(e.noticeEnd === undefined ? {} : { noticeEnd: e.noticeEnd })
      }
    case "comments-recorded":
      return { ...s, step: "consulted", lastOn: e.on, comments: [...s.comments, ...e.comments] }
    case "feedback-given":
      return { ...s, step: "rectified", lastOn: e.on, feedback: e.feedback }
    case "archived":
      return { ...s, step: "archived", lastOn: e.on, archivedOn: e.on, archiveRef: e.archiveRef }
    case "decision-recorded":
      return { ...s, decidedOn: e.on, earlyDecision: e.early }
  }
}

/**
 * The six-step workflow of an occurrence (core `Workflow`; its context is the work calendar, used
 * to fix a 公示's last day when it is posted). `decide` and `evolve` check what they are given:
 * a malformed state, command or event throws one typed `InvalidInput` (core's `executeCommand`
 * turns it into a failure), a 公示 posted past the calendar throws `CalendarYearNotCovered`;
 * never a `TypeError`.
 *
 * @example
 * ```ts
 * import { OCCURRENCE_TRACKING } from "@minzheng/disclosure"
 * import { chinaCalendar, handle, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * // no plan yet: filing is refused
 * const r = handle(OCCURRENCE_TRACKING, OCCURRENCE_TRACKING.initial, { type: "file", on: isoDateUnsafe("2025-01-06"), reviewer: "街道" }, chinaCalendar)
 * Result.isFailure(r) //=> true
 * ```
 * @category tracking
 * @since 0.1.0
 */
export const OCCURRENCE_TRACKING: Workflow<OccurrenceRecord, TrackingCommand, TrackingEvent, WorkCalendar> = {
  name: "disclosure.occurrence",
  initial: { step: "due", comments: [] },
  decide,
  evolve
}

/**
 * Applies an untrusted command to an occurrence's state: the new events and state, or a typed
 * refusal (`TransitionRefused`), `InvalidInput` listing every problem with the
 * command, or `CalendarYearNotCovered` when a 公示's last day is beyond the calendar. Nothing is
 * applied on failure.
 *
 * @example
 * ```ts
 * import { OCCURRENCE_TRACKING, trackOccurrence } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * const r = trackOccurrence(OCCURRENCE_TRACKING.initial, {
 *   type: "plan", on: "2025-01-03", summary: "1月居务公开方案",
 *   occurrence: { uid: "hushan/licang.monthly-affairs/2025-01", dutyId: "licang.monthly-affairs", due: "2025-01-10" }
 * })
 * Result.isSuccess(r) && r.success.state.step //=> "planned"
 * ```
 * @category tracking
 * @since 0.1.0
 */
export const trackOccurrence = (
  state: OccurrenceRecord,
  command: unknown,
  calendar?: WorkCalendar
): Result.Result<{ readonly events: ReadonlyArray<TrackingEvent>; readonly state: OccurrenceRecord }, TransitionRefused | InvalidInput | CalendarYearNotCovered> => {
  const s = decodeInput(OccurrenceRecordSchema, state)
  const c = decodeInput(TrackingCommandSchema, command)
  if (Result.isFailure(s) || Result.isFailure(c)) {
    const issues = [
      ...(Result.isFailure(s) ? s.failure.issues.map((i) => ({ ...i, path: ["state", ...i.path] })) : []),
      ...(Result.isFailure(c) ? c.failure.issues.map((i) => ({ ...i, path: ["command", ...i.path] })) : [])
    ]
    return Result.fail(invalidInput(issues))
  }
  const cal = calendar ?? chinaCalendar
  if (!(cal instanceof WorkCalendar)) return Result.fail(invalidInput([issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")]))
  try {
    return handle(OCCURRENCE_TRACKING, s.success, c.success, cal)
  } catch (e) {
    // Typed errors the rules throw (a 公示 ending past the calendar) come back as failures.
    if (e instanceof CalendarYearNotCovered || e instanceof InvalidInput) return Result.fail(e)
    throw e
  }
}
