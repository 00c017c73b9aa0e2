/**
 * The pure, push-based core of a batch run, shared by the async-iterable and the Effect Stream
 * APIs: chunks in (bytes in UTF-8 or GB18030, or strings), rows out, a running summary and a
 * per-region policy cache — nothing else is kept, so memory does not grow with the input. Lines are
 * cut and decoded by core's `TextLineReader`, CSV records assembled by its `CsvRecordReader`:
 * linear time, bounded lines and quoted fields.
 *
 * @internal
 * @module
 */
import {
  CsvRecordReader,
  type CsvRecordEvent,
  InvalidInput,
  type Issue,
  TextLineReader,
  type TextLineEvent,
  isIsoDate,
  issue
} from "@minzheng/core"
import * as Result from "effect/Result"
import { PROGRAMME_NAMES, type Programme } from "../determination/determination.js"
import { Money } from "@minzheng/core"
import type { BatchRow, DeterminationRow, ErrorRow, SummaryRow } from "./batch-row.js"
import { householdFromCsvRows, matchHouseholdCsvHeader } from "./csv.js"
import type { BatchOptions } from "./batch-options.js"
import { type BatchTask, Decider, type DeterminationDigest, errorRow, issueRow, NOT_JSON } from "./decider.js"

export type { BatchOptions } from "./batch-options.js"

const positiveInt = (v: unknown): boolean => v === undefined || (typeof v === "number" && Number.isSafeInteger(v) && v > 0)

