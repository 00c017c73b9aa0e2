/**
 * 刚性支出困难家庭 (household in hardship from rigid expenditure).
 *
 * 《刚性支出困难家庭认定办法》第四条：“刚性支出困难家庭应当同时具备下列条件：（一）未纳入最低生活
 * 保障、特困人员救助供养范围且未被认定为最低生活保障边缘家庭；（二）共同生活家庭成员人均收入低于上
 * 年度当地居民人均可支配收入；（三）家庭财产状况符合当地相关规定；（四）提出申请前十二个月家庭刚性
 * 支出总额占家庭总收入比例超出当地规定……” 第五条 lists the spending: 生活、医疗、教育、残疾康复、其他.
 * The share and the asset rules are parameters; the household's income for the share is the counted
 * monthly income annualised over the look-back window.
 *
 * @internal
 * @module
 */
import { explain, frozenNode } from "../internal/node.js"
import { type Explanation } from "@minzheng/core"
import { DeterminationRecord } from "../determination/determination.js"
import { assetNode, passesAssets } from "../household/asset-test.js"
import type { RuleContext } from "../internal/context.js"
import { fenOf, formatFen, monthIndex, roundRatio } from "../internal/fen.js"
import { MEMO } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"

/** Rigid spending over the look-back months before the determination month (分). */
export const rigidSpendingFen = (c: RuleContext): number => {
  const now = monthIndex(c.facts.asOf)
  const first = now - c.p.rigidLookback
  let sum = 0
  for (const e of c.facts.household.rigidExpenditures) {
    const mi = monthIndex(e.month)
    if (mi >= first && mi < now) sum += fenOf(e.amount)
  }
  return sum
}

const RIGID_LABEL = { zh: "刚性支出困难家庭", en: "rigid-expenditure hardship household" }
const RIGID_CITATIONS = [RELIEF_SOURCES.rigidConditions]
const NOT_COVERED = { zh: "未纳入低保、特困，未被认定为低保边缘家庭", en: "not dibao, tekun or dibao-edge" }
const NOT_COVERED_NODES = [true, false].map((outcome) => frozenNode({ rule: "relief.rigid-expenditure.not-covered", label: NOT_COVERED, outcome, citations: RIGID_CITATIONS }))
const ABOVE_SHARE = [{ zh: "刚性支出占比超过当地规定", en: "rigid spending above the local share" }]
const OUTSIDE = [{ zh: "不符合刚性支出困难家庭条件", en: "outside the rigid-expenditure rules" }]

const rigidTexts = (c: RuleContext) => {
  const p = c.p
  return {
    incomeLabel: { zh: `人均收入低于上年度当地居民人均可支配收入 ${formatFen(p.disposableFen)} 元`, en: `income per person below last year's disposable income ${formatFen(p.disposableFen)}` },
    incomeCitations: [c.policy.sourceOf("disposableIncome")],
    shareLabel: {
      zh: `申请前${p.rigidLookback}个月刚性支出占家庭总收入比例超过 ${c.policy.parameters.rigidShare.value}`,
      en: `rigid spending over ${p.rigidLookback} months above ${c.policy.parameters.rigidShare.value} of household income`
    },
    shareCitations: [RELIEF_SOURCES.rigidSpending, c.policy.sourceOf("rigidShare")]
  }
}

/** The 刚性支出困难家庭 determination (a status). */
export const determineRigidExpenditure = (c: RuleContext, alreadyCovered: boolean): DeterminationRecord => {
  const f = c.facts
  const p = c.p
  const spending = f.household.rigidExpenditures.length === 0 ? 0 : rigidSpendingFen(c)
  const notCovered = !alreadyCovered
  const incomeOk = f.counted > 0 && f.totalFen * 12 < p.disposableFen * f.window * f.counted
  const assetsOk = passesAssets(f, p.lowIncomeAssets, f.standardFen)
  const share = p.rigidShare
  const shareOk = spending > 0 && spending * share.den * f.window > share.num * f.totalFen * 12
  const eligible = notCovered && incomeOk && assetsOk && shareOk
  let tree: Explanation | null = null
  if (c.explain) {
    const annualIncome = roundRatio(f.totalFen * 12, f.window, 1, "half-up")
    const x = c.policy.memo(MEMO.rigid, rigidTexts, c)
    const annual = formatFen(annualIncome)
    tree = explain({
      rule: "relief.rigid-expenditure",
      label: RIGID_LABEL,
      outcome: eligible,
      citations: RIGID_CITATIONS,
      children: [
        NOT_COVERED_NODES[notCovered ? 0 : 1] as Explanation,
        explain({ rule: "relief.rigid-expenditure.income", label: x.incomeLabel, outcome: incomeOk, inputs: { annualHouseholdIncome: annual, members: f.counted }, citations: x.incomeCitations }),
        assetNode(c, "lowIncome"),
        explain({ rule: "relief.rigid-expenditure.share", label: x.shareLabel, outcome: shareOk, inputs: { rigidSpending: formatFen(spending), annualHouseholdIncome: annual }, citations: x.shareCitations })
      ]
    })
  }
  return new DeterminationRecord(
    "rigid-expenditure",
    eligible,
    f.countedIds,
    "status",
    0,
    [],
    null,
    eligible ? c.policy.dates.recheckStable : null,
    null,
    null,
    eligible ? ABOVE_SHARE : OUTSIDE,
    RIGID_CITATIONS,
    tree
  )
}
