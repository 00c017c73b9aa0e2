/**
 * 基本养老服务清单 (basic elderly-care service list): the services an older person is entitled to,
 * each with its category (物质帮助 / 照护服务 / 关爱服务), target group (服务对象), content (服务内容),
 * responsible department (牵头负责单位) and source. A list is dated data: it applies from
 * `effectiveFrom` (and until `effectiveUntil`, when set), for a region (GB/T 2260 code).
 *
 * A target group is a conjunction of conditions over what the caller knows of the person: age on
 * the date asked (周岁, on the birthday), identity (特困, 低保 … as `CARE_IDENTITY_NAMES`), 经济困难
 * as determined locally, the GB/T 42195-2022 capability level, the 特困 self-care level, a
 * 计划生育特殊家庭, living alone / empty nest / left behind, a disability grade, or a named local
 * determination. A condition of kind `any` holds when one of its conditions holds.
 *
 * @module
 */
import { type Bilingual, CitationSchema, IsoDateSchema } from "@minzheng/core"
import * as z from "zod"
import { CARE_IDENTITY_NAMES, type CareIdentity } from "../entitlement/decision-table.js"
import { TEKUN_SELF_CARE_LEVELS } from "../tekun-self-care-level.js"

const IDENTITIES = Object.keys(CARE_IDENTITY_NAMES) as [CareIdentity, ...Array<CareIdentity>]

/**
 * The capability levels of GB/T 42195-2022 (the ids of `GBT_42195_2022.levels`), best first.
 *
 * @example
 * ```ts
 * import { CAPABILITY_LEVELS } from "@minzheng/care-assessment"
 * CAPABILITY_LEVELS //=> ["intact", "mild", "moderate", "severe", "complete"]
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const CAPABILITY_LEVELS = ["intact", "mild", "moderate", "severe", "complete"] as const

/**
 * Living situations a target group may name: `alone` 独居, `empty-nest` 空巢, `left-behind` 留守,
 * `with-family` 与家人同住.
 *
 * @example
 * ```ts
 * import { LIVING_SITUATION_NAMES } from "@minzheng/care-assessment"
 * LIVING_SITUATION_NAMES["empty-nest"].zh //=> "空巢"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const LIVING_SITUATION_NAMES = {
  alone: { zh: "独居", en: "living alone" },
  "empty-nest": { zh: "空巢", en: "empty nest" },
  "left-behind": { zh: "留守", en: "left behind" },
  "with-family": { zh: "与家人同住", en: "living with family" }
} as const satisfies Record<string, Bilingual>

const LIVING = Object.keys(LIVING_SITUATION_NAMES) as ["alone", "empty-nest", "left-behind", "with-family"]

/**
 * The three categories of basic elderly-care services (《关于推进基本养老服务体系建设的意见》):
 * `material` 物质帮助, `care` 照护服务, `caring` 关爱服务.
 *
 * @example
 * ```ts
 * import { SERVICE_CATEGORY_NAMES } from "@minzheng/care-assessment"
 * SERVICE_CATEGORY_NAMES.caring.zh //=> "关爱服务"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const SERVICE_CATEGORY_NAMES = {
  material: { zh: "物质帮助", en: "material help" },
  care: { zh: "照护服务", en: "care services" },
  caring: { zh: "关爱服务", en: "caring services" }
} as const satisfies Record<string, Bilingual>

const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict()
const Amount = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/)

const LeafConditionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("age"), min: z.number().int().min(0).max(150) }).strict(),
  z.object({ kind: z.literal("identity"), anyOf: z.array(z.literal(IDENTITIES)).min(1) }).strict(),
  z.object({ kind: z.literal("economic-hardship") }).strict(),
  z.object({ kind: z.literal("level"), anyOf: z.array(z.literal(CAPABILITY_LEVELS)).min(1) }).strict(),
  z.object({ kind: z.literal("tekun-self-care"), anyOf: z.array(z.literal(TEKUN_SELF_CARE_LEVELS)).min(1) }).strict(),
  z.object({ kind: z.literal("family-planning-special") }).strict(),
  z.object({ kind: z.literal("living"), anyOf: z.array(z.literal(LIVING)).min(1) }).strict(),
  z.object({ kind: z.literal("disability"), maxGrade: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal("determination"), id: z.string().min(1), name: BilingualSchema }).strict()
])

/**
 * Zod schema of one condition of a target group (see the module summary); `any` holds when one of
 * its (non-nested) conditions holds.
 *
 * @example
 * ```ts
 * import { TargetConditionSchema } from "@minzheng/care-assessment"
 * TargetConditionSchema.safeParse({ kind: "age", min: 80 }).success //=> true
 * TargetConditionSchema.safeParse({ kind: "age", min: -1 }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const TargetConditionSchema = z.union([LeafConditionSchema, z.object({ kind: z.literal("any"), of: z.array(LeafConditionSchema).min(2) }).strict()])

/**
 * One condition of a target group.
 *
 * @example
 * ```ts
 * import type { TargetCondition } from "@minzheng/care-assessment"
 * const over80: TargetCondition = { kind: "age", min: 80 }
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type TargetCondition = z.infer<typeof TargetConditionSchema>

/**
 * Zod schema of a service standard (服务标准): a description and, where the list fixes them, a
 * monthly amount in 元 or monthly hours. A locality may raise them, never lower them.
 *
 * @example
 * ```ts
 * import { ServiceStandardSchema } from "@minzheng/care-assessment"
 * ServiceStandardSchema.safeParse({ description: { zh: "每月 100.00 元", en: "100.00 yuan a month" }, monthlyAmount: "100.00" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ServiceStandardSchema = z
  .object({
    description: BilingualSchema,
    monthlyAmount: Amount.optional(),
    monthlyHours: z.number().min(0).max(744).optional()
  })
  .strict()

/**
 * Zod schema of one item of a service list.
 *
 * - `verified`: the item was checked against the text of its source (false: reconstructed from
 *   secondary sources, to be checked; the explanation says so).
 * - `basis`: the rules the item rests on besides the list itself (regulations, notices).
 * - `local`: an item a locality added (its citation is the local document or seed report).
 *
 * @example
 * ```ts
 * import { ServiceItemSchema, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * ServiceItemSchema.safeParse(NATIONAL_BASIC_ELDERLY_SERVICES_2023.items[0]).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ServiceItemSchema = z
  .object({
    id: z.string().min(1),
    category: z.literal(["material", "care", "caring"]),
    name: BilingualSchema,
    target: z.object({ description: BilingualSchema, all: z.array(TargetConditionSchema).max(20) }).strict(),
    content: BilingualSchema,
    department: BilingualSchema,
    citation: CitationSchema,
    basis: z.array(CitationSchema).max(20).optional(),
    verified: z.boolean(),
    standard: ServiceStandardSchema.optional(),
    local: z.boolean().optional(),
    notes: z.array(z.string().min(1)).optional()
  })
  .strict()

/**
 * One item of a service list (see {@link ServiceItemSchema}).
 *
 * @example
 * ```ts
 * import { NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * NATIONAL_BASIC_ELDERLY_SERVICES_2023.items.find((i) => i.id === "high-age-allowance")?.name.zh //=> "高龄津贴"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type ServiceItem = z.infer<typeof ServiceItemSchema>

/**
 * Zod schema of a residence rule: who counts as a resident of the list's region — a local
 * household registration (户籍), or at least `monthsResident` months of residence.
 *
 * @example
 * ```ts
 * import { ResidenceRuleSchema } from "@minzheng/care-assessment"
 * ResidenceRuleSchema.safeParse({ monthsResident: 6, citation: { document: "x" } }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ResidenceRuleSchema = z.object({ monthsResident: z.number().int().min(0).max(1200).optional(), citation: CitationSchema, note: z.string().min(1).optional() }).strict()

/**
 * Zod schema of a service list.
 *
 * @example
 * ```ts
 * import { ServiceListSchema, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * ServiceListSchema.safeParse(NATIONAL_BASIC_ELDERLY_SERVICES_2023).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ServiceListSchema = z
  .object({
    id: z.string().min(1),
    name: BilingualSchema,
    /** GB/T 2260 code; `100000` for the whole country. */
    region: z.string().regex(/^\d{6}$/),
    effectiveFrom: IsoDateSchema,
    effectiveUntil: IsoDateSchema.optional(),
    citation: CitationSchema,
    /** The list this one extends (a local list over the national one). */
    base: z.string().min(1).optional(),
    residence: ResidenceRuleSchema.optional(),
    items: z.array(ServiceItemSchema).min(1).max(500),
    notes: z.array(z.string().min(1)).optional()
  })
  .strict()

