/**
 * The deadlines and flags of a mediation case, derived from its events and the calendar (core's
 * `Deadline`): the host application schedules reminders from them; the library never keeps
 * timers (a restored case loses nothing, unlike timers restored from a snapshot).
 *
 * A deadline never silently disappears. When the calendar lacks the year a period ends in, the
 * deadline is still listed, with `status: "uncomputable"`, the year it needs, a note saying so
 * (无法计算：未载入 2027 年工作日历) and, as `due`, the period's last day before any rest-day
 * extension — the earliest the real deadline can be. With a projected calendar
 * (`chinaCalendar.withProjection(year)`) it is `status: "provisional"`.
 *
 * @module
 */
import { type Bilingual, CalendarYearNotCovered, type Citation, type Deadline, type Explanation, type InvalidInput, type IsoDate, isIsoDate, type StoredEvent, type WorkCalendar, chinaCalendar, explain } from "@minzheng/core"
import * as Result from "effect/Result"
import { type PeriodOutcome, periodOver, PROVISIONAL_NOTE, uncomputableNote } from "../internal/calendar-period.js"
import { arrayIssues, calendarIssues, dateIssues, isObject, textIssues, throwIfAny, toResult } from "../internal/guard.js"
import { stateIssues } from "../internal/state-guard.js"
import { LABOUR_DISPUTE_LAW, LOCAL_PRACTICE, MEDIATION_WORK_RULES, PEOPLES_MEDIATION_LAW } from "../law/citations.js"
import { decodeMediationEvent, type MediationEvent } from "./events.js"
import type { MediationState } from "./state.js"
import { labourArbitrationRight } from "./time-limits.js"
import { replayMediation } from "./workflow.js"

/**
 * The kinds of deadline a mediation case has, each with its Chinese and English name.
 *
 * @example
 * ```ts
 * import { MEDIATION_DEADLINE_KIND_NAMES } from "@minzheng/mediation"
 * MEDIATION_DEADLINE_KIND_NAMES["confirmation-window"].zh //=> "司法确认申请期限"
 * ```
 * @category models
 * @since 0.1.0
 */
export const MEDIATION_DEADLINE_KIND_NAMES = {
  "time-limit": { zh: "调解期限", en: "mediation time limit" },
  "labour-arbitration": { zh: "劳动争议申请仲裁", en: "right to labour arbitration" },
  "confirmation-window": { zh: "司法确认申请期限", en: "judicial confirmation window" },
  "follow-up": { zh: "回访", en: "follow-up visit" },
  "unreadable-case": { zh: "案件记录无法读取", en: "case record cannot be read" }
} as const

/**
 * A kind of deadline (a key of {@link MEDIATION_DEADLINE_KIND_NAMES}).
 *
 * @example
 * ```ts
 * import type { MediationDeadlineKind } from "@minzheng/mediation"
 * const k: MediationDeadlineKind = "follow-up"
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediationDeadlineKind = keyof typeof MEDIATION_DEADLINE_KIND_NAMES

/**
 * How sure a deadline's date is, each with its Chinese and English name: computed from the
 * calendar's published data, provisional (projected calendar days), or uncomputable (a calendar
 * year is missing).
 *
 * @example
 * ```ts
 * import { MEDIATION_DEADLINE_STATUS_NAMES } from "@minzheng/mediation"
 * MEDIATION_DEADLINE_STATUS_NAMES.uncomputable.zh //=> "无法计算"
 * ```
 * @category models
 * @since 0.1.0
 */
export const MEDIATION_DEADLINE_STATUS_NAMES = {
  computed: { zh: "已计算", en: "computed" },
  provisional: { zh: "临时（按推算的工作日历）", en: "provisional (projected calendar)" },
  uncomputable: { zh: "无法计算", en: "cannot be computed" }
} as const

