/**
 * 批量认定 over worker threads: the reading thread cuts the input into households (NDJSON lines;
 * CSV rows grouped by household id, as {@link runBatch} does), worker threads decide them a batch
 * at a time, and the rows come out in input order, with the same summary as one thread.
 *
 * @module
 */
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import { availableParallelism } from "node:os"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Worker } from "node:worker_threads"
import { InvalidInput, type Issue, issue } from "@minzheng/core"
import * as Data from "effect/Data"
import { type BatchOptions, BatchProcessor, checkOptions } from "../batch/batch-processor.js"
import type { ErrorRow, SummaryRow } from "../batch/batch-row.js"
import { type BatchTask, Decider, type DeterminationDigest, digestRow } from "../batch/decider.js"
import { runBatch } from "../batch/run-batch.js"
import type { WorkerInit, WorkerReady } from "./batch-worker.js"
import { packTasks, unpackRows, type WorkerReply } from "./wire.js"

/**
 * Options of {@link runBatchParallel}: those of a one-thread run, and how to spread it.
 *
 * @example
 * ```ts
 * import type { ParallelBatchOptions } from "@minzheng/relief/node"
 * import { LICANG_BUNDLE } from "@minzheng/relief"
 * const options: ParallelBatchOptions = { bundle: LICANG_BUNDLE, asOf: "2025-03-15" as any, format: "ndjson", workers: 2, json: true }
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface ParallelBatchOptions extends BatchOptions {
  /**
   * Threads that decide households (default: {@link defaultWorkers}, the available cores), this
   * one included: `workers: N` starts N − 1 worker threads and this thread decides a batch itself
   * whenever they are all busy (or still starting); `1` decides everything in this thread.
   */
  readonly workers?: number
  /** Give each determination as JSON text too (`json` of the digest; default `false`). */
  readonly json?: boolean
  /**
   * Households handed to a worker at a time (default 256). At most two batches per worker are in
   * flight and at most four per thread are held for ordering; an input of no more than one batch
   * is decided in this thread (starting a worker would cost more).
   */
  readonly batchSize?: number
  /**
   * The worker script, for a bundler that moves this module away from it (default:
   * `batch-worker.js`, or `.cjs`, beside this module, as built in `dist/`). A bundle that inlines
   * `@minzheng/relief/node` must also emit `src/node/batch-worker.ts` as an entry beside itself.
   */
  readonly workerScript?: string | URL
}

/**
 * A row of a parallel run: a determination's digest (the figures a report needs and, with
 * `json: true`, the determination as JSON text), an error row, or the summary — in input order.
 *
 * @example
 * ```ts
 * import type { ParallelBatchRow } from "@minzheng/relief/node"
 * const text = (r: ParallelBatchRow) => (r.kind === "determination" ? r.householdId : r.kind)
 * ```
 * @category batch
 * @since 0.1.0
 */
export type ParallelBatchRow = DeterminationDigest | ErrorRow | SummaryRow

/**
 * A worker thread failed (it could not start, crashed, or a household raised an unexpected
 * error): the run stops with this error, never hangs; the other workers are ended.
 *
 * @example
 * ```ts
 * import { BatchWorkerFailed } from "@minzheng/relief/node"
 * const e = new BatchWorkerFailed({ worker: 1, message: "batch worker 1 failed: out of memory", messageZh: "批量认定工作线程 1 出错：out of memory" })
 * e._tag //=> "BatchWorkerFailed"
 * ```
 * @category batch
 * @since 0.1.0
 */
export class BatchWorkerFailed extends Data.TaggedError("BatchWorkerFailed")<{
  readonly worker: number
  readonly message: string
  readonly messageZh: string
  readonly cause?: unknown
}> {}

/**
 * The default number of workers: the cores this process may use (`os.availableParallelism()`).
 *
 * @example
 * ```ts
 * import { defaultWorkers } from "@minzheng/relief/node"
 * defaultWorkers() >= 1 //=> true
 * ```
 * @category batch
 * @since 0.1.0
 */
export const defaultWorkers = (): number => availableParallelism()

const positiveInt = (v: unknown): boolean => v === undefined || (typeof v === "number" && Number.isSafeInteger(v) && v > 0)