/** Checks the options, listing every problem. */
export const checkOptions = (o: unknown): BatchOptions => {
  const issues = []
  const opts = (typeof o === "object" && o !== null ? o : {}) as Record<string, unknown>
  if (typeof o !== "object" || o === null) issues.push(issue(["options"], "invalid_options", "选项应为对象", "options must be an object"))
  const b = opts.bundle as { parameters?: unknown; id?: unknown } | undefined
  if (typeof b !== "object" || b === null || typeof b.parameters !== "object" || b.parameters === null || typeof b.id !== "string") {
    issues.push(issue(["options", "bundle"], "invalid_bundle", "不是政策参数包", "not a policy bundle"))
  }
  if (!isIsoDate(opts.asOf)) issues.push(issue(["options", "asOf"], "invalid_date", "不是有效的日期", "not a valid date"))
  if (opts.format !== "ndjson" && opts.format !== "csv") issues.push(issue(["options", "format"], "invalid_format", "格式应为 ndjson 或 csv", "format must be ndjson or csv"))
  if (opts.explain !== undefined && typeof opts.explain !== "boolean") issues.push(issue(["options", "explain"], "invalid_type", "explain 应为布尔值", "explain must be a boolean"))
  for (const k of ["maxLineBytes", "maxRecordLines", "maxRecordBytes"] as const) {
    if (!positiveInt(opts[k])) issues.push(issue(["options", k], "invalid_limit", `${k} 应为正整数`, `${k} must be a positive whole number`))
  }
  if (opts.encoding !== undefined && opts.encoding !== "auto" && opts.encoding !== "utf-8" && opts.encoding !== "gb18030") {
    issues.push(issue(["options", "encoding"], "invalid_encoding_name", "编码应为 auto、utf-8 或 gb18030", "encoding must be auto, utf-8 or gb18030"))
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
  return o as BatchOptions
}

// The rows of one household being collected, and the unreadable lines that may have belonged to it.
interface Group {
  readonly id: string
  readonly start: number
  readonly rows: Record<string, string>[]
  // The first ten unreadable lines, and how many there were.
  readonly unreadable: number[]
  unreadableCount: number
}

const noteUnreadable = (g: Group, line: number): void => {
  g.unreadableCount++
  if (g.unreadable.length < 10) g.unreadable.push(line)
}

export class BatchProcessor {
  private readonly options: BatchOptions
  private readonly decider: Decider | null
  private readonly lines: TextLineReader
  private readonly csv: CsvRecordReader
  private records = 0
  private determined = 0
  private errors = 0
  private monthlyFen = 0
  private oneOffFen = 0
  private readonly eligible: Record<Programme, number>
  private readonly unavailable: Record<Programme, number>
  private header: ReadonlyArray<string | null> | null = null
  private idColumn = -1
  private group: Group | null = null
  // An unreadable line whose household is unknown: the next household to start may have lost it.
  private orphan: number | null = null
  // Set when the input cannot be read as a whole (a CSV header that does not match): the run stops.
  private stopped = false

  /**
   * `split` (for the worker pool of `@minzheng/relief/node`): read and group only; households come
   * out as tasks, decided elsewhere and counted back with {@link BatchProcessor.count}.
   */
  constructor(
    options: unknown,
    private readonly split = false
  ) {
    this.options = checkOptions(options)
    this.decider = split ? null : new Decider(this.options)
    this.eligible = Object.fromEntries(Object.keys(PROGRAMME_NAMES).map((k) => [k, 0])) as Record<Programme, number>
    this.unavailable = { ...this.eligible }
    const o = this.options
    this.lines = new TextLineReader({ ...(o.maxLineBytes === undefined ? {} : { maxLineBytes: o.maxLineBytes }), encoding: o.encoding ?? "auto" })
    this.csv = new CsvRecordReader({
      ...(o.maxRecordLines === undefined ? {} : { maxRecordLines: o.maxRecordLines }),
      ...(o.maxRecordBytes === undefined ? {} : { maxRecordBytes: o.maxRecordBytes })
    })
  }

  /** Characters the CSV reader parsed (lines read again after a stray quote included). */
  get scanned(): number {
    return this.csv.scanned
  }

  /** Reads a chunk of the input; returns the rows it completes. */
  push(chunk: string | Uint8Array): BatchRow[] {
    return this.read(chunk) as BatchRow[]
  }

  /** Reads a chunk of the input; returns the rows and (in `split` mode) the tasks it completes. */
  read(chunk: string | Uint8Array): Array<BatchRow | BatchTask> {
    if (this.stopped) return []
    return this.lineEvents(this.lines.push(chunk))
  }

  private lineEvents(events: ReadonlyArray<TextLineEvent>): Array<BatchRow | BatchTask> {
    const out: Array<BatchRow | BatchTask> = []
    for (const e of events) {
      if (this.stopped) break
      if (this.options.format === "ndjson") this.ndjson(e, out)
      else for (const r of this.csv.push(e)) this.csvEvent(r, out)
    }
    return out
  }

  private ndjson(e: TextLineEvent, out: Array<BatchRow | BatchTask>): void {
    if (e.kind === "problem") {
      this.records++
      this.errors++
      out.push(issueRow(e.line, null, e.issue))
      return
    }
    if (e.text.trim() === "") return
    if (this.split) {
      out.push({ kind: "task", line: e.line, text: e.text })
      return
    }
    let value: unknown
    try {
      value = JSON.parse(e.text)
    } catch {
      this.records++
      this.errors++
      out.push(issueRow(e.line, null, NOT_JSON))
      return
    }
    out.push(this.evaluate(e.line, value))
  }

  private csvEvent(e: CsvRecordEvent, out: Array<BatchRow | BatchTask>): void {
    if (this.header === null) {
      if (e.kind === "problem") {
        const unreadable = issue(["header"], e.issue.code, `表头（第 ${e.line} 行）无法读取：${e.issue.zh}`, `the header (line ${e.line}) cannot be read: ${e.issue.en}`)
        this.stop(e.line, new InvalidInput({ issues: [unreadable] }), out)
        return
      }
      const matched = matchHouseholdCsvHeader(e.cells.map((c) => c.trim()))
      if (Result.isFailure(matched)) {
        this.stop(e.line, matched.failure, out)
        return
      }
      this.header = matched.success
      this.idColumn = matched.success.indexOf("household_id")
      this.csv.expectCells(matched.success.length)
      return
    }
    if (e.kind === "problem") {
      this.unreadable(e.line, e.cells, e.issue, out)
      return
    }
    const header = this.header
    const cells = e.cells
    const problem = this.shape(cells, header)
    if (problem !== null) {
      this.unreadable(e.line, cells, problem, out)
      return
    }
    const row: Record<string, string> = {}
    header.forEach((name, i) => {
      if (name !== null) row[name] = (cells[i] ?? "").trim()
    })
    const id = row.household_id ?? ""
    if (this.group !== null && this.group.id === id) {
      this.orphan = null
      this.group.rows.push(row)
      return
    }
    this.flush(out)
    this.group = { id, start: e.line, rows: [row], unreadable: this.orphan === null ? [] : [this.orphan], unreadableCount: this.orphan === null ? 0 : 1 }
    this.orphan = null
  }

  // The header is refused: one error row, then nothing is decided (the summary still closes the run).
  private stop(line: number, e: InvalidInput, out: Array<BatchRow | BatchTask>): void {
    this.stopped = true
    this.records++
    this.errors++
    out.push({ ...errorRow(line, null, e), fatal: true })
  }

  // A row whose cells do not line up with the header: too few, or more than the header with
  // something in them (a comma in a value that was not quoted shifts every column after it), or a
  // value under a column without a header.
  private shape(cells: ReadonlyArray<string>, header: ReadonlyArray<string | null>): Issue | null {
    if (cells.length < header.length) {
      return issue([], "cell_count", `该行只有 ${cells.length} 个字段，表头有 ${header.length} 个`, `the row has ${cells.length} fields where the header has ${header.length}`)
    }
    for (let i = header.length; i < cells.length; i++) {
      if ((cells[i] as string).trim() !== "") {
        return issue(
          [],
          "cell_count",
          `该行有 ${cells.length} 个字段，多于表头的 ${header.length} 个（含逗号的值应加英文双引号）`,
          `the row has ${cells.length} fields, more than the header's ${header.length} (a value holding a comma must be in double quotes)`
        )
      }
    }
    for (let i = 0; i < header.length; i++) {
      if (header[i] === null && (cells[i] as string).trim() !== "") {
        return issue([], "unnamed_column", `第 ${i + 1} 列没有表头，但该行在此列有值`, `column ${i + 1} has no header but the row has a value in it`)
      }
    }
    return null
  }

  // Reports a line that could not be read as a row; the household it belonged to (if its id can be
  // read, that one; otherwise the households just before and after it) is not decided, since a
  // member or an income may be missing from it.
  private unreadable(line: number, cells: ReadonlyArray<string>, problem: Issue, out: Array<BatchRow | BatchTask>): void {
    const raw = this.idColumn >= 0 && this.idColumn < cells.length ? (cells[this.idColumn] as string).trim() : ""
    const id = raw === "" ? null : raw
    this.records++
    this.errors++
    out.push(issueRow(line, id, problem))
    if (id !== null) {
      if (this.group !== null && this.group.id === id) {
        noteUnreadable(this.group, line)
        return
      }
      this.flush(out)
      this.group = { id, start: line, rows: [], unreadable: [line], unreadableCount: 1 }
      this.orphan = null
      return
    }
    if (this.group !== null) noteUnreadable(this.group, line)
    this.orphan = line
  }

  private flush(out: Array<BatchRow | BatchTask>): void {
    const g = this.group
    if (g === null) return
    this.group = null
    if (g.rows.length === 0) return
    if (g.unreadableCount > 0) {
      const listed = g.unreadable
      const more = g.unreadableCount - listed.length
      const lines = `${listed.join("、")}${more > 0 ? ` 等 ${g.unreadableCount} ` : " "}`
      const linesEn = `${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`
      this.records++
      this.errors++
      out.push(
        errorRow(
          g.start,
          g.id,
          new InvalidInput({
            issues: [
              issue(
                [],
                "household_incomplete",
                `第 ${lines.trimEnd()} 行无法读取，可能属于该户，整户不作认定（请改正后重新认定）`,
                `line ${linesEn} could not be read and may belong to this household, so it is not decided (correct it and run again)`
              )
            ]
          })
        )
      )
      return
    }
    if (this.split) out.push({ kind: "task", line: g.start, rows: g.rows })
    else out.push(this.evaluate(g.start, householdFromCsvRows(g.rows)))
  }

  private evaluate(line: number, value: unknown): BatchRow {
    const row = (this.decider as Decider).decide(line, value)
    if (row.kind === "error") {
      this.records++
      this.errors++
      return row
    }
    this.tally(row)
    return row
  }

  private tally(row: DeterminationRow): void {
    this.records++
    this.determined++
    for (const d of row.result.determinations) {
      if (d.failure !== null) {
        this.unavailable[d.programme]++
        continue
      }
      if (!d.eligible) continue
      this.eligible[d.programme]++
      if (d.frequency === "one-off") this.oneOffFen += d.fen
    }
    // 《社会救助暂行办法》第十五条第三款：“特困人员供养应当与……最低生活保障……等制度相衔接。”
    // 《特困人员认定办法》第二十七条: 低保 follows 特困 only when 特困 ends. A person in 特困 support is
    // not also in 低保, so the outlay adds the household's monthlyPaidFen (each person once), never
    // the sum of every eligible programme.
    this.monthlyFen += row.result.monthlyPaidFen
  }

  /**
   * Counts a household decided elsewhere (`split` mode) into the summary, as
   * {@link BatchProcessor.push} counts its own: an error row, or a determination's digest.
   */
  count(row: ErrorRow | DeterminationDigest): void {
    this.records++
    if (row.kind === "error") {
      this.errors++
      return
    }
    this.determined++
    for (const u of row.unavailable) this.unavailable[u.programme]++
    for (const p of row.eligible) this.eligible[p]++
    this.oneOffFen += row.oneOffFen
    // each person once: the household's monthlyPaidFen (see tally above for the articles)
    this.monthlyFen += row.monthlyPaidFen
  }

  /** Ends the input: the last household, any quote still open, then the summary row. */
  finish(): BatchRow[] {
    const out = this.end()
    out.push(this.summary())
    return out as BatchRow[]
  }

  /** Ends the input: the last household and any quote still open (the summary not yet). */
  end(): Array<BatchRow | BatchTask> {
    const out = this.stopped ? [] : this.lineEvents(this.lines.end())
    if (this.options.format === "csv" && !this.stopped) {
      for (const r of this.csv.end()) if (!this.stopped) this.csvEvent(r, out)
      this.flush(out)
    }
    return out
  }

  /** The summary row of what was counted so far. */
  summary(): SummaryRow {
    return {
      kind: "summary",
      summary: {
        records: this.records,
        determined: this.determined,
        errors: this.errors,
        eligible: { ...this.eligible },
        unavailable: { ...this.unavailable },
        monthlyOutlay: Money.fen(this.monthlyFen),
        oneOffOutlay: Money.fen(this.oneOffFen),
        label: { zh: "批量认定汇总", en: "batch summary" }
      }
    }
  }
}
