/**
 * `minzheng disclosure schedule` (a duty set and communities → a calendar, as a table or .ics) and
 * `minzheng disclosure notice` (rows → a masked 公示 notice).
 *
 * @internal
 * @module
 */
import { decode, InvalidInput, type IsoDate, type Issue } from "@minzheng/core"
import {
  buildNotice,
  type Community,
  CommunitySchema,
  DIBAO_NOTICE_COLUMNS,
  dibaoNotice,
  type DutySet,
  DutySetSchema,
  DutyEventSchema,
  FIELD_TYPES,
  type FieldType,
  LICANG_DUTIES,
  type MaskedNotice,
  type NoticeColumn,
  occurrenceTitle,
  PINGYUAN_DUTIES,
  renderNoticeHtml,
  renderNoticeMarkdown,
  renderNoticeText,
  scheduleCommunities,
  toICalendar,
  VILLAGE_COMMITTEE_LAW_DUTIES
} from "@minzheng/disclosure"
import { Effect, type FileSystem, Option, Result, type Stdio, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { printError, writeFileText, writeOutput } from "../io/output.js"
import { detectFormat, type InputRecord, readJson, readRecords } from "../io/records.js"
import { renderTable } from "../io/table.js"
import { attempt, packageFailure } from "../internal/attempt.js"
import { loadCalendar, provisionalNote } from "../internal/calendar-option.js"
import { type CsvColumn, csvDocument, isCsvPath, yesNo } from "../internal/csv-out.js"
import { describeIssues, recordError } from "../internal/describe.js"
import { checkSources } from "../internal/sources.js"
import { CLI_VERSION } from "../version.js"
import { calendarChoice, calendarFlags, csvHeadersFlag, dateFlag, formatFlag, jsonFlag, outFlag } from "./flags.js"

/**
 * The `PRODID` of every .ics the CLI writes (`disclosure schedule --ics`, the demo): the CLI and
 * its version from package.json (issue 20), not the disclosure library's.
 */
export const CLI_PRODID = `-//minzheng//cli ${CLI_VERSION}//ZH`

/** Built-in duty sets by id. */
export const DUTY_SETS: ReadonlyMap<string, DutySet> = new Map([LICANG_DUTIES, PINGYUAN_DUTIES, VILLAGE_COMMITTEE_LAW_DUTIES].map((d) => [d.id, d]))

const loadDuties = (spec: string): Effect.Effect<DutySet, CliFailure, FileSystem.FileSystem | Stdio.Stdio> => {
  const builtin = DUTY_SETS.get(spec)
  if (builtin !== undefined) return Effect.succeed(builtin)
  if (!spec.toLowerCase().endsWith(".json") && !spec.includes("/")) {
    return Effect.fail(new CliFailure({ exitCode: 2, message: `--duties ${spec}: not a built-in duty set (${[...DUTY_SETS.keys()].join(", ")}) nor a .json file` }))
  }
  return Effect.flatMap(readJson(spec), (json) => {
    const r = decode(DutySetSchema, json)
    return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(new CliFailure({ exitCode: 3, message: `duty set ${spec}: ${describeIssues(r.failure.issues)}` }))
  })
}

/** Reads records, keeping those the schema accepts and printing one line for each it refuses. */
const readValid = <A>(source: string, what: string, check: (value: unknown) => Result.Result<A, InvalidInput>, idKey: string) =>
  Stream.runFold(
    readRecords(source, detectFormat(source)),
    () => ({ ok: [] as Array<A>, errors: [] as Array<string> }),
    (acc, r: InputRecord) => {
      const v = r.malformed === undefined ? check(r.value) : Result.fail(new InvalidInput({ issues: [] }))
      if (Result.isSuccess(v)) acc.ok.push(v.success)
      else {
        const id = typeof r.value === "object" && r.value !== null ? (r.value as Record<string, unknown>)[idKey] : undefined
        acc.errors.push(recordError(`${source} ${r.label}`, what, typeof id === "string" ? id : null, r.malformed !== undefined ? { message: r.malformed } : v.failure))
      }
      return acc
    }
  )

const emptyToUndefined = (value: unknown): unknown => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value
  const out: Record<string, unknown> = {}
  // own data properties: a key "__proto__" must stay a key, never become the prototype
  for (const [k, v] of Object.entries(value)) if (v !== "") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
  return out
}

