/**
 * 公开日程 (schedule): every occurrence of a duty set's duties for one community or ten thousand
 * over a period, each with its nominal day (the rule's day: the 10th, the quarter's end, the day of
 * an event), its due day under the non-working-day policy, and for a 公示 its last day by core's
 * legal periods (《民法典》第二百零一至二百零三条).
 *
 * **Which occurrences belong to a period.** Those whose nominal day lies in it (so a 10th moved
 * past the period's end still belongs to it). Event-driven duties (一事一公开, 公示) have
 * occurrences only for the events given.
 *
 * **Performance.** The calendar-driven occurrences of a duty set are computed once per call (each
 * due day an O(1) calendar query) and copied for every community, so 10,000 communities cost
 * little more than allocating their occurrences (see `bench/`).
 *
 * @module
 */
import {
  addDays,
  type Bilingual,
  type CalendarYearNotCovered,
  chinaCalendar,
  daysInMonth,
  type InvalidInput,
  type IsoDate,
  IsoDateSchema,
  RegionCodeSchema,
  WorkCalendar,
  invalidInput,
  isIsoDate,
  issue
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { type Duty, type DutySet, DutySetSchema } from "../duty/duty.js"
import { publicNoticePeriodUnsafe } from "./public-notice-period.js"
import { applyNonWorkingDayPolicyUnsafe, DEFAULT_NON_WORKING_DAY_POLICY, type NonWorkingDayPolicy, NonWorkingDayPolicySchema } from "./non-working-day-policy.js"
import { attemptResult } from "../internal/attempt.js"
import { decodeInput } from "../internal/preflight.js"

const SafeIdSchema = z.string().check(
  z.refine((s) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(s), {
    params: { zh: "编号只能含字母、数字、点、下划线和连字符（至多 64 个字符）", en: "an id may hold only letters, digits, dots, underscores and hyphens (at most 64)" }
  })
)

/**
 * Zod schema of a {@link Community}.
 *
 * @example
 * ```ts
 * import { CommunitySchema } from "@minzheng/disclosure"
 * CommunitySchema.safeParse({ id: "hushan", name: "虎山社区" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CommunitySchema = z.strictObject({ id: SafeIdSchema, name: z.string().check(z.minLength(1), z.maxLength(200)), region: z.optional(RegionCodeSchema) })

/**
 * A village or community (村/社区) a schedule is made for; its `id` goes into stable iCalendar UIDs.
 *
 * @example
 * ```ts
 * import type { Community } from "@minzheng/disclosure"
 * const hushan: Community = { id: "hushan", name: "虎山社区" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Community = z.output<typeof CommunitySchema>

/**
 * Zod schema of a {@link DutyEvent}.
 *
 * @example
 * ```ts
 * import { DutyEventSchema } from "@minzheng/disclosure"
 * DutyEventSchema.safeParse({ communityId: "hushan", dutyId: "licang.dibao-notice", on: "2025-09-26" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DutyEventSchema = z.strictObject({ communityId: SafeIdSchema, dutyId: z.string().check(z.minLength(1)), on: IsoDateSchema, ref: z.optional(SafeIdSchema) })

/**
 * An event that triggers an event-driven duty: a major matter decided (一事一公开) or a 公示
 * to post (e.g. a 低保 初审 result). `ref` (default: the date) tells events of one duty apart and
 * goes into the UID.
 *
 * @example
 * ```ts
 * import type { DutyEvent } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const e: DutyEvent = { communityId: "hushan", dutyId: "licang.dibao-notice", on: isoDateUnsafe("2025-09-26"), ref: "dibao-2025-031" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type DutyEvent = z.output<typeof DutyEventSchema>

/**
 * Zod schema of a {@link ScheduleRequest}: checks the period (from ≤ to, at most 50 years),
 * unique community ids, and that each event names a community and an event-driven duty of the set.
 *
 * @example
 * ```ts
 * import { ScheduleRequestSchema, LICANG_DUTIES } from "@minzheng/disclosure"
 * ScheduleRequestSchema.safeParse({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ScheduleRequestSchema = z
  .strictObject({
    communities: z.array(CommunitySchema).check(z.minLength(1)),
    dutySet: DutySetSchema,
    from: IsoDateSchema,
    to: IsoDateSchema,
    policy: z.optional(NonWorkingDayPolicySchema),
    events: z.optional(z.array(DutyEventSchema))
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.from > r.to) ctx.addIssue({ code: "custom", path: ["to"], params: { zh: "结束日期早于开始日期", en: "the period ends before it starts" } })
      if (Number(r.to.slice(0, 4)) - Number(r.from.slice(0, 4)) > 50) {
        ctx.addIssue({ code: "custom", path: ["to"], params: { zh: "期间不能超过 50 年", en: "the period may not exceed 50 years" } })
      }
      const ids = new Set<string>()
      r.communities.forEach((c, i) => {
        if (ids.has(c.id)) ctx.addIssue({ code: "custom", path: ["communities", i, "id"], params: { zh: `社区编号 ${c.id} 重复`, en: `community id ${c.id} appears twice` } })
        ids.add(c.id)
      })
      const duties = new Map(r.dutySet.duties.map((d) => [d.id, d]))
      const refs = new Set<string>()
      r.events?.forEach((e, i) => {
        const duty = duties.get(e.dutyId)
        if (!ids.has(e.communityId)) {
          ctx.addIssue({ code: "custom", path: ["events", i, "communityId"], params: { zh: "没有这个社区", en: "no such community in the request" } })
        }
        if (duty === undefined) ctx.addIssue({ code: "custom", path: ["events", i, "dutyId"], params: { zh: "公开事项集中没有这个事项", en: "no such duty in the duty set" } })
        else if (duty.cadence.kind !== "on-event" && duty.cadence.kind !== "public-notice") {
          ctx.addIssue({ code: "custom", path: ["events", i, "dutyId"], params: { zh: "该事项按固定日期公开，不由事件触发", en: "this duty falls due on fixed days, not after events" } })
        }
        const key = `${e.communityId}/${e.dutyId}/${e.ref ?? e.on}`
        if (refs.has(key)) ctx.addIssue({ code: "custom", path: ["events", i, "ref"], params: { zh: "同一事项的事件编号重复", en: "two events of one duty share a ref" } })
        refs.add(key)
      })
    })
  )

/**
 * What to schedule: communities, their duty set, the period (inclusive), the non-working-day
 * policy (default `next`) and the events of event-driven duties.
 *
 * @example
 * ```ts
 * import { LICANG_DUTIES, type ScheduleRequest } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const request: ScheduleRequest = {
 *   communities: [{ id: "hushan", name: "虎山社区" }],
 *   dutySet: LICANG_DUTIES,
 *   from: isoDateUnsafe("2025-01-01"),
 *   to: isoDateUnsafe("2025-12-31"),
 *   policy: "next"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ScheduleRequest = z.input<typeof ScheduleRequestSchema>

/**
 * The kinds of occurrence, with their Chinese and English terms: a publication (公开) is due on a
 * day; a public notice (公示) is posted on its due day and stays up to its `noticeEnd`.
 *
 * @example
 * ```ts
 * import { OCCURRENCE_KINDS } from "@minzheng/disclosure"
 * OCCURRENCE_KINDS["public-notice"].zh //=> "公示"
 * Object.keys(OCCURRENCE_KINDS) //=> ["publication", "public-notice"]
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const OCCURRENCE_KINDS = {
  publication: { zh: "公开", en: "publication" },
  "public-notice": { zh: "公示", en: "public notice" }
} as const satisfies Record<string, Bilingual>

/**
 * An occurrence kind (see {@link OCCURRENCE_KINDS}).
 *
 * @example
 * ```ts
 * import type { OccurrenceKind } from "@minzheng/disclosure"
 * const kind: OccurrenceKind = "public-notice"
 * ```
 * @category models
 * @since 0.1.0
 */
export type OccurrenceKind = keyof typeof OCCURRENCE_KINDS

/**
 * Zod schema of an {@link Occurrence}.
 *
 * @example
 * ```ts
 * import { OccurrenceSchema } from "@minzheng/disclosure"
 * OccurrenceSchema.safeParse({ uid: "c/d/2025-01", communityId: "c", dutyId: "d", key: "2025-01", kind: "publication", nominal: "2025-01-10", due: "2025-01-10", moved: false, provisional: false }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const OccurrenceSchema = z.strictObject({
  uid: z.string().check(z.minLength(1), z.maxLength(300)),
  communityId: SafeIdSchema,
  dutyId: z.string().check(z.minLength(1)),
  key: SafeIdSchema,
  kind: z.literal(Object.keys(OCCURRENCE_KINDS) as [OccurrenceKind, ...OccurrenceKind[]]),
  nominal: IsoDateSchema,
  due: IsoDateSchema,
  moved: z.boolean(),
  noticeEnd: z.optional(IsoDateSchema),
  provisional: z.boolean()
})

/**
 * One occurrence of a duty for a community.
 *
 * - `uid`: `community/duty/key`, stable across re-runs (the key is the month `2025-05`, the quarter
 *   `2025-Q2` or the event ref), so a changed calendar updates an occurrence rather than adding one.
 * - `nominal`: the rule's day; `due`: after the non-working-day policy; `moved` when they differ.
 * - `kind`: `publication` (公开), or `public-notice` (公示) with `due` the posting day and
 *   `noticeEnd` the period's last day.
 * - `provisional`: the dates rest on projected calendar data.
 *
 * @example
 * ```ts
 * import type { Occurrence } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const may: Occurrence = {
 *   uid: "hushan/licang.monthly-affairs/2025-05", communityId: "hushan", dutyId: "licang.monthly-affairs", key: "2025-05",
 *   kind: "publication", nominal: isoDateUnsafe("2025-05-10"), due: isoDateUnsafe("2025-05-12"), moved: true, provisional: false
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Occurrence = z.output<typeof OccurrenceSchema>

/**
 * Zod schema of a {@link Schedule}.
 *
 * @example
 * ```ts
 * import { ScheduleSchema } from "@minzheng/disclosure"
 * ScheduleSchema.safeParse({}).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ScheduleSchema = z.strictObject({
  dutySet: DutySetSchema,
  communities: z.array(CommunitySchema),
  from: IsoDateSchema,
  to: IsoDateSchema,
  policy: NonWorkingDayPolicySchema,
  occurrences: z.array(OccurrenceSchema)
})

/**
 * A schedule: the request's duty set, communities, period and policy, and every occurrence,
 * community by community in due order.
 *
 * @example
 * ```ts
 * import { scheduleCommunitiesUnsafe, LICANG_DUTIES, type Schedule } from "@minzheng/disclosure"
 * const s: Schedule = scheduleCommunitiesUnsafe({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" })
 * s.occurrences.length //=> 24
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Schedule {
  readonly dutySet: DutySet
  readonly communities: ReadonlyArray<Community>
  readonly from: IsoDate
  readonly to: IsoDate
  readonly policy: NonWorkingDayPolicy
  readonly occurrences: ReadonlyArray<Occurrence>
}

interface Slot {
  readonly dutyId: string
  readonly key: string
  readonly nominal: IsoDate
  readonly due: IsoDate
  readonly moved: boolean
  readonly provisional: boolean
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
const dayIn = (y: number, m: number, d: number): IsoDate => `${y}-${pad2(m)}-${pad2(Math.min(d, daysInMonth(y, m)))}` as IsoDate

const slot = (dutyId: string, key: string, nominal: IsoDate, policy: NonWorkingDayPolicy, calendar: WorkCalendar): Slot => {
  const due = applyNonWorkingDayPolicyUnsafe(nominal, policy, calendar)
  return { dutyId, key, nominal, due, moved: due !== nominal, provisional: policy !== "keep" && calendar.isProvisional(nominal, due) }
}

/** The calendar-driven slots of one duty over the period, computed once for all communities. */
const calendarSlots = (duty: Duty, from: IsoDate, to: IsoDate, policy: NonWorkingDayPolicy, calendar: WorkCalendar): Slot[] => {
  const c = duty.cadence
  const out: Slot[] = []
  const y0 = Number(from.slice(0, 4))
  const y1 = Number(to.slice(0, 4))
  for (let y = y0; y <= y1; y++) {
    if (c.kind === "monthly") {
      for (let m = 1; m <= 12; m++) {
        const nominal = dayIn(y, m, c.day ?? 31)
        if (nominal >= from && nominal <= to) out.push(slot(duty.id, `${y}-${pad2(m)}`, nominal, policy, calendar))
      }
    } else if (c.kind === "quarterly") {
      for (let q = 1; q <= 4; q++) {
        const nominal = c.day === undefined ? dayIn(y, q * 3, 31) : dayIn(y, (q - 1) * 3 + (c.month ?? 1), c.day)
        if (nominal >= from && nominal <= to) out.push(slot(duty.id, `${y}-Q${q}`, nominal, policy, calendar))
      }
    }
  }
  return out
}

const byDue = (a: Occurrence, b: Occurrence): number =>
  a.due < b.due ? -1 : a.due > b.due ? 1 : a.dutyId < b.dutyId ? -1 : a.dutyId > b.dutyId ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0

/**
 * Schedules a duty set for communities over a period (inclusive): every monthly and quarterly
 * occurrence, and one occurrence per event of an event-driven duty (一事一公开: due `withinDays`
 * after the event; 公示: posted on the event's day, ending by `addPeriod`). Due days follow
 * the non-working-day policy (default `next`).
 *
 * @param request - communities, duty set, period, policy, events (untrusted input is validated)
 * @param calendar - the work-day calendar (default: core's `chinaCalendar`)
 * @returns the schedule, community by community, each in due order; or `InvalidInput` listing
 * every problem with the request (or a calendar that is not a `WorkCalendar`), or
 * `CalendarYearNotCovered` when a due day needs a year the calendar does not cover (its message
 * names the year and both fixes: load the year's calendar, or opt in to the provisional
 * projection). Nothing is scheduled on failure. The throwing twin is {@link scheduleCommunitiesUnsafe}.
 * @example
 * ```ts
 * import { scheduleCommunities, LICANG_DUTIES } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * const r = scheduleCommunities({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-05-01", to: "2025-05-31" })
 * Result.getOrThrow(r).occurrences.map((o) => [o.dutyId, o.nominal, o.due])
 * //=> [["licang.monthly-affairs", "2025-05-10", "2025-05-12"], ["licang.monthly-finance", "2025-05-10", "2025-05-12"]]
 * const far = scheduleCommunities({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2040-01-01", to: "2040-12-31" })
 * far._tag === "Failure" && far.failure._tag //=> "CalendarYearNotCovered"
 * ```
 * @see {@link applyNonWorkingDayPolicy}
 * @category schedules
 * @since 0.1.0
 */
export const scheduleCommunities = (request: ScheduleRequest, calendar: WorkCalendar = chinaCalendar): Result.Result<Schedule, InvalidInput | CalendarYearNotCovered> =>
  attemptResult(() => scheduleCommunitiesUnsafe(request, calendar))

/**
 * {@link scheduleCommunities}, throwing its typed error (the same instance the `Result` would
 * carry): for scripts, tests and module-level constants.
 *
 * @throws `InvalidInput` listing every problem with the request;
 * `CalendarYearNotCovered` when a due day needs a year the calendar does not cover
 * @example
 * ```ts
 * import { scheduleCommunitiesUnsafe, LICANG_DUTIES } from "@minzheng/disclosure"
 * const s = scheduleCommunitiesUnsafe({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" })
 * s.occurrences.length //=> 24
 * ```
 * @category schedules
 * @since 0.1.0
 */
export const scheduleCommunitiesUnsafe = (request: ScheduleRequest, calendar: WorkCalendar = chinaCalendar): Schedule => {
  const r = decodeInput(ScheduleRequestSchema, request)
  if (Result.isFailure(r)) throw r.failure
  if (!(calendar instanceof WorkCalendar)) throw invalidInput([issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
  const { communities, dutySet, from, to } = r.success
  const policy = r.success.policy ?? DEFAULT_NON_WORKING_DAY_POLICY
  const template: Slot[] = []
  for (const duty of dutySet.duties) for (const x of calendarSlots(duty, from, to, policy, calendar)) template.push(x)
  template.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.dutyId < b.dutyId ? -1 : a.dutyId > b.dutyId ? 1 : 0))
  const duties = new Map(dutySet.duties.map((d) => [d.id, d]))
  const eventsByCommunity = new Map<string, Occurrence[]>()
  for (const e of r.success.events ?? []) {
    const duty = duties.get(e.dutyId)
    if (duty === undefined || e.on < from || e.on > to) continue
    const key = e.ref ?? e.on
    const uid = `${e.communityId}/${duty.id}/${key}`
    let occ: Occurrence
    if (duty.cadence.kind === "public-notice") {
      const s = slot(duty.id, key, e.on, policy, calendar)
      // The one computation of a 公示's last day (the notice text and the .ics use it too).
      const noticeEnd = publicNoticePeriodUnsafe(s.due, duty.cadence.duration, calendar).to
      occ = { uid, communityId: e.communityId, dutyId: duty.id, key, kind: "public-notice", nominal: s.nominal, due: s.due, moved: s.moved, noticeEnd, provisional: s.provisional || calendar.isProvisional(s.due, noticeEnd) }
    } else if (duty.cadence.kind === "on-event") {
      const s = slot(duty.id, key, addDays(e.on, duty.cadence.withinDays), policy, calendar)
      occ = { uid, communityId: e.communityId, dutyId: duty.id, key, kind: "publication", nominal: s.nominal, due: s.due, moved: s.moved, provisional: s.provisional }
    } else continue
    const list = eventsByCommunity.get(e.communityId)
    if (list === undefined) eventsByCommunity.set(e.communityId, [occ])
    else list.push(occ)
  }
  const occurrences: Occurrence[] = []
  for (const c of communities) {
    const prefix = `${c.id}/`
    const start = occurrences.length
    for (const t of template) {
      occurrences.push({ uid: `${prefix}${t.dutyId}/${t.key}`, communityId: c.id, dutyId: t.dutyId, key: t.key, kind: "publication", nominal: t.nominal, due: t.due, moved: t.moved, provisional: t.provisional })
    }
    const extra = eventsByCommunity.get(c.id)
    if (extra !== undefined) {
      const merged = [...occurrences.splice(start), ...extra].sort(byDue)
      for (const o of merged) occurrences.push(o)
    }
  }
  return { dutySet, communities, from, to, policy, occurrences }
}

/**
 * The label of an occurrence: its duty's title (Chinese and English), or the duty id when the
 * duty is not in the set.
 *
 * @throws `InvalidInput` when given something other than a duty set and an occurrence (a broken
 * precondition)
 * @example
 * ```ts
 * import { occurrenceTitle, scheduleCommunitiesUnsafe, LICANG_DUTIES } from "@minzheng/disclosure"
 * const s = scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-01-31" })
 * occurrenceTitle(s.dutySet, s.occurrences[0]!).zh //=> "居务公开日"
 * ```
 * @category schedules
 * @since 0.1.0
 */
export const occurrenceTitle = (dutySet: DutySet, occurrence: Occurrence): Bilingual => {
  const duties = (dutySet as { duties?: unknown } | null | undefined)?.duties
  const dutyId = (occurrence as { dutyId?: unknown } | null | undefined)?.dutyId
  if (!Array.isArray(duties) || typeof dutyId !== "string") {
    throw invalidInput([issue([], "invalid_arguments", "应为公开事项集和日程中的一项", "expected a duty set and an occurrence")])
  }
  const duty = duties.find((d: unknown) => typeof d === "object" && d !== null && (d as Duty).id === dutyId) as Duty | undefined
  return duty?.title ?? { zh: dutyId, en: dutyId }
}

/**
 * The 公示期 of a schedule's 公示 occurrence as a notice prints it: from the posting day to its
 * last day, the same `noticeEnd` the schedule and its iCalendar export show — pass it as the
 * `period` of {@link buildNotice} / {@link dibaoNotice} so the text and the calendar agree.
 *
 * Returns a `Result`: `InvalidInput` (code `not_a_public_notice`) when the occurrence is a
 * publication (公开), not a 公示 with a last day. The throwing twin is
 * {@link occurrenceNoticePeriodUnsafe}.
 *
 * @example
 * ```ts
 * import { occurrenceNoticePeriod, scheduleCommunitiesUnsafe, LICANG_DUTIES } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * const s = scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-07-01", to: "2025-07-31",
 *   events: [{ communityId: "c1", dutyId: "licang.dibao-notice", on: "2025-07-07" }] })
 * Result.getOrThrow(occurrenceNoticePeriod(s.occurrences.find((o) => o.kind === "public-notice")!)) //=> { from: "2025-07-07", to: "2025-07-14" }
 * Result.isFailure(occurrenceNoticePeriod(s.occurrences.find((o) => o.kind === "publication")!)) //=> true
 * ```
 * @category schedules
 * @since 0.1.0
 */
export const occurrenceNoticePeriod = (occurrence: Occurrence): Result.Result<{ readonly from: IsoDate; readonly to: IsoDate }, InvalidInput> =>
  attemptResult<{ readonly from: IsoDate; readonly to: IsoDate }, InvalidInput>(() => occurrenceNoticePeriodUnsafe(occurrence))

/**
 * {@link occurrenceNoticePeriod}, throwing its typed error.
 *
 * @throws `InvalidInput` when the occurrence is not a 公示 with a last day
 * @example
 * ```ts
 * import { occurrenceNoticePeriodUnsafe, scheduleCommunitiesUnsafe, LICANG_DUTIES } from "@minzheng/disclosure"
 * const s = scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-07-01", to: "2025-07-31",
 *   events: [{ communityId: "c1", dutyId: "licang.dibao-notice", on: "2025-07-07" }] })
 * occurrenceNoticePeriodUnsafe(s.occurrences.find((o) => o.kind === "public-notice")!) //=> { from: "2025-07-07", to: "2025-07-14" }
 * ```
 * @category schedules
 * @since 0.1.0
 */
export const occurrenceNoticePeriodUnsafe = (occurrence: Occurrence): { readonly from: IsoDate; readonly to: IsoDate } => {
  const o = occurrence as Partial<Occurrence> | null | undefined
  if (typeof o !== "object" || o === null || o.kind !== "public-notice" || !isIsoDate(o.due) || !isIsoDate(o.noticeEnd)) {
    throw invalidInput([issue(["occurrence"], "not_a_public_notice", "不是带公示期的日程项", "not a public-notice occurrence with a last day")])
  }
  return { from: o.due, to: o.noticeEnd }
}
