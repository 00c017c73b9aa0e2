/**
 * One NDJSON batch run of N generated households in a fresh process, so its peak RSS
 * (`process.resourceUsage().maxRSS`, worker threads included) is its own. Prints one JSON line.
 *
 *   tsx --conditions=@minzheng/source bench/batch-run.ts N            runBatch, one thread
 *   tsx --conditions=@minzheng/source bench/batch-run.ts N W [json]   runBatchParallel, W workers
 *   tsx --conditions=@minzheng/source bench/batch-run.ts --scaling N [json] [--rounds R] [--from DIR]
 *       runBatchParallel with 1, then 2 workers, each run in its own process, R rounds (default
 *       3; 1 for N ≥ 10⁶): a table with each round's ratio and the median, next to the ratio of a
 *       pure CPU loop on 1 and 2 threads timed just before each round — what the machine's two
 *       cores could give at that moment (on a shared machine, often much less than 2×).
 *       `--from DIR`: relief from a build (DIR/index.js, DIR/node.js, its workers DIR/batch-worker.js,
 *       e.g. `--from dist`) instead of the sources, whose workers compile TypeScript under tsx; the
 *       runs are then plain `node bench/batch-run.ts …` (Node 24 strips the types), core and the
 *       other packages from their dist/ too.
 *
 * With `--scaling`, the input is written once to a temporary file and each run reads it as
 * `runBatchParallel({ file }, …)`: one thread reads it as a file stream (64 KiB byte chunks); two
 * threads read it in ranges, each thread reading, decoding and deciding its own. `--stream`: every
 * run reads the file as a stream passed as chunks (the path of stdin and of CSV: this thread reads
 * and cuts, the workers decide batches of lines). The run measures reading, cutting, deciding and
 * ordering — not generating the households. Without `--scaling`, the households are generated on
 * the fly (as before: the README's one-thread figures).
 */
import { execFileSync } from "node:child_process"
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { performance as nodePerformance } from "node:perf_hooks"
import { Worker } from "node:worker_threads"
import { isoDateUnsafe } from "@minzheng/core"
import type * as Relief from "@minzheng/relief"
import type * as ReliefNode from "@minzheng/relief/node"
// (imported by URL, so that this script also runs under plain Node, which strips the types: see --from)
const { benchHousehold } = (await import(new URL("./households.ts", import.meta.url).href)) as typeof import("./households.js")

interface Run {
  readonly n: number
  readonly workers: number | null
  readonly json: boolean
  readonly rows: number
  readonly seconds: number
  readonly firstRowSeconds: number
  readonly perSecond: number
  /** CPU time of the whole process (every thread), user + system. */
  readonly cpuSeconds: number
  /** The share of the run this (reading) thread was busy: its event-loop utilisation. */
  readonly mainBusy: number
  readonly maxRssMB: number
  readonly summary: { readonly monthlyOutlay: string }
}

const argv = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name)
  if (i < 0) return undefined
  const v = argv[i + 1]
  argv.splice(i, 2)
  return v
}
const from = flag("--from")
const file = flag("--file")
const roundsArg = flag("--rounds")
const streamAt = argv.indexOf("--stream")
const stream = streamAt >= 0
if (stream) argv.splice(streamAt, 1)

/** A pure CPU loop on `threads` threads at once: the wall time, in ms. */
const cpuLoop = (threads: number): Promise<number> => {
  const code = `const { parentPort } = require("node:worker_threads"); let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 31 + i) | 0; parentPort.postMessage(x)`
  const t0 = performance.now()
  return Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(code, { eval: true }).once("message", done)))).then(() => performance.now() - t0)
}

