/**
 * Civil dates: a day in China as `YYYY-MM-DD`, with no time and no time zone.
 *
 * Arithmetic never goes through the host's local time: days are counted as integers from
 * 1970-01-01 (UTC arithmetic), and month/year arithmetic works on the year, month and day numbers
 * themselves, so no host time zone can shift a day.
 *
 * @module
 */
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { issue } from "./decode.js"
import { dateUnchecked, fastDayNumber, MS_PER_DAY } from "./internal/day-number.js"
import { InvalidInput } from "./errors.js"
import type { IsoDate } from "./model/iso-date.js"


export type { IsoDate } from "./model/iso-date.js"


const check = (u: unknown, name: string): IsoDate => {
  if (isIsoDate(u)) return u
  throw new InvalidInput({
    issues: [issue([name], "invalid_date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")]
  })
}

const checkInt = (u: unknown, name: string, limit: number): number => {
  if (typeof u === "number" && Number.isSafeInteger(u) && Math.abs(u) <= limit) return u
  throw new InvalidInput({
    issues: [issue([name], "invalid_integer", `应为绝对值不超过 ${limit} 的整数`, `expected an integer of at most ${limit} in absolute value`)]
  })
}

const MIN_DAY = -25_567 // 1900-01-01
const MAX_DAY = 84_005 // 2199-12-31

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "@minzheng/core"
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(2025, 2) //=> 28
 * ```
 * @category getters
 * @since 0.1.0
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/**
 * Whether a year is a leap year in the Gregorian calendar.
 *
 * @example
 * ```ts
 * import { isLeapYear } from "@minzheng/core"
 * isLeapYear(2024) //=> true
 * isLeapYear(2100) //=> false
 * ```
 * @category predicates
 * @since 0.1.0
 */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/**
 * Whether a value is a valid {@link IsoDate}.
 *
 * @example
 * ```ts
 * import { isIsoDate } from "@minzheng/core"
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2025-02-29") //=> false
 * isIsoDate("2025-1-1") //=> false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isIsoDate = (u: unknown): u is IsoDate => fastDayNumber(u) !== undefined

/**
 * Zod schema of an {@link IsoDate}, with messages in Chinese and English.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "@minzheng/core"
 * IsoDateSchema.safeParse("2025-13-01").success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const IsoDateSchema = z.pipe(
  z.string().check(
    z.refine(isIsoDate, {
      params: { zh: "不是有效的日期（应为 YYYY-MM-DD，1900–2199 年的真实日期）", en: "not a valid date (expected a real YYYY-MM-DD date in 1900–2199)" }
    })
  ),
  z.transform((s: string) => s as IsoDate)
)

/**
 * Parses a civil date: the {@link IsoDate}, or an {@link InvalidInput} error.
 *
 * @example
 * ```ts
 * import { isoDate } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(isoDate("2025-10-01")) //=> true
 * Result.isFailure(isoDate("2025-02-29")) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const isoDate = (u: unknown): Result.Result<IsoDate, InvalidInput> =>
  isIsoDate(u)
    ? Result.succeed(u)
    : Result.fail(
        new InvalidInput({
          issues: [issue([], "invalid_date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")]
        })
      )

/**
 * A civil date from a literal you know is valid; throws {@link InvalidInput} otherwise.
 *
 * @throws {@link InvalidInput} when the string is not a real `YYYY-MM-DD` date
 * @example
 * ```ts
 * import { isoDateUnsafe } from "@minzheng/core"
 * isoDateUnsafe("2025-10-01") //=> "2025-10-01"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const isoDateUnsafe = (s: string): IsoDate => {
  const r = isoDate(s)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * The day number of a date: days since 1970-01-01 (which is day 0).
 *
 * @example
 * ```ts
 * import { isoDateUnsafe, toDayNumber } from "@minzheng/core"
 * toDayNumber(isoDateUnsafe("1970-01-02")) //=> 1
 * ```
 * @category converting
 * @since 0.1.0
 */
export const toDayNumber = (d: IsoDate): number => {
  const n = fastDayNumber(d)
  return n === undefined ? dayNumberOfInvalid(d) : n
}

const dayNumberOfInvalid = (d: unknown): never => {
  check(d, "date")
  /* c8 ignore next */
  throw new Error("unreachable")
}

/**
 * The date of a day number (days since 1970-01-01).
 *
 * @example
 * ```ts
 * import { fromDayNumber } from "@minzheng/core"
 * fromDayNumber(0) //=> "1970-01-01"
 * ```
 * @category converting
 * @since 0.1.0
 */
export const fromDayNumber = (n: number): IsoDate => {
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < MIN_DAY || n > MAX_DAY) {
    throw new InvalidInput({ issues: [issue(["n"], "invalid_day_number", "日序号超出 1900–2199 年范围", "day number outside 1900–2199")] })
  }
  return dateUnchecked(n)
}

// Month arithmetic on the numbers of the date, never through a Date in the host's time zone (which
// breaks where a zone skipped a whole day, e.g. Pacific/Kiritimati on 1994-12-31, Pacific/Apia on
// 2011-12-30): the month moves by `months`; a day the target month lacks becomes its last day.
// It is the rule of date-fns's addMonths over UTC dates, which the property tests use as the oracle
// (test/date.test.ts); core no longer loads date-fns at run time (~10 MB and ~15 ms of an import).
const shiftMonths = (d: IsoDate, months: number): IsoDate => {
  const total = Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1 + months
  const year = Math.floor(total / 12)
  const month = total - year * 12 + 1
  const day = Math.min(Number(d.slice(8, 10)), daysInMonth(year, month))
  return fromDayNumber(Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY))
}

