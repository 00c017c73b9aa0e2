/**
 * The loop every record-by-record command shares: read records (streaming), process each, print a
 * one-line error naming the record and field for each one that fails and go on, write a row (a
 * table line, or an NDJSON line with `--json`) for each one that succeeds, draw the progress bar,
 * end with a summary, and fail with exit code 1 when any record failed.
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
    const bytes: ReadProgress = { read: 0, total: null }
    const progress = yield* makeProgress(run.label, bytes)
    let ok = 0
    let failed = 0
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
    yield* writeOutput(run.out, Stream.concat(Stream.concat(head, rows), tail)).pipe(Effect.ensuring(progress.finish))
    if (failed > 0) return yield* Effect.fail(new CliFailure({ exitCode: 1, message: `${failed} of ${ok + failed} records failed` }))
  })
