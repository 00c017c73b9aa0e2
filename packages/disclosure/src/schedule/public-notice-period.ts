/**
 * 公示期 (public-notice period): a notice posted on a day stays up for a legal period counted by
 * 《民法典》第二百零一至二百零三条 (core's `explainPeriod`): the posting day is not counted, and a
 * last day on a rest day moves to the next working day. A decision taken on or before that last
 * day was taken before the 公示 ran its full length, and is flagged (e.g. a 低保 confirmed before
 * its 7 days ended, 《最低生活保障审核确认办法》).
 *
 * @module
 */
import {
  addDays,
  chinaCalendar,
  decode,
  type Explanation,
  explain,
  explainPeriod,
  type IsoDate,
  IsoDateSchema,
  type PeriodLength,
  PeriodLengthSchema,
  WorkCalendar,
  invalidInput,
  issue
} from "@minzheng/core"
import { Result } from "effect"
import { z } from "zod"

/**
 * Zod schema of a {@link DecisionTimingInput}.
 *
 * @example
 * ```ts
 * import { DecisionTimingInputSchema } from "@minzheng/disclosure"
 * DecisionTimingInputSchema.safeParse({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-10" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DecisionTimingInputSchema = z
  .object({ postedOn: IsoDateSchema, duration: PeriodLengthSchema, decidedOn: IsoDateSchema, ref: z.string().max(200).optional() })
  .strict()

/**
 * A 公示 and the day the decision it serves was taken.
 *
 * @example
 * ```ts
 * import type { DecisionTimingInput } from "@minzheng/disclosure"
 * const input: DecisionTimingInput = { postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-09" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type DecisionTimingInput = z.input<typeof DecisionTimingInputSchema>

/**
 * The 公示 window and whether the decision came too early.
 *
 * @example
 * ```ts
 * import { checkDecisionTiming } from "@minzheng/disclosure"
 * const r = checkDecisionTiming({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-09" })
 * r.noticeEnd //=> "2025-10-09"
 * r.earlyDecision //=> true
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DecisionTiming {
  readonly ref?: string
  readonly postedOn: IsoDate
  readonly noticeEnd: IsoDate
  readonly earliestDecision: IsoDate
  readonly decidedOn: IsoDate
  readonly earlyDecision: boolean
  readonly explanation: Explanation
}

const requireCalendar = (calendar: unknown): WorkCalendar => {
  if (calendar instanceof WorkCalendar) return calendar
  throw invalidInput([issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
}

/**
 * The last day of a 公示 posted on `postedOn` for `duration`, with the reasoning (core's
 * `explainPeriod`).
 *
 * @throws `InvalidInput` for a bad date or length; `CalendarYearNotCovered` when the
 * calendar does not cover the end
 * @example
 * ```ts
 * import { publicNoticeEnd } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * // posted the Friday before the 2025 Spring Festival: the 7th day (01-31) is a holiday
 * publicNoticeEnd(isoDateUnsafe("2025-01-24"), { days: 7 }) //=> "2025-02-05"
 * ```
 * @category public notices
 * @since 0.1.0
 */
export const publicNoticeEnd = (postedOn: IsoDate, duration: PeriodLength, calendar: WorkCalendar = chinaCalendar): IsoDate =>
  explainPeriod(postedOn, duration, requireCalendar(calendar)).end

/**
 * Flags a decision taken before its 公示 ran its full length: the decision must come after the
 * period's last day (that day is still part of the 公示).
 *
 * @throws `InvalidInput` listing every problem with the input; `CalendarYearNotCovered`
 * when the calendar does not cover the period's end
 * @example
 * ```ts
 * import { checkDecisionTiming } from "@minzheng/disclosure"
 * checkDecisionTiming({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-08" }).earlyDecision //=> true
 * checkDecisionTiming({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-10" }).earlyDecision //=> false
 * ```
 * @see {@link publicNoticeEnd}
 * @category public notices
 * @since 0.1.0
 */
export const checkDecisionTiming = (input: DecisionTimingInput, calendar: WorkCalendar = chinaCalendar): DecisionTiming => {
  const r = decode(DecisionTimingInputSchema, input)
  if (Result.isFailure(r)) throw r.failure
  const { postedOn, duration, decidedOn } = r.success
  const period = explainPeriod(postedOn, duration, requireCalendar(calendar))
  const earlyDecision = decidedOn <= period.end
  return {
    ...(r.success.ref === undefined ? {} : { ref: r.success.ref }),
    postedOn,
    noticeEnd: period.end,
    earliestDecision: addDays(period.end, 1),
    decidedOn,
    earlyDecision,
    explanation: explain({
      rule: "disclosure.public-notice.full-length",
      label: earlyDecision
        ? { zh: "公示期未满即作出决定", en: "decision taken before the public notice ran its full length" }
        : { zh: "公示期满后作出决定", en: "decision taken after the public notice ran its full length" },
      outcome: !earlyDecision,
      inputs: { postedOn, decidedOn },
      citations: period.explanation.citations,
      children: [period.explanation],
      provisional: period.provisional
    })
  }
}
