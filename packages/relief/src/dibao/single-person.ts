/**
 * 单人户施保 (dibao for one person on their own).
 *
 * 《最低生活保障审核确认办法》第八条：“符合下列情形之一的人员，可以单独提出申请：（一）最低生活保障
 * 边缘家庭中持有中华人民共和国残疾人证的一级、二级重度残疾人和三级智力残疾人、三级精神残疾人；
 * （二）最低生活保障边缘家庭中患有当地有关部门认定的重特大疾病的人员……”
 * 2022 通知 一(一)：“成年无业重度残疾人可以参照‘单人户’提出低保申请。”
 *
 * The person is assessed as a household of one: their own counted income against the standard.
 *
 * @internal
 * @module
 */
import { explain } from "@minzheng/core"
import { type Explanation } from "@minzheng/core"
import { DeterminationRecord } from "../determination/determination.js"
import type { RuleContext } from "../internal/context.js"
import type { MemberFacts } from "../internal/facts.js"
import { formatFen } from "../internal/fen.js"
import { RELIEF_SOURCES } from "../sources.js"
import { type DibaoAmount, dibaoAmount, explainDibaoAmount, incomeBelowStandard } from "./dibao.js"

/** Whether a member may be covered on their own, and by which route. */
export const singlePersonRoute = (m: MemberFacts, edgeHousehold: boolean): "edge-severe" | "edge-illness" | "adult-unemployed-severe" | null => {
  if (!m.counted) return null
  if (edgeHousehold && m.severe) return "edge-severe"
  if (edgeHousehold && m.member.seriousIllness === true) return "edge-illness"
  if (m.severe && m.age >= 18 && m.member.employed !== true) return "adult-unemployed-severe"
  return null
}

/** The single-person determination for one member. */
export const determineSinglePerson = (c: RuleContext, m: MemberFacts, route: "edge-severe" | "edge-illness" | "adult-unemployed-severe"): DeterminationRecord => {
  const f = c.facts
  const own = Math.max(0, m.incomeFen - m.deductionFen)
  const eligible = incomeBelowStandard(own, f.window, 1, f.standardFen)
  const amount: DibaoAmount | null = eligible ? dibaoAmount(c, [m], own, f.window, f.standardFen) : null
  const routeText =
    route === "edge-severe"
      ? { zh: "低保边缘家庭中的重度残疾人", en: "severely disabled member of a dibao-edge household" }
      : route === "edge-illness"
        ? { zh: "低保边缘家庭中的重病患者", en: "seriously ill member of a dibao-edge household" }
        : { zh: "成年无业重度残疾人", en: "adult severely disabled person without work" }
  let tree: Explanation | null = null
  if (c.explain) {
    tree = explain({
      rule: "relief.dibao.single-person",
      label: { zh: `单人户施保：${m.member.name ?? m.member.id}`, en: `one-person dibao: ${m.member.id}` },
      outcome: eligible ? formatFen((amount as DibaoAmount).fen) : false,
      citations: [route === "adult-unemployed-severe" ? RELIEF_SOURCES.singlePersonSevereDisability : RELIEF_SOURCES.singlePerson],
      children: [
        explain({ rule: "relief.dibao.single-person.route", label: routeText, outcome: true, inputs: { member: m.member.id, age: m.age } }),
        explain({
          rule: "relief.dibao.single-person.income",
          label: { zh: `本人月收入低于低保标准 ${formatFen(f.standardFen)} 元`, en: `own monthly income below the standard ${formatFen(f.standardFen)}` },
          outcome: eligible,
          inputs: { ownIncome: formatFen(own), months: f.window },
          citations: [RELIEF_SOURCES.dibaoEligibility]
        }),
        ...(amount === null ? [] : [explainDibaoAmount(c, amount, 1, own, f.window, f.standardFen)])
      ]
    })
  }
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
    [eligible ? routeText : { zh: "本人收入不低于低保标准", en: "own income not below the standard" }],
    [RELIEF_SOURCES.singlePerson],
    tree
  )
}
