/**
 * 批量认定 (batch run) as a plain async iterable: NDJSON or CSV in (strings, or bytes in UTF-8 or
 * GB18030, in chunks of any size), rows out, constant memory.
 *
 * @module
 */
import { InvalidInput, issue } from "@minzheng/core"
import type { BatchRow } from "./batch-row.js"
import { BatchProcessor, type BatchOptions } from "./batch-processor.js"

/**
 * Runs a batch: each household in the input gives a determination row (or an error row, and the
 * run goes on), then one summary row. Chunks may split lines anywhere; nothing but the current
 * record and the running summary is kept. A bad line — not JSON, bytes in neither UTF-8 nor
 * GB18030, longer than `maxLineBytes`, a CSV quote left open — is one error row naming its line.
 *
 * A CSV header that names an unknown column (with the nearest known name), a column twice, or lacks
 * a required one is one `fatal` error row before any household is decided; nothing else is decided.
 *
 * @throws `InvalidInput` at once for invalid options or input; while iterating, for a chunk that is
 * neither a string nor bytes
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
      for await (const chunk of input as AsyncIterable<unknown>) {
        if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) {
          throw new InvalidInput({ issues: [issue(["input"], "invalid_chunk", "输入块应为字符串或字节", "each chunk must be a string or bytes")] })
        }
        yield* processor.push(chunk)
      }
      yield* processor.finish()
    }
  }
}
