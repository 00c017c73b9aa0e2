/**
 * relief bench: determinations per second on one core, against baselines run in the same
 * process (json-rules-engine with the same 低保 rules; a hand-written minimal function), decode
 * cost separately, and NDJSON batch runs of 10^4 and 10^6 generated households with peak RSS.
 *
 *   pnpm --filter @minzheng/relief bench            (add --quick to skip the 10^6 batch)
 */
import { execFileSync } from "node:child_process"
import { isoDateUnsafe, regionCodeUnsafe } from "@minzheng/core"
import { decode } from "@minzheng/core"
import { HouseholdSchema, LICANG_BUNDLE, decodeHouseholdUnsafe, determine, dibaoAmountOnly, resolveReliefPolicyUnsafe } from "@minzheng/relief"
import { figuresOf, jsonRulesEngineDibaoFen, makeEngine, minimalDibaoFen } from "./baselines.js"
import { benchHousehold } from "./households.js"

const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
const inputs = Array.from({ length: 1000 }, (_, i) => benchHousehold(i))
const households = inputs.map((h) => decodeHouseholdUnsafe(h))
const figures = figuresOf(policy)
const engine = makeEngine(figures)

// The three computations must agree before any of them is timed.
for (const h of households) {
  const ours = dibaoAmountOnly(h, policy).fen
  if (ours !== minimalDibaoFen(h, figures) || ours !== determine(h, policy).determinations[0]!.fen) throw new Error(`minimal disagrees on ${h.id}`)
  if (ours !== (await jsonRulesEngineDibaoFen(engine, h, figures))) throw new Error(`json-rules-engine disagrees on ${h.id}`)
}

const time = (label: string, minMs: number, body: (i: number) => unknown): number => {
  let sink = 0
  for (let i = 0; i < 20_000; i++) sink ^= body(i) === undefined ? 0 : 1
  let n = 0
  const t0 = performance.now()
  let t = t0
  while (t - t0 < minMs) {
    for (let k = 0; k < 1000; k++) sink ^= body(n++) === undefined ? 0 : 1
    t = performance.now()
  }
  const perSecond = n / ((t - t0) / 1000)
  if (sink === 2) console.log(label)
  return perSecond
}
const timeAsync = async (minMs: number, body: (i: number) => Promise<unknown>): Promise<number> => {
  for (let i = 0; i < 2000; i++) await body(i)
  let n = 0
  const t0 = performance.now()
  while (performance.now() - t0 < minMs) for (let k = 0; k < 100; k++) await body(n++)
  return n / ((performance.now() - t0) / 1000)
}

const M = 1500
const explained = time("explained", M, (i) => determine(households[i % 1000]!, policy))
const noTree = time("no tree", M, (i) => determine(households[i % 1000]!, policy, { explain: false }))
const amountOnly = time("amount only", M, (i) => dibaoAmountOnly(households[i % 1000]!, policy).fen)
const minimal = time("minimal", M, (i) => minimalDibaoFen(households[i % 1000]!, figures))
const decodeRate = time("decode", M, (i) => decodeHouseholdUnsafe(inputs[i % 1000]!))
// what decoding cost before the fast check: core's decode over the zod schema (bilingual issues)
const zodRate = time("zod", M, (i) => decode(HouseholdSchema, inputs[i % 1000]!))
const decodeAndExplain = time("decode+determine", M, (i) => determine(decodeHouseholdUnsafe(inputs[i % 1000]!), policy))
const jre = await timeAsync(M, (i) => jsonRulesEngineDibaoFen(engine, households[i % 1000]!, figures))

const f = (x: number) => Math.round(x).toLocaleString("en-US")
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
const rows: Array<[string, string, string, string]> = [
  ["determine, full explanation trees (3-person household)", f(explained), `json-rules-engine ${f(jre)}`, ratio(explained, jre)],
  ["determine, explain: false (all programmes, terms, dates)", f(noTree), `json-rules-engine ${f(jre)}`, ratio(noTree, jre)],
  ["dibaoAmountOnly (amount-only path)", f(amountOnly), `hand-written minimal ${f(minimal)}`, `${(minimal / amountOnly).toFixed(2)}× slower`],
  ["decode: decodeHousehold (hand-written check; zod only for the issues of a bad record)", f(decodeRate), `zod schema via core decode ${f(zodRate)}`, ratio(decodeRate, zodRate)],
  ["decodeHousehold + determine (explained)", f(decodeAndExplain), `json-rules-engine ${f(jre)}`, ratio(decodeAndExplain, jre)]
]
console.log(`relief bench — Node ${process.version}, one process, per second`)
console.log("| operation | figure /s | baseline /s (same process) | ratio |")
console.log("| --- | ---: | --- | ---: |")
for (const r of rows) console.log(`| ${r.join(" | ")} |`)

const quick = process.argv.includes("--quick")
const runs = quick ? [0, 10_000] : [0, 10_000, 1_000_000]
console.log("\n| NDJSON batch (generated on the fly, separate process) | households | seconds | households/s | peak RSS MB |")
console.log("| --- | ---: | ---: | ---: | ---: |")
for (const n of runs) {
  const out = execFileSync(process.execPath, [...process.execArgv, new URL("./batch-run.ts", import.meta.url).pathname, String(n)], { encoding: "utf8", maxBuffer: 1 << 24 })
  const r = JSON.parse(out.trim().split("\n").at(-1)!) as { n: number; seconds: number; perSecond: number; maxRssMB: number; summary: { monthlyOutlay: string } }
  if (r.n === 0) console.log(`| imports only (process baseline) | 0 | - | - | ${r.maxRssMB.toFixed(0)} |`)
  else console.log(`| runBatch, summary outlay ${r.summary.monthlyOutlay} 元/月 | ${f(r.n)} | ${r.seconds.toFixed(1)} | ${f(r.perSecond)} | ${r.maxRssMB.toFixed(0)} |`)
}
