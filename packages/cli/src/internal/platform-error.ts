/**
 * Turns a platform (file system, stdio) error into the CLI's one-line I/O failure.
 *
 * @internal
 * @module
 */
import type { PlatformError } from "effect/PlatformError"
import { CliFailure } from "../cli-failure.js"

const REASONS: Readonly<Record<string, string>> = {
  NotFound: "no such file or directory",
  PermissionDenied: "permission denied",
  AlreadyExists: "already exists",
  BadResource: "not a readable file",
  Busy: "the file is busy"
}

/** `cannot read x.csv: no such file or directory` (exit code 4). */
export const ioFailure = (verb: "read" | "write", target: string, error: PlatformError): CliFailure => {
  const reason = error.reason
  const why = reason._tag === "BadArgument" ? (reason.description ?? "bad argument") : (REASONS[reason._tag] ?? reason.description ?? reason._tag)
  return new CliFailure({ exitCode: 4, message: `cannot ${verb} ${target === "-" ? (verb === "read" ? "stdin" : "stdout") : target}: ${why}`, cause: error })
}
