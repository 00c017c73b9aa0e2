/**
 * relief's case workflows as the store tests and the store bench drive them (issue 17): the 低保
 * 审核确认 review (`reviewWorkflow`), the 特困 认定 (`tekunWorkflow`) and the 流浪乞讨 救助 case
 * (`vagrancyWorkflow`), each through core's `executeCommand` / `loadCase` on whatever `CaseStore`
 * is provided — the worked examples of procedure.test.ts, tekun-procedure.test.ts and
 * vagrancy.test.ts as JSON commands (they cross to another process in the tests).
 */
import { type CaseStore, type Deadline, executeCommand, handle, type InvalidInput, isoDateUnsafe, listByDue, loadCase, chinaCalendar, replay, type Workflow } from "@minzheng/core"
import {
  decodeReviewCommand,
  decodeReviewEvent,
  decodeTekunCommand,
  decodeTekunEvent,
  decodeVagrancyCommand,
  decodeVagrancyEvent,
  followUpStatus,
  reviewContextUnsafe,
  reviewDeadlines,
  reviewStageDeadlines,
  reviewWorkflow,
  tekunContext,
  tekunDeadlines,
  tekunStageDeadlines,
  tekunWorkflow,
  vagrancyContext,
  vagrancyDeadlines,
  vagrancyStay,
  vagrancyWorkflow
} from "@minzheng/relief"
import * as sqlite from "@minzheng/store-sqlite"
import * as postgres from "@minzheng/store-postgres"
import { Effect, Result } from "effect"
import type { StoreAdapters, WorkflowDriver } from "../../../scripts/test/stores.js"
import { licang } from "./fixtures.js"

/** The store packages, as relief's tests import them. */
export const adapters: StoreAdapters = { sqlite, postgres }

const d = isoDateUnsafe

interface Spec<S, C, E, X> extends Omit<WorkflowDriver, "command" | "load" | "pure" | "readings"> {
  readonly workflow: Workflow<S, C, E, X>
  readonly decodeCommand: (u: unknown) => Result.Result<C, InvalidInput>
  readonly decodeEvent: (u: unknown) => Result.Result<E, InvalidInput>
  readonly context: X
  /** What an app reads for one case (its state replayed from the store). */
  readonly read: (caseId: string, state: S) => unknown
}

/** The deadlines of the given cases, listed by core's `listByDue` over the whole store. */
const dueOf = <S, C, E, X>(spec: Spec<S, C, E, X>, caseIds: ReadonlyArray<string>, deadlines: (id: string, state: S) => ReadonlyArray<Deadline>) =>
  listByDue((id, events) => {
    if (!caseIds.includes(id)) return []
    return deadlines(id, replay(spec.workflow, events.map((e) => Result.getOrThrow(spec.decodeEvent(e.event)))))
  })

// core's executeCommand for a workflow with a context (all three here): its `context` argument
// is a conditional type, left unresolved for a generic context
const execute = executeCommand as <S, C, E, X>(
  workflow: Workflow<S, C, E, X>,
  args: { readonly caseId: string; readonly command: C; readonly decodeEvent: (u: unknown) => Result.Result<E, InvalidInput>; readonly context: X }
) => ReturnType<typeof executeCommand<S, C, E, X>>

const driverOf = <S, C, E, X>(spec: Spec<S, C, E, X>, due: (id: string, state: S) => ReadonlyArray<Deadline>): WorkflowDriver => ({
  name: spec.name,
  title: spec.title,
  commands: spec.commands,
  split: spec.split,
  race: spec.race,
  command: (caseId, command) =>
    Effect.flatMap(Effect.fromResult(spec.decodeCommand(command)), (c) =>
      execute(spec.workflow, { caseId, command: c, decodeEvent: spec.decodeEvent, context: spec.context })
    ),
  load: (caseId) => loadCase(spec.workflow, caseId, spec.decodeEvent),
  pure: (commands) => {
    let state = spec.workflow.initial
    const events: E[] = []
    for (const u of commands) {
      const r = (handle as (w: Workflow<S, C, E, X>, s: S, c: C, x: X) => ReturnType<typeof handle<S, C, E, X>>)(spec.workflow, state, Result.getOrThrow(spec.decodeCommand(u)), spec.context)
      if (Result.isFailure(r)) throw r.failure
      state = r.success.state
      events.push(...r.success.events)
    }
    return { state, events }
  },
  readings: (caseIds): Effect.Effect<unknown, unknown, CaseStore> =>
    Effect.gen(function* () {
      const listed = yield* dueOf(spec, caseIds, due)
      const cases: Record<string, unknown> = {}
      for (const id of caseIds) cases[id] = spec.read(id, (yield* loadCase(spec.workflow, id, spec.decodeEvent)).state)
      return { listByDue: listed, cases }
    })
})

const notice = { type: "start-notice", on: "2025-03-11", issuer: "李村街道办事处", rows: [{ headOfHousehold: "张三丰", membersCovered: 1, monthlyAmount: "1050.00", community: "虎山社区", programme: "urban" }] }

