/**
 * 金额 (amount) as it arrives in an application: 元 as a decimal string, whole 分.
 *
 * @module
 */
import { z } from "zod"

/**
 * Zod schema of a non-negative amount in 元 with at most two decimals (`"1200"`, `"865.50"`).
 * Amounts stay decimal strings in the decoded household and become core `Money` in outputs; a
 * float is never accepted.
 *
 * @example
 * ```ts
 * import { YuanAmountSchema } from "@minzheng/relief"
 * YuanAmountSchema.safeParse("865.50").success //=> true
 * YuanAmountSchema.safeParse("865.505").success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const YuanAmountSchema = z.string().refine((s) => /^\d{1,13}(\.\d{1,2})?$/.test(s), {
  params: { zh: "金额应为不含负号、至多两位小数的元金额字符串，如 \"865.50\"", en: "an amount must be a non-negative decimal string in 元 with at most two decimals, e.g. \"865.50\"" }
})

/**
 * A non-negative amount in 元 (decimal string, whole 分).
 *
 * @example
 * ```ts
 * import type { YuanAmount } from "@minzheng/relief"
 * const a: YuanAmount = "865.50"
 * ```
 * @category household
 * @since 0.1.0
 */
export type YuanAmount = z.infer<typeof YuanAmountSchema>

/**
 * Zod schema of a calendar month `YYYY-MM`.
 *
 * @example
 * ```ts
 * import { MonthSchema } from "@minzheng/relief"
 * MonthSchema.safeParse("2025-13").success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MonthSchema = z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), {
  params: { zh: "月份应为 YYYY-MM 格式", en: "a month must be YYYY-MM" }
})
