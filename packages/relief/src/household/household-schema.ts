/**
 * The shape of a 申请家庭 (household application): its zod schema and the types it defines — a
 * model file with no decoding in it, imported both by `household.ts` (which decodes) and by the
 * hand-written fast decoder, so neither imports the other. The package exports these names from
 * `household.ts`.
 *
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import { opaque } from "../internal/opaque.js"
import { RegionCodeSchema, parseCitizenId } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { PreviousSupportSchema } from "../gradual-exit/previous-support.js"
import { ownAssetTotals } from "../internal/own-assets.js"
import { fenOf } from "../internal/fen.js"
import { IncidentSchema } from "../temporary-assistance/incident.js"
import { AssetsSchema } from "./assets.js"
import { IncomeEntrySchema } from "./income.js"
import { LegalSupporterSchema } from "./legal-supporter.js"
import { MemberSchema } from "./member.js"
import { RigidExpenditureSchema } from "./rigid-expenditure.js"

const custom = (ctx: z.core.$RefinementCtx, path: Array<string | number>, zh: string, en: string) =>
  ctx.addIssue({ code: "custom", path, params: { zh, en } })

/**
 * Where a household lives: urban or rural (城乡类别; the 低保 standard differs), Chinese and English names.
 *
 * @example
 * ```ts
 * import { AREA_NAMES } from "@minzheng/relief"
 * AREA_NAMES.rural.zh //=> "农村"
 * ```
 * @category household
 * @since 0.1.0
 */
export const AREA_NAMES = {
  urban: { zh: "城市", en: "urban" },
  rural: { zh: "农村", en: "rural" }
} as const satisfies Record<string, Bilingual>

/**
 * Where a household lives: urban or rural (城乡类别; the 低保 standard differs) (the keys of {@link AREA_NAMES}).
 *
 * @example
 * ```ts
 * import type { Area } from "@minzheng/relief"
 * const x: Area = "urban"
 * ```
 * @category household
 * @since 0.1.0
 */
export type Area = keyof typeof AREA_NAMES

/**
 * Zod schema of a household application.
 *
 * **Details**: besides each field's shape it checks that member ids are unique, exactly one
 * member is the applicant, every member has a citizen ID or a birth date (agreeing when both are
 * given) and every income and expenditure names an existing member.
 *
 * @example
 * ```ts
 * import { HouseholdSchema } from "@minzheng/relief"
 * HouseholdSchema.safeParse({}).success //=> false
 * ```
 * @see {@link decodeHousehold}
 * @category schemas
 * @since 0.1.0
 */
export const HouseholdSchema = opaque(
  z
    .strictObject({
      id: z.string().check(z.minLength(1)),
      residence: z.strictObject({ region: RegionCodeSchema, area: z.enum(Object.keys(AREA_NAMES) as [Area, ...Area[]]) }),
      members: z.array(MemberSchema).check(z.minLength(1)),
      incomes: z._default(z.array(IncomeEntrySchema), []),
      assets: AssetsSchema,
      rigidExpenditures: z._default(z.array(RigidExpenditureSchema), []),
      legalSupporters: z._default(z.array(LegalSupporterSchema), []),
      incident: z.optional(IncidentSchema),
      previous: z.optional(PreviousSupportSchema)
    })
    .check(
      z.superRefine((h, ctx) => {
        const ids = new Set<string>()
        let applicants = 0
        h.members.forEach((m, i) => {
          if (ids.has(m.id)) custom(ctx, ["members", i, "id"], `成员编号 ${m.id} 重复`, `member id ${m.id} appears twice`)
          ids.add(m.id)
          if (m.relationship === "applicant") applicants++
          if (m.birthDate === undefined && m.citizenId === undefined) {
            custom(ctx, ["members", i], "须提供公民身份号码或出生日期", "give a citizen ID number or a birth date")
          }
          if (m.birthDate !== undefined && m.citizenId !== undefined) {
            const parsed = parseCitizenId(m.citizenId)
            if (Result.isSuccess(parsed) && parsed.success.birthDate !== m.birthDate) {
              custom(ctx, ["members", i, "birthDate"], "出生日期与公民身份号码不一致", "the birth date does not match the citizen ID number")
            }
          }
        })
        if (applicants !== 1) custom(ctx, ["members"], "须有且仅有一名申请人", "exactly one member must be the applicant")
        // A member's own property is part of the household's (审核确认办法第十四条: 家庭财产 = every member's).
        const own = ownAssetTotals(h.members)
        if (own.declared) {
          if (own.financialFen > fenOf(h.assets.financial)) {
            custom(ctx, ["assets", "financial"], "成员本人金融资产合计超过家庭金融资产", "members' own financial assets add up to more than the household's")
          }
          if (own.residential > h.assets.residentialUnits) {
            custom(ctx, ["assets", "residentialUnits"], "成员本人住房合计超过家庭住房套数", "members' own homes add up to more than the household's")
          }
          if (own.nonResidential > h.assets.nonResidentialUnits) {
            custom(ctx, ["assets", "nonResidentialUnits"], "成员本人非居住类房产合计超过家庭套数", "members' own other properties add up to more than the household's")
          }
        }
        h.incomes.forEach((e, i) => {
          if (!ids.has(e.member)) custom(ctx, ["incomes", i, "member"], `没有编号为 ${e.member} 的成员`, `no member with id ${e.member}`)
        })
        h.rigidExpenditures.forEach((e, i) => {
          if (e.member !== undefined && !ids.has(e.member)) {
            custom(ctx, ["rigidExpenditures", i, "member"], `没有编号为 ${e.member} 的成员`, `no member with id ${e.member}`)
          }
        })
      })
    )
)

/**
 * A decoded household application.
 *
 * @example
 * ```ts
 * import type { Household } from "@minzheng/relief"
 * type Members = Household["members"]
 * ```
 * @category household
 * @since 0.1.0
 */
export type Household = z.infer<typeof HouseholdSchema>

/**
 * The JSON shape a household application is sent in (before decoding: defaults may be omitted).
 *
 * @example
 * ```ts
 * import type { HouseholdInput } from "@minzheng/relief"
 * const h: HouseholdInput = {
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1958-03-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * }
 * ```
 * @category household
 * @since 0.1.0
 */
export type HouseholdInput = z.input<typeof HouseholdSchema>
