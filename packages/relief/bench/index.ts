/**
 * relief bench: determinations per second on one core, against baselines run in the same
 * process (json-rules-engine with the same 低保 rules; a hand-written minimal function), decode
 * cost separately, and NDJSON batch runs of 10^4 and 10^6 generated households with peak RSS.
 *
 * One run on a shared 2-core machine swings widely (the explained/json-rules-engine ratio moved
 * 2.9–7.1× between runs), so every operation and its baseline are timed in interleaved rounds —
 * each round times every operation once, in a rotated order — and each ratio is taken within its
 * round. The table gives the median figure, the median baseline, the median ratio and its range.
 *
 *   pnpm --filter @minzheng/relief bench            (add --quick for fewer, shorter rounds and no 10^6 batch;
 *                                                    --no-batch for the per-household table alone)
 *
 * Last, runBatchParallel with 1 and 2 workers on an NDJSON file (10^5 households, 2 rounds with
 * --quick; 10^6, one round, without), from dist/ when it is newer than the sources, next to what a
 * pure CPU loop gains from a second thread at the same moment (see batch-run.ts).
 */
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { loadavg } from "node:os"
import { Result, decode, isoDateUnsafe, regionCodeUnsafe } from "@minzheng/core"
import {
  HouseholdSchema,
  LICANG_BUNDLE,
  decodeHousehold,
  decodeHouseholdUnsafe,
  determine,
  determineUnsafe,
  dibaoAmountOnly,
  dibaoAmountOnlyUnsafe,
  resolveReliefPolicyUnsafe
} from "@minzheng/relief"
import { figuresOf, jsonRulesEngineDibaoFen, makeEngine, minimalDibaoFen } from "./baselines.js"
import { benchHousehold } from "./households.js"

const quick = process.argv.includes("--quick")
const batch = !process.argv.includes("--no-batch")
const ROUNDS = quick ? 7 : 15
const SLICE_MS = quick ? 200 : 400

const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
const inputs = Array.from({ length: 1000 }, (_, i) => benchHousehold(i))
const households = inputs.map((h) => decodeHouseholdUnsafe(h))
const figures = figuresOf(policy)
const engine = makeEngine(figures)

// The computations must agree before any of them is timed — the public Result forms the
// operations below time, and the throwing twins.
for (const [i, h] of households.entries()) {
  const ours = dibaoAmountOnlyUnsafe(h, policy).fen
  const viaResult = Result.getOrThrow(dibaoAmountOnly(h, policy)).fen
  const explained = Result.getOrThrow(determine(h, policy)).programmes.dibao.fen
  const fast = Result.getOrThrow(determine(h, policy, { explain: false })).programmes.dibao.fen
  const decoded = Result.getOrThrow(determine(Result.getOrThrow(decodeHousehold(inputs[i]!)), policy)).programmes.dibao.fen
  if (ours !== minimalDibaoFen(h, figures) || ours !== viaResult || ours !== explained || ours !== fast || ours !== decoded || ours !== determineUnsafe(h, policy).determinations[0]!.fen) {
    throw new Error(`minimal disagrees on ${h.id}`)
  }
  if (ours !== (await jsonRulesEngineDibaoFen(engine, h, figures))) throw new Error(`json-rules-engine disagrees on ${h.id}`)
}

type Body = (i: number) => unknown
interface Op {
  readonly body: Body
  readonly async?: boolean
}

let sink = 0
/** Runs `body` for about `ms` milliseconds from call index `from`: [calls, elapsed ms]. */
const chunkSync = (body: Body, ms: number, from: number): [number, number] => {
  let n = 0
  const t0 = performance.now()
  let t = t0
  while (t - t0 < ms) {
    for (let k = 0; k < 200; k++) sink ^= body(from + n++) === undefined ? 0 : 1
    t = performance.now()
  }
  return [n, t - t0]
}
const chunkAsync = async (body: Body, ms: number, from: number): Promise<[number, number]> => {
  let n = 0
  const t0 = performance.now()
  let t = t0
  while (t - t0 < ms) {
    for (let k = 0; k < 20; k++) await body(from + n++)
    t = performance.now()
  }
  return [n, t - t0]
}
const chunk = (op: Op, ms: number, from: number): Promise<[number, number]> | [number, number] =>
  op.async === true ? chunkAsync(op.body, ms, from) : chunkSync(op.body, ms, from)

