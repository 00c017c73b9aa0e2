/**
 * An amount in 元 as households give it: the pattern, and the fast decoder's check of a string or a
 * core `Money` (the same rule as `YuanAmountSchema`).
 *
 * @internal
 * @module
 */
import { Money } from "@minzheng/core"

/** A non-negative amount in 元 with at most two decimals. */
export const YUAN = /^\d{1,13}(\.\d{1,2})?$/

/** The decoded form of a `YuanAmountSchema` value (its string), or `null` when it is not one. */
export const yuanOrNull = (v: unknown): string | null => {
  if (typeof v === "string") return YUAN.test(v) ? v : null
  if (!Money.isMoney(v)) return null
  const s = v.toString()
  return YUAN.test(s) ? s : null
}
