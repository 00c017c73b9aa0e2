/**
 * Bench at 荣成 scale (seed 001): 286,000 people in 778 villages, 50 entries each (14.3 M entries)
 * folded to scores as of year end, and a city-wide payout of 36,000,000 元 over 286,000 people.
 * Every figure is printed beside baselines measured in the same process, as a range over
 * `REPEATS` repetitions (min–max), with peak RSS.
 *
 *   pnpm --filter @minzheng/credit bench
 *   RUN_VILLAGES=100 REPEATS=3 pnpm --filter @minzheng/credit bench   (a smaller run)
 */
import { allocate, allocateUnits, fromDayNumber, isoDateUnsafe, Money, toDayNumber } from "@minzheng/core"
import { Result } from "effect"
import { computePayout, Ledger, type LedgerEntry, rongchengVillageScheme, scoresAtUnsafe } from "../src/index.js"
import { payoutFromWeights } from "../src/internal/payout-rows.js"
import { foldScore, versionPicker } from "../src/internal/score-fold.js"

const rss = () => Math.round(process.resourceUsage().maxRSS / 1024)
const rssAtStart = rss()
const PEOPLE = 286_000
const VILLAGES = 778
const RUN_VILLAGES = Number(process.env.RUN_VILLAGES ?? VILLAGES)
const REPEATS = Number(process.env.REPEATS ?? 3)
const PER_PERSON = 50
const schemes = [rongchengVillageScheme]
const asOf = isoDateUnsafe("2025-12-31")
const day0 = toDayNumber(isoDateUnsafe("2025-01-01"))
const items = rongchengVillageScheme.items
const recorder = { id: "c", role: "collector" } as const
const approver = { id: "v", role: "village-committee" } as const

let seed = 42
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}

// A village ledger: 50 entries per person over 2025, about 1% of them reversals of the previous one.
const villageLedger = (v: number, people: number): Ledger => {
  let l = Ledger.empty()
  for (let p = 0; p < people; p++) {
    const person = `v${v}-p${p}`
    for (let k = 0; k < PER_PERSON; k++) {
      const key = `${person}-${k}`
      const date = fromDayNumber(day0 + Math.floor(rand() * 365))
      if (k > 0 && rand() < 0.01) {
        const target = l.find(`${person}-${k - 1}`)
        if (target !== undefined && target.kind !== "reversal" && l.reversalOf(target.key) === undefined) {
          l = l.withEntry({ key, kind: "reversal", person, item: target.item, quantity: 1, points: -target.points, date: target.date > date ? target.date : date, recorder: approver, approver: null, evidenceId: null, reverses: target.key, orderId: null, lot: null, note: null })
          continue
        }
      }
      const item = items[Math.floor(rand() * items.length)] as (typeof items)[number]
      l = l.withEntry({ key, kind: item.points > 0 ? "award" : "deduction", person, item: item.id, quantity: 1, points: item.points, date, recorder, approver, evidenceId: "e", reverses: null, orderId: null, lot: null, note: null })
    }
  }
  return l
}

// Baseline 1, the previous scoresAt: the explained fold (without lines) per person, entry by entry
// in date order (date strings, closures, a Map per person).
const perPersonFold = (l: Ledger): Map<string, number> => {
  const pick = versionPicker(schemes)
  const rev = (k: string) => l.reversalOf(k)?.date
  const out = new Map<string, number>()
  for (const p of l.people()) out.set(p, foldScore(l.entriesOf(p), rev, pick, rongchengVillageScheme, asOf, false).score)
  return out
}

// Baseline 2, naive: for each person, filter the village's whole entry list, then the same fold.
const naiveScores = (l: Ledger): Map<string, number> => {
  const all = l.entries()
  const pick = versionPicker(schemes)
  const out = new Map<string, number>()
  for (const p of l.people()) {
    const mine = all.filter((e: LedgerEntry) => e.person === p)
    out.set(p, foldScore(mine, (k) => l.reversalOf(k)?.date, pick, rongchengVillageScheme, asOf, false).score)
  }
  return out
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 })
const range = (xs: ReadonlyArray<number>, f: (x: number) => string) => {
  const lo = Math.min(...xs)
  const hi = Math.max(...xs)
  return lo === hi ? f(lo) : `${f(lo)}–${f(hi)}`
}
// Wall-clock time, and the process's CPU time over the same call (on a shared, loaded machine the
// wall clock includes time spent waiting for a core; CPU time does not).
let lastCpuMs = 0
const time = <T>(f: () => T): [T, number] => {
  const c = process.cpuUsage()
  const t = performance.now()
  const out = f()
  const wall = performance.now() - t
  const cpu = process.cpuUsage(c)
  lastCpuMs = (cpu.user + cpu.system) / 1000
  return [out, wall]
}

