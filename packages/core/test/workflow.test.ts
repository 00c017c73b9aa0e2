import { Effect, Exit, Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  addWorkingDaysUnsafe,
  CaseStore,
  isoDateUnsafe,
  executeCommand,
  explain,
  handle,
  listByDue,
  loadCase,
  renderExplanationEn,
  renderExplanationZh,
  replay,
  TransitionRefused,
  VersionConflict,
  type Workflow
} from "@minzheng/core"

type State = { readonly status: "none" | "open" | "closed"; readonly notes: number }
type Command = { readonly type: "open" } | { readonly type: "note" } | { readonly type: "close" }
type Event = { readonly type: "opened" } | { readonly type: "noted" } | { readonly type: "closed" }

const refuse = (s: State, c: Command) =>
  Result.fail(new TransitionRefused({ state: s.status, command: c.type, reason: { zh: "状态不符", en: "not allowed in this state" }, citations: [{ document: "test" }] }))

const ticket: Workflow<State, Command, Event> = {
  name: "ticket",
  initial: { status: "none", notes: 0 },
  decide: (s, c) => {
    if (c.type === "open") return s.status === "none" ? Result.succeed([{ type: "opened" }]) : refuse(s, c)
    if (c.type === "note") return s.status === "open" ? Result.succeed([{ type: "noted" }]) : refuse(s, c)
    return s.status === "open" ? Result.succeed([{ type: "closed" }]) : refuse(s, c)
  },
  evolve: (s, e) => (e.type === "opened" ? { ...s, status: "open" } : e.type === "noted" ? { ...s, notes: s.notes + 1 } : { ...s, status: "closed" })
}
const decodeEvent = (u: unknown): Result.Result<Event, never> => Result.succeed(u as Event)

describe("the workflow kernel", () => {
  it("replays events into state; the same events always give the same state", () => {
    const events: Event[] = [{ type: "opened" }, { type: "noted" }, { type: "noted" }]
    expect(replay(ticket, events)).toEqual({ status: "open", notes: 2 })
    expect(replay(ticket, events)).toEqual(replay(ticket, [...events]))
  })
  it("a refused command changes nothing and says why", () => {
    const r = handle(ticket, ticket.initial, { type: "close" })
    expect(Result.isFailure(r) && r.failure.reason.en).toBe("not allowed in this state")
  })
  it("executes commands over the store with optimistic concurrency", () => {
    const program = Effect.gen(function* () {
      yield* executeCommand(ticket, { caseId: "t1", command: { type: "open" }, decodeEvent })
      yield* executeCommand(ticket, { caseId: "t1", command: { type: "note" }, decodeEvent, expectedVersion: 1 })
      const stale = yield* Effect.exit(executeCommand(ticket, { caseId: "t1", command: { type: "note" }, decodeEvent, expectedVersion: 1 }))
      const store = yield* CaseStore
      const direct = yield* Effect.exit(store.append("t1", 0, [{ type: "opened" }]))
      const loaded = yield* loadCase(ticket, "t1", decodeEvent)
      return { stale, direct, loaded }
    })
    const { stale, direct, loaded } = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(Exit.isFailure(stale)).toBe(true)
    expect(Exit.isFailure(direct) && JSON.stringify(direct.cause)).toContain("VersionConflict")
    expect(loaded).toMatchObject({ version: 2, state: { status: "open", notes: 1 } })
  })
  it("a refused command appends nothing", () => {
    const program = Effect.gen(function* () {
      const refused = yield* Effect.exit(executeCommand(ticket, { caseId: "t2", command: { type: "close" }, decodeEvent }))
      const store = yield* CaseStore
      return { refused, events: yield* store.read("t2") }
    })
    const { refused, events } = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(Exit.isFailure(refused)).toBe(true)
    expect(events).toEqual([])
  })
  it("lists deadlines soonest first, derived from events", () => {
    const program = Effect.gen(function* () {
      const store = yield* CaseStore
      yield* store.append("b", 0, [{ due: "2025-10-09" }])
      yield* store.append("a", 0, [{ due: "2025-10-01" }])
      return yield* listByDue((caseId, events) =>
        events.map((e) => ({ caseId, kind: "due", due: (e.event as { due: string }).due as never, label: { zh: "到期", en: "due" } }))
      )
    })
    expect(Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))).map((x) => x.caseId)).toEqual(["a", "b"])
  })
  it("VersionConflict explains itself in both languages", () => {
    const e = new VersionConflict({ caseId: "c", expected: 1, actual: 2 })
    expect(e.messageZh).toBe("案件 c 当前版本为 2，不是预期的 1：请重新读取后再处理")
  })
})

describe("explanations", () => {
  const tree = explain({
    rule: "dibao",
    label: { zh: "低保资格", en: "dibao eligibility" },
    outcome: true,
    citations: [{ document: "最低生活保障审核确认办法", number: "民发〔2021〕57号", article: "第十条" }],
    children: [explain({ rule: "dibao.income", label: { zh: "人均收入低于标准", en: "income below standard" }, outcome: "650.00", provisional: true })]
  })
  it("renders short Chinese text with citations, marking provisional parts", () => {
    expect(renderExplanationZh(tree)).toBe(
      "【临时】低保资格：是。依据：《最低生活保障审核确认办法》（民发〔2021〕57号）第十条\n  【临时】人均收入低于标准：650.00"
    )
    expect(renderExplanationEn(tree).split("\n")[1]).toBe("  [provisional] income below standard: 650.00")
  })
  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
  })
})

describe("typed errors thrown by a decision", () => {
  it("fail the command (not a defect) and append nothing", () => {
    const deadlineWorkflow: Workflow<number, "decide", "done"> = {
      name: "deadline",
      initial: 0,
      decide: () => {
        addWorkingDaysUnsafe(isoDateUnsafe("2026-12-10"), 30) // runs into 2027: CalendarYearNotCovered
        return Result.succeed(["done"])
      },
      evolve: (n) => n + 1
    }
    const program = Effect.gen(function* () {
      const exit = yield* Effect.exit(executeCommand(deadlineWorkflow, { caseId: "d", command: "decide", decodeEvent: (u) => Result.succeed(u as "done") }))
      const store = yield* CaseStore
      return { exit, events: yield* store.read("d") }
    })
    const { exit, events } = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(Exit.isFailure(exit) && JSON.stringify(exit.cause)).toContain("CalendarYearNotCovered")
    expect(Exit.isFailure(exit) && exit.cause.reasons.some((r) => r._tag === "Fail")).toBe(true)
    expect(events).toEqual([])
  })
})
