/**
 * 应享基本养老服务 (entitled services): which items of a basic elderly-care service list an older
 * person is entitled to on a date, and why — each item with the conditions that held (or failed),
 * its citations, in Chinese and English.
 *
 * @module
 */
import {
  ageOn,
  type Bilingual,
  type Citation,
  compareDates,
  decode,
  type Explanation,
  type InvalidInput,
  invalidInput,
  issue,
  type Issue,
  type IsoDate,
  IsoDateSchema,
  type Json,
  ParameterMissing
} from "@minzheng/core"
import * as Result from "effect/Result"
import { CARE_IDENTITY_NAMES } from "../entitlement/decision-table.js"
import { HARDSHIP_IDENTITIES } from "../internal/hardship.js"
import { GBT_42195_2022 } from "../instruments/gbt-42195-2022.js"
import { node } from "../internal/node.js"
import { TEKUN_SELF_CARE_LEVEL_NAMES } from "../tekun-self-care-level.js"
import { ElderlyPersonSchema, LIVING_SITUATION_NAMES, SERVICE_CATEGORY_NAMES, type ServiceItem, type ServiceList, ServiceListSchema, type TargetCondition } from "./service-list.js"

/**
 * One entitled (or refused) item, with the reasons: the conditions of its target group, each as a
 * sentence in Chinese and English, and the citations (the list item's and its basis).
 *
 * @example
 * ```ts
 * import type { EntitledService } from "@minzheng/care-assessment"
 * const why = (s: EntitledService) => s.reasons.map((r) => r.zh).join("；")
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export interface EntitledService {
  readonly item: string
  readonly name: Bilingual
  readonly category: ServiceItem["category"]
  readonly content: Bilingual
  readonly department: Bilingual
  readonly standard?: ServiceItem["standard"]
  readonly reasons: ReadonlyArray<Bilingual>
  readonly citations: ReadonlyArray<Citation>
  readonly verified: boolean
  readonly local: boolean
}

/**
 * The answer of {@link entitledServices}: the person's age on the date, the items they are entitled
 * to, the items they are not (with the conditions that failed), and the explanation tree.
 *
 * @example
 * ```ts
 * import type { ServiceEntitlements } from "@minzheng/care-assessment"
 * const names = (e: ServiceEntitlements) => e.entitled.map((s) => s.name.zh)
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export interface ServiceEntitlements {
  readonly list: string
  readonly asOf: IsoDate
  readonly age: number
  readonly resident: boolean
  readonly entitled: ReadonlyArray<EntitledService>
  readonly notEntitled: ReadonlyArray<EntitledService>
  readonly explanation: Explanation
}

type Person = ReturnType<typeof ElderlyPersonSchema.parse>


const levelName = (id: string): string => GBT_42195_2022.levels.find((l) => l.id === id)?.name.zh ?? id
const levelNameEn = (id: string): string => GBT_42195_2022.levels.find((l) => l.id === id)?.name.en ?? id
const GRADE_ZH = ["", "一级", "二级", "三级", "四级"]

interface Check {
  readonly met: boolean
  readonly text: Bilingual
}

const checkLeaf = (c: Exclude<TargetCondition, { kind: "any" }>, p: Person, age: number): Check => {
  switch (c.kind) {
    case "age":
      return age >= c.min
        ? { met: true, text: { zh: `年满${c.min}周岁（现年${age}周岁）`, en: `aged ${c.min} or over (now ${age})` } }
        : { met: false, text: { zh: `未满${c.min}周岁（现年${age}周岁）`, en: `under ${c.min} (now ${age})` } }
    case "identity": {
      const names = c.anyOf.map((i) => CARE_IDENTITY_NAMES[i])
      const id = p.identity
      return id !== undefined && c.anyOf.includes(id)
        ? { met: true, text: { zh: `身份为${CARE_IDENTITY_NAMES[id].zh}`, en: `identity: ${CARE_IDENTITY_NAMES[id].en}` } }
        : { met: false, text: { zh: `身份不是${names.map((n) => n.zh).join("、")}`, en: `identity is not ${names.map((n) => n.en).join(", ")}` } }
    }
    case "economic-hardship": {
      if (p.economicHardship !== undefined) {
        return p.economicHardship
          ? { met: true, text: { zh: "经当地认定为经济困难", en: "found in economic hardship locally" } }
          : { met: false, text: { zh: "经当地认定不属于经济困难", en: "found not in economic hardship locally" } }
      }
      const id = p.identity
      return id !== undefined && HARDSHIP_IDENTITIES.has(id)
        ? { met: true, text: { zh: `经济困难（${CARE_IDENTITY_NAMES[id].zh}）`, en: `in economic hardship (${CARE_IDENTITY_NAMES[id].en})` } }
        : { met: false, text: { zh: "未认定为经济困难", en: "not found in economic hardship" } }
    }
    case "level": {
      const l = p.level
      if (l === undefined || l === null) return { met: false, text: { zh: "尚未进行能力评估", en: "capability not assessed" } }
      return c.anyOf.includes(l)
        ? { met: true, text: { zh: `能力等级为${levelName(l)}`, en: `capability level: ${levelNameEn(l)}` } }
        : { met: false, text: { zh: `能力等级为${levelName(l)}，不在${c.anyOf.map(levelName).join("、")}之列`, en: `capability level ${levelNameEn(l)} is not among ${c.anyOf.map(levelNameEn).join(", ")}` } }
    }
    case "tekun-self-care": {
      const s = p.tekunSelfCare
      if (s === undefined) return { met: false, text: { zh: "尚未进行生活自理能力评估", en: "self-care not assessed" } }
      const name = TEKUN_SELF_CARE_LEVEL_NAMES[s]
      return c.anyOf.includes(s) ? { met: true, text: { zh: name.zh, en: name.en } } : { met: false, text: { zh: `${name.zh}，不属于生活不能自理`, en: `${name.en}: not unable to look after themselves` } }
    }
    case "family-planning-special":
      return p.familyPlanningSpecial === true
        ? { met: true, text: { zh: "计划生育特殊家庭老年人", en: "of a family with special family-planning hardship" } }
        : { met: false, text: { zh: "不属于计划生育特殊家庭", en: "not of a special family-planning family" } }
    case "living": {
      const l = p.living
      const names = c.anyOf.map((x) => LIVING_SITUATION_NAMES[x])
      if (l === undefined) return { met: false, text: { zh: "居住情况未登记", en: "living situation not recorded" } }
      return c.anyOf.includes(l)
        ? { met: true, text: { zh: `${LIVING_SITUATION_NAMES[l].zh}老年人`, en: LIVING_SITUATION_NAMES[l].en } }
        : { met: false, text: { zh: `居住情况为${LIVING_SITUATION_NAMES[l].zh}，不属于${names.map((n) => n.zh).join("、")}`, en: `${LIVING_SITUATION_NAMES[l].en}, not ${names.map((n) => n.en).join(", ")}` } }
    }
    case "disability": {
      const g = p.disabilityGrade
      const range = c.maxGrade === 1 ? "一级" : `一级至${GRADE_ZH[c.maxGrade]}`
      if (g === undefined) return { met: false, text: { zh: "未持有残疾人证", en: "no disability certificate" } }
      return g <= c.maxGrade
        ? { met: true, text: { zh: `持有${GRADE_ZH[g]}残疾人证`, en: `disability certificate grade ${g}` } }
        : { met: false, text: { zh: `残疾等级为${GRADE_ZH[g]}，不在${range}之列`, en: `disability grade ${g}, not within 1–${c.maxGrade}` } }
    }
    case "determination":
      return (p.determinations ?? []).includes(c.id)
        ? { met: true, text: { zh: `经当地认定：${c.name.zh}`, en: `found locally: ${c.name.en}` } }
        : { met: false, text: { zh: `未经当地认定：${c.name.zh}`, en: `not found locally: ${c.name.en}` } }
  }
}

const checkCondition = (c: TargetCondition, p: Person, age: number): Check => {
  if (c.kind !== "any") return checkLeaf(c, p, age)
  const checks = c.of.map((x) => checkLeaf(x, p, age))
  const hit = checks.filter((x) => x.met)
  return hit.length > 0
    ? { met: true, text: { zh: hit.map((x) => x.text.zh).join("；"), en: hit.map((x) => x.text.en).join("; ") } }
    : { met: false, text: { zh: `以下均不符合：${checks.map((x) => x.text.zh).join("；")}`, en: `none holds: ${checks.map((x) => x.text.en).join("; ")}` } }
}

const UNVERIFIED: Bilingual = { zh: "本条目尚未与清单原文逐项核对", en: "this item is not yet checked against the list's text" }

/**
 * Checks a list supplied as data: its schema and unique item ids.
 *
 * @param input - the list (JSON)
 * @returns the list, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { loadServiceList, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(loadServiceList(NATIONAL_BASIC_ELDERLY_SERVICES_2023)) //=> true
 * Result.isFailure(loadServiceList({ id: "x" })) //=> true
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const loadServiceList = (input: unknown): Result.Result<ServiceList, InvalidInput> => {
  const r = decode(ServiceListSchema, input)
  if (Result.isFailure(r)) return r
  const issues = listIssues(r.success)
  return issues.length > 0 ? Result.fail(invalidInput(issues)) : r
}

/**
 * Like {@link loadServiceList}, but throws the same `InvalidInput` (core): for lists shipped with an
 * application.
 *
 * @throws `InvalidInput` (core) listing every problem of the list
 * @example
 * ```ts
 * import { loadServiceListUnsafe, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * loadServiceListUnsafe(NATIONAL_BASIC_ELDERLY_SERVICES_2023).region //=> "100000"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const loadServiceListUnsafe = (input: unknown): ServiceList => {
  const r = loadServiceList(input)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/** Duplicate ids and an end before the start. */
