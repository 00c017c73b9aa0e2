/**
 * The work-day calendar a command computes with: the built-in China calendar, years loaded with
 * `--calendar FILE` (minzheng calendar-year JSON or holiday-cn JSON, read by core's
 * `parseCalendarFile`), and with `--provisional-calendar` the statutory projection of the years
 * after the last one published (core's `withProjection`, every result on it marked provisional).
 *
 * A date in a year the calendar does not cover is core's `CalendarYearNotCovered`; the CLI turns
 * it into one line naming the year and both fixes, exit code 3 (an input/policy problem, like an
 * incomplete policy bundle: the run cannot be right without the data).
 *
 * @internal
 * @module
 */
import { type CalendarYearData, chinaCalendar, InvalidInput, type IsoDate, parseCalendarFile, type WorkCalendar } from "@minzheng/core"
import { Effect, type FileSystem, Result, type Stdio } from "effect"
import { CliFailure } from "../cli-failure.js"
import { readJson } from "../io/records.js"
import { describeIssues } from "./describe.js"
import { isUncovered, uncoveredMessage } from "./uncovered.js"

/** What the user asked for on the command line. */
export interface CalendarChoice {
  /** `--calendar FILE`, in the order given. */
  readonly files: ReadonlyArray<string>
  /** `--provisional-calendar`. */
  readonly provisional: boolean
}

/** The calendar the command computes with, and what it rests on. */
export interface LoadedCalendar {
  readonly calendar: WorkCalendar
  /** Years loaded from files, with the file each came from. */
  readonly loaded: ReadonlyArray<{ readonly year: number; readonly file: string }>
  /** Whether the projection was opted in to. */
  readonly provisional: boolean
}

const LATEST_YEAR = 2099

/**
 * Today's date on this machine (its local time zone: an office in China runs on China time), as
 * `YYYY-MM-DD` — the default of `--as-of` where a command has one.
 */
export const machineToday = (now: Date = new Date()): IsoDate =>
  `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}` as IsoDate

/** This year on this machine. */
export const currentYear = (): number => new Date().getFullYear()

/**
 * Builds the calendar: the projection first (through `throughYear`, at most 2099) when asked,
 * then the files' years on top (a loaded year replaces a projected one). A file that cannot be
 * read is exit 4, one that is not a calendar exit 3 listing every problem; two files giving the
 * same year exit 3.
 */
export const loadCalendar = (choice: CalendarChoice, throughYear: number): Effect.Effect<LoadedCalendar, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    const years: Array<CalendarYearData> = []
    const loaded: Array<{ year: number; file: string }> = []
    for (const file of choice.files) {
      const json = yield* readJson(file)
      const r = parseCalendarFile(json)
      if (Result.isFailure(r)) {
        return yield* Effect.fail(new CliFailure({ exitCode: 3, message: `--calendar ${file}: ${describeIssues(r.failure.issues)}`, cause: r.failure }))
      }
      for (const y of r.success) {
        const before = loaded.find((l) => l.year === y.year)
        if (before !== undefined) {
          return yield* Effect.fail(
            new CliFailure({ exitCode: 3, message: `--calendar ${file}: ${y.year} is also in ${before.file}; give each year once（${y.year} 年在 ${before.file} 中已经载入，每年只能载入一次）` })
          )
        }
        years.push(y)
        loaded.push({ year: y.year, file })
      }
    }
    const base = choice.provisional ? chinaCalendar.withProjection(Math.min(LATEST_YEAR, Math.max(throughYear, currentYear()))) : chinaCalendar
    const calendar = yield* Effect.try({
      try: () => (years.length === 0 ? base : base.extend(years)),
      catch: (e) => new CliFailure({ exitCode: 3, message: `--calendar: ${e instanceof InvalidInput ? describeIssues(e.issues) : String(e)}`, cause: e })
    })
    return { calendar, loaded, provisional: choice.provisional }
  })

/** The exit-3 failure for an uncovered year, when `e` is one (thrown or failed); else `undefined`. */
export const calendarFailure = (e: unknown): CliFailure | undefined =>
  isUncovered(e) ? new CliFailure({ exitCode: 3, message: uncoveredMessage(e), cause: e }) : undefined

export { isUncovered as isCalendarYearNotCovered, uncoveredMessage } from "./uncovered.js"

/**
 * The closing note when results rest on projected years:
 * `provisional: 3 dates rest on the statutory projection …（临时：…）`, or `""`.
 */
export const provisionalNote = (count: number): string =>
  count === 0
    ? ""
    : `provisional: ${count} date(s) rest on the statutory projection of a year whose holiday notice is not loaded; load it with --calendar FILE when it is published` +
      `（临时：${count} 个日期依据法定节假日推算，待国务院办公厅当年节假日安排公布后用 --calendar 载入并重新计算）`
