/**
 * 刚性支出 (rigid expenditure): necessary spending by month (刚性支出困难家庭认定办法第五条).
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import * as z from "zod/mini"
import { MonthSchema, YuanAmountSchema } from "./amount.js"

/**
 * Kinds of rigid expenditure (刚性支出类别), Chinese names.
 *
 * @example
 * ```ts
 * import { RIGID_EXPENDITURE_NAMES } from "@minzheng/relief"
 * RIGID_EXPENDITURE_NAMES.medical.zh //=> "医疗支出"
 * ```
 * @category income
 * @since 0.1.0
 */
export const RIGID_EXPENDITURE_NAMES = {
  living: { zh: "生活支出", en: "basic living" },
  medical: { zh: "医疗支出", en: "medical (out of pocket)" },
  education: { zh: "教育支出", en: "education" },
  rehabilitation: { zh: "残疾康复支出", en: "disability rehabilitation" },
  other: { zh: "其他支出", en: "other recognised spending" }
} as const

/**
 * Zod schema of a rigid expenditure: kind, month, amount and (for medical and rehabilitation
 * costs that reduce counted income) the member concerned.
 *
 * @example
 * ```ts
 * import { RigidExpenditureSchema } from "@minzheng/relief"
 * RigidExpenditureSchema.parse({ kind: "medical", member: "m1", month: "2025-02", amount: "1200" }).kind //=> "medical"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const RigidExpenditureSchema = opaque(
  z.strictObject({
    kind: z.enum(["living", "medical", "education", "rehabilitation", "other"]),
    member: z.optional(z.string().check(z.minLength(1))),
    month: MonthSchema,
    amount: YuanAmountSchema
  })
)

/**
 * A rigid expenditure.
 *
 * @example
 * ```ts
 * import type { RigidExpenditure } from "@minzheng/relief"
 * const e: RigidExpenditure = { kind: "education", month: "2025-02", amount: "3000.00" }
 * ```
 * @category income
 * @since 0.1.0
 */
export type RigidExpenditure = z.infer<typeof RigidExpenditureSchema>
