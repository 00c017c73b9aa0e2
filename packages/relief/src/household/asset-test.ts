/**
 * 家庭财产状况 (asset tests).
 *
 * 《最低生活保障审核确认办法》第十四条：“家庭财产指共同生活的家庭成员拥有的全部动产和不动产……对于
 * 维持家庭生产生活的必需财产，可以在认定家庭财产状况时予以豁免。”《社会救助暂行办法》第十条：
 * “最低生活保障家庭收入状况、财产状况的认定办法，由省、自治区、直辖市或者设区的市级人民政府按照
 * 国家有关规定制定。” — so every threshold here is a local parameter.
 *
 * @internal
 * @module
 */
import { explain, frozenNode } from "../internal/node.js"
import { type Citation, type Explanation } from "@minzheng/core"
import type { RuleContext } from "../internal/context.js"
import type { Facts } from "../internal/facts.js"
import { formatFen } from "../internal/fen.js"
import { type CompiledAssetTest, MEMO } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"

/** Whether the household passes an asset test against the monthly standard `standardFen`. */
export const passesAssets = (f: Facts, t: CompiledAssetTest, standardFen: number): boolean =>
  f.counted > 0 &&
  f.financialFen * t.financialMonths.den <= t.financialMonths.num * standardFen * f.counted &&
  f.vehicleFen <= t.vehicleFen &&
  f.household.assets.residentialUnits <= t.maxResidential &&
  f.household.assets.nonResidentialUnits <= t.maxNonResidential

/** The three asset tests: 低保, 特困 and 低收入 (边缘, 刚性支出). */
export type AssetTestKind = "dibao" | "tekun" | "lowIncome"

const TESTS = {
  dibao: { name: "低保", parameter: "dibaoAssets", keys: { urban: MEMO.assetsDibaoUrban, rural: MEMO.assetsDibaoRural } },
  tekun: { name: "特困", parameter: "tekunAssets", keys: { urban: MEMO.assetsTekunUrban, rural: MEMO.assetsTekunRural } },
  lowIncome: { name: "低收入家庭", parameter: "lowIncomeAssets", keys: { urban: MEMO.assetsLowIncomeUrban, rural: MEMO.assetsLowIncomeRural } }
} as const

/** The asset node of a test, built once per household and shared by every tree. */
export const assetNode = (c: RuleContext, kind: AssetTestKind): Explanation => {
  const cached = c.assetNodes[kind]
  if (cached !== null) return cached
  const built = explainAssets(c, c.p[TESTS[kind].parameter], kind)
  c.assetNodes[kind] = built
  return built
}

interface AssetTexts {
  readonly label: { zh: string; en: string }
  readonly financial: { zh: string; en: string }
  readonly vehicles: { zh: string; en: string }
  readonly housingLabel: { zh: string; en: string }
  readonly parameters: { readonly financialMonthsOfStandard: string }
  readonly citations: ReadonlyArray<Citation>
  /** The vehicles node when no non-exempt vehicle is declared (most households): shared. */
  readonly noVehicles: Explanation
  /** Housing nodes by `residentialUnits * 4 + nonResidentialUnits` for counts below 4: shared, built on first use. */
  readonly housing: Array<Explanation | undefined>
}

const texts = (t: CompiledAssetTest, standardFen: number, name: string, source: Citation): AssetTexts => {
  const months = `${t.financialMonths.num / t.financialMonths.den}`
  const citations = Object.freeze([RELIEF_SOURCES.assets, RELIEF_SOURCES.assetRules, source])
  const vehicles = { zh: `非豁免车辆价值合计不超过${formatFen(t.vehicleFen)}元`, en: `non-exempt vehicles worth at most ${formatFen(t.vehicleFen)}` }
  const perCapitaLimit = formatFen(Math.floor((t.financialMonths.num * standardFen) / t.financialMonths.den))
  return {
    label: { zh: `家庭财产状况（${name}）`, en: `household assets (${name})` },
    financial: {
      zh: `人均金融资产不超过${months}个月低保标准（${perCapitaLimit}元）`,
      en: `financial assets per person at most ${months} months of the standard (${perCapitaLimit})`
    },
    vehicles,
    housingLabel: {
      zh: `住房不超过${t.maxResidential}套，非居住类房产不超过${t.maxNonResidential}套`,
      en: `at most ${t.maxResidential} home(s) and ${t.maxNonResidential} other properties`
    },
    parameters: Object.freeze({ financialMonthsOfStandard: months }),
    citations,
    noVehicles: frozenNode({ rule: "relief.assets.vehicles", label: vehicles, outcome: 0 <= t.vehicleFen, inputs: { vehicles: formatFen(0) }, citations }),
    housing: []
  }
}

const textsOf = (c: RuleContext, kind: AssetTestKind): AssetTexts => {
  const test = TESTS[kind]
  return texts(c.p[test.parameter], c.facts.standardFen, test.name, c.policy.sourceOf(test.parameter))
}

const housingNode = (x: AssetTexts, t: CompiledAssetTest, residentialUnits: number, nonResidentialUnits: number): Explanation =>
  explain({
    rule: "relief.assets.housing",
    label: x.housingLabel,
    outcome: residentialUnits <= t.maxResidential && nonResidentialUnits <= t.maxNonResidential,
    inputs: { residentialUnits, nonResidentialUnits },
    citations: x.citations
  })

/** The housing node: shared for the usual small counts (the node depends on nothing else). */
const sharedHousing = (x: AssetTexts, t: CompiledAssetTest, residential: number, nonResidential: number): Explanation => {
  if (residential >= 4 || nonResidential >= 4) return housingNode(x, t, residential, nonResidential)
  const k = residential * 4 + nonResidential
  let n = x.housing[k]
  if (n === undefined) {
    n = housingNode(x, t, residential, nonResidential)
    Object.freeze(n.inputs)
    Object.freeze(n)
    x.housing[k] = n
  }
  return n
}

/** The asset node: one child per test, each naming the asset and its threshold. */
const explainAssets = (c: RuleContext, t: CompiledAssetTest, kind: AssetTestKind): Explanation => {
  const f = c.facts
  const standardFen = f.standardFen
  const test = TESTS[kind]
  // The texts depend only on the policy and the urban/rural standard: a constant memo key.
  const x = c.policy.memo(test.keys[f.household.residence.area], textsOf, c, kind)
  const assets = f.household.assets
  return explain({
    rule: "relief.assets",
    label: x.label,
    outcome: passesAssets(f, t, standardFen),
    citations: x.citations,
    children: [
      explain({
        rule: "relief.assets.financial",
        label: x.financial,
        outcome: f.financialFen * t.financialMonths.den <= t.financialMonths.num * standardFen * f.counted,
        inputs: (c.assetInputs ??= { financial: formatFen(f.financialFen), members: f.counted }),
        parameters: x.parameters,
        citations: x.citations
      }),
      f.vehicleFen === 0 ? x.noVehicles : explain({ rule: "relief.assets.vehicles", label: x.vehicles, outcome: f.vehicleFen <= t.vehicleFen, inputs: { vehicles: formatFen(f.vehicleFen) }, citations: x.citations }),
      sharedHousing(x, t, assets.residentialUnits, assets.nonResidentialUnits)
    ]
  })
}
