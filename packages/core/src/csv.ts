/**
 * CSV lines (RFC 4180 quoting), one parser for every package: the batch readers of relief and the
 * `minzheng` command share it.
 *
 * @module
 */
import * as Result from "effect/Result"
import { issue } from "./decode.js"
import { InvalidInput } from "./errors.js"
import type { Issue } from "./issue.js"
import type { TextLineEvent } from "./text-decoding.js"

// The parse of one record, continued line after line while a quoted field is open.
interface ScanState {
  cells: string[]
  field: string
  quoted: boolean
  atStart: boolean
}

const QUOTE = 34

const freshState = (): ScanState => ({ cells: [], field: "", quoted: false, atStart: true })

// Scans `text` from the state it left off; true when the record is complete (no quote open at the
// end). Jumps from quote to quote and comma to comma with indexOf: linear, and fast on long lines.
const scan = (s: ScanState, text: string): boolean => {
  let i = 0
  for (;;) {
    if (s.quoted) {
      const q = text.indexOf('"', i)
      if (q === -1) {
        s.field += text.slice(i)
        return false
      }
      s.field += text.slice(i, q)
      if (text.charCodeAt(q + 1) === QUOTE) {
        s.field += '"'
        i = q + 2
      } else {
        s.quoted = false
        i = q + 1
      }
      continue
    }
    if (s.atStart && text.charCodeAt(i) === QUOTE) {
      s.quoted = true
      s.atStart = false
      i++
      continue
    }
    const c = text.indexOf(",", i)
    if (c === -1) {
      s.cells.push(s.field + text.slice(i))
      s.field = ""
      return true
    }
    s.cells.push(s.field + text.slice(i, c))
    s.field = ""
    s.atStart = true
    i = c + 1
  }
}

/**
 * Splits one CSV line into its fields (RFC 4180: fields in double quotes may hold commas and
 * doubled quotes). Returns `undefined` (the line is not complete yet) while a quoted field is still open at the end of the line — the
 * field holds a line break ({@link CsvRecordReader} continues it on the next line without parsing
 * again). As in Excel, a quote opens a quoted field only at the start of a field: `张"三` is read
 * as it is written. Linear time.
 *
 * @throws {@link InvalidInput} for a non-string
 * @example
 * ```ts
 * import { parseCsvLine } from "@minzheng/core"
 * parseCsvLine('h1,"Zhang, San",""""') //=> ["h1", "Zhang, San", "\""]
 * parseCsvLine('h1,"open') //=> undefined
 * parseCsvLine('h1,张"三') //=> ["h1", "张\"三"]
 * ```
 * @category csv
 * @since 0.1.0
 */
