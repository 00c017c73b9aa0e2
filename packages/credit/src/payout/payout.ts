/**
 * 信用基金发放 (credit-fund payout): a fund divided among the people of a village in proportion to
 * their points, to their points above a floor, or by tier weights — as the scheme says — exact
 * to the 分 by the largest-remainder method (最大余数法): everyone gets the floor of their exact
 * share, then the 分 left over go one each to the largest remainders, ties to the earlier person
 * in the list. The payouts always add up to the fund; nobody with no eligible points gets money.
 * Seed 001: 荣成 turned village welfare money into credit funds, “积分多奖励就多”.
 *
 * @module
 */
import { decode, explain, type Explanation, type InvalidInput, invalidInput, issue, Money } from "@minzheng/core"
import { Result } from "effect"
import { z } from "zod"
import type { CreditRefused } from "../errors.js"
import { check, schemeIssues, textIssues } from "../internal/guards.js"
import { FUND, HAMILTON, noEligible, payoutFromWeights, weightMicros } from "../internal/payout-rows.js"
import { tierOf } from "../internal/scheme-rules.js"
import { IdSchema, PointsSchema } from "../internal/schemas.js"
import type { Scheme } from "../scheme/scheme.js"

/**
 * Zod schema of the people a fund is divided among.
 *
 * @example
 * ```ts
 * import { RecipientsSchema } from "@minzheng/credit"
 * RecipientsSchema.safeParse([{ person: "p1", points: 12, score: 112 }]).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const RecipientsSchema = z.array(z.object({ person: IdSchema, points: PointsSchema, score: PointsSchema.optional() }).strict()).min(1)

/**
 * A person in a payout: their points for the period and (for tier weights) their score.
 *
 * @example
 * ```ts
 * import type { Recipient } from "@minzheng/credit"
 * const r: Recipient = { person: "p1", points: 12, score: 112 }
 * ```
 * @category payouts
 * @since 0.1.0
 */
export type Recipient = z.output<typeof RecipientsSchema>[number]

/**
 * One person's payout: their weight, the amount in 分 and 元, and whether a left-over 分 was
 * added by the largest-remainder step.
 *
 * @example
 * ```ts
 * import type { PayoutRow } from "@minzheng/credit"
 * const r: PayoutRow = { person: "p1", weight: "12", fen: 3334, amount: "33.34", remainderFen: true }
 * ```
 * @category payouts
 * @since 0.1.0
 */
export interface PayoutRow {
  readonly person: string
  readonly weight: string
  readonly fen: number
  readonly amount: string
  readonly remainderFen: boolean
}

/**
 * A payout: the fund, the method, the total weight and one row per recipient (in input order).
 *
 * @example
 * ```ts
 * import type { Payout } from "@minzheng/credit"
 * const total = (p: Payout) => p.rows.reduce((a, r) => a + r.fen, 0)
 * ```
 * @category payouts
 * @since 0.1.0
 */
export interface Payout {
  readonly fund: Money
  readonly method: Scheme["payout"]["method"]
  readonly totalWeight: string
  readonly rows: ReadonlyArray<PayoutRow>
}

const RECIPIENT_KEYS = new Set(["person", "points", "score"])

// Exactly RecipientsSchema's rules (strict object, id of 1–200 characters, safe-integer points and
// score), without building a copy of every row.
const isRecipientList = (u: unknown): u is ReadonlyArray<Recipient> => {
  if (!Array.isArray(u) || u.length === 0) return false
  for (const r of u) {
    if (typeof r !== "object" || r === null || Array.isArray(r)) return false
    const { person, points, score } = r as Recipient
    if (typeof person !== "string" || person.length === 0 || person.length > 200 || !Number.isSafeInteger(points)) return false
    if (score !== undefined && !Number.isSafeInteger(score)) return false
    for (const k of Object.keys(r)) if (!RECIPIENT_KEYS.has(k)) return false
  }
  return true
}

/**
 * Divides a fund (see the module summary) by the payout rule of `scheme`.
 *
 * @param scheme - gives the rule (`proportional`, `above-floor` with its floor, or `tier-weights`
 * with each tier's `payoutWeight`)
 * @param fund - a non-negative amount, whole 分
 * @param recipients - untrusted list of `{ person, points, score? }` (`score` needed for tier weights)
 * @returns the payout, or `InvalidInput` listing every problem, or `CreditRefused`
 * (`no-eligible-points`) when nobody has an eligible point
 * @example
 * ```ts
 * import { computePayout, rongchengVillageScheme } from "@minzheng/credit"
 * import { Money } from "@minzheng/core"
 * import { Result } from "effect"
 * const r = computePayout(rongchengVillageScheme, Money.yuan("100.00"), [
 *   { person: "a", points: 1 }, { person: "b", points: 1 }, { person: "c", points: 1 }
 * ])
 * Result.isSuccess(r) && r.success.rows.map((x) => x.amount) //=> ["33.34", "33.33", "33.33"]
 * ```
 * @category payouts
 * @since 0.1.0
 */
