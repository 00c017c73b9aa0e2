/**
 * 批量认定 (batch run) as a plain async iterable: NDJSON or CSV text in (strings or bytes, in
 * chunks of any size), rows out, constant memory.
 *
 * @module
 */
import { InvalidInput, issue } from "@minzheng/core"
import type { BatchRow } from "./batch-row.js"
import { BatchProcessor, type BatchOptions, LineSplitter } from "./batch-processor.js"

/**
 * Runs a batch: each household in the input gives a determination row (or an error row, and the
 * run goes on), then one summary row. Chunks may split lines anywhere; nothing but the current
 * record and the running summary is kept.
 *
 * @throws `InvalidInput` at once for invalid options or input
 * @example
 * ```ts
 * import { runBatch, LICANG_BUNDLE } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const line = JSON.stringify({ id: "h1", residence: { region: "370213", area: "urban" }, members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }], assets: { financial: "0", residentialUnits: 1 } })
 * const rows = []
 * for await (const row of runBatch([line, "\n", "not json\n"], { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson" })) rows.push(row.kind)
 * rows //=> ["determination", "error", "summary"]
 * ```
 * @see {@link batchStream} for the Effect Stream version
 * @category batch
 * @since 0.1.0
 */
export const runBatch = (input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options: BatchOptions): AsyncIterable<BatchRow> => {
  const processor = new BatchProcessor(options)
  if (typeof input !== "object" || input === null || (!(Symbol.asyncIterator in input) && !(Symbol.iterator in input)) || typeof input === "string") {
    throw new InvalidInput({ issues: [issue(["input"], "invalid_input", "输入应为文本块的（异步）可迭代对象", "input must be an (async) iterable of text chunks")] })
  }
  return {
    async *[Symbol.asyncIterator]() {
      const lines = new LineSplitter()
      for await (const chunk of input as AsyncIterable<unknown>) {
        if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) {
          throw new InvalidInput({ issues: [issue(["input"], "invalid_chunk", "输入块应为字符串或字节", "each chunk must be a string or bytes")] })
        }
        for (const line of lines.push(chunk)) yield* processor.push(line)
      }
      for (const line of lines.end()) yield* processor.push(line)
      yield* processor.finish()
    }
  }
}
