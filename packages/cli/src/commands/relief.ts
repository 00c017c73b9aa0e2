/**
 * `minzheng relief determine`: households in (CSV, NDJSON or a JSON array), determinations out,
 * through relief's streaming batch API — one row per household, one line on stderr per bad
 * record, the caseload summary at the end.
 *
 * @internal
 * @module
 */
import { Money } from "@minzheng/core"
import { type BatchRow, type BatchSummary, batchStream, CSV_COLUMNS, type HouseholdDetermination, PROGRAMME_NAMES, type Programme } from "@minzheng/relief"
import { Effect, type FileSystem, Option, type Stdio, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { printError, writeOutput } from "../io/output.js"
import { makeProgress } from "../io/progress.js"
import { detectFormat, readJson } from "../io/records.js"
import { type ReadProgress, readBytes } from "../io/source.js"
import { type Column, renderTable, tableHeading, tableRow } from "../io/table.js"
import { describeError, oneLine } from "../internal/describe.js"
import { loadPolicy } from "../internal/policy-source.js"
import { dateFlag, formatFlag, jsonFlag, outFlag, policyFlag } from "./flags.js"

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

/** The table cells of one household's determination. */
export const determinationCells = (label: string, r: HouseholdDetermination): ReadonlyArray<string> => {
  const eligible = r.determinations.filter((d) => d.eligible)
  const monthly = eligible.filter((d) => d.frequency === "monthly").reduce((s, d) => s + d.fen, 0)
  const oneOff = eligible.filter((d) => d.frequency === "one-off").reduce((s, d) => s + d.fen, 0)
  const names = eligible.map((d) => PROGRAMME_NAMES[d.programme].zh)
  return [label, r.householdId, String(r.countedMemberIds.length), yuan(r.perCapitaIncomeFen), yuan(monthly), yuan(oneOff), names.length === 0 ? "不符合条件 not eligible" : names.join("、")]
}

/** The caseload summary as a table: households per programme, the monthly and one-off outlay. */
export const caseloadSummary = (s: BatchSummary, illustrative: boolean): string => {
  const rows = (Object.keys(s.eligible) as Array<Programme>).map((p) => [`${PROGRAMME_NAMES[p].zh} ${p}`, String(s.eligible[p])])
  const lines = [
    `caseload summary 批量认定汇总: ${s.records} records, ${s.determined} determined, ${s.errors} failed`,
    "",
    renderTable([{ title: "programme 救助项目" }, { title: "households 户数", align: "right" }], rows),
    `monthly outlay 每月救助金合计: ${s.monthlyOutlay.format()}`,
    `one-off outlay 一次性救助合计: ${s.oneOffOutlay.format()}`
  ]
  if (illustrative) lines.push("note 注意: the policy bundle includes illustrative values（参数含示例值，正式认定前请以当地公布标准为准）")
  return `${lines.join("\n")}\n`
}

const input = Argument.String("input").pipe(
  Argument.withDescription("households: a .csv file (one row per member), .ndjson (one household per line), .json (an array), or - for stdin"),
  Argument.withDefault("-")
)

const determine = Command.make(
  "determine",
  {
    input,
    policy: policyFlag,
    asOf: dateFlag("as-of", "the date of the determinations"),
    format: formatFlag,
    json: jsonFlag,
    out: outFlag,
    explain: Flag.Boolean("explain").pipe(Flag.withDescription("include the explanation trees in --json output"), Flag.withDefault(false))
  },
  ({ input, policy, asOf, format, json, out, explain }) =>
    Effect.gen(function* () {
      const bundle = yield* loadPolicy(policy)
      const fmt = detectFormat(input, Option.getOrUndefined(format))
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
      let illustrative = false
      let seen = 0
      const rows = batchStream(source, { bundle, asOf, format: fmt === "csv" ? "csv" : "ndjson", explain }).pipe(
        Stream.mapError((e) => (e instanceof CliFailure ? e : new CliFailure({ exitCode: 3, message: describeError(e), cause: e }))),
        Stream.mapEffect((row: BatchRow) =>
          Effect.gen(function* () {
            if (row.kind === "summary") {
              summary = row.summary
              return json ? `${JSON.stringify(row)}\n` : `\n${caseloadSummary(row.summary, illustrative)}`
            }
            yield* progress.update(++seen)
            if (row.kind === "error") {
              const id = row.householdId
              const message = oneLine(`${label(row.line)}${id === null ? "" : `, household ${id}`}: ${describeError(row.error)}`)
              yield* printError(message)
              return json ? `${JSON.stringify({ kind: "error", record: label(row.line), householdId: id, tag: row.error.tag, issues: row.error.issues, message })}\n` : ""
            }
            if (row.result.illustrative) illustrative = true
            return json ? `${JSON.stringify({ kind: "determination", record: label(row.line), ...(JSON.parse(JSON.stringify(row.result)) as object) })}\n` : `${tableRow(COLUMNS, determinationCells(label(row.line), row.result))}\n`
          })
        ),
        Stream.filter((s) => s !== "")
      )
      const head = json ? Stream.empty : Stream.make(`${tableHeading(COLUMNS)}\n`)
      yield* writeOutput(Option.getOrUndefined(out), Stream.concat(head, rows)).pipe(Effect.ensuring(progress.finish))
      if (summary !== undefined && summary.errors > 0) {
        return yield* Effect.fail(new CliFailure({ exitCode: 1, message: `${summary.errors} of ${summary.records} households failed` }))
      }
    })
).pipe(
  Command.withDescription(
    `Determine social assistance (低保, 特困, 低保边缘, 刚性支出困难, 临时救助, 渐退期) for each household of a file, with relief's streaming batch run (constant memory). A household that cannot be decoded gets one line on stderr naming the record and the field, and the run goes on (exit code 1 at the end). CSV columns: ${CSV_COLUMNS.join(", ")}.`
  ),
  Command.withExamples([
    { command: "minzheng relief determine households.csv --policy qingdao-licang --as-of 2025-03-15", description: "a table of determinations and the caseload summary" },
    { command: "minzheng relief determine households.ndjson --policy ./bundle.json --as-of 2025-07-01 --json --out determinations.ndjson", description: "NDJSON out, one line per household, the summary last" },
    { command: "cat households.ndjson | minzheng relief determine --policy qingdao-licang --as-of 2025-03-15", description: "read standard input" }
  ])
)

/** `minzheng relief` */
export const reliefCommand = Command.make("relief").pipe(
  Command.withDescription("Social assistance (社会救助): determinations over CSV/JSON/NDJSON household files."),
  Command.withSubcommands([determine])
)