/**
 * Adds calendar days (negative to go back).
 *
 * @example
 * ```ts
 * import { addDays, isoDateUnsafe } from "@minzheng/core"
 * addDays(isoDateUnsafe("2024-02-28"), 1) //=> "2024-02-29"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addDays = (d: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(d) + checkInt(days, "days", 200_000))

/**
 * Adds months; when the target month has no such day, the result is its last day (the rule of
 * 《民法典》第二百零二条, and date-fns's).
 *
 * @example
 * ```ts
 * import { addMonths, isoDateUnsafe } from "@minzheng/core"
 * addMonths(isoDateUnsafe("2025-01-31"), 1) //=> "2025-02-28"
 * addMonths(isoDateUnsafe("2024-01-31"), 1) //=> "2024-02-29"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addMonths = (d: IsoDate, months: number): IsoDate => {
  check(d, "date")
  checkInt(months, "months", 3_600)
  return shiftMonths(d, months)
}

/**
 * Adds years; 02-29 plus a year that is not a leap year gives 02-28.
 *
 * @example
 * ```ts
 * import { addYears, isoDateUnsafe } from "@minzheng/core"
 * addYears(isoDateUnsafe("2024-02-29"), 1) //=> "2025-02-28"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addYears = (d: IsoDate, years: number): IsoDate => {
  check(d, "date")
  checkInt(years, "years", 300)
  return shiftMonths(d, years * 12)
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * import { daysBetween, isoDateUnsafe } from "@minzheng/core"
 * daysBetween(isoDateUnsafe("2025-01-01"), isoDateUnsafe("2025-03-01")) //=> 59
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from)

/**
 * Compares two dates: negative, zero or positive (usable with `Array.prototype.sort`).
 *
 * @example
 * ```ts
 * import { compareDates, isoDateUnsafe } from "@minzheng/core"
 * compareDates(isoDateUnsafe("2025-01-01"), isoDateUnsafe("2025-01-02")) //=> -1
 * ```
 * @category predicates
 * @since 0.1.0
 */
export const compareDates = (a: IsoDate, b: IsoDate): number => {
  check(a, "a")
  check(b, "b")
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * ISO day of the week: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * import { dayOfWeek, isoDateUnsafe } from "@minzheng/core"
 * dayOfWeek(isoDateUnsafe("2025-10-01")) //=> 3
 * ```
 * @category getters
 * @since 0.1.0
 */
export const dayOfWeek = (d: IsoDate): number => {
  // 1970-01-01 was a Thursday (4).
  const n = toDayNumber(d)
  return ((((n + 3) % 7) + 7) % 7) + 1
}

/**
 * The year of a date.
 *
 * @example
 * ```ts
 * import { yearOf, isoDateUnsafe } from "@minzheng/core"
 * yearOf(isoDateUnsafe("2025-10-01")) //=> 2025
 * ```
 * @category getters
 * @since 0.1.0
 */
export const yearOf = (d: IsoDate): number => Number(check(d, "date").slice(0, 4))

/**
 * How the anniversary of a 02-29 birth counts in a year without 02-29.
 *
 * - `"march-1"` (default): the birthday is reached on 03-01 — the person has lived the full
 *   number of years only once the day after 02-28 begins. This is the reading of the project's
 *   core specification; no national statute settles it for administrative ages.
 * - `"february-28"`: the month-end rule of 《民法典》第二百零二条 (the period ends on the last day
 *   of February), for callers whose local rule counts that way.
 *
 * @example
 * ```ts
 * import type { LeapDayRule } from "@minzheng/core"
 * const rule: LeapDayRule = "march-1"
 * ```
 * @category models
 * @since 0.1.0
 */
export type LeapDayRule = "march-1" | "february-28"

/**
 * Age in full years (周岁) on a date. A person born on 02-29 turns N on 03-01 of a non-leap year by
 * default (see {@link LeapDayRule}). A date before the birth date gives a negative age: callers
 * that accept such dates check the order themselves.
 *
 * @example
 * ```ts
 * import { ageOn, isoDateUnsafe } from "@minzheng/core"
 * ageOn(isoDateUnsafe("1965-10-02"), isoDateUnsafe("2025-10-01")) //=> 59
 * ageOn(isoDateUnsafe("1965-10-02"), isoDateUnsafe("2025-10-02")) //=> 60
 * ageOn(isoDateUnsafe("2008-02-29"), isoDateUnsafe("2026-02-28")) //=> 17
 * ageOn(isoDateUnsafe("2008-02-29"), isoDateUnsafe("2026-03-01")) //=> 18
 * ```
 * @category getters
 * @since 0.1.0
 */
export const ageOn = (birthDate: IsoDate, on: IsoDate, rule: LeapDayRule = "march-1"): number => {
  check(birthDate, "birthDate")
  check(on, "on")
  if (rule !== "march-1" && rule !== "february-28") {
    throw new InvalidInput({ issues: [issue(["rule"], "invalid_rule", "应为 march-1 或 february-28", "expected march-1 or february-28")] })
  }
  const by = Number(birthDate.slice(0, 4))
  let bm = Number(birthDate.slice(5, 7))
  let bd = Number(birthDate.slice(8, 10))
  const oy = Number(on.slice(0, 4))
  const om = Number(on.slice(5, 7))
  const od = Number(on.slice(8, 10))
  if (bm === 2 && bd === 29 && !isLeapYear(oy)) {
    if (rule === "march-1") {
      bm = 3
      bd = 1
    } else {
      bd = 28
    }
  }
  const hadBirthday = om > bm || (om === bm && od >= bd)
  return oy - by - (hadBirthday ? 0 : 1)
}
