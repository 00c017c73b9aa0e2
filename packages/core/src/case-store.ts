/**
 * The `CaseStore` service: where event-sourced cases live. Append-only, with optimistic
 * concurrency: an append names the version it expects, and a stale version is refused with
 * {@link VersionConflict} — nothing is ever lost or overwritten. The in-memory layer is the
 * default; packages add durable adapters (e.g. `@minzheng/mediation`'s node:sqlite store).
 *
 * @module
 */
import { requireFunction, requireString, requireWorkflow } from "./internal/guard.js"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import type { IsoDate } from "./date.js"
import { type CalendarYearNotCovered, InvalidInput, isCoreError, type ParameterMissing, type TransitionRefused, VersionConflict } from "./errors.js"
import type { Bilingual } from "./text.js"
import { type Workflow, handle, replay } from "./workflow.js"

/**
 * An event as stored: the case it belongs to, its version (1 for the first event of a case), the
 * event itself (JSON-serialisable data) and when it was recorded.
 *
 * @example
 * ```ts
 * import type { StoredEvent } from "@minzheng/core"
 * const e: StoredEvent = { caseId: "case-1", version: 1, event: { type: "applied" }, recordedAt: "2025-03-01T08:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface StoredEvent<E = unknown> {
  readonly caseId: string
  readonly version: number
  readonly event: E
  readonly recordedAt: string
}

/**
 * The operations of a case store.
 *
 * @example
 * ```ts
 * import { makeMemoryCaseStore, type CaseStoreShape } from "@minzheng/core"
 * const store: CaseStoreShape = makeMemoryCaseStore()
 * typeof store.append //=> "function"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CaseStoreShape {
  /**
   * Appends events to a case whose current version must be `expectedVersion` (0 for a new case).
   * All or nothing.
   */
  readonly append: (caseId: string, expectedVersion: number, events: ReadonlyArray<unknown>) => Effect.Effect<ReadonlyArray<StoredEvent>, VersionConflict>
  /** Reads all events of a case, in version order (empty for an unknown case). */
  readonly read: (caseId: string) => Effect.Effect<ReadonlyArray<StoredEvent>>
  /** Lists the ids of every case in the store. */
  readonly list: () => Effect.Effect<ReadonlyArray<string>>
}

/**
 * The case store service (Effect 4 `Context.Service`).
 *
 * @example
 * ```ts
 * import { CaseStore, makeMemoryCaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const store = yield* CaseStore
 *   yield* store.append("case-1", 0, [{ type: "applied" }])
 *   return (yield* store.read("case-1")).length
 * })
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))) //=> 1
 * ```
 * @category services
 * @since 0.1.0
 */
export class CaseStore extends Context.Service<CaseStore, CaseStoreShape>()("@minzheng/core/CaseStore") {
  /** A fresh in-memory store per use of the layer. */
  static readonly memory: Layer.Layer<CaseStore> = Layer.sync(CaseStore, () => makeMemoryCaseStore())
}

