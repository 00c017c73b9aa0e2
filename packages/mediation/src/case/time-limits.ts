/**
 * The time limits of a mediation case, derived from its events and the calendar — never timers.
 *
 * @module
 */
import { addDays, type CalendarYearNotCovered, explain, type Explanation, type InvalidInput, type IsoDate, type WorkCalendar, chinaCalendar } from "@minzheng/core"
import * as Result from "effect/Result"
import { periodOver } from "../internal/calendar-period.js"
import { calendarIssues, throwIfAny, toResult } from "../internal/guard.js"
import { requireMediationState, stateIssues } from "../internal/state-guard.js"
import { LABOUR_DISPUTE_LAW, LOCAL_PRACTICE, MEDIATION_WORK_RULES } from "../law/citations.js"
import { isLabourDispute } from "./dispute-category.js"
import type { MediationState } from "./state.js"

/**
 * The one-month limit of a case in mediation: its last day, whether the parties extended it, and
 * the reasoning.
 *
 * @example
 * ```ts
 * import type { MediationTimeLimit } from "@minzheng/mediation"
 * const lastDay = (l: MediationTimeLimit) => l.due
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MediationTimeLimit {
  readonly due: IsoDate
  readonly extended: boolean
  /** True when the end rests on projected calendar days (a calendar from `withProjection`). */
  readonly provisional: boolean
  readonly explanation: Explanation
}

/** The limit, for the rules (the state already checked); the year the calendar lacks as a value. @internal */
export const timeLimitOf = (s: MediationState, calendar: WorkCalendar): Result.Result<MediationTimeLimit | undefined, CalendarYearNotCovered> => {
  const from = s.restartedOn ?? s.acceptedOn
  if (from === undefined) return Result.succeed(undefined)
  const outcome = periodOver(from, { months: 1 }, calendar)
  const extendedTo = s.timeLimitExtendedTo
  // An extended limit is the date the parties agreed to: the calendar is not needed for it.
  if (!outcome.computed && extendedTo === undefined) return Result.fail(outcome.error)
  const period = outcome.computed ? outcome.period : outcome.nominal
  const due = extendedTo ?? period.end
  return Result.succeed({
    due,
    extended: extendedTo !== undefined,
    provisional: extendedTo === undefined && period.provisional,
    explanation: explain({
      rule: "mediation.time-limit",
      label: { zh: "调解一般在一个月内调结", en: "mediation is generally concluded within one month" },
      outcome: due,
      inputs: { from, ...(extendedTo === undefined ? {} : { extendedTo }) },
      citations: extendedTo === undefined ? [MEDIATION_WORK_RULES.art33] : [MEDIATION_WORK_RULES.art33, LOCAL_PRACTICE.extensionConsent],
      children: [period.explanation]
    })
  })
}

/**
 * 调解期限 (the one-month soft limit).
 *
 * > 人民调解委员会调解纠纷，一般在一个月内调结。 — 《人民调解工作若干规定》第三十三条
 *
 * One month from acceptance (or from the restart after a court found the agreement invalid),
 * counted as a 民法典 period (holiday extension included), or the date both parties agreed to
 * extend it to (第三十三条 says nothing of extension: that rule is local practice, see
 * {@link LOCAL_PRACTICE}). A soft limit: passing it makes the case overdue, it refuses nothing.
 * `undefined` (in the success) is the normal answer for a case not yet accepted, never a failure; `CalendarYearNotCovered` when the month ends in a year
 * the calendar lacks (pass a calendar that has it, or `chinaCalendar.withProjection(year)`);
 * `InvalidInput` for a bad state or calendar.
 *
 * @example
 * ```ts
 * import { mediationTimeLimit, initialMediationState } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = mediationTimeLimit({ ...initialMediationState, status: "mediating", acceptedOn: isoDateUnsafe("2025-03-04") })
 * Result.isSuccess(r) && r.success?.due //=> "2025-04-07"
 * ```
 * @see {@link mediationTimeLimitUnsafe} for the throwing variant
 * @category rules
 * @since 0.1.0
 */
export const mediationTimeLimit = (
  s: MediationState,
  calendar: WorkCalendar = chinaCalendar
): Result.Result<MediationTimeLimit | undefined, CalendarYearNotCovered | InvalidInput> =>
  toResult(() => {
    throwIfAny(stateIssues(s), calendarIssues(calendar))
    return timeLimitOf(s, calendar ?? chinaCalendar)
  })

/**
 * {@link mediationTimeLimit}, throwing its typed errors (the same instances its `Result` carries).
 * `undefined`, as there, is the normal answer for a case not yet accepted.
 *
 * @example
 * ```ts
 * import { mediationTimeLimitUnsafe, initialMediationState } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * mediationTimeLimitUnsafe({ ...initialMediationState, status: "mediating", acceptedOn: isoDateUnsafe("2025-03-04") })?.due //=> "2025-04-07"
 * ```
 * @throws `CalendarYearNotCovered` for a limit in a year the calendar has no data for;
 * `InvalidInput` when `s` is not a case state or `calendar` not a `WorkCalendar`
 * @category rules
 * @since 0.1.0
 */
export const mediationTimeLimitUnsafe = (s: MediationState, calendar: WorkCalendar = chinaCalendar): MediationTimeLimit | undefined => {
  const r = mediationTimeLimit(s, calendar)
  if (Result.isFailure(r)) throw r.failure
  return r.success
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
 * `undefined` is the normal answer for a case that is not a labour dispute or not yet registered
 * (no application date) — never a failure. Needs no calendar, so it cannot fail on a missing year.
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
