/**
 * `minzheng demo`: the end-to-end demo over a generated 街道.
 *
 * @internal
 * @module
 */
import { isIsoDate, type IsoDate } from "@minzheng/core"
import { Effect, Option } from "effect"
import { Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { runDemo } from "../demo/run-demo.js"
import { printOut } from "../io/output.js"
import { calendarFailure, loadCalendar, machineToday } from "../internal/calendar-option.js"
import { calendarChoice, calendarFlags, csvHeadersFlag } from "./flags.js"

export const demoCommand = Command.make(
  "demo",
  {
    out: Flag.String("out").pipe(Flag.withDescription("folder for the files the demo writes (default: minzheng-demo in the temporary folder)"), Flag.withMetavar("DIR"), Flag.optional),
    seed: Flag.Int("seed").pipe(Flag.withDescription("the seed of the generated street (same seed and date, same files)"), Flag.withDefault(2025)),
    households: Flag.Int("households-per-community").pipe(
      Flag.withDescription("households in each of the 20 communities"),
      Flag.filter((n) => n >= 1 && n <= 5000, (n) => `between 1 and 5000: ${n}`),
      Flag.withDefault(150)
    ),
    asOf: Flag.String("as-of").pipe(
      Flag.withDescription("the date the demo runs on (default: today); every date of the street is counted from it"),
      Flag.withMetavar("YYYY-MM-DD"),
      Flag.filter(isIsoDate, (s) => `not a valid date (YYYY-MM-DD): ${s}`),
      Flag.optional
    ),
    csvHeaders: csvHeadersFlag,
    ...calendarFlags
  },
  (f) =>
    Effect.gen(function* () {
      const asOf = Option.getOrElse(f.asOf, () => machineToday()) as IsoDate
      const { calendar } = yield* loadCalendar(calendarChoice(f), Number(asOf.slice(0, 4)) + 1)
      const chunks: Array<string> = []
      const dir = Option.getOrUndefined(f.out)
      yield* Effect.tryPromise({
        try: () =>
          runDemo({ seed: f.seed, householdsPerCommunity: f.households, asOf, calendar, csvHeaders: f.csvHeaders, print: (t) => void chunks.push(t), ...(dir === undefined ? {} : { out: dir }) }),
        catch: (e) =>
          calendarFailure(e) ??
          new CliFailure({ exitCode: e instanceof Error && "code" in e ? 4 : 70, message: `demo: ${e instanceof Error ? e.message : String(e)}`, cause: e })
      })
      yield* printOut(chunks.join(""))
    })
).pipe(
  Command.withDescription(
    "The end-to-end demo: a generated 街道 (20 communities, 3,000 households, their older people, a year of disclosure duties, a dozen disputes, a village credit quarter) through all five packages — determinations with the caseload summary, a masked 公示 notice, care levels and entitlements, a community's .ics calendar, a mediation timeline and a payout list (CSV with a UTF-8 BOM and Chinese headers, for Excel). Runs on today's date unless --as-of says otherwise; a date past the built-in calendar needs --calendar FILE or --provisional-calendar (exit code 3 otherwise). Deterministic for a seed and a date, no network, a few seconds."
  ),
  Command.withExamples([
    { command: "minzheng demo", description: "run it on today's date, files in the temporary folder" },
    { command: "minzheng demo --out ./demo-out --seed 7 --as-of 2026-12-04", description: "another street on a fixed date, files in ./demo-out" },
    { command: "minzheng demo --as-of 2027-03-01 --provisional-calendar", description: "a date past the published calendar, on the statutory projection (marked provisional)" }
  ])
)
