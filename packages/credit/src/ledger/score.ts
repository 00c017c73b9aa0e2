/**
 * 信用分 (credit score) as of a date: a fold over a person's ledger entries. Base score plus every
 * award and deduction dated on or before the date that was not reversed by then, each counted
 * within its item's per-period cap and the scheme's lifetime cap; with `carryOver: "none"` only
 * the current period counts; a deduction stops counting once the person has gone the scheme's
 * clean period without another deduction (信用修复). Every line says why it counted or not.
 *
 * @module
 */
import { explain, fromDayNumber, type Explanation, type IsoDate, localPractice } from "@minzheng/core"
import { dayNumber } from "../internal/day-number.js"
import { periodStart, type Scheme, type Tier, tierFor } from "../scheme/scheme.js"
import type { LedgerEntry } from "./entry.js"
import type { Ledger } from "./ledger.js"

/**
 * Why an entry counted in a score, or not: `counted` 计入, `capped` 超出单期上限部分不计,
 * `over-lifetime-cap` 超出个人累计上限, `lapsed` 已信用修复, `reversed` 已冲正, `outside-period` 不在本期,
 * `future` 晚于查询日.
 *
 * @example
 * ```ts
 * import type { LineStatus } from "@minzheng/credit"
 * const s: LineStatus = "capped"
 * ```
 * @category scores
 * @since 0.1.0
 */
export type LineStatus = "counted" | "capped" | "over-lifetime-cap" | "lapsed" | "reversed" | "outside-period" | "future"

/**
 * One line of a score statement: an entry, its points and how many of them counted.
 *
 * @example
 * ```ts
 * import type { ScoreLine } from "@minzheng/credit"
 * const line: ScoreLine = { key: "k1", date: "2025-04-02" as any, item: "elder-care", kind: "award", points: 5, counted: 5, status: "counted" }
 * ```
 * @category scores
 * @since 0.1.0
 */
export interface ScoreLine {
  readonly key: string
  readonly date: IsoDate
  readonly item: string | null
  readonly kind: "award" | "deduction"
  readonly points: number
  readonly counted: number
  readonly status: LineStatus
  readonly lapsedOn?: IsoDate
  readonly reversedOn?: IsoDate
}

/**
 * A person's score as of a date with the tier it falls in and every line behind it.
 *
 * @example
 * ```ts
 * import type { ScoreStatement } from "@minzheng/credit"
 * const show = (s: ScoreStatement) => `${s.score} ${s.tier.display}`
 * ```
 * @category scores
 * @since 0.1.0
 */
export interface ScoreStatement {
  readonly person: string
  readonly asOf: IsoDate
  readonly scheme: { readonly id: string; readonly version: string }
  readonly baseScore: number
  readonly score: number
  readonly tier: Tier
  readonly lines: ReadonlyArray<ScoreLine>
  readonly explanation: Explanation
}

const REPAIR = localPractice("seed 001", "信用修复：扣分在规定的无新失信记录期满后不再计入（期限为方案参数，示例值）")
const CAPS = localPractice("seed 001", "每个积分事项每期设上限（方案参数，示例值）")

/**
 * Picks the scheme version in force on a date (cached per date).
 *
 * @internal
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
 *
 * @internal
 */
