/**
 * The time limits of a mediation case, derived from its events and the calendar — never timers.
 *
 * @module
 */
import { addDays, explain, type Explanation, explainPeriod, type IsoDate, type WorkCalendar, chinaCalendar } from "@minzheng/core"
import { calendarIssues, throwIfAny } from "../internal/guard.js"
import { requireMediationState, stateIssues } from "../internal/state-guard.js"
import { LABOUR_DISPUTE_LAW, MEDIATION_WORK_RULES } from "../law/citations.js"
import { isLabourDispute } from "./dispute-category.js"
import type { MediationState } from "./state.js"

/**
 * 调解期限 (the one-month soft limit).
 *
 * > 人民调解委员会调解纠纷，一般在一个月内调结。 — 《人民调解工作若干规定》第三十三条
 *
 * One month from acceptance (or from the restart after a court found the agreement invalid),
 * counted as a 民法典 period (holiday extension included), or the date both parties agreed to
 * extend it to. A soft limit: passing it makes the case overdue, it refuses nothing. Undefined
 * for a case not yet accepted.
 *
 * @example
 * ```ts
 * import { mediationTimeLimit, initialMediationState } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * mediationTimeLimit({ ...initialMediationState, status: "mediating", acceptedOn: isoDateUnsafe("2025-03-04") })?.due //=> "2025-04-07"
 * ```
 * @throws `CalendarYearNotCovered` for a limit in a year the calendar has no data for;
 * `InvalidInput` when `s` is not a case state or `calendar` not a `WorkCalendar`
 * @category rules
 * @since 0.1.0
 */
export const mediationTimeLimit = (
  s: MediationState,
  calendar: WorkCalendar = chinaCalendar
): { readonly due: IsoDate; readonly extended: boolean; readonly explanation: Explanation } | undefined => {
  throwIfAny(stateIssues(s), calendarIssues(calendar))
  const from = s.restartedOn ?? s.acceptedOn
  if (from === undefined) return undefined
  const period = explainPeriod(from, { months: 1 }, calendar)
  const due = s.timeLimitExtendedTo ?? period.end
  return {
    due,
    extended: s.timeLimitExtendedTo !== undefined,
    explanation: explain({
      rule: "mediation.time-limit",
      label: { zh: "调解一般在一个月内调结", en: "mediation is generally concluded within one month" },
      outcome: due,
      inputs: { from, ...(s.timeLimitExtendedTo === undefined ? {} : { extendedTo: s.timeLimitExtendedTo }) },
      citations: [s.timeLimitExtendedTo === undefined ? MEDIATION_WORK_RULES.art33 : MEDIATION_WORK_RULES.extension],
      children: [period.explanation]
    })
  }
}

/**
 * 劳动争议申请仲裁的权利 (a labour dispute's right to arbitration).
 *
 * > 自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。
 * > — 《劳动争议调解仲裁法》第十四条
 *
 * The fifteen days run from the day after the application is received (民法典 第二百零一条), so the
 * right shows from day 16. No holiday extension: the period is a wait for the party's own right,
 * and extending it would only postpone that right (this package's interpretation; see the guide).
 * Undefined for a case that is not a labour dispute.
 *
 * @example
 * ```ts
 * import { labourArbitrationRight, initialMediationState } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * labourArbitrationRight({ ...initialMediationState, category: "labour", startedOn: isoDateUnsafe("2025-03-03") })?.from //=> "2025-03-19"
 * ```
 * @throws `InvalidInput` when `s` is not a case state
 * @category rules
 * @since 0.1.0
 */
export const labourArbitrationRight = (
  s: MediationState
): { readonly lastDayOfPeriod: IsoDate; readonly from: IsoDate; readonly explanation: Explanation } | undefined => {
  requireMediationState(s)
  if (s.category === undefined || !isLabourDispute(s.category) || s.startedOn === undefined) return undefined
  const lastDayOfPeriod = addDays(s.startedOn, 15)
  const from = addDays(s.startedOn, 16)
  return {
    lastDayOfPeriod,
    from,
    explanation: explain({
      rule: "mediation.labour-arbitration-right",
      label: { zh: "收到调解申请之日起十五日内未达成调解协议的，可以申请仲裁", en: "no agreement within 15 days of the application: arbitration may be sought" },
      outcome: from,
      inputs: { applicationReceived: s.startedOn, lastDayOfPeriod },
      citations: [LABOUR_DISPUTE_LAW.art14]
    })
  }
}