// The public path a user calls: `determine` and `dibaoAmountOnly` return a Result (its success read
// here as a caller would), `decodeHousehold` too.
const OPS = {
  explained: { body: (i) => Result.isSuccess(determine(households[i % 1000]!, policy)) },
  noTree: { body: (i) => Result.isSuccess(determine(households[i % 1000]!, policy, { explain: false })) },
  decodeExplained: {
    body: (i) => {
      const d = decodeHousehold(inputs[i % 1000]!)
      return Result.isSuccess(d) && Result.isSuccess(determine(d.success, policy))
    }
  },
  jre: { body: (i) => jsonRulesEngineDibaoFen(engine, households[i % 1000]!, figures), async: true },
  amountOnly: {
    body: (i) => {
      const r = dibaoAmountOnly(households[i % 1000]!, policy)
      return Result.isSuccess(r) ? r.success.fen : -1
    }
  },
  minimal: { body: (i) => minimalDibaoFen(households[i % 1000]!, figures) },
  decode: { body: (i) => Result.isSuccess(decodeHousehold(inputs[i % 1000]!)) },
  // what decoding cost before the fast check: core's decode over the zod schema (bilingual issues)
  zod: { body: (i) => decode(HouseholdSchema, inputs[i % 1000]!) }
} satisfies Record<string, Op>
type OpKey = keyof typeof OPS

interface Row {
  readonly operation: string
  readonly op: OpKey
  readonly baseline: OpKey
  readonly baselineName: string
  /** "faster": op / baseline (higher is better); "slower": baseline / op (lower is better). */
  readonly sense: "faster" | "slower"
  readonly aim: string
}
const rows: ReadonlyArray<Row> = [
  { operation: "determine (Result), full explanation trees (3-person household)", op: "explained", baseline: "jre", baselineName: "json-rules-engine", sense: "faster", aim: "≥ 7× and ≥ 100,000/s" },
  { operation: "determine (Result), explain: false (all programmes, terms, dates)", op: "noTree", baseline: "jre", baselineName: "json-rules-engine", sense: "faster", aim: "-" },
  { operation: "decodeHousehold + determine (JSON in, explained decision out)", op: "decodeExplained", baseline: "jre", baselineName: "json-rules-engine", sense: "faster", aim: "≥ 5×" },
  { operation: "dibaoAmountOnly (Result; amount-only path)", op: "amountOnly", baseline: "minimal", baselineName: "hand-written minimal", sense: "slower", aim: "within 5× (stretch 3×) (slower)" },
  { operation: "decodeHousehold alone (fast check; zod only for a bad record's issues)", op: "decode", baseline: "zod", baselineName: "zod schema via core decode", sense: "faster", aim: "-" }
]

// warm-up: every body, enough calls for the optimising compiler
for (const op of Object.values(OPS) as ReadonlyArray<Op>) await chunk(op, quick ? 300 : 600, 0)

