/**
 * 家庭收入 (household income): income entries by member, category and month, and which
 * categories count (最低生活保障审核确认办法第十三条; 特困人员认定办法第六条).
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import type { Bilingual } from "@minzheng/core"
import * as z from "zod/mini"
import { MonthSchema, YuanAmountSchema } from "./amount.js"

/**
 * Income categories (收入类别), Chinese names.
 *
 * **Details**: the five counted kinds of 第十三条 (工资性收入, 经营净收入, 财产净收入, 转移净收入 —
 * split into 转移性收入 and 转移性支出 — and 其他收入), and the kinds the national rules exclude
 * (优待抚恤金, 计划生育奖励与扶助金, 奖学金/见义勇为 and other reward payments, 社会救助款物,
 * 城乡居民基本养老保险基础养老金) or that 特困 excludes (基本医疗保险等社会保险, 高龄津贴).
 *
 * @example
 * ```ts
 * import { INCOME_CATEGORY_NAMES } from "@minzheng/relief"
 * INCOME_CATEGORY_NAMES.wages.zh //=> "工资性收入"
 * ```
 * @category income
 * @since 0.1.0
 */
export const INCOME_CATEGORY_NAMES = {
  wages: { zh: "工资性收入", en: "wages" },
  business: { zh: "经营净收入", en: "net business income" },
  property: { zh: "财产净收入", en: "net property income" },
  "transfer-in": { zh: "转移性收入", en: "transfer income" },
  "transfer-out": { zh: "转移性支出", en: "transfer expenditure" },
  other: { zh: "其他收入", en: "other income" },
  "preferential-care": { zh: "优待抚恤金", en: "preferential-treatment and pension payments" },
  "family-planning": { zh: "计划生育奖励与扶助金", en: "family-planning rewards and support" },
  reward: { zh: "奖学金、见义勇为等奖励性补助", en: "scholarships, bravery awards and similar rewards" },
  "social-assistance": { zh: "政府发放的社会救助款物", en: "government social-assistance money and goods" },
  "basic-pension": { zh: "城乡居民基本养老保险基础养老金", en: "basic pension of the urban-rural residents' scheme" },
  "social-insurance": { zh: "基本医疗保险等社会保险给付", en: "basic medical insurance and other social-insurance benefits" },
  "old-age-allowance": { zh: "高龄津贴", en: "old-age allowance" }
} as const satisfies Record<string, Bilingual>

/**
 * An income category.
 *
 * @example
 * ```ts
 * import type { IncomeCategory } from "@minzheng/relief"
 * const c: IncomeCategory = "wages"
 * ```
 * @category income
 * @since 0.1.0
 */
export type IncomeCategory = keyof typeof INCOME_CATEGORY_NAMES

/**
 * All income categories.
 *
 * @example
 * ```ts
 * import { INCOME_CATEGORIES } from "@minzheng/relief"
 * INCOME_CATEGORIES.length //=> 13
 * ```
 * @category income
 * @since 0.1.0
 */
export const INCOME_CATEGORIES = Object.keys(INCOME_CATEGORY_NAMES) as [IncomeCategory, ...IncomeCategory[]]

/**
 * Zod schema of an income category.
 *
 * @example
 * ```ts
 * import { IncomeCategorySchema } from "@minzheng/relief"
 * IncomeCategorySchema.parse("business") //=> "business"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const IncomeCategorySchema = opaque(z.enum(INCOME_CATEGORIES))

/**
 * Zod schema of an income entry: a member's income of one category, either in a given month
 * (`month: "2025-03"`) or, without `month`, as a declared monthly average over the look-back window.
 *
 * @example
 * ```ts
 * import { IncomeEntrySchema } from "@minzheng/relief"
 * IncomeEntrySchema.parse({ member: "m1", category: "wages", amount: "2400.00", month: "2025-03" }).amount //=> "2400.00"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const IncomeEntrySchema = opaque(
  z.strictObject({
    member: z.string().check(z.minLength(1)),
    category: IncomeCategorySchema,
    amount: YuanAmountSchema,
    month: z.optional(MonthSchema)
  })
)

/**
 * An income entry.
 *
 * @example
 * ```ts
 * import type { IncomeEntry } from "@minzheng/relief"
 * const e: IncomeEntry = { member: "m1", category: "wages", amount: "2400.00" }
 * ```
 * @category income
 * @since 0.1.0
 */
export type IncomeEntry = z.infer<typeof IncomeEntrySchema>

/**
 * Income categories 第十三条 excludes from household income for 低保 in every case (the 基础养老金
 * exclusion is a dated parameter, "十四五期间"; cities add their own by parameter).
 *
 * @example
 * ```ts
 * import { NATIONALLY_EXCLUDED_INCOME } from "@minzheng/relief"
 * NATIONALLY_EXCLUDED_INCOME.includes("reward") //=> true
 * ```
 * @category income
 * @since 0.1.0
 */
export const NATIONALLY_EXCLUDED_INCOME: ReadonlyArray<IncomeCategory> = ["preferential-care", "family-planning", "reward", "social-assistance"]

/**
 * Income categories 特困人员认定办法第六条 leaves out of a 特困 applicant's income (基础养老金,
 * 基本医疗保险等社会保险, 优待抚恤金, 高龄津贴), in addition to the 第十三条 exclusions.
 *
 * @example
 * ```ts
 * import { TEKUN_EXCLUDED_INCOME } from "@minzheng/relief"
 * TEKUN_EXCLUDED_INCOME.includes("old-age-allowance") //=> true
 * ```
 * @category income
 * @since 0.1.0
 */
export const TEKUN_EXCLUDED_INCOME: ReadonlyArray<IncomeCategory> = [
  ...NATIONALLY_EXCLUDED_INCOME,
  "basic-pension",
  "social-insurance",
  "old-age-allowance"
]
