/**
 * 任城 集中托养 funding (济宁市任城区, seed 001): the cost of institutional care for a 低保 older
 * person who has lost capacity, referenced to the 特困 basic-living standard, is paid first from
 * the person's 低保金; the gap is filled by the “情暖夕阳” charity project.
 *
 * Seed 001: “数额参考特困人员基本生活标准，费用先从低保失能老人领取的低保金等救助资金中支付，缺口部分由
 * ‘情暖夕阳’项目资金补齐，每位低保失能老人每年资助7000至8000元不等。”
 *
 * @module
 */
import { type Explanation, InvalidInput, type IsoDate, Money, type MoneyInput, MoneySchema, type ParameterMissing, type PolicyBundle, decode, issue, parameterAt, regionCodeUnsafe } from "@minzheng/core"
import * as Result from "effect/Result"
import { explain } from "@minzheng/core"
import { SEED_PROGRAMME_PARAMETERS } from "../params/definitions.js"
import { RELIEF_SOURCES } from "../sources.js"

/**
 * The funding split of one person's 集中托养 over a number of months, exact to the 分.
 *
 * @example
 * ```ts
 * import type { RenchengFunding } from "@minzheng/relief"
 * const charityShare = (f: RenchengFunding) => f.fromCharity.toString()
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export interface RenchengFunding {
  readonly months: number
  readonly monthlyCost: Money
  readonly totalCost: Money
  readonly fromDibao: Money
  readonly fromCharity: Money
  readonly explanation: Explanation
}

/**
 * Splits a person's 集中托养 cost between their 低保金 and the charity fund: the monthly cost is the
 * 任城 特困 basic standard (parameter `rencheng.tekunBasicStandard`, region 370811); each month the
 * 低保金 pays first, up to the cost, and the charity pays the rest. The two parts sum to the cost
 * exactly.
 *
 * Fails (a `Result`) with `InvalidInput` for a negative or non-whole-分 amount (a `Money` or a
 * decimal string in 元) or months that are not a whole number from 1 to 120, or `ParameterMissing`
 * when the bundle lacks the standard for the date.
 *
 * @example
 * ```ts
 * import { renchengCareFunding, SEED_PROGRAMMES_BUNDLE } from "@minzheng/relief"
 * import { Money, Result, isoDateUnsafe } from "@minzheng/core"
 * const f = Result.getOrThrow(renchengCareFunding(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), Money.yuan("543.21")))
 * f.fromCharity.toString() //=> "7942.80"
 * Result.getOrThrow(renchengCareFunding(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), "543.21")).fromDibao.toString() //=> "6518.52"
 * const bad = renchengCareFunding(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), "-1")
 * bad._tag === "Failure" && bad.failure._tag //=> "InvalidInput"
 * ```
 * @see {@link renchengCareFundingUnsafe}
 * @category local programmes
 * @since 0.1.0
 */
export const renchengCareFunding = (
  bundle: PolicyBundle,
  date: IsoDate,
  dibaoMonthly: MoneyInput,
  months = 12
): Result.Result<RenchengFunding, InvalidInput | ParameterMissing> => {
  const issues = []
  const amount = decode(MoneySchema, dibaoMonthly)
  const dibao = Result.isSuccess(amount) && !amount.success.isNegative() && amount.success.isWholeFen() ? amount.success : null
  if (dibao === null) {
    issues.push(issue(["dibaoMonthly"], "invalid_money", "低保金应为不为负、精确到分的金额（Money 或以元为单位的十进制字符串）", "the dibao amount must be a non-negative whole-分 amount (a Money or a decimal string in yuan)"))
  }
  if (!Number.isSafeInteger(months) || months < 1 || months > 120) issues.push(issue(["months"], "invalid_months", "月数应为 1–120 的整数", "months must be an integer from 1 to 120"))
  if (dibao === null || issues.length > 0) return Result.fail(new InvalidInput({ issues }))
  const r = parameterAt(bundle, SEED_PROGRAMME_PARAMETERS.renchengTekunStandard, regionCodeUnsafe("370811"), date)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const monthlyCost = r.success.value
  const dibaoPart = dibao.min(monthlyCost)
  const charityPart = monthlyCost.minus(dibaoPart)
  const fromDibao = dibaoPart.times(months)
  const fromCharity = charityPart.times(months)
  const totalCost = monthlyCost.times(months)
  return Result.succeed({
    months,
    monthlyCost,
    totalCost,
    fromDibao,
    fromCharity,
    explanation: explain({
      rule: "relief.local.rencheng-care-funding",
      label: { zh: "任城区低保失能老人集中托养资金：先低保金，缺口慈善补齐", en: "Rencheng institutional care: dibao first, charity fills the gap" },
      outcome: { totalCost: totalCost.toString(), fromDibao: fromDibao.toString(), fromCharity: fromCharity.toString() },
      inputs: { dibaoMonthly: dibao.toString(), months },
      parameters: { "rencheng.tekunBasicStandard": monthlyCost.toString() },
      citations: [RELIEF_SOURCES.seedRencheng, r.success.source]
    })
  })
}

/**
 * Like {@link renchengCareFunding}, throwing the typed error the `Result` would carry.
 *
 * @throws `InvalidInput` for a negative or non-whole-分 amount or bad months; `ParameterMissing` when
 *   the bundle lacks the standard for the date
 * @example
 * ```ts
 * import { renchengCareFundingUnsafe, SEED_PROGRAMMES_BUNDLE } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * renchengCareFundingUnsafe(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), "543.21").totalCost.toString() //=> "14461.32"
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export const renchengCareFundingUnsafe = (bundle: PolicyBundle, date: IsoDate, dibaoMonthly: MoneyInput, months = 12): RenchengFunding => {
  const r = renchengCareFunding(bundle, date, dibaoMonthly, months)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
