/**
 * The pure, push-based core of a batch run, shared by the async-iterable and the Effect Stream
 * APIs: lines in, rows out, a running summary and a per-region policy cache — nothing else is
 * kept, so memory does not grow with the input.
 *
 * @internal
 * @module
 */
import { InvalidInput, type IsoDate, type PolicyBundle, PolicyBundleIncomplete, isIsoDate, issue, parseCsvLine } from "@minzheng/core"
import { Result } from "effect"
import { PROGRAMME_NAMES, type Programme } from "../determination/determination.js"
import { determine } from "../determination/determine.js"
import { decodeHousehold } from "../household/household.js"
import { Money } from "@minzheng/core"
import { type ReliefPolicy, resolveReliefPolicy } from "../params/policy.js"
import type { BatchRow, ErrorRow } from "./batch-row.js"
import { householdFromCsvRows } from "./csv.js"

/**
 * Options of a batch run.
 *
 * @example
 * ```ts
 * import type { BatchOptions } from "@minzheng/relief"
 * import { LICANG_BUNDLE } from "@minzheng/relief"
 * const options: BatchOptions = { bundle: LICANG_BUNDLE, asOf: "2025-03-15" as any, format: "ndjson" }
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface BatchOptions {
  readonly bundle: PolicyBundle
  /** The date of the determinations; each household's region is resolved once for it. */
  readonly asOf: IsoDate
  readonly format: "ndjson" | "csv"
  /** Build explanation trees (default `false`: amounts, terms and dates only). */
  readonly explain?: boolean
}

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
  if (issues.length > 0) throw new InvalidInput({ issues })
  return o as BatchOptions
}

const errorRow = (line: number, householdId: string | null, e: InvalidInput | PolicyBundleIncomplete): ErrorRow => ({
  kind: "error",
  line,
  householdId,
  error: {
    tag: e._tag,
    message: e.message,
    messageZh: e.messageZh,
    issues: e instanceof InvalidInput ? e.issues : e.problems.map((p) => issue(["parameters", "name" in p ? p.name : ""], p._tag, p.messageZh, p.message))
  }
})

const idOf = (u: unknown): string | null => (typeof u === "object" && u !== null && typeof (u as { id?: unknown }).id === "string" ? (u as { id: string }).id : null)

export class BatchProcessor {
  private readonly options: BatchOptions
  private readonly explain: boolean
  private readonly policies = new Map<string, ReliefPolicy | PolicyBundleIncomplete>()
  private line = 0
  private records = 0
  private determined = 0
  private errors = 0
  private monthlyFen = 0
  private oneOffFen = 0
  private readonly eligible: Record<Programme, number>
  private header: string[] | null = null
  private csvRows: Record<string, string>[] = []
  private csvStart = 0
  private csvId: string | null = null
  // A CSV record whose quoted field holds a line break spans lines: its text so far, and its first line.
  private pending: { text: string; line: number } | null = null

  constructor(options: unknown) {
    this.options = checkOptions(options)
    this.explain = this.options.explain === true
    this.eligible = Object.fromEntries(Object.keys(PROGRAMME_NAMES).map((k) => [k, 0])) as Record<Programme, number>
  }

  push(raw: string): BatchRow[] {
    this.line++
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw
    if (this.options.format === "ndjson") {
      if (text.trim() === "") return []
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        this.records++
        this.errors++
        return [errorRow(this.line, null, new InvalidInput({ issues: [issue([], "invalid_json", "该行不是有效的 JSON", "the line is not valid JSON")] }))]
      }
      return [this.evaluate(this.line, value)]
    }
    if (text.trim() === "" && this.pending === null) return []
    const joined = this.pending === null ? text : `${this.pending.text}\n${text}`
    const cells = parseCsvLine(joined)
    if (cells === null) {
      this.pending = { text: joined, line: this.pending?.line ?? this.line }
      return []
    }
    this.pending = null
    if (this.header === null) {
      this.header = cells.map((c) => c.trim())
      return []
    }
    const row: Record<string, string> = {}
    this.header.forEach((h, i) => {
      row[h] = (cells[i] ?? "").trim()
    })
    const id = row.household_id ?? ""
    const out: BatchRow[] = []
    if (this.csvId !== null && id !== this.csvId) out.push(...this.flushCsv())
    if (this.csvRows.length === 0) {
      this.csvStart = this.line
      this.csvId = id
    }
    this.csvRows.push(row)
    return out
  }

  private flushCsv(): BatchRow[] {
    if (this.csvRows.length === 0) return []
    const rows = this.csvRows
    this.csvRows = []
    this.csvId = null
    return [this.evaluate(this.csvStart, householdFromCsvRows(rows))]
  }

  private evaluate(line: number, value: unknown): BatchRow {
    this.records++
    const decoded = decodeHousehold(value)
    if (Result.isFailure(decoded)) {
      this.errors++
      return errorRow(line, idOf(value), decoded.failure)
    }
    const h = decoded.success
    const region = h.residence.region
    let policy = this.policies.get(region)
    if (policy === undefined) {
      const r = resolveReliefPolicy(this.options.bundle, region, this.options.asOf)
      policy = Result.isSuccess(r) ? r.success : r.failure
      this.policies.set(region, policy)
    }
    if (policy instanceof PolicyBundleIncomplete) {
      this.errors++
      return errorRow(line, h.id, policy)
    }
    const result = determine(h, policy, { explain: this.explain })
    this.determined++
    for (const d of result.determinations) {
      if (!d.eligible) continue
      this.eligible[d.programme]++
      if (d.frequency === "monthly") this.monthlyFen += d.fen
      else if (d.frequency === "one-off") this.oneOffFen += d.fen
    }
    return { kind: "determination", line, result }
  }

  finish(): BatchRow[] {
    const out = this.options.format === "csv" ? this.flushCsv() : []
    if (this.pending !== null) {
      this.records++
      this.errors++
      out.push(
        errorRow(
          this.pending.line,
          null,
          new InvalidInput({ issues: [issue([], "unterminated_quote", "CSV 引号未闭合，直到输入结束", "a quoted CSV field is still open at the end of the input")] })
        )
      )
      this.pending = null
    }
    out.push({
      kind: "summary",
      summary: {
        records: this.records,
        determined: this.determined,
        errors: this.errors,
        eligible: { ...this.eligible },
        monthlyOutlay: Money.fen(this.monthlyFen),
        oneOffOutlay: Money.fen(this.oneOffFen),
        label: { zh: "批量认定汇总", en: "batch summary" }
      }
    })
    return out
  }
}

/** Splits text chunks (strings or UTF-8 bytes) into lines, keeping only the unfinished tail. */
export class LineSplitter {
  private tail = ""
  private readonly decoder = new TextDecoder()

  push(chunk: string | Uint8Array): string[] {
    const text = this.tail + (typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true }))
    const lines = text.split("\n")
    this.tail = lines.pop() as string
    return lines
  }

  end(): string[] {
    const rest = this.tail + this.decoder.decode()
    this.tail = ""
    return rest === "" ? [] : [rest]
  }
}
