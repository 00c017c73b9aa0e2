/**
 * Bench: GB/T 42195-2022 assessments validated and scored per second on one core, against a
 * hand-written sum-and-threshold baseline run in the same process on the same forms.
 *
 *   pnpm --filter @minzheng/care-assessment bench              (nine rounds of ≥ 150 ms per operation)
 *   pnpm --filter @minzheng/care-assessment bench -- --quick   (five rounds of ≥ 100 ms: about 5 s)
 *
 * The operations are timed in interleaved rounds (baseline, assessLevel, assess, … then again),
 * so a shared machine's load falls on all of them alike; each figure is the median round, with
 * the slowest–fastest round range. Two clocks: wall time, and the main thread's CPU time
 * (`process.threadCpuUsage`), which is the one-core figure and moves less with other load. The
 * ratio to the baseline is given for the medians and, per round, as a range (each round's
 * figure over the baseline's in the same round).
 */
import { assess, assessLevel, GBT_42195, GBT_42195_2022, ResponseSetSchema } from "@minzheng/care-assessment"
import * as Result from "effect/Result"

const N = 10_000
const quick = process.argv.includes("--quick")
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 5 : 9))
const ROUND_MS = quick ? 100 : 150
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
type Form = (typeof forms)[number]

// The same forms with one mistake each (an option the item does not allow): the fast check
// gives up and the listing check names the problem.
const badForms: Array<Form> = forms.map((f, k) => ({ ...f, answers: f.answers.map((a, i) => (i === k % 26 ? { ...a, option: "9" } : a)) }))

// The same forms without `instrument` (the instrument passed to `assessLevel` decides): the field
// is optional, and leaving it out must not cost anything.
const unnamedForms = forms.map(({ instrument: _, ...rest }) => rest) as unknown as Array<Form>

/** The baseline: sum the option scores, threshold the total. No checks, no adjustments, no explanation. */
const baseline = (form: Form): number => {
  let total = 0
  const answers = form.answers
  for (let i = 0; i < answers.length; i++) total += +answers[i]!.option
  return total >= 90 ? 0 : total >= 66 ? 1 : total >= 46 ? 2 : total >= 30 ? 3 : 4
}

// Both paths must agree with the baseline on the preliminary level, and reject every bad form.
for (let k = 0; k < 1000; k++) {
  const r = assessLevel(GBT_42195, forms[k])
  if (Result.isFailure(r)) throw new Error("bench form rejected")
  if (GBT_42195.levelRank.get(r.success.preliminaryLevel!) !== baseline(forms[k]!)) throw new Error("baseline disagrees")
  const e = assess(GBT_42195, forms[k])
  if (Result.isFailure(e) || e.success.total !== r.success.total || e.success.level !== r.success.level) throw new Error("assess disagrees")
  if (Result.isSuccess(assessLevel(GBT_42195, badForms[k]))) throw new Error("bad form accepted")
  const u = assessLevel(GBT_42195, unnamedForms[k])
  if (Result.isFailure(u) || u.success.total !== r.success.total || u.success.level !== r.success.level) throw new Error("form without instrument disagrees")
}

interface Op {
  readonly name: string
  readonly fn: (f: Form) => unknown
  readonly data: ReadonlyArray<Form>
  readonly wall: Array<number>
  readonly cpu: Array<number>
}
const op = (name: string, fn: (f: Form) => unknown, data: ReadonlyArray<Form> = forms): Op => ({ name, fn, data, wall: [], cpu: [] })
const ops = {
  base: op("baseline (sum + threshold, no checks)", baseline),
  quick: op("assessLevel (validate + score + level + adjustments)", (f) => assessLevel(GBT_42195, f)),
  unnamed: op("assessLevel, forms without `instrument`", (f) => assessLevel(GBT_42195, f), unnamedForms),
  full: op("assess (… + explanation tree)", (f) => assess(GBT_42195, f)),
  bad: op("assessLevel on forms with one bad option (listing path)", (f) => assessLevel(GBT_42195, f), badForms),
  zod: op("zod ResponseSetSchema.safeParse (shape decode only)", (f) => ResponseSetSchema.safeParse(f).success)
}

