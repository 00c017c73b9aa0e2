/**
 * Turns a throwing computation into a `Result` for the errors a caller must handle, rethrowing
 * everything else (defects): the bridge between the `…Unsafe` and the plain forms.
 *
 * @internal
 * @module
 */
import * as Result from "effect/Result"
import { CalendarYearNotCovered } from "../errors.js"

/** Runs a throwing calendar query, returning a calendar gap as a failure and rethrowing defects. */
export const attemptCalendar = <A>(f: () => A): Result.Result<A, CalendarYearNotCovered> => {
  try {
    return Result.succeed(f())
  } catch (e) {
    if (e instanceof CalendarYearNotCovered) return Result.fail(e)
    throw e
  }
}
