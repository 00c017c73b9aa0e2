/**
 * The China work-day calendar (工作日历): Monday–Friday, minus the official holidays, plus the
 * 调休 weekend days the State Council designates as working days, year by year from its notices;
 * optionally with local rest days layered on top.
 *
 * **Performance.** A calendar is built once into flat typed arrays over its covered span: the
 * status of each day, a prefix count of working days, and the ordered list of working days. Every
 * query — `isWorkingDay`, `nextWorkingDay`, `addWorkingDays(d, n)` for any `n`,
 * `workingDaysBetween` — is O(1) after that (see `bench/`). Calendars are immutable: extending one
 * returns a new calendar.
 *
 * **Coverage.** A day in a year with no data is never guessed: every query touching it fails with
 * {@link CalendarYearNotCovered} (returned in a `Result`; the `…Unsafe` forms throw it). Load the year's notice with {@link WorkCalendar.extend}, or opt in
 * to a provisional projection with {@link WorkCalendar.withProjection}.
 *
 * @module
 */
import { brandOf, hasBrand, markPrototype } from "../internal/brand.js"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { dayOfWeek, type IsoDate, isIsoDate } from "../date.js"
import { dateUnchecked as fromDayNumber, dayNumberUnchecked as toDayNumber, fastDayNumber } from "../internal/day-number.js"
import { decode } from "../decode.js"
import { CalendarYearNotCovered, InvalidInput } from "../errors.js"
import { catchTyped } from "../catch-typed.js"
import { requireDate, requireInteger } from "../internal/guard.js"
import type { Bilingual } from "../text.js"
import { CHINA_CALENDAR_DATA } from "./data.js"
import { type CalendarYearData, CalendarYearDataSchema, type LocalRestDay, LocalRestDaySchema } from "./model.js"
import { projectCalendarYear } from "./projection.js"

/** The one failure a calendar query returns rather than throws. */
const CALENDAR_GAP = [CalendarYearNotCovered] as const

const UNCOVERED = 0
const REST = 1
const WORK = 2

/**
 * Why a day is what it is in the calendar.
 *
 * @example
 * ```ts
 * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
 * chinaCalendar.describeUnsafe(isoDateUnsafe("2025-09-28"))
 * //=> { date: "2025-09-28", working: true, kind: "make-up-workday", name: { zh: "调休上班", en: "make-up working day" }, provisional: false }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DayInfo {
  readonly date: IsoDate
  readonly working: boolean
  readonly kind: "workday" | "weekend" | "holiday" | "make-up-workday" | "local-rest-day"
  readonly name?: Bilingual
  readonly provisional: boolean
}

/**
 * Options for {@link WorkCalendar.make}.
 *
 * @example
 * ```ts
 * import { CHINA_CALENDAR_DATA, type WorkCalendarOptions } from "@minzheng/core"
 * const options: WorkCalendarOptions = { years: CHINA_CALENDAR_DATA, localRestDays: [] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface WorkCalendarOptions {
  readonly years: ReadonlyArray<CalendarYearData>
  readonly localRestDays?: ReadonlyArray<LocalRestDay>
}

const WORKCALENDAR_BRAND = brandOf("WorkCalendar")

// Years of one calendar: each valid, none twice.
const YearsSchema = z.array(CalendarYearDataSchema).check(
  z.superRefine((ys, ctx) => {
    const seen = new Set<number>()
    ys.forEach((y, i) => {
      if (seen.has(y.year)) {
        ctx.addIssue({ code: "custom", path: [i, "year"], params: { zh: `${y.year} 年重复`, en: `year ${y.year} appears twice` } })
      }
      seen.add(y.year)
    })
  })
)
const YearListSchema = z.array(CalendarYearDataSchema)
const LocalRestDaysSchema = z.array(LocalRestDaySchema)

// A calendar from data known to be valid (the built-in years); set by WorkCalendar's static block.
let trustedCalendar: (years: ReadonlyArray<CalendarYearData>) => WorkCalendar

/**
 * A work-day calendar over a set of years. Build one with {@link WorkCalendar.make} or use the
 * built-in {@link chinaCalendar} (2020–2026).
 *
 * @example
 * ```ts
 * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
 * chinaCalendar.isWorkingDayUnsafe(isoDateUnsafe("2025-10-08")) //=> false (国庆节、中秋节)
 * chinaCalendar.isWorkingDayUnsafe(isoDateUnsafe("2025-10-11")) //=> true (调休 Saturday)
 * chinaCalendar.addWorkingDaysUnsafe(isoDateUnsafe("2025-09-30"), 1) //=> "2025-10-09"
 * ```
 * @category models
 * @since 0.1.0
 */