/**
 * How sure a deadline's date is (a key of {@link MEDIATION_DEADLINE_STATUS_NAMES}).
 *
 * @example
 * ```ts
 * import type { MediationDeadlineStatus } from "@minzheng/mediation"
 * const s: MediationDeadlineStatus = "provisional"
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediationDeadlineStatus = keyof typeof MEDIATION_DEADLINE_STATUS_NAMES

/**
 * A deadline of a mediation case: core's `Deadline` plus whether it is soft (passing it
 * raises a flag and refuses nothing), how sure its date is, the articles behind it and its
 * explanation.
 *
 * - `status: "computed"`: from the calendar's published data.
 * - `status: "provisional"`: rests on projected calendar days; `note` says to check it when the
 *   year's notice is out.
 * - `status: "uncomputable"`: the calendar lacks `missingYear`; `due` is the period's last day
 *   before any rest-day extension (the earliest the deadline can be) and `note` says
 *   "无法计算：未载入 2027 年工作日历". Load the year (`chinaCalendar.extend([...])`) or pass a
 *   projected calendar to get the date.
 * - `kind: "unreadable-case"`: a stored mediation case with an event that cannot be read; no
 *   deadline of it can be computed (`status: "uncomputable"`, `due`: the last readable date).
 *
 * @example
 * ```ts
 * import type { MediationDeadline } from "@minzheng/mediation"
 * const needsCalendar = (d: MediationDeadline) => d.status === "uncomputable"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MediationDeadline extends Deadline {
  readonly kind: MediationDeadlineKind
  readonly soft: boolean
  readonly status: MediationDeadlineStatus
  /** The calendar year that is missing, for `status: "uncomputable"` from the calendar. */
  readonly missingYear?: number
  /** Why the date is provisional or cannot be computed, in both languages. */
  readonly note?: Bilingual
  readonly citations: ReadonlyArray<Citation>
  readonly explanation: Explanation
}

/**
 * The follow-up visit due next (第三十一条: 人民调解委员会应当对调解协议的履行情况进行监督): the
 * earliest performance deadline of the agreement in effect after which no visit has been
 * recorded yet, unless a visit already found the agreement fully performed. `undefined` is the
 * normal answer when no visit is due: no agreement in effect, every deadline already visited, or
 * a visit found it fully performed — never a failure.
 *
 * @example
 * ```ts
 * import { nextFollowUpDue, initialMediationState } from "@minzheng/mediation"
 * nextFollowUpDue(initialMediationState) //=> undefined
 * ```
 * @throws `InvalidInput` when `s` is not a case state
 * @category rules
 * @since 0.1.0
 */
export const nextFollowUpDue = (s: MediationState): IsoDate | undefined => {
  throwIfAny(stateIssues(s, ["state"], { lists: true }))
  return followUpDue(s)
}

const followUpDue = (s: MediationState): IsoDate | undefined => {
  const a = s.agreement
  if (a?.effectiveOn === undefined || s.status !== "agreed") return undefined
  if (s.followUps.some((f) => f.performance === "performed")) return undefined
  const deadlines = a.contents.terms.map((t) => t.deadline).sort()
  return deadlines.find((d) => !s.followUps.some((f) => f.date >= d))
}

/**
 * Every open deadline of a case, soonest first: the one-month limit and, for a labour dispute,
 * the start of the right to arbitration (while in mediation); the confirmation window (agreement
 * in effect, not yet applied for); the next follow-up visit. A deadline in a year the calendar
 * lacks is listed with `status: "uncomputable"` and a note naming the year — never dropped; pass a
 * calendar that has the year, or `chinaCalendar.withProjection(year)` for provisional dates.
 *
 * @example
 * ```ts
 * import { mediationDeadlines, initialMediationState } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * mediationDeadlines("c-1", initialMediationState) //=> []
 * // accepted in a year far beyond the built-in calendar (2020–2026)
 * const mediating = { ...initialMediationState, status: "mediating" as const, acceptedOn: isoDateUnsafe("2035-12-10") }
 * mediationDeadlines("c-1", mediating)[0]?.note?.zh //=> "无法计算：未载入 2036 年工作日历"
 * mediationDeadlines("c-1", mediating)[0]?.due //=> "2036-01-10"
 * ```
 * @throws `InvalidInput` when `caseId` is not a text, `s` not a case state or `calendar` not a `WorkCalendar`
 * @category rules
 * @since 0.1.0
 */
