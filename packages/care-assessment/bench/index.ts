/**
 * Bench: GB/T 42195-2022 assessments validated and scored per second on one core, against a
 * hand-written sum-and-threshold baseline run in the same process on the same forms.
 *
 *   pnpm --filter @minzheng/care-assessment bench
 */
import { assess, assessLevel, GBT_42195, GBT_42195_2022, ResponseSetSchema } from "@minzheng/care-assessment"
import { Result } from "effect"

const N = 10_000
let seed = 42
const rand = (n: number): number => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff
  return seed % n
}

// Realistic forms: every item answered by id, options drawn at random (no coma so the baseline,
// which parses option ids as numbers, scores the same totals); a third carry risk events or diagnoses.
const forms = Array.from({ length: N }, (_, k) => ({
  instrument: "gbt-42195-2022",
  assessedOn: "2025-03-01",
  answers: GBT_42195_2022.items.map((it) => {
    const opts = it.options.filter((o) => o.id !== "coma")
    return { item: it.id, option: opts[rand(opts.length)]!.id }
  }),
  ...(k % 3 === 0 ? { riskEvents: { fall: rand(3), choking: rand(2) } } : {}),
  ...(k % 7 === 0 ? { diagnoses: ["F01"] } : {})
}))

/** The baseline: sum the option scores, threshold the total. No checks, no adjustments, no explanation. */
const baseline = (form: (typeof forms)[number]): number => {
  let total = 0
  const answers = form.answers
  for (let i = 0; i < answers.length; i++) total += +answers[i]!.option
  return total >= 90 ? 0 : total >= 66 ? 1 : total >= 46 ? 2 : total >= 30 ? 3 : 4
}

let sink = 0
const time = (name: string, fn: (f: (typeof forms)[number]) => unknown, minMs = 1500): number => {
  for (let i = 0; i < N; i++) fn(forms[i]!) // warm-up
  let ops = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    for (let i = 0; i < N; i++) {
      const r = fn(forms[i]!)
      if (r !== undefined) sink++
    }
    ops += N
    elapsed = performance.now() - start
  }
  const perSec = ops / (elapsed / 1000)
  console.error(`  ${name}: ${Math.round(perSec).toLocaleString("en-US")}/s`)
  return perSec
}

// Both paths must agree with the baseline on the preliminary level.
for (const f of forms.slice(0, 1000)) {
  const r = assessLevel(GBT_42195, f)
  if (Result.isFailure(r)) throw new Error("bench form rejected")
  if (GBT_42195.levelRank.get(r.success.preliminaryLevel!) !== baseline(f)) throw new Error("baseline disagrees")
}

console.error("measuring (one process, one core)…")
const base = time("baseline (sum + threshold, no checks)", baseline)
const quick = time("assessLevel (validate + score + level + adjustments)", (f) => assessLevel(GBT_42195, f))
const full = time("assess (… + explanation tree)", (f) => assess(GBT_42195, f), 1000)
const zod = time("zod ResponseSetSchema.safeParse (shape decode only, for comparison)", (f) => ResponseSetSchema.safeParse(f).success, 1000)
const rss = Math.round(process.resourceUsage().maxRSS / 1024)

const fmt = (n: number): string => `${Math.round(n).toLocaleString("en-US")}/s`
const cmd = "`pnpm --filter @minzheng/care-assessment bench`"
console.log("| operation | figure | baseline (same run) | ratio to baseline | command |")
console.log("| --- | --- | --- | --- | --- |")
console.log(`| GB/T 42195 validated + scored, level only (\`assessLevel\`) | ${fmt(quick)} | ${fmt(base)} | ${(base / quick).toFixed(1)}× slower | ${cmd} |`)
console.log(`| GB/T 42195 validated + scored + explanation (\`assess\`) | ${fmt(full)} | ${fmt(base)} | ${(base / full).toFixed(1)}× slower | ${cmd} |`)
console.log(`| zod shape decode of the same form (not on the scoring path) | ${fmt(zod)} | ${fmt(base)} | ${(base / zod).toFixed(1)}× slower | ${cmd} |`)
console.log(`\nforms: ${N} (26 answers each); peak RSS ${rss} MB; aim 500,000/s for the scoring path: ${quick >= 500_000 ? "met" : "not met"} on this run. (sink ${sink > 0 ? "ok" : "-"})`)
