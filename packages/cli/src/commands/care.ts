/**
 * `minzheng care score`: filled assessment forms in, scores and levels (and, with `--table`, care
 * entitlements) out.
 *
 * @internal
 * @module
 */
import {
  type Assessment,
  assess,
  BUILT_IN_LOADED,
  type DecisionTable,
  determineEntitlements,
  type EntitlementDecision,
  XIASHAN_POLICY,
  ZIBO_CATEGORIES
} from "@minzheng/care-assessment"
import { invalidInput, issue } from "@minzheng/core"
import { Effect, Option, Result } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { detectFormat } from "../io/records.js"
import { type Column, renderTable } from "../io/table.js"
import { entitlementText, levelText } from "../internal/care-text.js"
import { idField, runRecords } from "../internal/record-run.js"
import { formatFlag, jsonFlag, outFlag } from "./flags.js"

/** Built-in entitlement tables by id. */
export const CARE_TABLES: ReadonlyMap<string, DecisionTable> = new Map([XIASHAN_POLICY, ZIBO_CATEGORIES].map((t) => [t.id, t]))

/** Fields a record may carry around the response set itself. */
const ENVELOPE = ["id", "person", "identity", "setting", "inSchool", "monthlyCost"] as const

interface Scored {
  readonly id: string | null
  readonly assessment: Assessment
  readonly entitlements: EntitlementDecision | null
}

const COLUMNS: ReadonlyArray<Column> = [
  { title: "record", width: 10 },
  { title: "person 人员", width: 12 },
  { title: "instrument", width: 20 },
  { title: "score", width: 7, align: "right" },
  { title: "level 等级", width: 34 },
  { title: "entitlement 待遇", width: 48 }
]

const score = (value: unknown, instrumentDefault: string | undefined, table: DecisionTable | undefined): Result.Result<Scored, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return Result.fail(invalidInput([issue([], "invalid_type", "评估记录应为对象", "a record must be an object")]))
  }
  const rec = value as Record<string, unknown>
  const form: Record<string, unknown> = {}
  // Own data properties, never `form[k] = v`: a JSON key "__proto__" would otherwise become the
  // form's prototype; kept as a key, the form check refuses it as an unknown field.
  for (const [k, v] of Object.entries(rec)) if (!(ENVELOPE as ReadonlyArray<string>).includes(k)) Object.defineProperty(form, k, { value: v, enumerable: true, writable: true, configurable: true })
  if (form.instrument === undefined && instrumentDefault !== undefined) form.instrument = instrumentDefault
  const id = typeof form.instrument === "string" ? form.instrument : ""
  const instrument = BUILT_IN_LOADED.get(id)
  if (instrument === undefined) {
    return Result.fail(
      invalidInput([issue(["instrument"], "unknown_instrument", `没有评估工具 ${id}`, `no instrument ${id || "(missing)"}; built in: ${[...BUILT_IN_LOADED.keys()].join(", ")}`)])
    )
  }
  const a = assess(instrument, form)
  if (Result.isFailure(a)) return Result.fail(a.failure)
  let entitlements: EntitlementDecision | null = null
  if (table !== undefined && table.levelScale === a.success.instrument) {
    const facts: Record<string, unknown> = { identity: rec.identity ?? "other", level: a.success.level }
    if (rec.setting !== undefined) facts.setting = rec.setting
    if (rec.inSchool !== undefined) facts.inSchool = rec.inSchool
    if (rec.monthlyCost !== undefined) facts.monthlyCost = rec.monthlyCost
    const e = determineEntitlements(table, facts)
    if (Result.isFailure(e)) return Result.fail(e.failure)
    entitlements = e.success
  }
  return Result.succeed({ id: idField("id", "person")(rec), assessment: a.success, entitlements })
}

