/**
 * Legal periods (期间计算), 《中华人民共和国民法典》第二百条至第二百零四条.
 *
 * > 第二百零一条 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。
 * > 第二百零二条 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。
 * > 第二百零三条 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
 * > 第二百零四条 期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。
 *
 * Art. 203's 法定休假日 is read, as courts do, as any non-working day of the China calendar
 * (weekends and holidays); a 调休 make-up working day is a working day, so a period can end on it.
 * Art. 204 makes the rule a default: the counting mode is an option.
 *
 * @module
 */
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { type WorkCalendar, calendarOf, chinaCalendar } from "./calendar/calendar.js"
import { type Citation } from "./citation.js"
import { addDays, addMonths, addYears, type IsoDate } from "./date.js"
import { decode } from "./decode.js"
import { CalendarYearNotCovered } from "./errors.js"
import { type Explanation, explain } from "./explanation.js"
import { catchTyped } from "./catch-typed.js"
import { requireDate } from "./internal/guard.js"

/** The one failure a calendar query returns rather than throws. */
const CALENDAR_GAP = [CalendarYearNotCovered] as const

const count = z.number().check(z.int(), z.minimum(0), z.maximum(100_000))

/**
 * Zod schema of a {@link PeriodLength}: exactly one of `days`, `months`, `years`.
 *
 * @example
 * ```ts
 * import { PeriodLengthSchema } from "@minzheng/core"
 * PeriodLengthSchema.safeParse({ days: 7 }).success //=> true
 * PeriodLengthSchema.safeParse({ days: 7, months: 1 }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PeriodLengthSchema = z.union([
  z.strictObject({ days: count }),
  z.strictObject({ months: count }),
  z.strictObject({ years: count })
])

/**
 * The length of a period in days, months or years.
 *
 * @example
 * ```ts
 * import type { PeriodLength } from "@minzheng/core"
 * const publicNotice: PeriodLength = { days: 7 }
 * ```
 * @category models
 * @since 0.1.0
 */
export type PeriodLength = z.infer<typeof PeriodLengthSchema>

/**
 * How a period is counted (《民法典》第二百零四条: another law or the parties may provide otherwise).
 *
 * - `startDay`: `"excluded"` (default, 第二百零一条) or `"included"` (the start date is day 1).
 * - `holidayExtension`: extend an end on a non-working day to the next working day (default
 *   `true`, 第二百零三条). With `false` no calendar is consulted.
 *
 * @example
 * ```ts
 * import type { PeriodOptions } from "@minzheng/core"
 * const options: PeriodOptions = { startDay: "excluded", holidayExtension: true }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PeriodOptions {
  readonly startDay?: "excluded" | "included"
  readonly holidayExtension?: boolean
}

/** The citations of the period rules. @internal */
export const CIVIL_CODE_PERIODS = {
  art201: { document: "中华人民共和国民法典", article: "第二百零一条" },
  art202: { document: "中华人民共和国民法典", article: "第二百零二条" },
  art203: { document: "中华人民共和国民法典", article: "第二百零三条" },
  art204: { document: "中华人民共和国民法典", article: "第二百零四条" }
} as const satisfies Record<string, Citation>

