/**
 * The one error a command handler fails with: an exit code and a one-line message.
 *
 * @module
 */
import { Data } from "effect"
import type { ExitCode } from "./exit-code.js"

/**
 * A command failed: `exitCode` is what the process exits with, `message` the one line printed on
 * stderr (English, with the Chinese text where the package gave one). `reported` is set when the
 * lines were already printed (records that failed one by one), so only the exit code is left.
 * `cause` keeps the original error for `--debug`.
 *
 * @example
 * ```ts
 * import { CliFailure } from "@minzheng/cli"
 * new CliFailure({ exitCode: 4, message: "cannot read households.csv: no such file" }).exitCode //=> 4
 * ```
 * @category errors
 * @since 0.1.0
 */
export class CliFailure extends Data.TaggedError("CliFailure")<{
  /** The exit code of the process. */
  readonly exitCode: ExitCode
  /** The one-line message for stderr (empty when there is nothing more to say). */
  readonly message: string
  /** Set when the lines were already printed. */
  readonly reported?: boolean
  /** The original error, shown with `--debug`. */
  readonly cause?: unknown
}> {}
