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
import * as z from "zod/mini"
import { CARE_IDENTITIES, type CareIdentity } from "../entitlement/decision-table.js"
import { CAPABILITY_LEVELS } from "../capability-level.js"
import { TEKUN_SELF_CARE_LEVELS } from "../tekun-self-care-level.js"

const IDENTITIES = CARE_IDENTITIES as [CareIdentity, ...Array<CareIdentity>]


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

/**
 * A living situation: a key of {@link LIVING_SITUATION_NAMES}.
 *
 * @example
 * ```ts
 * import type { LivingSituation } from "@minzheng/care-assessment"
 * const l: LivingSituation = "empty-nest"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type LivingSituation = keyof typeof LIVING_SITUATION_NAMES

const LIVING = Object.keys(LIVING_SITUATION_NAMES) as [LivingSituation, ...Array<LivingSituation>]

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

/**
 * A category of basic elderly-care services: a key of {@link SERVICE_CATEGORY_NAMES}.
 *
 * @example
 * ```ts
 * import type { ServiceCategory } from "@minzheng/care-assessment"
 * const c: ServiceCategory = "material"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type ServiceCategory = keyof typeof SERVICE_CATEGORY_NAMES

/**
 * The kinds of condition a service item's target can set (the `kind` of a
 * {@link TargetCondition}), with their Chinese and English names.
 *
 * @example
 * ```ts
 * import { TARGET_CONDITION_KIND_NAMES } from "@minzheng/care-assessment"
 * TARGET_CONDITION_KIND_NAMES["economic-hardship"].zh //=> "经济困难"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const TARGET_CONDITION_KIND_NAMES = {
  age: { zh: "年龄", en: "age" },
  identity: { zh: "身份", en: "identity" },
  "economic-hardship": { zh: "经济困难", en: "economic hardship" },
  level: { zh: "老年人能力等级", en: "capability level" },
  "tekun-self-care": { zh: "特困人员生活自理能力", en: "tekun self-care capacity" },
  "family-planning-special": { zh: "计划生育特殊家庭", en: "special family-planning family" },
  living: { zh: "居住情况", en: "living situation" },
  disability: { zh: "残疾等级", en: "disability grade" },
  determination: { zh: "当地认定", en: "local determination" },
  any: { zh: "符合其一", en: "any of several conditions" }
} as const satisfies Record<string, Bilingual>

/**
 * The kind of a target condition: a key of {@link TARGET_CONDITION_KIND_NAMES}.
 *
 * @example
 * ```ts
 * import type { TargetConditionKind } from "@minzheng/care-assessment"
 * const k: TargetConditionKind = "living"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type TargetConditionKind = keyof typeof TARGET_CONDITION_KIND_NAMES

const NonEmpty = () => z.string().check(z.minLength(1))
const BilingualSchema = z.strictObject({ zh: NonEmpty(), en: NonEmpty() })
const Amount = z.string().check(z.regex(/^\d{1,12}(\.\d{1,2})?$/))

const LeafConditionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("age"), min: z.number().check(z.int(), z.minimum(0), z.maximum(150)) }),
  z.strictObject({ kind: z.literal("identity"), anyOf: z.array(z.literal(IDENTITIES)).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal("economic-hardship") }),
  z.strictObject({ kind: z.literal("level"), anyOf: z.array(z.literal(CAPABILITY_LEVELS)).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal("tekun-self-care"), anyOf: z.array(z.literal(TEKUN_SELF_CARE_LEVELS)).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal("family-planning-special") }),
  z.strictObject({ kind: z.literal("living"), anyOf: z.array(z.literal(LIVING)).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal("disability"), maxGrade: z.number().check(z.int(), z.minimum(1), z.maximum(4)) }),
  z.strictObject({ kind: z.literal("determination"), id: NonEmpty(), name: BilingualSchema })
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
export const TargetConditionSchema = z.union([LeafConditionSchema, z.strictObject({ kind: z.literal("any"), of: z.array(LeafConditionSchema).check(z.minLength(2)) })])

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
export const ServiceStandardSchema = z.strictObject({
  description: BilingualSchema,
  monthlyAmount: z.optional(Amount),
  monthlyHours: z.optional(z.number().check(z.minimum(0), z.maximum(744)))
})

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
export const ServiceItemSchema = z.strictObject({
  id: NonEmpty(),
  category: z.literal(Object.keys(SERVICE_CATEGORY_NAMES) as [ServiceCategory, ...Array<ServiceCategory>]),
  name: BilingualSchema,
  target: z.strictObject({ description: BilingualSchema, all: z.array(TargetConditionSchema).check(z.maxLength(20)) }),
  content: BilingualSchema,
  department: BilingualSchema,
  citation: CitationSchema,
  basis: z.optional(z.array(CitationSchema).check(z.maxLength(20))),
  verified: z.boolean(),
  standard: z.optional(ServiceStandardSchema),
  local: z.optional(z.boolean()),
  notes: z.optional(z.array(NonEmpty()))
})

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
export const ResidenceRuleSchema = z.strictObject({
  monthsResident: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1200))),
  citation: CitationSchema,
  note: z.optional(NonEmpty())
})

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
export const ServiceListSchema = z.strictObject({
  id: NonEmpty(),
  name: BilingualSchema,
  /** GB/T 2260 code; `100000` for the whole country. */
  region: z.string().check(z.regex(/^\d{6}$/)),
  effectiveFrom: IsoDateSchema,
  effectiveUntil: z.optional(IsoDateSchema),
  citation: CitationSchema,
  /** The list this one extends (a local list over the national one). */
  base: z.optional(NonEmpty()),
  residence: z.optional(ResidenceRuleSchema),
  items: z.array(ServiceItemSchema).check(z.minLength(1), z.maxLength(500)),
  notes: z.optional(z.array(NonEmpty()))
})

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
 * - `economicHardship`: 经济困难 as the locality determined it; when absent, a 特困, 低保, 防止返贫
 *   监测, 低保边缘, 刚性支出困难, 建档立卡 or 即时帮扶 identity counts as 经济困难 (the groups social
 *   assistance already found in hardship; a 临时救助 identity alone does not) and anyone else does
 *   not.
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
export const ElderlyPersonSchema = z.strictObject({
  birthDate: IsoDateSchema,
  identity: z.optional(z.literal(IDENTITIES)),
  economicHardship: z.optional(z.boolean()),
  level: z.optional(z.nullable(z.literal(CAPABILITY_LEVELS))),
  tekunSelfCare: z.optional(z.literal(TEKUN_SELF_CARE_LEVELS)),
  familyPlanningSpecial: z.optional(z.boolean()),
  living: z.optional(z.literal(LIVING)),
  disabilityGrade: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(4))),
  determinations: z.optional(z.array(NonEmpty()).check(z.maxLength(100))),
  residence: z.optional(z.strictObject({ hukouLocal: z.boolean(), monthsResident: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1200))) }))
})

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
