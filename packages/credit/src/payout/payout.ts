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
import { decode, explain, type Explanation, type Issue, InvalidInput, invalidInput, issue, Money, type MoneyInput, MoneySchema } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { CreditRefused } from "../errors.js"
import { check, schemeIssues, textIssues } from "../internal/guards.js"
import { FUND, HAMILTON, noEligible, payoutFromWeights, weightMicros } from "../internal/payout-rows.js"
import { tierOf } from "../internal/scheme-rules.js"
import { IdSchema, PointsSchema } from "../internal/schemas.js"
import type { Scheme } from "../scheme/scheme.js"
import type { Payout, PayoutRow } from "./payout-model.js"

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
export const RecipientsSchema = z.array(z.strictObject({ person: IdSchema, points: PointsSchema, score: z.optional(PointsSchema) })).check(z.minLength(1))

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

export type { Payout, PayoutRow } from "./payout-model.js"

const RECIPIENT_KEYS = new Set(["person", "points", "score"])

// A Money, or a decimal string in 元 read by core's MoneySchema; anything else is an issue on `fund`.
const toMoney = (u: unknown, issues: Issue[]): Money | undefined => {
  if (Money.isMoney(u)) return u
  if (typeof u === "string") {
    const r = decode(MoneySchema, u)
    if (Result.isSuccess(r) && Money.isMoney(r.success)) return r.success
  }
  issues.push(issue(["fund"], "invalid_money", "基金总额应为 Money 或以元为单位的十进制字符串（如 \"5000.00\"）", "the fund must be a Money or a decimal string in 元 (e.g. \"5000.00\")"))
  return undefined
}

// Exactly RecipientsSchema's rules (strict object, id of 1–200 characters, safe-integer points and
// score), checked by hand: a well-formed list is not copied, and a hostile one (300,000 bad rows,
// holes in a sparse array) is reported in linear time — zod took ~6 s on 300,000 bad rows and the
// old `issues.push(...list)` overflowed the stack from ~50,000.
const recipientIssues = (u: unknown): Issue[] => {
  if (!Array.isArray(u)) return [issue([], "invalid_type", "应为领取人列表", "expected a list of recipients")]
  if (u.length === 0) return [issue([], "too_small", "领取人列表不能为空", "the list of recipients cannot be empty")]
  const out: Issue[] = []
  for (let i = 0; i < u.length; i++) {
    if (!Object.hasOwn(u, i)) {
      out.push(issue([i], "missing_row", "列表中缺少这一项（稀疏数组）", "no recipient at this index (a sparse array)"))
      continue
    }
    const r: unknown = u[i]
    if (typeof r !== "object" || r === null || Array.isArray(r)) {
      out.push(issue([i], "invalid_type", "应为领取人（person、points）", "expected a recipient (person, points)"))
      continue
    }
    const { person, points, score } = r as Record<string, unknown>
    if (typeof person !== "string" || person.length === 0 || person.length > 200) out.push(issue([i, "person"], "invalid_id", "人员编号应为 1 至 200 个字符", "a person id has 1 to 200 characters"))
    if (typeof points !== "number" || !Number.isSafeInteger(points)) out.push(issue([i, "points"], "invalid_points", "积分应为安全整数", "points must be a safe integer"))
    if (score !== undefined && (typeof score !== "number" || !Number.isSafeInteger(score))) out.push(issue([i, "score"], "invalid_points", "信用分应为安全整数", "a score must be a safe integer"))
    for (const k of Object.keys(r)) if (!RECIPIENT_KEYS.has(k)) out.push(issue([i, k], "unrecognized_key", "未知字段", "unknown field"))
  }
  return out
}

