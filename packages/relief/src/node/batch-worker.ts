/**
 * The worker thread of {@link runBatchParallel}: decides the households the reading thread hands
 * it, a batch at a time — or reads and decides a range of the input file itself — each region's
 * policy resolved once for the life of the worker, and sends back error rows and determination
 * digests in order, packed (see `wire.ts`), so that copying between threads costs next to nothing.
 *
 * @internal
 * @module
 */
import { closeSync, openSync } from "node:fs"
import { parentPort, workerData } from "node:worker_threads"
import type { BatchOptions } from "../batch/batch-processor.js"
import { Decider, digestRow } from "../batch/decider.js"
import { RangeFile } from "./file-ranges.js"
import { decideRange } from "./range-rows.js"
import { type RangeRequest, RowPacker, unpackTasks, type WorkerReply, type WorkerRequest } from "./wire.js"

/** What a worker says once its modules are loaded: it can take a batch at once. @internal */
export interface WorkerReady {
  readonly ready: true
}

/** @internal */
export interface WorkerInit {
  readonly options: BatchOptions
  readonly json: boolean
  /** An NDJSON file read in ranges (see `file-ranges.ts`): its path, its size when the run began, the range size. */
  readonly file?: { readonly path: string; readonly size: number; readonly rangeBytes: number }
}

const port = parentPort
if (port !== null) {
  const init = workerData as WorkerInit
  const decider = new Decider(init.options)
  const forced = init.options.encoding === undefined || init.options.encoding === "auto" ? null : init.options.encoding
  port.on("message", (req: WorkerRequest) => {
    let reply: WorkerReply
    let transfer: ArrayBuffer[] = []
    try {
      if ("range" in req) {
        const r = req as RangeRequest
        const f = init.file as NonNullable<WorkerInit["file"]>
        // opened for each range (a few µs): a terminated worker leaves no descriptor open
        const fd = openSync(f.path, "r")
        try {
          ;({ reply, transfer } = decideRange(new RangeFile(fd, f.size, f.rangeBytes, init.options.maxLineBytes, forced), r.range, r.encoding, decider, init.json, r.seq))
        } finally {
          closeSync(fd)
        }
      } else {
        // each row packed as it is made (see wire.ts)
        const packer = new RowPacker()
        for (const task of unpackTasks(req)) {
          const row = decider.task(task)
          packer.add(row.kind === "error" ? row : digestRow(row, init.json))
        }
        ;({ reply, transfer } = packer.done(req.seq))
      }
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e))
      reply = { seq: req.seq, error: { name: err.name, message: err.message, stack: err.stack } }
    }
    port.postMessage(reply, transfer)
  })
  const ready: WorkerReady = { ready: true }
  port.postMessage(ready)
}