interface ScheduleRow {
  readonly due: string
  readonly nominal: string
  readonly community: string
  readonly communityId: string
  readonly duty: string
  readonly dutyId: string
  readonly kind: string
  readonly noticeEnd: string | null
  readonly moved: boolean
  readonly provisional: boolean
}

const noteOf = (r: ScheduleRow): string =>
  [r.moved ? `原定 ${r.nominal}，遇节假日顺延` : "", r.provisional ? "临时：依据推算的工作日历" : ""].filter((x) => x !== "").join("；")

const SCHEDULE_CSV: ReadonlyArray<CsvColumn<ScheduleRow>> = [
  { key: "due", zh: "公开日", cell: (r) => r.due },
  { key: "nominal", zh: "原定日期", cell: (r) => r.nominal },
  { key: "community", zh: "社区", cell: (r) => r.community },
  { key: "communityId", zh: "社区编号", cell: (r) => r.communityId },
  { key: "duty", zh: "公开事项", cell: (r) => r.duty },
  { key: "dutyId", zh: "事项编号", cell: (r) => r.dutyId },
  { key: "kind", zh: "类型", cell: (r, h) => (h === "zh" ? (r.kind === "public-notice" ? "公示" : "公开") : r.kind) },
  { key: "noticeEnd", zh: "公示截止日", cell: (r) => r.noticeEnd ?? "" },
  { key: "moved", zh: "是否顺延", cell: (r, h) => yesNo(r.moved, h) },
  { key: "provisional", zh: "是否临时（推算日历）", cell: (r, h) => yesNo(r.provisional, h) }
]

