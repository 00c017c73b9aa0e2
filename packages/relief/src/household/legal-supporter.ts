/**
 * 法定义务人 (legal supporter): a person with a legal duty to support the applicant
 * (赡养、抚养、扶养义务人) and the facts 特困人员认定办法第八条 asks about them.
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import { IsoDateSchema } from "@minzheng/core"
import { z } from "zod"
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
z
  .object({
    name: z.string().min(1).optional(),
    relationship: z.enum(["spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"]),
    birthDate: IsoDateSchema,
    tekun: z.boolean().optional(),
    dibaoRecipient: z.boolean().optional(),
    disability: DisabilitySchema.optional(),
    annualIncome: YuanAmountSchema.optional(),
    assetsWithinLowIncomeRules: z.boolean().optional(),
    noLegalCapacity: z.boolean().optional(),
    declaredMissing: z.boolean().optional(),
    imprisoned: z.boolean().optional()
  })
  .strict()
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