const listIssues = (l: ServiceList): Array<Issue> => {
  const out: Array<Issue> = []
  const seen = new Set<string>()
  l.items.forEach((it, i) => {
    if (seen.has(it.id)) out.push(issue(["items", i, "id"], "duplicate_item", `服务项目 ${it.id} 重复`, `item ${it.id} is listed twice`))
    seen.add(it.id)
  })
  if (l.effectiveUntil !== undefined && compareDates(l.effectiveUntil, l.effectiveFrom) < 0) {
    out.push(issue(["effectiveUntil"], "end_before_start", "失效日期早于生效日期", "the list ends before it starts"))
  }
  return out
}

/**
 * The items of a basic elderly-care service list an older person is entitled to on a date, and
 * why. Age is counted in full years (周岁) on `asOf`: a person turns 60 on their 60th birthday (one
 * born on 02-29 on 03-01 of a non-leap year). A list with a residence rule needs the person's
 * `residence`: a non-resident is entitled to nothing from it, and says so.
 *
 * @param list - a {@link ServiceList} (`NATIONAL_BASIC_ELDERLY_SERVICES_2023`, a local list, or JSON)
 * @param person - the {@link ElderlyPerson} (untrusted JSON)
 * @param asOf - the date (`YYYY-MM-DD`)
 * @returns the {@link ServiceEntitlements}; `InvalidInput` (core) listing every problem of the
 *   list, the person and the date at once; or `ParameterMissing` (core) for a date before the list
 *   took effect (`before-first-entry`) or after it ended (`ended`)
 * @example
 * ```ts
 * import { entitledServices, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const r = entitledServices(NATIONAL_BASIC_ELDERLY_SERVICES_2023, { birthDate: "1944-03-01", identity: "dibao", level: "moderate" }, "2025-06-01")
 * Result.isSuccess(r) && r.success.entitled.map((s) => s.item)
 * //=> ["dibao", "medical-insurance-subsidy", "high-age-allowance", "service-subsidy", "care-subsidy", "home-adaptation", "capability-assessment", "health-management", "public-institution-admission", "visiting-care"]
 * const before = entitledServices(NATIONAL_BASIC_ELDERLY_SERVICES_2023, { birthDate: "1944-03-01" }, "2023-05-20")
 * Result.isFailure(before) && before.failure._tag //=> "ParameterMissing"
 * ```
 * @see {@link extendServiceList} for a local list
 * @category elderly services
 * @since 0.1.0
 */
