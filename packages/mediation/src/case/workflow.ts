/**
 * The mediation case as a workflow on core's kernel: `decide` + `evolve` from the initial state,
 * plus the safe entry points that take unknown input.
 *
 * @module
 */
import { type CalendarYearNotCovered, type Decision, handle, InvalidInput, issue, type TransitionRefused, type Workflow, isCoreError } from "@minzheng/core"
import * as Result from "effect/Result"
import { contextIssues, isObject, NO_ISSUES, under } from "../internal/guard.js"
import { stateIssues } from "../internal/state-guard.js"
import { decodeMediationCommand, type MediationCommand } from "./commands.js"
import { decideDecoded, defaultMediationContext, type MediationContext } from "./decide.js"
import type { MediationEvent } from "./events.js"
import { applyEvent } from "./evolve.js"
import { initialMediationState, type MediationState } from "./state.js"

/**
 * 人民调解案件 (people's-mediation case): the workflow definition. Its `decide` takes decoded
 * commands (as core's `handle` and the Effect layer give it) and checks what it reads of the
 * state; its `evolve` checks each event, and takes the state as the kernel gives it: the initial
 * one, or one `decide` has just checked. Called directly, prefer {@link decideMediation} and
 * {@link evolveMediation}, which check everything.
 *
 * @example
 * ```ts
 * import { mediationWorkflow } from "@minzheng/mediation"
 * mediationWorkflow.name //=> "mediation-case"
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const mediationWorkflow: Workflow<MediationState, MediationCommand, MediationEvent, MediationContext> = {
  name: "mediation-case",
  initial: initialMediationState,
  decide: decideDecoded,
  evolve: applyEvent
}

const isIterable = (u: unknown): u is Iterable<unknown> =>
  Array.isArray(u) || (isObject(u) && typeof (u as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function")

/**
 * Replays a case's events into its state.
 *
 * @example
 * ```ts
 * import { replayMediation } from "@minzheng/mediation"
 * replayMediation([{ type: "accepted", date: "2025-03-04" as any }]).status //=> "mediating"
 * ```
 * @throws `InvalidInput` when `events` is not a list of mediation events (the issue's path names
 * the event's position; stored events are decoded with {@link decodeMediationEvent} first)
 * @category workflow
 * @since 0.1.0
 */
export const replayMediation = (events: Iterable<MediationEvent>): MediationState => {
  if (!isIterable(events)) {
    throw new InvalidInput({ issues: [issue(["events"], "invalid_type", "应为调解案件事件的列表", "expected a list of mediation case events")] })
  }
  let state = initialMediationState
  let i = 0
  try {
    for (const e of events) {
      state = applyEvent(state, e)
      i++
    }
  } catch (e) {
    // applyEvent names the event as ["event", …]; here it is the i-th of the list.
    if (e instanceof InvalidInput) throw new InvalidInput({ issues: e.issues.map((x) => ({ ...x, path: x.path[0] === "event" ? ["events", i, ...x.path.slice(1)] : x.path })) })
    // An event (or the list) whose fields cannot be read (a throwing getter, a revoked proxy).
    throw new InvalidInput({ issues: [issue(["events", i], "not_a_mediation_event", "无法读取该事件", "the event cannot be read")] })
  }
  return state
}

/**
 * Handles a command given as unknown input (e.g. JSON from a form): decodes it, decides it against
 * the state and applies the events. Returns the new events and state, or one typed error:
 * `InvalidInput` (the command is malformed), `TransitionRefused` (the rules say no),
 * `CalendarYearNotCovered` (a legal period ends in a year the calendar lacks). A malformed
 * state, command and context give one `InvalidInput` listing every problem. Nothing is
 * half-applied: the state passed in is never changed.
 *
 * @example
 * ```ts
 * import { handleMediationCommand, initialMediationState } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * const r = handleMediationCommand(initialMediationState, { type: "accept" })
 * Result.isFailure(r) && r.failure._tag //=> "InvalidInput"
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const handleMediationCommand = (
  state: MediationState,
  input: unknown,
  context: MediationContext = defaultMediationContext
): Result.Result<Decision<MediationState, MediationEvent>, InvalidInput | TransitionRefused | CalendarYearNotCovered> => {
  const command = decodeMediationCommand(input)
  const issues = [...stateIssues(state, ["state"], { lists: true }), ...(Result.isFailure(command) ? under("command", command.failure.issues) : NO_ISSUES), ...contextIssues(context)]
  if (issues.length > 0 || Result.isFailure(command)) return Result.fail(new InvalidInput({ issues }))
  try {
    return handle(mediationWorkflow, state, command.success, context)
  } catch (e) {
    if (isCoreError(e) && (e._tag === "CalendarYearNotCovered" || e._tag === "InvalidInput")) return Result.fail(e)
    throw e
  }
}
