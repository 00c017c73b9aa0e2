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

/** What the operating system's error code means, for the codes a user can act on. */
const CODES: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOENT: "no such file or directory",
  EIO: "input/output error",
  EFBIG: "file too large"
}

const osCode = (u: unknown): string | undefined => {
  for (let e = u, depth = 0; typeof e === "object" && e !== null && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === "string" && code in CODES) return code
  }
  return undefined
}

/** `cannot read x.csv: no such file or directory`, `cannot write out.csv: no space left on device (ENOSPC)` (exit code 4). */
export const ioFailure = (verb: "read" | "write", target: string, error: PlatformError): CliFailure => {
  const reason = error.reason
  const code = osCode(reason) ?? osCode(error)
  const why =
    reason._tag === "BadArgument"
      ? (reason.description ?? "bad argument")
      : (REASONS[reason._tag] ?? (code !== undefined ? `${CODES[code]} (${code})` : (reason.description ?? reason._tag)))
  return new CliFailure({ exitCode: 4, message: `cannot ${verb} ${target === "-" ? (verb === "read" ? "stdin" : "stdout") : target}: ${why}`, cause: error })
}
