/**
 * Records from a CSV, NDJSON or JSON source, one at a time, each labelled with where it came from
 * so an error can name it.
 *
 * @module
 */
import { Effect, type FileSystem, type Stdio, Stream } from "effect"
import { CliFailure } from "../cli-failure.js"
import { csvRecords } from "./csv.js"
import { type ReadProgress, readLines, readText } from "./source.js"

/**
 * An input format: `csv` (header line, then one row per line), `ndjson` (one JSON value per line)
 * or `json` (one document: an array of records, or a single record).
 *
 * @example
 * ```ts
 * import type { InputFormat } from "@minzheng/cli"
 * const f: InputFormat = "ndjson"
 * ```
 * @category input
 * @since 0.1.0
 */
export type InputFormat = "csv" | "ndjson" | "json"

/**
 * The input formats, for a `--format` flag.
 *
 * @example
 * ```ts
 * import { INPUT_FORMATS } from "@minzheng/cli"
 * INPUT_FORMATS //=> ["csv", "ndjson", "json"]
 * ```
 * @category input
 * @since 0.1.0
 */
export const INPUT_FORMATS = ["csv", "ndjson", "json"] as const

/**
 * The format of a source: the one asked for, else from the file extension (`.csv`; `.ndjson` or
 * `.jsonl`; `.json`), else NDJSON (standard input included).
 *
 * @example
 * ```ts
 * import { detectFormat } from "@minzheng/cli"
 * detectFormat("households.csv") //=> "csv"
 * detectFormat("-") //=> "ndjson"
 * detectFormat("-", "csv") //=> "csv"
 * ```
 * @category input
 * @since 0.1.0
 */
export const detectFormat = (source: string, explicit?: InputFormat): InputFormat => {
  if (explicit !== undefined) return explicit
  const lower = source.toLowerCase()
  if (lower.endsWith(".csv")) return "csv"
  if (lower.endsWith(".json")) return "json"
  return "ndjson"
}

/**
 * One input record: `label` names it in messages (`line 4` of a CSV or NDJSON file, `record 2`
 * of a JSON array), `line` is the number in that label, `value` the parsed record (a JSON value, or
 * a CSV row keyed by column), `malformed` the reason when the text could not even be parsed.
 *
 * @example
 * ```ts
 * import type { InputRecord } from "@minzheng/cli"
 * const r: InputRecord = { label: "line 2", line: 2, value: { id: "h1" } }
 * ```
 * @category input
 * @since 0.1.0
 */
export interface InputRecord {
  /** Where the record came from: `line 4`, `record 2`. */
  readonly label: string
  /** The number in the label. */
  readonly line: number
  /** The parsed record (a JSON value, or a CSV row keyed by column). */
  readonly value: unknown
  /** Why the text could not be parsed, when it could not. */
  readonly malformed?: string
}

const parseJsonLine = (text: string): { ok: true; value: unknown } | { ok: false; message: string } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (e) {
    return { ok: false, message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` }
  }
}

/**
 * Parses a whole JSON document read from `source`, failing with exit code 3 and the parser's
 * message when it is not JSON.
 *
 * @example
 * ```ts
 * import { readJson } from "@minzheng/cli"
 * const bundle = readJson("bundle.json") // Effect<unknown, CliFailure, FileSystem | Stdio>
 * ```
 * @category input
 * @since 0.1.0
 */
export const readJson = (source: string): Effect.Effect<unknown, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.flatMap(readText(source), (text) => {
    const r = parseJsonLine(text)
    return r.ok ? Effect.succeed(r.value) : Effect.fail(new CliFailure({ exitCode: 3, message: `${source === "-" ? "stdin" : source}: ${r.message}` }))
  })

/**
 * The records of a source in the given format. CSV and NDJSON stream line by line (constant
 * memory, UTF-8 or GB18030 detected); a JSON document is read whole. A line that is not JSON, a
 * CSV quote left open, a line in neither encoding or longer than the limit becomes a record with
 * `malformed` set, so the run can report it and go on.
 *
 * @example
 * ```ts
 * import { readRecords } from "@minzheng/cli"
 * const records = readRecords("responses.ndjson", "ndjson")
 * ```
 * @category input
 * @since 0.1.0
 */
export const readRecords = (
  source: string,
  format: InputFormat,
  progress?: ReadProgress
): Stream.Stream<InputRecord, CliFailure, FileSystem.FileSystem | Stdio.Stdio> => {
  if (format === "csv") {
    return Stream.map(csvRecords(readLines(source, progress)), (r): InputRecord => {
      const base = { label: `line ${r.line}`, line: r.line, value: r.fields }
      return r.problem === undefined ? base : { ...base, malformed: `${r.problem.en}（${r.problem.zh}）` }
    })
  }
  if (format === "ndjson") {
    return readLines(source, progress).pipe(
      Stream.filter((l) => l.problem !== undefined || l.text.trim() !== ""),
      Stream.map((l): InputRecord => {
        if (l.problem !== undefined) return { label: `line ${l.number}`, line: l.number, value: undefined, malformed: `${l.problem.en}（${l.problem.zh}）` }
        const r = parseJsonLine(l.text)
        return r.ok ? { label: `line ${l.number}`, line: l.number, value: r.value } : { label: `line ${l.number}`, line: l.number, value: undefined, malformed: r.message }
      })
    )
  }
  return Stream.unwrap(
    Effect.map(readJson(source), (doc) => {
      if (progress !== undefined) progress.read = progress.total ?? 0
      const items: ReadonlyArray<unknown> = Array.isArray(doc) ? doc : [doc]
      return Stream.fromIterable(items.map((value, i): InputRecord => ({ label: `record ${i + 1}`, line: i + 1, value })))
    })
  )
}