/**
 * Builds an in-memory case store. Events are copied through JSON on append, so what is stored is
 * what a durable store would return.
 *
 * @example
 * ```ts
 * import { makeMemoryCaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const store = makeMemoryCaseStore()
 * Effect.runSync(store.append("a", 0, [{ type: "x" }]))[0]?.version //=> 1
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeMemoryCaseStore = (options: { readonly now?: () => string } = {}): CaseStoreShape => {
  const cases = new Map<string, StoredEvent[]>()
  if (options !== undefined && (typeof options !== "object" || options === null || (options.now !== undefined && typeof options.now !== "function"))) {
    throw new InvalidInput({ issues: [{ path: ["options", "now"], code: "invalid_options", zh: "选项应为 { now?: () => string }", en: "options must be { now?: () => string }" }] })
  }
  const now = options.now ?? (() => new Date().toISOString())
  return {
    append: (caseId, expectedVersion, events) =>
      Effect.suspend(() => {
        const current = cases.get(caseId) ?? []
        if (current.length !== expectedVersion) {
          return Effect.fail(new VersionConflict({ caseId, expected: expectedVersion, actual: current.length }))
        }
        const at = now()
        const stored = events.map((event, i) => ({ caseId, version: expectedVersion + i + 1, event: JSON.parse(JSON.stringify(event)) as unknown, recordedAt: at }))
        cases.set(caseId, [...current, ...stored])
        return Effect.succeed(stored)
      }),
    read: (caseId) => Effect.sync(() => cases.get(caseId) ?? []),
    list: () => Effect.sync(() => [...cases.keys()])
  }
}

/**
 * Loads a case, decides a command against its state, and appends the events at the version it
 * read — refused with {@link TransitionRefused} when the rules say no, with
 * {@link VersionConflict} when someone appended in between. Typed errors a decision throws
 * (e.g. {@link CalendarYearNotCovered} for a deadline beyond the calendar) fail the Effect; nothing
 * is appended. Events read back are checked with
 * `decodeEvent` (a store may hold anything), failing with {@link InvalidInput}.
 *
 * @example
 * ```ts
 * import { CaseStore, executeCommand, type Workflow } from "@minzheng/core"
 * import { Effect, Result } from "effect"
 * const counter: Workflow<number, "inc", "incremented"> = {
 *   name: "counter", initial: 0, decide: () => Result.succeed(["incremented"]), evolve: (n) => n + 1
 * }
 * const program = executeCommand(counter, { caseId: "c", command: "inc", decodeEvent: (u) => Result.succeed(u as "incremented") })
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))).state //=> 1
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const executeCommand = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  args: {
    readonly caseId: string
    readonly command: C
    readonly decodeEvent: (u: unknown) => Result.Result<E, InvalidInput>
    readonly expectedVersion?: number
  } & (Ctx extends void ? { readonly context?: undefined } : { readonly context: Ctx })
): Effect.Effect<
  { readonly state: S; readonly events: ReadonlyArray<StoredEvent<E>>; readonly version: number },
  TransitionRefused | VersionConflict | InvalidInput | CalendarYearNotCovered | ParameterMissing,
  CaseStore
> =>
  Effect.gen(function* () {
    yield* guarded(() => {
      requireWorkflow(workflow, "workflow")
      if (typeof args !== "object" || args === null) requireString(undefined, "args")
      requireString(args.caseId, "caseId")
      requireFunction(args.decodeEvent, "decodeEvent")
    })
    const store = yield* CaseStore
    const history = yield* loadCase(workflow, args.caseId, args.decodeEvent)
    if (args.expectedVersion !== undefined && args.expectedVersion !== history.version) {
      return yield* Effect.fail(new VersionConflict({ caseId: args.caseId, expected: args.expectedVersion, actual: history.version }))
    }
    const decided = yield* decideTyped(workflow, history.state, args.command, args.context as Ctx)
    const stored = yield* store.append(args.caseId, history.version, decided.events)
    return { state: decided.state, events: stored as ReadonlyArray<StoredEvent<E>>, version: history.version + stored.length }
  })

// Argument checks run inside the Effect: a wrong argument is an InvalidInput failure, not a defect.
const guarded = (check: () => void): Effect.Effect<void, InvalidInput> =>
  Effect.suspend(() => {
    try {
      check()
      return Effect.void
    } catch (e) {
      return e instanceof InvalidInput ? Effect.fail(e) : Effect.die(e)
    }
  })

// A decision may throw core's typed errors (a deadline in a year the calendar lacks, a missing
// parameter, a bad command shape): those are failures the caller handles, not defects.
const decideTyped = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  state: S,
  command: C,
  context: Ctx
): Effect.Effect<{ readonly events: ReadonlyArray<E>; readonly state: S }, TransitionRefused | InvalidInput | CalendarYearNotCovered | ParameterMissing> =>
  Effect.suspend(() => {
    try {
      const r = (handle as (w: Workflow<S, C, E, Ctx>, s: S, c: C, ctx: Ctx) => ReturnType<typeof handle<S, C, E, Ctx>>)(workflow, state, command, context)
      return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
    } catch (e) {
      if (isCoreError(e) && (e._tag === "CalendarYearNotCovered" || e._tag === "InvalidInput" || e._tag === "ParameterMissing" || e._tag === "TransitionRefused")) {
        return Effect.fail(e)
      }
      return Effect.die(e)
    }
  })

/**
 * Reads a case and replays it: its state, version and decoded events.
 *
 * @example
 * ```ts
 * import { CaseStore, loadCase, type Workflow } from "@minzheng/core"
 * import { Effect, Result } from "effect"
 * const counter: Workflow<number, "inc", "incremented"> = {
 *   name: "counter", initial: 0, decide: () => Result.succeed(["incremented"]), evolve: (n) => n + 1
 * }
 * const program = loadCase(counter, "unknown", (u) => Result.succeed(u as "incremented"))
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))).version //=> 0
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const loadCase = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  caseId: string,
  decodeEvent: (u: unknown) => Result.Result<E, InvalidInput>
): Effect.Effect<{ readonly state: S; readonly version: number; readonly events: ReadonlyArray<E> }, InvalidInput, CaseStore> =>
  Effect.gen(function* () {
    yield* guarded(() => {
      requireWorkflow(workflow, "workflow")
      requireString(caseId, "caseId")
      requireFunction(decodeEvent, "decodeEvent")
    })
    const store = yield* CaseStore
    const stored = yield* store.read(caseId)
    const events: E[] = []
    for (const s of stored) {
      const d = decodeEvent(s.event)
      if (Result.isFailure(d)) return yield* Effect.fail(d.failure)
      events.push(d.success)
    }
    return { state: replay(workflow, events), version: stored.length, events }
  })

/**
 * A deadline derived from a case's events: what is due, by when, and under which rule.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@minzheng/core"
 * const d: Deadline = { caseId: "c-1", kind: "confirmation-window", due: "2025-10-31" as any, label: { zh: "司法确认申请期限", en: "judicial confirmation window" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Deadline {
  readonly caseId: string
  readonly kind: string
  readonly due: IsoDate
  readonly label: Bilingual
}

/**
 * Lists every case's open deadlines, soonest first, computing them from each case's events with
 * `deadlinesOf` (deadlines are derived, never stored).
 *
 * @example
 * ```ts
 * import { CaseStore, listByDue } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = listByDue(() => [])
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))) //=> []
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const listByDue = (
  deadlinesOf: (caseId: string, events: ReadonlyArray<StoredEvent>) => ReadonlyArray<Deadline>
): Effect.Effect<ReadonlyArray<Deadline>, never, CaseStore> =>
  Effect.gen(function* () {
    const store = yield* CaseStore
    const ids = yield* store.list()
    const all: Deadline[] = []
    for (const id of ids) all.push(...deadlinesOf(id, yield* store.read(id)))
    return all.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
  })