/**
 * Divides a fund (see the module summary) by the payout rule of `scheme`.
 *
 * @param scheme - gives the rule (`proportional`, `above-floor` with its floor, or `tier-weights`
 * with each tier's `payoutWeight`)
 * @param fund - a non-negative amount, whole 分: a `Money` or a decimal string in 元 (`"5000.00"`)
 * @param recipients - untrusted list of `{ person, points, score? }` (`score` needed for tier weights)
 * @returns the payout, or `InvalidInput` listing every problem, or `CreditRefused`
 * (`no-eligible-points`) when nobody has an eligible point
 * @example
 * ```ts
 * import { computePayout, rongchengVillageScheme } from "@minzheng/credit"
 * import { Money, Result } from "@minzheng/core"
 * const r = computePayout(rongchengVillageScheme, "100.00", [
 *   { person: "a", points: 1 }, { person: "b", points: 1 }, { person: "c", points: 1 }
 * ])
 * Result.isSuccess(r) && r.success.rows.map((x) => x.amount) //=> ["33.34", "33.33", "33.33"]
 * const same = computePayout(rongchengVillageScheme, Money.yuan("100.00"), [{ person: "a", points: 1 }])
 * Result.isSuccess(same) && same.success.fund.toString() //=> "100.00"
 * const bad = computePayout(rongchengVillageScheme, "100.005", [{ person: "a", points: 1 }])
 * Result.isFailure(bad) && bad.failure._tag //=> "InvalidInput"
 * ```
 * @category payouts
 * @since 0.1.0
 */
export const computePayout = (scheme: Scheme, fund: MoneyInput, recipients: unknown): Result.Result<Payout, InvalidInput | CreditRefused> => {
  const issues = schemeIssues(scheme)
  const amount = toMoney(fund, issues)
  if (amount === undefined) {
    // reported by toMoney
  } else if (amount.isNegative() || !amount.isWholeFen()) issues.push(issue(["fund"], "invalid_fund", "基金总额应为非负且精确到分", "the fund must be non-negative and whole 分"))
  else if (!Number.isSafeInteger(amount.toFen())) issues.push(issue(["fund"], "too_big", "基金总额过大", "the fund is too large"))
  const bad = recipientIssues(recipients)
  for (const i of bad) issues.push(i)
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  if (amount === undefined) return Result.fail(invalidInput(issues))
  const list = recipients as ReadonlyArray<Recipient>
  const rule = scheme.payout
  const weights = new Array<number>(list.length)
  let scaled = false
  for (let i = 0; i < list.length; i++) {
    const r = list[i] as Recipient
    if (rule.method === "proportional") weights[i] = Math.max(r.points, 0)
    else if (rule.method === "above-floor") weights[i] = Math.max(r.points - rule.floor, 0)
    else {
      if (r.score === undefined) issues.push(issue([i, "score"], "required", "按等级权重分配须提供信用分", "a score is needed for tier weights"))
      else weights[i] = weightMicros(tierOf(scheme, r.score).payoutWeight ?? "0")
      scaled = true
    }
    // Points near 2^53 less a negative floor leave the safe integers: a typed refusal, not a throw.
    if (issues.length === 0 && !Number.isSafeInteger(weights[i])) issues.push(issue([i, "points"], "too_big", "积分扣除下限后超出可精确计算的范围", "points above the floor exceed the safe integer range"))
  }
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  if (weights.every((w) => w === 0)) return Result.fail(noEligible())
  try {
    return Result.succeed(payoutFromWeights(amount, rule.method, list, weights, scaled))
  } catch (e) {
    // core's allocation refuses what it cannot split exactly with a typed error: pass it on.
    if (e instanceof InvalidInput || e instanceof CreditRefused) return Result.fail(e)
    throw e
  }
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
 * @returns the explanation, or `undefined` when the person is not among the payout's recipients
 * (a normal answer: there is no share to explain — like `Map.get`)
 * @throws `InvalidInput` when `payout` is not a payout or `person` not a string
 * @example
 * ```ts
 * import { computePayout, explainShare, rongchengVillageScheme } from "@minzheng/credit"
 * import { Money } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
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