const schedule = Command.make(
  "schedule",
  {
    duties: Flag.String("duties").pipe(Flag.withDescription(`a built-in duty set (${[...DUTY_SETS.keys()].join(", ")}) or a duty set .json file`), Flag.withMetavar("SET")),
    communities: Flag.String("communities").pipe(Flag.withDescription("communities: .csv (id,name,region), .json (an array) or .ndjson"), Flag.withMetavar("FILE")),
    from: dateFlag("from", "first day of the calendar"),
    to: dateFlag("to", "last day of the calendar"),
    community: Flag.String("community").pipe(Flag.withDescription("only this community's calendar (its id)"), Flag.optional),
    events: Flag.String("events").pipe(Flag.withDescription("events that start 公示 or event-driven duties (.ndjson: { communityId, dutyId, on, ref })"), Flag.optional),
    ics: Flag.String("ics").pipe(Flag.withDescription("write the calendar as iCalendar (RFC 5545) to this file (- for stdout)"), Flag.withMetavar("FILE"), Flag.optional),
    stamp: Flag.String("stamp").pipe(Flag.withDescription("DTSTAMP of the .ics in UTC (default: now), e.g. 2025-01-01T00:00:00Z"), Flag.optional),
    json: jsonFlag,
    out: outFlag,
    csvHeaders: csvHeadersFlag,
    ...calendarFlags
  },
  (f) =>
    Effect.gen(function* () {
      const out = Option.getOrUndefined(f.out)
      yield* checkSources([f.communities, Option.getOrUndefined(f.events), f.duties.toLowerCase().endsWith(".json") ? f.duties : undefined], out)
      const dutySet = yield* loadDuties(f.duties)
      // A duty moved off a holiday at the end of the period, or a 公示 that starts near its end, reaches into the next year.
      const { calendar } = yield* loadCalendar(calendarChoice(f), Number(f.to.slice(0, 4)) + 1)
      const communities = yield* readValid(f.communities, "community", (v) => decode(CommunitySchema, emptyToUndefined(v)), "id")
      const events = Option.isSome(f.events) ? yield* readValid(f.events.value, "event", (v) => decode(DutyEventSchema, v), "ref") : { ok: [], errors: [] }
      for (const e of [...communities.errors, ...events.errors]) yield* printError(e)
      let chosen: ReadonlyArray<Community> = communities.ok
      const only = Option.getOrUndefined(f.community)
      if (only !== undefined) {
        chosen = communities.ok.filter((c) => c.id === only)
        if (chosen.length === 0) return yield* Effect.fail(new CliFailure({ exitCode: 2, message: `--community ${only}: not in ${f.communities}` }))
      }
      if (chosen.length === 0) return yield* Effect.fail(new CliFailure({ exitCode: 3, message: `${f.communities}: no valid community` }))
      const ids = new Set(chosen.map((c) => c.id))
      const sched = yield* attempt("schedule", () =>
        scheduleCommunities({ communities: [...chosen], dutySet, from: f.from, to: f.to, events: events.ok.filter((e) => ids.has(e.communityId)) }, calendar)
      )
      const names = new Map(chosen.map((c) => [c.id, c.name]))
      if (Option.isSome(f.ics)) {
        const stamp = Option.getOrElse(f.stamp, () => `${new Date().toISOString().slice(0, 19)}Z`)
        const calendarName = chosen.length === 1 ? `${chosen[0]?.name ?? ""} ${dutySet.name.zh}` : dutySet.name.zh
        const text = yield* attempt("--stamp", () => toICalendar(sched, { stamp, calendarName, prodId: CLI_PRODID }), 2)
        yield* writeFileText(f.ics.value, text)
      }
      const rows: ReadonlyArray<ScheduleRow> = sched.occurrences.map((o) => ({
        due: o.due,
        nominal: o.nominal,
        community: names.get(o.communityId) ?? o.communityId,
        communityId: o.communityId,
        duty: occurrenceTitle(dutySet, o).zh,
        dutyId: o.dutyId,
        kind: o.kind,
        noticeEnd: o.noticeEnd ?? null,
        moved: o.moved,
        provisional: o.provisional
      }))
      const provisional = rows.filter((r) => r.provisional).length
      if (f.json) yield* writeOutput(out, Stream.fromIterable(rows.map((r) => `${JSON.stringify(r)}\n`)))
      else if (isCsvPath(out)) yield* writeFileText(out, csvDocument(SCHEDULE_CSV, rows, f.csvHeaders))
      else if (!(Option.isSome(f.ics) && f.ics.value === "-")) {
        const table = renderTable(
          [{ title: "due 公开日" }, { title: "community 社区" }, { title: "duty 公开事项" }, { title: "公示至" }, { title: "note 说明" }],
          rows.map((r) => [r.due, r.community, r.duty, r.noticeEnd ?? "", noteOf(r)])
        )
        const note = provisionalNote(provisional)
        yield* writeOutput(
          out,
          Stream.make(
            `${table}\n${rows.length} occurrences for ${chosen.length} communit${chosen.length === 1 ? "y" : "ies"}, ${f.from} to ${f.to}（${dutySet.name.zh}）${Option.isSome(f.ics) ? `; iCalendar written to ${f.ics.value}` : ""}\n${note === "" ? "" : `${note}\n`}`
          )
        )
      }
      const failed = communities.errors.length + events.errors.length
      if (failed > 0) return yield* Effect.fail(new CliFailure({ exitCode: 1, message: `${failed} record(s) skipped` }))
    })
).pipe(
  Command.withDescription(
    "The disclosure calendar (居务/村务公开): every due day of a duty set for the communities over a period, moved off weekends and holidays by the China work calendar, as a table, NDJSON or an iCalendar file."
  ),
  Command.withExamples([
    { command: "minzheng disclosure schedule --duties licang.residents-affairs --communities communities.csv --from 2025-01-01 --to 2025-12-31", description: "a year's calendar as a table" },
    { command: "minzheng disclosure schedule --duties licang.residents-affairs --communities communities.csv --community c01 --from 2025-01-01 --to 2025-12-31 --ics c01.ics", description: "one community's calendar as an .ics file" }
  ])
)

