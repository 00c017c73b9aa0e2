/**
 * 脱敏规则 (masking policy) as data: how much of each personal field a notice may show. The
 * schema's bounds are the most a notice may ever reveal (《个人信息保护法》's minimum necessary
 * disclosure, as the spec reads it): a locality may be stricter, never looser.
 *
 * - person name: the surname (`张**`, `欧阳*`), or nothing;
 * - citizen ID: at most the first 6 and last 4 characters;
 * - phone: at most the first 3 and last 4 digits (`138****1234`);
 * - address: down to the building or the village/community, or nothing;
 * - bank account: at most the last 4 digits.
 *
 * @module
 */
import { type Bilingual, CitationSchema } from "@minzheng/core"
import * as z from "zod/mini"

/**
 * How much of a person's name a notice keeps (`personName.keep` of a {@link MaskingPolicy}).
 *
 * @example
 * ```ts
 * import { NAME_MASKING_LEVELS } from "@minzheng/disclosure"
 * NAME_MASKING_LEVELS.surname.zh //=> "保留姓氏"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const NAME_MASKING_LEVELS = {
  surname: { zh: "保留姓氏", en: "keep the surname" },
  none: { zh: "全部隐去", en: "hide the whole name" }
} as const satisfies Record<string, Bilingual>

/**
 * A name masking level (see {@link NAME_MASKING_LEVELS}).
 *
 * @example
 * ```ts
 * import type { NameMaskingLevel } from "@minzheng/disclosure"
 * const keep: NameMaskingLevel = "surname"
 * ```
 * @category models
 * @since 0.1.0
 */
export type NameMaskingLevel = keyof typeof NAME_MASKING_LEVELS

/**
 * How much of an address a notice keeps (`address.keep` of a {@link MaskingPolicy}).
 *
 * @example
 * ```ts
 * import { ADDRESS_MASKING_LEVELS } from "@minzheng/disclosure"
 * ADDRESS_MASKING_LEVELS.community.zh //=> "保留至村（社区）"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const ADDRESS_MASKING_LEVELS = {
  building: { zh: "保留至楼栋", en: "down to the building" },
  community: { zh: "保留至村（社区）", en: "down to the village or community" },
  none: { zh: "全部隐去", en: "hide the whole address" }
} as const satisfies Record<string, Bilingual>

/**
 * An address masking level (see {@link ADDRESS_MASKING_LEVELS}).
 *
 * @example
 * ```ts
 * import type { AddressMaskingLevel } from "@minzheng/disclosure"
 * const keep: AddressMaskingLevel = "community"
 * ```
 * @category models
 * @since 0.1.0
 */
export type AddressMaskingLevel = keyof typeof ADDRESS_MASKING_LEVELS

/**
 * Zod schema of a {@link MaskingPolicy}: looser values than the national bounds are refused.
 *
 * @example
 * ```ts
 * import { MaskingPolicySchema, DEFAULT_MASKING_POLICY } from "@minzheng/disclosure"
 * MaskingPolicySchema.safeParse(DEFAULT_MASKING_POLICY).success //=> true
 * MaskingPolicySchema.safeParse({ ...DEFAULT_MASKING_POLICY, citizenId: { head: 10, tail: 4 } }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MaskingPolicySchema = z.strictObject({
  personName: z.strictObject({ keep: z.literal(Object.keys(NAME_MASKING_LEVELS) as [NameMaskingLevel, ...NameMaskingLevel[]]) }),
  citizenId: z.strictObject({ head: z.number().check(z.int(), z.minimum(0), z.maximum(6)), tail: z.number().check(z.int(), z.minimum(0), z.maximum(4)) }),
  phone: z.strictObject({ head: z.number().check(z.int(), z.minimum(0), z.maximum(3)), tail: z.number().check(z.int(), z.minimum(0), z.maximum(4)) }),
  address: z.strictObject({ keep: z.literal(Object.keys(ADDRESS_MASKING_LEVELS) as [AddressMaskingLevel, ...AddressMaskingLevel[]]) }),
  bankAccount: z.strictObject({ tail: z.number().check(z.int(), z.minimum(0), z.maximum(4)) }),
  source: z.optional(CitationSchema)
})

/**
 * A masking policy (see the module summary for each field).
 *
 * @example
 * ```ts
 * import { DEFAULT_MASKING_POLICY, type MaskingPolicy } from "@minzheng/disclosure"
 * const stricter: MaskingPolicy = { ...DEFAULT_MASKING_POLICY, citizenId: { head: 0, tail: 4 }, phone: { head: 0, tail: 4 } }
 * ```
 * @category models
 * @since 0.1.0
 */
export type MaskingPolicy = z.output<typeof MaskingPolicySchema>

/**
 * The default policy: surname kept, ID 6 + 4, phone 3 + 4, address down to the village/community
 * (the stricter of the spec's two levels), bank account last 4.
 *
 * @example
 * ```ts
 * import { DEFAULT_MASKING_POLICY } from "@minzheng/disclosure"
 * DEFAULT_MASKING_POLICY.address.keep //=> "community"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const DEFAULT_MASKING_POLICY: MaskingPolicy = {
  personName: { keep: "surname" },
  citizenId: { head: 6, tail: 4 },
  phone: { head: 3, tail: 4 },
  address: { keep: "community" },
  bankAccount: { tail: 4 }
}