if (argv[0] === "--scaling") {
  const n = Number(argv[1] ?? "10000")
  const json = argv[2] === "json"
  const rounds = Number(roundsArg ?? (n >= 1_000_000 ? "1" : "3"))
  const self = new URL(import.meta.url).pathname
  const dir = mkdtempSync(join(tmpdir(), "relief-bench-"))
  const input = join(dir, `households-${n}.ndjson`)
  try {
    // written in pieces, so that even 10⁶ households never sit in memory at once
    writeFileSync(input, "")
    for (let i = 0; i < n; i += 10_000) {
      let text = ""
      for (let k = i; k < Math.min(n, i + 10_000); k++) text += JSON.stringify(benchHousehold(k)) + "\n"
      writeFileSync(input, text, { flag: "a" })
    }
    const run = (workers: number): Run => {
      // from a build: plain Node (it strips this script's types), so that nothing resolves to the
      // sources and the workers, which inherit the process's flags, do not load tsx either
      const execArgv = from === undefined ? process.execArgv : []
      const args = [...execArgv, self, String(n), String(workers), json ? "json" : "-", "--file", input, ...(from === undefined ? [] : ["--from", from]), ...(stream ? ["--stream"] : [])]
      const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24 })
      return JSON.parse(out.trim().split("\n").at(-1) as string) as Run
    }
    const f = (x: number) => Math.round(x).toLocaleString("en-US")
    const x2 = (x: number) => `${x.toFixed(2)}×`
    console.log(
      `| runBatchParallel, NDJSON file${stream ? " as a stream" : ""}${json ? ", json: true" : ""}, relief from ${from === undefined ? "sources (workers under tsx)" : from} | round | workers | seconds (first row) | households/s | CPU s (all threads) | reading thread busy | peak RSS MB | vs 1 worker | CPU loop, 2 threads vs 1 (same moment) |`
    )
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    const ratios: number[] = []
    const ceilings: number[] = []
    const cpuRatios: number[] = []
    for (let round = 1; round <= rounds; round++) {
      const ceiling = (2 * (await cpuLoop(1))) / (await cpuLoop(2))
      ceilings.push(ceiling)
      const one = run(1)
      const two = run(2)
      if (one.summary.monthlyOutlay !== two.summary.monthlyOutlay || one.rows !== two.rows) throw new Error("1 and 2 workers disagree")
      ratios.push(one.seconds / two.seconds)
      cpuRatios.push(two.cpuSeconds / one.cpuSeconds)
      for (const r of [one, two]) {
        console.log(
          `| ${f(r.n)} households, outlay ${r.summary.monthlyOutlay} 元/月 | ${round} | ${r.workers} | ${r.seconds.toFixed(2)} (${r.firstRowSeconds.toFixed(2)}) | ${f(r.perSecond)} | ${r.cpuSeconds.toFixed(2)} | ${(r.mainBusy * 100).toFixed(0)}% | ${r.maxRssMB.toFixed(0)} | ${x2(one.seconds / r.seconds)} | ${r === one ? x2(ceiling) : ""} |`
        )
      }
    }
    const median = (xs: ReadonlyArray<number>): number => {
      const s = [...xs].sort((a, b) => a - b)
      const m = s.length >> 1
      return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
    }
    console.log(
      `\n2 workers vs 1: median ${x2(median(ratios))} (${x2(Math.min(...ratios))}–${x2(Math.max(...ratios))}); the CPU loop's ceiling at the same moments: median ${x2(median(ceilings))} (${x2(Math.min(...ceilings))}–${x2(Math.max(...ceilings))}); CPU time of 2 workers over 1: median ${x2(median(cpuRatios))} (${x2(Math.min(...cpuRatios))}–${x2(Math.max(...cpuRatios))})`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  process.exit(0)
}

// relief from the sources (this process's conditions) or from a build directory
const built = from === undefined ? null : pathToFileURL(resolve(from) + "/").href
const { LICANG_BUNDLE, runBatch } = (await import(built === null ? "@minzheng/relief" : `${built}index.js`)) as typeof Relief
const { runBatchParallel } = (await import(built === null ? "@minzheng/relief/node" : `${built}node.js`)) as typeof ReliefNode

const n = Number(argv[0] ?? "10000")
const workers = argv[1] === undefined ? null : Number(argv[1])
const json = argv[2] === "json"
if (n === 0) {
  // baseline: the process after importing the packages, before any household
  console.log(JSON.stringify({ n: 0, workers, json, rows: 0, seconds: 0, firstRowSeconds: 0, perSecond: 0, cpuSeconds: 0, mainBusy: 0, maxRssMB: process.resourceUsage().maxRSS / 1024, summary: { monthlyOutlay: "-" } }))
  process.exit(0)
}

async function* generated(): AsyncIterable<string> {
  // 64 KiB-ish chunks, cutting lines anywhere, as a file stream would
  let buf = ""
  for (let i = 0; i < n; i++) {
    buf += JSON.stringify(benchHousehold(i)) + "\n"
    if (buf.length > 65_536) {
      yield buf.slice(0, 65_000)
      buf = buf.slice(65_000)
    }
  }
  if (buf !== "") yield buf
}

const options = { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson" as const }
const cpu0 = process.cpuUsage()
const elu0 = nodePerformance.eventLoopUtilization()
const t0 = performance.now()
let rows = 0
let first = 0
let summary: unknown = null
const input = (): AsyncIterable<string | Uint8Array> => (file === undefined ? generated() : createReadStream(file, { highWaterMark: 65_536 }))
const source =
  workers === null ? runBatch(input(), options) : runBatchParallel(file === undefined || stream ? input() : { file }, { ...options, workers, json })
for await (const row of source) {
  if (rows++ === 0) first = performance.now() - t0
  if (row.kind === "summary") summary = row.summary
}
const seconds = (performance.now() - t0) / 1000
const cpu = process.cpuUsage(cpu0)
const mainBusy = nodePerformance.eventLoopUtilization(elu0).utilization
const cpuSeconds = (cpu.user + cpu.system) / 1e6
console.log(
  JSON.stringify({ n, workers, json, rows, seconds, firstRowSeconds: first / 1000, perSecond: n / seconds, cpuSeconds, mainBusy, maxRssMB: process.resourceUsage().maxRSS / 1024, summary })
)