let sink = 0
const round = (o: Op, minMs: number): void => {
  const { fn, data } = o
  let calls = 0
  const cpu0 = process.threadCpuUsage()
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    for (let i = 0; i < data.length; i++) if (fn(data[i]!) !== undefined) sink++
    calls += data.length
    elapsed = performance.now() - start
  }
  const cpu = process.threadCpuUsage(cpu0)
  o.wall.push(calls / (elapsed / 1000))
  o.cpu.push(calls / ((cpu.user + cpu.system) / 1e6))
}

for (const o of Object.values(ops)) for (let i = 0; i < o.data.length; i++) if (o.fn(o.data[i]!) !== undefined) sink++ // warm-up: one pass each
console.error(`measuring: ${ROUNDS} interleaved rounds of ≥ ${ROUND_MS} ms per operation (one process, one core)…`)
for (let r = 0; r < ROUNDS; r++) for (const o of Object.values(ops)) round(o, ROUND_MS)
const rss = Math.round(process.resourceUsage().maxRSS / 1024)

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const n = (x: number): string => Math.round(x).toLocaleString("en-US")
const k = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${Math.round(x / 1000)} k`)
const range = (xs: ReadonlyArray<number>): string => `${k(Math.min(...xs))}–${k(Math.max(...xs))}`
for (const o of Object.values(ops)) {
  console.error(`  ${o.name}: wall ${n(median(o.wall))}/s (${range(o.wall)}), main-thread CPU ${n(median(o.cpu))}/s (${range(o.cpu)})`)
}

const cmd = quick ? "`pnpm --filter @minzheng/care-assessment bench -- --quick`" : "`pnpm --filter @minzheng/care-assessment bench`"
const b = ops.base
/** Per round: how many times slower than the baseline in the same round (the round's pair shares the machine's load). */
const perRound = (o: Op, clock: "wall" | "cpu"): ReadonlyArray<number> => o[clock].map((x, i) => b[clock][i]! / x)
const times = (xs: ReadonlyArray<number>): string => `${median(xs).toFixed(2)}× (rounds ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}×)`
const row = (label: string, o: Op): string =>
  `| ${label} | ${n(median(o.wall))}/s (${range(o.wall)}) | ${n(median(o.cpu))}/s | ${n(median(b.wall))}/s | ${times(perRound(o, "wall"))} slower; CPU ${times(perRound(o, "cpu"))} | ${cmd} |`
console.log("| operation | figure, wall (round range) | figure, main-thread CPU | baseline, wall (same run) | ratio to baseline, median of rounds (range) | command |")
console.log("| --- | --- | --- | --- | --- | --- |")
console.log(row("GB/T 42195 validated + scored, level only (`assessLevel`)", ops.quick))
console.log(row("the same, forms without `instrument` (`assessLevel`)", ops.unnamed))
console.log(row("GB/T 42195 validated + scored + explanation tree (`assess`)", ops.full))
console.log(row("form with one bad option, refused with the problem listed (`assessLevel`)", ops.bad))
console.log(row("zod shape decode of the same form (not on the scoring path)", ops.zod))
const aim = median(ops.quick.cpu)
const ratioAim = median(perRound(ops.quick, "cpu"))
console.log(
  `\nforms: ${N} (26 answers each); ${ROUNDS} rounds; peak RSS ${rss} MB; baseline main-thread CPU ${n(median(b.cpu))}/s. ` +
    `Aims for the scoring path (\`assessLevel\`, main-thread CPU): ≥ 500,000/s ${aim >= 500_000 ? "met" : "not met"} (${n(aim)}/s); ` +
    `within 4× of the baseline ${ratioAim <= 4 ? "met" : "not met"} (${ratioAim.toFixed(2)}×). (sink ${sink > 0 ? "ok" : "-"})`
)
