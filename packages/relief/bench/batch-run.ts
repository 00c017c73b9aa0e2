/**
 * One NDJSON batch run of N generated households in a fresh process, so its peak RSS
 * (`process.resourceUsage().maxRSS`, worker threads included) is its own. Prints one JSON line.
 *
 *   tsx --conditions=@minzheng/source bench/batch-run.ts N            runBatch, one thread
 *   tsx --conditions=@minzheng/source bench/batch-run.ts N W [json]   runBatchParallel, W workers
 *   tsx --conditions=@minzheng/source bench/batch-run.ts --scaling N [json]
 *       runBatchParallel with 1, then 2 workers, each in its own process: a table with the ratio
 */
import { execFileSync } from "node:child_process"
import { isoDateUnsafe } from "@minzheng/core"
import { LICANG_BUNDLE, runBatch } from "@minzheng/relief"
import { runBatchParallel } from "@minzheng/relief/node"
import { benchHousehold } from "./households.js"

interface Run {
  readonly n: number
  readonly workers: number | null
  readonly json: boolean
  readonly rows: number
  readonly seconds: number
  readonly perSecond: number
  readonly maxRssMB: number
  readonly summary: { readonly monthlyOutlay: string }
}

if (process.argv[2] === "--scaling") {
  const n = process.argv[3] ?? "10000"
  const json = process.argv[4] === "json"
  const self = new URL(import.meta.url).pathname
  const run = (workers: number): Run => {
    const out = execFileSync(process.execPath, [...process.execArgv, self, n, String(workers), ...(json ? ["json"] : [])], { encoding: "utf8", maxBuffer: 1 << 24 })
    return JSON.parse(out.trim().split("\n").at(-1) as string) as Run
  }
  const one = run(1)
  const two = run(2)
  if (one.summary.monthlyOutlay !== two.summary.monthlyOutlay || one.rows !== two.rows) throw new Error("1 and 2 workers disagree")
  const f = (x: number) => Math.round(x).toLocaleString("en-US")
  console.log(`| runBatchParallel, NDJSON${json ? ", json: true" : ""} | workers | seconds | households/s | peak RSS MB | vs 1 worker |`)
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |")
  for (const r of [one, two]) {
    console.log(`| ${f(r.n)} households, outlay ${r.summary.monthlyOutlay} 元/月 | ${r.workers} | ${r.seconds.toFixed(1)} | ${f(r.perSecond)} | ${r.maxRssMB.toFixed(0)} | ${(one.seconds / r.seconds).toFixed(2)}× |`)
  }
  process.exit(0)
}

const n = Number(process.argv[2] ?? "10000")
const workers = process.argv[3] === undefined ? null : Number(process.argv[3])
const json = process.argv[4] === "json"
if (n === 0) {
  // baseline: the process after importing the packages, before any household
  console.log(JSON.stringify({ n: 0, workers, json, rows: 0, seconds: 0, perSecond: 0, maxRssMB: process.resourceUsage().maxRSS / 1024, summary: { monthlyOutlay: "-" } }))
  process.exit(0)
}

async function* ndjson(): AsyncIterable<string> {
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
const t0 = performance.now()
let rows = 0
let summary: unknown = null
const source = workers === null ? runBatch(ndjson(), options) : runBatchParallel(ndjson(), { ...options, workers, json })
for await (const row of source) {
  rows++
  if (row.kind === "summary") summary = row.summary
}
const seconds = (performance.now() - t0) / 1000
console.log(JSON.stringify({ n, workers, json, rows, seconds, perSecond: n / seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, summary }))
