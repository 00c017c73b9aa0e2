/**
 * Flags several commands share, each checked when the command line is parsed (a bad value is a
 * usage error, exit code 2).
 *
 * @internal
 * @module
 */
import { isIsoDate, isRegionCode, type IsoDate, type RegionCode } from "@minzheng/core"
import { Flag } from "effect/cli"
import { INPUT_FORMATS } from "../io/records.js"
import type { CalendarChoice } from "../internal/calendar-option.js"

export const dateFlag = (name: string, description: string) =>
  Flag.String(name).pipe(
    Flag.withDescription(description),
    Flag.withMetavar("YYYY-MM-DD"),
    Flag.filter(isIsoDate, (s) => `not a valid date (YYYY-MM-DD): ${s}`),
    Flag.map((s) => s as IsoDate)
  )

export const regionFlag = Flag.String("region").pipe(
  Flag.withDescription("region code (GB/T 2260, six digits), e.g. 370213"),
  Flag.withMetavar("CODE"),
  Flag.filter(isRegionCode, (s) => `not a region code (six digits, GB/T 2260): ${s}`),
  Flag.map((s) => s as RegionCode)
)

export const jsonFlag = Flag.Boolean("json").pipe(Flag.withDescription("machine output: JSON (NDJSON for record streams) on stdout"), Flag.withDefault(false))

export const outFlag = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("write the output to this file instead of stdout"),
  Flag.withMetavar("FILE"),
  Flag.optional
)

export const formatFlag = Flag.Literals("format", INPUT_FORMATS).pipe(
  Flag.withDescription("input format (default: from the file extension; NDJSON for stdin)"),
  Flag.optional
)

export const policyFlag = Flag.String("policy").pipe(
  Flag.withDescription("a built-in bundle id (qingdao-licang, …) or a policy bundle .json file"),
  Flag.withMetavar("BUNDLE")
)

export const calendarFlag = Flag.String("calendar").pipe(
  Flag.withDescription(
    "load a year of the work-day calendar (holidays and 调休 working days) from a file: minzheng calendar-year JSON or holiday-cn JSON; repeat for more years"
  ),
  Flag.withMetavar("FILE"),
  Flag.atLeast(0)
)

export const provisionalCalendarFlag = Flag.Boolean("provisional-calendar").pipe(
  Flag.withDescription(
    "for years whose holiday notice is not loaded, use the statutory projection (《全国年节及纪念日放假办法》, no 调休); every date resting on it is marked provisional"
  ),
  Flag.withDefault(false)
)

/** `--calendar FILE…` and `--provisional-calendar`, for every command that computes dates. */
export const calendarFlags = { calendar: calendarFlag, provisionalCalendar: provisionalCalendarFlag } as const

/** The user's calendar choice from the parsed flags. */
export const calendarChoice = (f: { readonly calendar: ReadonlyArray<string>; readonly provisionalCalendar: boolean }): CalendarChoice => ({
  files: f.calendar,
  provisional: f.provisionalCalendar
})

export const unmaskedFlag = Flag.Boolean("unmasked").pipe(
  Flag.withDescription(
    "print citizen ID, phone and bank-card numbers in full (default: masked, e.g. 110105********002X, 138****5678) — for a caseworker who needs the raw record"
  ),
  Flag.withDefault(false)
)

export const csvHeadersFlag = Flag.Literals("csv-headers", ["zh", "en"]).pipe(
  Flag.withDescription("column names of CSV output: zh (Chinese, default) or en (English keys)"),
  Flag.withDefault("zh" as const)
)
