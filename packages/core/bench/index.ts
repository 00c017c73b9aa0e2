/**
 * @minzheng/core benchmarks: working-day arithmetic and allocation, each against a naive baseline
 * run in the same process, plus the growth check for the O(1) claim (two query sizes 100× apart),
 * and the import time of the built package in fresh processes beside a bare `node` (import-time.ts).
 *
 *   pnpm --filter @minzheng/core bench
 */
import { Decimal } from "decimal.js"
import { addDays, allocate, chinaCalendar, fromDayNumber, type IsoDate, isoDateUnsafe, Money, toDayNumber } from "@minzheng/core"
import { importTime } from "./import-time.js"

const time = (fn: () => number, minMs = 400): { opsPerSec: number; sink: number } => {
  let ops = 0
  let sink = 0
  for (let i = 0; i < 3; i++) sink += fn() // warm-up
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    sink += fn()
    ops++
    elapsed = performance.now() - start
  }
  return { opsPerSec: (ops * 1000) / elapsed, sink }
}

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M/s` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k/s` : `${n.toFixed(1)} /s`)
const rows: string[][] = [["operation", "minzheng", "baseline", "ratio"]]
const report = (name: string, ours: number, base: number, baseName: string) => {
  rows.push([name, fmt(ours), `${fmt(base)} (${baseName})`, `${(ours / base).toFixed(1)}×`])
}

// Dates spread over 2020-01-01 .. 2026-06-30
const first = toDayNumber(isoDateUnsafe("2020-01-01"))
const last = toDayNumber(isoDateUnsafe("2026-06-30"))
const DATES: IsoDate[] = Array.from({ length: 1024 }, (_, i) => fromDayNumber(first + ((i * 2654435761) % (last - first))))

// Naive baseline: day-by-day stepping over a holiday Set, as date-fns's addBusinessDays does (plus holidays)
const rest = new Set<string>()
const work = new Set<string>()
for (const y of chinaCalendar.years) {
  for (const h of y.holidays) for (let d = h.from as IsoDate; d <= h.to; d = addDays(d, 1)) rest.add(d)
  for (const w of y.workdays) work.add(w)
}
const naiveIsWorking = (d: IsoDate): boolean => {
  if (work.has(d)) return true
  if (rest.has(d)) return false
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
  return dow !== 0 && dow !== 6
}
const naiveAdd = (d: IsoDate, n: number): IsoDate => {
  let cur = d
  let left = n
  while (left > 0) {
    cur = addDays(cur, 1)
    if (naiveIsWorking(cur)) left--
  }
  return cur
}

const BATCH = 1024
for (const n of [1, 30]) {
  const ours = time(() => {
    let s = 0
    for (const d of DATES) s += chinaCalendar.addWorkingDaysUnsafe(d, n).length
    return s
  })
  const base = time(() => {
    let s = 0
    for (const d of DATES) s += naiveAdd(d, n).length
    return s
  })
  report(`addWorkingDaysUnsafe(d, ${n})`, ours.opsPerSec * BATCH, base.opsPerSec * BATCH, "day-by-day stepping")
}

const isW = time(() => {
  let s = 0
  for (const d of DATES) s += chinaCalendar.isWorkingDayUnsafe(d) ? 1 : 0
  return s
})
const isWBase = time(() => {
  let s = 0
  for (const d of DATES) s += naiveIsWorking(d) ? 1 : 0
  return s
})
report("isWorkingDay(d)", isW.opsPerSec * BATCH, isWBase.opsPerSec * BATCH, "Set lookups + Date weekday")

// Growth: O(1) per query means n = 5 and n = 500 cost the same; stepping grows ~100×
const growth = (fn: (d: IsoDate, n: number) => IsoDate, n: number) =>
  time(() => {
    let s = 0
    for (const d of DATES.slice(0, 128)) s += fn(isoDateUnsafe(d < "2024-01-01" ? d : "2021-01-04"), n).length
    return s
  }).opsPerSec
const o5 = growth((d, n) => chinaCalendar.addWorkingDaysUnsafe(d, n), 5)
const o500 = growth((d, n) => chinaCalendar.addWorkingDaysUnsafe(d, n), 500)
const b5 = growth(naiveAdd, 5)
const b500 = growth(naiveAdd, 500)

// Allocation of a fund over 10,000 shares
const weights = Array.from({ length: 10_000 }, (_, i) => 50 + ((i * 7919) % 151))
const fund = Money.yuan("1000000.00")
const alloc = time(() => allocate(fund, weights).length, 1000)
const naiveAlloc = time(() => {
  // naive: per-share round half-up and let the sum drift (what a spreadsheet does); not exact
  const sum = weights.reduce((a, b) => a + b, 0)
  let total = new Decimal(0)
  for (const w of weights) total = total.plus(fund.decimal.times(w).div(sum).toDecimalPlaces(2))
  return total.isZero() ? 0 : 1
}, 1000)
report("allocate(fund, 10,000 weights)", alloc.opsPerSec, naiveAlloc.opsPerSec, "per-share rounding, sum drifts")

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
console.log("\n@minzheng/core benchmarks (one process, Node " + process.version + ")\n")
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "))
console.log(`\ngrowth, addWorkingDays n=5 → n=500 (100×): minzheng ${(o5 / o500).toFixed(2)}× slower per query; day-by-day ${(b5 / b500).toFixed(1)}× slower`)
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
importTime()
