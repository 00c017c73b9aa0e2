/**
 * 低保边缘家庭 (dibao-edge household).
 *
 * 《最低生活保障审核确认办法》第八条第二款：“最低生活保障边缘家庭一般指不符合最低生活保障条件，家庭
 * 人均收入低于当地最低生活保障标准1.5倍，且财产状况符合相关规定的家庭。” (restated in the 2022 通知
 * 一(四)). The multiplier and the asset rules are parameters.
 *
 * @internal
 * @module
 */
import { explain, frozenNode } from "../internal/node.js"
import { type Explanation } from "@minzheng/core"
import { DeterminationRecord } from "../determination/determination.js"
import { assetNode, passesAssets } from "../household/asset-test.js"
import type { RuleContext } from "../internal/context.js"
import { formatFen } from "../internal/fen.js"
import { MEMO } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"

/** Whether income per person is below k × the standard (exact). */
export const belowEdgeLimit = (c: RuleContext): boolean => {
  const f = c.facts
  const k = c.p.edgeMultiplier
  return f.counted > 0 && f.totalFen * k.den < k.num * f.standardFen * f.window * f.counted
}

const EDGE_LABEL = { zh: "低保边缘家庭", en: "dibao-edge household" }
const EDGE_CITATIONS = [RELIEF_SOURCES.edgeDefinition, RELIEF_SOURCES.edgeHousehold]
const NOT_DIBAO = { zh: "不符合低保条件", en: "not eligible for dibao" }
const EDGE_REASONS = [{ zh: "不符合低保条件，人均收入低于低保边缘标准，财产符合规定", en: "not dibao; income below the edge limit; assets within the rules" }]
const DIBAO_REASONS = [{ zh: "已符合低保条件", en: "eligible for dibao" }]
const OUTSIDE_REASONS = [{ zh: "人均收入或财产不符合低保边缘家庭条件", en: "income or assets outside the edge rules" }]
const EDGE_DETERMINATION_CITATIONS = [RELIEF_SOURCES.edgeDefinition]
const NOT_DIBAO_NODES = [true, false].map((outcome) => frozenNode({ rule: "relief.dibao-edge.not-dibao", label: NOT_DIBAO, outcome, citations: EDGE_DETERMINATION_CITATIONS }))

const edgeTexts = (c: RuleContext) => {
  const k = c.policy.parameters.edgeMultiplier.value
  return {
    label: { zh: `家庭月人均收入低于低保标准的${k}倍`, en: `income per person below ${k} × the standard` },
    parameters: { "edge.incomeMultiplier": k },
    citations: [c.policy.sourceOf("edgeMultiplier")]
  }
}

/** The 低保边缘 determination (a status: no cash payment of its own). */
export const determineEdge = (c: RuleContext, dibaoEligible: boolean): DeterminationRecord => {
  const f = c.facts
  const incomeOk = belowEdgeLimit(c)
  const assetsOk = passesAssets(f, c.p.lowIncomeAssets, f.standardFen)
  const eligible = !dibaoEligible && incomeOk && assetsOk
  let tree: Explanation | null = null
  if (c.explain) {
    const x = c.policy.memo(MEMO.edge, edgeTexts, c)
    tree = explain({
      rule: "relief.dibao-edge",
      label: EDGE_LABEL,
      outcome: eligible,
      citations: EDGE_CITATIONS,
      children: [
        NOT_DIBAO_NODES[dibaoEligible ? 1 : 0] as Explanation,
        explain({
          rule: "relief.dibao-edge.income",
          label: x.label,
          outcome: incomeOk,
          inputs: { total: formatFen(f.totalFen), months: f.window, members: f.counted, standard: formatFen(f.standardFen) },
          parameters: x.parameters,
          citations: x.citations
        }),
        assetNode(c, "lowIncome")
      ]
    })
  }
  return new DeterminationRecord(
    "dibao-edge",
    eligible,
    f.countedIds,
    "status",
    0,
    [],
    null,
    eligible ? c.policy.dates.recheckStable : null,
    null,
    null,
    eligible ? EDGE_REASONS : dibaoEligible ? DIBAO_REASONS : OUTSIDE_REASONS,
    EDGE_DETERMINATION_CITATIONS,
    tree
  )
}
