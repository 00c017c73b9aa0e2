/**
 * Where a command reads from: a file path, or `-` for standard input. Everything here streams:
 * memory stays constant however long the input is.
 *
 * @module
 */
import { Effect, FileSystem, Stdio, Stream } from "effect"
import { CliFailure } from "../cli-failure.js"
import { ioFailure } from "../internal/platform-error.js"

/**
 * One line of an input: its 1-based number and its text (without the line ending).
 *
 * @example
 * ```ts
 * import type { Line } from "@minzheng/cli"
 * const line: Line = { number: 1, text: "household_id,region" }
 * ```
 * @category input
 * @since 0.1.0
 */
export interface Line {
  /** The line's number, from 1. */
  readonly number: number
  /** The line's text, without its ending. */
  readonly text: string
}

/**
 * Byte counts while a source is read, for the progress bar: `read` so far and the file's `total`
 * (`null` for standard input, whose length is unknown).
 *
 * @example
 * ```ts
 * import type { ReadProgress } from "@minzheng/cli"
 * const p: ReadProgress = { read: 512, total: 2048 }
 * ```
 * @category input
 * @since 0.1.0
 */
export interface ReadProgress {
  /** Bytes read so far. */
  read: number
  /** The file's size in bytes, `null` when unknown (stdin). */
  total: number | null
}

/**
 * The bytes of a source (`-` is standard input), in chunks; a missing or unreadable file fails
 * with a one-line {@link CliFailure} (exit code 4). Pass `progress` to have the byte counts kept
 * up to date as the chunks go by.
 *
 * @example
 * ```ts
 * import { readBytes } from "@minzheng/cli"
 * const bytes = readBytes("households.csv") // Stream<Uint8Array, CliFailure, FileSystem | Stdio>
 * ```
 * @category input
 * @since 0.1.0
 */
export const readBytes = (source: string, progress?: ReadProgress): Stream.Stream<Uint8Array, CliFailure, FileSystem.FileSystem | Stdio.Stdio> => {
  const raw: Stream.Stream<Uint8Array, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =
    source === "-"
      ? Stream.unwrap(Stdio.Stdio.useSync((stdio) => Stream.mapError(stdio.stdin, (e) => ioFailure("read", "-", e))))
      : Stream.unwrap(
          Effect.gen(function* () {
            const fs = yield* FileSystem.FileSystem
            const info = yield* Effect.mapError(fs.stat(source), (e) => ioFailure("read", source, e))
            if (info.type === "Directory") return yield* Effect.fail(new CliFailure({ exitCode: 4, message: `cannot read ${source}: it is a directory` }))
            if (progress !== undefined) progress.total = Number(info.size)
            return Stream.mapError(fs.stream(source, { chunkSize: 64 * 1024 }), (e) => ioFailure("read", source, e))
          })
        )
  return progress === undefined
    ? raw
    : Stream.tap(raw, (chunk) =>
        Effect.sync(() => {
          progress.read += chunk.length
        })
      )
}

/**
 * The lines of a source, numbered from 1, decoded as UTF-8 (a byte-order mark is dropped; `\r\n`
 * and `\n` both end a line). Streams: one line in memory at a time.
 *
 * @example
 * ```ts
 * import { readLines } from "@minzheng/cli"
 * const lines = readLines("households.ndjson") // Stream<Line, CliFailure, FileSystem | Stdio>
 * ```
 * @category input
 * @since 0.1.0
 */
export const readLines = (source: string, progress?: ReadProgress): Stream.Stream<Line, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =>
  readBytes(source, progress).pipe(
    Stream.decodeText,
    Stream.splitLines,
    Stream.zipWithIndex,
    Stream.map(([text, i]) => ({ number: i + 1, text: i === 0 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }))
  )

/**
 * The whole text of a small source (a policy bundle, a duty set): read at once.
 *
 * @example
 * ```ts
 * import { readText } from "@minzheng/cli"
 * const text = readText("bundle.json") // Effect<string, CliFailure, FileSystem | Stdio>
 * ```
 * @category input
 * @since 0.1.0
 */
export const readText = (source: string): Effect.Effect<string, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =>
  readBytes(source).pipe(
    Stream.decodeText,
    Stream.runFold(
      () => "",
      (acc: string, s: string) => acc + s
    ),
    Effect.map((t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t))
  )