export const mediationDeadlines = (caseId: string, s: MediationState, calendar: WorkCalendar = chinaCalendar): ReadonlyArray<MediationDeadline> => {
  throwIfAny(textIssues(caseId, "caseId"), stateIssues(s, ["state"], { lists: true }), calendarIssues(calendar))
  return deadlinesOf(caseId, s, calendar ?? chinaCalendar)
}

/** A deadline from a legal period: computed, provisional, or listed with the year it lacks. */
const periodDeadline = (
  base: { readonly caseId: string; readonly kind: MediationDeadline["kind"]; readonly label: Bilingual; readonly soft: boolean; readonly citations: ReadonlyArray<Citation> },
  outcome: PeriodOutcome,
  explanation: (child: Explanation) => Explanation
): MediationDeadline => {
  if (outcome.computed) {
    const p = outcome.period
    return p.provisional
      ? { ...base, label: withNote(base.label, PROVISIONAL_NOTE), due: p.end, status: "provisional", note: PROVISIONAL_NOTE, explanation: explanation(p.explanation) }
      : { ...base, due: p.end, status: "computed", explanation: explanation(p.explanation) }
  }
  const note = uncomputableNote(outcome.error.year)
  return {
    ...base,
    label: withNote(base.label, note),
    due: outcome.nominal.end,
    status: "uncomputable",
    missingYear: outcome.error.year,
    note,
    explanation: explain({
      rule: "mediation.deadline-uncomputable",
      label: { zh: `${base.label.zh}${note.zh}（最早为 ${outcome.nominal.end}，逢法定休假日顺延）`, en: `${base.label.en}: ${note.en} (at the earliest ${outcome.nominal.end}, later if that is a rest day)` },
      outcome: null,
      inputs: { nominalEnd: outcome.nominal.end, missingYear: outcome.error.year },
      citations: base.citations,
      children: [outcome.nominal.explanation]
    })
  }
}

const withNote = (label: Bilingual, note: Bilingual): Bilingual => ({ zh: `${label.zh}（${note.zh}）`, en: `${label.en} (${note.en})` })