export const entitledServices = (list: unknown, person: unknown, asOf: unknown): Result.Result<ServiceEntitlements, InvalidInput | ParameterMissing> => {
  const l = loadServiceList(list)
  const p = decode(ElderlyPersonSchema, person)
  const d = decode(IsoDateSchema, asOf)
  const issues: Array<Issue> = [
    ...(Result.isFailure(l) ? l.failure.issues.map((i) => ({ ...i, path: ["list", ...i.path] })) : []),
    ...(Result.isFailure(p) ? p.failure.issues.map((i) => ({ ...i, path: ["person", ...i.path] })) : []),
    ...(Result.isFailure(d) ? d.failure.issues.map((i) => ({ ...i, path: ["asOf", ...i.path] })) : [])
  ]
  if (Result.isSuccess(p) && Result.isSuccess(d) && compareDates(d.success, p.success.birthDate) < 0) {
    issues.push(issue(["asOf"], "before_birth", "查询日期早于出生日期", "the date is before the birth date"))
  }
  if (Result.isSuccess(l) && Result.isSuccess(p) && l.success.residence !== undefined && p.success.residence === undefined) {
    issues.push(issue(["person", "residence"], "residence_required", `${l.success.name.zh}有居住条件，须提供户籍或居住月数`, `${l.success.name.en} has a residence rule: give the registration or months of residence`))
  }
  if (issues.length > 0 || Result.isFailure(l) || Result.isFailure(p) || Result.isFailure(d)) return Result.fail(invalidInput(issues))
  const sl = l.success
  const date = d.success
  const who = p.success
  if (compareDates(date, sl.effectiveFrom) < 0 || (sl.effectiveUntil !== undefined && compareDates(date, sl.effectiveUntil) > 0)) {
    return Result.fail(new ParameterMissing({ name: `elderly-services.${sl.id}`, region: sl.region, date, reason: compareDates(date, sl.effectiveFrom) < 0 ? "before-first-entry" : "ended" }))
  }
  const age = ageOn(who.birthDate, date)
  const residence = residenceCheck(sl, who)
  const entitled: Array<EntitledService> = []
  const notEntitled: Array<EntitledService> = []
  const children: Array<Explanation> = []
  if (residence !== undefined) children.push(node(`elderly-services.${sl.id}.residence`, { zh: "居住条件", en: "residence" }, residence.met, residenceInputs(who), [sl.residence!.citation], undefined, { rule: residence.text.zh }))
  for (const it of sl.items) {
    const checks = it.target.all.map((c) => checkCondition(c, who, age))
    const met = (residence?.met ?? true) && checks.every((c) => c.met)
    const reasons = met ? checks.map((c) => c.text) : [...(residence !== undefined && !residence.met ? [residence.text] : []), ...checks.filter((c) => !c.met).map((c) => c.text)]
    const citations = [it.citation, ...(it.basis ?? [])]
    const shown: EntitledService = {
      item: it.id,
      name: it.name,
      category: it.category,
      content: it.content,
      department: it.department,
      ...(it.standard === undefined ? {} : { standard: it.standard }),
      reasons: it.verified ? reasons : [...reasons, UNVERIFIED],
      citations,
      verified: it.verified,
      local: it.local === true
    }
    ;(met ? entitled : notEntitled).push(shown)
    const why = reasons.map((r) => r.zh).join("；")
    children.push(
      node(
        `elderly-services.${sl.id}.${it.id}`,
        {
          zh: `${SERVICE_CATEGORY_NAMES[it.category].zh}·${it.name.zh}（服务对象：${it.target.description.zh}）${met ? "：应享" : "：不符合"}，${why}${it.verified ? "" : `（${UNVERIFIED.zh}）`}`,
          en: `${SERVICE_CATEGORY_NAMES[it.category].en} · ${it.name.en} (for ${it.target.description.en})${met ? ": entitled" : ": not entitled"}, ${reasons.map((r) => r.en).join("; ")}${it.verified ? "" : ` (${UNVERIFIED.en})`}`
        },
        met,
        { age },
        citations,
        undefined,
        { department: it.department.zh, verified: it.verified, ...(it.local === true ? { local: true } : {}) }
      )
    )
  }
  const explanation = node(
    `elderly-services.${sl.id}`,
    {
      zh: `${sl.name.zh}：${date} 现年${age}周岁，应享 ${entitled.length} 项${entitled.length > 0 ? `（${entitled.map((e) => e.name.zh).join("、")}）` : ""}`,
      en: `${sl.name.en}: on ${date}, aged ${age}, entitled to ${entitled.length} item(s)${entitled.length > 0 ? ` (${entitled.map((e) => e.name.en).join(", ")})` : ""}`
    },
    entitled.length > 0,
    personInputs(who, date),
    [sl.citation],
    children,
    { list: sl.id, effectiveFrom: sl.effectiveFrom, region: sl.region }
  )
  return Result.succeed({ list: sl.id, asOf: date, age, resident: residence?.met ?? true, entitled, notEntitled, explanation })
}

