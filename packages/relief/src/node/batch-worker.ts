/**
 * The worker thread of {@link runBatchParallel}: decides the households the reading thread hands
 * it, a batch at a time, each region's policy resolved once for the life of the worker, and sends
 * back error rows and determination digests in the order received — both ways packed (see
 * `wire.ts`), so that copying between threads costs next to nothing.
 *
 * @internal
 * @module
 */
import { parentPort, workerData } from "node:worker_threads"
import type { BatchOptions } from "../batch/batch-processor.js"
import type { ErrorRow } from "../batch/batch-row.js"
import { Decider, type DeterminationDigest, digestRow } from "../batch/decider.js"
import { packRows, unpackTasks, type WorkerReply, type WorkerRequest } from "./wire.js"

/** What a worker says once its modules are loaded: it can take a batch at once. @internal */
export interface WorkerReady {
  readonly ready: true
}

/** @internal */
export interface WorkerInit {
  readonly options: BatchOptions
  readonly json: boolean
}

const port = parentPort
if (port !== null) {
  const init = workerData as WorkerInit
  const decider = new Decider(init.options)
  port.on("message", (req: WorkerRequest) => {
    let reply: WorkerReply
    let transfer: ArrayBuffer[] = []
    try {
      const tasks = unpackTasks(req)
      const rows: Array<ErrorRow | DeterminationDigest> = new Array<ErrorRow | DeterminationDigest>(tasks.length)
      for (let i = 0; i < tasks.length; i++) {
        const row = decider.task(tasks[i]!)
        rows[i] = row.kind === "error" ? row : digestRow(row, init.json)
      }
      ;({ reply, transfer } = packRows(req.seq, rows))
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e))
      reply = { seq: req.seq, error: { name: err.name, message: err.message, stack: err.stack } }
    }
    port.postMessage(reply, transfer)
  })
  const ready: WorkerReady = { ready: true }
  port.postMessage(ready)
}
