/**
 * The deadlines and flags of a mediation case, derived from its events and the calendar (core's
 * `Deadline`): the host application schedules reminders from them; the library never keeps
 * timers (a restored case loses nothing, unlike timers restored from a snapshot).
 *
 * @module
 */
import { type Citation, type Deadline, type Explanation, type IsoDate, type StoredEvent, type WorkCalendar, chinaCalendar, explain } from "@minzheng/core"
import { Result } from "effect"
import { arrayIssues, calendarIssues, dateIssues, isObject, textIssues, throwIfAny } from "../internal/guard.js"
import { stateIssues } from "../internal/state-guard.js"
import { LABOUR_DISPUTE_LAW, MEDIATION_WORK_RULES, PEOPLES_MEDIATION_LAW } from "../law/citations.js"
import { confirmationWindow } from "./confirmation-window.js"
import { decodeMediationEvent, type MediationEvent } from "./events.js"
import type { MediationState } from "./state.js"
import { labourArbitrationRight, mediationTimeLimit } from "./time-limits.js"
import { replayMediation } from "./workflow.js"

/**
 * A deadline of a mediation case: core's `Deadline` plus whether it is soft (passing it
 * raises a flag and refuses nothing), the articles behind it and its explanation.
 *
 * @example
 * ```ts
 * import type { MediationDeadline } from "@minzheng/mediation"
 * const urgent = (d: MediationDeadline) => !d.soft
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MediationDeadline extends Deadline {
  readonly kind: "time-limit" | "labour-arbitration" | "confirmation-window" | "follow-up"
  readonly soft: boolean
  readonly citations: ReadonlyArray<Citation>
  readonly explanation: Explanation
}

/**
 * The follow-up visit due next (第三十一条: 人民调解委员会应当对调解协议的履行情况进行监督): the
 * earliest performance deadline of the agreement in effect after which no visit has been
 * recorded yet, unless a visit already found the agreement fully performed.
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
 * in effect, not yet applied for); the next follow-up visit.
 *
 * @example
 * ```ts
 * import { mediationDeadlines, initialMediationState } from "@minzheng/mediation"
 * mediationDeadlines("c-1", initialMediationState) //=> []
 * ```
 * @throws `CalendarYearNotCovered` for a period ending in a year the calendar lacks;
 * `InvalidInput` when `caseId` is not a text, `s` not a case state or `calendar` not a `WorkCalendar`
 * @category rules
 * @since 0.1.0
 */
export const mediationDeadlines = (caseId: string, s: MediationState, calendar: WorkCalendar = chinaCalendar): ReadonlyArray<MediationDeadline> => {
  throwIfAny(textIssues(caseId, "caseId"), stateIssues(s, ["state"], { lists: true }), calendarIssues(calendar))
  return deadlinesOf(caseId, s, calendar)
}

const deadlinesOf = (caseId: string, s: MediationState, calendar: WorkCalendar): ReadonlyArray<MediationDeadline> => {
  const out: MediationDeadline[] = []
  if (s.status === "mediating") {
    const limit = mediationTimeLimit(s, calendar)
    if (limit !== undefined) {
      out.push({
        caseId,
        kind: "time-limit",
        due: limit.due,
        label: { zh: "调解期限（一般一个月内调结）", en: "mediation time limit (generally one month)" },
        soft: true,
        citations: [limit.extended ? MEDIATION_WORK_RULES.extension : MEDIATION_WORK_RULES.art33],
        explanation: limit.explanation
      })
    }
    const labour = labourArbitrationRight(s)
    if (labour !== undefined) {
      out.push({
        caseId,
        kind: "labour-arbitration",
        due: labour.lastDayOfPeriod,
        label: { zh: "劳动争议调解十五日期满，次日起可申请仲裁", en: "15 days of labour mediation end; arbitration may be sought from the next day" },
        soft: true,
        citations: [LABOUR_DISPUTE_LAW.art14],
        explanation: labour.explanation
      })
    }
  }
  if (s.status === "agreed" && s.agreement?.effectiveOn !== undefined && s.confirmation === undefined) {
    const w = confirmationWindow(s.agreement.effectiveOn, calendar)
    out.push({
      caseId,
      kind: "confirmation-window",
      due: w.end,
      label: { zh: "司法确认申请期限", en: "judicial confirmation window" },
      soft: false,
      citations: [PEOPLES_MEDIATION_LAW.art33],
      explanation: w.explanation
    })
  }
  const followUp = followUpDue(s)
  if (followUp !== undefined) {
    out.push({
      caseId,
      kind: "follow-up",
      due: followUp,
      label: { zh: "回访，了解调解协议履行情况", en: "follow-up visit on performance of the agreement" },
      soft: true,
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
 * still open, a follow-up visit due.
 *
 * @example
 * ```ts
 * import { mediationFlags, initialMediationState } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * mediationFlags(initialMediationState, isoDateUnsafe("2025-03-01")).overdue //=> false
 * ```
 * @throws `CalendarYearNotCovered` for a period ending in a year the calendar lacks;
 * `InvalidInput` when `s` is not a case state, `asOf` not a date or `calendar` not a `WorkCalendar`
 * @category rules
 * @since 0.1.0
 */
export const mediationFlags = (
  s: MediationState,
  asOf: IsoDate,
  calendar: WorkCalendar = chinaCalendar
): { readonly overdue: boolean; readonly arbitrationAvailable: boolean; readonly confirmationWindowOpen: boolean; readonly followUpDue: boolean } => {
  throwIfAny(stateIssues(s, ["state"], { lists: true }), dateIssues(asOf, "asOf"), calendarIssues(calendar))
  const all = deadlinesOf("", s, calendar)
  const find = (k: MediationDeadline["kind"]): MediationDeadline | undefined => all.find((d) => d.kind === k)
  const limit = find("time-limit")
  const labour = find("labour-arbitration")
  const window = find("confirmation-window")
  const followUp = find("follow-up")
  return {
    overdue: limit !== undefined && asOf > limit.due,
    arbitrationAvailable: labour !== undefined && asOf > labour.due,
    confirmationWindowOpen: window !== undefined && asOf <= window.due && asOf >= (s.agreement?.effectiveOn ?? asOf),
    followUpDue: followUp !== undefined && asOf >= followUp.due
  }
}

/**
 * Deadlines of a stored case, for core's `listByDue`: decodes and replays the events; a case whose
 * events are not mediation events (another workflow's case in the same store) has none.
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
  const events: MediationEvent[] = []
  for (const s of stored) {
    const d = decodeMediationEvent(s.event)
    if (Result.isFailure(d)) return []
    events.push(d.success)
  }
  try {
    return deadlinesOf(caseId, replayMediation(events), calendar)
  } catch {
    // A period beyond the calendar's years: no deadline can be stated; the Effect layer reports it.
    return []
  }
}