/**
 * A basic elderly-care service list (national, or a local one built with `extendServiceList`).
 *
 * @example
 * ```ts
 * import { NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * NATIONAL_BASIC_ELDERLY_SERVICES_2023.effectiveFrom //=> "2023-05-21"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type ServiceList = z.infer<typeof ServiceListSchema>

/**
 * Zod schema of what a list is asked about: one older person.
 *
 * - `economicHardship`: 经济困难 as the locality determined it; when absent, a 特困, 低保, 低保边缘,
 *   建档立卡, 即时帮扶 or 支出型困难 identity counts as 经济困难 (the groups social assistance
 *   already found in hardship) and anyone else does not.
 * - `level`: the GB/T 42195-2022 capability level (null or absent: not assessed).
 * - `disabilityGrade`: the grade on the 残疾人证 (1 most severe … 4).
 * - `determinations`: ids of local determinations made for the person (e.g. eligibility for a
 *   locally purchased service whose conditions the source does not state).
 * - `residence`: local 户籍, or months of residence — required by a list with a residence rule.
 *
 * @example
 * ```ts
 * import { ElderlyPersonSchema } from "@minzheng/care-assessment"
 * ElderlyPersonSchema.safeParse({ birthDate: "1944-03-01", identity: "dibao", level: "moderate" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ElderlyPersonSchema = z
  .object({
    birthDate: IsoDateSchema,
    identity: z.literal(IDENTITIES).optional(),
    economicHardship: z.boolean().optional(),
    level: z.literal(CAPABILITY_LEVELS).nullable().optional(),
    tekunSelfCare: z.literal(TEKUN_SELF_CARE_LEVELS).optional(),
    familyPlanningSpecial: z.boolean().optional(),
    living: z.literal(LIVING).optional(),
    disabilityGrade: z.number().int().min(1).max(4).optional(),
    determinations: z.array(z.string().min(1)).max(100).optional(),
    residence: z.object({ hukouLocal: z.boolean(), monthsResident: z.number().int().min(0).max(1200).optional() }).strict().optional()
  })
  .strict()

/**
 * One older person, as {@link ElderlyPersonSchema} describes.
 *
 * @example
 * ```ts
 * import type { ElderlyPerson } from "@minzheng/care-assessment"
 * const p: ElderlyPerson = { birthDate: "1944-03-01", identity: "tekun", tekunSelfCare: "fully-lost" }
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type ElderlyPerson = z.input<typeof ElderlyPersonSchema>