const reviewContext = reviewContextUnsafe(licang, chinaCalendar)
/** 低保 审核确认: applied and accepted on 3 March 2025, confirmed after the 7-day 公示 (暂行办法第十九条、第二十二条). */
export const review = driverOf(
  {
    name: "review",
    title: "低保 审核确认 (reviewWorkflow)",
    workflow: reviewWorkflow,
    decodeCommand: decodeReviewCommand,
    decodeEvent: decodeReviewEvent,
    context: reviewContext,
    commands: [
      { type: "apply", on: "2025-03-03", householdId: "h1" },
      { type: "accept", on: "2025-03-03" },
      { type: "request-check", on: "2025-03-04" },
      { type: "start-check", on: "2025-03-05" },
      { type: "record-check", on: "2025-03-06" },
      { type: "record-home-visit", on: "2025-03-06" },
      { type: "submit-opinion", on: "2025-03-10", opinion: "approve" },
      notice,
      { type: "submit-to-county", on: "2025-03-19" },
      { type: "confirm", on: "2025-03-21" }
    ],
    split: 8,
    race: { at: 4, a: { type: "record-check", on: "2025-03-06" }, b: { type: "record-home-visit", on: "2025-03-06" } },
    read: (_, state) => ({ stage: state.stage, due: state.due, noticeEnd: state.noticeEnd, stages: reviewStageDeadlines(state, reviewContext, d("2025-03-20")) })
  },
  reviewDeadlines
)

const tekunCtx = tekunContext()
/** 特困 认定: accepted 3 March 2025, confirmed by the county after a spot check (特困人员认定办法第十三条至第十七条). */
export const tekun = driverOf(
  {
    name: "tekun",
    title: "特困 认定 (tekunWorkflow)",
    workflow: tekunWorkflow,
    decodeCommand: decodeTekunCommand,
    decodeEvent: decodeTekunEvent,
    context: tekunCtx,
    commands: [
      { type: "apply", on: "2025-03-03", applicantId: "p1" },
      { type: "accept", on: "2025-03-03" },
      { type: "record-investigation", on: "2025-03-04", method: "home-visit" },
      { type: "record-investigation", on: "2025-03-05", method: "neighbour-visit" },
      { type: "submit-opinion", on: "2025-03-24", opinion: "approve" },
      { type: "start-notice", on: "2025-03-25", issuer: "李村街道办事处", applicant: { name: "王五", community: "虎山社区" } },
      { type: "submit-to-county", on: "2025-04-02" },
      { type: "record-spot-check", on: "2025-04-10" },
      { type: "confirm", on: "2025-04-24" }
    ],
    split: 4,
    race: { at: 2, a: { type: "record-investigation", on: "2025-03-04", method: "home-visit" }, b: { type: "record-investigation", on: "2025-03-04", method: "neighbour-visit" } },
    read: (_, state) => ({ stage: state.stage, stages: tekunStageDeadlines(state, tekunCtx, d("2025-05-06")) })
  },
  (id, state) => Result.getOrThrow(tekunDeadlines(id, state, tekunCtx, d("2025-05-06")))
)

/** 流浪乞讨 救助 (滨城区): admitted 1 March 2025, stay extended, collected 14 March, followed up (实施细则). */
export const vagrancy = driverOf(
  {
    name: "vagrancy",
    title: "流浪乞讨 救助 (vagrancyWorkflow)",
    workflow: vagrancyWorkflow,
    decodeCommand: decodeVagrancyCommand,
    decodeEvent: decodeVagrancyEvent,
    context: vagrancyContext("371602"),
    commands: [
      {
        type: "request-help",
        on: "2025-03-01",
        request: {
          person: { id: "p1", name: "吴某", birthDate: "1970-05-01", hukouRegion: "371621" },
          information: "provided",
          circumstances: { canAffordFoodAndLodging: false, hasRelativesToRelyOn: false, receivesDibaoOrWubao: false, livingByVagrancyOrBegging: true }
        }
      },
      { type: "provide-service", on: "2025-03-01", service: "lodging" },
      { type: "extend", on: "2025-03-10", until: "2025-03-15", reason: "待接回", filedWith: "滨州市民政局" },
      { type: "discharge", on: "2025-03-14", mode: "collected", destination: "371621" },
      { type: "follow-up", on: "2025-04-02", outcome: "settled", visitor: "liaison" }
    ],
    split: 2,
    race: { at: 1, a: { type: "provide-service", on: "2025-03-02", service: "food" }, b: { type: "provide-service", on: "2025-03-02", service: "lodging" } },
    read: (_, state) => ({
      stage: state.stage,
      stay: state.admittedOn === null ? null : vagrancyStay(state, d("2025-03-12")),
      followUp: state.stage === "returned" ? followUpStatus(state, d("2025-04-30")) : null
    })
  },
  vagrancyDeadlines
)

/** The three relief workflows (the child process of the store tests looks them up by name). */
export const drivers: ReadonlyArray<WorkflowDriver> = [review, tekun, vagrancy]
