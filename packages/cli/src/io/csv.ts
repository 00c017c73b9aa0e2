/**
 * CSV in and out (RFC 4180: comma-separated, `"` quotes, `""` inside quotes; a quoted field may
 * span lines). Reading streams record by record; the first line is the header.
 *
 * @module
 */
import { parseCsvLine } from "@minzheng/core"
import { Stream } from "effect"
import type { Line } from "./source.js"


/**
 * A CSV record keyed by the header's column names, with the line it starts on. `fields` holds
 * every header column (missing trailing cells are empty strings); `extra` counts cells beyond the
 * header.
 *
 * @example
 * ```ts
 * import type { CsvRecord } from "@minzheng/cli"
 * const r: CsvRecord = { line: 2, fields: { household_id: "h1" }, extra: 0 }
 * ```
 * @category CSV
 * @since 0.1.0
 */
export interface CsvRecord {
  /** The line the record starts on. */
  readonly line: number
  /** The cells by column name (trimmed). */
  readonly fields: Readonly<Record<string, string>>
  /** How many cells there were beyond the header's columns. */
  readonly extra: number
}

interface CsvState {
  header: ReadonlyArray<string> | null
  pending: string | null
  start: number
}

const toRecord = (header: ReadonlyArray<string>, cells: ReadonlyArray<string>, line: number): CsvRecord => {
  const fields: Record<string, string> = {}
  header.forEach((h, i) => {
    fields[h] = (cells[i] ?? "").trim()
  })
  return { line, fields, extra: Math.max(0, cells.length - header.length) }
}

/**
 * Turns a stream of lines into CSV records: the first non-empty line is the header, blank lines
 * are skipped, a quoted field may continue over several lines. Constant memory.
 *
 * @example
 * ```ts
 * import { csvRecords, readLines } from "@minzheng/cli"
 * const records = csvRecords(readLines("households.csv"))
 * ```
 * @category CSV
 * @since 0.1.0
 */
export const csvRecords = <E, R>(lines: Stream.Stream<Line, E, R>): Stream.Stream<CsvRecord, E, R> =>
  Stream.mapAccum(
    lines,
    (): CsvState => ({ header: null, pending: null, start: 0 }),
    (state, line) => {
      const text = state.pending === null ? line.text : `${state.pending}\n${line.text}`
      const start = state.pending === null ? line.number : state.start
      if (state.pending === null && text.trim() === "") return [state, []] as const
      const cells = parseCsvLine(text)
      if (cells === null) return [{ ...state, pending: text, start }, []] as const
      if (state.header === null) return [{ header: cells.map((c) => c.trim()), pending: null, start: 0 }, []] as const
      return [{ header: state.header, pending: null, start: 0 }, [toRecord(state.header, cells, start)]] as const
    },
    {
      onHalt: (state) => {
        if (state.pending === null || state.header === null) return []
        // An unterminated quote at the end of input: keep what was read as one (suspect) record.
        return [toRecord(state.header, state.pending.replace(/"/g, "").split(","), state.start)]
      }
    }
  )

