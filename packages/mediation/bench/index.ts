/**
 * Mediation benchmarks: events replayed per second, commands decided per second against a naive
 * baseline that re-folds the whole history for every command, and SQLite append throughput.
 * Run: pnpm --filter @minzheng/mediation bench
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { addDays, handle, isoDateUnsafe, type IsoDate, makeMemoryCaseStore, replay } from "@minzheng/core"
import { decodeMediationCommand, defaultMediationContext, type MediationCommand, type MediationEvent, mediationWorkflow, replayMediation } from "@minzheng/mediation"
import { openSqliteCaseStoreUnsafe as openSqliteCaseStore } from "@minzheng/store-sqlite"
import { Effect, Result } from "effect"

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US")
const time = (f: () => void): number => {
  const t = performance.now()
  f()
  return (performance.now() - t) / 1000
}

const party = (id: string) => ({ kind: "person" as const, id, name: id })
const base = isoDateUnsafe("2025-03-03")

/** The commands of one full case (application to archive): 14 commands, 15 events. */
const caseCommands = (day0: IsoDate): MediationCommand[] => {
  const at = (n: number) => addDays(day0, n)
  const raw: unknown[] = [
    { type: "start", date: at(0), source: "application", applicationForm: "written", category: "contract", committee: { id: "c", name: "调委会", kind: "social-organisation" }, parties: [party("p1"), party("p2")], summary: "货款", amountInvolved: "1000.00" },
    { type: "accept", date: at(1) },
    { type: "assign-mediators", date: at(1), selection: "committee-assigned", mediators: [{ id: "m1", name: "王" }] },
    { type: "hold-session", date: at(2), openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "p2"], rightsExplained: true, record: "记录" },
    { type: "hold-session", date: at(4), openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "p2"], rightsExplained: true, record: "记录" },
    { type: "draft-agreement", date: at(5), contents: { facts: "事实", issues: "争议", responsibilities: "责任", terms: [{ obligorId: "p2", description: "付款", amount: "1000.00", manner: "转账", deadline: at(20) }] } },
    { type: "sign-agreement", date: at(5), signature: { by: "party", partyId: "p1", method: "signature" } },
    { type: "sign-agreement", date: at(5), signature: { by: "party", partyId: "p2", method: "signature" } },
    { type: "sign-agreement", date: at(5), signature: { by: "mediator", mediatorId: "m1" } },
    { type: "sign-agreement", date: at(6), signature: { by: "committee-seal" } },
    { type: "apply-for-confirmation", date: at(8), applicantPartyIds: ["p1", "p2"], court: "法院" },
    { type: "record-court-decision", date: at(12), outcome: "confirmed" },
    { type: "record-follow-up", date: at(21), visitor: "王", performance: "performed", notes: "已履行" },
    { type: "archive", date: at(22), fileNumber: "档" }
  ]
  return raw.map((c) => {
    const r = decodeMediationCommand(c)
    if (Result.isFailure(r)) throw r.failure
    return r.success
  })
}

const eventsOf = (commands: ReadonlyArray<MediationCommand>): MediationEvent[] => {
  let state = mediationWorkflow.initial
  const events: MediationEvent[] = []
  for (const c of commands) {
    const r = handle(mediationWorkflow, state, c, defaultMediationContext)
    if (Result.isFailure(r)) throw r.failure
    state = r.success.state
    events.push(...r.success.events)
  }
  return events
}

const rows: Array<[string, string, string, string]> = []

// 1. Replay: 1,000,000 events across full cases.
const oneCase = eventsOf(caseCommands(base))
const casesNeeded = Math.ceil(1_000_000 / oneCase.length)
const cases = Array.from({ length: casesNeeded }, (_, i) => eventsOf(caseCommands(addDays(base, i % 200))))
const totalEvents = cases.reduce((n, c) => n + c.length, 0)
for (let i = 0; i < 3; i++) for (const c of cases.slice(0, 2000)) replayMediation(c)
let sink = 0
const replaySeconds = time(() => {
  for (const c of cases) sink += replayMediation(c).eventCount
})
// Baseline for replay: a hand-written loop over the same events that only counts and tracks the last date.
const baselineReplaySeconds = time(() => {
  for (const c of cases) {
    let n = 0
    let last = ""
    for (const e of c) {
      n++
      last = e.date
    }
    sink += n + last.length
  }
})
const replayRate = totalEvents / replaySeconds
console.log(`replay: ${fmt(totalEvents)} events in ${replaySeconds.toFixed(3)} s = ${fmt(replayRate)} events/s (aim: 1,000,000 in < 2 s); bare loop over the same events: ${fmt(totalEvents / baselineReplaySeconds)}/s`)
rows.push([`replay ${fmt(totalEvents)} events (${fmt(casesNeeded)} full cases)`, `${fmt(replayRate)} events/s (${replaySeconds.toFixed(2)} s)`, `${fmt(totalEvents / baselineReplaySeconds)}/s bare loop`, `${(baselineReplaySeconds / replaySeconds).toFixed(3)}×`])

