/**
 * Where a command writes: a file, or standard output; and the one-line messages on standard error.
 *
 * @module
 */
import { Effect, FileSystem, Sink, Stdio, Stream } from "effect"
import { CliFailure } from "../cli-failure.js"
import { ioFailure } from "../internal/platform-error.js"

/**
 * Writes a stream of text chunks to `target` (a file path), or to standard output when `target`
 * is `undefined` or `-`. Streams: nothing is held in memory. A file that cannot be written fails
 * with exit code 4.
 *
 * @example
 * ```ts
 * import { writeOutput } from "@minzheng/cli"
 * import { Stream } from "effect"
 * const done = writeOutput("out.ndjson", Stream.make('{"a":1}\n'))
 * ```
 * @category output
 * @since 0.1.0
 */
export const writeOutput = <E, R>(
  target: string | undefined,
  chunks: Stream.Stream<string, E, R>
): Effect.Effect<void, E | CliFailure, R | FileSystem.FileSystem | Stdio.Stdio> =>
  Effect.gen(function* () {
    if (target === undefined || target === "-") {
      const stdio = yield* Stdio.Stdio
      return yield* Stream.run(chunks, Sink.mapError(stdio.stdout(), (e) => ioFailure("write", "-", e)))
    }
    const fs = yield* FileSystem.FileSystem
    const sink = Sink.mapError(fs.sink(target), (e) => ioFailure("write", target, e))
    return yield* Stream.run(Stream.encodeText(chunks), sink)
  })

/**
 * Writes a whole text to a file (failing with exit code 4 when it cannot), creating the folder.
 *
 * @example
 * ```ts
 * import { writeFileText } from "@minzheng/cli"
 * const done = writeFileText("out/calendar.ics", "BEGIN:VCALENDAR\r\n…")
 * ```
 * @category output
 * @since 0.1.0
 */
export const writeFileText = (path: string, text: string): Effect.Effect<void, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =>
  path === "-"
    ? writeOutput(undefined, Stream.make(text))
    : Effect.gen(function* () {
        const fs = yield* FileSystem.FileSystem
        const slash = path.lastIndexOf("/")
        if (slash > 0) yield* Effect.mapError(fs.makeDirectory(path.slice(0, slash), { recursive: true }), (e) => ioFailure("write", path, e))
        yield* Effect.mapError(fs.writeFileString(path, text), (e) => ioFailure("write", path, e))
      })

/**
 * Prints one line on standard error (errors, warnings, the summary of a machine-readable run).
 * Never fails: a closed stderr is ignored.
 *
 * @example
 * ```ts
 * import { printError } from "@minzheng/cli"
 * const done = printError("line 4, household h2, field members[0].birthDate: not a valid date")
 * ```
 * @category output
 * @since 0.1.0
 */
export const printError = (line: string): Effect.Effect<void, never, Stdio.Stdio> =>
  Stdio.Stdio.use((stdio) => Effect.ignore(Stream.run(Stream.make(`${line}\n`), stdio.stderr())))

/**
 * Prints text on standard output as is (the caller ends its lines).
 *
 * @example
 * ```ts
 * import { printOut } from "@minzheng/cli"
 * const done = printOut("ok\n")
 * ```
 * @category output
 * @since 0.1.0
 */
export const printOut = (text: string): Effect.Effect<void, CliFailure, Stdio.Stdio> =>
  Stdio.Stdio.use((stdio) => Stream.run(Stream.make(text), Sink.mapError(stdio.stdout(), (e) => ioFailure("write", "-", e))))