/**
 * The end of a legal period with the reasoning behind it.
 *
 * @example
 * ```ts
 * import { explainPeriodUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const r = explainPeriodUnsafe(isoDateUnsafe("2025-09-26"), { days: 7 })
 * r.end //=> "2025-10-09"
 * r.nominalEnd //=> "2025-10-03"
 * r.provisional //=> false
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PeriodEnd {
  readonly start: IsoDate
  readonly nominalEnd: IsoDate
  readonly end: IsoDate
  readonly extended: boolean
  readonly provisional: boolean
  readonly explanation: Explanation
}

const lengthText = (l: PeriodLength): { zh: string; en: string } =>
  "days" in l
    ? { zh: `${l.days}日`, en: `${l.days} days` }
    : "months" in l
      ? { zh: `${l.months}个月`, en: `${l.months} months` }
      : { zh: `${l.years}年`, en: `${l.years} years` }

/**
 * Computes the end of a period with its explanation (see {@link addPeriod}).
 *
 * Fails with {@link CalendarYearNotCovered} when the holiday extension needs a year without data;
 * the throwing form is {@link explainPeriodUnsafe}. A bad date, length or options object is a
 * defect and throws {@link InvalidInput}.
 *
 * @example
 * ```ts
 * import { explainPeriod, isoDateUnsafe, Result } from "@minzheng/core"
 * // a 7-day 公示 posted on 2025-09-26: its 7th day (10-03) is in the National Day holiday
 * Result.getOrThrow(explainPeriod(isoDateUnsafe("2025-09-26"), { days: 7 })).end //=> "2025-10-09"
 * ```
 * @category periods
 * @since 0.1.0
 */
export const explainPeriod = (
  start: IsoDate,
  length: PeriodLength,
  calendar: WorkCalendar = chinaCalendar,
  options: PeriodOptions = {}
): Result.Result<PeriodEnd, CalendarYearNotCovered> => catchTyped(() => explainPeriodUnsafe(start, length, calendar, options), CALENDAR_GAP)

/**
 * {@link explainPeriod}, throwing {@link CalendarYearNotCovered} when the holiday extension needs
 * a year without data.
 *
 * @throws {@link InvalidInput} for a bad date, length or options; {@link CalendarYearNotCovered}
 * when the holiday extension needs a year without data
 * @example
 * ```ts
 * import { explainPeriodUnsafe, isoDateUnsafe } from "@minzheng/core"
 * explainPeriodUnsafe(isoDateUnsafe("2025-09-26"), { days: 7 }).end //=> "2025-10-09"
 * ```
 * @category periods
 * @since 0.1.0
 */
export const explainPeriodUnsafe = (
  start: IsoDate,
  length: PeriodLength,
  calendar: WorkCalendar = chinaCalendar,
  options: PeriodOptions = {}
): PeriodEnd => {
  const s = requireDate(start, "start")
  const l = decode(PeriodLengthSchema, length)
  const o = decode(
    z.strictObject({ startDay: z.optional(z.enum(["excluded", "included"])), holidayExtension: z.optional(z.boolean()) }),
    options
  )
  if (Result.isFailure(l)) throw l.failure
  if (Result.isFailure(o)) throw o.failure
  const included = o.success.startDay === "included"
  const shift = included ? -1 : 0
  let nominalEnd: IsoDate
  if ("days" in l.success) nominalEnd = addDays(s, l.success.days + shift)
  else if ("months" in l.success) nominalEnd = addDays(addMonths(s, l.success.months), shift)
  else nominalEnd = addDays(addYears(s, l.success.years), shift)
  const extend = o.success.holidayExtension !== false
  const cal = extend ? calendarOf(calendar) : undefined
  const end = cal === undefined ? nominalEnd : cal.workingDayOnOrAfterUnsafe(nominalEnd)
  const provisional = cal !== undefined && cal.isProvisional(nominalEnd, end)
  const text = lengthText(l.success)
  const children: Explanation[] = [
    explain({
      rule: "period.start",
      label: included
        ? { zh: "开始的当日计入期间（另有规定或约定），期间的第一日", en: "the starting day counts (provided otherwise): the period's first day" }
        : { zh: "开始的当日不计入，自下一日开始计算，期间的第一日", en: "the starting day is not counted; the period starts the next day: its first day" },
      // the outcome is the period's first counted day, which is what the label answers
      outcome: included ? s : addDays(s, 1),
      inputs: { start: s },
      citations: [included ? CIVIL_CODE_PERIODS.art204 : CIVIL_CODE_PERIODS.art201]
    }),
    explain({
      rule: "period.last-day",
      label: { zh: `${text.zh}期间的最后一日`, en: `last day of a ${text.en} period` },
      outcome: nominalEnd,
      inputs: { length: text.zh },
      citations: "days" in l.success ? [CIVIL_CODE_PERIODS.art201] : [CIVIL_CODE_PERIODS.art202]
    })
  ]
  if (cal !== undefined) {
    children.push(
      explain({
        rule: "period.holiday-extension",
        label:
          end === nominalEnd
            ? { zh: "最后一日为工作日，不顺延", en: "the last day is a working day: no extension" }
            : { zh: "最后一日为法定休假日，顺延至休假日结束的次日", en: "the last day is a rest day: extended to the day after the rest days end" },
        outcome: end,
        inputs: { nominalEnd },
        citations: [CIVIL_CODE_PERIODS.art203],
        provisional
      })
    )
  }
  return {
    start: s,
    nominalEnd,
    end,
    extended: end !== nominalEnd,
    provisional,
    explanation: explain({
      rule: "period",
      label: { zh: `自 ${s} 起${text.zh}的期间届满日`, en: `end of a ${text.en} period from ${s}` },
      outcome: end,
      inputs: { start: s, length: text.zh },
      citations: [CIVIL_CODE_PERIODS.art201, CIVIL_CODE_PERIODS.art202, CIVIL_CODE_PERIODS.art203],
      children
    })
  }
}

