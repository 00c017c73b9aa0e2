/**
 * A disclosure duty (公开事项): what must be published (categories and content list), who
 * publishes it, when (cadence), through which channels, and the source that says so. Duties come
 * in sets (the law's, a district's, a county's); a set is plain data, validated at the edge.
 *
 * @module
 */
import { CitationSchema, RegionCodeSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { CadenceSchema } from "./cadence.js"
import { ChannelSchema, DisclosureCategorySchema, PublisherSchema } from "./vocabulary.js"

const BilingualSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })
const IdSchema = z
  .string()
  .check(
    z.refine((s) => /^[a-z0-9][a-z0-9.-]{0,63}$/.test(s), { params: { zh: "编号只能含小写字母、数字、点和连字符", en: "an id may hold only lower-case letters, digits, dots and hyphens" } })
  )

/**
 * Zod schema of a {@link Duty}.
 *
 * @example
 * ```ts
 * import { DutySchema, LICANG_DUTIES } from "@minzheng/disclosure"
 * DutySchema.safeParse(LICANG_DUTIES.duties[0]).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DutySchema = z.strictObject({
  id: IdSchema,
  title: BilingualSchema,
  categories: z.array(DisclosureCategorySchema).check(z.minLength(1)),
  contents: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  publisher: PublisherSchema,
  cadence: CadenceSchema,
  channels: z.array(ChannelSchema).check(z.minLength(1)),
  citation: CitationSchema,
  condition: z.optional(BilingualSchema)
})

/**
 * One disclosure duty.
 *
 * - `categories`: what a publication of it covers (used by the coverage report).
 * - `contents`: the items, in the source's words.
 * - `condition`: when the duty applies only in some cases (e.g. 集体财务往来较多的).
 *
 * @example
 * ```ts
 * import type { Duty } from "@minzheng/disclosure"
 * const finance: Duty = {
 *   id: "licang.monthly-finance",
 *   title: { zh: "财务公开", en: "financial disclosure" },
 *   categories: ["finance"],
 *   contents: ["当月办公经费"],
 *   publisher: "finance-agency",
 *   cadence: { kind: "monthly", day: 10 },
 *   channels: ["notice-board"],
 *   citation: { document: "local practice: seed 000", note: "每月的10日为居务公开日" }
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Duty = z.output<typeof DutySchema>

/**
 * Zod schema of a {@link DutySet}: duty ids must be unique.
 *
 * @example
 * ```ts
 * import { DutySetSchema, PINGYUAN_DUTIES } from "@minzheng/disclosure"
 * DutySetSchema.safeParse(PINGYUAN_DUTIES).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DutySetSchema = z
  .strictObject({
    id: IdSchema,
    name: BilingualSchema,
    region: z.optional(RegionCodeSchema),
    citation: CitationSchema,
    duties: z.array(DutySchema).check(z.minLength(1))
  })
  .check(
    z.superRefine((set, ctx) => {
      const seen = new Set<string>()
      set.duties.forEach((d, i) => {
        if (seen.has(d.id)) ctx.addIssue({ code: "custom", path: ["duties", i, "id"], params: { zh: `公开事项编号 ${d.id} 重复`, en: `duty id ${d.id} appears twice` } })
        seen.add(d.id)
      })
    })
  )

/**
 * A named set of duties with its source and, for a local set, its region (GB/T 2260 code).
 *
 * @example
 * ```ts
 * import { LICANG_DUTIES, type DutySet } from "@minzheng/disclosure"
 * const set: DutySet = LICANG_DUTIES
 * set.region //=> "370213"
 * ```
 * @category models
 * @since 0.1.0
 */
export type DutySet = z.output<typeof DutySetSchema>
