/**
 * The bridge between the `…Unsafe` and the plain forms (docs/conventions.md): run a computation
 * that throws typed errors, and get the ones the caller names as a `Result`'s failure.
 *
 * @module
 */
import * as Result from "effect/Result"
import { InvalidInput } from "./errors.js"
import { requireFunction } from "./internal/guard.js"

/**
 * Runs `f`; an error it throws that is an instance of one of `errors` becomes the `Result`'s
 * failure (the same instance), anything else — a defect — is thrown on. This is how every
 * package writes a rule once (throwing its typed errors) and offers it under both names: the plain
 * one wraps the `…Unsafe` one in `catchTyped`. Core's error classes recognise their instances
 * across the ES module and CommonJS copies of core.
 *
 * @throws {@link InvalidInput} when `f` is not a function or `errors` not a list of error classes
 * @example
 * ```ts
 * import { addWorkingDaysUnsafe, CalendarYearNotCovered, catchTyped, isoDateUnsafe } from "@minzheng/core"
 * catchTyped(() => addWorkingDaysUnsafe(isoDateUnsafe("2025-09-26"), 4), [CalendarYearNotCovered]).success //=> "2025-10-09"
 * const late = catchTyped(() => addWorkingDaysUnsafe(isoDateUnsafe("2026-12-30"), 5), [CalendarYearNotCovered])
 * late._tag === "Failure" && late.failure.year //=> 2027
 * ```
 * @category results
 * @since 0.1.0
 */
export const catchTyped = <A, C extends abstract new (...args: never) => unknown>(
  f: () => A,
  errors: ReadonlyArray<C>
): Result.Result<A, InstanceType<C>> => {
  requireFunction(f, "f")
  if (!Array.isArray(errors) || errors.some((e) => typeof e !== "function")) {
    throw new InvalidInput({ issues: [{ path: ["errors"], code: "invalid_errors", zh: "errors 应为错误类的列表", en: "errors must be a list of error classes" }] })
  }
  try {
    return Result.succeed(f())
  } catch (e) {
    for (const error of errors) if (e instanceof error) return Result.fail(e as InstanceType<C>)
    throw e
  }
}
