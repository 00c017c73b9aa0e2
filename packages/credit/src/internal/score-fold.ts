/**
 * The score fold on arguments already checked (shared by scores, statements, period points and
 * balances, so they always agree). Not public: the public functions check their arguments first.
 */
import { fromDayNumber, type IsoDate, toDayNumber } from "@minzheng/core"
import { startOfPeriod } from "./scheme-rules.js"
import type { LedgerEntry } from "../ledger/entry.js"
import type { LineStatus, ScoreLine } from "../ledger/score-model.js"
import type { Scheme } from "../scheme/scheme.js"

/**
 * Picks the scheme version in force on a date (cached per date).
 */
export const versionPicker = (versions: ReadonlyArray<Scheme>): ((date: IsoDate) => Scheme | undefined) => {
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))
  if (sorted.length === 1) {
    const only = sorted[0] as Scheme
    return (date) => (only.effectiveFrom <= date ? only : undefined)
  }
  const cache = new Map<string, Scheme | undefined>()
  return (date) => {
    let v = cache.get(date)
    if (v === undefined && !cache.has(date)) {
      v = sorted.find((s) => s.effectiveFrom <= date)
      cache.set(date, v)
    }
    return v
  }
}

const byDateThenKey = (a: LedgerEntry, b: LedgerEntry): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

const capCache = new WeakMap<Scheme, Map<string, number | null>>()
const capOf = (scheme: Scheme, item: string | null): number | null => {
  let m = capCache.get(scheme)
  if (m === undefined) {
    m = new Map(scheme.items.map((i) => [i.id, i.capPerPeriod]))
    capCache.set(scheme, m)
  }
  return item === null ? null : (m.get(item) ?? null)
}

/** A number for the period a date falls in (year × 12 + the period's first month − 1). */
const periodIndex = (period: Scheme["period"], date: IsoDate): number => {
  const y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48)
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1
  return y * 12 + (period === "year" ? 0 : period === "quarter" ? m - (m % 3) : m)
}

interface FoldResult {
  readonly score: number
  readonly lines: ScoreLine[] | null
}

/**
 * The fold itself, shared by the explained and the score-only paths (so both always agree).
 */
export const foldScore = (
  entries: ReadonlyArray<LedgerEntry>,
  reversalDate: (key: string) => IsoDate | undefined,
  pick: (date: IsoDate) => Scheme | undefined,
  current: Scheme,
  asOf: IsoDate,
  withLines: boolean
): FoldResult => {
  const windowStart = current.carryOver === "none" ? startOfPeriod(current.period, asOf) : null
  const lines: ScoreLine[] | null = withLines ? [] : null
  const live: LedgerEntry[] = []
  for (const e of entries) {
    if (e.kind !== "award" && e.kind !== "deduction") continue
    if (e.date > asOf) {
      lines?.push({ key: e.key, date: e.date, item: e.item, kind: e.kind, points: e.points, counted: 0, status: "future" })
      continue
    }
    const rev = reversalDate(e.key)
    if (rev !== undefined && rev <= asOf) {
      lines?.push({ key: e.key, date: e.date, item: e.item, kind: e.kind, points: e.points, counted: 0, status: "reversed", reversedOn: rev })
      continue
    }
    if (windowStart !== null && e.date < windowStart) {
      lines?.push({ key: e.key, date: e.date, item: e.item, kind: e.kind, points: e.points, counted: 0, status: "outside-period" })
      continue
    }
    live.push(e)
  }
  // Sort by (day, key) on precomputed day numbers: string date comparisons dominated this fold.
  const n = live.length
  const days = new Float64Array(n)
  for (let i = 0; i < n; i++) days[i] = toDayNumber((live[i] as LedgerEntry).date)
  const order = Array.from({ length: n }, (_, i) => i)
  order.sort((a, b) => (days[a] as number) - (days[b] as number) || byDateThenKey(live[a] as LedgerEntry, live[b] as LedgerEntry))
  const sorted = order.map((i) => live[i] as LedgerEntry)
  const sortedDays = order.map((i) => days[i] as number)
  const asOfDay = toDayNumber(asOf)
  // 信用修复: walk deductions backwards; a deduction followed by another within the clean period
  // lapses together with it (the clean period restarts at every new deduction). Day numbers, not
  // date strings, keep this cheap at city scale.
  let lapse: Float64Array | null = null
  const clean = current.repairCleanDays
  if (clean !== null) {
    let nextDay = Number.NaN
    let nextLapse = Number.NaN
    for (let i = n - 1; i >= 0; i--) {
      const e = sorted[i] as LedgerEntry
      if (e.points >= 0) continue
      const day = sortedDays[i] as number
      const l = nextDay - day < clean ? nextLapse : day + clean
      lapse ??= new Float64Array(n).fill(Number.NaN)
      lapse[i] = l
      nextDay = day
      nextLapse = l
    }
  }
  let score = current.baseScore
  let lifetime = 0
  // Per item: the period the running cap total belongs to (entries are in date order, so a new
  // period simply resets it).
  const capState = new Map<string, { period: number; used: number }>()
  for (let i = 0; i < n; i++) {
    const e = sorted[i] as LedgerEntry
    const scheme = pick(e.date) ?? current
    let counted = e.points
    let status: LineStatus = "counted"
    const lapseDay = lapse === null ? Number.NaN : (lapse[i] as number)
    if (lapseDay <= asOfDay) {
      counted = 0
      status = "lapsed"
    } else {
      const cap = capOf(scheme, e.item)
      if (cap !== null) {
        const period = periodIndex(scheme.period, e.date)
        let st = capState.get(e.item as string)
        if (st === undefined || st.period !== period) {
          st = { period, used: 0 }
          capState.set(e.item as string, st)
        }
        const magnitude = Math.min(Math.abs(counted), Math.max(0, cap - st.used))
        st.used += magnitude
        if (magnitude < Math.abs(counted)) status = "capped"
        counted = counted < 0 ? -magnitude : magnitude
      }
      if (counted > 0 && scheme.lifetimeCap !== null) {
        const room = Math.max(0, scheme.lifetimeCap - lifetime)
        if (counted > room) {
          counted = room
          status = "over-lifetime-cap"
        }
        lifetime += counted
      }
    }
    score += counted
    if (lines !== null) {
      lines.push({
        key: e.key,
        date: e.date,
        item: e.item,
        kind: e.kind as "award" | "deduction",
        points: e.points,
        counted,
        status,
        ...(status === "lapsed" ? { lapsedOn: fromDayNumber(lapseDay) } : {})
      })
    }
  }
  return { score, lines }
}