const scoreCommand = Command.make(
  "score",
  {
    input: Argument.String("input").pipe(
      Argument.withDescription("response sets: .ndjson (one per line), .json (an array) or - for stdin; each { instrument, answers: [{ item, option }], … } with an optional id, identity, setting, monthlyCost"),
      Argument.withDefault("-")
    ),
    instrument: Flag.String("instrument").pipe(
      Flag.withDescription(`the instrument of records that do not name one (${[...BUILT_IN_LOADED.keys()].join(", ")})`),
      Flag.optional
    ),
    table: Flag.Literals("table", [...CARE_TABLES.keys()] as [string, ...string[]]).pipe(
      Flag.withDescription("also determine care entitlements with this decision table (identity from each record's identity field)"),
      Flag.optional
    ),
    format: formatFlag,
    json: jsonFlag,
    out: outFlag
  },
  ({ input, instrument, table, format, json, out }) => {
    const t = Option.getOrUndefined(Option.map(table, (id) => CARE_TABLES.get(id) as DecisionTable))
    const tableScale = t?.levelScale
    const fallback = Option.getOrUndefined(instrument)
    return runRecords({
      label: "care score",
      source: input,
      format: detectFormat(input, Option.getOrUndefined(format)),
      out: Option.getOrUndefined(out),
      json,
      what: "person",
      idOf: idField("id", "person"),
      process: (record) => Effect.succeed(score(record.value, fallback, t)),
      columns: COLUMNS,
      row: (s, record) => [
        record.label,
        s.id ?? "",
        s.assessment.instrument,
        `${s.assessment.total}/${s.assessment.maxTotal}`,
        levelText(s.assessment),
        s.entitlements === null ? (tableScale === undefined ? "" : `— (table uses ${tableScale})`) : s.entitlements.entitlements.map(entitlementText).join("；") || "无 none"
      ],
      toJson: (s) => ({
        id: s.id,
        instrument: s.assessment.instrument,
        version: s.assessment.version,
        total: s.assessment.total,
        maxTotal: s.assessment.maxTotal,
        preliminaryLevel: s.assessment.preliminaryLevel,
        level: s.assessment.level,
        levelName: s.assessment.levelName,
        adjustments: s.assessment.adjustments,
        domains: s.assessment.domains,
        provisional: s.assessment.provisional,
        ...(s.entitlements === null ? {} : { entitlements: s.entitlements.entitlements.map((e) => ({
                rule: e.rule,
                label: e.label,
                then: e.then,
                text: entitlementText(e),
                ...(e.costSplit === undefined ? {} : { costSplit: { government: e.costSplit.government.toString(), person: e.costSplit.person.toString() } }),
                illustrative: e.illustrative
              })) })
      }),
      initial: new Map<string, number>(),
      accumulate: (m, s) => m.set(s.assessment.levelName?.zh ?? "未定级", (m.get(s.assessment.levelName?.zh ?? "未定级") ?? 0) + 1),
      summary: (m, ok, failed) => ({
        text: `levels 等级分布 (${ok} scored, ${failed} failed)\n\n${renderTable([{ title: "level 等级" }, { title: "people 人数", align: "right" }], [...m].map(([k, v]) => [k, String(v)]))}`,
        json: { levels: Object.fromEntries(m) }
      })
    })
  }
).pipe(
  Command.withDescription(
    "Score filled assessment forms (GB/T 42195-2022 老年人能力评估, 特困人员生活自理能力, Barthel) and give each person's level — and, with --table, the care entitlements that follow. A form with a problem gets one line on stderr naming the record and the field; the run goes on (exit code 1 at the end)."
  ),
  Command.withExamples([
    { command: "minzheng care score responses.ndjson", description: "a table of scores and levels" },
    { command: "minzheng care score responses.ndjson --table xiashan-2020 --json", description: "levels and 峡山 entitlements as NDJSON" }
  ])
)

/** `minzheng care` */
export const careCommand = Command.make("care").pipe(
  Command.withDescription("Care assessment (老年人能力评估): scores, levels, entitlements."),
  Command.withSubcommands([scoreCommand])
)
