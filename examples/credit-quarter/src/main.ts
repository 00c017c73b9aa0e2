/**
 * A village credit quarter (Rongcheng-style scheme, illustrative points): entries recorded in an
 * append-only ledger, one refused, the quarter's points turned into a fund payout exact to the 分.
 */
import { isoDateUnsafe, Money, Result } from "@minzheng/core"
import { appendEntry, computePayout, Ledger, periodPointsUnsafe, rongchengVillageScheme } from "@minzheng/credit"
import { maskPersonName } from "@minzheng/disclosure"

const collector = { id: "r1", role: "collector" } as const
const committee = { id: "vc1", role: "village-committee" } as const
const entries = [
  { key: "e1", kind: "award", person: "v01", date: "2025-04-10", item: "environment-cleanup", quantity: 3, recorder: collector, evidenceId: "photo-1" },
  { key: "e2", kind: "award", person: "v02", date: "2025-04-12", item: "volunteer-4h", quantity: 4, recorder: collector, evidenceId: "sys-2" },
  { key: "e3", kind: "award", person: "v03", date: "2025-05-02", item: "elder-care", recorder: collector, approver: committee, evidenceId: "witness-3" },
  { key: "e4", kind: "award", person: "v04", date: "2025-05-03", item: "planting-trees", recorder: collector, evidenceId: "photo-4" }, // not in the scheme
  { key: "e5", kind: "deduction", person: "v04", date: "2025-05-20", item: "rubbish-dumping", recorder: collector, approver: committee, evidenceId: "photo-5" }
]
const names: Record<string, string> = { v01: "王建国", v02: "李秀英", v03: "张伟", v04: "刘洋" }

const versions = [rongchengVillageScheme]
let ledger = Ledger.empty()
for (const e of entries) {
  const r = appendEntry(ledger, versions, e)
  if (Result.isFailure(r)) console.log(`entry ${e.key} refused: ${r.failure.messageZh}`)
  else ledger = r.success.ledger
}

const from = isoDateUnsafe("2025-04-01")
const to = isoDateUnsafe("2025-06-30")
const recipients = ledger.people().map((person) => ({ person, points: periodPointsUnsafe(ledger, versions, person, from, to) }))
const payout = computePayout(rongchengVillageScheme, Money.yuan("1000.00"), recipients)
if (Result.isFailure(payout)) throw payout.failure
for (const row of payout.success.rows) console.log(`${row.person}  ${maskPersonName(names[row.person] ?? "")}  weight ${row.weight}  ${row.amount} 元${row.remainderFen ? "  (+1 分, largest remainder)" : ""}`)

// 1000.00 元 over 6, 4 and 5 points: 400.00, 266.666… and 333.333… → 266.67 and 333.33 (the last 分 to the largest remainder).
const amounts = payout.success.rows.map((r) => r.amount)
if (amounts.join(",") !== "400.00,266.67,333.33,0.00") throw new Error(`unexpected payout ${amounts.join(",")}`)
const sum = payout.success.rows.reduce((s, r) => s.plus(Money.yuan(r.amount)), Money.zero)
if (sum.toString() !== "1000.00") throw new Error(`the shares must sum to the fund, got ${sum.toString()}`)
console.log("ok")
