/**
 * Where a command reads from: a file path, or `-` for standard input. Everything here streams:
 * memory stays constant however long the input is.
 *
 * @module
 */
import { decodeTextBytes, type Issue, TextLineReader, type TextLineReaderOptions } from "@minzheng/core"
import { Effect, FileSystem, Result, Stdio, Stream } from "effect"
import { CliFailure } from "../cli-failure.js"
import { ioFailure } from "../internal/platform-error.js"

/**
 * One line of an input: its 1-based number and its text (without the line ending), its length in
 * bytes, and — for a line that could not be read (bytes in neither UTF-8 nor GB18030, longer than
 * the limit) — the `problem`, with `text` empty.
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
  /** Its length in bytes, ending excluded (when known). */
  readonly bytes?: number
  /** Why the line could not be read, when it could not. */
  readonly problem?: Issue
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
 * The lines of a source, numbered from 1, decoded as UTF-8 (with or without a byte-order mark) or
 * GB18030/GBK — what Excel writes on Chinese Windows — detected with core's `TextLineReader`
 * (`\r\n` and `\n` both end a line). A line in neither encoding, or longer than
 * `options.maxLineBytes` (default 1 MiB), comes with a `problem` and the lines after it are still
 * read. Streams in linear time: one line in memory at a time.
 *
 * @example
 * ```ts
 * import { readLines } from "@minzheng/cli"
 * const lines = readLines("households.ndjson") // Stream<Line, CliFailure, FileSystem | Stdio>
 * ```
 * @category input
 * @since 0.1.0
 */
export const readLines = (
  source: string,
  progress?: ReadProgress,
  options?: TextLineReaderOptions
): Stream.Stream<Line, CliFailure, FileSystem.FileSystem | Stdio.Stdio> =>
  Stream.suspend(() => {
    const reader = new TextLineReader(options)
    const toLine = (e: ReturnType<TextLineReader["push"]>[number]): Line =>
      e.kind === "line" ? { number: e.line, text: e.text, bytes: e.bytes } : { number: e.line, text: "", problem: e.issue }
    return Stream.concat(
      Stream.flatMap(readBytes(source, progress), (chunk) => Stream.fromIterable(reader.push(chunk).map(toLine))),
      Stream.suspend(() => Stream.fromIterable(reader.end().map(toLine)))
    )
  })

/**
 * Fails with exit code 4 — before anything is written — when `source` is not a readable file
 * (missing, a folder, no permission). `-` (standard input) always passes.
 *
 * @example
 * ```ts
 * import { checkReadable } from "@minzheng/cli"
 * const ok = checkReadable("households.csv") // Effect<void, CliFailure, FileSystem>
 * ```
 * @category input
 * @since 0.1.0
 */
export const checkReadable = (source: string): Effect.Effect<void, CliFailure, FileSystem.FileSystem> =>
  source === "-"
    ? Effect.void
    : Effect.gen(function* () {
        const fs = yield* FileSystem.FileSystem
        const info = yield* Effect.mapError(fs.stat(source), (e) => ioFailure("read", source, e))
        if (info.type === "Directory") return yield* Effect.fail(new CliFailure({ exitCode: 4, message: `cannot read ${source}: it is a directory` }))
        yield* Effect.mapError(fs.access(source, { readable: true }), (e) => ioFailure("read", source, e))
      })

/**
 * The whole text of a small source (a policy bundle, a duty set): read at once, decoded as UTF-8
 * or GB18030 (detected; a byte-order mark dropped). Bytes in neither fail with exit code 3 naming
 * each line.
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
    Stream.runFold(
      () => [] as Uint8Array[],
      (acc: Uint8Array[], chunk: Uint8Array) => {
        acc.push(chunk)
        return acc
      }
    ),
    Effect.flatMap((chunks) => {
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
      let at = 0
      for (const c of chunks) {
        bytes.set(c, at)
        at += c.length
      }
      const r = decodeTextBytes(bytes)
      if (Result.isSuccess(r)) return Effect.succeed(r.success.text)
      const where = r.failure.issues.map((i) => `line ${String(i.path[1] ?? "?")}: ${i.en}（${i.zh}）`).join("; ")
      return Effect.fail(new CliFailure({ exitCode: 3, message: `${source === "-" ? "stdin" : source}: ${where}`, cause: r.failure }))
    })
  )
