/**
 * The closed vocabularies of a disclosure duty: what is published (category), who publishes it
 * (publisher) and where (channel). Every value carries its Chinese and English term; the values
 * are kebab-case (`"general-affairs"`, `"notice-board"`), as every closed set of minzheng.
 *
 * @module
 */
import * as z from "zod/mini"
import type { Bilingual } from "@minzheng/core"

/**
 * 公开类别: the categories of items a village or community must publish, each with its Chinese
 * term.
 *
 * @example
 * ```ts
 * import { DISCLOSURE_CATEGORIES } from "@minzheng/disclosure"
 * DISCLOSURE_CATEGORIES.finance.zh //=> "财务收支"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const DISCLOSURE_CATEGORIES = {
  "general-affairs": { zh: "一般事项（村务/居务）", en: "general affairs" },
  finance: { zh: "财务收支", en: "financial income and expenditure" },
  "major-matters": { zh: "重大事项", en: "major matters" },
  dibao: { zh: "低保", en: "dibao (minimum living allowance)" },
  "land-requisition": { zh: "土地征用", en: "land requisition" },
  "family-planning": { zh: "计划生育", en: "family planning" },
  "relief-funds": { zh: "救灾救济款物", en: "disaster-relief funds and goods" },
  "party-affairs": { zh: "党务", en: "party affairs" },
  "collective-assets": { zh: "集体“三资”（资金、资产、资源）", en: "collective funds, assets and resources" },
  "star-rating": { zh: "星级评定结果", en: "star-rating results" }
} as const satisfies Record<string, Bilingual>

/**
 * A disclosure category key (see {@link DISCLOSURE_CATEGORIES}).
 *
 * @example
 * ```ts
 * import type { DisclosureCategory } from "@minzheng/disclosure"
 * const c: DisclosureCategory = "finance"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type DisclosureCategory = keyof typeof DISCLOSURE_CATEGORIES

/**
 * Zod schema of a {@link DisclosureCategory}.
 *
 * @example
 * ```ts
 * import { DisclosureCategorySchema } from "@minzheng/disclosure"
 * DisclosureCategorySchema.safeParse("finance").success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DisclosureCategorySchema = z.literal(Object.keys(DISCLOSURE_CATEGORIES) as [DisclosureCategory, ...DisclosureCategory[]])

/**
 * 公开主体: who publishes a duty's items.
 *
 * @example
 * ```ts
 * import { PUBLISHERS } from "@minzheng/disclosure"
 * PUBLISHERS["finance-agency"].zh //=> "街道财务代理中心"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const PUBLISHERS = {
  "village-committee": { zh: "村民委员会", en: "villagers' committee" },
  "residents-committee": { zh: "居民委员会", en: "residents' committee" },
  "finance-agency": { zh: "街道财务代理中心", en: "street-office finance agency" },
  "street-office": { zh: "乡镇人民政府（街道办事处）", en: "township government (street office)" },
  institution: { zh: "服务机构", en: "service institution" }
} as const satisfies Record<string, Bilingual>

/**
 * A publisher key (see {@link PUBLISHERS}).
 *
 * @example
 * ```ts
 * import type { Publisher } from "@minzheng/disclosure"
 * const p: Publisher = "residents-committee"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type Publisher = keyof typeof PUBLISHERS

/**
 * Zod schema of a {@link Publisher}.
 *
 * @example
 * ```ts
 * import { PublisherSchema } from "@minzheng/disclosure"
 * PublisherSchema.safeParse("finance-agency").success //=> true
 * PublisherSchema.safeParse("financeAgency").success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PublisherSchema = z.literal(Object.keys(PUBLISHERS) as [Publisher, ...Publisher[]])

/**
 * 公开形式: the channels a notice is published through (seed 000: meetings, notice boards, web
 * pages, in daily work, in activities).
 *
 * @example
 * ```ts
 * import { CHANNELS } from "@minzheng/disclosure"
 * CHANNELS["notice-board"].zh //=> "公开栏"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const CHANNELS = {
  "notice-board": { zh: "公开栏", en: "notice board" },
  web: { zh: "网络", en: "web page" },
  meeting: { zh: "会议", en: "meeting" },
  "in-work": { zh: "日常工作中", en: "in daily work" },
  activity: { zh: "活动中", en: "in activities" }
} as const satisfies Record<string, Bilingual>

/**
 * A channel key (see {@link CHANNELS}).
 *
 * @example
 * ```ts
 * import type { Channel } from "@minzheng/disclosure"
 * const c: Channel = "notice-board"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export type Channel = keyof typeof CHANNELS

/**
 * Zod schema of a {@link Channel}.
 *
 * @example
 * ```ts
 * import { ChannelSchema } from "@minzheng/disclosure"
 * ChannelSchema.safeParse("web").success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ChannelSchema = z.literal(Object.keys(CHANNELS) as [Channel, ...Channel[]])
