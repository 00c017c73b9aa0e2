/**
 * Everyone's score in one pass over the ledger's typed columns (see ledger-store.ts): no date
 * strings, no closures, no per-entry lookups by key, no objects built per entry. It computes the
 * same numbers as `foldScore` by three facts about that fold, when every counted entry falls
 * under the version in force on `asOf` (otherwise the person goes through `foldScore`):
 *
 * - an item's cap in a period limits the period's total for the item, whatever the order of its
 *   entries (an item's entries all have the sign of its points);
 * - the lifetime cap limits the total of counted awards, whatever their order;
 * - 信用修复: deductions form chains whose gaps are shorter than the clean period; a chain lapses
 *   on its last day + the clean period, so every chain but the last has lapsed by `asOf`, and the
 *   last has lapsed iff its last day + the clean period is on or before `asOf`.
 *
 * A property test holds `scoresAt` (this path) equal to `scoreStatement` (`foldScore`).
 */
import { type IsoDate, toDayNumber } from "@minzheng/core"
import type { Ledger } from "../ledger/ledger.js"
import type { Scheme } from "../scheme/scheme.js"
import { AWARD, DEDUCTION, storeOf } from "./ledger-store.js"
import { startOfPeriod } from "./scheme-rules.js"
import { foldScore, versionPicker } from "./score-fold.js"

let live = new Int32Array(256)
let deductionDays = new Int32Array(256)
// Running totals per (item, period) of one person: a table addressed by item code × period slot,
// and the list of slots touched (so clearing costs only what was used).
let sums = new Float64Array(1024)
let touched = new Int32Array(256)

/** Scores of everyone with an entry, as of `asOf` (arguments already checked). */
export const fastScores = (ledger: Ledger, versions: ReadonlyArray<Scheme>, asOf: IsoDate): Map<string, number> => {
  const out = new Map<string, number>()
  const pick = versionPicker(versions)
  const current = pick(asOf)
  if (current === undefined) return out
  const store = storeOf(ledger)
  const size = ledger.size
  const { day, month, kind, item, points, reversal } = store
  const asOfDay = toDayNumber(asOf)
  const fromDay = toDayNumber(current.effectiveFrom)
  const windowDay = current.carryOver === "none" ? toDayNumber(startOfPeriod(current.period, asOf)) : Number.NEGATIVE_INFINITY
  const clean = current.repairCleanDays
  const lifetimeCap = current.lifetimeCap
  const base = current.baseScore
  // Per-period caps by item code (-1: no cap), and the period length in months.
  const capOfItem = new Float64Array(store.items.length).fill(-1)
  const capById = new Map(current.items.map((i) => [i.id, i.capPerPeriod]))
  for (let c = 0; c < store.items.length; c++) capOfItem[c] = capById.get(store.items[c] as string) ?? -1
  const span = current.period === "year" ? 12 : current.period === "quarter" ? 3 : 1
  const rev = (k: string) => ledger.reversalOf(k)?.date
  for (const person of store.people) {
    const list = store.byPerson.get(person) as number[]
    if ((list[0] as number) >= size) continue
    let n = 0
    let nd = 0
    let older = false
    let firstMonth = Number.POSITIVE_INFINITY
    let lastMonth = Number.NEGATIVE_INFINITY
    if (live.length < list.length) live = new Int32Array(list.length * 2)
    if (deductionDays.length < list.length) deductionDays = new Int32Array(list.length * 2)
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number
      if (i >= size) break
      const kd = kind[i] as number
      if (kd !== AWARD && kd !== DEDUCTION) continue
      const d = day[i] as number
      if (d > asOfDay || d < windowDay) continue
      const r = reversal[i] as number
      if (r !== -1 && r < size && (day[r] as number) <= asOfDay) continue
      if (d < fromDay) older = true
      const m = month[i] as number
      if (m < firstMonth) firstMonth = m
      if (m > lastMonth) lastMonth = m
      live[n++] = i
      if ((points[i] as number) < 0) deductionDays[nd++] = d
    }
    if (older) {
      out.set(person, foldScore(ledger.entriesOf(person), rev, pick, current, asOf, false).score)
      continue
    }
    // 信用修复: deductions dated before the last chain's first day have lapsed; all have if the
    // last chain has.
    let lapsedBefore = Number.NEGATIVE_INFINITY
    if (clean !== null && nd > 0) {
      const ds = deductionDays.subarray(0, nd).sort()
      let start = ds[nd - 1] as number
      if (start + clean <= asOfDay) lapsedBefore = Number.POSITIVE_INFINITY
      else {
        for (let k = nd - 2; k >= 0 && start - (ds[k] as number) < clean; k--) start = ds[k] as number
        lapsedBefore = start
      }
    }
    let gained = 0
    let lost = 0
    let nt = 0
    const first = firstMonth - (firstMonth % span)
    const slots = Math.floor((lastMonth - first) / span) + 1
    if (sums.length < slots * capOfItem.length) sums = new Float64Array(slots * capOfItem.length * 2)
    if (touched.length < n) touched = new Int32Array(n * 2)
    for (let k = 0; k < n; k++) {
      const i = live[k] as number
      const p = points[i] as number
      if (p < 0 && (day[i] as number) < lapsedBefore) continue
      const code = item[i] as number
      const cap = code === -1 ? -1 : (capOfItem[code] as number)
      if (cap === -1) {
        if (p > 0) gained += p
        else lost += p
        continue
      }
      const slot = code * slots + Math.floor(((month[i] as number) - first) / span)
      const before = sums[slot] as number
      if (before === 0) touched[nt++] = slot
      sums[slot] = before + p
    }
    for (let k = 0; k < nt; k++) {
      const slot = touched[k] as number
      const sum = sums[slot] as number
      const cap = capOfItem[Math.floor(slot / slots)] as number
      if (sum > 0) gained += Math.min(sum, cap)
      else lost -= Math.min(-sum, cap)
      sums[slot] = 0
    }
    out.set(person, base + (lifetimeCap === null ? gained : Math.min(gained, lifetimeCap)) + lost)
  }
  return out
}