const checkParallelOptions = (o: unknown): ParallelBatchOptions => {
  const issues: Issue[] = []
  let base: BatchOptions | null = null
  try {
    base = checkOptions(o)
  } catch (e) {
    if (!(e instanceof InvalidInput)) throw e
    issues.push(...e.issues)
  }
  const opts = (typeof o === "object" && o !== null ? o : {}) as Record<string, unknown>
  if (!positiveInt(opts.workers)) issues.push(issue(["options", "workers"], "invalid_limit", "workers 应为正整数", "workers must be a positive whole number"))
  if (!positiveInt(opts.batchSize)) issues.push(issue(["options", "batchSize"], "invalid_limit", "batchSize 应为正整数", "batchSize must be a positive whole number"))
  if (opts.workerScript !== undefined && typeof opts.workerScript !== "string" && !(opts.workerScript instanceof URL)) {
    issues.push(issue(["options", "workerScript"], "invalid_type", "workerScript 应为路径或 URL", "workerScript must be a path or a URL"))
  }
  if (opts.json !== undefined && typeof opts.json !== "boolean") issues.push(issue(["options", "json"], "invalid_type", "json 应为布尔值", "json must be a boolean"))
  if (issues.length > 0 || base === null) throw new InvalidInput({ issues })
  return o as ParallelBatchOptions
}

const badInput = (): InvalidInput =>
  new InvalidInput({ issues: [issue(["input"], "invalid_input", "输入应为文本块的（异步）可迭代对象", "input must be an (async) iterable of text chunks")] })
const badChunk = (): InvalidInput => new InvalidInput({ issues: [issue(["input"], "invalid_chunk", "输入块应为字符串或字节", "each chunk must be a string or bytes")] })

// Where this module runs from: dist/*.js (ESM), dist/*.cjs (CommonJS) or src/node/*.ts (sources,
// under tsx or vitest). The worker script sits beside it under the same extension.
const here = (): string => (typeof __filename === "string" ? pathToFileURL(__filename).href : import.meta.url)

const workerScript = (given: string | URL | undefined): { readonly url: URL; readonly execArgv: ReadonlyArray<string> | undefined } => {
  if (given !== undefined) return { url: typeof given === "string" ? pathToFileURL(given) : given, execArgv: undefined }
  const self = here()
  const ext = self.endsWith(".ts") ? "ts" : self.endsWith(".cjs") ? "cjs" : "js"
  const url = new URL(`./batch-worker.${ext}`, self)
  if (ext !== "ts") return { url, execArgv: undefined }
  // From sources (tests, benches): the worker runs the TypeScript through tsx's loader, with the
  // workspace's source condition, whatever the parent runs under (tsx, or vitest's own transform).
  const loader = pathToFileURL(createRequire(self).resolve("tsx")).href
  return { url, execArgv: ["--import", loader, "--conditions=@minzheng/source"] }
}

// The place of a household in a batch held for ordering (its text has gone to a worker).
const SENT: BatchTask = Object.freeze({ kind: "task", line: 0, text: "" })

interface Pending {
  readonly resolve: (rows: ReadonlyArray<ErrorRow | DeterminationDigest>) => void
  readonly reject: (e: BatchWorkerFailed) => void
  readonly worker: number
}

// The worker threads, each with its batches in flight; a failure fails every batch in flight and
// every batch after it.
class Pool {
  private readonly workers: Worker[] = []
  private readonly inflight: number[] = []
  // set when the worker has loaded its modules and can take a batch at once
  private readonly ready: boolean[] = []
  private readonly pending = new Map<number, Pending>()
  private failure: BatchWorkerFailed | null = null
  private closing = false

  constructor(size: number, init: WorkerInit, script: { readonly url: URL; readonly execArgv: ReadonlyArray<string> | undefined }) {
    const { url, execArgv } = script
    for (let i = 0; i < size; i++) {
      const n = i + 1
      let w: Worker
      try {
        w = new Worker(url, { workerData: init, ...(execArgv === undefined ? {} : { execArgv: [...execArgv] }) })
      } catch (e) {
        // e.g. a bundle that cannot be copied to a thread (a function or class instance in it)
        this.fail(n, `could not start (${e instanceof Error ? e.message : String(e)})`, e)
        break
      }
      w.on("message", (reply: WorkerReply | WorkerReady) => {
        if ("ready" in reply) {
          this.ready[i] = true
          return
        }
        const p = this.pending.get(reply.seq)
        if (p === undefined) return
        this.pending.delete(reply.seq)
        this.inflight[i]!--
        if ("error" in reply) {
          this.fail(n, reply.error.message, reply.error)
          p.reject(this.failure as BatchWorkerFailed)
        } else p.resolve(unpackRows(reply))
      })
      w.on("error", (e) => this.fail(n, e instanceof Error ? e.message : String(e), e))
      w.on("messageerror", (e) => this.fail(n, e.message, e))
      w.on("exit", (code) => {
        if (!this.closing) this.fail(n, `exited with code ${code}`, undefined)
      })
      this.workers.push(w)
      this.inflight.push(0)
      this.ready.push(false)
    }
  }