const residenceCheck = (l: ServiceList, p: Person): Check | undefined => {
  const rule = l.residence
  if (rule === undefined || p.residence === undefined) return undefined
  if (p.residence.hukouLocal) return { met: true, text: { zh: "本地户籍", en: "local household registration" } }
  const months = p.residence.monthsResident ?? 0
  if (rule.monthsResident !== undefined && months >= rule.monthsResident) {
    return { met: true, text: { zh: `非本地户籍，已在本地居住${months}个月（满${rule.monthsResident}个月）`, en: `not registered locally, resident ${months} months (at least ${rule.monthsResident})` } }
  }
  return {
    met: false,
    text: rule.monthsResident === undefined
      ? { zh: "非本地户籍", en: "not registered locally" }
      : { zh: `非本地户籍，在本地居住${months}个月，未满${rule.monthsResident}个月`, en: `not registered locally, resident ${months} months (under ${rule.monthsResident})` }
  }
}

const residenceInputs = (p: Person): { [k: string]: Json } => ({ hukouLocal: p.residence?.hukouLocal ?? null, monthsResident: p.residence?.monthsResident ?? null })

// Inputs echo the facts used, never an identifying number (the person has none here).
const personInputs = (p: Person, asOf: IsoDate): { [k: string]: Json } => {
  const out: { [k: string]: Json } = { birthDate: p.birthDate, asOf }
  if (p.identity !== undefined) out.identity = p.identity
  if (p.economicHardship !== undefined) out.economicHardship = p.economicHardship
  if (p.level !== undefined) out.level = p.level
  if (p.tekunSelfCare !== undefined) out.tekunSelfCare = p.tekunSelfCare
  if (p.familyPlanningSpecial !== undefined) out.familyPlanningSpecial = p.familyPlanningSpecial
  if (p.living !== undefined) out.living = p.living
  if (p.disabilityGrade !== undefined) out.disabilityGrade = p.disabilityGrade
  if (p.determinations !== undefined) out.determinations = [...p.determinations]
  return out
}
