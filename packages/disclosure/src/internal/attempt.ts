/**
 * The bridge between the throwing internals and the public forms: the package's rules are written
 * once, throwing only typed errors (`InvalidInput`, `CalendarYearNotCovered`); the plain name
 * returns them as a `Result` ({@link attemptResult}), the `…Unsafe` twin lets them through, and
 * the `…Effect` form fails with them ({@link attempt}). Anything else (a bug) is never caught.
 */
import type { CalendarYearNotCovered, InvalidInput } from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"

/** The typed errors the rules throw. Checked by tag, so it holds across the ESM and CJS copies of core. */
export type TypedError = InvalidInput | CalendarYearNotCovered

const isTyped = (e: unknown): e is TypedError => {
  const tag = (e as { _tag?: unknown } | null)?._tag
  return typeof e === "object" && e !== null && (tag === "InvalidInput" || tag === "CalendarYearNotCovered")
}

/** Runs a throwing rule: its typed error becomes the `Result`'s failure (the same instance). */
export const attemptResult = <A, E extends TypedError = TypedError>(f: () => A): Result.Result<A, E> => {
  try {
    return Result.succeed(f())
  } catch (e) {
    if (isTyped(e)) return Result.fail(e as E)
    throw e
  }
}

/** Runs a throwing rule as an Effect: its typed errors become failures; anything else stays a defect. */
export const attempt = <A, E extends TypedError = TypedError>(f: () => A): Effect.Effect<A, E> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(f())
    } catch (e) {
      if (isTyped(e)) return Effect.fail(e as E)
      return Effect.die(e)
    }
  })
