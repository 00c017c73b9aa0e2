/**
 * 费用分担 (cost split): a care cost divided between the government (政府承担) and the person
 * (个人承担) by the shares a policy sets, in Money, exact to the 分.
 *
 * @module
 */
import { allocate, decode, type Explanation, type InvalidInput, invalidInput, issue, type Issue, type Money, type MoneyInput, MoneySchema } from "@minzheng/core"
import { Decimal } from "decimal.js"
import * as Result from "effect/Result"
import { isRecord } from "../internal/guard.js"
import { node } from "../internal/node.js"

/**
 * A cost split: the government's part, the person's part (they sum to `total` exactly) and the
 * explanation.
 *
 * @example
 * ```ts
 * import type { CostSplit } from "@minzheng/care-assessment"
 * const show = (s: CostSplit) => `${s.government.format()} + ${s.person.format()} = ${s.total.format()}`
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export interface CostSplit {
  readonly total: Money
  readonly government: Money
  readonly person: Money
  readonly shares: { readonly government: string; readonly person: string }
  readonly explanation: Explanation
}

const SHARE = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/

/**
 * Splits a cost by a government/person share with the largest-remainder method (core's
 * `allocate`): both parts are whole 分 and always sum to the cost; a left-over 分 goes to the
 * larger remainder, to the government on a tie.
 *
 * @param total - the cost as a `MoneyInput` (core): a `Money` or a decimal string in 元
 *   (`"1000.01"`), whole 分, not negative
 * @param shares - decimal strings in 0–1 summing to exactly 1 (`{ government: "0.8", person: "0.2" }`)
 * @returns the {@link CostSplit}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { splitCost } from "@minzheng/care-assessment"
 * import { Money, Result } from "@minzheng/core"
 * const s = splitCost(Money.yuan("1000.01"), { government: "0.3", person: "0.7" })
 * Result.isSuccess(s) && [s.success.government.toString(), s.success.person.toString()] //=> ["300.00", "700.01"]
 * Result.getOrThrow(splitCost("1000.01", { government: "0.3", person: "0.7" })).person.toString() //=> "700.01"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const splitCost = (total: MoneyInput, shares: { readonly government: string; readonly person: string }): Result.Result<CostSplit, InvalidInput> => {
  const issues: Array<Issue> = []
  const decoded = decode(MoneySchema, total)
  const amount = Result.isSuccess(decoded) ? decoded.success : undefined
  if (amount === undefined) issues.push(issue(["total"], "invalid_money", "费用应为金额（Money 或以元为单位的十进制字符串，如 \"1000.00\"）", "the cost must be money (a Money or a decimal string in 元, e.g. \"1000.00\")"))
  else {
    if (amount.isNegative()) issues.push(issue(["total"], "negative", "费用不能为负数", "the cost cannot be negative"))
    if (!amount.decimal.times(100).isInteger()) issues.push(issue(["total"], "not_whole_fen", "费用必须精确到分", "the cost must be whole 分"))
  }
  const g = isRecord(shares) ? shares.government : undefined
  const p = isRecord(shares) ? shares.person : undefined
  if (typeof g !== "string" || !SHARE.test(g)) issues.push(issue(["shares", "government"], "invalid_share", "政府承担比例应为 0–1 的小数字符串", "the government share must be a decimal string in 0–1"))
  if (typeof p !== "string" || !SHARE.test(p)) issues.push(issue(["shares", "person"], "invalid_share", "个人承担比例应为 0–1 的小数字符串", "the person share must be a decimal string in 0–1"))
  if (typeof g === "string" && typeof p === "string" && SHARE.test(g) && SHARE.test(p) && !new Decimal(g).plus(p).eq(1)) {
    issues.push(issue(["shares"], "shares_not_one", "政府与个人承担比例之和应为 1", "government and person shares must sum to 1"))
  }
  if (issues.length > 0 || amount === undefined || typeof g !== "string" || typeof p !== "string") return Result.fail(invalidInput(issues))
  const [government, person] = allocate(amount, [g, p]) as [Money, Money]
  const explanation = node(
    "entitlement.cost-split",
    { zh: `费用分担：政府承担 ${government.format()}，个人承担 ${person.format()}`, en: `cost split: government ${government.format()}, person ${person.format()}` },
    { government: government.toString(), person: person.toString() },
    { total: amount.toString() },
    [],
    undefined,
    { governmentShare: g, personShare: p, method: "largest remainder, to the 分" }
  )
  return Result.succeed({ total: amount, government, person, shares: { government: g, person: p }, explanation })
}