export const parseCsvLine = (line: string): Array<string> | undefined => {
  if (typeof line !== "string") {
    throw new InvalidInput({ issues: [issue(["line"], "invalid_type", "CSV 行应为字符串", "a CSV line must be a string")] })
  }
  const state = freshState()
  return scan(state, line) ? state.cells : undefined
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

/**
 * A UTF-8 byte-order mark (U+FEFF). Put it at the start of a CSV file meant for Excel: without it,
 * Excel on Chinese Windows reads the file as GBK and shows the Chinese as garbage.
 *
 * @example
 * ```ts
 * import { UTF8_BOM } from "@minzheng/core"
 * UTF8_BOM.charCodeAt(0) //=> 0xfeff
 * ```
 * @category csv
 * @since 0.1.0
 */
export const UTF8_BOM = "\uFEFF"

/**
 * The default bounds of a CSV record whose quoted field spans lines: at most 100 lines and
 * 1 MiB (1,048,576 bytes). A quote left open longer than that is taken as a stray quote.
 *
 * @example
 * ```ts
 * import { DEFAULT_CSV_LIMITS } from "@minzheng/core"
 * DEFAULT_CSV_LIMITS.maxRecordLines //=> 100
 * ```
 * @category csv
 * @since 0.1.0
 */
export const DEFAULT_CSV_LIMITS: { readonly maxRecordLines: number; readonly maxRecordBytes: number } = { maxRecordLines: 100, maxRecordBytes: 1_048_576 }

/**
 * Options of a {@link CsvRecordReader}: how far a quoted field may run over lines.
 *
 * @example
 * ```ts
 * import type { CsvRecordReaderOptions } from "@minzheng/core"
 * const o: CsvRecordReaderOptions = { maxRecordLines: 20, maxRecordBytes: 65536 }
 * ```
 * @category csv
 * @since 0.1.0
 */
export interface CsvRecordReaderOptions {
  /** The most lines one record may span (default 100). */
  readonly maxRecordLines?: number
  /** The most bytes one record may span, line breaks included (default 1 MiB). */
  readonly maxRecordBytes?: number
}

/**
 * What a {@link CsvRecordReader} gives: a record (its first line, how many lines it spans, its
 * cells) or a problem (the line, the issue, and the cells read before it — often enough to name
 * the record's id).
 *
 * @example
 * ```ts
 * import type { CsvRecordEvent } from "@minzheng/core"
 * const e: CsvRecordEvent = { kind: "record", line: 2, lines: 1, cells: ["h1", "370213"] }
 * ```
 * @category csv
 * @since 0.1.0
 */
export type CsvRecordEvent =
  | { readonly kind: "record"; readonly line: number; readonly lines: number; readonly cells: ReadonlyArray<string> }
  | { readonly kind: "problem"; readonly line: number; readonly issue: Issue; readonly cells: ReadonlyArray<string> }

interface Pending {
  readonly start: number
  readonly state: ScanState
  readonly startCells: ReadonlyArray<string>
  readonly after: Array<Extract<TextLineEvent, { kind: "line" }>>
  lines: number
  bytes: number
}

const positiveInt = (v: unknown): boolean => typeof v === "number" && Number.isSafeInteger(v) && v > 0

const quoteIssue = (zh: string, en: string): Issue => issue([], "unterminated_quote", zh, en)

/**
 * Assembles CSV records from numbered lines (a {@link TextLineReader}'s events), with quoted fields
 * that may span lines — bounded, so a stray quote never swallows the rest of the file.
 *
 * **Details.** A record whose quote is still open after `maxRecordLines` lines or `maxRecordBytes`
 * bytes, at the end of the input, before a line that could not be read, or — once
 * {@link CsvRecordReader.expectCells} is set — that closes with a different number of cells than
 * the header, is a stray quote: one `unterminated_quote` problem on the line where the record
 * starts, and the lines after it are read again as records of their own. Those lines are read one
 * by one (a quote they leave open is a problem on that line), so each line is parsed at most twice:
 * time stays linear whatever the input. Blank lines between records are skipped; problems of the
 * line reader pass through in order.
 *
 * @throws {@link InvalidInput} for invalid options or an event that is not a line event
 * @example
 * ```ts
 * import { CsvRecordReader, TextLineReader } from "@minzheng/core"
 * const lines = new TextLineReader()
 * const csv = new CsvRecordReader()
 * const text = 'id,note\n1,"a\nb"\n2,"stray\n3,ok\n'
 * const events = [...lines.push(text), ...lines.end()].flatMap((e) => csv.push(e)).concat(csv.end())
 * events.map((e) => (e.kind === "record" ? e.cells.join("|") : `problem at line ${e.line}`))
 * //=> ["id|note", "1|a\nb", "problem at line 4", "3|ok"]
 * ```
 * @category csv
 * @since 0.1.0
 */
export class CsvRecordReader {
  private readonly maxLines: number
  private readonly maxBytes: number
  private expected: number | null = null
  private pending: Pending | null = null
  private work = 0

  constructor(options?: CsvRecordReaderOptions) {
    const o = (options ?? {}) as { maxRecordLines?: unknown; maxRecordBytes?: unknown }
    const issues: Issue[] = []
    if (typeof o !== "object" || o === null) issues.push(issue(["options"], "invalid_options", "选项应为对象", "options must be an object"))
    if (o.maxRecordLines !== undefined && !positiveInt(o.maxRecordLines)) issues.push(issue(["options", "maxRecordLines"], "invalid_limit", "记录行数上限应为正整数", "maxRecordLines must be a positive whole number"))
    if (o.maxRecordBytes !== undefined && !positiveInt(o.maxRecordBytes)) issues.push(issue(["options", "maxRecordBytes"], "invalid_limit", "记录字节上限应为正整数", "maxRecordBytes must be a positive whole number"))
    if (issues.length > 0) throw new InvalidInput({ issues })
    this.maxLines = (o.maxRecordLines as number | undefined) ?? DEFAULT_CSV_LIMITS.maxRecordLines
    this.maxBytes = (o.maxRecordBytes as number | undefined) ?? DEFAULT_CSV_LIMITS.maxRecordBytes
  }

  /**
   * The number of cells a record must have once the header is known (`null`: any). Only records
   * that span lines are checked here: a different count there means a stray quote.
   */
  expectCells(count: number | null): void {
    this.expected = count
  }

  /** Characters parsed so far, lines read again after a stray quote included: for tests and benches. */
  get scanned(): number {
    return this.work
  }

  /** Reads one line event; returns the records and problems it completes. */
  push(event: TextLineEvent): CsvRecordEvent[] {
    const out: CsvRecordEvent[] = []
    if (typeof event !== "object" || event === null || (event.kind !== "line" && event.kind !== "problem")) {
      throw new InvalidInput({ issues: [issue(["event"], "invalid_event", "应为文本行事件", "expected a text line event")] })
    }
    if (event.kind === "problem") {
      const p = this.pending
      if (p !== null) {
        this.fail(
          out,
          quoteIssue(`引号未闭合：自本行起的带引号字段，到无法读取的第 ${event.line} 行时仍未结束`, `unclosed quote: the quoted field starting on this line is still open at line ${event.line}, which cannot be read`)
        )
      }
      out.push({ kind: "problem", line: event.line, issue: event.issue, cells: [] })
      return out
    }
    this.line(event, out)
    return out
  }

  /** Ends the input: a quote still open is a problem on the line where its record starts. */
  end(): CsvRecordEvent[] {
    const out: CsvRecordEvent[] = []
    if (this.pending !== null) {
      this.fail(out, quoteIssue("引号未闭合：自本行起的带引号字段直到输入结束仍未结束", "unclosed quote: the quoted field starting on this line is still open at the end of the input"))
    }
    return out
  }

  private line(e: Extract<TextLineEvent, { kind: "line" }>, out: CsvRecordEvent[]): void {
    const p = this.pending
    if (p === null) {
      if (e.text.trim() === "") return
      const s = freshState()
      this.work += e.text.length
      if (scan(s, e.text)) {
        out.push({ kind: "record", line: e.line, lines: 1, cells: s.cells })
        return
      }
      s.field += "\n"
      this.pending = { start: e.line, state: s, startCells: s.cells.slice(), after: [], lines: 1, bytes: e.bytes }
      return
    }
    p.after.push(e)
    p.lines++
    p.bytes += e.bytes + 1
    if (p.lines > this.maxLines || p.bytes > this.maxBytes) {
      const over = p.lines > this.maxLines ? `${this.maxLines} 行` : `${this.maxBytes} 字节`
      const overEn = p.lines > this.maxLines ? `${this.maxLines} lines` : `${this.maxBytes} bytes`
      this.fail(out, quoteIssue(`引号未闭合：自本行起的带引号字段超过 ${over} 仍未结束，已从下一行起继续读取`, `unclosed quote: the quoted field starting on this line runs over ${overEn}; reading went on from the next line`))
      return
    }
    this.work += e.text.length
    if (!scan(p.state, e.text)) {
      p.state.field += "\n"
      return
    }
    const cells = p.state.cells
    if (this.expected !== null && cells.length !== this.expected) {
      this.fail(
        out,
        quoteIssue(
          `引号可能未闭合：自本行起跨 ${p.lines} 行的记录有 ${cells.length} 个字段，表头有 ${this.expected} 个，已从下一行起继续读取`,
          `probably an unclosed quote: the record starting on this line spans ${p.lines} lines and has ${cells.length} fields where the header has ${this.expected}; reading went on from the next line`
        )
      )
      return
    }
    this.pending = null
    out.push({ kind: "record", line: p.start, lines: p.lines, cells })
  }

  // Reports the pending record on its first line and reads the lines after it again, one by one.
  private fail(out: CsvRecordEvent[], problem: Issue): void {
    const p = this.pending as Pending
    this.pending = null
    out.push({ kind: "problem", line: p.start, issue: problem, cells: p.startCells })
    for (const e of p.after) {
      if (e.text.trim() === "") continue
      const s = freshState()
      this.work += e.text.length
      if (scan(s, e.text)) out.push({ kind: "record", line: e.line, lines: 1, cells: s.cells })
      else {
        out.push({
          kind: "problem",
          line: e.line,
          cells: s.cells,
          issue: quoteIssue("引号未闭合：本行的带引号字段没有结束（紧接在一处引号错误之后，此行不与后续行合并）", "unclosed quote on this line (right after another quote error, a line is not joined with the next)")
        })
      }
    }
  }
}

/**
 * A column a CSV file may have: its English `name`, its Chinese header `zh`, other accepted
 * headers (`aliases`), and whether it must be there.
 *
 * @example
 * ```ts
 * import type { CsvColumn } from "@minzheng/core"
 * const c: CsvColumn = { name: "vehicle_value", zh: "车辆价值", aliases: ["车辆价值（元）"] }
 * ```
 * @category csv
 * @since 0.1.0
 */
export interface CsvColumn {
  readonly name: string
  readonly zh: string
  readonly aliases?: ReadonlyArray<string>
  readonly required?: boolean
}

// Header text compared loosely: full-width forms folded (NFKC), case and spacing ignored, a unit in
// brackets dropped — "车辆价值（元）", "Vehicle Value" and "vehicle_value" are one header.
const normalise = (h: string): string =>
  h
    .normalize("NFKC")
    .replace(/\((元|人民币元|元\/月|个|套|人)\)\s*$/u, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")

// Optimal string alignment distance (a swap of two neighbours counts once).
const distance = (a: string, b: string): number => {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > 3) return Number.POSITIVE_INFINITY
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let v = Math.min((d[i - 1] as number[])[j]! + 1, (d[i] as number[])[j - 1]! + 1, (d[i - 1] as number[])[j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, (d[i - 2] as number[])[j - 2]! + 1)
      ;(d[i] as number[])[j] = v
    }
  }
  return (d[s.length] as number[])[t.length] as number
}

