/**
 * 脱敏 (masking) of personal fields: pure functions, one per field type. Hidden characters are
 * replaced, never kept: the output holds only the kept parts and mask characters `*`. Masking a
 * value by its field type under a policy is `mask-personal.ts`.
 *
 * @module
 */
import { InvalidInput, issue } from "@minzheng/core"
import { MAX_PERSONAL_VALUE as MAX_VALUE, requireText } from "../internal/text.js"
import type { MaskingPolicy } from "./masking-policy.js"

// 复姓: the compound surnames of the 百家姓 in common use; a two-character name is read as a
// single-character surname (欧阳 alone is not a full name).
const COMPOUND_SURNAMES = new Set([
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
  "钟离", "澹台", "公冶", "太史", "申屠", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "闻人", "赫连", "司空"
])

/**
 * Masks a person's name: the surname kept (a compound surname whole), every other character `*`
 * (`张三丰` → `张**`, `欧阳娜` → `欧阳*`); with `keep: "none"` every character is masked. Pure: it
 * cannot fail on a string.
 *
 * @throws `InvalidInput` when `name` is not text (a broken precondition)
 * @example
 * ```ts
 * import { maskPersonName } from "@minzheng/disclosure"
 * maskPersonName("张三丰") //=> "张**"
 * maskPersonName("欧阳娜") //=> "欧阳*"
 * maskPersonName("李四", "none") //=> "**"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskPersonName = (name: string, keep: MaskingPolicy["personName"]["keep"] = "surname"): string => {
  const chars = Array.from(requireText(name, "name").trim())
  if (chars.length === 0) return "*"
  if (keep === "none" || chars.length === 1) return "*".repeat(chars.length)
  const kept = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1
  return chars.slice(0, kept).join("") + "*".repeat(chars.length - kept)
}

/**
 * Masks the digits of a number (phone, bank account), keeping at most `head` leading and `tail`
 * trailing digits and the separators; when fewer than 4 digits would be hidden, every digit is
 * masked. Pure: it cannot fail on a number of at most 1,000 characters.
 *
 * @throws `InvalidInput` when `value` is not text or longer than 1,000 characters, or `head` /
 * `tail` is not a non-negative integer (broken preconditions)
 * @example
 * ```ts
 * import { maskDigits } from "@minzheng/disclosure"
 * maskDigits("13812341234", 3, 4) //=> "138****1234"
 * maskDigits("6222 0212 3456 7890", 0, 4) //=> "**** **** **** 7890"
 * maskDigits("1234567", 3, 4) //=> "*******"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskDigits = (value: string, head: number, tail: number): string => {
  const s = requireText(value, "value")
  // A phone or account number is short: a 10 MB "number" is refused rather than walked twice.
  if (s.length > MAX_VALUE) throw new InvalidInput({ issues: [issue(["value"], "too_big", `号码不能超过 ${MAX_VALUE} 个字符`, `a number has at most ${MAX_VALUE} characters`)] })
  if (!Number.isSafeInteger(head) || !Number.isSafeInteger(tail) || head < 0 || tail < 0) {
    throw new InvalidInput({ issues: [issue(["head"], "invalid_count", "保留位数应为非负整数", "the digits kept must be non-negative integers")] })
  }
  let digits = 0
  for (const ch of s) if (ch >= "0" && ch <= "9") digits++
  const all = digits - head - tail < 4
  let seen = 0
  let out = ""
  for (const ch of s) {
    if (ch >= "0" && ch <= "9") {
      const keep = !all && (seen < head || seen >= digits - tail)
      out += keep ? ch : "*"
      seen++
    } else out += ch
  }
  return out
}

const COMMUNITY_MARK = /(村民委员会|居民委员会|村委会|居委会|社区|嘎查|村(?![路街道巷里口]))/
const BUILDING_MARK = /(号楼|栋|幢|座)/

/**
 * Masks an address down to the village/community (`keep: "community"`) or the building
 * (`"building"`): everything after is replaced by `***`. An address with no village or community
 * marker (社区, 村, 居委会, 嘎查 …) is masked whole, as is any address under `keep: "none"`.
 *
 * @throws `InvalidInput` when `address` is not text (a broken precondition)
 * @example
 * ```ts
 * import { maskAddress } from "@minzheng/disclosure"
 * maskAddress("李沧区虎山路街道虎山社区12号楼3单元501室") //=> "李沧区虎山路街道虎山社区***"
 * maskAddress("李沧区虎山路街道虎山社区12号楼3单元501室", "building") //=> "李沧区虎山路街道虎山社区12号楼***"
 * maskAddress("平原县桃园街道西杨村3组15号") //=> "平原县桃园街道西杨村***"
 * maskAddress("虎山路12号") //=> "***"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskAddress = (address: string, keep: MaskingPolicy["address"]["keep"] = "community"): string => {
  const s = requireText(address, "address")
  if (keep === "none") return "***"
  const m = COMMUNITY_MARK.exec(s)
  if (m === null) return "***"
  let end = m.index + m[0].length
  if (keep === "building") {
    const b = BUILDING_MARK.exec(s.slice(end))
    if (b !== null) end += b.index + b[0].length
  }
  return end >= s.length ? s : `${s.slice(0, end)}***`
}