// ---- 1. 14.3 M entries folded to scores, village by village ---------------------------------
const foldMs = new Array<number>(REPEATS).fill(0)
const foldCpuMs = new Array<number>(REPEATS).fill(0)
let entries = 0
let buildMs = 0
let foldRss = 0
// Baselines run on villages spread over the run (not the first ones, still warming up the JIT).
const PER_PERSON_EVERY = 19
const NAIVE_EVERY = 78
let perPersonMs = 0
let perPersonEntries = 0
let naiveMs = 0
let naiveEntries = 0
let checksum = 0
for (let v = 0; v < RUN_VILLAGES; v++) {
  const people = Math.floor(PEOPLE / VILLAGES) + (v < PEOPLE % VILLAGES ? 1 : 0)
  const [l, bms] = time(() => villageLedger(v, people))
  buildMs += bms
  entries += l.size
  let scores = new Map<string, number>()
  for (let r = 0; r < REPEATS; r++) {
    const [s, ms] = time(() => scoresAtUnsafe(l, schemes, asOf))
    foldMs[r] = (foldMs[r] as number) + ms
    foldCpuMs[r] = (foldCpuMs[r] as number) + lastCpuMs
    scores = s
  }
  for (const s of scores.values()) checksum += s
  if (v % PER_PERSON_EVERY === 5) {
    const [fold, ms] = time(() => perPersonFold(l))
    perPersonMs += ms
    perPersonEntries += l.size
    for (const [p, s] of fold) if (scores.get(p) !== s) throw new Error("per-person fold disagrees")
  }
  if (v % NAIVE_EVERY === 7) {
    const [naive, ms] = time(() => naiveScores(l))
    naiveMs += ms
    naiveEntries += l.size
    for (const [p, s] of naive) if (scores.get(p) !== s) throw new Error("naive baseline disagrees")
  }
}
foldRss = rss()
const rates = foldMs.map((ms) => entries / (ms / 1000))
const perPersonRate = perPersonEntries / (perPersonMs / 1000)
const naiveRate = naiveEntries / (naiveMs / 1000)
console.log(`RSS after imports: ${rssAtStart} MB`)
console.log(`fold: ${fmt(entries)} entries of ${RUN_VILLAGES === VILLAGES ? fmt(PEOPLE) : "part of the"} people in ${RUN_VILLAGES} villages → scores (scoresAt), ${REPEATS} repetitions`)
console.log(`  time: ${range(foldMs, (ms) => (ms / 1000).toFixed(2))} s wall (CPU ${range(foldCpuMs, (ms) => (ms / 1000).toFixed(2))} s); ${range(rates, fmt)} entries/s (checksum ${checksum})`)
console.log(`  baseline A, previous per-person fold (every ${PER_PERSON_EVERY}th village, ${fmt(perPersonEntries)} entries): ${fmt(perPersonRate)} entries/s; ratio ${range(rates.map((r) => r / perPersonRate), (x) => x.toFixed(1))}×`)
console.log(`  baseline B, naive filter of the village ledger per person (every ${NAIVE_EVERY}th village, ${fmt(naiveEntries)} entries): ${fmt(naiveRate)} entries/s; ratio ${range(rates.map((r) => r / naiveRate), (x) => x.toFixed(0))}×`)
console.log(`  building the ledgers (append incl. typed columns, not part of the fold): ${(buildMs / 1000).toFixed(1)} s (${fmt(entries / (buildMs / 1000))} entries/s)`)
console.log(`  peak RSS after the fold section: ${foldRss} MB`)

// ---- 2. City-wide payout over 286,000 people --------------------------------------------------
const fund = Money.yuan("36000000.00")
const recipients = Array.from({ length: PEOPLE }, (_, i) => ({ person: `p${i}`, points: Math.floor(rand() * 60) - 5 }))
const weights = recipients.map((r) => Math.max(r.points, 0))
const runs = { units: [] as number[], rows: [] as number[], validated: [] as number[], core: [] as number[] }
const cpu = { units: [] as number[], rows: [] as number[], validated: [] as number[], core: [] as number[] }
let equal = true
for (let r = 0; r < REPEATS; r++) {
  const [fast, unitsMs] = time(() => allocateUnits(fund.toFen(), weights))
  cpu.units.push(lastCpuMs)
  const [rows, rowsMs] = time(() => payoutFromWeights(fund, "proportional", recipients, weights, false))
  cpu.rows.push(lastCpuMs)
  const [validated, validatedMs] = time(() => computePayout(rongchengVillageScheme, fund, recipients))
  cpu.validated.push(lastCpuMs)
  const [core, coreMs] = time(() => allocate(fund, weights))
  cpu.core.push(lastCpuMs)
  runs.units.push(unitsMs)
  runs.rows.push(rowsMs)
  runs.validated.push(validatedMs)
  runs.core.push(coreMs)
  equal &&= core.every((m, i) => m.toFen() === fast[i]) && rows.rows.every((row, i) => row.fen === fast[i])
  if (Result.isFailure(validated) || rows.rows.reduce((a, x) => a + x.fen, 0) !== fund.toFen()) throw new Error("payout check failed")
}
if (!equal) throw new Error("shares differ from core's allocate")
const ms = (x: number) => x.toFixed(0)
console.log(`payout: 36,000,000 元 over ${fmt(PEOPLE)} people, ${REPEATS} repetitions`)
console.log(`  core allocateUnits (integer largest remainder): ${range(runs.units, ms)} ms wall (CPU ${range(cpu.units, ms)} ms)`)
console.log(`  payout rows with amounts (trusted weights, incl. allocateUnits): ${range(runs.rows, ms)} ms wall (CPU ${range(cpu.rows, ms)} ms)`)
console.log(`  computePayout incl. input validation of 286,000 rows: ${range(runs.validated, ms)} ms wall (CPU ${range(cpu.validated, ms)} ms)`)
console.log(`  baseline core allocate (decimal.js, full size): ${range(runs.core, ms)} ms wall (CPU ${range(cpu.core, ms)} ms); ratio ${range(runs.core.map((c, i) => c / (runs.rows[i] as number)), (x) => x.toFixed(1))}× (rows), ${range(runs.core.map((c, i) => c / (runs.units[i] as number)), (x) => x.toFixed(1))}× (allocation); identical shares: ${equal}`)
console.log(`peak RSS: ${rss()} MB`)
