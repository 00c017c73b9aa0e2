/**
 * 批量认定 over worker threads, rows in input order with the same summary as one thread. An NDJSON
 * file (`{ file }`) is cut into byte ranges that each thread reads, decodes and decides itself
 * (see `file-ranges.ts`); any other input is read by the calling thread, which cuts it into
 * households (NDJSON lines; CSV rows grouped by household id, as {@link runBatch} does) and hands
 * them to worker threads a batch at a time.
 *
 * @module
 */
import { accessSync, closeSync, constants, createReadStream, existsSync, fstatSync, openSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { availableParallelism } from "node:os"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Worker } from "node:worker_threads"
import { InvalidInput, type Issue, issue, type TextEncodingName } from "@minzheng/core"
import * as Data from "effect/Data"
import { type BatchOptions, BatchProcessor, checkOptions } from "../batch/batch-processor.js"
import type { ErrorRow, SummaryRow } from "../batch/batch-row.js"
import { type BatchTask, Decider, type DeterminationDigest, digestRow, issueRow } from "../batch/decider.js"
import { runBatch } from "../batch/run-batch.js"
import type { WorkerInit, WorkerReady } from "./batch-worker.js"
import { type Calibration, calibrate, EncodingOrder, RangeFile, type RangeMeta } from "./file-ranges.js"
import { decideRange } from "./range-rows.js"
import { type PackedRows, packTasks, RowUnpacker, unpackRows, type WorkerReply, type WorkerRequest } from "./wire.js"

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
   * An NDJSON file (`{ file }` input): the bytes a thread reads and decides at a time (default
   * 256 KiB, ≈ 400 households; 64 KiB with `json: true`), cut at line starts. A file no larger
   * than this is decided in this thread.
   */
  readonly rangeBytes?: number
  /**
   * The worker script, for a bundler that moves this module away from it (default:
   * `batch-worker.js`, or `.cjs`, beside this module, as built in `dist/`). A bundle that inlines
   * `@minzheng/relief/node` must also emit `src/node/batch-worker.ts` as an entry beside itself.
   */
  readonly workerScript?: string | URL
}

