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
import { type Explanation, explain, explainPeriod, type IsoDate, type WorkCalendar, chinaCalendar } from "@minzheng/core"
import { JUDICIAL_CONFIRMATION, PEOPLES_MEDIATION_LAW } from "../law/citations.js"

/**
 * The confirmation window of an agreement that took effect on `effectiveOn`.
 *
 * @example
 * ```ts
 * import { confirmationWindow } from "@minzheng/mediation"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const w = confirmationWindow(isoDateUnsafe("2025-09-01"))
 * w.nominalEnd //=> "2025-10-01"
 * w.end //=> "2025-10-09"
 * ```
 * @see {@link PEOPLES_MEDIATION_LAW} 第三十三条
 * @throws `CalendarYearNotCovered` when the window ends in a year the calendar has no data for
 * @category rules
 * @since 0.1.0
 */
export const confirmationWindow = (
  effectiveOn: IsoDate,
  calendar: WorkCalendar = chinaCalendar
): { readonly start: IsoDate; readonly nominalEnd: IsoDate; readonly end: IsoDate; readonly extended: boolean; readonly explanation: Explanation } => {
  const period = explainPeriod(effectiveOn, { days: 30 }, calendar)
  return {
    start: effectiveOn,
    nominalEnd: period.nominalEnd,
    end: period.end,
    extended: period.extended,
    explanation: explain({
      rule: "mediation.confirmation-window",
      label: { zh: "司法确认申请期限（调解协议生效之日起三十日内）", en: "judicial confirmation window (30 days from the agreement taking effect)" },
      outcome: period.end,
      inputs: { effectiveOn },
      citations: [PEOPLES_MEDIATION_LAW.art33, JUDICIAL_CONFIRMATION.civilProcedure],
      children: [period.explanation]
    })
  }
}
