/**
 * 司法确认申请期限 (the judicial-confirmation window).
 *
 * > 经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内
 * > 共同向人民法院申请司法确认…… — 《人民调解法》第三十三条
 *
 * The 30 days are a period under 《民法典》第二百零一至二百零三条: the day the agreement takes
 * effect is not counted, and a last day that falls on a statutory rest day moves to the first
 * working day after it (core's `explainPeriod` with the China calendar).
 *
 * @module
 */
import { type CalendarYearNotCovered, type Explanation, explain, type InvalidInput, type IsoDate, type PeriodEnd, type WorkCalendar, chinaCalendar } from "@minzheng/core"
import * as Result from "effect/Result"
import { periodOver } from "../internal/calendar-period.js"
import { calendarIssues, dateIssues, throwIfAny, toResult } from "../internal/guard.js"
import { JUDICIAL_CONFIRMATION, PEOPLES_MEDIATION_LAW } from "../law/citations.js"

/**
 * The judicial-confirmation window of an agreement: from the day it took effect to the last day
 * a joint application may be made — core's `PeriodEnd` (start, nominal 30th day, end moved
 * past rest days, whether provisional, explanation).
 *
 * @example
 * ```ts
 * import type { ConfirmationWindow } from "@minzheng/mediation"
 * const lastDay = (w: ConfirmationWindow) => w.end
 * ```
 * @category models
 * @since 0.1.0
 */
export type ConfirmationWindow = PeriodEnd

const windowOf = (effectiveOn: IsoDate, calendar: WorkCalendar): Result.Result<ConfirmationWindow, CalendarYearNotCovered> => {
  const outcome = periodOver(effectiveOn, { days: 30 }, calendar)
  if (!outcome.computed) return Result.fail(outcome.error)
  const period = outcome.period
  return Result.succeed({
    start: effectiveOn,
    nominalEnd: period.nominalEnd,
    end: period.end,
    extended: period.extended,
    provisional: period.provisional,
    explanation: explain({
      rule: "mediation.confirmation-window",
      label: { zh: "司法确认申请期限（调解协议生效之日起三十日内）", en: "judicial confirmation window (30 days from the agreement taking effect)" },
      outcome: period.end,
      inputs: { effectiveOn },
      citations: [PEOPLES_MEDIATION_LAW.art33, JUDICIAL_CONFIRMATION.civilProcedure],
      children: [period.explanation]
    })
  })
}

/** The window, for the rules (arguments already checked); the year it lacks as a value. @internal */
export const confirmationWindowOf = windowOf

/**
 * The confirmation window of an agreement that took effect on `effectiveOn`, or
 * `CalendarYearNotCovered` when the window ends in a year the calendar has no data for (load the
 * year with `chinaCalendar.extend([...])`, or pass `chinaCalendar.withProjection(year)` for a
 * provisional answer), or `InvalidInput` for a bad date or calendar.
 *
 * @example
 * ```ts
 * import { confirmationWindow } from "@minzheng/mediation"
 * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const w = confirmationWindow(isoDateUnsafe("2025-09-01"))
 * Result.isSuccess(w) && w.success.nominalEnd //=> "2025-10-01"
 * Result.isSuccess(w) && w.success.end //=> "2025-10-09"
 * const late = confirmationWindow(isoDateUnsafe("2035-12-10"))
 * Result.isFailure(late) && late.failure._tag //=> "CalendarYearNotCovered"
 * const projected = confirmationWindow(isoDateUnsafe("2035-12-10"), chinaCalendar.withProjection(2036))
 * Result.isSuccess(projected) && projected.success.provisional //=> true
 * ```
 * @see {@link confirmationWindowUnsafe} for the throwing variant
 * @see {@link PEOPLES_MEDIATION_LAW} 第三十三条
 * @category rules
 * @since 0.1.0
 */
export const confirmationWindow = (
  effectiveOn: IsoDate,
  calendar: WorkCalendar = chinaCalendar
): Result.Result<ConfirmationWindow, CalendarYearNotCovered | InvalidInput> =>
  toResult(() => {
    throwIfAny(dateIssues(effectiveOn, "effectiveOn"), calendarIssues(calendar))
    return windowOf(effectiveOn, calendar ?? chinaCalendar)
  })

/**
 * {@link confirmationWindow}, throwing its typed errors.
 *
 * @example
 * ```ts
 * import { confirmationWindowUnsafe } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * confirmationWindowUnsafe(isoDateUnsafe("2025-09-01")).end //=> "2025-10-09"
 * ```
 * @throws `CalendarYearNotCovered` when the window ends in a year the calendar has no data for;
 * `InvalidInput` for a bad date or calendar
 * @category rules
 * @since 0.1.0
 */
export const confirmationWindowUnsafe = (effectiveOn: IsoDate, calendar: WorkCalendar = chinaCalendar): ConfirmationWindow => {
  const r = confirmationWindow(effectiveOn, calendar)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