/**
 * The last day of a legal period of days, months or years from `start`, per 《民法典》第二百零一至
 * 二百零三条: the start day is not counted; months and years end on the corresponding day (the
 * month's last day if it has none); an end on a rest day moves to the next working day.
 *
 * @param start - the day of the event that starts the period
 * @param length - `{ days }`, `{ months }` or `{ years }`
 * @param calendar - the work-day calendar for the holiday extension (default: built-in)
 * @param options - a different counting mode (第二百零四条)
 * @returns the last day of the period, or {@link CalendarYearNotCovered} when the extension needs
 * a year without data (the throwing form is {@link addPeriodUnsafe})
 * @example
 * ```ts
 * import { addPeriod, isoDateUnsafe, Result } from "@minzheng/core"
 * Result.getOrThrow(addPeriod(isoDateUnsafe("2025-09-26"), { days: 7 })) //=> "2025-10-09"
 * Result.getOrThrow(addPeriod(isoDateUnsafe("2025-01-31"), { months: 1 })) //=> "2025-02-28"
 * addPeriod(isoDateUnsafe("2026-12-28"), { days: 7 })._tag //=> "Failure" (2027 is not in the built-in calendar)
 * addPeriod(isoDateUnsafe("2026-12-28"), { days: 7 }, undefined, { holidayExtension: false })._tag //=> "Success"
 * ```
 * @see {@link explainPeriod} for the reasoning
 * @category periods
 * @since 0.1.0
 */
export const addPeriod = (
  start: IsoDate,
  length: PeriodLength,
  calendar: WorkCalendar = chinaCalendar,
  options: PeriodOptions = {}
): Result.Result<IsoDate, CalendarYearNotCovered> => catchTyped(() => explainPeriodUnsafe(start, length, calendar, options).end, CALENDAR_GAP)

/**
 * {@link addPeriod}, throwing {@link CalendarYearNotCovered} when the extension needs a year
 * without data.
 *
 * @throws {@link CalendarYearNotCovered} when the extension needs a year without data
 * @example
 * ```ts
 * import { addPeriodUnsafe, isoDateUnsafe } from "@minzheng/core"
 * addPeriodUnsafe(isoDateUnsafe("2025-09-26"), { days: 7 }) //=> "2025-10-09"
 * addPeriodUnsafe(isoDateUnsafe("2025-01-31"), { months: 1 }, undefined, { holidayExtension: false }) //=> "2025-02-28"
 * ```
 * @category periods
 * @since 0.1.0
 */
export const addPeriodUnsafe = (start: IsoDate, length: PeriodLength, calendar: WorkCalendar = chinaCalendar, options: PeriodOptions = {}): IsoDate =>
  explainPeriodUnsafe(start, length, calendar, options).end
