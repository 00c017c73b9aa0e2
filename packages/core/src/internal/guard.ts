/**
 * Runtime guards for public functions: a JavaScript caller (or JSON) can pass anything, and what
 * it gets back is a typed {@link InvalidInput}, never a TypeError.
 */
import { isIsoDate, type IsoDate } from "../date.js"
import { issue } from "../decode.js"
import { InvalidInput } from "../errors.js"

export const requireDate = (u: unknown, name: string): IsoDate => {
  if (isIsoDate(u)) return u
  throw new InvalidInput({
    issues: [issue([name], "invalid_date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")]
  })
}

export const requireInteger = (u: unknown, name: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number => {
  if (typeof u === "number" && Number.isSafeInteger(u) && u >= min && u <= max) return u
  throw new InvalidInput({
    issues: [issue([name], "invalid_integer", `应为 ${min} 到 ${max} 之间的整数`, `expected an integer from ${min} to ${max}`)]
  })
}
