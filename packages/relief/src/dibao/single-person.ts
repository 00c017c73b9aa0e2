/**
 * 单人户施保 (dibao for one person on their own).
 *
 * 《最低生活保障审核确认办法》第八条：“符合下列情形之一的人员，可以单独提出申请：（一）最低生活保障
 * 边缘家庭中持有中华人民共和国残疾人证的一级、二级重度残疾人和三级智力残疾人、三级精神残疾人；
 * （二）最低生活保障边缘家庭中患有当地有关部门认定的重特大疾病的人员……”
 *
 * 民政部 中央农办 财政部 乡村振兴局《关于进一步做好最低生活保障等社会救助兜底工作的通知》(2022-10-20)
 * 一(一)：“成年无业重度残疾人可以参照‘单人户’提出低保申请。依靠兄弟姐妹或者60周岁及以上老年人供养的
 * 成年无业重度残疾人，在评估认定其家庭经济状况时，兄弟姐妹或者60周岁及以上老年人给付的供养费用，可以
 * 视情适当豁免，符合条件的，纳入低保范围。” The notice gives no separate test; a household “of one”
 * meets 《社会救助暂行办法》第九条 on its own — the person's own income below the standard AND the
 * person's own property within the 低保 property rules. Published readings say exactly that: “如经审核，
 * 其个人收入财产符合条件的，也可以纳入低保范围” (柳江区政府网站政策解读); 黑民规〔2023〕1号:
 * “只核算其个人收入和财产”. So that route needs the person's own property (`member.assets`): without
 * it the route cannot be confirmed. Some provinces add a household condition (e.g. per-capita income
 * within 3 × the standard): `singlePerson.householdIncomeMultiple`, `false` nationally.
 *
 * The 第八条 routes need the household to be 低保边缘 (that definition carries its own property
 * condition, 第八条第二款); the person is then assessed as a household of one: own income against the
 * standard and, where declared, own property against the 低保 rules.
 *
 * @internal
 * @module
 */
import { explain } from "../internal/node.js"
import { type Bilingual, type Explanation } from "@minzheng/core"
import { DeterminationRecord } from "../determination/determination.js"
import type { RuleContext } from "../internal/context.js"
import type { MemberFacts } from "../internal/facts.js"
import { fenOf, formatFen } from "../internal/fen.js"
import { memberZh } from "../internal/names.js"
import type { CompiledAssetTest } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"
import { type DibaoAmount, dibaoAmount, explainDibaoAmount, incomeBelowStandard } from "./dibao.js"

/** A route to 单人户施保. */
export type SinglePersonRoute = "edge-severe" | "edge-illness" | "adult-unemployed-severe"

/** Whether a member may be covered on their own, and by which route. */
export const singlePersonRoute = (m: MemberFacts, edgeHousehold: boolean): SinglePersonRoute | null => {
  if (!m.counted) return null
  if (edgeHousehold && m.severe) return "edge-severe"
  if (edgeHousehold && m.member.seriousIllness === true) return "edge-illness"
  if (m.severe && m.age >= 18 && m.member.employed !== true) return "adult-unemployed-severe"
  return null
}

const ROUTE_TEXT: Readonly<Record<SinglePersonRoute, Bilingual>> = {
  "edge-severe": { zh: "低保边缘家庭中的重度残疾人（第八条第一款第（一）项）", en: "severely disabled member of a dibao-edge household (第八条(一))" },
  "edge-illness": { zh: "低保边缘家庭中的重特大疾病患者（第八条第一款第（二）项）", en: "seriously ill member of a dibao-edge household (第八条(二))" },
  "adult-unemployed-severe": { zh: "成年无业重度残疾人参照“单人户”", en: "adult severely disabled person without work, as a household of one" }
}

/** The person's own property against an asset test for one person: `null` when not declared. */
const ownPropertyPasses = (m: MemberFacts, t: CompiledAssetTest, standardFen: number): boolean | null => {
  const a = m.member.assets
  if (a === undefined) return null
  let vehicles = 0
  for (const v of a.vehicles) if (v.exemption === undefined) vehicles += fenOf(v.value)
  return (
    fenOf(a.financial) * t.financialMonths.den <= t.financialMonths.num * standardFen &&
    vehicles <= t.vehicleFen &&
    a.residentialUnits <= t.maxResidential &&
    a.nonResidentialUnits <= t.maxNonResidential
  )
}

