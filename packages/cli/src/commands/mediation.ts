/**
 * `minzheng mediation apply` (a command file applied to a case store) and `minzheng mediation
 * timeline` (a case's events as a timeline).
 *
 * @internal
 * @module
 */
import { CaseStore } from "@minzheng/core"
import { CASE_STATUS_NAMES, loadMediationCase, runMediationCommand } from "@minzheng/mediation"
import { sqliteCaseStoreLayer } from "@minzheng/mediation/sqlite"
import { Effect, FileSystem, type Layer, Option, Result, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { writeOutput } from "../io/output.js"
import { detectFormat } from "../io/records.js"
import { type Column, renderTable } from "../io/table.js"
import { describeError } from "../internal/describe.js"
import { caseStatusLine, timelineRows } from "../internal/mediation-timeline.js"
import { runRecords } from "../internal/record-run.js"
import { formatFlag, jsonFlag, outFlag } from "./flags.js"

const storeFlag = Flag.String("store").pipe(
  Flag.withDescription("a node:sqlite case store file (created if missing); default: an in-memory store for this run only"),
  Flag.withMetavar("FILE"),
  Flag.optional
)

const storeLayer = (store: Option.Option<string>): Layer.Layer<CaseStore> => (Option.isSome(store) ? sqliteCaseStoreLayer(store.value) : CaseStore.memory)

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

const timelineText = (caseId: string) =>
  Effect.map(loadMediationCase(caseId), ({ state, events }) =>
    `${renderTable([{ title: "#", align: "right" }, { title: "date 日期" }, { title: "event 事件" }, { title: "detail 摘要" }], timelineRows(events))}${caseStatusLine(caseId, state)}\n`
  )

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
    out: outFlag
  },
  (f) => {
    const touched = new Set<string>()
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
        return runMediationCommand(caseId, command, expectedVersion === undefined ? {} : { expectedVersion }).pipe(
          Effect.map((o) => {
            touched.add(o.caseId)
            return Result.succeed({ outcome: o, command: (command as { type?: string }).type ?? "?" })
          }),
          Effect.catch((e) => Effect.succeed(Result.fail(e)))
        )
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
      toJson: ({ outcome, command }) => ({ caseId: outcome.caseId, command, events: outcome.events, status: outcome.state.status, version: outcome.version }),
      initial: 0,
      accumulate: (n) => n + 1,
      summary: (_, ok, failed) => ({ text: `${ok} commands applied, ${failed} refused or invalid（已执行 ${ok} 条，拒绝或无效 ${failed} 条）`, json: {} })
    })
    return Effect.gen(function* () {
      const result = yield* Effect.exit(run)
      if (f.timeline && !f.json) {
        for (const id of touched) yield* writeOutput(Option.getOrUndefined(f.out), Stream.make(`\n${yield* timelineText(id)}`))
      }
      return yield* result
    }).pipe(Effect.provide(storeLayer(f.store)))
  }
).pipe(
  Command.withDescription(
    "Apply people's-mediation commands (人民调解法: start, accept, assignMediators, holdSession, draftAgreement, signAgreement, applyForConfirmation, recordFollowUp, archive, …) to a case store, in order. A refused or invalid command gets one line on stderr naming the record and the reason, and the run goes on (exit code 1 at the end)."
  ),
  Command.withExamples([
    { command: "minzheng mediation apply case.ndjson --store cases.sqlite --timeline", description: "apply the commands to a sqlite store and show the timelines" },
    { command: "minzheng mediation apply commands.ndjson --case c1 --json", description: "bare commands for one case, NDJSON out, in-memory store" }
  ])
)

const timeline = Command.make(
  "timeline",
  {
    store: Flag.String("store").pipe(Flag.withDescription("the node:sqlite case store file"), Flag.withMetavar("FILE")),
    caseId: Flag.String("case").pipe(Flag.withDescription("the case id")),
    json: jsonFlag
  },
  (f) =>
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      const exists = yield* Effect.orElseSucceed(fs.exists(f.store), () => false)
      if (!exists) return yield* Effect.fail(new CliFailure({ exitCode: 4, message: `cannot read ${f.store}: no such file or directory` }))
      return yield* Effect.gen(function* () {
        const loaded = yield* Effect.mapError(loadMediationCase(f.caseId), (e) => new CliFailure({ exitCode: 3, message: `--case ${f.caseId}: ${describeError(e)}` }))
        if (loaded.events.length === 0) return yield* Effect.fail(new CliFailure({ exitCode: 3, message: `case ${f.caseId}: not in ${f.store}` }))
        const text = f.json ? `${JSON.stringify({ caseId: f.caseId, status: loaded.state.status, version: loaded.version, events: loaded.events })}\n` : yield* timelineText(f.caseId)
        yield* writeOutput(undefined, Stream.make(text))
      }).pipe(Effect.provide(sqliteCaseStoreLayer(f.store)))
    })
).pipe(
  Command.withDescription("A mediation case's timeline from a case store: every event with its date, the status and the deadlines still running."),
  Command.withExamples([{ command: "minzheng mediation timeline --store cases.sqlite --case c1", description: "the timeline of case c1" }])
)

/** `minzheng mediation` */
export const mediationCommand = Command.make("mediation").pipe(
  Command.withDescription("People's mediation (人民调解): apply commands to a case store, show timelines."),
  Command.withSubcommands([apply, timeline])
)
