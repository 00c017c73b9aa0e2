/**
 * CSV the command writes for people to open in Excel: a UTF-8 byte-order mark first (without
 * it, Excel on Chinese Windows reads UTF-8 as GBK and shows mojibake), Chinese column names by
 * default (`--csv-headers en` for the English keys, for programs), CRLF line ends (RFC 4180),
 * cells quoted by core's `formatCsvLine`.
 *
 * @internal
 * @module
 */
import { formatCsvLine } from "@minzheng/core"

/**
 * Which column names a CSV written by the CLI carries: Chinese (`zh`, the default — what Excel on
 * a Chinese desktop shows) or English keys (`en`).
 *
 * @example
 * ```ts
 * import type { CsvHeaders } from "@minzheng/cli"
 * const headers: CsvHeaders = "zh"
 * headers //=> "zh"
 * ```
 * @category demo
 * @since 0.1.0
 */
export type CsvHeaders = "zh" | "en"

/** The UTF-8 byte-order mark. */
export const UTF8_BOM = "\uFEFF"

/** One column: its English key, its Chinese name, and the cell of a row. */
export interface CsvColumn<T> {
  readonly key: string
  readonly zh: string
  readonly cell: (row: T, headers: CsvHeaders) => string | number | boolean | null | undefined
}

/** `是` / `否` under Chinese headers, `true` / `false` under English ones. */
export const yesNo = (b: boolean, headers: CsvHeaders): string => (headers === "zh" ? (b ? "是" : "否") : String(b))

/** A whole CSV document: BOM, header line, one line per row, CRLF after each. */
export const csvDocument = <T>(columns: ReadonlyArray<CsvColumn<T>>, rows: Iterable<T>, headers: CsvHeaders): string => {
  const lines = [formatCsvLine(columns.map((c) => (headers === "zh" ? c.zh : c.key)))]
  for (const row of rows) lines.push(formatCsvLine(columns.map((c) => c.cell(row, headers))))
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`
}

/** Whether an output path asks for CSV (its extension is `.csv`). */
export const isCsvPath = (path: string | undefined): path is string => path !== undefined && path.toLowerCase().endsWith(".csv")