// Each round times every row (rotated order); within a row the operation and its baseline
// alternate in short chunks, so both see the same machine load, and the ratio is the round's.
const CHUNKS = 8
const samples = rows.map(() => ({ op: [] as number[], base: [] as number[], ratio: [] as number[] }))
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < rows.length; k++) {
    const index = (k + round) % rows.length
    const r = rows[index]!
    const a: Op = OPS[r.op]
    const b: Op = OPS[r.baseline]
    let na = 0
    let ta = 0
    let nb = 0
    let tb = 0
    for (let c = 0; c < CHUNKS; c++) {
      const [n1, t1] = await chunk(a, SLICE_MS / CHUNKS, na)
      const [n2, t2] = await chunk(b, SLICE_MS / CHUNKS, nb)
      na += n1
      ta += t1
      nb += n2
      tb += t2
    }
    const opRate = na / (ta / 1000)
    const baseRate = nb / (tb / 1000)
    const s = samples[index]!
    s.op.push(opRate)
    s.base.push(baseRate)
    s.ratio.push(r.sense === "faster" ? opRate / baseRate : baseRate / opRate)
  }
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const f = (x: number) => Math.round(x).toLocaleString("en-US")
const x2 = (x: number) => `${x.toFixed(2)}×`

console.log(`relief bench — Node ${process.version}, one process, ${ROUNDS} rounds; in each, every operation alternates with its baseline in ${CHUNKS} chunks (${SLICE_MS} ms per side), load average ${loadavg()[0]!.toFixed(2)} at the end`)
console.log("| operation | figure /s (median) | baseline /s (same process, median) | ratio, median (range) | aim |")
console.log("| --- | ---: | --- | ---: | --- |")
rows.forEach((r, i) => {
  const s = samples[i]!
  const suffix = r.sense === "slower" ? " slower" : ""
  console.log(
    `| ${r.operation} | ${f(median(s.op))} | ${r.baselineName} ${f(median(s.base))} | ${x2(median(s.ratio))}${suffix} (${x2(Math.min(...s.ratio))}–${x2(Math.max(...s.ratio))}) | ${r.aim} |`
  )
})
if (sink === 2) console.log("")
if (!batch) process.exit(0)

const runs = quick ? [0, 10_000] : [0, 10_000, 1_000_000]
console.log("\n| NDJSON batch (generated on the fly, separate process) | households | seconds | households/s | peak RSS MB |")
console.log("| --- | ---: | ---: | ---: | ---: |")
for (const n of runs) {
  const out = execFileSync(process.execPath, [...process.execArgv, new URL("./batch-run.ts", import.meta.url).pathname, String(n)], { encoding: "utf8", maxBuffer: 1 << 24 })
  const r = JSON.parse(out.trim().split("\n").at(-1)!) as { n: number; seconds: number; perSecond: number; maxRssMB: number; summary: { monthlyOutlay: string } }
  if (r.n === 0) console.log(`| imports only (process baseline) | 0 | - | - | ${r.maxRssMB.toFixed(0)} |`)
  else console.log(`| runBatch, summary outlay ${r.summary.monthlyOutlay} 元/月 | ${f(r.n)} | ${r.seconds.toFixed(1)} | ${f(r.perSecond)} | ${r.maxRssMB.toFixed(0)} |`)
}

// runBatchParallel, 1 → 2 workers, from an NDJSON file (see batch-run.ts --scaling): relief from
// its build (dist/) when the build is newer than every source file — that is what users run, and
// workers started from sources spend a second or more compiling TypeScript under tsx — else from
// the sources, saying so.
const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0)
const packageDir = fileURLToPath(new URL("..", import.meta.url))
const built = join(packageDir, "dist", "batch-worker.js")
const fresh = existsSync(built) && statSync(built).mtimeMs >= newest(join(packageDir, "src"))
console.log(fresh ? "" : "\n(dist/ is missing or older than src/: the parallel runs below start their workers from the sources; `pnpm --filter @minzheng/relief build` first to measure the build)\n")
const scaling = [...(quick ? ["100000", "--rounds", "2"] : ["1000000", "--rounds", "1"]), ...(fresh ? ["--from", join(packageDir, "dist")] : [])]
console.log(execFileSync(process.execPath, [...process.execArgv, new URL("./batch-run.ts", import.meta.url).pathname, "--scaling", ...scaling], { encoding: "utf8", maxBuffer: 1 << 24 }).trim())
