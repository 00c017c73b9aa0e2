/**
 * The Effect shell of a mediation case: commands as Effects over core's `CaseStore`, with
 * the calendar and today's date read from core's services. Every failure is typed; the pure
 * workflow decides, nothing is decided twice.
 *
 * @module
 */
import {
  CalendarService,
  type CalendarYearNotCovered,
  type CaseStore,
  decodeEffect,
  type InvalidInput,
  listByDue,
  loadCase,
  Today,
  type TransitionRefused,
  type VersionConflict
} from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { decodeMediationCommand } from "../case/commands.js"
import { type MediationCaseFlags, mediationFlags, type MediationDeadline, storedMediationDeadlines } from "../case/deadlines.js"
import { decodeMediationEvent, type MediationEvent } from "../case/events.js"
import type { MediationState } from "../case/state.js"
import { mediationWorkflow } from "../case/workflow.js"
import { CaseIdSchema, type CommandOutcome, executeWorkflowCommand } from "../internal/execute.js"

/**
 * Every typed error a command can fail with: `InvalidInput` (malformed case id or command,
 * or an unreadable stored event), `TransitionRefused` (the rules say no),
 * `VersionConflict` (someone appended first), `CalendarYearNotCovered`.
 *
 * @example
 * ```ts
 * import type { MediationCommandError } from "@minzheng/mediation"
 * const tag = (e: MediationCommandError) => e._tag
 * ```
 * @category errors
 * @since 0.1.0
 */
export type MediationCommandError = InvalidInput | TransitionRefused | VersionConflict | CalendarYearNotCovered

/**
 * What a command produced: the case id, its new state, the events as stored, and its version.
 *
 * @example
 * ```ts
 * import type { MediationOutcome } from "@minzheng/mediation"
 * const describe = (o: MediationOutcome) => `${o.caseId} v${o.version}: ${o.state.status}`
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediationOutcome = CommandOutcome<MediationState, MediationEvent>

/**
 * Runs a command (unknown input, e.g. a form's JSON) against a stored case: decodes it, replays
 * the case, decides with the calendar from `CalendarService`, and appends the events at the
 * version read. With `expectedVersion`, a case that moved on since the caller read it is refused
 * with `VersionConflict`. On any failure nothing is written.
 *
 * @example
 * ```ts
 * import { runMediationCommand } from "@minzheng/mediation"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = runMediationCommand("c-1", { type: "accept", date: "2025-03-04" })
 * const exit = Effect.runSyncExit(program.pipe(Effect.provide(CaseStore.memory)))
 * exit._tag //=> "Failure" (TransitionRefused: nothing to accept in a new case)
 * ```
 * @category effect
 * @since 0.1.0
 */
export const runMediationCommand = (
  caseId: unknown,
  command: unknown,
  options: { readonly expectedVersion?: number } = {}
): Effect.Effect<MediationOutcome, MediationCommandError, CaseStore> =>
  Effect.gen(function* () {
    const calendar = yield* CalendarService
    const expectedVersion = typeof options === "object" && options !== null ? (options as { expectedVersion?: unknown }).expectedVersion : undefined
    return yield* executeWorkflowCommand(mediationWorkflow, decodeMediationCommand, decodeMediationEvent, caseId, command, { calendar }, expectedVersion)
  })

/**
 * Loads a stored case: its state, version and events.
 *
 * @example
 * ```ts
 * import { loadMediationCase } from "@minzheng/mediation"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * Effect.runSync(loadMediationCase("none").pipe(Effect.provide(CaseStore.memory))).state.status //=> "new"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const loadMediationCase = (
  caseId: unknown
): Effect.Effect<{ readonly state: MediationState; readonly version: number; readonly events: ReadonlyArray<MediationEvent> }, InvalidInput, CaseStore> =>
  Effect.flatMap(decodeEffect(CaseIdSchema, caseId), (id) => loadCase(mediationWorkflow, id, decodeMediationEvent))

/**
 * The flags of a stored case as of `Today`: overdue, arbitration available, confirmation
 * window open, follow-up due.
 *
 * @example
 * ```ts
 * import { mediationCaseFlags } from "@minzheng/mediation"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * Effect.runSync(mediationCaseFlags("none").pipe(Effect.provide(CaseStore.memory))).overdue //=> false
 * ```
 * @category effect
 * @since 0.1.0
 */
export const mediationCaseFlags = (caseId: unknown): Effect.Effect<MediationCaseFlags, InvalidInput | CalendarYearNotCovered, CaseStore> =>
  Effect.gen(function* () {
    const { state } = yield* loadMediationCase(caseId)
    const today = yield* Today
    const calendar = yield* CalendarService
    const flags = mediationFlags(state, today, calendar)
    return Result.isSuccess(flags) ? flags.success : yield* Effect.fail(flags.failure)
  })

/**
 * Every open deadline of every mediation case in the store, soonest first (core's `listByDue`),
 * with the calendar from `CalendarService`; cases of other workflows in the same store are
 * skipped. A deadline in a year the calendar lacks is listed with `status: "uncomputable"` and a
 * note naming the year (provide a calendar with `calendarLayer(chinaCalendar.withProjection(2027))`
 * or an extended one to get its date), never dropped.
 *
 * @example
 * ```ts
 * import { listMediationDeadlines } from "@minzheng/mediation"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * Effect.runSync(listMediationDeadlines.pipe(Effect.provide(CaseStore.memory))) //=> []
 * ```
 * @category effect
 * @since 0.1.0
 */
export const listMediationDeadlines: Effect.Effect<ReadonlyArray<MediationDeadline>, never, CaseStore> = Effect.gen(function* () {
  const calendar = yield* CalendarService
  return (yield* listByDue((id, events) => storedMediationDeadlines(id, events, calendar))) as ReadonlyArray<MediationDeadline>
})
