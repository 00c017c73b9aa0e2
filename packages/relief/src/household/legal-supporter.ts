/**
 * 法定义务人 (legal supporter): a person with a legal duty to support the applicant
 * (赡养、抚养、扶养义务人) and the facts 特困人员认定办法第八条 asks about them.
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import { IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { YuanAmountSchema } from "./amount.js"
import { DisabilitySchema } from "./member.js"

/**
 * Zod schema of a legal supporter.
 *
 * @example
 * ```ts
 * import { LegalSupporterSchema } from "@minzheng/relief"
 * LegalSupporterSchema.parse({ relationship: "child", birthDate: "1950-01-01", tekun: true }).tekun //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const LegalSupporterSchema = opaque(
  z.strictObject({
    name: z.optional(z.string().check(z.minLength(1))),
    relationship: z.enum(["spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"]),
    birthDate: IsoDateSchema,
    tekun: z.optional(z.boolean()),
    dibaoRecipient: z.optional(z.boolean()),
    disability: z.optional(DisabilitySchema),
    annualIncome: z.optional(YuanAmountSchema),
    assetsWithinLowIncomeRules: z.optional(z.boolean()),
    noLegalCapacity: z.optional(z.boolean()),
    declaredMissing: z.optional(z.boolean()),
    imprisoned: z.optional(z.boolean())
  })
)

/**
 * A legal supporter of the applicant.
 *
 * @example
 * ```ts
 * import type { LegalSupporter } from "@minzheng/relief"
 * const s: LegalSupporter = { relationship: "child", birthDate: "1950-01-01" as any, tekun: true }
 * ```
 * @category household
 * @since 0.1.0
 */
export type LegalSupporter = z.infer<typeof LegalSupporterSchema>
