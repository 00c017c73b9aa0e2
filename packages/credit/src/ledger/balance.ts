/**
 * 可用积分余额 (spendable balance): points earned (as counted in the score) minus points redeemed
 * and expired. Spending is matched to awards first-in-first-out, so an expiry only ever takes
 * points that were never spent; expiry is written as its own entry (`expirePoints`), and until it
 * is written, points past their expiry date are already unavailable for spending.
 *
 * @module
 */
import { addMonths, type IsoDate } from "@minzheng/core"
import type { Scheme } from "../scheme/scheme.js"
import type { LedgerEntry } from "./entry.js"
import type { Ledger } from "./ledger.js"
import { check, dateIssues, ledgerIssues, textIssues, versionsIssues } from "../internal/guards.js"
import { foldScore, versionPicker } from "../internal/score-fold.js"
import type { ScoreLine } from "./score.js"

/**
 * A person's balance as of a date.
 *
 * - `balance`: earned − redeemed − expired, as the ledger records it;
 * - `dueToExpire`: unspent points whose expiry date has passed but whose expiry entry is not
 *   written yet, per award lot;
 * - `available`: what may be spent now (`balance − dueToExpire`; the scheme's floor applies on top).
 *
 * @example
 * ```ts
 * import type { Balance } from "@minzheng/credit"
 * const b: Balance = { person: "p1", asOf: "2025-06-30" as any, earned: 12, redeemed: 5, expired: 0, balance: 7, dueToExpire: [], available: 7 }
 * ```
 * @category balances
 * @since 0.1.0
 */
export interface Balance {
  readonly person: string
  readonly asOf: IsoDate
  readonly earned: number
  readonly redeemed: number
  readonly expired: number
  readonly balance: number
  readonly dueToExpire: ReadonlyArray<{ readonly lot: string; readonly points: number; readonly expiredOn: IsoDate }>
  readonly available: number
}

const RANK: Record<string, number> = { award: 0, expiry: 1, redemption: 2 }

/**
 * A person's balance as of a date (see the module summary).
 *
 * @throws `InvalidInput` listing every malformed argument
 * @example
 * ```ts
 * import { Ledger, balanceAt, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * balanceAt(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2025-06-30")).available //=> 0
 * ```
 * @category balances
 * @since 0.1.0
 */
export const balanceAt = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate): Balance => {
  check(ledgerIssues(ledger), versionsIssues(versions), textIssues(person, "person"), dateIssues(asOf, "asOf"))
  const pick = versionPicker(versions)
  const current = pick(asOf)
  const entries = ledger.entriesOf(person)
  const rev = (k: string) => ledger.reversalOf(k)?.date
  const awards = new Map<string, number>()
  if (current !== undefined) {
    const { lines } = foldScore(entries, rev, pick, { ...current, carryOver: "all", repairCleanDays: null }, asOf, true)
    for (const l of lines as ScoreLine[]) if (l.kind === "award" && l.counted > 0) awards.set(l.key, l.counted)
  }
  const events: LedgerEntry[] = []
  for (const e of entries) {
    if (e.date > asOf) continue
    if (e.kind === "award" && awards.has(e.key)) events.push(e)
    else if (e.kind === "redemption" || e.kind === "expiry") {
      const r = rev(e.key)
      if (r === undefined || r > asOf) events.push(e)
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (RANK[a.kind] ?? 9) - (RANK[b.kind] ?? 9) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
  interface Lot {
    key: string
    left: number
    expiresOn: IsoDate | null
  }
  const lots: Lot[] = []
  const byKey = new Map<string, Lot>()
  let earned = 0
  let redeemed = 0
  let expired = 0
  let shortfall = 0
  for (const e of events) {
    if (e.kind === "award") {
      const pts = awards.get(e.key) as number
      const scheme = pick(e.date) ?? current
      const months = scheme?.expiryMonths ?? null
      const lot: Lot = { key: e.key, left: pts, expiresOn: months === null ? null : addMonths(e.date, months) }
      lots.push(lot)
      byKey.set(e.key, lot)
      earned += pts
    } else if (e.kind === "expiry") {
      const lot = e.lot === null ? undefined : byKey.get(e.lot)
      const amount = -e.points
      expired += amount
      if (lot !== undefined) lot.left -= amount
    } else {
      let need = -e.points
      redeemed += need
      for (const lot of lots) {
        if (need === 0) break
        if (lot.left <= 0 || (lot.expiresOn !== null && lot.expiresOn <= e.date)) continue
        const take = Math.min(lot.left, need)
        lot.left -= take
        need -= take
      }
      shortfall += need
    }
  }
  void shortfall
  const due: Array<{ lot: string; points: number; expiredOn: IsoDate }> = []
  for (const lot of lots) if (lot.left > 0 && lot.expiresOn !== null && lot.expiresOn <= asOf) due.push({ lot: lot.key, points: lot.left, expiredOn: lot.expiresOn })
  const balance = earned - redeemed - expired
  const dueSum = due.reduce((a, d) => a + d.points, 0)
  return { person, asOf, earned, redeemed, expired, balance, dueToExpire: due, available: balance - dueSum }
}
