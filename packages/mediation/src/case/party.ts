/**
 * 当事人 (party): a person or an organisation in a dispute. Citizen ID numbers are kept for the
 * copy of the 调解协议书 that legally needs them and masked everywhere else.
 *
 * @module
 */
import { CitizenIdSchema, maskCitizenId, maskPersonalNumbers } from "@minzheng/core"
import * as z from "zod/mini"
import { throwIfAny } from "../internal/guard.js"
import { partyIssues } from "../internal/party-guard.js"
import { IdSchema, NameSchema, trimmedText } from "../internal/schemas.js"

/**
 * Zod schema of a {@link Party}: `kind: "person"` (自然人) with an optional citizen ID, phone
 * and address, or `kind: "organisation"` (法人或其他组织) with an optional 统一社会信用代码 and
 * representative.
 *
 * @example
 * ```ts
 * import { PartySchema } from "@minzheng/mediation"
 * PartySchema.safeParse({ kind: "person", id: "p1", name: "张三" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PartySchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("person"),
    id: IdSchema,
    name: NameSchema,
    citizenId: z.optional(CitizenIdSchema),
    phone: z.optional(trimmedText(40)),
    address: z.optional(trimmedText(400))
  }),
  z.strictObject({
    kind: z.literal("organisation"),
    id: IdSchema,
    name: NameSchema,
    creditCode: z.optional(
      z.string().check(
        z.refine((v: string) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v), { params: { zh: "统一社会信用代码应为 18 位", en: "a unified social credit code has 18 characters" } })
      )
    ),
    representative: z.optional(NameSchema),
    address: z.optional(trimmedText(400))
  })
])

/**
 * A party to a dispute (当事人).
 *
 * @example
 * ```ts
 * import type { Party } from "@minzheng/mediation"
 * const p: Party = { kind: "organisation", id: "o1", name: "青岛某商贸有限公司" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Party = z.infer<typeof PartySchema>

/**
 * Chinese names of the party kinds.
 *
 * @example
 * ```ts
 * import { PARTY_KIND_NAMES } from "@minzheng/mediation"
 * PARTY_KIND_NAMES.organisation.zh //=> "法人或其他组织"
 * ```
 * @category models
 * @since 0.1.0
 */
export const PARTY_KIND_NAMES = {
  person: { zh: "自然人", en: "natural person" },
  organisation: { zh: "法人或其他组织", en: "legal person or other organisation" }
} as const

/**
 * The kind of a party (a key of {@link PARTY_KIND_NAMES}).
 *
 * @example
 * ```ts
 * import type { PartyKind } from "@minzheng/mediation"
 * const k: PartyKind = "person"
 * ```
 * @category models
 * @since 0.1.0
 */
export type PartyKind = keyof typeof PARTY_KIND_NAMES

/**
 * A party with its citizen ID number masked (first 6 and last 4 characters kept) and its phone
 * number masked (first 3 and last 4 digits kept): what registers, records, statistics and errors show.
 *
 * @example
 * ```ts
 * import { maskParty } from "@minzheng/mediation"
 * maskParty({ kind: "person", id: "p1", name: "张三", citizenId: "11010519491231002X" }).citizenId //=> "110105********002X"
 * ```
 * @throws `InvalidInput` when `party` is not a party
 * @category converting
 * @since 0.1.0
 */
export const maskParty = (party: Party): Party => {
  throwIfAny(partyIssues(party, ["party"]))
  if (party.kind === "organisation") return party
  return {
    ...party,
    ...(party.citizenId === undefined ? {} : { citizenId: maskCitizenId(party.citizenId) }),
    ...(party.phone === undefined ? {} : { phone: maskPhone(party.phone) })
  }
}

// A phone core recognises (separators, +86, full-width digits) is masked as core masks it; anything
// else in the field keeps only its first 3 and last 4 characters.
const maskPhone = (phone: string): string => {
  const masked = maskPersonalNumbers(phone)
  if (masked !== phone) return masked
  return phone.length <= 7 ? "*".repeat(phone.length) : `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}`
}
