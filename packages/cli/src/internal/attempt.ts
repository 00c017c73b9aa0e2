/**
 * Calls into the packages from a command: a function that throws its typed error (the older
 * style) or returns a `Result` (the newer one) becomes an Effect failing with the CLI's one-line
 * failure — a year the calendar lacks names the year and both fixes (exit 3), any other typed
 * error is described on one line with `exitCode`.
 *
 * @internal
 * @module
 */
import { Effect, Result } from "effect"
import { CliFailure } from "../cli-failure.js"
import type { ExitCode } from "../exit-code.js"
import { calendarFailure } from "./calendar-option.js"
import { describeError } from "./describe.js"

/** The CLI failure for an error of the packages: the calendar's own line, else `label: description`. */
export const packageFailure = (e: unknown, label: string, exitCode: ExitCode = 3): CliFailure =>
  e instanceof CliFailure ? e : (calendarFailure(e) ?? new CliFailure({ exitCode, message: `${label}: ${describeError(e)}`, cause: e }))

/** Runs `f`; a throw or a failed `Result` becomes {@link packageFailure}. */
export const attempt = <A>(label: string, f: () => A | Result.Result<A, unknown>, exitCode: ExitCode = 3): Effect.Effect<A, CliFailure> =>
  Effect.suspend(() => {
    try {
      const v = f()
      if (Result.isResult(v)) return Result.isSuccess(v) ? Effect.succeed(v.success as A) : Effect.fail(packageFailure(v.failure, label, exitCode))
      return Effect.succeed(v as A)
    } catch (e) {
      return Effect.fail(packageFailure(e, label, exitCode))
    }
  })
