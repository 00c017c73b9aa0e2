/**
 * The bridge between the throwing internals and the public forms: the package's rules are written
 * once, throwing only typed errors (`InvalidInput`, `CalendarYearNotCovered`); the plain name
 * returns them as a `Result` ({@link attemptResult}), the `…Unsafe` twin lets them through, and
 * the `…Effect` form fails with them ({@link attempt}). Anything else (a bug) is never caught.
 */
import { CalendarYearNotCovered, catchTyped, InvalidInput } from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"

/** The typed errors the rules throw (core's classes recognise them across its ESM and CJS copies). */
export type TypedError = InvalidInput | CalendarYearNotCovered

const TYPED = [InvalidInput, CalendarYearNotCovered] as const

/** Runs a throwing rule: its typed error becomes the `Result`'s failure (the same instance; core's bridge). */
export const attemptResult = <A, E extends TypedError = TypedError>(f: () => A): Result.Result<A, E> =>
  catchTyped(f, TYPED) as Result.Result<A, E>

/** Runs a throwing rule as an Effect: its typed errors become failures; anything else stays a defect. */
export const attempt = <A, E extends TypedError = TypedError>(f: () => A): Effect.Effect<A, E> =>
  Effect.suspend(() => Effect.fromResult(attemptResult<A, E>(f)))
