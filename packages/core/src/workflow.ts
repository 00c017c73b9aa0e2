/**
 * The event-sourcing workflow kernel. A case (a mediation case, a 公示, a 审核确认) is an ordered
 * list of events; its state is a fold of `evolve` over them from `initial`; a command is checked
 * against the state by `decide`, which yields new events or a typed {@link TransitionRefused}.
 * Deadlines are derived from events and the calendar, never stored as mutable fields. Replaying the
 * same events always gives the same state.
 *
 * @module
 */
import { requireIterable, requireWorkflow } from "./internal/guard.js"
import * as Result from "effect/Result"
import { TransitionRefused } from "./errors.js"

/**
 * A workflow definition: the initial state, the decision function and the evolution function.
 * Both functions are pure; `decide` may read a context (today's date, the calendar) passed by the
 * caller, never the clock.
 *
 * @example
 * ```ts
 * import { Result } from "@minzheng/core"
 * import { TransitionRefused, type Workflow } from "@minzheng/core"
 * type State = { readonly open: boolean }
 * type Command = { readonly type: "open" } | { readonly type: "close" }
 * type Event = { readonly type: "opened" } | { readonly type: "closed" }
 * const door: Workflow<State, Command, Event> = {
 *   name: "door",
 *   initial: { open: false },
 *   decide: (s, c) =>
 *     c.type === "open" && !s.open ? Result.succeed([{ type: "opened" }])
 *     : c.type === "close" && s.open ? Result.succeed([{ type: "closed" }])
 *     : Result.fail(new TransitionRefused({ state: s.open ? "open" : "closed", command: c.type, reason: { zh: "状态不符", en: "wrong state" } })),
 *   evolve: (s, e) => ({ open: e.type === "opened" })
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Workflow<S, C, E, Ctx = void> {
  readonly name: string
  readonly initial: S
  readonly decide: (state: S, command: C, context: Ctx) => Result.Result<ReadonlyArray<E>, TransitionRefused>
  readonly evolve: (state: S, event: E) => S
}

/**
 * Folds events into a state from the workflow's initial state.
 *
 * @example
 * ```ts
 * import { replay, type Workflow } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const counter: Workflow<number, "inc", "incremented"> = {
 *   name: "counter", initial: 0,
 *   decide: () => Result.succeed(["incremented"]),
 *   evolve: (n) => n + 1
 * }
 * replay(counter, ["incremented", "incremented"]) //=> 2
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const replay = <S, C, E, Ctx>(workflow: Workflow<S, C, E, Ctx>, events: Iterable<E>): S => {
  requireWorkflow(workflow, "workflow")
  requireIterable(events, "events")
  let state = workflow.initial
  for (const e of events) state = workflow.evolve(state, e)
  return state
}

/**
 * The outcome of handling a command: the new events and the state after them.
 *
 * @example
 * ```ts
 * import type { Decision } from "@minzheng/core"
 * const d: Decision<number, string> = { events: ["incremented"], state: 1 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Decision<S, E> {
  readonly events: ReadonlyArray<E>
  readonly state: S
}

/**
 * Decides a command against a state and applies the resulting events: the new events and state,
 * or the refusal. Nothing changes on refusal.
 *
 * @example
 * ```ts
 * import { handle, type Workflow } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const counter: Workflow<number, "inc", "incremented"> = {
 *   name: "counter", initial: 0,
 *   decide: () => Result.succeed(["incremented"]),
 *   evolve: (n) => n + 1
 * }
 * const r = handle(counter, 41, "inc")
 * Result.isSuccess(r) && r.success.state //=> 42
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const handle = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  state: S,
  command: C,
  ...context: Ctx extends void ? [] : [Ctx]
): Result.Result<Decision<S, E>, TransitionRefused> => {
  requireWorkflow(workflow, "workflow")
  const decided = workflow.decide(state, command, context[0] as Ctx)
  if (Result.isFailure(decided)) return Result.fail(decided.failure)
  let next = state
  for (const e of decided.success) next = workflow.evolve(next, e)
  return Result.succeed({ events: decided.success, state: next })
}
