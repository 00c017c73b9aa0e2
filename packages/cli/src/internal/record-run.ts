/**
 * The loop every record-by-record command shares: read records (streaming), process each, print a
 * one-line error naming the record and field for each one that fails and go on, write a row (a
 * table line, or an NDJSON line with `--json`) for each one that succeeds, draw the progress bar,
 * end with a summary (and a trailer, e.g. the timelines of the cases touched), and fail with exit
 * code 1 when any record failed — 3 when a record failed for a year the work calendar lacks (a
 * policy/calendar problem the user fixes with `--calendar` or `--provisional-calendar`, not a bad
 * record). A missing input file, or `--out` naming the input, fails before anything is written.
 *
 * @internal
 * @module
 */
import { Effect, type FileSystem, Result, type Stdio, Stream } from "effect"
import { CliFailure } from "../cli-failure.js"
import { printError, writeOutput } from "../io/output.js"
import { makeProgress } from "../io/progress.js"
import { type InputFormat, type InputRecord, readRecords } from "../io/records.js"
import type { ReadProgress } from "../io/source.js"
import { type Column, tableHeading, tableRow } from "../io/table.js"
import { recordError } from "./describe.js"
import { checkSources } from "./sources.js"
import { isUncovered } from "./uncovered.js"

export interface RecordRun<A, S, R> {
  readonly label: string
  readonly source: string
  readonly format: InputFormat
  readonly out: string | undefined
  readonly json: boolean
  /** What a record is, in messages: `household`, `response set`. */
  readonly what: string
  readonly idOf: (value: unknown) => string | null
  readonly process: (record: InputRecord) => Effect.Effect<Result.Result<A, unknown>, CliFailure, R>
  readonly columns: ReadonlyArray<Column>
  readonly row: (a: A, record: InputRecord) => ReadonlyArray<string>
  readonly toJson: (a: A, record: InputRecord) => unknown
  readonly initial: S
  readonly accumulate: (state: S, a: A) => S
  /** The closing lines (human) and the summary object (`--json`). */
  readonly summary: (state: S, ok: number, failed: number) => { readonly text: string; readonly json: Record<string, unknown> }
  /** What follows the summary in the same output (it is written to the same file). */
  readonly trailer?: () => Stream.Stream<string, CliFailure, R>
}

export const idField =
  (...keys: ReadonlyArray<string>) =>
  (value: unknown): string | null => {
    if (typeof value !== "object" || value === null) return null
    for (const k of keys) {
      const v = (value as Record<string, unknown>)[k]
      if (typeof v === "string" && v !== "") return v
    }
    return null
  }

export const runRecords = <A, S, R>(run: RecordRun<A, S, R>): Effect.Effect<void, CliFailure, R | FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    yield* checkSources([run.source], run.out)
    const bytes: ReadProgress = { read: 0, total: null }
    const progress = yield* makeProgress(run.label, bytes)
    let ok = 0
    let failed = 0
    const uncoveredYears = new Set<number>()
    let state = run.initial
    const rows = readRecords(run.source, run.format, bytes).pipe(
      Stream.mapEffect((record) =>
        Effect.gen(function* () {
          const id = record.malformed === undefined ? run.idOf(record.value) : null
          const r: Result.Result<A, unknown> =
            record.malformed !== undefined ? Result.fail({ message: record.malformed }) : yield* run.process(record)
          yield* progress.update(ok + failed + 1)
          if (Result.isFailure(r)) {
            failed++
            if (isUncovered(r.failure)) uncoveredYears.add(r.failure.year)
            const line = recordError(record.label, run.what, id, r.failure)
            yield* printError(line)
            return run.json ? [`${JSON.stringify({ kind: "error", record: record.label, id, message: line })}\n`] : []
          }
          ok++
          state = run.accumulate(state, r.success)
          return [run.json ? `${JSON.stringify({ kind: "record", record: record.label, ...(run.toJson(r.success, record) as object) })}\n` : `${tableRow(run.columns, run.row(r.success, record))}\n`]
        })
      ),
      Stream.flatMap((chunks) => Stream.fromIterable(chunks))
    )
    const head = run.json ? Stream.empty : Stream.make(`${tableHeading(run.columns)}\n`)
    const tail = Stream.suspend(() => {
      const s = run.summary(state, ok, failed)
      return Stream.make(run.json ? `${JSON.stringify({ kind: "summary", records: ok + failed, ok, failed, ...s.json })}\n` : `\n${s.text}\n`)
    })
    const trailer = run.trailer === undefined ? Stream.empty : Stream.suspend(run.trailer)
    yield* writeOutput(run.out, Stream.concat(Stream.concat(Stream.concat(head, rows), tail), trailer)).pipe(Effect.ensuring(progress.finish))
    if (uncoveredYears.size > 0) {
      const years = [...uncoveredYears].sort((a, b) => a - b).join(", ")
      return yield* Effect.fail(
        new CliFailure({
          exitCode: 3,
          message: `${failed} of ${ok + failed} records failed, some because the work-day calendar lacks ${years}: load it with --calendar FILE or add --provisional-calendar（工作日历缺少 ${years} 年：用 --calendar 载入或加 --provisional-calendar）`
        })
      )
    }
    if (failed > 0) return yield* Effect.fail(new CliFailure({ exitCode: 1, message: `${failed} of ${ok + failed} records failed` }))
  })
