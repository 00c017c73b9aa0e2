/**
 * `minzheng mediation apply` (a command file applied to a case store) and `minzheng mediation
 * timeline` (a case's events as a timeline).
 *
 * @internal
 * @module
 */
import { calendarLayer, CaseStore, type CaseStoreFailure, type WorkCalendar } from "@minzheng/core"
import { CASE_STATUS_NAMES, loadMediationCase, runMediationCommand } from "@minzheng/mediation"
import { Cause, Effect, Exit, FileSystem, Layer, Option, Result, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { writeOutput } from "../io/output.js"
import { detectFormat } from "../io/records.js"
import { type Column, renderTable } from "../io/table.js"
import { currentYear, loadCalendar } from "../internal/calendar-option.js"
import { describeError, oneLine } from "../internal/describe.js"
import { caseStatusLine, timelineRows } from "../internal/mediation-timeline.js"
import { maskDeep } from "../internal/personal-data.js"
import { runRecords } from "../internal/record-run.js"
import { parseStoreSpec, type StoreSpec, storeLayer } from "../internal/store-spec.js"
import { calendarChoice, calendarFlags, formatFlag, jsonFlag, outFlag, unmaskedFlag } from "./flags.js"

const STORE_HELP = "where cases are kept: sqlite:FILE (or a bare FILE; created if missing) or postgres://user@host/db (several app instances may share one database)"
const storeFlag = Flag.String("store").pipe(
  Flag.withDescription(`${STORE_HELP}; default: an in-memory store for this run only`),
  Flag.withMetavar("STORE"),
  Flag.optional
)

/** Errors of the packages that are about a command or a case, not about the store holding it. */
const DOMAIN_TAGS = new Set(["InvalidInput", "TransitionRefused", "VersionConflict", "CalendarYearNotCovered", "ParameterMissing"])

const isDomainError = (e: unknown): boolean => typeof e === "object" && e !== null && DOMAIN_TAGS.has(String((e as { _tag?: unknown })._tag))

/** A store that cannot be opened, read or written (corrupt, not a case store, read-only, full disk): exit 4 naming the file. */
const storeFailure = (store: StoreSpec | undefined, e: unknown): CliFailure => {
  const typed = typeof e === "object" && e !== null && typeof (e as { messageZh?: unknown }).messageZh === "string"
  const why = oneLine(typed ? describeError(e) : e instanceof Error ? `${e.message}（案件库无法打开或读写）` : `${describeError(e)}（案件库无法打开或读写）`)
  const name = store?.shown ?? "(in memory)"
  return new CliFailure({ exitCode: 4, message: why.includes(name) ? why : `case store ${name}: ${why}`, cause: e })
}

/**
 * Runs `effect` with the case store `--store` names (an in-memory one without it) and the calendar. A
 * store that fails to open is exit 4; so is any failure or defect that is not a domain error
 * (those the caller sees as usual).
 */
const withStore = <A, E, R>(
  store: StoreSpec | undefined,
  calendar: WorkCalendar,
  effect: Effect.Effect<A, E, R>
): Effect.Effect<A, E | CliFailure, Exclude<R, CaseStore>> =>
  Effect.scoped(
    Effect.gen(function* () {
      // The store packages (node:sqlite, pg) load only when --store names one: `--help` and
      // in-memory runs start without them (docs/cli.md, "Performance").
      const layer: Layer.Layer<CaseStore, CaseStoreFailure> = store === undefined ? CaseStore.memory : yield* storeLayer(store)
      const context = yield* Effect.catchCause(Layer.build(layer), (cause) => Effect.fail(storeFailure(store, Cause.squash(cause))))
      const exit = yield* Effect.exit(Effect.provide(effect, Layer.mergeAll(Layer.succeedContext(context), calendarLayer(calendar))))
      if (Exit.isSuccess(exit)) return exit.value
      const failure = Cause.findError(exit.cause)
      if (Result.isSuccess(failure) && (failure.success instanceof CliFailure || isDomainError(failure.success))) return yield* Effect.fail(failure.success)
      if (Cause.hasInterruptsOnly(exit.cause)) return yield* Effect.failCause(exit.cause as Cause.Cause<never>)
      return yield* Effect.fail(storeFailure(store, Cause.squash(exit.cause)))
    })
  ) as Effect.Effect<A, E | CliFailure, Exclude<R, CaseStore>>

/**
 * One command through `runMediationCommand`: its outcome, or its domain error as the record's
 * failure; anything else (the store failing, a defect) aborts the run with exit 4.
 */
const applyOne = (caseId: unknown, command: unknown, expectedVersion: number | undefined, store: StoreSpec | undefined) =>
  Effect.gen(function* () {
    const exit = yield* Effect.exit(runMediationCommand(caseId, command, expectedVersion === undefined ? {} : { expectedVersion }))
    if (Exit.isSuccess(exit)) return Result.succeed(exit.value)
    const failure = Cause.findError(exit.cause)
    if (Result.isSuccess(failure) && isDomainError(failure.success)) return Result.fail(failure.success as unknown)
    const defect = Cause.findDefect(exit.cause)
    // A deadline computation that throws the calendar's typed error is still the record's problem, not the store's.
    if (Result.isSuccess(defect) && isDomainError(defect.success)) return Result.fail(defect.success)
    return yield* Effect.fail(storeFailure(store, Cause.squash(exit.cause)))
  })

const COLUMNS: ReadonlyArray<Column> = [
  { title: "record", width: 10 },
  { title: "case 案件", width: 12 },
  { title: "command 指令", width: 22 },
  { title: "events 事件", width: 40 },
  { title: "status 状态", width: 14 },
  { title: "ver", width: 4, align: "right" }
]

const envelope = (value: unknown, fallbackCase: string | undefined): { caseId: unknown; command: unknown; expectedVersion?: number } => {
  if (typeof value === "object" && value !== null && "command" in value) {
    const v = value as { caseId?: unknown; command?: unknown; expectedVersion?: unknown }
    return { caseId: v.caseId ?? fallbackCase, command: v.command, ...(typeof v.expectedVersion === "number" ? { expectedVersion: v.expectedVersion } : {}) }
  }
  return { caseId: fallbackCase, command: value }
}

const timelineText = (caseId: string, calendar: WorkCalendar, unmasked: boolean) =>
  Effect.map(loadMediationCase(caseId), ({ state, events }) =>
    `${renderTable([{ title: "#", align: "right" }, { title: "date 日期" }, { title: "event 事件" }, { title: "detail 摘要" }], timelineRows(events, unmasked))}${caseStatusLine(caseId, state, calendar)}\n`
  )

/** Deadlines may run a few years past the commands' dates: project that far when asked to. */
const horizon = (): number => currentYear() + 5

const apply = Command.make(
  "apply",
  {
    input: Argument.String("commands").pipe(
      Argument.withDescription("commands, one per line (.ndjson) or a .json array: { caseId, command: { type, date, … } }, or a bare command with --case"),
      Argument.withDefault("-")
    ),
    store: storeFlag,
    caseId: Flag.String("case").pipe(Flag.withDescription("the case of commands that do not name one"), Flag.optional),
    timeline: Flag.Boolean("timeline").pipe(Flag.withDescription("print each touched case's timeline at the end"), Flag.withDefault(false)),
    format: formatFlag,
    json: jsonFlag,
    out: outFlag,
    unmasked: unmaskedFlag,
    ...calendarFlags
  },
  (f) =>
    Effect.gen(function* () {
      const { calendar } = yield* loadCalendar(calendarChoice(f), horizon())
      const spec = Option.getOrUndefined(f.store)
      const store = spec === undefined ? undefined : yield* parseStoreSpec(spec)
      const touched = new Set<string>()
      const mask = (v: unknown) => (f.unmasked ? v : maskDeep(v))
      const run = runRecords({
        label: "mediation apply",
        source: f.input,
        format: detectFormat(f.input, Option.getOrUndefined(f.format)),
        out: Option.getOrUndefined(f.out),
        json: f.json,
        what: "case",
        idOf: (v) => {
          const c = envelope(v, Option.getOrUndefined(f.caseId)).caseId
          return typeof c === "string" ? c : null
        },
        process: (record) => {
          const { caseId, command, expectedVersion } = envelope(record.value, Option.getOrUndefined(f.caseId))
          return Effect.map(applyOne(caseId, command, expectedVersion, store), (r) => {
            if (Result.isFailure(r)) return Result.fail(r.failure)
            touched.add(r.success.caseId)
            return Result.succeed({ outcome: r.success, command: (command as { type?: string } | null)?.type ?? "?" })
          })
        },
        columns: COLUMNS,
        row: ({ outcome, command }, record) => [
          record.label,
          outcome.caseId,
          command,
          outcome.events.map((e) => (e.event as { type: string }).type).join(", "),
          CASE_STATUS_NAMES[outcome.state.status].zh,
          String(outcome.version)
        ],
        toJson: ({ outcome, command }) => ({ caseId: outcome.caseId, command, events: mask(outcome.events), status: outcome.state.status, version: outcome.version }),
        initial: 0,
        accumulate: (n) => n + 1,
        summary: (_, ok, failed) => ({ text: `${ok} commands applied, ${failed} refused or invalid（已执行 ${ok} 条，拒绝或无效 ${failed} 条）`, json: {} }),
        // Every touched case's timeline, in the same output as the table (with --out, the same file).
        ...(f.timeline && !f.json
          ? { trailer: () => Stream.unwrap(Effect.map(Effect.forEach([...touched], (id) => timelineText(id, calendar, f.unmasked)), (texts) => Stream.fromIterable(texts.map((t) => `\n${t}`)))).pipe(Stream.mapError((e) => (e instanceof CliFailure ? e : storeFailure(store, e)))) }
          : {})
      })
      return yield* withStore(store, calendar, run)
    })
).pipe(
  Command.withDescription(
    "Apply people's-mediation commands (人民调解法: start, accept, assign-mediators, hold-session, draft-agreement, sign-agreement, apply-for-confirmation, record-follow-up, archive, …) to a case store, in order. A refused or invalid command gets one line on stderr naming the record and the reason, and the run goes on (exit code 1 at the end; 3 when a deadline needs a calendar year that is not loaded). A store that cannot be opened, read or written is exit code 4. Citizen ID, phone and bank-card numbers in the output are masked unless --unmasked."
  ),
  Command.withExamples([
    { command: "minzheng mediation apply case.ndjson --store cases.sqlite --timeline", description: "apply the commands to a sqlite store and show the timelines" },
    { command: "minzheng mediation apply case.ndjson --store postgres://app@db.example/cases", description: "the same on a PostgreSQL database several app instances share" },
    { command: "minzheng mediation apply commands.ndjson --case c1 --json", description: "bare commands for one case, NDJSON out, in-memory store" },
    { command: "minzheng mediation apply case.ndjson --store cases.sqlite --provisional-calendar", description: "deadlines past the published calendar on the statutory projection, marked provisional" }
  ])
)

const timeline = Command.make(
  "timeline",
  {
    store: Flag.String("store").pipe(Flag.withDescription(STORE_HELP), Flag.withMetavar("STORE")),
    caseId: Flag.String("case").pipe(Flag.withDescription("the case id")),
    json: jsonFlag,
    unmasked: unmaskedFlag,
    ...calendarFlags
  },
  (f) =>
    Effect.gen(function* () {
      const store = yield* parseStoreSpec(f.store)
      if (store.kind === "sqlite") {
        // reading a timeline never creates a store: a missing file is an I/O error
        const fs = yield* FileSystem.FileSystem
        const exists = yield* Effect.orElseSucceed(fs.exists(store.path), () => false)
        if (!exists) return yield* Effect.fail(new CliFailure({ exitCode: 4, message: `cannot read ${store.path}: no such file or directory` }))
      }
      const { calendar } = yield* loadCalendar(calendarChoice(f), horizon())
      return yield* withStore(
        store,
        calendar,
        Effect.gen(function* () {
          const loaded = yield* Effect.mapError(loadMediationCase(f.caseId), (e) => new CliFailure({ exitCode: 3, message: `--case ${f.caseId}: ${describeError(e)}` }))
          if (loaded.events.length === 0) return yield* Effect.fail(new CliFailure({ exitCode: 3, message: `case ${f.caseId}: not in ${store.shown}` }))
          const text = f.json
            ? `${JSON.stringify({ caseId: f.caseId, status: loaded.state.status, version: loaded.version, events: f.unmasked ? loaded.events : maskDeep(loaded.events) })}\n`
            : yield* timelineText(f.caseId, calendar, f.unmasked)
          yield* writeOutput(undefined, Stream.make(text))
        })
      )
    })
).pipe(
  Command.withDescription(
    "A mediation case's timeline from a case store: every event with its date, the status and the deadlines still running (a deadline in a year the calendar lacks is listed with the year to load). Citizen ID, phone and bank-card numbers are masked unless --unmasked."
  ),
  Command.withExamples([{ command: "minzheng mediation timeline --store cases.sqlite --case c1", description: "the timeline of case c1" }])
)

/** `minzheng mediation` */
export const mediationCommand = Command.make("mediation").pipe(
  Command.withDescription("People's mediation (人民调解): apply commands to a case store, show timelines."),
  Command.withSubcommands([apply, timeline])
)
