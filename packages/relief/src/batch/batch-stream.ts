/**
 * 批量认定 (batch run) as an Effect Stream: the same processor as {@link runBatch}, driven by
 * `Stream.mapAccum` so rows flow out as chunks flow in and the summary closes the stream.
 *
 * @module
 */
import { InvalidInput, issue } from "@minzheng/core"
import { Stream } from "effect"
import type { BatchRow } from "./batch-row.js"
import { BatchProcessor, type BatchOptions, LineSplitter } from "./batch-processor.js"

/**
 * A stream of rows from a stream of NDJSON or CSV chunks (strings or bytes): one determination or
 * error row per household, then the summary. Invalid options fail the stream with `InvalidInput`.
 *
 * @example
 * ```ts
 * import { batchStream, LICANG_BUNDLE } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Effect, Stream } from "effect"
 * const line = JSON.stringify({ id: "h1", residence: { region: "370213", area: "urban" }, members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }], assets: { financial: "0", residentialUnits: 1 } })
 * const rows = Effect.runSync(Stream.runCollect(batchStream(Stream.make(line), { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson" })))
 * rows.map((r) => r.kind) //=> ["determination", "summary"]
 * ```
 * @category batch
 * @since 0.1.0
 */
export const batchStream = <E, R>(input: Stream.Stream<string | Uint8Array, E, R>, options: BatchOptions): Stream.Stream<BatchRow, E | InvalidInput, R> =>
  Stream.suspend((): Stream.Stream<BatchRow, E | InvalidInput, R> => {
    if (!Stream.isStream(input)) {
      return Stream.fail(new InvalidInput({ issues: [issue(["input"], "invalid_input", "输入应为文本块的 Effect Stream", "input must be an Effect Stream of text chunks")] }))
    }
    let processor: BatchProcessor
    try {
      processor = new BatchProcessor(options)
    } catch (e) {
      return Stream.fail(e as InvalidInput)
    }
    const lines = new LineSplitter()
    return input.pipe(
      Stream.mapAccum(
        () => 0,
        (n: number, chunk: string | Uint8Array) => [n, lines.push(chunk).flatMap((l) => processor.push(l))] as const,
        { onHalt: () => [...lines.end().flatMap((l) => processor.push(l)), ...processor.finish()] }
      )
    )
  })