export const computePayout = (scheme: Scheme, fund: Money, recipients: unknown): Result.Result<Payout, InvalidInput | CreditRefused> => {
  const issues = schemeIssues(scheme)
  if (!Money.isMoney(fund)) issues.push(issue(["fund"], "invalid_money", "基金总额应为 Money", "the fund must be a Money"))
  else if (fund.isNegative() || !fund.isWholeFen()) issues.push(issue(["fund"], "invalid_fund", "基金总额应为非负且精确到分", "the fund must be non-negative and whole 分"))
  else if (!Number.isSafeInteger(fund.toFen())) issues.push(issue(["fund"], "too_big", "基金总额过大", "the fund is too large"))
  // Well-formed lists (the usual case) pass a hand-written check of the schema's rules; anything
  // else goes through the zod schema, which lists every problem.
  const decoded = isRecipientList(recipients) ? Result.succeed(recipients) : decode(RecipientsSchema, recipients)
  if (Result.isFailure(decoded)) issues.push(...decoded.failure.issues)
  if (issues.length > 0 || Result.isFailure(decoded)) return Result.fail(invalidInput(issues))
  const list = decoded.success
  const rule = scheme.payout
  const weights = new Array<number>(list.length)
  let scaled = false
  for (let i = 0; i < list.length; i++) {
    const r = list[i] as Recipient
    if (rule.method === "proportional") weights[i] = Math.max(r.points, 0)
    else if (rule.method === "above-floor") weights[i] = Math.max(r.points - rule.floor, 0)
    else {
      if (r.score === undefined) return Result.fail(invalidInput([issue([i, "score"], "required", "按等级权重分配须提供信用分", "a score is needed for tier weights")]))
      weights[i] = weightMicros(tierOf(scheme, r.score).payoutWeight ?? "0")
      scaled = true
    }
  }
  if (weights.every((w) => w === 0)) return Result.fail(noEligible())
  return Result.succeed(payoutFromWeights(fund, rule.method, list, weights, scaled))
}

const isRow = (r: unknown): boolean => {
  const x = r as PayoutRow | null
  return typeof x === "object" && x !== null && typeof x.person === "string" && typeof x.weight === "string" && typeof x.amount === "string" && typeof x.remainderFen === "boolean"
}

const payoutIssues = (u: unknown) => {
  const p = u as Payout | null
  const ok = typeof p === "object" && p !== null && Money.isMoney(p.fund) && typeof p.totalWeight === "string" && typeof p.method === "string" && Array.isArray(p.rows) && p.rows.every(isRow)
  return ok ? [] : [issue(["payout"], "invalid_payout", "应为 computePayout 得出的发放结果", "expected a payout from computePayout")]
}

/**
 * Explains one person's share: weight ÷ total weight × fund, the floor in 分, and the left-over 分
 * if the largest-remainder step gave one.
 *
 * @returns the explanation, or `undefined` when the person is not in the payout
 * @throws `InvalidInput` when `payout` is not a payout or `person` not a string
 * @example
 * ```ts
 * import { computePayout, explainShare, rongchengVillageScheme } from "@minzheng/credit"
 * import { Money } from "@minzheng/core"
 * import { Result } from "effect"
 * const r = computePayout(rongchengVillageScheme, Money.yuan("100.00"), [{ person: "a", points: 1 }, { person: "b", points: 2 }])
 * Result.isSuccess(r) && explainShare(r.success, "b")?.outcome //=> "66.67"
 * ```
 * @category payouts
 * @since 0.1.0
 */
export const explainShare = (payout: Payout, person: string): Explanation | undefined => {
  check(payoutIssues(payout), textIssues(person, "person"))
  const row = payout.rows.find((r) => r.person === person)
  if (row === undefined) return undefined
  const label =
    row.weight === "0"
      ? { zh: `${person} 无可分配积分，不参与分配：0.00 元`, en: `${person} has no eligible points: 0.00` }
      : {
          zh: `${person} 权重 ${row.weight} ÷ 总权重 ${payout.totalWeight} × 基金 ${payout.fund.toString()} 元，取整到分${row.remainderFen ? "，按最大余数法加 1 分" : ""}：${row.amount} 元`,
          en: `${person}: ${row.weight} / ${payout.totalWeight} of ${payout.fund.toString()}, floored to the fen${row.remainderFen ? ", +1 fen by largest remainder" : ""}: ${row.amount}`
        }
  return explain({
    rule: `credit.payout.${payout.method}`,
    label,
    outcome: row.amount,
    inputs: { person, weight: row.weight },
    parameters: { fund: payout.fund.toString(), totalWeight: payout.totalWeight, method: payout.method },
    citations: [FUND, HAMILTON]
  })
}
