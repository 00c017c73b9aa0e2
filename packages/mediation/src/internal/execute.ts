/**
 * Runs one command of any workflow against the case store: decode, load, decide, append.
 * Shared by the three workflows' Effect entry points (not public).
 */
import {
  type CalendarYearNotCovered,
  CaseStore,
  decodeEffect,
  type Decision,
  handle,
  type InvalidInput,
  isCoreError,
  loadCase,
  type StoredEvent,
  type TransitionRefused,
  VersionConflict,
  type Workflow
} from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import type { CommandOutcome } from "../effect/command-outcome.js"
import * as z from "zod/mini"
import { trimmedText } from "./schemas.js"

export const CaseIdSchema = trimmedText(128)

const ExpectedVersionSchema = z.optional(z.number().check(z.int(), z.minimum(0)))

export type CommandError = InvalidInput | TransitionRefused | VersionConflict | CalendarYearNotCovered

export type { CommandOutcome }

const decideSafely = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  state: S,
  command: C,
  context: Ctx
): Effect.Effect<Decision<S, E>, TransitionRefused | InvalidInput | CalendarYearNotCovered> =>
  Effect.suspend((): Effect.Effect<Decision<S, E>, TransitionRefused | InvalidInput | CalendarYearNotCovered> => {
    try {
      const r = (handle as (w: Workflow<S, C, E, Ctx>, s: S, c: C, ctx: Ctx) => ReturnType<typeof handle<S, C, E, Ctx>>)(workflow, state, command, context)
      return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
    } catch (e) {
      if (isCoreError(e) && (e._tag === "CalendarYearNotCovered" || e._tag === "InvalidInput")) return Effect.fail(e)
      return Effect.die(e)
    }
  })

export const executeWorkflowCommand = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  decodeCommand: (u: unknown) => Result.Result<C, InvalidInput>,
  decodeEvent: (u: unknown) => Result.Result<E, InvalidInput>,
  caseId: unknown,
  input: unknown,
  context: Ctx,
  expectedVersion: unknown
): Effect.Effect<CommandOutcome<S, E>, CommandError, CaseStore> =>
  Effect.gen(function* () {
    const id = yield* decodeEffect(CaseIdSchema, caseId)
    const expected = yield* decodeEffect(ExpectedVersionSchema, expectedVersion)
    const decodedCommand = decodeCommand(input)
    if (Result.isFailure(decodedCommand)) return yield* Effect.fail(decodedCommand.failure)
    const loaded = yield* loadCase(workflow, id, decodeEvent)
    if (expected !== undefined && expected !== loaded.version) {
      return yield* Effect.fail(new VersionConflict({ caseId: id, expected, actual: loaded.version }))
    }
    const decided = yield* decideSafely(workflow, loaded.state, decodedCommand.success, context)
    const store = yield* CaseStore
    // As in core's workflow functions: a store that cannot do its work is a defect here, carrying
    // core's typed CaseStoreFailure (find it with core's caseStoreFailureOf(cause)). No idempotency
    // key is passed, so IdempotencyKeyReused cannot happen.
    const stored = yield* Effect.catch(store.append(id, loaded.version, decided.events), (e) =>
      e._tag === "VersionConflict" ? Effect.fail(e) : Effect.die(e)
    )
    return { caseId: id, state: decided.state, events: stored as ReadonlyArray<StoredEvent<E>>, version: loaded.version + stored.length }
  })
