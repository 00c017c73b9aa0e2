/**
 * 批量认定 (batch run) as an Effect Stream: the same processor as {@link runBatch}, one chunk at a
 * time, rows flowing out as chunks flow in; the summary closes the stream only when the input ended
 * well.
 *
 * @module
 */
import { InvalidInput, issue } from "@minzheng/core"
import * as Stream from "effect/Stream"
import type { BatchRow } from "./batch-row.js"
import { BatchProcessor, type BatchOptions } from "./batch-processor.js"

/**
 * A stream of rows from a stream of NDJSON or CSV chunks (strings, or bytes in UTF-8 or GB18030):
 * one determination or error row per household, then the summary. Invalid options, or a chunk that
 * is neither a string nor bytes, fail the stream with `InvalidInput`; a CSV header that does not
 * match the columns is one `fatal` error row, and nothing else is decided. When the input stream fails, its error ends the stream and no summary is given.
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
    const step = (f: () => BatchRow[]): Stream.Stream<BatchRow, InvalidInput> => {
      let rows: BatchRow[]
      try {
        rows = f()
      } catch (e) {
        return Stream.fail(e instanceof InvalidInput ? e : new InvalidInput({ issues: [issue(["input"], "invalid_chunk", "输入块应为字符串或字节", "each chunk must be a string or bytes")] }))
      }
      return Stream.fromIterable(rows)
    }
    return Stream.concat(
      Stream.flatMap(input, (chunk: string | Uint8Array) => step(() => processor.push(chunk))),
      Stream.suspend(() => step(() => processor.finish()))
    )
  })
