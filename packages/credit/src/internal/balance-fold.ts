/**
 * The balance fold on arguments already checked (shared by `balanceAt`, appends and expiries, so
 * they always agree). Not public: the public function checks its arguments first.
 */
import { addMonths, type IsoDate } from "@minzheng/core"
import type { Balance } from "../ledger/balance-model.js"
import type { LedgerEntry } from "../ledger/entry.js"
import type { Ledger } from "../ledger/ledger.js"
import type { ScoreLine } from "../ledger/score-model.js"
import type { Scheme } from "../scheme/scheme.js"
import { foldScore, versionPicker } from "./score-fold.js"

const RANK: Record<string, number> = { award: 0, expiry: 1, redemption: 2 }

/** A person's balance as of a date (arguments already checked). */
export const balanceOf = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate): Balance => {
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