/** The single-person determination for one member. */
export const determineSinglePerson = (c: RuleContext, m: MemberFacts, route: SinglePersonRoute): DeterminationRecord => {
  const f = c.facts
  const adult = route === "adult-unemployed-severe"
  const own = Math.max(0, m.incomeFen - m.deductionFen)
  const incomeOk = incomeBelowStandard(own, f.window, 1, f.standardFen)
  const property = ownPropertyPasses(m, c.p.dibaoAssets, f.standardFen)
  // 成年无业重度残疾人: “其个人收入财产符合条件的” — undeclared property cannot be confirmed.
  const propertyOk = adult ? property === true : property !== false
  const k = c.p.singlePersonHouseholdMultiple
  const householdOk = !adult || k === null || (f.counted > 0 && f.totalFen * k.den < k.num * f.standardFen * f.window * f.counted)
  const eligible = incomeOk && propertyOk && householdOk
  const amount: DibaoAmount | null = eligible ? dibaoAmount(c, [m], own, f.window, f.standardFen) : null
  const routeText = ROUTE_TEXT[route]
  const routeCitations = adult ? ADULT_CITATIONS : EDGE_CITATIONS
  let tree: Explanation | null = null
  if (c.explain) {
    const policy = c.policy
    const children: Explanation[] = [
      explain({ rule: "relief.dibao.single-person.route", label: routeText, outcome: true, inputs: { member: m.member.id, age: m.age }, citations: routeCitations }),
      explain({
        rule: "relief.dibao.single-person.income",
        label: { zh: `本人月收入低于低保标准 ${formatFen(f.standardFen)} 元`, en: `own monthly income below the standard ${formatFen(f.standardFen)}` },
        outcome: incomeOk,
        inputs: { ownIncome: formatFen(own), months: f.window },
        citations: [RELIEF_SOURCES.dibaoEligibility, ...routeCitations]
      }),
      explain({
        rule: "relief.dibao.single-person.property",
        label:
          property === null
            ? adult
              ? { zh: "本人财产状况：未申报，无法确认“其个人收入财产符合条件”", en: "own property not declared: the route's property condition cannot be confirmed" }
              : { zh: "本人财产状况：未单独申报，以低保边缘家庭财产状况为准", en: "own property not declared: the dibao-edge household's property test stands" }
            : { zh: "本人财产符合低保家庭财产状况规定（按一人计）", en: "own property within the dibao asset rules (one person)" },
        outcome: propertyOk,
        inputs: { declared: property !== null, financial: m.member.assets === undefined ? null : m.member.assets.financial },
        citations: [RELIEF_SOURCES.assets, RELIEF_SOURCES.dibaoEligibility, policy.sourceOf("dibaoAssets"), ...(adult ? [RELIEF_SOURCES.singlePersonReading] : [RELIEF_SOURCES.edgeDefinition])]
      })
    ]
    if (adult) {
      children.push(
        explain({
          rule: "relief.dibao.single-person.household",
          label:
            k === null
              ? { zh: "家庭收入条件：全国未规定，本地亦未设定", en: "household income condition: none set" }
              : { zh: `家庭月人均收入低于低保标准的${policy.parameters.singlePersonHouseholdIncomeMultiple.value}倍`, en: `household income per person below ${String(policy.parameters.singlePersonHouseholdIncomeMultiple.value)} × the standard` },
          outcome: householdOk,
          inputs: { total: formatFen(f.totalFen), months: f.window, members: f.counted },
          parameters: { "singlePerson.householdIncomeMultiple": k === null ? false : String(policy.parameters.singlePersonHouseholdIncomeMultiple.value) },
          citations: [RELIEF_SOURCES.singlePersonSevereDisability, policy.sourceOf("singlePersonHouseholdIncomeMultiple")]
        })
      )
    }
    if (amount !== null) children.push(explainDibaoAmount(c, amount, 1, own, f.window, f.standardFen))
    tree = explain({
      rule: "relief.dibao.single-person",
      label: { zh: `单人户施保：${memberZh(m.member)}`, en: `one-person dibao: ${m.member.id}` },
      outcome: eligible ? formatFen((amount as DibaoAmount).fen) : false,
      citations: routeCitations,
      children
    })
  }
  const reasons: Bilingual[] = eligible
    ? [routeText]
    : [
        ...(incomeOk ? [] : [{ zh: "本人收入不低于低保标准", en: "own income not below the standard" }]),
        ...(propertyOk
          ? []
          : property === null
            ? [{ zh: "未申报本人财产，无法确认本人财产符合条件", en: "own property not declared" }]
            : [{ zh: "本人财产不符合低保家庭财产状况规定", en: "own property outside the dibao rules" }]),
        ...(householdOk ? [] : [{ zh: "家庭人均收入超过本地规定的单人户施保家庭收入条件", en: "household income above the local condition for this route" }])
      ]
  return new DeterminationRecord(
    "dibao-single-person",
    eligible,
    [m.member.id],
    "monthly",
    amount === null ? 0 : amount.fen,
    amount === null ? [] : amount.terms,
    eligible ? c.policy.dates.start : null,
    eligible ? c.policy.dates.recheckStable : null,
    null,
    null,
    reasons,
    routeCitations,
    tree
  )
}

const EDGE_CITATIONS = [RELIEF_SOURCES.singlePerson]
const ADULT_CITATIONS = [RELIEF_SOURCES.singlePersonSevereDisability, RELIEF_SOURCES.dibaoEligibility]
