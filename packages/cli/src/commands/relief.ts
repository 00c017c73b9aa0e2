/**
 * `minzheng relief determine`: households in (CSV, NDJSON or a JSON array; UTF-8 or GB18030),
 * determinations out (a table, NDJSON with `--json`, or an Excel-ready CSV when `--out` ends in
 * `.csv`), through relief's streaming batch API — one row per household, one line on stderr per
 * bad record, the caseload summary at the end. Before anything is read or written: the input must
 * exist (exit 4) and `--out` must not be the input (exit 2). A CSV header with an unknown, doubled
 * or missing column stops the run before any household is decided (exit 3). Households are decided
 * on `--workers N` worker threads (default: the available cores) through `@minzheng/relief/node`;
 * the output is the same, byte for byte, for any N.
 *
 * @internal
 * @module
 */
import { CARRIED_FORWARD_NOTE, Money } from "@minzheng/core"
import { type BatchSummary, CSV_HEADERS, type ErrorRow, type HouseholdDetermination, PROGRAMME_NAMES, type Programme } from "@minzheng/relief"
import { defaultWorkers, type DeterminationDigest, type ParallelBatchRow, runBatchParallel } from "@minzheng/relief/node"
import { Effect, type FileSystem, Option, type Stdio, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { excelCsvLine } from "../io/csv.js"
import { printError, writeOutput } from "../io/output.js"
import { makeProgress } from "../io/progress.js"
import { detectFormat, readJson } from "../io/records.js"
import { type ReadProgress, readBytes } from "../io/source.js"
import { type Column, renderTable, tableHeading, tableRow } from "../io/table.js"
import { type CsvHeaders, isCsvPath, UTF8_BOM } from "../internal/csv-out.js"
import { describeError, oneLine } from "../internal/describe.js"
import { loadPolicy } from "../internal/policy-source.js"
import { checkSources } from "../internal/sources.js"
import { csvHeadersFlag, dateFlag, formatFlag, jsonFlag, outFlag, policyFlag } from "./flags.js"

const COLUMNS: ReadonlyArray<Column> = [
  { title: "record", width: 10 },
  { title: "household 户", width: 14 },
  { title: "people", width: 6, align: "right" },
  { title: "per capita 人均", width: 14, align: "right" },
  { title: "monthly 月救助", width: 14, align: "right" },
  { title: "one-off 一次性", width: 14, align: "right" },
  { title: "programmes 认定结果", width: 44 }
]

const yuan = (fen: number): string => Money.fen(fen).toString()

/** The table cells of one household's determination (a whole determination, or a worker's digest). */
export const determinationCells = (label: string, r: HouseholdDetermination | DeterminationDigest): ReadonlyArray<string> => {
  const d = "kind" in r ? r : digestOf(r)
  const { monthly, oneOff, names, unavailable } = outcome(d, "zh")
  const result = names.length === 0 ? "不符合条件 not eligible" : names.join("、")
  return [label, d.householdId, String(d.people), yuan(d.perCapitaIncomeFen), yuan(monthly), yuan(oneOff), unavailable.length === 0 ? result : `${result}；${unavailable.join("、")}无法认定`]
}

// The report figures of a whole determination, as a worker's digest gives them.
const digestOf = (r: HouseholdDetermination): Omit<DeterminationDigest, "kind" | "line" | "json" | "unavailable"> & { readonly unavailable: ReadonlyArray<{ readonly programme: Programme }> } => {
  const eligible = r.determinations.filter((d) => d.eligible)
  return {
    householdId: r.householdId,
    people: r.countedMemberIds.length,
    perCapitaIncomeFen: r.perCapitaIncomeFen,
    monthlyPaidFen: r.monthlyPaidFen,
    oneOffFen: eligible.filter((d) => d.frequency === "one-off").reduce((s, d) => s + d.fen, 0),
    eligible: eligible.map((d) => d.programme),
    unavailable: r.determinations.filter((d) => (d as { status?: string }).status === "unavailable").map((d) => ({ programme: d.programme })),
    illustrative: r.illustrative,
    carriedForward: r.carriedForwardParameters.map((p) => ({ name: p.name, zh: p.label.zh }))
  }
}

/**
 * What one household is paid and why: the monthly figure is the household's `monthlyPaidFen`
 * (each person once: a person in 特困 support is never also in the 低保 amount), and programmes
 * that could not be determined (a parameter missing or ended) are named, never left out.
 */
const outcome = (r: Pick<DeterminationDigest, "monthlyPaidFen" | "oneOffFen" | "eligible"> & { readonly unavailable: ReadonlyArray<{ readonly programme: Programme }> }, lang: "zh" | "en") => {
  const name = (p: Programme) => (lang === "zh" ? PROGRAMME_NAMES[p].zh : p)
  return { monthly: r.monthlyPaidFen, oneOff: r.oneOffFen, names: r.eligible.map(name), unavailable: r.unavailable.map((u) => name(u.programme)) }
}

/** The columns of the CSV output (`--out x.csv`): English key and Chinese header. */
export const DETERMINATION_CSV_COLUMNS: ReadonlyArray<{ readonly key: string; readonly zh: string }> = [
  { key: "record", zh: "行号" },
  { key: "household_id", zh: "家庭编号" },
  { key: "status", zh: "状态" },
  { key: "people", zh: "计算人数" },
  { key: "per_capita_income", zh: "家庭月人均收入（元）" },
  { key: "monthly_amount", zh: "每月救助金（元）" },
  { key: "one_off_amount", zh: "一次性救助（元）" },
  { key: "programmes", zh: "认定结果" },
  { key: "illustrative", zh: "含示例参数" },
  { key: "error", zh: "错误说明" }
]

/** The CSV cells of one row of the run (a determination or an error), in the header's language. */
export const determinationCsvCells = (row: ErrorRow | DeterminationDigest, headers: CsvHeaders): ReadonlyArray<string> => {
  const zh = headers === "zh"
  if (row.kind === "error") {
    const message = zh ? row.error.issues.map((i) => i.zh).join("；") || row.error.messageZh : oneLine(describeError(row.error))
    return [String(row.line), row.householdId ?? "", zh ? "出错" : "error", "", "", "", "", "", "", message]
  }
  const r = row
  const { monthly, oneOff, names, unavailable } = outcome(r, zh ? "zh" : "en")
  const reasons = row.unavailable.map((u) => (zh ? u.reason.zh : u.reason.en)).join(zh ? "；" : "; ")
  return [
    String(row.line),
    r.householdId,
    unavailable.length > 0 ? (zh ? "部分无法认定" : "partly undetermined") : zh ? "已认定" : "determined",
    String(r.people),
    yuan(r.perCapitaIncomeFen),
    yuan(monthly),
    yuan(oneOff),
    names.length === 0 ? (zh ? "不符合条件" : "not eligible") : names.join(zh ? "、" : " "),
    zh ? (r.illustrative ? "是" : "否") : String(r.illustrative),
    reasons
  ]
}

/** The caseload summary as a table: households per programme, the monthly and one-off outlay. */
export const caseloadSummary = (s: BatchSummary, illustrative: boolean): string => {
  const rows = (Object.keys(s.eligible) as Array<Programme>).map((p) => [`${PROGRAMME_NAMES[p].zh} ${p}`, String(s.eligible[p]), String(s.unavailable[p] ?? 0)])
  const lines = [
    `caseload summary 批量认定汇总: ${s.records} records, ${s.determined} determined, ${s.errors} failed`,
    "",
    renderTable([{ title: "programme 救助项目" }, { title: "households 户数", align: "right" }, { title: "undetermined 无法认定", align: "right" }], rows),
    `monthly outlay 每月救助金合计: ${s.monthlyOutlay.format()}`,
    `one-off outlay 一次性救助合计: ${s.oneOffOutlay.format()}`
  ]
  if (illustrative) lines.push("note 注意: the policy bundle includes illustrative values（参数含示例值，正式认定前请以当地公布标准为准）")
  return `${lines.join("\n")}\n`
}

/**
 * The note on carried-forward values: which parameters a text whose period has run out still
 * supplies (沿用：原文期限已届满，尚未见新规定), one line each.
 */
const carriedForwardNote = (carried: ReadonlyMap<string, string>): string =>
  carried.size === 0
    ? ""
    : [...carried].map(([name, zh]) => `沿用 carried forward: ${zh}（${name}）— ${CARRIED_FORWARD_NOTE.zh}\n`).join("")

const input = Argument.String("input").pipe(
  Argument.withDescription("households: a .csv file (one row per member), .ndjson (one household per line), .json (an array), or - for stdin"),
  Argument.withDefault("-")
)

const encodingFlag = Flag.Literals("encoding", ["auto", "utf-8", "gb18030"] as const).pipe(
  Flag.withDescription("the input's encoding: auto (default: UTF-8 with or without BOM, or GB18030/GBK as Excel saves on Chinese Windows), utf-8 or gb18030"),
  Flag.withDefault("auto" as const)
)

const errorLine = (label: string, row: ErrorRow): string =>
  oneLine(`${label}${row.householdId === null ? "" : `, household ${row.householdId}`}: ${describeError(row.error)}`)

const determine = Command.make(
  "determine",
  {
    input,
    policy: policyFlag,
    asOf: dateFlag("as-of", "the date of the determinations"),
    format: formatFlag,
    json: jsonFlag,
    out: outFlag,
    csvHeaders: csvHeadersFlag,
    encoding: encodingFlag,
    explain: Flag.Boolean("explain").pipe(Flag.withDescription("include the explanation trees in --json output"), Flag.withDefault(false)),
    workers: Flag.Int("workers").pipe(
      Flag.withDescription("threads deciding households, this one included (N − 1 worker threads; default: the available cores); the output is the same for any number"),
      Flag.withMetavar("N"),
      Flag.filter((n) => n >= 1, (n) => `--workers must be at least 1: ${n}`),
      Flag.optional
    )
  },
  ({ input, policy, asOf, format, json, out, csvHeaders, encoding, explain, workers }) =>
    Effect.gen(function* () {
      const target = Option.getOrUndefined(out)
      // Before anything is read or written: the input exists, and --out is not the input.
      yield* checkSources([input], target)
      const bundle = yield* loadPolicy(policy)
      const fmt = detectFormat(input, Option.getOrUndefined(format))
      const csvOut = !json && isCsvPath(target)
      const bytes: ReadProgress = { read: 0, total: null }
      const progress = yield* makeProgress("relief determine", bytes)
      const source: Stream.Stream<string | Uint8Array, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =
        fmt === "json"
          ? Stream.unwrap(
              Effect.map(readJson(input), (doc) =>
                Stream.fromIterable((Array.isArray(doc) ? doc : [doc]).map((h) => `${JSON.stringify(h) ?? "null"}\n`))
              )
            )
          : readBytes(input, bytes)
      const label = (line: number) => (fmt === "json" ? `record ${line}` : `line ${line}`)
      let summary: BatchSummary | undefined
      let refused: ErrorRow | undefined
      let illustrative = false
      // Carried-forward values (沿用) used by any household: named after the summary.
      const carried = new Map<string, string>()
      let seen = 0
      let headed = false
      // The table heading (or the CSV header) goes out with the first row, so a refused header or
      // an unreadable input never leaves an empty report behind.
      const head = (): string => {
        if (headed || json) return ""
        headed = true
        return csvOut ? `${UTF8_BOM}${excelCsvLine(DETERMINATION_CSV_COLUMNS.map((c) => (csvHeaders === "zh" ? c.zh : c.key)))}` : `${tableHeading(COLUMNS)}\n`
      }
      // Households are decided on worker threads (@minzheng/relief/node); the rows come back in
      // input order as digests (with the JSON text for --json), the same for any --workers.
      const chunks = yield* Stream.toAsyncIterableEffect(source)
      const failure = (e: unknown): CliFailure =>
        e instanceof CliFailure
          ? e
          : new CliFailure({ exitCode: (e as { _tag?: unknown })._tag === "BatchWorkerFailed" ? 70 : 3, message: describeError(e), cause: e })
      const parallel = yield* Effect.try({
        try: () =>
          // An NDJSON file is handed over by its path: every thread then reads its own byte ranges
          // of it (1.87× on 2 cores at 10⁶ households, against 1.5× when this thread reads and
          // hands out the lines); stdin, CSV and JSON go through the stream. The progress line then
          // counts records without a bar.
          runBatchParallel(fmt === "ndjson" && input !== "-" ? { file: input } : chunks, {
            bundle,
            asOf,
            format: fmt === "csv" ? "csv" : "ndjson",
            explain,
            encoding,
            workers: Option.getOrElse(workers, defaultWorkers),
            json
          }),
        catch: failure
      })
      const rows = Stream.fromAsyncIterable(parallel, failure).pipe(
        Stream.mapEffect((row: ParallelBatchRow) =>
          Effect.gen(function* () {
            if (row.kind === "summary") {
              summary = row.summary
              if (refused !== undefined) return ""
              if (json) return `${JSON.stringify(row)}\n`
              if (csvOut) {
                yield* printError(`caseload summary 批量认定汇总: ${row.summary.records} records, ${row.summary.determined} determined, ${row.summary.errors} failed; monthly ${row.summary.monthlyOutlay.format()}, one-off ${row.summary.oneOffOutlay.format()}`)
                return head()
              }
              return `${head()}\n${caseloadSummary(row.summary, illustrative)}${carriedForwardNote(carried)}`
            }
            if (row.kind === "error" && row.fatal === true) {
              // The header was refused: one line per problem, nothing decided, exit 3.
              refused = row
              for (const i of row.error.issues) yield* printError(oneLine(`${label(row.line)}: ${i.en}（${i.zh}）`))
              return ""
            }
            yield* progress.update(++seen)
            if (row.kind === "error") {
              const message = errorLine(label(row.line), row)
              yield* printError(message)
              if (json) return `${JSON.stringify({ kind: "error", record: label(row.line), householdId: row.householdId, tag: row.error.tag, issues: row.error.issues, message })}\n`
              return csvOut ? `${head()}${excelCsvLine(determinationCsvCells(row, csvHeaders))}` : ""
            }
            if (row.illustrative) illustrative = true
            for (const c of row.carriedForward) carried.set(c.name, c.zh)
            // = JSON.stringify({ kind, record, ...JSON.parse(JSON.stringify(row.result)) }), without parsing the JSON again
            if (json) return `{"kind":"determination","record":${JSON.stringify(label(row.line))},${(row.json as string).slice(1)}\n`
            if (csvOut) return `${head()}${excelCsvLine(determinationCsvCells(row, csvHeaders))}`
            return `${head()}${tableRow(COLUMNS, determinationCells(label(row.line), row))}\n`
          })
        ),
        Stream.filter((s) => s !== "")
      )
      yield* writeOutput(target, rows).pipe(Effect.ensuring(progress.finish))
      if (refused !== undefined) {
        return yield* Effect.fail(
          new CliFailure({ exitCode: 3, reported: true, message: `${input === "-" ? "stdin" : input}: the CSV header was refused; no household was decided（表头有误，未作任何认定）` })
        )
      }
      if (summary !== undefined && summary.errors > 0) {
        return yield* Effect.fail(new CliFailure({ exitCode: 1, message: `${summary.errors} of ${summary.records} households failed` }))
      }
    })
).pipe(
  Command.withDescription(
    `Determine social assistance (低保, 特困, 低保边缘, 刚性支出困难, 临时救助, 渐退期) for each household of a file, with relief's streaming batch run (constant memory). A household that cannot be decoded gets one line on stderr naming the record and the field, and the run goes on (exit code 1 at the end). Input in UTF-8 (with or without BOM) or GB18030/GBK, detected. CSV columns (English or Chinese headers): ${CSV_HEADERS.map((c) => `${c.name}/${c.zh}`).join(", ")}; an unknown, doubled or missing required column stops the run before any household is decided (exit code 3). --out x.csv writes an Excel-ready CSV (UTF-8 BOM, Chinese headers unless --csv-headers en).`
  ),
  Command.withExamples([
    { command: "minzheng relief determine households.csv --policy qingdao-licang --as-of 2025-03-15", description: "a table of determinations and the caseload summary" },
    { command: "minzheng relief determine households.ndjson --policy ./bundle.json --as-of 2025-07-01 --json --out determinations.ndjson", description: "NDJSON out, one line per household, the summary last" },
    { command: "cat households.ndjson | minzheng relief determine --policy qingdao-licang --as-of 2025-03-15", description: "read standard input" },
    { command: "minzheng relief determine 低保名册.csv --policy qingdao-licang --as-of 2025-03-15 --out 认定结果.csv", description: "a GBK or UTF-8 file from Excel in, an Excel-ready CSV with Chinese headers out" }
  ])
)

/** `minzheng relief` */
export const reliefCommand = Command.make("relief").pipe(
  Command.withDescription("Social assistance (社会救助): determinations over CSV/JSON/NDJSON household files."),
  Command.withSubcommands([determine])
)
