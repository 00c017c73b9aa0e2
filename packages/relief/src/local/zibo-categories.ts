/**
 * 淄博 特殊困难家庭人员五类 (Zibo's five categories of people in specially hard-up households),
 * a classification over the same inputs and determinations.
 *
 * Seed 001: “将特殊困难家庭人员分成五类：第一类是城乡低保、农村建档立卡贫困家庭、即时帮扶人口中的重度、
 * 中度、轻度失能人员；第二类是城乡特困供养人员；第三类是城乡低保边缘家庭中的重度、中度失能人员；第四类
 * 是因伤因病造成支出型困难家庭中的重度失能人员；第五类是城乡低保、特困供养、低保边缘、因伤因病支出型
 * 困难家庭中的在校生……以及孤儿、重点困境儿童、事实无人抚养儿童等在校生。”
 * 建档立卡 and 即时帮扶 status is not modelled here; 支出型困难 is read as 刚性支出困难家庭.
 *
 * @module
 */
import { ZIBO_CATEGORY_NAMES as CARE_ZIBO_CATEGORY_NAMES, type ZiboCategory as CareZiboCategory } from "@minzheng/care-assessment"
import { type Explanation, InvalidInput, issue } from "@minzheng/core"
import { type HouseholdDetermination, isHouseholdDeterminationShape } from "../determination/determination.js"
import { trusted } from "../internal/trusted.js"
import type { Household } from "../household/household.js"
import { explain } from "@minzheng/core"
import { memberZh } from "../internal/names.js"
import { RELIEF_SOURCES } from "../sources.js"

/**
 * The five categories with their names in the seed's words: defined once, in
 * `@minzheng/care-assessment` (its `ZIBO_CATEGORIES` decision table uses the same constant), and
 * re-exported here.
 *
 * @example
 * ```ts
 * import { ZIBO_CATEGORY_NAMES } from "@minzheng/relief"
 * ZIBO_CATEGORY_NAMES[2].zh //=> "城乡特困供养人员"
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export const ZIBO_CATEGORY_NAMES: typeof CARE_ZIBO_CATEGORY_NAMES = CARE_ZIBO_CATEGORY_NAMES

/**
 * One of 淄博's five categories (`1`–`5`): `ZiboCategory` of `@minzheng/care-assessment`.
 *
 * @example
 * ```ts
 * import type { ZiboCategory } from "@minzheng/relief"
 * const c: ZiboCategory = 5
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export type ZiboCategory = CareZiboCategory

/**
 * A member's 淄博 categories and the explanation.
 *
 * @example
 * ```ts
 * import type { ZiboClassification } from "@minzheng/relief"
 * const none: ZiboClassification = { memberId: "m1", categories: [], explanation: null }
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export interface ZiboClassification {
  readonly memberId: string
  readonly categories: ReadonlyArray<ZiboCategory>
  readonly explanation: Explanation | null
}

const ZIBO_CITATIONS = [RELIEF_SOURCES.seedZibo]

/**
 * Classifies every member of a household into 淄博's five categories, from the household's
 * inputs (失能等级, schooling, circumstances) and its determinations (低保, 特困, 低保边缘,
 * 刚性支出困难).
 *
 * @throws `InvalidInput` when the determination is not for this household
 * @example
 * ```ts
 * import { classifyZiboCategories, determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1950-01-01", incapacity: "mild" }],
 *   legalSupporters: [{ relationship: "child", birthDate: "1975-01-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * // A son able to support her bars 特困 (特困人员认定办法第八条), so she is a 低保 member: category 1.
 * classifyZiboCategories(h, determineUnsafe(h, policy))[0].categories //=> [1]
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export const classifyZiboCategories = (household: Household, result: HouseholdDetermination): ReadonlyArray<ZiboClassification> => {
  const h = trusted(household, undefined, true)
  if (
    !isHouseholdDeterminationShape(result) || result.householdId !== h.id) {
    throw new InvalidInput({ issues: [issue(["result"], "mismatch", "认定结果不属于该家庭", "the determination is not for this household")] })
  }
  const ok = (p: string) => result.determinations.some((d) => d.programme === p && d.eligible)
  const dibao = ok("dibao") || ok("gradual-exit")
  const edge = ok("dibao-edge")
  const rigid = ok("rigid-expenditure")
  const tekunIds = new Set(result.determinations.filter((d) => d.programme === "tekun" && d.eligible).flatMap((d) => d.memberIds))
  const counted = new Set(result.countedMemberIds)
  return h.members.map((m) => {
    const cats: ZiboCategory[] = []
    const inc = m.incapacity
    const inSchool = m.education !== undefined && m.education !== "preschool"
    const tekun = tekunIds.has(m.id)
    const inHousehold = counted.has(m.id)
    if (inHousehold && dibao && inc !== undefined) cats.push(1)
    if (tekun) cats.push(2)
    if (inHousehold && edge && (inc === "moderate" || inc === "severe")) cats.push(3)
    if (inHousehold && rigid && inc === "severe") cats.push(4)
    const child = (m.circumstances ?? []).some((c) => c === "orphan" || c === "guardianship-lacking" || c === "de-facto-unsupported-child")
    if (inSchool && (((dibao || edge || rigid) && inHousehold) || tekun || child)) cats.push(5)
    return {
      memberId: m.id,
      categories: cats,
      explanation: explain({
        rule: "relief.local.zibo-categories",
        label: { zh: `淄博特殊困难家庭人员分类：${memberZh(m)}`, en: `Zibo categories: ${m.id}` },
        outcome: cats,
        inputs: { incapacity: inc ?? null, inSchool, dibao, tekun, edge, rigid },
        citations: [RELIEF_SOURCES.seedZibo],
        children: cats.map((c) => explain({ rule: `relief.local.zibo-category-${c}`, label: ZIBO_CATEGORY_NAMES[c], outcome: true, citations: ZIBO_CITATIONS }))
      })
    }
  })
}
