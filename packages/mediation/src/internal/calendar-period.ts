/**
 * Legal periods over a calendar that may not cover the years they need (not public).
 *
 * Core's throwing calendar queries (`explainPeriodUnsafe`) throw `CalendarYearNotCovered`; the functions of this package return it
 * through their own channel (a `Result`, an Effect failure) or show the deadline as an entry that
 * cannot be computed. This is the one place that turns the throw into a value: every other error
 * is rethrown, so nothing is swallowed.
 */
import { type Bilingual, CalendarYearNotCovered, explainPeriodUnsafe, type IsoDate, type PeriodEnd, type PeriodLength, type WorkCalendar } from "@minzheng/core"

/** A period computed with the calendar, or the year it lacks and the end before any rest-day extension. */
export type PeriodOutcome =
  | { readonly computed: true; readonly period: PeriodEnd }
  | { readonly computed: false; readonly error: CalendarYearNotCovered; readonly nominal: PeriodEnd }

/**
 * The period from `start`, with the holiday extension of 《民法典》第二百零三条 when the calendar
 * covers it. When it does not, `nominal` is the period without the extension: its end is the
 * earliest the real end can be (an extension only moves it later).
 */
export const periodOver = (start: IsoDate, length: PeriodLength, calendar: WorkCalendar): PeriodOutcome => {
  try {
    return { computed: true, period: explainPeriodUnsafe(start, length, calendar) }
  } catch (e) {
    if (!(e instanceof CalendarYearNotCovered)) throw e
    return { computed: false, error: e, nominal: explainPeriodUnsafe(start, length, calendar, { holidayExtension: false }) }
  }
}

/** Runs `f`, returning a `CalendarYearNotCovered` it throws as a value; any other error is rethrown. */
export const catchUncovered = <A>(f: () => A): { readonly ok: true; readonly value: A } | { readonly ok: false; readonly error: CalendarYearNotCovered } => {
  try {
    return { ok: true, value: f() }
  } catch (e) {
    if (e instanceof CalendarYearNotCovered) return { ok: false, error: e }
    throw e
  }
}

/** What a deadline that cannot be computed says, in both languages. */
export const uncomputableNote = (year: number): Bilingual => ({
  zh: `无法计算：未载入 ${year} 年工作日历`,
  en: `cannot be computed: calendar for ${year} not loaded`
})

/** What a deadline resting on projected calendar days says, in both languages. */
export const PROVISIONAL_NOTE: Bilingual = {
  zh: "临时：按法定节假日推算，待当年国务院放假安排通知公布后核对",
  en: "provisional: projected from the statutory holidays; check it against the year's State Council holiday notice"
}
