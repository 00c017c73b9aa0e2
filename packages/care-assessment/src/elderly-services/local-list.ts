/**
 * 地方基本养老服务清单 (a local list): a locality's list built over the national one. The 民政部
 * answers on 《关于推进基本养老服务体系建设的意见》 say a local list “shall include the service items
 * of the national list, and its coverage and realisation shall not be lower” — so an extension may
 * add items, widen target groups (a lower age, a condition dropped, a residence rule that also
 * admits non-registered residents) and raise standards, but never remove an item or lower a
 * standard: {@link extendServiceList} refuses such an extension with every problem listed.
 *
 * Shipped: 佛山市南海区 (seed 004) as the worked example.
 *
 * @module
 */
import { CitationSchema, compareDates, decode, type InvalidInput, invalidInput, issue, type Issue, IsoDateSchema, localPractice } from "@minzheng/core"
import { Decimal } from "decimal.js"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { loadServiceList } from "./entitled-services.js"
import { NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "./national-list-2023.js"
import { ResidenceRuleSchema, type ServiceItem, ServiceItemSchema, type ServiceList, ServiceStandardSchema, TARGET_CONDITION_KIND_NAMES, type TargetCondition, type TargetConditionKind } from "./service-list.js"

const NonEmpty = () => z.string().check(z.minLength(1))
const BilingualSchema = z.strictObject({ zh: NonEmpty(), en: NonEmpty() })
/** The condition kinds a local list may drop (every kind but `age`, lowered with `minAge`, and `any`). */
const DROPPABLE = (Object.keys(TARGET_CONDITION_KIND_NAMES) as Array<TargetConditionKind>).filter(
  (k): k is Exclude<TargetConditionKind, "age" | "any"> => k !== "age" && k !== "any"
) as [Exclude<TargetConditionKind, "age" | "any">, ...Array<Exclude<TargetConditionKind, "age" | "any">>]

/**
 * Zod schema of a local extension: the local list's id, name, region, the date its document is
 * known to apply from (`declaredOn`), its citation, an optional residence rule, items to add and
 * raises of existing items (`standard`, a lower `minAge`, conditions to drop by kind), each raise
 * with its citation.
 *
 * @example
 * ```ts
 * import { LocalListExtensionSchema, NANHAI_EXTENSION } from "@minzheng/care-assessment"
 * LocalListExtensionSchema.safeParse(NANHAI_EXTENSION).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const LocalListExtensionSchema = z.strictObject({
  id: NonEmpty(),
  name: BilingualSchema,
  region: z.string().check(z.regex(/^\d{6}$/)),
  declaredOn: IsoDateSchema,
  citation: CitationSchema,
  residence: z.optional(ResidenceRuleSchema),
  addItems: z.optional(z.array(ServiceItemSchema).check(z.maxLength(500))),
  raise: z.optional(
    z
      .array(
        z.strictObject({
          item: NonEmpty(),
          standard: z.optional(ServiceStandardSchema),
          minAge: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(150))),
          dropConditions: z.optional(z.array(z.literal(DROPPABLE)).check(z.minLength(1))),
          citation: CitationSchema
        })
      )
      .check(z.maxLength(500))
  ),
  notes: z.optional(z.array(NonEmpty()))
})

/**
 * A local extension of a service list (see {@link LocalListExtensionSchema}).
 *
 * @example
 * ```ts
 * import { NANHAI_EXTENSION } from "@minzheng/care-assessment"
 * NANHAI_EXTENSION.region //=> "440605"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type LocalListExtension = z.input<typeof LocalListExtensionSchema>

const lowerAge = (c: TargetCondition, min: number): TargetCondition => {
  if (c.kind === "age") return { kind: "age", min: Math.min(c.min, min) }
  if (c.kind === "any") return { kind: "any", of: c.of.map((x) => (x.kind === "age" ? { kind: "age" as const, min: Math.min(x.min, min) } : x)) }
  return c
}

const ageOf = (item: ServiceItem): number | undefined => {
  const a = item.target.all.find((c) => c.kind === "age")
  return a?.kind === "age" ? a.min : undefined
}

/**
 * Builds a local list from a base list (by default the national one) and a local extension. The
 * local list keeps every base item, applies the raises, adds the local items (marked `local`),
 * takes the extension's id, name, region, citation and residence rule, and applies from the later
 * of the base's date and `declaredOn`.
 *
 * Refused, with every problem listed: an added item whose id the base already has; a raise of an
 * item the base does not have; a raise that lowers a standard (a smaller monthly amount or fewer
 * hours, or an amount or hours dropped) or a `minAge` above the item's age; a region `100000`.
 *
 * @param extension - the {@link LocalListExtension} (untrusted JSON)
 * @param base - the list extended (default `NATIONAL_BASIC_ELDERLY_SERVICES_2023`)
 * @returns the local {@link ServiceList}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { extendServiceList, NANHAI_EXTENSION } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const r = extendServiceList(NANHAI_EXTENSION)
 * Result.isSuccess(r) && [r.success.items.length, r.success.effectiveFrom] //=> [18, "2023-05-21"]
 * const lower = extendServiceList({ ...NANHAI_EXTENSION, raise: [{ item: "high-age-allowance", minAge: 90, citation: { document: "x" } }] })
 * Result.isFailure(lower) && lower.failure.issues[0]?.code //=> "coverage_lowered"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const extendServiceList = (extension: unknown, base: ServiceList = NATIONAL_BASIC_ELDERLY_SERVICES_2023): Result.Result<ServiceList, InvalidInput> => {
  const b = loadServiceList(base)
  const e = decode(LocalListExtensionSchema, extension)
  if (Result.isFailure(b) || Result.isFailure(e)) {
    return Result.fail(
      invalidInput([
        ...(Result.isFailure(b) ? b.failure.issues.map((i) => ({ ...i, path: ["base", ...i.path] })) : []),
        ...(Result.isFailure(e) ? e.failure.issues.map((i) => ({ ...i, path: ["extension", ...i.path] })) : [])
      ])
    )
  }
  const bl = b.success
  const ext = e.success
  const issues: Array<Issue> = []
  if (ext.region === "100000") issues.push(issue(["extension", "region"], "not_local", "地方清单的地区代码不能为 100000（全国）", "a local list cannot have region 100000 (the whole country)"))
  const byId = new Map(bl.items.map((i) => [i.id, i]))
  const raised = new Map<string, ServiceItem>()
  ;(ext.raise ?? []).forEach((r, i) => {
    const at = ["extension", "raise", i]
    const item = raised.get(r.item) ?? byId.get(r.item)
    if (item === undefined) return void issues.push(issue([...at, "item"], "unknown_item", `基础清单中没有服务项目 ${r.item}`, `the base list has no item ${r.item}`))
    const next: { -readonly [K in keyof ServiceItem]: ServiceItem[K] } = { ...item, basis: [...(item.basis ?? []), r.citation] }
    if (r.standard !== undefined) {
      const old = item.standard
      if (old?.monthlyAmount !== undefined && (r.standard.monthlyAmount === undefined || new Decimal(r.standard.monthlyAmount).lt(old.monthlyAmount))) {
        issues.push(issue([...at, "standard", "monthlyAmount"], "standard_lowered", `标准不得低于基础清单（每月 ${old.monthlyAmount} 元）`, `the standard cannot be lower than the base (${old.monthlyAmount} yuan a month)`))
      }
      if (old?.monthlyHours !== undefined && (r.standard.monthlyHours === undefined || r.standard.monthlyHours < old.monthlyHours)) {
        issues.push(issue([...at, "standard", "monthlyHours"], "standard_lowered", `标准不得低于基础清单（每月 ${old.monthlyHours} 小时）`, `the standard cannot be lower than the base (${old.monthlyHours} hours a month)`))
      }
      next.standard = r.standard
    }
    if (r.minAge !== undefined) {
      const age = ageOf(item)
      if (age === undefined) issues.push(issue([...at, "minAge"], "no_age_condition", `服务项目 ${r.item} 没有年龄条件`, `item ${r.item} has no age condition`))
      else if (r.minAge > age) issues.push(issue([...at, "minAge"], "coverage_lowered", `年龄条件不得高于基础清单（${age}周岁）`, `the age condition cannot be above the base's (${age})`))
      else next.target = { ...next.target, all: next.target.all.map((c) => lowerAge(c, r.minAge!)) }
    }
    if (r.dropConditions !== undefined) {
      const drop = new Set<string>(r.dropConditions)
      next.target = { ...next.target, all: next.target.all.filter((c) => !drop.has(c.kind)) }
    }
    raised.set(r.item, next)
  })
  const added: Array<ServiceItem> = []
  ;(ext.addItems ?? []).forEach((it, i) => {
    if (byId.has(it.id) || added.some((a) => a.id === it.id)) issues.push(issue(["extension", "addItems", i, "id"], "duplicate_item", `服务项目 ${it.id} 已在清单中`, `item ${it.id} is already in the list`))
    added.push({ ...it, local: true })
  })
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  const from = compareDates(ext.declaredOn, bl.effectiveFrom) > 0 ? ext.declaredOn : bl.effectiveFrom
  const list: ServiceList = {
    id: ext.id,
    name: ext.name,
    region: ext.region,
    effectiveFrom: from,
    ...(bl.effectiveUntil === undefined ? {} : { effectiveUntil: bl.effectiveUntil }),
    citation: ext.citation,
    base: bl.id,
    ...(ext.residence === undefined ? {} : { residence: ext.residence }),
    items: [...bl.items.map((i) => raised.get(i.id) ?? i), ...added],
    notes: [...(ext.notes ?? []), ...(bl.notes ?? []).map((n) => `${bl.name.zh}：${n}`)]
  }
  return loadServiceList(list)
}

/**
 * Like {@link extendServiceList}, but throws the same `InvalidInput` (core): for local lists shipped
 * with an application (module-level constants such as {@link NANHAI_BASIC_ELDERLY_SERVICES}).
 *
 * @throws `InvalidInput` (core) listing every problem of the extension or the base
 * @example
 * ```ts
 * import { extendServiceListUnsafe, NANHAI_EXTENSION } from "@minzheng/care-assessment"
 * extendServiceListUnsafe(NANHAI_EXTENSION).base //=> "national-2023"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const extendServiceListUnsafe = (extension: unknown, base: ServiceList = NATIONAL_BASIC_ELDERLY_SERVICES_2023): ServiceList => {
  const r = extendServiceList(extension, base)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

const NANHAI = (note: string) => localPractice("seed 004", note)
const NANHAI_DEPARTMENT = { zh: "南海区（牵头部门种子报告未载）", en: "Nanhai district (the department is not stated in the seed)" }
const NANHAI_60 = { description: { zh: "南海区60周岁及以上老年人", en: "older people (60 or over) in Nanhai" }, all: [{ kind: "age" as const, min: 60 }] }
const HOME_SERVICES = "老年人可享受家庭照护床位、家庭病床、医疗护理、长者饭堂、适老化改造等不同类型的上门服务"

/**
 * 佛山市南海区 (seed 004, 《南海区以“134”工作法开展试点工作 推动养老基本公共服务实现优质共享》,
 * 佛山市民政局 2023-04-23) over the national list:
 *
 * - residence: “在南海区居住半年以上的外来人口，基本可享受与户籍人口均等的养老基本公共服务” — a
 *   non-registered resident of 6 months or more is covered (the seed says “基本”, basically);
 * - local items named in the seed: 长者饭堂, 家庭照护床位, 家庭病床, 上门医疗护理 (“老年人可享受…
 *   上门服务”: every older person, 60 or over), and the purchased home-care service (“每年政府补贴
 *   1200万元为符合条件的长者购买居家养老服务”: who qualifies is not stated, so it needs the local
 *   determination `nanhai-home-care-purchase`).
 *
 * The seed names 71 service items in 17 fields and no per-person amounts: the other items and the
 * standards are not encoded. Urban and rural residents have one standard (“无城乡之分”), which a
 * list without an urban/rural condition already gives.
 *
 * @example
 * ```ts
 * import { NANHAI_EXTENSION } from "@minzheng/care-assessment"
 * NANHAI_EXTENSION.addItems?.map((i) => i.name.zh) //=> ["长者饭堂", "家庭照护床位", "家庭病床", "上门医疗护理", "政府购买居家养老服务"]
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const NANHAI_EXTENSION: LocalListExtension = {
  id: "nanhai-2023",
  name: { zh: "南海区养老基本公共服务清单", en: "Nanhai basic public elderly-care services" },
  region: "440605",
  declaredOn: "2023-04-23",
  citation: NANHAI("佛山市南海区养老基本公共服务标准化专项试点：17 大领域、71 项服务项目的养老服务三项清单（佛山市民政局，2023-04-23）"),
  residence: {
    monthsResident: 6,
    citation: NANHAI("在南海区居住半年以上的外来人口，基本可享受与户籍人口均等的养老基本公共服务"),
    note: "原文为“基本可享受”"
  },
  addItems: [
    {
      id: "nanhai-elder-canteen",
      category: "care",
      name: { zh: "长者饭堂", en: "elder canteen" },
      target: NANHAI_60,
      content: { zh: "长者饭堂助餐服务", en: "meals at an elder canteen" },
      department: NANHAI_DEPARTMENT,
      citation: NANHAI(HOME_SERVICES),
      verified: true
    },
    {
      id: "nanhai-family-care-bed",
      category: "care",
      name: { zh: "家庭照护床位", en: "family care bed" },
      target: NANHAI_60,
      content: { zh: "在家中设立照护床位，提供上门照护服务", en: "a care bed at home with visiting care" },
      department: NANHAI_DEPARTMENT,
      citation: NANHAI(HOME_SERVICES),
      verified: true
    },
    {
      id: "nanhai-home-sickbed",
      category: "care",
      name: { zh: "家庭病床", en: "home sickbed" },
      target: NANHAI_60,
      content: { zh: "家庭病床上门服务", en: "a hospital bed at home with visits" },
      department: NANHAI_DEPARTMENT,
      citation: NANHAI(HOME_SERVICES),
      verified: true
    },
    {
      id: "nanhai-home-nursing",
      category: "care",
      name: { zh: "上门医疗护理", en: "nursing at home" },
      target: NANHAI_60,
      content: { zh: "上门医疗护理服务", en: "medical nursing at home" },
      department: NANHAI_DEPARTMENT,
      citation: NANHAI(HOME_SERVICES),
      verified: true
    },
    {
      id: "nanhai-purchased-home-care",
      category: "care",
      name: { zh: "政府购买居家养老服务", en: "home care bought by the government" },
      target: {
        description: { zh: "符合条件的长者（条件种子报告未载，以当地认定为准）", en: "eligible older people (the conditions are not in the seed: the local finding decides)" },
        all: [{ kind: "age", min: 60 }, { kind: "determination", id: "nanhai-home-care-purchase", name: { zh: "符合政府购买居家养老服务条件", en: "eligible for home care bought by the government" } }]
      },
      content: { zh: "政府补贴购买居家养老服务（全区每年1200万元）", en: "home care bought with a government subsidy (12 million yuan a year for the district)" },
      department: NANHAI_DEPARTMENT,
      citation: NANHAI("每年政府补贴1200万元为符合条件的长者购买居家养老服务"),
      verified: true
    }
  ],
  notes: [
    "南海区清单共 17 大领域、71 项服务项目；种子报告只点名其中 5 类上门服务，其余项目与各项标准未编码。",
    "南海区城乡服务标准一致（“无城乡之分”）：清单不设城乡条件。"
  ]
}

/**
 * The 南海 local list: {@link NANHAI_EXTENSION} over the national list (18 items: 13 national, 5
 * local; residents of 6 months or more covered).
 *
 * @example
 * ```ts
 * import { NANHAI_BASIC_ELDERLY_SERVICES } from "@minzheng/care-assessment"
 * NANHAI_BASIC_ELDERLY_SERVICES.items.filter((i) => i.local === true).length //=> 5
 * NANHAI_BASIC_ELDERLY_SERVICES.residence?.monthsResident //=> 6
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const NANHAI_BASIC_ELDERLY_SERVICES: ServiceList = extendServiceListUnsafe(NANHAI_EXTENSION)