export class WorkCalendar {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, WORKCALENDAR_BRAND)
  }

  /** The year data this calendar was built from, oldest first. */
  readonly years: ReadonlyArray<CalendarYearData>
  /** Local rest days layered over the national data. */
  readonly localRestDays: ReadonlyArray<LocalRestDay>
  readonly #base: number
  readonly #status: Uint8Array
  readonly #cumWork: Int32Array
  readonly #cumUncovered: Int32Array
  readonly #workDays: Int32Array
  readonly #names: Map<number, { name: Bilingual; kind: DayInfo["kind"] }>
  readonly #provisionalYears: ReadonlySet<number>
  readonly #firstYear: number
  readonly #lastYear: number
  readonly #dates: Array<IsoDate>

  static {
    // The built-in years are checked by a test (test/calendar-data.test.ts), not on every import.
    trustedCalendar = (years) => new WorkCalendar(years, [])
  }

  private constructor(years: ReadonlyArray<CalendarYearData>, localRestDays: ReadonlyArray<LocalRestDay>) {
    this.years = [...years].sort((a, b) => a.year - b.year)
    this.localRestDays = localRestDays
    const covered = new Set(this.years.map((y) => y.year))
    this.#provisionalYears = new Set(this.years.filter((y) => y.provisional === true).map((y) => y.year))
    this.#firstYear = this.years[0]?.year ?? 0
    this.#lastYear = this.years[this.years.length - 1]?.year ?? -1
    this.#base = toDayNumber(`${String(this.#firstYear).padStart(4, "0")}-01-01` as IsoDate)
    const span = this.years.length === 0 ? 0 : toDayNumber(`${this.#lastYear}-12-31` as IsoDate) - this.#base + 1
    const status = new Uint8Array(span)
    this.#names = new Map()
    for (let i = 0; i < span; i++) {
      const date = fromDayNumber(this.#base + i)
      if (!covered.has(Number(date.slice(0, 4)))) continue
      status[i] = dayOfWeek(date) >= 6 ? REST : WORK
    }
    const mark = (date: string, value: number, name: Bilingual, kind: DayInfo["kind"]) => {
      const i = toDayNumber(date as IsoDate) - this.#base
      if (i < 0 || i >= span || status[i] === UNCOVERED) return
      status[i] = value
      this.#names.set(i, { name, kind })
    }
    for (const y of this.years) {
      for (const p of y.holidays) {
        for (let n = toDayNumber(p.from as IsoDate); n <= toDayNumber(p.to as IsoDate); n++) {
          mark(fromDayNumber(n), REST, p.name, "holiday")
        }
      }
    }
    for (const y of this.years) {
      for (const w of y.workdays) mark(w, WORK, { zh: "调休上班", en: "make-up working day" }, "make-up-workday")
    }
    for (const r of localRestDays) mark(r.date, REST, r.name, "local-rest-day")
    const cumWork = new Int32Array(span + 1)
    const cumUncovered = new Int32Array(span + 1)
    let work = 0
    for (let i = 0; i < span; i++) {
      cumWork[i + 1] = (cumWork[i] ?? 0) + (status[i] === WORK ? 1 : 0)
      cumUncovered[i + 1] = (cumUncovered[i] ?? 0) + (status[i] === UNCOVERED ? 1 : 0)
      if (status[i] === WORK) work++
    }
    const workDays = new Int32Array(work)
    let k = 0
    for (let i = 0; i < span; i++) if (status[i] === WORK) workDays[k++] = i
    this.#dates = Array.from({ length: span }, (_, i) => fromDayNumber(this.#base + i))
    this.#status = status
    this.#cumWork = cumWork
    this.#cumUncovered = cumUncovered
    this.#workDays = workDays
  }

  /**
   * Builds a calendar from year data (validated: each year once, real dates) and optional local
   * rest days.
   *
   * @throws {@link InvalidInput} listing every problem in the data
   * @example
   * ```ts
   * import { CHINA_CALENDAR_DATA, WorkCalendar } from "@minzheng/core"
   * const qingdao = WorkCalendar.make({
   *   years: CHINA_CALENDAR_DATA,
   *   localRestDays: [{ date: "2025-07-01", name: { zh: "地方休息日", en: "local rest day" } }]
   * })
   * qingdao.coveredYears //=> [2020, 2026]
   * ```
   */
  static make(options: WorkCalendarOptions): WorkCalendar {
    const r = decode(YearsSchema, (options as { years?: unknown } | null | undefined)?.years)
    const rest = decode(LocalRestDaysSchema, (options as { localRestDays?: unknown } | null | undefined)?.localRestDays ?? [])
    const issues = [
      ...(Result.isFailure(r) ? r.failure.issues.map((i) => ({ ...i, path: ["years", ...i.path] })) : []),
      ...(Result.isFailure(rest) ? rest.failure.issues.map((i) => ({ ...i, path: ["localRestDays", ...i.path] })) : [])
    ]
    if (issues.length > 0 || Result.isFailure(r) || Result.isFailure(rest)) throw new InvalidInput({ issues })
    return new WorkCalendar(r.success, rest.success)
  }

  /**
   * The first and last covered year, or `[]` for an empty calendar. Years in between may be
   * missing if the data skips them; {@link WorkCalendar.covers} tells.
   */
  get coveredYears(): readonly [number, number] | readonly [] {
    return this.years.length === 0 ? [] : [this.#firstYear, this.#lastYear]
  }

  /**
   * A new calendar with these years added (a year already present is replaced: e.g. a projection
   * by the published notice).
   *
   * @throws {@link InvalidInput} when the data is invalid
   * @example
   * ```ts
   * import { chinaCalendar } from "@minzheng/core"
   * const withNotice2027 = chinaCalendar.extend([
   *   { year: 2027, source: { document: "国务院办公厅关于2027年部分节假日安排的通知" }, holidays: [], workdays: [] }
   * ])
   * withNotice2027.coveredYears //=> [2020, 2027]
   * ```
   */
  extend(years: ReadonlyArray<CalendarYearData>): WorkCalendar {
    const incoming = decode(YearListSchema, years)
    if (Result.isFailure(incoming)) {
      throw new InvalidInput({ issues: incoming.failure.issues.map((i) => ({ ...i, path: ["years", ...i.path] })) })
    }
    const replaced = new Set(incoming.success.map((y) => y.year))
    return WorkCalendar.make({
      years: [...this.years.filter((y) => !replaced.has(y.year)), ...incoming.success],
      localRestDays: this.localRestDays
    })
  }

  /**
   * A new calendar with local rest days added (e.g. a day a province observes).
   *
   * @throws {@link InvalidInput} when a day is invalid
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * const local = chinaCalendar.withLocalRestDays([{ date: "2025-07-01", name: { zh: "地方休息日", en: "local rest day" } }])
   * local.isWorkingDayUnsafe(isoDateUnsafe("2025-07-01")) //=> false
   * ```
   */
  withLocalRestDays(days: ReadonlyArray<LocalRestDay>): WorkCalendar {
    const r = decode(LocalRestDaysSchema, days)
    if (Result.isFailure(r)) throw new InvalidInput({ issues: r.failure.issues.map((i) => ({ ...i, path: ["localRestDays", ...i.path] })) })
    return WorkCalendar.make({ years: this.years, localRestDays: [...this.localRestDays, ...r.success] })
  }

  /**
   * Opt-in projection: a new calendar that also covers every year after the last covered one up to
   * `throughYear`, with the statutory holidays of 《全国年节及纪念日放假办法》 (国务院令第795号,
   * in force 2025-01-01) on top of weekends and no 调休 days. Every result that rests on a projected
   * day is provisional ({@link WorkCalendar.isProvisional}) until the year's notice is loaded with
   * {@link WorkCalendar.extend}.
   *
   * @throws {@link InvalidInput} when `throughYear` is not a year from 2001 to 2099
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * const projected = chinaCalendar.withProjection(2027)
   * projected.isWorkingDayUnsafe(isoDateUnsafe("2027-10-01")) //=> false
   * projected.isProvisional(isoDateUnsafe("2027-10-01")) //=> true
   * ```
   */
  withProjection(throughYear: number): WorkCalendar {
    requireInteger(throughYear, "throughYear", 2001, 2099)
    const have = new Set(this.years.map((y) => y.year))
    const added: CalendarYearData[] = []
    for (let y = this.#lastYear + 1; y <= throughYear; y++) if (!have.has(y)) added.push(projectCalendarYear(y))
    return added.length === 0 ? this : WorkCalendar.make({ years: [...this.years, ...added], localRestDays: this.localRestDays })
  }

  #index(d: unknown, name: string): number {
    const n = fastDayNumber(d)
    if (n === undefined) requireDate(d, name) // throws the typed InvalidInput
    const i = (n as number) - this.#base
    if (i < 0 || i >= this.#status.length || this.#status[i] === UNCOVERED) {
      throw new CalendarYearNotCovered({ year: Number((d as string).slice(0, 4)), covered: this.coveredYears })
    }
    return i
  }

  #assertCovered(from: number, to: number): void {
    // from..to inclusive, both within the span
    const lo = Math.min(from, to)
    const hi = Math.max(from, to)
    if ((this.#cumUncovered[hi + 1] ?? 0) - (this.#cumUncovered[lo] ?? 0) > 0) {
      let i = lo
      while (this.#status[i] !== UNCOVERED) i++
      throw new CalendarYearNotCovered({ year: Number(fromDayNumber(this.#base + i).slice(0, 4)), covered: this.coveredYears })
    }
  }

  #beyond(direction: 1 | -1): never {
    throw new CalendarYearNotCovered({ year: direction === 1 ? this.#lastYear + 1 : this.#firstYear - 1, covered: this.coveredYears })
  }

  /**
   * Whether the calendar has data for the date's year.
   *
   * @example
   * ```ts
   * import { chinaCalendar } from "@minzheng/core"
   * chinaCalendar.covers("2026-12-31") //=> true
   * chinaCalendar.covers("2027-01-01") //=> false
   * ```
   */
  covers(d: string): boolean {
    if (!isIsoDate(d)) return false
    const i = toDayNumber(d) - this.#base
    return i >= 0 && i < this.#status.length && this.#status[i] !== UNCOVERED
  }

  /**
   * Whether the date is a working day.
   *
   * Fails with {@link CalendarYearNotCovered} when the answer needs a year the calendar has no
   * data for (the throwing form is `isWorkingDayUnsafe`); a non-date argument is a defect and throws
   * {@link InvalidInput}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.isWorkingDay(isoDateUnsafe("2026-02-14"))) //=> true (调休 Saturday before 春节)
   * ```
   */
  isWorkingDay(d: IsoDate): Result.Result<boolean, CalendarYearNotCovered> {
    return catchTyped(() => this.isWorkingDayUnsafe(d), CALENDAR_GAP)
  }

  /**
   * Whether the date is a working day.
   *
   * @throws {@link CalendarYearNotCovered} outside the covered years; {@link InvalidInput} for a non-date
   * The throwing form of {@link WorkCalendar.isWorkingDay}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.isWorkingDayUnsafe(isoDateUnsafe("2026-02-14")) //=> true (调休 Saturday before 春节)
   * ```
   */
  isWorkingDayUnsafe(d: IsoDate): boolean {
    return this.#status[this.#index(d, "date")] === WORK
  }

  /**
   * What kind of day a date is, and the holiday's name if it is one.
   *
   * Fails with {@link CalendarYearNotCovered} when the answer needs a year the calendar has no
   * data for (the throwing form is `describeUnsafe`); a non-date argument is a defect and throws
   * {@link InvalidInput}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.describe(isoDateUnsafe("2025-10-03"))).name //=> { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" }
   * ```
   */
  describe(d: IsoDate): Result.Result<DayInfo, CalendarYearNotCovered> {
    return catchTyped(() => this.describeUnsafe(d), CALENDAR_GAP)
  }

  /**
   * What kind of day a date is, and the holiday's name if it is one.
   *
   * @throws {@link CalendarYearNotCovered} outside the covered years
   * The throwing form of {@link WorkCalendar.describe}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.describeUnsafe(isoDateUnsafe("2025-10-03")).name //=> { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" }
   * ```
   */
  describeUnsafe(d: IsoDate): DayInfo {
    const i = this.#index(d, "date")
    const date = fromDayNumber(this.#base + i)
    const working = this.#status[i] === WORK
    const named = this.#names.get(i)
    const provisional = this.#provisionalYears.has(Number(date.slice(0, 4)))
    if (named !== undefined) return { date, working, kind: named.kind, name: named.name, provisional }
    return { date, working, kind: working ? "workday" : "weekend", provisional }
  }

  /**
   * The first working day strictly after the date.
   *
   * Fails with {@link CalendarYearNotCovered} when the answer needs a year the calendar has no
   * data for (the throwing form is `nextWorkingDayUnsafe`); a non-date argument is a defect and throws
   * {@link InvalidInput}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.nextWorkingDay(isoDateUnsafe("2025-09-30"))) //=> "2025-10-09"
   * ```
   */
  nextWorkingDay(d: IsoDate): Result.Result<IsoDate, CalendarYearNotCovered> {
    return catchTyped(() => this.nextWorkingDayUnsafe(d), CALENDAR_GAP)
  }

  /**
   * The first working day strictly after the date.
   *
   * @throws {@link CalendarYearNotCovered} when the answer lies beyond the covered years
   * The throwing form of {@link WorkCalendar.nextWorkingDay}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.nextWorkingDayUnsafe(isoDateUnsafe("2025-09-30")) //=> "2025-10-09"
   * ```
   */
  nextWorkingDayUnsafe(d: IsoDate): IsoDate {
    return this.addWorkingDaysUnsafe(d, 1)
  }

  /**
   * The last working day strictly before the date.
   *
   * Fails with {@link CalendarYearNotCovered} when the answer needs a year the calendar has no
   * data for (the throwing form is `previousWorkingDayUnsafe`); a non-date argument is a defect and throws
   * {@link InvalidInput}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.previousWorkingDay(isoDateUnsafe("2025-10-09"))) //=> "2025-09-30"
   * ```
   */
  previousWorkingDay(d: IsoDate): Result.Result<IsoDate, CalendarYearNotCovered> {
    return catchTyped(() => this.previousWorkingDayUnsafe(d), CALENDAR_GAP)
  }

  /**
   * The last working day strictly before the date.
   *
   * @throws {@link CalendarYearNotCovered} when the answer lies before the covered years
   * The throwing form of {@link WorkCalendar.previousWorkingDay}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.previousWorkingDayUnsafe(isoDateUnsafe("2025-10-09")) //=> "2025-09-30"
   * ```
   */
  previousWorkingDayUnsafe(d: IsoDate): IsoDate {
    return this.addWorkingDaysUnsafe(d, -1)
  }

  /**
   * The date itself if it is a working day, otherwise the next working day (the holiday extension
   * of 《民法典》第二百零三条).
   *
   * Fails with {@link CalendarYearNotCovered} outside the covered years (the throwing form is
   * `workingDayOnOrAfterUnsafe`).
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.workingDayOnOrAfter(isoDateUnsafe("2025-10-03"))) //=> "2025-10-09"
   * Result.getOrThrow(chinaCalendar.workingDayOnOrAfter(isoDateUnsafe("2025-10-09"))) //=> "2025-10-09"
   * ```
   */
  workingDayOnOrAfter(d: IsoDate): Result.Result<IsoDate, CalendarYearNotCovered> {
    return catchTyped(() => this.workingDayOnOrAfterUnsafe(d), CALENDAR_GAP)
  }

  /**
   * The date itself if it is a working day, otherwise the next working day (the holiday extension
   * of 《民法典》第二百零三条).
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.workingDayOnOrAfterUnsafe(isoDateUnsafe("2025-10-03")) //=> "2025-10-09"
   * chinaCalendar.workingDayOnOrAfterUnsafe(isoDateUnsafe("2025-10-09")) //=> "2025-10-09"
   * ```
   */
  workingDayOnOrAfterUnsafe(d: IsoDate): IsoDate {
    const i = this.#index(d, "date")
    return this.#status[i] === WORK ? (this.#dates[i] as IsoDate) : this.addWorkingDaysUnsafe(d, 1)
  }

  /**
   * The date itself if it is a working day, otherwise the previous working day.
   *
   * Fails with {@link CalendarYearNotCovered} outside the covered years (the throwing form is
   * `workingDayOnOrBeforeUnsafe`).
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.workingDayOnOrBefore(isoDateUnsafe("2025-10-05"))) //=> "2025-09-30"
   * ```
   */
  workingDayOnOrBefore(d: IsoDate): Result.Result<IsoDate, CalendarYearNotCovered> {
    return catchTyped(() => this.workingDayOnOrBeforeUnsafe(d), CALENDAR_GAP)
  }

  /**
   * The date itself if it is a working day, otherwise the previous working day.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.workingDayOnOrBeforeUnsafe(isoDateUnsafe("2025-10-05")) //=> "2025-09-30"
   * ```
   */
  workingDayOnOrBeforeUnsafe(d: IsoDate): IsoDate {
    const i = this.#index(d, "date")
    return this.#status[i] === WORK ? (this.#dates[i] as IsoDate) : this.addWorkingDaysUnsafe(d, -1)
  }

  /**
   * Counts `n` working days from the date, not counting the date itself (the first counted day is
   * the next working day); a negative `n` counts back; `0` returns the date. O(1).
   *
   * Fails with {@link CalendarYearNotCovered} when the answer needs a year the calendar has no
   * data for (the throwing form is `addWorkingDaysUnsafe`); a non-date argument is a defect and throws
   * {@link InvalidInput}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.addWorkingDays(isoDateUnsafe("2025-09-26"), 3)) //=> "2025-09-30" (09-28, a Sunday, is a make-up working day)
   * Result.getOrThrow(chinaCalendar.addWorkingDays(isoDateUnsafe("2025-09-26"), 4)) //=> "2025-10-09" (10-01 to 10-08 are the National Day holiday)
   * Result.getOrThrow(chinaCalendar.addWorkingDays(isoDateUnsafe("2025-10-09"), -1)) //=> "2025-09-30"
   * ```
   */
  addWorkingDays(d: IsoDate, n: number): Result.Result<IsoDate, CalendarYearNotCovered> {
    return catchTyped(() => this.addWorkingDaysUnsafe(d, n), CALENDAR_GAP)
  }

  /**
   * Counts `n` working days from the date, not counting the date itself (the first counted day is
   * the next working day); a negative `n` counts back; `0` returns the date. O(1).
   *
   * @throws {@link CalendarYearNotCovered} when the count runs through a year without data
   * The throwing form of {@link WorkCalendar.addWorkingDays}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.addWorkingDaysUnsafe(isoDateUnsafe("2025-09-26"), 3) //=> "2025-09-30" (09-28, a Sunday, is a make-up working day)
   * chinaCalendar.addWorkingDaysUnsafe(isoDateUnsafe("2025-09-26"), 4) //=> "2025-10-09" (10-01 to 10-08 are the National Day holiday)
   * chinaCalendar.addWorkingDaysUnsafe(isoDateUnsafe("2025-10-09"), -1) //=> "2025-09-30"
   * ```
   */
  addWorkingDaysUnsafe(d: IsoDate, n: number): IsoDate {
    const i = this.#index(d, "date")
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n > 1_000_000 || n < -1_000_000) requireInteger(n, "n", -1_000_000, 1_000_000)
    if (n === 0) return this.#dates[i] as IsoDate
    const k = n > 0 ? (this.#cumWork[i + 1] ?? 0) + n - 1 : (this.#cumWork[i] ?? 0) + n
    const target = this.#workDays[k]
    if (k < 0 || target === undefined) this.#beyond(n > 0 ? 1 : -1)
    this.#assertCovered(i, target)
    return this.#dates[target] as IsoDate
  }

  /**
   * Working days in `(from, to]` (the starting day is not counted); negative when `to` is before
   * `from`. O(1).
   *
   * Fails with {@link CalendarYearNotCovered} when the answer needs a year the calendar has no
   * data for (the throwing form is `workingDaysBetweenUnsafe`); a non-date argument is a defect and throws
   * {@link InvalidInput}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, Result, isoDateUnsafe } from "@minzheng/core"
   * Result.getOrThrow(chinaCalendar.workingDaysBetween(isoDateUnsafe("2025-09-30"), isoDateUnsafe("2025-10-09"))) //=> 1
   * ```
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): Result.Result<number, CalendarYearNotCovered> {
    return catchTyped(() => this.workingDaysBetweenUnsafe(from, to), CALENDAR_GAP)
  }

  /**
   * Working days in `(from, to]` (the starting day is not counted); negative when `to` is before
   * `from`. O(1).
   *
   * @throws {@link CalendarYearNotCovered} when the range runs through a year without data
   * The throwing form of {@link WorkCalendar.workingDaysBetween}.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.workingDaysBetweenUnsafe(isoDateUnsafe("2025-09-30"), isoDateUnsafe("2025-10-09")) //=> 1
   * ```
   */
  workingDaysBetweenUnsafe(from: IsoDate, to: IsoDate): number {
    const a = this.#index(from, "from")
    const b = this.#index(to, "to")
    this.#assertCovered(a, b)
    return a <= b ? (this.#cumWork[b + 1] ?? 0) - (this.#cumWork[a + 1] ?? 0) : -((this.#cumWork[a + 1] ?? 0) - (this.#cumWork[b + 1] ?? 0))
  }

  /**
   * Whether any day from `from` to `to` (inclusive; `to` defaults to `from`) rests on projected
   * rather than published data.
   *
   * @example
   * ```ts
   * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
   * chinaCalendar.isProvisional(isoDateUnsafe("2026-12-10"), isoDateUnsafe("2026-12-31")) //=> false
   * ```
   */
  isProvisional(from: IsoDate, to: IsoDate = from): boolean {
    const a = Number(requireDate(from, "from").slice(0, 4))
    const b = Number(requireDate(to, "to").slice(0, 4))
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (this.#provisionalYears.has(y)) return true
    return false
  }

  /**
   * The data of one year, if the calendar has it.
   *
   * @example
   * ```ts
   * import { chinaCalendar } from "@minzheng/core"
   * chinaCalendar.yearData(2025)?.source.number //=> "国办发明电〔2024〕12号"
   * ```
   */
  yearData(year: number): CalendarYearData | undefined {
    return this.years.find((y) => y.year === year)
  }
}
markPrototype(WorkCalendar, WORKCALENDAR_BRAND)

/**
 * The built-in China work-day calendar, 2020–2026, from the State Council's notices.
 *
 * @example
 * ```ts
 * import { chinaCalendar } from "@minzheng/core"
 * chinaCalendar.coveredYears //=> [2020, 2026]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const chinaCalendar: WorkCalendar = trustedCalendar(CHINA_CALENDAR_DATA)

/**
 * Whether a date is a working day in a calendar (the built-in one by default).
 *
 * Fails with {@link CalendarYearNotCovered} outside the covered years; the throwing form is
 * {@link isWorkingDayUnsafe}.
 *
 * @example
 * ```ts
 * import { isWorkingDay, isoDateUnsafe, Result } from "@minzheng/core"
 * Result.getOrThrow(isWorkingDay(isoDateUnsafe("2025-10-11"))) //=> true
 * isWorkingDay(isoDateUnsafe("2031-01-02"))._tag //=> "Failure"
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const isWorkingDay = (d: IsoDate, calendar: WorkCalendar = chinaCalendar): Result.Result<boolean, CalendarYearNotCovered> =>
  calendarOf(calendar).isWorkingDay(d)

/**
 * {@link isWorkingDay}, throwing {@link CalendarYearNotCovered} outside the covered years.
 *
 * @throws {@link CalendarYearNotCovered} outside the covered years
 * @example
 * ```ts
 * import { isWorkingDayUnsafe, isoDateUnsafe } from "@minzheng/core"
 * isWorkingDayUnsafe(isoDateUnsafe("2025-10-11")) //=> true
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const isWorkingDayUnsafe = (d: IsoDate, calendar: WorkCalendar = chinaCalendar): boolean => calendarOf(calendar).isWorkingDayUnsafe(d)

/**
 * The first working day strictly after a date.
 *
 * Fails with {@link CalendarYearNotCovered} when the answer lies beyond the covered years; the
 * throwing form is {@link nextWorkingDayUnsafe}.
 *
 * @example
 * ```ts
 * import { nextWorkingDay, isoDateUnsafe, Result } from "@minzheng/core"
 * Result.getOrThrow(nextWorkingDay(isoDateUnsafe("2026-02-13"))) //=> "2026-02-14"
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const nextWorkingDay = (d: IsoDate, calendar: WorkCalendar = chinaCalendar): Result.Result<IsoDate, CalendarYearNotCovered> =>
  calendarOf(calendar).nextWorkingDay(d)

/**
 * {@link nextWorkingDay}, throwing {@link CalendarYearNotCovered} beyond the covered years.
 *
 * @throws {@link CalendarYearNotCovered} beyond the covered years
 * @example
 * ```ts
 * import { nextWorkingDayUnsafe, isoDateUnsafe } from "@minzheng/core"
 * nextWorkingDayUnsafe(isoDateUnsafe("2026-02-13")) //=> "2026-02-14"
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const nextWorkingDayUnsafe = (d: IsoDate, calendar: WorkCalendar = chinaCalendar): IsoDate => calendarOf(calendar).nextWorkingDayUnsafe(d)

/**
 * Counts `n` working days from a date, starting the next day ("N 个工作日").
 *
 * Fails with {@link CalendarYearNotCovered} when the count runs beyond the covered years; the
 * throwing form is {@link addWorkingDaysUnsafe}. A non-integer `n` is a defect and throws
 * {@link InvalidInput}.
 *
 * @example
 * ```ts
 * import { addWorkingDays, isoDateUnsafe, Result } from "@minzheng/core"
 * Result.getOrThrow(addWorkingDays(isoDateUnsafe("2025-09-26"), 3)) //=> "2025-09-30" (09-28, a Sunday, is a make-up working day)
 * Result.getOrThrow(addWorkingDays(isoDateUnsafe("2025-09-26"), 4)) //=> "2025-10-09" (10-01 to 10-08 are the National Day holiday)
 * const late = addWorkingDays(isoDateUnsafe("2026-12-30"), 5)
 * late._tag === "Failure" && late.failure.year //=> 2027
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const addWorkingDays = (d: IsoDate, n: number, calendar: WorkCalendar = chinaCalendar): Result.Result<IsoDate, CalendarYearNotCovered> =>
  calendarOf(calendar).addWorkingDays(d, n)

/**
 * {@link addWorkingDays}, throwing {@link CalendarYearNotCovered} when the count runs beyond the
 * covered years.
 *
 * @throws {@link CalendarYearNotCovered} when the count runs beyond the covered years
 * @example
 * ```ts
 * import { addWorkingDaysUnsafe, isoDateUnsafe } from "@minzheng/core"
 * addWorkingDaysUnsafe(isoDateUnsafe("2025-09-26"), 4) //=> "2025-10-09"
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const addWorkingDaysUnsafe = (d: IsoDate, n: number, calendar: WorkCalendar = chinaCalendar): IsoDate =>
  calendarOf(calendar).addWorkingDaysUnsafe(d, n)

/**
 * Working days in `(from, to]`.
 *
 * Fails with {@link CalendarYearNotCovered} when the range runs beyond the covered years; the
 * throwing form is {@link workingDaysBetweenUnsafe}.
 *
 * @example
 * ```ts
 * import { workingDaysBetween, isoDateUnsafe, Result } from "@minzheng/core"
 * Result.getOrThrow(workingDaysBetween(isoDateUnsafe("2025-01-01"), isoDateUnsafe("2025-01-31"))) //=> 19
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const workingDaysBetween = (from: IsoDate, to: IsoDate, calendar: WorkCalendar = chinaCalendar): Result.Result<number, CalendarYearNotCovered> =>
  calendarOf(calendar).workingDaysBetween(from, to)

/**
 * {@link workingDaysBetween}, throwing {@link CalendarYearNotCovered} when the range runs beyond
 * the covered years.
 *
 * @throws {@link CalendarYearNotCovered} when the range runs beyond the covered years
 * @example
 * ```ts
 * import { workingDaysBetweenUnsafe, isoDateUnsafe } from "@minzheng/core"
 * workingDaysBetweenUnsafe(isoDateUnsafe("2025-01-01"), isoDateUnsafe("2025-01-31")) //=> 19
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const workingDaysBetweenUnsafe = (from: IsoDate, to: IsoDate, calendar: WorkCalendar = chinaCalendar): number =>
  calendarOf(calendar).workingDaysBetweenUnsafe(from, to)

/** @internal */
export const calendarOf = (u: unknown): WorkCalendar => {
  if (u instanceof WorkCalendar) return u
  throw new InvalidInput({
    issues: [{ path: ["calendar"], code: "invalid_calendar", zh: "不是工作日历对象", en: "not a WorkCalendar" }]
  })
}