// 2. Decide: a long-running case (sessions, escalation reports) — state kept vs re-fold per command.
const longCase = (n: number): MediationCommand[] => {
  const head = caseCommands(base).slice(0, 3)
  const tail: unknown[] = Array.from({ length: n }, (_, i) => ({ type: "hold-session", date: addDays(base, 2), openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "p2"], rightsExplained: true, record: `第${i + 1}次` }))
  return [...head, ...tail.map((c) => decodeMediationCommand(c)).map((r) => (Result.isSuccess(r) ? r.success : (() => { throw r.failure })()))]
}
for (const n of [20, 200]) {
  const commands = longCase(n)
  const decideKept = () => {
    let state = mediationWorkflow.initial
    for (const c of commands) {
      const r = handle(mediationWorkflow, state, c, defaultMediationContext)
      if (Result.isSuccess(r)) state = r.success.state
    }
    sink += state.eventCount
  }
  const decideNaive = () => {
    const history: MediationEvent[] = []
    for (const c of commands) {
      const state = replay(mediationWorkflow, history)
      const r = mediationWorkflow.decide(state, c, defaultMediationContext)
      if (Result.isSuccess(r)) history.push(...r.success)
    }
    sink += history.length
  }
  const reps = n === 20 ? 4000 : 200
  for (let i = 0; i < 50; i++) { decideKept(); decideNaive() }
  const kept = time(() => { for (let i = 0; i < reps; i++) decideKept() })
  const naive = time(() => { for (let i = 0; i < reps; i++) decideNaive() })
  const keptRate = (reps * commands.length) / kept
  const naiveRate = (reps * commands.length) / naive
  console.log(`decide (${commands.length} commands per case): ${fmt(keptRate)} commands/s; naive re-fold: ${fmt(naiveRate)}/s; ratio ${(keptRate / naiveRate).toFixed(1)}×`)
  rows.push([`decide, case of ${commands.length} commands`, `${fmt(keptRate)} commands/s`, `${fmt(naiveRate)}/s re-fold per command`, `${(keptRate / naiveRate).toFixed(1)}×`])
}

// 3. Store appends: SQLite (file, WAL) vs the in-memory store, one event per append (a transaction each).
const dir = mkdtempSync(join(tmpdir(), "mediation-bench-"))
const sqlite = openSqliteCaseStore(join(dir, "bench.db"))
const memory = makeMemoryCaseStore()
const appends = 20_000
const event = oneCase[3]
const appendAll = (store: typeof memory) => {
  for (let i = 0; i < appends; i++) Effect.runSync(store.append(`case-${i % 500}`, Math.floor(i / 500), [event]))
}
const sqliteSeconds = time(() => appendAll(sqlite))
const memorySeconds = time(() => appendAll(memory))
const batchSeconds = time(() => {
  for (let i = 0; i < 1000; i++) Effect.runSync(sqlite.append(`batch-${i}`, 0, oneCase))
})
const readSeconds = time(() => {
  for (let i = 0; i < 1000; i++) sink += Effect.runSync(sqlite.read(`batch-${i}`)).length
})
sqlite.close()
rmSync(dir, { recursive: true, force: true })
console.log(`sqlite append (1 event/transaction): ${fmt(appends / sqliteSeconds)}/s; memory store: ${fmt(appends / memorySeconds)}/s`)
console.log(`sqlite append of a whole case (${oneCase.length} events/transaction): ${fmt((1000 * oneCase.length) / batchSeconds)} events/s; read back ${fmt((1000 * oneCase.length) / readSeconds)} events/s`)
rows.push(["SQLite append, 1 event per transaction", `${fmt(appends / sqliteSeconds)} appends/s`, `${fmt(appends / memorySeconds)}/s in-memory store`, `${(memorySeconds / sqliteSeconds).toFixed(3)}×`])
rows.push([`SQLite append, ${oneCase.length} events per transaction`, `${fmt((1000 * oneCase.length) / batchSeconds)} events/s`, "—", "—"])

const rss = process.resourceUsage().maxRSS / 1024
console.log(`peak RSS: ${rss.toFixed(0)} MB`)
console.log("\n| operation | figure | baseline (same run) | ratio |\n| --- | --- | --- | --- |")
for (const r of rows) console.log(`| ${r.join(" | ")} |`)
if (sink === -1) console.log(sink)
