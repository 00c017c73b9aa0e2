/**
 * A credit fund paid out over the people of a ledger, shared by `credit payout` and the demo.
 *
 * @internal
 * @module
 */
import { type IsoDate, Money } from "@minzheng/core"
import { computePayout, type Ledger, type Payout, periodPoints, type Scheme, scoresAt, tierFor } from "@minzheng/credit"
import { maskPersonName } from "@minzheng/disclosure"
import { Result } from "effect"
import { renderTable } from "../io/table.js"

/** One line of a payout list. */
export interface PayoutLine {
  readonly person: string
  readonly name: string
  readonly points: number
  readonly score: number
  readonly tier: string
  readonly weight: string
  readonly amount: string
}

/** The payout for the people of a ledger over a period: points in the period, score and tier at its end. */
export const ledgerPayout = (
  ledger: Ledger,
  scheme: Scheme,
  fund: Money,
  from: IsoDate,
  to: IsoDate,
  names: ReadonlyMap<string, string> = new Map()
): Result.Result<{ readonly payout: Payout; readonly lines: ReadonlyArray<PayoutLine> }, unknown> => {
  const versions = [scheme]
  const scores = scoresAt(ledger, versions, to)
  if (Result.isFailure(scores)) return Result.fail(scores.failure)
  const recipients: Array<{ person: string; points: number; score: number }> = []
  for (const person of ledger.people()) {
    const points = periodPoints(ledger, versions, person, from, to)
    if (Result.isFailure(points)) return Result.fail(points.failure)
    recipients.push({ person, points: points.success, score: scores.success.get(person) ?? scheme.baseScore })
  }
  const r = computePayout(scheme, fund, recipients)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const lines = r.success.rows.map((row, i) => {
    const rec = recipients[i] as { person: string; points: number; score: number }
    const name = names.get(row.person)
    return { person: row.person, name: name === undefined ? "" : maskPersonName(name), points: rec.points, score: rec.score, tier: tierFor(scheme, rec.score).label.zh, weight: row.weight, amount: row.amount }
  })
  return Result.succeed({ payout: r.success, lines })
}

/** The payout list as a table with its total. */
export const payoutTable = (payout: Payout, lines: ReadonlyArray<PayoutLine>): string => {
  const total = lines.reduce((s, l) => s.plus(Money.yuan(l.amount)), Money.zero)
  return `${renderTable(
    [
      { title: "person 村民" },
      { title: "name 姓名" },
      { title: "points 积分", align: "right" },
      { title: "score 信用分", align: "right" },
      { title: "tier 等级" },
      { title: "weight 权重", align: "right" },
      { title: "amount 金额（元）", align: "right" }
    ],
    lines.map((l) => [l.person, l.name, String(l.points), String(l.score), l.tier, l.weight, l.amount])
  )}fund 基金 ${payout.fund.toString()} 元 (${payout.method}), paid 合计 ${total.toString()} 元 to ${lines.filter((l) => l.amount !== "0.00").length} people\n`
}

