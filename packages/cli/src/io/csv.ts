/**
 * CSV in and out (RFC 4180: comma-separated, `"` quotes, `""` inside quotes; a quoted field may
 * span lines). Reading streams record by record with core's `CsvRecordReader`; the first record is
 * the header. A stray quote never swallows the rest of the file: it is one record with a `problem`
 * on the line where it starts, and reading goes on with the next line.
 *
 * @module
 */
import { CsvRecordReader, type CsvRecordEvent, type CsvRecordReaderOptions, formatCsvLine, type Issue, type TextLineEvent, UTF8_BOM } from "@minzheng/core"
import { Stream } from "effect"
import type { Line } from "./source.js"

/**
 * A CSV record keyed by the header's column names, with the line it starts on. `fields` holds
 * every header column (missing trailing cells are empty strings); `extra` counts cells beyond the
 * header. A record that could not be read (a quote left open, a line in neither UTF-8 nor GB18030,
 * a line too long) has a `problem`, and `fields` holds what was read before it.
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
  /** Why the record could not be read, when it could not. */
  readonly problem?: Issue
}

const toRecord = (header: ReadonlyArray<string>, cells: ReadonlyArray<string>, line: number): CsvRecord => {
  const fields: Record<string, string> = {}
  header.forEach((h, i) => {
    fields[h] = (cells[i] ?? "").trim()
  })
  return { line, fields, extra: Math.max(0, cells.length - header.length) }
}

const toEvent = (l: Line): TextLineEvent =>
  l.problem !== undefined ? { kind: "problem", line: l.number, issue: l.problem } : { kind: "line", line: l.number, bytes: l.bytes ?? l.text.length, text: l.text }

/**
 * Turns a stream of lines into CSV records: the first non-empty line is the header, blank lines
 * are skipped, a quoted field may continue over several lines — at most `maxRecordLines` (default
 * 100) and `maxRecordBytes` (default 1 MiB), else it is a stray quote reported on its first line.
 * A line that could not be read, or a stray quote, gives a record with a `problem` (before the
 * header: a record with an empty `fields`). Linear time, constant memory.
 *
 * @example
 * ```ts
 * import { csvRecords, readLines } from "@minzheng/cli"
 * const records = csvRecords(readLines("households.csv"))
 * ```
 * @category CSV
 * @since 0.1.0
 */
export const csvRecords = <E, R>(lines: Stream.Stream<Line, E, R>, options?: CsvRecordReaderOptions): Stream.Stream<CsvRecord, E, R> =>
  Stream.suspend(() => {
    const reader = new CsvRecordReader(options)
    let header: ReadonlyArray<string> | null = null
    const records = (events: ReadonlyArray<CsvRecordEvent>): CsvRecord[] => {
      const out: CsvRecord[] = []
      for (const e of events) {
        if (e.kind === "problem") {
          out.push({ ...toRecord(header ?? [], e.cells, e.line), problem: e.issue })
          continue
        }
        if (header === null) {
          header = e.cells.map((c) => c.trim())
          reader.expectCells(header.length)
          continue
        }
        out.push(toRecord(header, e.cells, e.line))
      }
      return out
    }
    return Stream.concat(
      Stream.flatMap(lines, (l: Line) => Stream.fromIterable(records(reader.push(toEvent(l))))),
      Stream.suspend(() => Stream.fromIterable(records(reader.end())))
    )
  })

/**
 * A CSV file's text meant for Excel: a UTF-8 byte-order mark (without it Excel on Chinese Windows
 * reads the file as GBK and garbles the Chinese), the header, then the rows, each line ended by
 * `\r\n`. A text cell starting with `=`, `+`, `-` or `@` gets a leading `'`, so Excel shows it
 * instead of running it as a formula.
 *
 * @example
 * ```ts
 * import { excelCsv } from "@minzheng/cli"
 * excelCsv(["户", "金额"], [["h1", "30.00"]]) //=> "\uFEFF户,金额\r\nh1,30.00\r\n"
 * ```
 * @category CSV
 * @since 0.1.0
 */
export const excelCsv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string =>
  `${UTF8_BOM}${excelCsvLine(header)}${rows.map(excelCsvLine).join("")}`

/**
 * One CSV line for Excel (see {@link excelCsv}), ended by `\r\n`.
 *
 * @example
 * ```ts
 * import { excelCsvLine } from "@minzheng/cli"
 * excelCsvLine(["=1+1", "张三, 李四"]) //=> "'=1+1,\"张三, 李四\"\r\n"
 * ```
 * @category CSV
 * @since 0.1.0
 */
export const excelCsvLine = (cells: ReadonlyArray<string | number | null>): string =>
  `${formatCsvLine(cells.map((c) => (typeof c === "string" && /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))}\r\n`
