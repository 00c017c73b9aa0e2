/**
 * 纠纷类别 (dispute categories): the codes a mediation case is filed under, and the versioned
 * category lists that use them — the 15-category official list (黄石市司法局, as summarised in
 * the domain spec) and the 青岛 社会组织人民调解 pilot's five categories (seed 001).
 *
 * @module
 */
import * as z from "zod/mini"

/**
 * Every dispute category code, each with its Chinese term in {@link DISPUTE_CATEGORY_NAMES}.
 *
 * @example
 * ```ts
 * import { DISPUTE_CATEGORIES } from "@minzheng/mediation"
 * DISPUTE_CATEGORIES.includes("member-unit") //=> true
 * ```
 * @category models
 * @since 0.1.0
 */
export const DISPUTE_CATEGORIES = [
  "marriage-family",
  "neighbour",
  "housing-homestead",
  "contract",
  "production-business",
  "damages",
  "forest-land",
  "land-requisition",
  "environmental-pollution",
  "labour",
  "consumer",
  "medical",
  "road-traffic",
  "property-management",
  "member-unit",
  "economic",
  "other"
] as const

/**
 * Zod schema of a {@link DisputeCategory}.
 *
 * @example
 * ```ts
 * import { DisputeCategorySchema } from "@minzheng/mediation"
 * DisputeCategorySchema.parse("labour") //=> "labour"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DisputeCategorySchema = z.literal(DISPUTE_CATEGORIES)

/**
 * A dispute category code.
 *
 * @example
 * ```ts
 * import type { DisputeCategory } from "@minzheng/mediation"
 * const c: DisputeCategory = "neighbour"
 * ```
 * @category models
 * @since 0.1.0
 */
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number]

/**
 * Chinese and English names of the dispute categories.
 *
 * @example
 * ```ts
 * import { DISPUTE_CATEGORY_NAMES } from "@minzheng/mediation"
 * DISPUTE_CATEGORY_NAMES["member-unit"].zh //=> "会员单位矛盾纠纷"
 * ```
 * @category models
 * @since 0.1.0
 */
export const DISPUTE_CATEGORY_NAMES: Readonly<Record<DisputeCategory, { readonly zh: string; readonly en: string }>> = {
  "marriage-family": { zh: "婚姻家庭纠纷", en: "marriage and family" },
  neighbour: { zh: "邻里纠纷", en: "neighbours" },
  "housing-homestead": { zh: "房屋宅基地纠纷", en: "housing and homestead" },
  contract: { zh: "合同纠纷", en: "contract" },
  "production-business": { zh: "生产经营纠纷", en: "production and business" },
  damages: { zh: "损害赔偿纠纷", en: "damages" },
  "forest-land": { zh: "山林土地纠纷", en: "forest and land" },
  "land-requisition": { zh: "征地拆迁纠纷", en: "land requisition and demolition" },
  "environmental-pollution": { zh: "环境污染纠纷", en: "environmental pollution" },
  labour: { zh: "劳动争议（劳动关系纠纷）", en: "labour dispute" },
  consumer: { zh: "消费纠纷", en: "consumer" },
  medical: { zh: "医疗纠纷", en: "medical" },
  "road-traffic": { zh: "道路交通事故纠纷", en: "road traffic accident" },
  "property-management": { zh: "物业纠纷", en: "property management" },
  "member-unit": { zh: "会员单位矛盾纠纷", en: "dispute between member units of an association" },
  economic: { zh: "经济纠纷", en: "economic dispute" },
  other: { zh: "其他纠纷", en: "other" }
}

/**
 * A versioned list of dispute categories: which codes a statistics report or an intake form
 * offers, under which source.
 *
 * @example
 * ```ts
 * import { DISPUTE_CATEGORY_LISTS } from "@minzheng/mediation"
 * DISPUTE_CATEGORY_LISTS["qingdao-2021"].categories.length //=> 6
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DisputeCategoryList {
  readonly id: string
  readonly label: { readonly zh: string; readonly en: string }
  readonly source: string
  readonly categories: ReadonlyArray<DisputeCategory>
}

/**
 * The category lists shipped: `official-15` (黄石市司法局's 15 categories, as summarised in the
 * domain spec — verify against the issuing document) and `qingdao-2021` (the 青岛 pilot, seed 001:
 * 合同纠纷 25, 会员单位矛盾 18, 劳动关系纠纷 16, 邻里矛盾 12, 经济纠纷 6, plus 其他).
 *
 * @example
 * ```ts
 * import { DISPUTE_CATEGORY_LISTS } from "@minzheng/mediation"
 * DISPUTE_CATEGORY_LISTS["official-15"].categories.length //=> 15
 * ```
 * @category models
 * @since 0.1.0
 */
export const DISPUTE_CATEGORY_LISTS: Readonly<Record<"official-15" | "qingdao-2021", DisputeCategoryList>> = {
  "official-15": {
    id: "official-15",
    label: { zh: "民间纠纷十五类（黄石市司法局）", en: "15 official categories (Huangshi Justice Bureau)" },
    source: "黄石市司法局 dispute category list, as summarised in the domain spec (verify)",
    categories: [
      "marriage-family",
      "neighbour",
      "housing-homestead",
      "contract",
      "production-business",
      "damages",
      "forest-land",
      "land-requisition",
      "environmental-pollution",
      "labour",
      "consumer",
      "medical",
      "road-traffic",
      "property-management",
      "other"
    ]
  },
  "qingdao-2021": {
    id: "qingdao-2021",
    label: { zh: "青岛社会组织人民调解试点类别", en: "Qingdao social-organisation mediation pilot" },
    source: "seed 001: 青岛 赋能社会组织 开展人民调解",
    categories: ["contract", "member-unit", "labour", "neighbour", "economic", "other"]
  }
}

/**
 * Whether a category is a labour dispute, to which 《劳动争议调解仲裁法》 applies (第十条: a
 * basic-level people's mediation organisation may mediate labour disputes).
 *
 * @example
 * ```ts
 * import { isLabourDispute } from "@minzheng/mediation"
 * isLabourDispute("labour") //=> true
 * isLabourDispute("neighbour") //=> false
 * ```
 * @category predicates
 * @since 0.1.0
 */
export const isLabourDispute = (category: DisputeCategory): boolean => category === "labour"