export const foldScore = (
  entries: ReadonlyArray<LedgerEntry>,
  reversalDate: (key: string) => IsoDate | undefined,
  pick: (date: IsoDate) => Scheme | undefined,
  current: Scheme,
  asOf: IsoDate,
  withLines: boolean
): FoldResult => {
  const windowStart = current.carryOver === "none" ? periodStart(current.period, asOf) : null
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
  for (let i = 0; i < n; i++) days[i] = dayNumber((live[i] as LedgerEntry).date)
  const order = Array.from({ length: n }, (_, i) => i)
  order.sort((a, b) => (days[a] as number) - (days[b] as number) || byDateThenKey(live[a] as LedgerEntry, live[b] as LedgerEntry))
  const sorted = order.map((i) => live[i] as LedgerEntry)
  const sortedDays = order.map((i) => days[i] as number)
  const asOfDay = dayNumber(asOf)
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

const STATUS_ZH: Record<LineStatus, string> = {
  counted: "计入",
  capped: "超出本期上限的部分不计",
  "over-lifetime-cap": "超出个人累计上限的部分不计",
  lapsed: "已信用修复，不再计入",
  reversed: "已冲正",
  "outside-period": "不在本期",
  future: "晚于查询日"
}

/**
 * A person's score as of a date, explained entry by entry (see the module summary).
 *
 * @param ledger - the ledger
 * @param versions - the scheme's versions (the one in force on `asOf` gives base score, period and
 * tiers; each entry is capped by the version in force on its date)
 * @param person - the person (or household) id
 * @param asOf - the date
 * @returns the statement, or `undefined` when no scheme version is in force on `asOf`
 * @example
 * ```ts
 * import { Ledger, appendEntryUnsafe, scoreStatement, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const schemes = [rongchengVillageScheme]
 * const ledger = appendEntryUnsafe(Ledger.empty(), schemes, {
 *   kind: "deduction", key: "d1", person: "p1", item: "rubbish-dumping", date: "2025-05-06",
 *   recorder: { id: "c1", role: "collector" }, approver: { id: "v1", role: "village-committee" }, evidenceId: "ph-1"
 * }).ledger
 * scoreStatement(ledger, schemes, "p1", isoDateUnsafe("2025-06-30"))?.score //=> 90
 * ```
 * @category scores
 * @since 0.1.0
 */
export const scoreStatement = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate): ScoreStatement | undefined => {
  const pick = versionPicker(versions)
  const current = pick(asOf)
  if (current === undefined) return undefined
  const { score, lines } = foldScore(ledger.entriesOf(person), (k) => ledger.reversalOf(k)?.date, pick, current, asOf, true)
  const tier = tierFor(current, score)
  const ls = lines as ScoreLine[]
  const children = ls.map((l) =>
    explain({
      rule: `credit.line.${l.status}`,
      label: {
        zh: `${l.date} ${l.item ?? ""} ${l.points > 0 ? "+" : ""}${l.points}：${STATUS_ZH[l.status]}${l.status === "counted" || l.status === "capped" || l.status === "over-lifetime-cap" ? `（计 ${l.counted}）` : ""}${l.lapsedOn ? `（${l.lapsedOn} 起）` : ""}`,
        en: `${l.date} ${l.item ?? ""} ${l.points}: ${l.status} (${l.counted})`
      },
      outcome: l.counted,
      inputs: { key: l.key, date: l.date, item: l.item, points: l.points },
      ...(l.status === "lapsed" ? { parameters: { repairCleanDays: current.repairCleanDays }, citations: [REPAIR] } : {}),
      ...(l.status === "capped" ? { citations: [CAPS] } : {})
    })
  )
  return {
    person,
    asOf,
    scheme: { id: current.id, version: current.version },
    baseScore: current.baseScore,
    score,
    tier,
    lines: ls,
    explanation: explain({
      rule: "credit.score",
      label: { zh: `截至 ${asOf} 的信用分：基础分 ${current.baseScore}，合计 ${score}，等级 ${tier.label.zh}`, en: `credit score as of ${asOf}: base ${current.baseScore}, total ${score}, tier ${tier.id}` },
      outcome: score,
      inputs: { person, asOf },
      parameters: { scheme: current.id, version: current.version, baseScore: current.baseScore, carryOver: current.carryOver, period: current.period },
      citations: [current.source],
      children
    })
  }
}

/**
 * Everyone's score as of a date, without explanations: the fast path for a whole village or city
 * (same fold as {@link scoreStatement}, so the numbers are identical).
 *
 * @returns a map from person to score (empty when no scheme version is in force)
 * @example
 * ```ts
 * import { Ledger, scoresAt, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * scoresAt(Ledger.empty(), [rongchengVillageScheme], isoDateUnsafe("2025-06-30")).size //=> 0
 * ```
 * @category scores
 * @since 0.1.0
 */
export const scoresAt = (ledger: Ledger, versions: ReadonlyArray<Scheme>, asOf: IsoDate): Map<string, number> => {
  const out = new Map<string, number>()
  const pick = versionPicker(versions)
  const current = pick(asOf)
  if (current === undefined) return out
  const rev = (k: string) => ledger.reversalOf(k)?.date
  for (const p of ledger.people()) out.set(p, foldScore(ledger.entriesOf(p), rev, pick, current, asOf, false).score)
  return out
}

/**
 * Points a person earned (net, as counted in the score) in a window of dates, judged as of its
 * last day: what a periodic fund payout divides by.
 *
 * @example
 * ```ts
 * import { Ledger, periodPoints, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * periodPoints(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2025-04-01"), isoDateUnsafe("2025-06-30")) //=> 0
 * ```
 * @category scores
 * @since 0.1.0
 */
export const periodPoints = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, from: IsoDate, to: IsoDate): number => {
  const pick = versionPicker(versions)
  const current = pick(to)
  if (current === undefined) return 0
  const { lines } = foldScore(ledger.entriesOf(person), (k) => ledger.reversalOf(k)?.date, pick, { ...current, carryOver: "all" }, to, true)
  let sum = 0
  for (const l of lines as ScoreLine[]) if (l.date >= from && l.date <= to) sum += l.counted
  return sum
}
