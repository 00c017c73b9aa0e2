/**
 * 家庭收入核算 (counted household income).
 *
 * 《最低生活保障审核确认办法》第十三条：“家庭收入指共同生活的家庭成员在规定期限内获得的全部现金及
 * 实物收入……下列收入不计入家庭收入：（一）国家规定的优待抚恤金、计划生育奖励与扶助金、奖学金、见义
 * 勇为等奖励性补助；（二）政府发放的各类社会救助款物；（三）“十四五”期间，中央确定的城乡居民基本
 * 养老保险基础养老金；（四）设区的市级以上地方人民政府规定的其他收入。对于共同生活的家庭成员因残疾、
 * 患重病等增加的刚性支出、必要的就业成本等，在核算家庭收入时可按规定适当扣减。”
 *
 * @internal
 * @module
 */
import { explain } from "../internal/node.js"
import { type Explanation } from "@minzheng/core"
import type { RuleContext } from "../internal/context.js"
import { formatFen, roundRatio } from "../internal/fen.js"
import { MEMO } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"

/** Per-capita monthly counted income in 分, rounded half-up for display only. */
export const perCapitaFen = (totalFen: number, window: number, counted: number): number =>
  counted === 0 ? 0 : roundRatio(totalFen, window * counted, 1, "half-up")

const LABELS = {
  gross: { zh: "计入的收入合计（扣除转移性支出）", en: "counted income (net of transfer expenditure)" },
  excluded: { zh: "不计入家庭收入的款项", en: "income left out" },
  deductions: { zh: "扣减：必要的就业成本、因残因病刚性支出", en: "deductions: employment costs, disability and illness costs" },
  perCapita: { zh: "家庭月人均收入", en: "monthly income per person" }
} as const
const CITE_INCOME = [RELIEF_SOURCES.income]

/** What the income node shows that depends only on the policy (built once per policy). */
const incomeTexts = (c: RuleContext) => {
  const f = c.facts
  const policy = c.policy
  return {
    label: { zh: `家庭收入（核算期${f.window}个月）`, en: `household income (${f.window}-month window)` },
    excludedParameters: {
      "income.basicPensionExcluded": policy.parameters.basicPensionExcluded?.value ?? null,
      "income.locallyExcludedCategories": [...(policy.parameters.locallyExcludedIncome?.value ?? [])]
    },
    excludedCitations: [RELIEF_SOURCES.income, policy.sourceOf("basicPensionExcluded"), policy.sourceOf("locallyExcludedIncome")],
    deductionParameters: {
      "income.employmentCostDeduction": formatFen(c.p.employmentCostFen),
      "income.illnessDisabilityDeductionCap": formatFen(c.p.illnessCapFen)
    },
    deductionCitations: [RELIEF_SOURCES.income, policy.sourceOf("employmentCostDeduction"), policy.sourceOf("illnessDisabilityDeductionCap")]
  }
}

/** The income node: gross, excluded, deductions, net and per capita (第十三条). */
export const explainIncome = (c: RuleContext): Explanation => {
  const f = c.facts
  const x = c.policy.memo(MEMO.income, incomeTexts, c)
  return explain({
    rule: "relief.income",
    label: x.label,
    outcome: formatFen(f.totalFen),
    inputs: { windowMonths: f.window, counted: f.counted },
    citations: CITE_INCOME,
    children: [
      explain({ rule: "relief.income.gross", label: LABELS.gross, outcome: formatFen(f.grossFen), inputs: { entriesOutsideWindow: f.outsideWindow }, citations: CITE_INCOME }),
      explain({ rule: "relief.income.excluded", label: LABELS.excluded, outcome: formatFen(f.excludedFen), parameters: x.excludedParameters, citations: x.excludedCitations }),
      explain({ rule: "relief.income.deductions", label: LABELS.deductions, outcome: formatFen(f.deductionFen), parameters: x.deductionParameters, citations: x.deductionCitations }),
      explain({
        rule: "relief.income.per-capita",
        label: LABELS.perCapita,
        outcome: formatFen(perCapitaFen(f.totalFen, f.window, f.counted)),
        inputs: { total: formatFen(f.totalFen), months: f.window, members: f.counted },
        citations: CITE_INCOME
      })
    ]
  })
}
