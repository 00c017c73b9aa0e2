/**
 * 金额 (amount) as it arrives in an application: 元 as a decimal string, whole 分.
 *
 * @module
 */
import { Money, type MoneyInput } from "@minzheng/core"
import * as z from "zod/mini"
import { YUAN } from "../internal/yuan.js"

/**
 * Zod schema of a non-negative amount in 元 with at most two decimals: core's `MoneyInput` — a
 * decimal string (`"1200"`, `"865.50"`) or a `Money` (whole 分, not negative). Amounts are decimal
 * strings in the decoded household (a `Money` becomes its string) and core `Money` in outputs; a
 * float is never accepted.
 *
 * @example
 * ```ts
 * import { YuanAmountSchema } from "@minzheng/relief"
 * import { Money } from "@minzheng/core"
 * YuanAmountSchema.safeParse("865.50").success //=> true
 * YuanAmountSchema.parse(Money.yuan("865.5")) //=> "865.50"
 * YuanAmountSchema.safeParse("865.505").success //=> false
 * YuanAmountSchema.safeParse(865.5).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const YuanAmountSchema: z.ZodMiniType<string, MoneyInput> = z.pipe(
  z
    .custom<MoneyInput>((u) => (typeof u === "string" ? YUAN.test(u) : Money.isMoney(u) && YUAN.test(u.toString())), {
      params: {
        zh: "金额应为不含负号、至多两位小数的元金额（字符串如 \"865.50\"，或 Money）",
        en: "an amount must be a non-negative amount in 元 with at most two decimals (a string such as \"865.50\", or a Money)"
      }
    })
    // in JSON (where a Money object cannot occur) an amount is the decimal string
    .register(z.globalRegistry, { type: "string", pattern: YUAN.source, description: "金额（元）十进制字符串 / amount in yuan as a decimal string" }),
  z.transform((u: MoneyInput) => (typeof u === "string" ? u : u.toString()))
)

/**
 * A non-negative amount in 元 as a decoded household holds it (decimal string, whole 分); inputs
 * also accept a `Money` (core `MoneyInput`).
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
export const MonthSchema = z.string().check(
  z.refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), {
    params: { zh: "月份应为 YYYY-MM 格式", en: "a month must be YYYY-MM" }
  })
)
