/**
 * Bench at 荣成 scale (seed 001): 286,000 people in 778 villages, 50 entries each (14.3 M entries)
 * folded to scores as of year end, and a city-wide payout of 36,000,000 元 over 286,000 people.
 * Each figure is printed beside a naive baseline measured in the same process.
 *
 *   pnpm --filter @minzheng/credit bench
 */
import { allocate, fromDayNumber, isoDateUnsafe, Money, toDayNumber } from "@minzheng/core"
import { Result } from "effect"
import { computePayout, foldScore, Ledger, type LedgerEntry, payoutFromWeights, rongchengVillageScheme, scoresAt, versionPicker } from "../src/index.js"
import { allocateUnits } from "../src/internal/allocate-fen.js"

const PEOPLE = 286_000
const VILLAGES = 778
const RUN_VILLAGES = Number(process.env.RUN_VILLAGES ?? VILLAGES)
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

// Naive baseline: for each person, filter the village's whole entry list, then run the same fold.
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

const rss = () => Math.round(process.resourceUsage().maxRSS / 1024)
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 })

// ---- 1. 14.3 M entries folded to scores, village by village ---------------------------------
let foldMs = 0
let entries = 0
let baseMs = 0
let baseEntries = 0
let checksum = 0
const BASELINE_VILLAGES = 10
for (let v = 0; v < RUN_VILLAGES; v++) {
  const people = Math.floor(PEOPLE / VILLAGES) + (v < PEOPLE % VILLAGES ? 1 : 0)
  const l = villageLedger(v, people)
  const t0 = performance.now()
  const scores = scoresAt(l, schemes, asOf)
  foldMs += performance.now() - t0
  entries += l.size
  for (const s of scores.values()) checksum += s
  if (v < BASELINE_VILLAGES) {
    const t1 = performance.now()
    const naive = naiveScores(l)
    baseMs += performance.now() - t1
    baseEntries += l.size
    for (const [p, s] of naive) if (scores.get(p) !== s) throw new Error("baseline disagrees")
  }
}
const foldRate = entries / (foldMs / 1000)
const baseRate = baseEntries / (baseMs / 1000)
console.log(`fold: ${fmt(entries)} entries of ${fmt(PEOPLE)} people in ${VILLAGES} villages → scores in ${(foldMs / 1000).toFixed(2)} s (${fmt(foldRate)} entries/s; checksum ${checksum})`)
console.log(`  baseline (filter the village ledger per person, ${BASELINE_VILLAGES} villages): ${fmt(baseRate)} entries/s; ratio ${(foldRate / baseRate).toFixed(1)}×`)
console.log(`  peak RSS so far: ${rss()} MB`)

// ---- 2. City-wide payout over 286,000 people --------------------------------------------------
const fund = Money.yuan("36000000.00")
const recipients = Array.from({ length: PEOPLE }, (_, i) => ({ person: `p${i}`, points: Math.floor(rand() * 60) - 5 }))
const weights = recipients.map((r) => Math.max(r.points, 0))
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now()
  const out = f()
  return [out, performance.now() - t]
}
time(() => allocateUnits(fund.toFen(), weights)) // warm-up
const [fast, fastMs] = time(() => allocateUnits(fund.toFen(), weights))
const [rows, rowsMs] = time(() => payoutFromWeights(fund, "proportional", recipients, weights, false))
const [validated, validatedMs] = time(() => computePayout(rongchengVillageScheme, fund, recipients))
// Core's allocate at full size: at 286,000 weights it currently throws a RangeError (a spread of
// the whole weight array into Math.max); the baseline then runs on a 10% sample and is scaled ×10.
let coreMs: number
let coreNote: string
let equal: boolean
try {
  const [core, ms] = time(() => allocate(fund, weights))
  coreMs = ms
  coreNote = "full size"
  equal = core.every((m, i) => m.toFen() === fast[i])
} catch (e) {
  const n = PEOPLE / 10
  const sample = weights.slice(0, n)
  const [core, ms] = time(() => allocate(fund, sample))
  coreMs = ms * 10
  coreNote = `full size threw ${(e as Error).name}; ${fmt(n)}-person sample × 10`
  equal = JSON.stringify(core.map((m) => m.toFen())) === JSON.stringify(allocateUnits(fund.toFen(), sample))
}
if (!equal || Result.isFailure(validated) || rows.rows.reduce((a, r) => a + r.fen, 0) !== fund.toFen()) throw new Error("payout check failed")
console.log(`payout: 36,000,000 元 over ${fmt(PEOPLE)} people`)
console.log(`  integer largest remainder (allocateUnits): ${fastMs.toFixed(1)} ms`)
console.log(`  payout rows (payoutFromWeights, trusted input): ${rowsMs.toFixed(1)} ms`)
console.log(`  computePayout incl. zod validation of 286,000 rows: ${validatedMs.toFixed(1)} ms`)
console.log(`  baseline core allocate (${coreNote}): ${coreMs.toFixed(1)} ms; ratio ${(coreMs / rowsMs).toFixed(1)}× (rows) / ${(coreMs / fastMs).toFixed(1)}× (allocation); identical shares: ${equal}`)
console.log(`peak RSS: ${rss()} MB`)