  private fail(worker: number, message: string, cause: unknown): void {
    if (this.failure === null) {
      this.failure = new BatchWorkerFailed({
        worker,
        message: `batch worker ${worker} failed: ${message}`,
        messageZh: `批量认定工作线程 ${worker} 出错：${message}`,
        ...(cause === undefined ? {} : { cause })
      })
    }
    const failure = this.failure
    for (const [seq, p] of this.pending) {
      this.pending.delete(seq)
      p.reject(failure)
    }
  }

  /**
   * Hands a batch to the least busy worker that has started and has fewer than two batches in
   * flight; `null` when none can take it — all busy, or still starting (loading a worker's modules
   * takes ≈ 0.25 s from dist/, 1–1.5 s from sources under tsx) — and the caller decides that batch
   * itself: the reading thread works as one more decider, and a worker's start-up costs no time.
   */
  submit(seq: number, items: ReadonlyArray<BatchTask>): Promise<ReadonlyArray<ErrorRow | DeterminationDigest>> | null {
    if (this.failure !== null) return Promise.reject(this.failure)
    let best = -1
    for (let i = 0; i < this.inflight.length; i++) {
      const n = this.inflight[i] as number
      if (this.ready[i] === true && n < 2 && (best < 0 || n < (this.inflight[best] as number))) best = i
    }
    if (best < 0) return null
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: best + 1 })
      this.inflight[best]!++
      const { request, transfer } = packTasks(seq, items)
      this.workers[best]!.postMessage(request, transfer)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

/**
 * Runs a batch over worker threads: the same households, rows and summary as {@link runBatch}, in
 * input order, each determination given as its digest (with `json: true`, its JSON text is
 * `JSON.stringify(row.result)` of the one-thread run, byte for byte). `workers: N` decides on N
 * threads: this one, which reads the input and decides a batch itself whenever the N − 1 worker
 * threads are busy or still starting, and the workers. At most two batches per worker are in flight
 * and the reader waits for the oldest before reading on, so memory does not grow with the input;
 * each thread resolves each region's policy once. `workers: 1` runs {@link runBatch} in this thread. A worker that fails stops the run with
 * {@link BatchWorkerFailed} (the other workers are ended); stopping early ends them too.
 *
 * @throws `InvalidInput` at once for invalid options or input; while iterating, for a chunk that is
 * neither a string nor bytes, or `BatchWorkerFailed`
 * @example
 * ```ts
 * import { LICANG_BUNDLE } from "@minzheng/relief"
 * import { runBatchParallel } from "@minzheng/relief/node"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const line = JSON.stringify({ id: "h1", residence: { region: "370213", area: "urban" }, members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }], assets: { financial: "0", residentialUnits: 1 } })
 * const rows = []
 * for await (const row of runBatchParallel([line, "\n", "not json\n"], { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson", workers: 2 })) rows.push(row.kind)
 * rows //=> ["determination", "error", "summary"]
 * ```
 * @category batch
 * @since 0.1.0
 */