const deadlinesOf = (caseId: string, s: MediationState, calendar: WorkCalendar): ReadonlyArray<MediationDeadline> => {
  const out: MediationDeadline[] = []
  if (s.status === "mediating") {
    const from = s.restartedOn ?? s.acceptedOn
    if (from !== undefined) {
      const label = { zh: "调解期限（一般一个月内调结）", en: "mediation time limit (generally one month)" }
      const extendedTo = s.timeLimitExtendedTo
      if (extendedTo !== undefined) {
        // The date both parties agreed to: no calendar needed.
        const citations = [MEDIATION_WORK_RULES.art33, LOCAL_PRACTICE.extensionConsent]
        out.push({
          caseId,
          kind: "time-limit",
          due: extendedTo,
          label,
          soft: true,
          status: "computed",
          citations,
          explanation: explain({
            rule: "mediation.time-limit",
            label: { zh: "经双方当事人同意延长的调解期限", en: "the time limit as extended with both parties' consent" },
            outcome: extendedTo,
            inputs: { from, extendedTo },
            citations
          })
        })
      } else {
        const citations = [MEDIATION_WORK_RULES.art33]
        out.push(
          periodDeadline({ caseId, kind: "time-limit", label, soft: true, citations }, periodOver(from, { months: 1 }, calendar), (child) =>
            explain({
              rule: "mediation.time-limit",
              label: { zh: "调解一般在一个月内调结", en: "mediation is generally concluded within one month" },
              outcome: child.outcome,
              inputs: { from },
              citations,
              children: [child]
            })
          )
        )
      }
    }
    const labour = labourArbitrationRight(s)
    if (labour !== undefined) {
      out.push({
        caseId,
        kind: "labour-arbitration",
        due: labour.lastDayOfPeriod,
        label: { zh: "劳动争议调解十五日期满，次日起可申请仲裁", en: "15 days of labour mediation end; arbitration may be sought from the next day" },
        soft: true,
        status: "computed",
        citations: [LABOUR_DISPUTE_LAW.art14],
        explanation: labour.explanation
      })
    }
  }
  const effectiveOn = s.agreement?.effectiveOn
  if (s.status === "agreed" && effectiveOn !== undefined && s.confirmation === undefined) {
    const citations = [PEOPLES_MEDIATION_LAW.art33]
    out.push(
      periodDeadline(
        { caseId, kind: "confirmation-window", label: { zh: "司法确认申请期限", en: "judicial confirmation window" }, soft: false, citations },
        periodOver(effectiveOn, { days: 30 }, calendar),
        (child) =>
          explain({
            rule: "mediation.confirmation-window",
            label: { zh: "司法确认申请期限（调解协议生效之日起三十日内）", en: "judicial confirmation window (30 days from the agreement taking effect)" },
            outcome: child.outcome,
            inputs: { effectiveOn },
            citations,
            children: [child]
          })
      )
    )
  }
  const followUp = followUpDue(s)
  if (followUp !== undefined) {
    out.push({
      caseId,
      kind: "follow-up",
      due: followUp,
      label: { zh: "回访，了解调解协议履行情况", en: "follow-up visit on performance of the agreement" },
      soft: true,
      status: "computed",
      citations: [PEOPLES_MEDIATION_LAW.art31],
      explanation: explain({
        rule: "mediation.follow-up",
        label: { zh: "履行期限届至，回访了解履行情况", en: "a performance deadline has come: visit and record performance" },
        outcome: followUp,
        citations: [PEOPLES_MEDIATION_LAW.art31]
      })
    })
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
}

/**
 * The flags of a case as of a date: overdue (past the one-month limit, still in mediation), a
 * labour party's right to arbitration (day 16 onwards without agreement), the confirmation window
 * still open, a follow-up visit due. A flag is answered without the calendar whenever the date
 * settles it (a day on or before a period's 30th day is inside it, whatever the holidays); only
 * when the answer needs a year the calendar lacks does it fail with `CalendarYearNotCovered`.
 * `InvalidInput` when `s` is not a case state, `asOf` not a date or `calendar` not a `WorkCalendar`.
 *
 * @example
 * ```ts
 * import { mediationFlags, initialMediationState } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = mediationFlags(initialMediationState, isoDateUnsafe("2025-03-01"))
 * Result.isSuccess(r) && r.success.overdue //=> false
 * ```
 * @category rules
 * @since 0.1.0
 */
export const mediationFlags = (
  s: MediationState,
  asOf: IsoDate,
  calendar: WorkCalendar = chinaCalendar
): Result.Result<MediationCaseFlags, CalendarYearNotCovered | InvalidInput> =>
  toResult(() => {
    throwIfAny(stateIssues(s, ["state"], { lists: true }), dateIssues(asOf, "asOf"), calendarIssues(calendar))
    const all = deadlinesOf("", s, calendar ?? chinaCalendar)
    const find = (k: MediationDeadline["kind"]): MediationDeadline | undefined => all.find((d) => d.kind === k)
    const limit = find("time-limit")
    const labour = find("labour-arbitration")
    const window = find("confirmation-window")
    const followUp = find("follow-up")
    // An uncomputable deadline's `due` is the earliest its real date can be: a date on or before it
    // is settled; a date after it needs the missing year.
    const undecided = [limit, window].find((d) => d !== undefined && d.status === "uncomputable" && asOf > d.due)
    if (undecided?.missingYear !== undefined) return Result.fail(uncovered(undecided.missingYear, calendar ?? chinaCalendar))
    return Result.succeed({
      overdue: limit !== undefined && asOf > limit.due,
      arbitrationAvailable: labour !== undefined && asOf > labour.due,
      confirmationWindowOpen: window !== undefined && asOf <= window.due && asOf >= (s.agreement?.effectiveOn ?? asOf),
      followUpDue: followUp !== undefined && asOf >= followUp.due,
      provisional: all.some((d) => d.status === "provisional")
    })
  })

/**
 * The flags of a case as of a date (see {@link mediationFlags}).
 *
 * @example
 * ```ts
 * import type { MediationCaseFlags } from "@minzheng/mediation"
 * const needsAction = (f: MediationCaseFlags) => f.overdue || f.followUpDue
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MediationCaseFlags {
  readonly overdue: boolean
  readonly arbitrationAvailable: boolean
  readonly confirmationWindowOpen: boolean
  readonly followUpDue: boolean
  /** True when a flag rests on projected calendar days. */
  readonly provisional: boolean
}

