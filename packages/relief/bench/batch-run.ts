/**
 * One NDJSON batch run of N generated households in a fresh process, so its peak RSS
 * (`process.resourceUsage().maxRSS`) is its own. Prints one JSON line.
 */
import { isoDateUnsafe } from "@minzheng/core"
import { LICANG_BUNDLE, runBatch } from "@minzheng/relief"
import { benchHousehold } from "./households.js"

const n = Number(process.argv[2] ?? "10000")
if (n === 0) {
  // baseline: the process after importing the packages, before any household
  console.log(JSON.stringify({ n: 0, rows: 0, seconds: 0, perSecond: 0, maxRssMB: process.resourceUsage().maxRSS / 1024, summary: { monthlyOutlay: "-" } }))
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

const t0 = performance.now()
let rows = 0
let summary: unknown = null
for await (const row of runBatch(ndjson(), { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson" })) {
  rows++
  if (row.kind === "summary") summary = row.summary
}
const seconds = (performance.now() - t0) / 1000
console.log(JSON.stringify({ n, rows, seconds, perSecond: n / seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, summary }))