/**
 * A file to read as the input of {@link runBatchParallel}: a path or a `file:` URL. An NDJSON file
 * that is a regular file is read in ranges by every thread at once (none of its bytes pass
 * through the calling thread); a CSV file, or a pipe, is read as a stream.
 *
 * @example
 * ```ts
 * import type { BatchFileInput } from "@minzheng/relief/node"
 * const input: BatchFileInput = { file: "households.ndjson" }
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface BatchFileInput {
  readonly file: string | URL
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
  if (!positiveInt(opts.rangeBytes)) issues.push(issue(["options", "rangeBytes"], "invalid_limit", "rangeBytes 应为正整数", "rangeBytes must be a positive whole number"))
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

const isFileInput = (x: unknown): x is BatchFileInput =>
  typeof x === "object" && x !== null && "file" in x && !(Symbol.asyncIterator in x) && !(Symbol.iterator in x)

// A file that cannot be read, as InvalidInput naming it.
const unreadable = (path: string, e: unknown): InvalidInput => {
  if (e instanceof InvalidInput) return e
  const bad = (code: string, zh: string, en: string) => new InvalidInput({ issues: [issue(["input", "file"], code, zh, en)] })
  const code = (e as { code?: unknown }).code
  if (code === "ENOENT") return bad("file_not_found", `找不到输入文件：${path}`, `the input file does not exist: ${path}`)
  if (code === "EACCES" || code === "EPERM") return bad("file_unreadable", `没有读取输入文件的权限：${path}`, `no permission to read the input file: ${path}`)
  if (code === "EISDIR") return bad("file_unreadable", `输入文件是目录：${path}`, `the input file is a directory: ${path}`)
  return bad("file_unreadable", `无法读取输入文件：${path}`, `the input file cannot be read: ${path}`)
}

// The file of a `{ file }` input, checked at once: its path, and whether it is a regular file (not
// a pipe or a device, which are read as a stream).
const checkFile = (input: BatchFileInput): { readonly path: string; readonly regular: boolean } => {
  const f: unknown = input.file
  let path: string
  if (typeof f === "string" && f !== "") path = f
  else if (f instanceof URL && f.protocol === "file:") path = fileURLToPath(f)
  else throw new InvalidInput({ issues: [issue(["input", "file"], "invalid_type", "file 应为文件路径或 file: URL", "file must be a path or a file: URL")] })
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw unreadable(path, { code: "EISDIR" })
    accessSync(path, constants.R_OK)
    return { path, regular: st.isFile() }
  } catch (e) {
    throw unreadable(path, e)
  }
}

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
  readonly resolve: (reply: PackedRows) => void
  readonly reject: (e: BatchWorkerFailed) => void
  readonly worker: number
}

// The worker threads, each with its requests in flight; a failure fails every request in flight
// and every request after it.
class Pool {
  private readonly workers: Worker[] = []
  private readonly inflight: number[] = []
  // set when the worker has loaded its modules and can take a request at once
  private readonly ready: boolean[] = []
  private readonly pending = new Map<number, Pending>()
  private failure: BatchWorkerFailed | null = null
  private closing = false
  private seq = 0

  constructor(
    size: number,
    init: WorkerInit,
    script: { readonly url: URL; readonly execArgv: ReadonlyArray<string> | undefined },
    /** Called when a worker becomes ready or answers: it can take more. */
    private readonly onFree: () => void = () => undefined
  ) {
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
          this.onFree()
          return
        }
        const p = this.pending.get(reply.seq)
        if (p === undefined) return
        this.pending.delete(reply.seq)
        this.inflight[i]!--
        if ("error" in reply) {
          this.fail(n, reply.error.message, reply.error)
          p.reject(this.failure as BatchWorkerFailed)
        } else {
          p.resolve(reply)
          this.onFree()
        }
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
    this.onFree() // whoever waits for a worker learns of the failure from its next request
  }

  /**
   * Hands a request to the least busy worker that has started and has fewer than two requests in
   * flight; `null` when none can take it — all busy, or still starting (loading a worker's modules
   * takes ≈ 0.25 s from dist/, 1–1.5 s from sources under tsx) — and the caller does that work
   * itself: the calling thread works as one more decider, and a worker's start-up costs no time.
   */
  request(make: (seq: number) => { readonly request: WorkerRequest; readonly transfer: ArrayBuffer[] }): Promise<PackedRows> | null {
    if (this.failure !== null) return Promise.reject(this.failure)
    let best = -1
    for (let i = 0; i < this.inflight.length; i++) {
      const n = this.inflight[i] as number
      if (this.ready[i] === true && n < 2 && (best < 0 || n < (this.inflight[best] as number))) best = i
    }
    if (best < 0) return null
    const seq = this.seq++
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: best + 1 })
      this.inflight[best]!++
      const { request, transfer } = make(seq)
      this.workers[best]!.postMessage(request, transfer)
    })
  }

  /** A batch of households (see {@link Pool.request}). */
  submit(items: ReadonlyArray<BatchTask>): Promise<ReadonlyArray<ErrorRow | DeterminationDigest>> | null {
    return this.request((seq) => packTasks(seq, items))?.then((reply) => unpackRows(reply)) ?? null
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

// ≈ 400 households: a few ms of work per range. With `json: true` a range's texts are ten times
// its input and wait in memory to be put in order: smaller ranges, held less long.
const DEFAULT_RANGE_BYTES = 256 * 1024
const JSON_RANGE_BYTES = 64 * 1024

/**
 * For tests: `hereToo: false` keeps the calling thread from deciding ranges of a file while a
 * worker could (it still decides a file of one range), so that every range goes through a worker.
 *
 * @internal
 */
export const fileRunTesting = { hereToo: true }

// A file read as a stream (CSV, a pipe, one thread), opened when the run begins.
const lazyStream = (path: string): AsyncIterable<Uint8Array> => ({
  [Symbol.asyncIterator]: () => createReadStream(path, { highWaterMark: 64 * 1024 })[Symbol.asyncIterator]()
})

// Lets the event loop deliver what the workers sent (a worker ready, a range done) while this
// thread is deciding: the rows it yields pass through microtasks only.
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

interface Slot {
  readonly range: number
  // the range's rows, packed (by a worker, or by this thread), once decided
  decided: PackedRows | null
  // a worker's range: settles when its answer arrives
  done: Promise<void> | null
}

/**
 * The run over an NDJSON file read in ranges: this thread and N − 1 workers each read, decode and
 * decide whole ranges; this thread puts their rows in order, numbers their lines and counts them.
 */
const fileRun = (
  path: string,
  batchOptions: BatchOptions,
  workers: number,
  json: boolean,
  rangeBytes: number,
  script: { readonly url: URL; readonly execArgv: ReadonlyArray<string> | undefined },
  calibration: Calibration | null
): AsyncIterable<ParallelBatchRow> => ({
  async *[Symbol.asyncIterator]() {
    const forced: TextEncodingName | null = batchOptions.encoding === undefined || batchOptions.encoding === "auto" ? null : batchOptions.encoding
    const counter = new BatchProcessor(batchOptions, true)
    const decider = new Decider(batchOptions)
    let fd: number
    let size: number
    try {
      fd = openSync(path, "r")
      size = fstatSync(fd).size
    } catch (e) {
      throw unreadable(path, e)
    }
    const file = new RangeFile(fd, size, rangeBytes, batchOptions.maxLineBytes, forced)
    const total = file.ranges
    // the encoding as ranges are taken in order (ranges handed out after it is settled start with it)
    const order = new EncodingOrder(forced, calibration)
    // ranges handed out or decided, not yet yielded: at most four per thread
    const queue: Slot[] = []
    const window = workers * 4
    let next = 0
    let stopped = false
    let pool: Pool | null = null
    // (tests, `hereToo: false`) waiting for a worker to start
    let wake: (() => void) | null = null
    const fill = (): void => {
      while (!stopped && pool !== null && next < total && queue.length < window) {
        const range = next
        const start = order.start()
        const asked = pool.request((seq) => ({ request: { seq, range, encoding: start }, transfer: [] }))
        if (asked === null) return
        const slot: Slot = { range, decided: null, done: null }
        slot.done = asked.then((packed) => {
          slot.decided = packed
        })
        slot.done.catch(() => undefined) // awaited in order below; a failure is thrown from there
        queue.push(slot)
        next++
      }
    }
    try {
      // a worker ready or done: hand out more, and wake this thread if it waits for one
      const free = (): void => {
        fill()
        const w = wake
        wake = null
        w?.()
      }
      // one range in all: decided here, no worker started
      if (total > 1) pool = new Pool(workers - 1, { options: batchOptions, json, file: { path, size, rangeBytes } }, script, free)
      let offset = 0
      for (;;) {
        fill()
        const head = queue[0]
        if (head === undefined && next >= total) break
        if (head === undefined || head.decided === null) {
          if (next < total && queue.length < window && (pool === null || fileRunTesting.hereToo)) {
            // every worker busy or starting: decide the next range here
            const range = next++
            queue.push({ range, decided: decideRange(file, range, order.start(), decider, json).reply, done: null })
            await breathe()
          } else if (head !== undefined) await head.done
          else
            await new Promise<void>((resolve) => {
              wake = resolve
            })
          continue
        }
        queue.shift()
        let decided = head.decided
        if (order.stale(decided.meta as RangeMeta)) {
          // handed out before the encoding was known, and its rows depend on it: read it again
          decided = decideRange(file, head.range, order.start(), decider, json).reply
        }
        const meta = decided.meta as RangeMeta
        // A problem naming the line where the encoding was settled names it in the file's numbers.
        const moved = order.take(meta, offset)
        const relocate =
          moved === null
            ? undefined
            : (row: ErrorRow): ErrorRow => issueRow(row.line, row.householdId, moved(row.error.issues[0] as Issue))
        const rows = new RowUnpacker(decided, offset, relocate)
        for (let row = rows.next(); row !== null; row = rows.next()) {
          counter.count(row)
          yield row
        }
        offset += meta.lines
        // a UTF-16 file: one problem row, nothing else is read (as one reader does)
        if (meta.dead) break
      }
      yield counter.summary()
    } finally {
      stopped = true
      closeSync(fd)
      const running = pool as Pool | null
      if (running !== null) await running.close()
    }
  }
})

/**
 * Runs a batch over worker threads: the same households, rows and summary as {@link runBatch}, in
 * input order, each determination given as its digest (with `json: true`, its JSON text is
 * `JSON.stringify(row.result)` of the one-thread run, byte for byte). `workers: N` decides on N
 * threads: this one and N − 1 worker threads; this thread decides whenever the workers are busy or
 * still starting. Each thread resolves each region's policy once; `workers: 1` runs
 * {@link runBatch} in this thread.
 *
 * The input is an (async) iterable of chunks, or a file (`{ file: path }`, {@link BatchFileInput}).
 * An NDJSON file is cut into ranges of `rangeBytes` that each thread reads, decodes and decides by
 * itself — none of its bytes pass through this thread, which only puts the rows in order — with at
 * most four ranges per thread held for ordering. Chunks (and a CSV file, or a pipe) are read by
 * this thread, which hands the households to the workers in batches of `batchSize`, at most two per
 * worker in flight, waiting for the oldest before reading on. Either way memory does not grow with
 * the input. A worker that fails stops the run with {@link BatchWorkerFailed} (the other workers are
 * ended); stopping early ends them too.
 *
 * @throws `InvalidInput` at once for invalid options or input (a `{ file }` that does not exist or
 * cannot be read included); while iterating, for a chunk that is neither a string nor bytes, or
 * `BatchWorkerFailed`
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
export const runBatchParallel = (
  input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | BatchFileInput,
  options: ParallelBatchOptions
): AsyncIterable<ParallelBatchRow> => {
  const o = checkParallelOptions(options)
  const file = isFileInput(input) ? checkFile(input) : null
  const chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> =
    file === null ? (input as AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) : lazyStream(file.path)
  if (file === null && (typeof chunks !== "object" || chunks === null || (!(Symbol.asyncIterator in chunks) && !(Symbol.iterator in chunks)) || typeof chunks === "string")) throw badInput()
  const workers = o.workers ?? defaultWorkers()
  const json = o.json === true
  if (workers === 1) {
    const rows = runBatch(chunks, o)
    return {
      async *[Symbol.asyncIterator]() {
        for await (const row of rows) yield row.kind === "determination" ? digestRow(row, json) : row
      }
    }
  }
  const batchSize = o.batchSize ?? 256
  const { workers: _w, json: _j, batchSize: _b, workerScript: _s, rangeBytes: _r, ...rest } = o
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
  if (file !== null && file.regular && o.format === "ndjson") {
    // auto encoding: ranges only if core's texts are as expected (see file-ranges.ts), else a stream
    const calibration = batchOptions.encoding === undefined || batchOptions.encoding === "auto" ? calibrate() : null
    if (calibration !== null || (batchOptions.encoding !== undefined && batchOptions.encoding !== "auto")) {
      return fileRun(file.path, batchOptions, workers, json, o.rangeBytes ?? (json ? JSON_RANGE_BYTES : DEFAULT_RANGE_BYTES), script, calibration)
    }
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
        const done = tasks.length === 0 ? Promise.resolve([]) : (pool().submit(tasks) ?? Promise.resolve(decideHere(tasks)))
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
        for await (const chunk of chunks as AsyncIterable<unknown>) {
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