/**
 * The candidate nearest to a misspelt name — within a third of its length in edits (at least one;
 * a swap of two neighbours is one edit) — or `undefined` when none is near. Case, spacing and full-width forms are
 * ignored.
 *
 * @example
 * ```ts
 * import { closestName } from "@minzheng/core"
 * closestName("vehicle_valeu", ["vehicle_value", "region"]) //=> "vehicle_value"
 * closestName("车辆价格", ["车辆价值", "家庭编号"]) //=> "车辆价值"
 * closestName("colour", ["region"]) //=> undefined
 * closestName("行政区", ["行政区划代码", "家庭编号"]) //=> "行政区划代码"
 * ```
 * @category csv
 * @since 0.1.0
 */
export const closestName = (name: string, candidates: ReadonlyArray<string>): string | undefined => {
  if (typeof name !== "string" || !Array.isArray(candidates)) return undefined
  const n = normalise(name)
  let best: string | undefined = undefined
  let bestD = Math.max(1, Math.floor([...n].length / 3)) + 1
  for (const c of candidates) {
    if (typeof c !== "string") continue
    const d = distance(n, normalise(c))
    if (d < bestD) {
      best = c
      bestD = d
    }
  }
  if (best !== undefined) return best
  // A header that is the start of a known name, or extends one ("行政区划" for "行政区划代码"): in
  // Chinese two characters carry a word, so the edit distance alone is too strict.
  let shortest = Number.POSITIVE_INFINITY
  for (const c of candidates) {
    if (typeof c !== "string") continue
    const k = normalise(c)
    const [short, long] = k.length <= n.length ? [k, n] : [n, k]
    if ([...short].length >= 2 && long.startsWith(short) && long.length - short.length < shortest) {
      best = c
      shortest = long.length - short.length
    }
  }
  return best
}

