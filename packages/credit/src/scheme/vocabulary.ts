/**
 * The words a credit scheme is made of: item categories (村规民约 headings), who records and who
 * approves, what evidence an entry needs, the period a score runs over and what carries over. Each
 * value carries its Chinese term.
 *
 * @module
 */
import type { Bilingual } from "@minzheng/core"

/**
 * Item categories (积分事项类别) as village rules group them (seed 001: 村规民约 items such as
 * 尊老爱幼 become points).
 *
 * @example
 * ```ts
 * import { CATEGORIES } from "@minzheng/credit"
 * CATEGORIES.includes("filial-piety") //=> true
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const CATEGORIES = [
  "filial-piety",
  "environment",
  "volunteering",
  "customs-reform",
  "law-abiding",
  "neighbourliness",
  "public-affairs",
  "mutual-aid"
] as const

/**
 * An item category.
 *
 * @example
 * ```ts
 * import type { Category } from "@minzheng/credit"
 * const c: Category = "environment"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type Category = (typeof CATEGORIES)[number]

/**
 * Chinese and English names of the categories.
 *
 * @example
 * ```ts
 * import { CATEGORY_NAMES } from "@minzheng/credit"
 * CATEGORY_NAMES["filial-piety"].zh //=> "孝老爱亲"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const CATEGORY_NAMES: Readonly<Record<Category, Bilingual>> = {
  "filial-piety": { zh: "孝老爱亲", en: "filial piety and family care" },
  environment: { zh: "环境卫生", en: "environment and sanitation" },
  volunteering: { zh: "志愿服务", en: "volunteering" },
  "customs-reform": { zh: "移风易俗", en: "reforming customs" },
  "law-abiding": { zh: "遵纪守法", en: "abiding by the law" },
  neighbourliness: { zh: "邻里和睦", en: "neighbourliness" },
  "public-affairs": { zh: "热心公益", en: "public affairs" },
  "mutual-aid": { zh: "互助养老", en: "mutual aid for older people" }
}

/**
 * Who may record or approve an entry (记录人 / 审核人).
 *
 * @example
 * ```ts
 * import { ROLES } from "@minzheng/credit"
 * ROLES[0] //=> "collector"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const ROLES = ["collector", "village-committee", "review-panel", "grid-worker", "time-bank-station", "town-office"] as const

/**
 * A role.
 *
 * @example
 * ```ts
 * import type { Role } from "@minzheng/credit"
 * const r: Role = "village-committee"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type Role = (typeof ROLES)[number]

/**
 * Chinese and English names of the roles.
 *
 * @example
 * ```ts
 * import { ROLE_NAMES } from "@minzheng/credit"
 * ROLE_NAMES.collector.zh //=> "信息采集员"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const ROLE_NAMES: Readonly<Record<Role, Bilingual>> = {
  collector: { zh: "信息采集员", en: "information collector" },
  "village-committee": { zh: "村（居）两委", en: "village committee" },
  "review-panel": { zh: "评议小组", en: "review panel" },
  "grid-worker": { zh: "网格员", en: "grid worker" },
  "time-bank-station": { zh: "时间银行服务站", en: "time-bank station" },
  "town-office": { zh: "镇（街道）", en: "town office" }
}

/**
 * Evidence an item requires (佐证材料).
 *
 * @example
 * ```ts
 * import { EVIDENCE_KINDS } from "@minzheng/credit"
 * EVIDENCE_KINDS.includes("photo") //=> true
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const EVIDENCE_KINDS = ["none", "photo", "document", "witness", "system-record"] as const

/**
 * An evidence kind: `none` 无需佐证, `photo` 照片, `document` 书面材料, `witness` 见证人,
 * `system-record` 系统记录.
 *
 * @example
 * ```ts
 * import type { EvidenceKind } from "@minzheng/credit"
 * const e: EvidenceKind = "photo"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/**
 * Chinese and English names of the evidence kinds.
 *
 * @example
 * ```ts
 * import { EVIDENCE_KIND_NAMES } from "@minzheng/credit"
 * EVIDENCE_KIND_NAMES["system-record"].zh //=> "系统记录"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const EVIDENCE_KIND_NAMES: Readonly<Record<EvidenceKind, Bilingual>> = {
  none: { zh: "无需佐证", en: "no evidence needed" },
  photo: { zh: "照片", en: "photo" },
  document: { zh: "书面材料", en: "document" },
  witness: { zh: "见证人", en: "witness" },
  "system-record": { zh: "系统记录", en: "system record" }
}

/**
 * The periods scores, caps and payouts run over.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from "@minzheng/credit"
 * PERIOD_KINDS //=> ["month", "quarter", "year"]
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const PERIOD_KINDS = ["month", "quarter", "year"] as const

/**
 * The period scores, caps and payouts run over: `month` 月, `quarter` 季度, `year` 年度.
 *
 * @example
 * ```ts
 * import type { PeriodKind } from "@minzheng/credit"
 * const p: PeriodKind = "quarter"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number]

/**
 * Chinese and English names of the periods.
 *
 * @example
 * ```ts
 * import { PERIOD_KIND_NAMES } from "@minzheng/credit"
 * PERIOD_KIND_NAMES.quarter.zh //=> "季度"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const PERIOD_KIND_NAMES: Readonly<Record<PeriodKind, Bilingual>> = {
  month: { zh: "月", en: "month" },
  quarter: { zh: "季度", en: "quarter" },
  year: { zh: "年度", en: "year" }
}

/**
 * What a score can keep from earlier periods.
 *
 * @example
 * ```ts
 * import { CARRY_OVERS } from "@minzheng/credit"
 * CARRY_OVERS //=> ["all", "none"]
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const CARRY_OVERS = ["all", "none"] as const

/**
 * What a score keeps from earlier periods: `all` 累计（跨期结转）, `none` 每期从基础分重新起算.
 *
 * @example
 * ```ts
 * import type { CarryOver } from "@minzheng/credit"
 * const c: CarryOver = "all"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type CarryOver = (typeof CARRY_OVERS)[number]

/**
 * Chinese and English names of the carry-over rules.
 *
 * @example
 * ```ts
 * import { CARRY_OVER_NAMES } from "@minzheng/credit"
 * CARRY_OVER_NAMES.none.zh //=> "每期从基础分重新起算"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const CARRY_OVER_NAMES: Readonly<Record<CarryOver, Bilingual>> = {
  all: { zh: "累计（跨期结转）", en: "carried over" },
  none: { zh: "每期从基础分重新起算", en: "restarts from the base score every period" }
}

/**
 * How a credit fund can be divided (the `method` of a scheme's payout rule).
 *
 * @example
 * ```ts
 * import { PAYOUT_METHODS } from "@minzheng/credit"
 * PAYOUT_METHODS //=> ["proportional", "above-floor", "tier-weights"]
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const PAYOUT_METHODS = ["proportional", "above-floor", "tier-weights"] as const

/**
 * A payout method: `proportional` 按积分比例, `above-floor` 按超过基准线的积分, `tier-weights` 按等级权重.
 *
 * @example
 * ```ts
 * import type { PayoutMethod } from "@minzheng/credit"
 * const m: PayoutMethod = "above-floor"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/**
 * Chinese and English names of the payout methods.
 *
 * @example
 * ```ts
 * import { PAYOUT_METHOD_NAMES } from "@minzheng/credit"
 * PAYOUT_METHOD_NAMES["tier-weights"].zh //=> "按等级权重"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const PAYOUT_METHOD_NAMES: Readonly<Record<PayoutMethod, Bilingual>> = {
  proportional: { zh: "按积分比例", en: "in proportion to points" },
  "above-floor": { zh: "按超过基准线的积分", en: "by points above a floor" },
  "tier-weights": { zh: "按等级权重", en: "by tier weights" }
}