export const runBatchParallel = (input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options: ParallelBatchOptions): AsyncIterable<ParallelBatchRow> => {
  const o = checkParallelOptions(options)
  if (typeof input !== "object" || input === null || (!(Symbol.asyncIterator in input) && !(Symbol.iterator in input)) || typeof input === "string") throw badInput()
  const workers = o.workers ?? defaultWorkers()
  const json = o.json === true
  if (workers === 1) {
    const rows = runBatch(input, o)
    return {
      async *[Symbol.asyncIterator]() {
        for await (const row of rows) yield row.kind === "determination" ? digestRow(row, json) : row
      }
    }
  }
  const batchSize = o.batchSize ?? 256
  const { workers: _w, json: _j, batchSize: _b, workerScript: _s, ...rest } = o
  const batchOptions: BatchOptions = rest
  const script = workerScript(o.workerScript)
  if (script.url.protocol === "file:" && !existsSync(fileURLToPath(script.url))) {
    const where = fileURLToPath(script.url)
    throw new BatchWorkerFailed({
      worker: 1,
      message: `batch worker script not found: ${where} (a bundle that inlines @minzheng/relief/node must emit batch-worker.js beside itself, or pass workerScript)`,
      messageZh: `找不到批量认定工作线程脚本：${where}（打包时须在同一目录输出 batch-worker.js，或传入 workerScript）`
    })
  }
  return {
    async *[Symbol.asyncIterator]() {
      const processor = new BatchProcessor(batchOptions, true)
      let started: Pool | null = null
      // this thread is one of the `workers` deciders: N − 1 worker threads
      const pool = (): Pool => (started ??= new Pool(workers - 1, { options: batchOptions, json }, script))
      // Batches in input order: the rows made while reading, the households sent to a worker.
      const queue: Array<{ readonly items: ReadonlyArray<ErrorRow | BatchTask>; readonly done: Promise<ReadonlyArray<ErrorRow | DeterminationDigest>> }> = []
      let items: Array<ErrorRow | BatchTask> = []
      let seq = 0
      let local: Decider | null = null
      // A batch no worker can take (all busy, or none started yet) is decided here, by the same decider.
      const decideHere = (tasks: ReadonlyArray<BatchTask>): ReadonlyArray<ErrorRow | DeterminationDigest> => {
        local ??= new Decider(batchOptions)
        const decider = local
        return tasks.map((t) => {
          const row = decider.task(t)
          return row.kind === "error" ? row : digestRow(row, json)
        })
      }
      const send = (): void => {
        const tasks = items.filter((i): i is BatchTask => i.kind === "task")
        const done = tasks.length === 0 ? Promise.resolve([]) : (pool().submit(seq++, tasks) ?? Promise.resolve(decideHere(tasks)))
        done.catch(() => undefined) // awaited in order below; a failure is thrown from there
        // Held for ordering: the error rows, and only a placeholder for each household sent — its
        // text is garbage once copied to the worker (kept, it would outlive the young generation).
        const order: Array<ErrorRow | BatchTask> = new Array<ErrorRow | BatchTask>(items.length)
        for (let i = 0; i < items.length; i++) {
          const item = items[i] as ErrorRow | BatchTask
          order[i] = item.kind === "error" ? item : SENT
        }
        queue.push({ items: order, done })
        items = []
      }
      function* merge(batch: (typeof queue)[number], decided: ReadonlyArray<ErrorRow | DeterminationDigest>): Generator<ParallelBatchRow> {
        let k = 0
        for (const item of batch.items) {
          if (item.kind === "error") {
            yield item
            continue
          }
          const row = decided[k++] as ErrorRow | DeterminationDigest
          processor.count(row)
          yield row
        }
      }
      const take = (rows: ReadonlyArray<ErrorRow | BatchTask | { kind: "determination" | "summary" }>) => {
        for (const r of rows) items.push(r as ErrorRow | BatchTask)
      }
      try {
        for await (const chunk of input as AsyncIterable<unknown>) {
          if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) throw badChunk()
          take(processor.read(chunk) as ReadonlyArray<ErrorRow | BatchTask>)
          while (items.length >= batchSize) {
            const rest = items.slice(batchSize)
            items = items.slice(0, batchSize)
            send()
            items = rest
            // batches held for ordering: room for this thread to decide while a worker finishes
            while (queue.length >= workers * 4) {
              const batch = queue.shift() as (typeof queue)[number]
              yield* merge(batch, await batch.done)
            }
          }
        }
        take(processor.end() as ReadonlyArray<ErrorRow | BatchTask>)
        if ((started as Pool | null) === null && items.length <= batchSize) {
          // No more than one batch in all: decided here, by the same decider the workers use.
          const decider = new Decider(batchOptions)
          const decided = items.filter((i): i is BatchTask => i.kind === "task").map((t) => {
            const row = decider.task(t)
            return row.kind === "error" ? row : digestRow(row, json)
          })
          yield* merge({ items, done: Promise.resolve(decided) }, decided)
          yield processor.summary()
          return
        }
        while (items.length > 0) {
          const rest = items.slice(batchSize)
          items = items.slice(0, batchSize)
          send()
          items = rest
        }
        while (queue.length > 0) {
          const batch = queue.shift() as (typeof queue)[number]
          yield* merge(batch, await batch.done)
        }
        yield processor.summary()
      } finally {
        // (set inside pool(): the closure hides the assignment from the type checker)
        const running = started as Pool | null
        if (running !== null) await running.close()
      }
    }
  }
}
