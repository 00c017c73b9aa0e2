/**
 * 临时救助 (temporary assistance): type, amount, cap and approval level.
 *
 * 《社会救助暂行办法》第四十七条：“国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致
 * 基本生活暂时出现严重困难的家庭……给予临时救助。” 第四十八条：“……由县级人民政府民政部门审批；救助
 * 金额较小的，县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批。情况紧急的，可以按照规定简化
 * 审批手续。”
 * 民发〔2018〕23号 二(一): 急难型 and 支出型 (支出型: “原则上其家庭人均可支配收入应低于当地上年度人均可支配
 * 收入，且家庭财产状况符合当地有关规定”); 二(二): 急难型 “先行救助”; 二(三): “临时救助标准可与当地最低
 * 生活保障标准挂钩，根据救助对象的家庭人口、困难类型、困难程度……分类细化”.
 * Amount: months (by severity) × standard × members, capped (即墨 30,000 元, seed 003).
 *
 * @internal
 * @module
 */
import { explain } from "../internal/node.js"
import { type Explanation } from "@minzheng/core"
import { DeterminationRecord, Term } from "../determination/determination.js"
import { passesAssets } from "../household/asset-test.js"
import type { RuleContext } from "../internal/context.js"
import { formatFen, roundRatio } from "../internal/fen.js"
import { RELIEF_SOURCES } from "../sources.js"
import { INCIDENT_TYPE_NAMES, type Incident, SEVERITY_NAMES } from "./incident.js"

/** The 临时救助 determination for the household's incident. */
export const determineTemporary = (c: RuleContext, incident: Incident): DeterminationRecord => {
  const f = c.facts
  const p = c.p
  const emergency = incident.type === "emergency"
  const incomeOk = f.counted > 0 && f.totalFen * 12 < p.disposableFen * f.window * f.counted
  const assetsOk = passesAssets(f, p.lowIncomeAssets, f.standardFen)
  const eligible = emergency || (incomeOk && assetsOk)
  const months = p.temporaryMonths[incident.severity]
  const raw = roundRatio(months.num * f.standardFen * f.counted, months.den, p.roundUnit, p.roundMode)
  const capped = raw > p.temporaryCapFen
  const fen = eligible ? (capped ? p.temporaryCapFen : raw) : 0
  const level = eligible ? (fen <= p.townshipFen ? "township" : "county") : null
  const type = INCIDENT_TYPE_NAMES[incident.type]
  const severity = SEVERITY_NAMES[incident.severity]
  const reasons = eligible
    ? [
        { zh: `${type.zh}临时救助（${severity.zh}）`, en: `${type.en} temporary assistance (${severity.en})` },
        ...(emergency ? [{ zh: "可先行救助，事后补齐手续", en: "help may be given first, paperwork after" }] : []),
        ...(capped ? [{ zh: "超过上限的重大困难可一事一议", en: "above the cap: case-by-case decision for major hardship" }] : [])
      ]
    : [{ zh: "支出型临时救助要求人均收入低于上年度人均可支配收入且财产符合规定", en: "expenditure-type help needs income below last year's disposable income and assets within the rules" }]
  let tree: Explanation | null = null
  if (c.explain) {
    tree = explain({
      rule: "relief.temporary",
      label: { zh: `临时救助（${type.zh}）`, en: `temporary assistance (${type.en})` },
      outcome: eligible ? formatFen(fen) : false,
      inputs: { cause: incident.cause, severity: incident.severity, date: incident.date },
      citations: [RELIEF_SOURCES.temporaryScope, RELIEF_SOURCES.temporaryTypes],
      children: [
        explain({
          rule: "relief.temporary.eligibility",
          label: emergency ? { zh: "急难型：可先行救助", en: "emergency: help first" } : { zh: "支出型：收入与财产条件", en: "expenditure: income and asset conditions" },
          outcome: eligible,
          citations: [emergency ? RELIEF_SOURCES.temporaryProcedure : RELIEF_SOURCES.temporaryTypes]
        }),
        explain({
          rule: "relief.temporary.amount",
          label: {
            zh: `救助金额 = ${c.policy.parameters.temporaryMonths.value[incident.severity]}个月 × 低保标准 × ${f.counted}人，上限 ${formatFen(p.temporaryCapFen)} 元`,
            en: `amount = ${c.policy.parameters.temporaryMonths.value[incident.severity]} months × standard × ${f.counted}, capped at ${formatFen(p.temporaryCapFen)}`
          },
          outcome: formatFen(fen),
          inputs: { standard: formatFen(f.standardFen), uncapped: formatFen(raw) },
          citations: [RELIEF_SOURCES.temporaryStandard, c.policy.sourceOf("temporaryMonths"), c.policy.sourceOf("temporaryCap")]
        }),
        explain({
          rule: "relief.temporary.approval",
          label: { zh: `审批层级（乡镇审批额度 ${formatFen(p.townshipFen)} 元）`, en: `approval level (township limit ${formatFen(p.townshipFen)})` },
          outcome: level,
          citations: [RELIEF_SOURCES.temporaryApproval, c.policy.sourceOf("temporaryTownshipLimit")]
        })
      ]
    })
  }
  return new DeterminationRecord(
    "temporary-assistance",
    eligible,
    f.countedIds,
    "one-off",
    fen,
    eligible ? [new Term("temporary", { zh: `临时救助金（${severity.zh}）`, en: `temporary assistance (${severity.en})` }, null, fen)] : [],
    eligible ? (incident.date > f.asOf ? incident.date : (f.asOf as typeof incident.date)) : null,
    null,
    null,
    level,
    reasons,
    [RELIEF_SOURCES.temporaryScope, RELIEF_SOURCES.temporaryApproval, RELIEF_SOURCES.temporaryStandard],
    tree
  )
}
