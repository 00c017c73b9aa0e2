/**
 * CSV lines (RFC 4180 quoting), one parser for every package: the batch readers of relief and the
 * `minzheng` command share it.
 *
 * @module
 */
import { issue } from "./decode.js"
import { InvalidInput } from "./errors.js"

/**
 * Splits one CSV line into its fields (RFC 4180: fields in double quotes may hold commas and
 * doubled quotes). Returns `null` while a quoted field is still open at the end of the line — the
 * field holds a line break, so a streaming reader appends the next line and parses again.
 *
 * @throws {@link InvalidInput} for a non-string
 * @example
 * ```ts
 * import { parseCsvLine } from "@minzheng/core"
 * parseCsvLine('h1,"Zhang, San",""""') //=> ["h1", "Zhang, San", "\""]
 * parseCsvLine('h1,"open') //=> null
 * ```
 * @category csv
 * @since 0.1.0
 */
export const parseCsvLine = (line: string): Array<string> | null => {
  if (typeof line !== "string") {
    throw new InvalidInput({ issues: [issue(["line"], "invalid_type", "CSV 行应为字符串", "a CSV line must be a string")] })
  }
  const out: Array<string> = []
  let cur = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"'
          i++
        } else quoted = false
      } else cur += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      out.push(cur)
      cur = ""
    } else cur += ch
  }
  if (quoted) return null
  out.push(cur)
  return out
}

/**
 * Formats cells as one CSV line, quoting a cell only when it holds a comma, a quote or a line
 * break. `null` and `undefined` are empty cells.
 *
 * @throws {@link InvalidInput} for a cell that is not a string, number, boolean, null or undefined
 * @example
 * ```ts
 * import { formatCsvLine } from "@minzheng/core"
 * formatCsvLine(["h1", "Zhang, San", 3]) //=> 'h1,"Zhang, San",3'
 * ```
 * @category csv
 * @since 0.1.0
 */
export const formatCsvLine = (cells: ReadonlyArray<string | number | boolean | null | undefined>): string => {
  if (!Array.isArray(cells)) {
    throw new InvalidInput({ issues: [issue(["cells"], "invalid_type", "应为单元格列表", "expected a list of cells")] })
  }
  return cells
    .map((c: unknown, i) => {
      if (c === null || c === undefined) return ""
      if (typeof c !== "string" && typeof c !== "number" && typeof c !== "boolean") {
        throw new InvalidInput({ issues: [issue(["cells", i], "invalid_cell", "单元格应为文本、数字或布尔值", "a cell must be text, a number or a boolean")] })
      }
      const s = String(c)
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
    })
    .join(",")
}