const parseColumns = (spec: string): Result.Result<ReadonlyArray<NoticeColumn>, string> => {
  const cols: Array<NoticeColumn> = []
  for (const part of spec.split(",")) {
    const [key = "", type = "", ...label] = part.split(":")
    if (!(type in FIELD_TYPES)) return Result.fail(`column ${part}: type ${type} is not one of ${Object.keys(FIELD_TYPES).join(", ")}`)
    const text = label.join(":") || key
    cols.push({ key, type: type as FieldType, label: { zh: text, en: text } })
  }
  return Result.succeed(cols)
}

const typed = (row: unknown, columns: ReadonlyArray<NoticeColumn>): unknown => {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return row
  const out: Record<string, unknown> = { ...row }
  for (const c of columns) {
    const v = out[c.key]
    if (c.type === "integer" && typeof v === "string" && /^-?\d+$/.test(v)) out[c.key] = Number(v)
  }
  return out
}

const RENDERERS = { text: renderNoticeText, markdown: renderNoticeMarkdown, html: renderNoticeHtml } as const

const notice = Command.make(
  "notice",
  {
    input: Argument.String("rows").pipe(Argument.withDescription("the rows: .csv, .ndjson, .json or - for stdin"), Argument.withDefault("-")),
    issuer: Flag.String("issuer").pipe(Flag.withDescription("who posts the notice (公示单位)")),
    title: Flag.String("title").pipe(Flag.withDescription("the notice's title"), Flag.optional),
    from: dateFlag("from", "first day of the 公示 period"),
    to: dateFlag("to", "last day of the 公示 period"),
    columns: Flag.String("columns").pipe(
      Flag.withDescription("key:type:label,… for a notice of your own (types: person-name, citizen-id, phone, address, bank-account, text, integer, money, date, community, programme); default: the 低保 notice (headOfHousehold, membersCovered, monthlyAmount, community, programme)"),
      Flag.optional
    ),
    render: Flag.Literals("render", ["text", "markdown", "html"]).pipe(Flag.withDescription("how to print the notice"), Flag.withDefault("text" as const)),
    format: formatFlag,
    json: jsonFlag,
    out: outFlag,
    ...calendarFlags
  },
  (f) =>
    Effect.gen(function* () {
      let columns: ReadonlyArray<NoticeColumn> = DIBAO_NOTICE_COLUMNS
      if (Option.isSome(f.columns)) {
        const c = parseColumns(f.columns.value)
        if (Result.isFailure(c)) return yield* Effect.fail(new CliFailure({ exitCode: 2, message: `--columns ${c.failure}` }))
        columns = c.success
      }
      const out = Option.getOrUndefined(f.out)
      yield* checkSources([f.input], out)
      // The 公示 must last the legal minimum (counted on the work-day calendar for working-day periods).
      const { calendar } = yield* loadCalendar(calendarChoice(f), Number(f.to.slice(0, 4)) + 1)
      const records = yield* Stream.runCollect(readRecords(f.input, detectFormat(f.input, Option.getOrUndefined(f.format))))
      const period = { from: f.from as IsoDate, to: f.to as IsoDate }
      const title = Option.getOrUndefined(f.title)
      const build = (rows: ReadonlyArray<unknown>): MaskedNotice | Result.Result<MaskedNotice, unknown> =>
        Option.isNone(f.columns)
          ? dibaoNotice({ issuer: f.issuer, period, rows: rows as never, ...(title === undefined ? {} : { title }) }, undefined, calendar)
          : buildNotice({ title: title ?? "公示", issuer: f.issuer, period, columns: [...columns], rows: rows as never }, undefined, calendar)
      const tryBuild = (rows: ReadonlyArray<unknown>): Result.Result<MaskedNotice, unknown> => {
        try {
          const v = build(rows)
          return Result.isResult(v) ? v : Result.succeed(v)
        } catch (e) {
          return Result.fail(e)
        }
      }
      const good = records.filter((r) => r.malformed === undefined)
      const errors: Array<{ line: number; text: string }> = records
        .filter((r) => r.malformed !== undefined)
        .map((r) => ({ line: r.line, text: recordError(r.label, "row", null, { message: r.malformed }) }))
      let rows = good.map((r) => typed(r.value, columns))
      let result = tryBuild(rows)
      if (Result.isFailure(result) && result.failure instanceof InvalidInput) {
        // Which rows are bad is decided row by row — each row alone in a notice with the same
        // header — so every bad row is named by its own line, whatever order or paths the
        // package reports its issues in, and the good rows are kept.
        const bad = new Map<number, ReadonlyArray<Issue>>()
        rows.forEach((row, i) => {
          const one = tryBuild([row])
          if (Result.isFailure(one) && one.failure instanceof InvalidInput) {
            const own = one.failure.issues.filter((x) => x.path[0] === "rows")
            if (own.length > 0) bad.set(i, own.map((x) => ({ ...x, path: x.path.slice(typeof x.path[1] === "number" ? 2 : 1) })))
          }
        })
        if (bad.size > 0) {
          for (const [i, issues] of bad) {
            const r = good[i]
            errors.push({ line: r?.line ?? i + 2, text: recordError(r?.label ?? `row ${i + 1}`, "row", null, { issues }) })
          }
          rows = rows.filter((_, i) => !bad.has(i))
          result = tryBuild(rows)
        }
      }
      if (Result.isFailure(result)) {
        const e = result.failure
        return yield* Effect.fail(e instanceof InvalidInput ? new CliFailure({ exitCode: 3, message: `notice: ${describeIssues(e.issues)}`, cause: e }) : packageFailure(e, "notice"))
      }
      errors.sort((x, y) => x.line - y.line)
      for (const e of errors) yield* printError(e.text)
      const masked = result.success
      const text = f.json ? `${JSON.stringify(masked)}\n` : RENDERERS[f.render](masked)
      yield* writeOutput(out, Stream.make(text))
      if (errors.length > 0) return yield* Effect.fail(new CliFailure({ exitCode: 1, message: `${errors.length} of ${records.length} rows left off the notice` }))
    })
).pipe(
  Command.withDescription(
    "A 公示 notice from rows, with personal data masked by the disclosure rules (names keep the surname, ID numbers the first 6 and last 4 digits, phones 3 and 4, addresses the community; income, illness and disability columns are refused). A bad row is left off with one line on stderr naming it and the field (exit code 1)."
  ),
  Command.withExamples([
    { command: "minzheng disclosure notice dibao-rows.csv --issuer 李沧区某街道办事处 --from 2025-03-17 --to 2025-03-23", description: "a 低保 notice as text" },
    { command: "minzheng disclosure notice rows.csv --columns 'name:personName:姓名,id:citizenId:公民身份号码,amount:money:金额' --issuer 某村委会 --from 2025-04-01 --to 2025-04-07 --render markdown", description: "a notice with your own columns" }
  ])
)

/** `minzheng disclosure` */
export const disclosureCommand = Command.make("disclosure").pipe(
  Command.withDescription(`Disclosure (居务/村务公开, 公示): calendars and masked notices. Built-in duty sets: ${[...DUTY_SETS.keys()].join(", ")}.`),
  Command.withSubcommands([schedule, notice])
)

