/**
 * The allocation step of a payout on trusted input (weights already whole numbers; tier weights
 * in millionths): core's `allocateUnits` on plain integers, core's `allocate` (exact decimals)
 * when a product `fund × weight` or the weight total would pass 2^53. Both are the same
 * largest-remainder method with the same tie-break, so the result does not depend on the path.
 */
import { allocate, allocateUnits, localPractice, type Money } from "@minzheng/core"
import { CreditRefused } from "../errors.js"
import type { Payout, PayoutRow } from "../payout/payout-model.js"
import type { Scheme } from "../scheme/scheme.js"

/** Seed 001 on credit funds. */
export const FUND = localPractice("seed 001", "荣成市把村民福利调整为信用基金，积分多奖励就多；每季度至少举行一次基金发放仪式")
/**
 * The method and its tie-break. The domain spec (credit.md, “Use a true largest-remainder
 * (Hamilton / Hare–Niemeyer) allocation with a documented tie-break”) is the source, so it is cited
 * as local practice from the domain spec; core renders that in Chinese as
 * 「地方实践（最大余数法，余数相同时名单在前者优先）」.
 */
export const HAMILTON = { document: "local practice: domain spec", note: "最大余数法，余数相同时名单在前者优先" }

const MICRO = 1_000_000
const BIG_MICRO = 1_000_000n

/** A tier weight (decimal string, at most 6 places, checked by the scheme schema) in millionths. */
export const weightMicros = (w: string): number => {
  const [int = "0", frac = ""] = w.split(".")
  return Number(int) * MICRO + Number(frac.padEnd(6, "0"))
}

/** The refusal when nobody has an eligible point. */
export const noEligible = (): CreditRefused =>
  new CreditRefused({ code: "no-eligible-points", reason: { zh: "无人有可分配的积分，基金不予发放", en: "nobody has eligible points; nothing is paid" }, citations: [FUND] })

const fenToYuan = (fen: number): string => {
  const yuan = Math.floor(fen / 100)
  const cents = fen - yuan * 100
  return cents < 10 ? `${yuan}.0${cents}` : `${yuan}.${cents}`
}

const fmtWeight = (w: number | bigint, scaled: boolean): string => {
  if (!scaled) return String(w)
  const m = BigInt(w)
  const frac = String(m % BIG_MICRO).padStart(6, "0").replace(/0+$/, "")
  return frac === "" ? String(m / BIG_MICRO) : `${m / BIG_MICRO}.${frac}`
}

/** Whether the largest-remainder step added a 分 to a share of `w` out of `total`. */
const gotRemainder = (units: number, w: number, total: number, bigTotal: bigint | null, f: number): boolean => {
  if (w === 0) return false
  if (bigTotal !== null) return BigInt(f) > (BigInt(units) * BigInt(w)) / bigTotal
  const p = units * w
  let q = Math.floor(p / total)
  if (q * total > p) q--
  else if ((q + 1) * total <= p) q++
  return f > q
}

/**
 * Builds the payout rows (see the module summary).
 *
 * @throws `CreditRefused` (`no-eligible-points`) when every weight is zero
 */
export const payoutFromWeights = (
  fund: Money,
  method: Scheme["payout"]["method"],
  list: ReadonlyArray<{ readonly person: string }>,
  weights: ReadonlyArray<number>,
  scaled: boolean
): Payout => {
  const units = fund.toFen()
  let total = 0
  let max = 0
  for (const w of weights) {
    total += w
    if (w > max) max = w
  }
  if (max === 0) throw noEligible()
  const exact = Number.isSafeInteger(total) && Number.isSafeInteger(units * max)
  let bigTotal: bigint | null = null
  if (!exact) {
    bigTotal = 0n
    for (const w of weights) bigTotal += BigInt(w)
  }
  const fen = exact ? allocateUnits(units, weights) : allocate(fund, weights).map((m) => m.toFen())
  const rows = new Array<PayoutRow>(list.length)
  for (let i = 0; i < list.length; i++) {
    const w = weights[i] as number
    const f = fen[i] as number
    rows[i] = {
      person: (list[i] as { person: string }).person,
      weight: fmtWeight(w, scaled),
      fen: f,
      amount: fenToYuan(f),
      remainderFen: gotRemainder(units, w, total, bigTotal, f)
    }
  }
  return { fund, method, totalWeight: fmtWeight(bigTotal ?? total, scaled), rows }
}