const uncovered = (year: number, calendar: WorkCalendar): CalendarYearNotCovered => new CalendarYearNotCovered({ year, covered: calendar.coveredYears })

// Every mediation case begins with its `started` event; a case whose first event is not one is
// another workflow's (a 议事协商 topic, a 阳光报告会) sharing the store.
const isMediationCase = (stored: ReadonlyArray<StoredEvent>): boolean => {
  const first = stored[0]?.event
  return isObject(first) && first["type"] === "started"
}

/**
 * Deadlines of a stored case, for core's `listByDue`: decodes and replays the events. A case of
 * another workflow in the same store (its first event is not `started`) has none. A mediation
 * case none of whose deadlines can be computed is never dropped: an event that cannot be read
 * gives one entry `kind: "unreadable-case"`, and a period in a year the calendar lacks an entry
 * with `status: "uncomputable"`.
 *
 * @example
 * ```ts
 * import { storedMediationDeadlines } from "@minzheng/mediation"
 * storedMediationDeadlines("c-1", []) //=> []
 * ```
 * @throws `InvalidInput` when `caseId` is not a text, `stored` not a list of stored events or
 * `calendar` not a `WorkCalendar`
 * @category rules
 * @since 0.1.0
 */
export const storedMediationDeadlines = (caseId: string, stored: ReadonlyArray<StoredEvent>, calendar: WorkCalendar = chinaCalendar): ReadonlyArray<MediationDeadline> => {
  throwIfAny(
    textIssues(caseId, "caseId"),
    arrayIssues(stored, "stored", isObject, "应为已存储事件（对象）的列表", "expected a list of stored events (objects)"),
    calendarIssues(calendar)
  )
  if (!isMediationCase(stored)) return []
  const events: MediationEvent[] = []
  let lastDate: IsoDate | undefined
  for (const [i, s] of stored.entries()) {
    const d = decodeMediationEvent(s.event)
    if (Result.isFailure(d)) return [unreadable(caseId, i, lastDate ?? recordedDate(s))]
    events.push(d.success)
    lastDate = d.success.date
  }
  return deadlinesOf(caseId, replayMediation(events), calendar ?? chinaCalendar)
}

const recordedDate = (s: StoredEvent): IsoDate => {
  const day = typeof s.recordedAt === "string" ? s.recordedAt.slice(0, 10) : ""
  return (isIsoDate(day) ? day : "1970-01-01") as IsoDate
}

const unreadable = (caseId: string, index: number, due: IsoDate): MediationDeadline => {
  const note = { zh: `无法计算：本案第 ${index + 1} 条事件无法读取`, en: `cannot be computed: event ${index + 1} of the case cannot be read` }
  return {
    caseId,
    kind: "unreadable-case",
    due,
    label: { zh: `本案期限（${note.zh}）`, en: `the case's deadlines (${note.en})` },
    soft: false,
    status: "uncomputable",
    note,
    citations: [PEOPLES_MEDIATION_LAW.art27],
    explanation: explain({
      rule: "mediation.unreadable-case",
      label: { zh: `案件记录有误，${note.zh}，请核对案卷`, en: `the case record is damaged: ${note.en}; check the case file` },
      outcome: null,
      inputs: { event: index + 1 },
      citations: [PEOPLES_MEDIATION_LAW.art27]
    })
  }
}
