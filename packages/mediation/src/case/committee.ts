/**
 * 人民调解委员会 (people's mediation committee): who mediates. Villages and residents' committees
 * set one up, enterprises and institutions may (人民调解法 第八条); townships, streets, social
 * groups and other organisations may set one up by reference to the law (第三十四条) — the
 * 青岛 社会组织人民调解委员会 are of this last kind (seed 001).
 *
 * @module
 */
import { RegionCodeSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { IdSchema, NameSchema } from "../internal/schemas.js"

/**
 * The kinds of committee, each with its Chinese term in {@link COMMITTEE_KIND_NAMES}.
 *
 * @example
 * ```ts
 * import { COMMITTEE_KINDS } from "@minzheng/mediation"
 * COMMITTEE_KINDS[0] //=> "village"
 * ```
 * @category models
 * @since 0.1.0
 */
export const COMMITTEE_KINDS = ["village", "residents", "enterprise", "township-street", "social-organisation", "industry-professional"] as const

/**
 * Zod schema of a committee kind.
 *
 * @example
 * ```ts
 * import { CommitteeKindSchema } from "@minzheng/mediation"
 * CommitteeKindSchema.parse("social-organisation") //=> "social-organisation"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CommitteeKindSchema = z.literal(COMMITTEE_KINDS)

/**
 * A committee kind.
 *
 * @example
 * ```ts
 * import type { CommitteeKind } from "@minzheng/mediation"
 * const k: CommitteeKind = "residents"
 * ```
 * @category models
 * @since 0.1.0
 */
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number]

/**
 * Chinese and English names of the committee kinds.
 *
 * @example
 * ```ts
 * import { COMMITTEE_KIND_NAMES } from "@minzheng/mediation"
 * COMMITTEE_KIND_NAMES["social-organisation"].zh //=> "社会组织人民调解委员会"
 * ```
 * @category models
 * @since 0.1.0
 */
export const COMMITTEE_KIND_NAMES: Readonly<Record<CommitteeKind, { readonly zh: string; readonly en: string }>> = {
  village: { zh: "村民委员会人民调解委员会", en: "village committee" },
  residents: { zh: "居民委员会人民调解委员会", en: "residents' committee" },
  enterprise: { zh: "企业事业单位人民调解委员会", en: "enterprise or institution committee" },
  "township-street": { zh: "乡镇（街道）人民调解委员会", en: "township or street committee" },
  "social-organisation": { zh: "社会组织人民调解委员会", en: "social-organisation committee" },
  "industry-professional": { zh: "行业性专业性人民调解委员会", en: "industry or professional committee" }
}

/**
 * Zod schema of a {@link Committee}.
 *
 * @example
 * ```ts
 * import { CommitteeSchema } from "@minzheng/mediation"
 * CommitteeSchema.safeParse({ id: "c1", name: "城阳区中小企业协会人民调解委员会", kind: "social-organisation" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CommitteeSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: CommitteeKindSchema,
  region: z.optional(RegionCodeSchema),
  hostOrganisation: z.optional(NameSchema)
})

/**
 * A people's mediation committee; `hostOrganisation` names the 社会组织 or association that set
 * it up, where there is one.
 *
 * @example
 * ```ts
 * import type { Committee } from "@minzheng/mediation"
 * const c: Committee = { id: "laoshan", name: "崂山区社会组织人民调解委员会", kind: "social-organisation" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Committee = z.infer<typeof CommitteeSchema>
