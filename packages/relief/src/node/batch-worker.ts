/**
 * The worker thread of {@link runBatchParallel}: decides the households the reading thread hands
 * it, a batch at a time, each region's policy resolved once for the life of the worker, and sends
 * back error rows and determination digests in the order received.
 *
 * @internal
 * @module
 */
import { parentPort, workerData } from "node:worker_threads"
import type { BatchOptions } from "../batch/batch-processor.js"
import type { ErrorRow } from "../batch/batch-row.js"
import { type BatchTask, Decider, type DeterminationDigest, digestRow } from "../batch/decider.js"

/** @internal */
export interface WorkerInit {
  readonly options: BatchOptions
  readonly json: boolean
}
/** @internal */
export interface WorkerRequest {
  readonly seq: number
  readonly items: ReadonlyArray<BatchTask | ErrorRow>
}
/** @internal */
export type WorkerReply =
  | { readonly seq: number; readonly rows: ReadonlyArray<ErrorRow | DeterminationDigest> }
  | { readonly seq: number; readonly error: { readonly name: string; readonly message: string; readonly stack: string | undefined } }

const port = parentPort
if (port !== null) {
  const init = workerData as WorkerInit
  const decider = new Decider(init.options)
  port.on("message", (req: WorkerRequest) => {
    let reply: WorkerReply
    try {
      const rows: Array<ErrorRow | DeterminationDigest> = []
      for (const item of req.items) {
        if (item.kind === "error") {
          rows.push(item)
          continue
        }
        const row = decider.task(item)
        rows.push(row.kind === "error" ? row : digestRow(row, init.json))
      }
      reply = { seq: req.seq, rows }
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e))
      reply = { seq: req.seq, error: { name: err.name, message: err.message, stack: err.stack } }
    }
    port.postMessage(reply)
  })
}