const CJK_HEADER = /[\u3400-\u9fff]/

/**
 * Matches a CSV header line against the known columns: for each header cell, the column's `name`
 * (or `null` for an empty header cell), or one {@link InvalidInput} listing every unknown column
 * with the nearest known name, every duplicate and every missing required column — so a misspelt
 * `vehicle_valeu` is refused before any row is read, never silently ignored. English names,
 * Chinese headers and aliases are all accepted, loosely (case, spacing, full-width forms and a unit
 * such as `（元）` ignored).
 *
 * @param requireOneOf - groups of columns of which at least one must be present
 * @example
 * ```ts
 * import { matchCsvHeader } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const columns = [{ name: "household_id", zh: "家庭编号", required: true }, { name: "vehicle_value", zh: "车辆价值" }]
 * const ok = matchCsvHeader(["家庭编号", "车辆价值（元）"], columns)
 * Result.isSuccess(ok) && ok.success //=> ["household_id", "vehicle_value"]
 * const bad = matchCsvHeader(["household_id", "vehicle_valeu"], columns)
 * Result.isFailure(bad) && bad.failure.issues[0]!.zh //=> "vehicle_valeu: 未知列，是否为 vehicle_value？"
 * ```
 * @category csv
 * @since 0.1.0
 */
export const matchCsvHeader = (
  header: ReadonlyArray<string>,
  columns: ReadonlyArray<CsvColumn>,
  requireOneOf: ReadonlyArray<ReadonlyArray<string>> = []
): Result.Result<ReadonlyArray<string | null>, InvalidInput> => {
  const validColumn = (c: unknown): boolean =>
    typeof c === "object" &&
    c !== null &&
    typeof (c as CsvColumn).name === "string" &&
    typeof (c as CsvColumn).zh === "string" &&
    ((c as CsvColumn).aliases === undefined || (Array.isArray((c as CsvColumn).aliases) && ((c as CsvColumn).aliases as ReadonlyArray<unknown>).every((a) => typeof a === "string")))
  if (
    !Array.isArray(header) ||
    !Array.isArray(columns) ||
    !Array.isArray(requireOneOf) ||
    !columns.every(validColumn) ||
    !requireOneOf.every((g: unknown) => Array.isArray(g) && g.every((n: unknown) => typeof n === "string"))
  ) {
    return Result.fail(new InvalidInput({ issues: [issue(["header"], "invalid_type", "表头与列定义应为列表", "the header and the columns must be lists")] }))
  }
  const byKey = new Map<string, CsvColumn>()
  for (const c of columns as ReadonlyArray<CsvColumn>) {
    for (const k of [c.name, c.zh, ...(c.aliases ?? [])]) byKey.set(normalise(k), c)
  }
  const issues: Issue[] = []
  const out: Array<string | null> = []
  const seen = new Map<string, number>()
  const unknown: Array<[number, string]> = []
  header.forEach((raw: unknown, i) => {
    const h = typeof raw === "string" ? raw.trim() : ""
    if (h === "") {
      out.push(null)
      return
    }
    const c = byKey.get(normalise(h))
    if (c === undefined) {
      out.push(null)
      unknown.push([i, h])
      return
    }
    const before = seen.get(c.name)
    if (before !== undefined) {
      issues.push(
        issue(["header", i], "duplicate_column", `${h}: 与第 ${before + 1} 列重复（同为“${c.zh}”）`, `${h}: the same column as column ${before + 1} (${c.name})`)
      )
      out.push(null)
      return
    }
    seen.set(c.name, i)
    out.push(c.name)
  })
  const unused = columns.filter((c) => !seen.has(c.name))
  for (const [i, h] of unknown) {
    const zh = CJK_HEADER.test(h)
    const names = (list: ReadonlyArray<CsvColumn>) => list.flatMap((c) => (zh ? [c.zh, ...(c.aliases ?? []), c.name] : [c.name, ...(c.aliases ?? []), c.zh]))
    const near = closestName(h, names(unused)) ?? closestName(h, names(columns))
    issues.push(
      near === undefined
        ? issue(["header", i], "unknown_column", `${h}: 未知列`, `unknown column ${h}`)
        : issue(["header", i], "unknown_column", `${h}: 未知列，是否为 ${near}？`, `unknown column ${h}; did you mean ${near}?`)
    )
  }
  for (const c of columns) {
    if (c.required === true && !seen.has(c.name)) {
      issues.push(issue(["header"], "missing_column", `缺少必需列“${c.zh}”（${c.name}）`, `missing required column ${c.name} (${c.zh})`))
    }
  }
  for (const group of requireOneOf as ReadonlyArray<ReadonlyArray<string>>) {
    if (!group.some((n: string) => seen.has(n))) {
      const zhNames = group.map((n: string) => `“${columns.find((c) => c.name === n)?.zh ?? n}”`).join("或")
      issues.push(issue(["header"], "missing_column", `缺少必需列：${zhNames}至少要有一列（${group.join(", ")}）`, `missing column: at least one of ${group.join(", ")} is needed`))
    }
  }
  return issues.length > 0 ? Result.fail(new InvalidInput({ issues })) : Result.succeed(out)
}
