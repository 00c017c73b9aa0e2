/**
 * 最低生活保障 (dibao): eligibility and the 补差 amount.
 *
 * 《社会救助暂行办法》第九条：“国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地
 * 最低生活保障家庭财产状况规定的家庭，给予最低生活保障。”
 *
 * 《社会救助暂行办法》第十二条：“……按照共同生活的家庭成员人均收入低于当地最低生活保障标准的差额，
 * 按月发给最低生活保障金。” 《最低生活保障审核确认办法》第二十三条：“最低生活保障金可以按照……人均
 * 收入与当地最低生活保障标准的实际差额计算……”
 *
 * The gap is computed as standard × members − household income and rounded once, at the end:
 * rounding the per-capita gap first over-pays (standard 632, 3 people, income 1,894: the gap is
 * 2 元; (632 − 631.33) × 3 rounded up per person gives 3).
 *
 * @internal
 * @module
 */
import { explain, frozenNode } from "../internal/node.js"
import { type Explanation } from "@minzheng/core"
import { DeterminationRecord, Term } from "../determination/determination.js"
import { assetNode, passesAssets } from "../household/asset-test.js"
import type { RuleContext } from "../internal/context.js"
import type { MemberFacts } from "../internal/facts.js"
import { formatFen, roundRatio } from "../internal/fen.js"
import { memberZh } from "../internal/names.js"
import { MEMO } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"
import { classifiedIncrements, explainIncrements } from "./classified-increments.js"

/** The 低保 amount for members with a counted income over the window (not yet checked eligible). */
export interface DibaoAmount {
  readonly gapFen: number
  readonly fen: number
  readonly terms: Term[]
}

/** 补差 + 分类施保 + minimum payment, every term rounded by the rounding parameter. */
export const dibaoAmount = (c: RuleContext, members: ReadonlyArray<MemberFacts>, totalFen: number, window: number, standardFen: number): DibaoAmount => {
  const p = c.p
  const n = members.length
  const gapFen = roundRatio(standardFen * n * window - totalFen, window, p.roundUnit, p.roundMode)
  const terms: Term[] = [new Term("gap", { zh: "差额补助", en: "gap to the standard" }, null, gapFen)]
  const increments = classifiedIncrements(c, members, standardFen, terms)
  let fen = gapFen + increments
  if (fen < p.minimumFen) {
    terms.push(new Term("minimum-top-up", { zh: "补足最低发放额", en: "top-up to the minimum payment" }, null, p.minimumFen - fen))
    fen = p.minimumFen
  }
  return { gapFen, fen, terms }
}

/** What an amount's tree shows that depends only on the policy (built once per policy). */
const amountTexts = (c: RuleContext) => {
  const policy = c.policy
  return {
    gapParameters: { "dibao.rounding": { unit: policy.parameters.rounding.value.unit, mode: policy.parameters.rounding.value.mode } },
    gapCitations: [RELIEF_SOURCES.dibaoAmount, policy.sourceOf("rounding")],
    minimumLabel: { zh: `最低发放额 ${formatFen(c.p.minimumFen)} 元`, en: `minimum payment ${formatFen(c.p.minimumFen)}` },
    minimumParameters: { "dibao.minimumPayment": formatFen(c.p.minimumFen) },
    minimumCitations: [policy.sourceOf("minimumPayment")],
    // no top-up (the usual case): the node is the same for every household
    noTopUp: frozenNode({
      rule: "relief.dibao.minimum",
      label: { zh: `最低发放额 ${formatFen(c.p.minimumFen)} 元`, en: `minimum payment ${formatFen(c.p.minimumFen)}` },
      outcome: formatFen(0),
      parameters: { "dibao.minimumPayment": formatFen(c.p.minimumFen) },
      citations: [policy.sourceOf("minimumPayment")]
    })
  }
}

/** Explanation of an amount. */
export const explainDibaoAmount = (c: RuleContext, a: DibaoAmount, n: number, totalFen: number, window: number, standardFen: number): Explanation => {
  let incrementTotal = 0
  let topUp = 0
  for (const t of a.terms) {
    if (t.kind === "classified-increment") incrementTotal += t.fen
    else if (t.kind === "minimum-top-up") topUp = t.fen
  }
  const x = c.policy.memo(MEMO.dibaoAmount, amountTexts, c)
  return explain({
    rule: "relief.dibao.amount",
    label: AMOUNT_LABEL,
    outcome: formatFen(a.fen),
    citations: AMOUNT_CITATIONS,
    children: [
      explain({
        rule: "relief.dibao.gap",
        label: GAP_LABEL,
        outcome: formatFen(a.gapFen),
        inputs: { standard: formatFen(standardFen), members: n, monthlyIncome: formatFen(roundRatio(totalFen, window, 1, "half-up")) },
        parameters: x.gapParameters,
        citations: x.gapCitations
      }),
      explainIncrements(c, a.terms, incrementTotal),
      topUp === 0 ? x.noTopUp : explain({ rule: "relief.dibao.minimum", label: x.minimumLabel, outcome: formatFen(topUp), parameters: x.minimumParameters, citations: x.minimumCitations })
    ]
  })
}

const AMOUNT_LABEL = { zh: "低保金（按月）", en: "monthly dibao payment" }
const AMOUNT_CITATIONS = [RELIEF_SOURCES.dibaoAmount, RELIEF_SOURCES.dibaoAmountMethod]
const GAP_LABEL = { zh: "差额补助 = 低保标准 × 人数 − 家庭月收入（最后一次舍入）", en: "gap = standard × members − monthly household income (rounded once)" }
const DIBAO_LABEL = { zh: "最低生活保障", en: "dibao" }
const DIBAO_CITATIONS = [RELIEF_SOURCES.dibaoEligibility]
const ELIGIBLE_REASONS = [{ zh: "家庭月人均收入低于当地低保标准，且财产状况符合规定", en: "income per person below the standard and assets within the rules" }]
const INCOME_REASON = { zh: "家庭月人均收入不低于当地低保标准", en: "income per person not below the standard" }
const ASSET_REASON = { zh: "家庭财产状况不符合低保规定", en: "assets exceed the dibao rules" }
const DETERMINATION_CITATIONS = [RELIEF_SOURCES.dibaoEligibility, RELIEF_SOURCES.dibaoAmount]

const TEKUN_LINK_CITATIONS = [...DETERMINATION_CITATIONS, RELIEF_SOURCES.tekunDibaoLink]
const TEKUN_REASON = { zh: "家庭成员均已纳入特困人员救助供养，不再适用最低生活保障", en: "every member is in tekun support: dibao does not apply" }

const tekunNames = (f: RuleContext["facts"]): { zh: string; en: string } => {
  const ms = f.members.filter((m) => f.tekunIds.has(m.member.id))
  return { zh: ms.map((m) => memberZh(m.member)).join("、"), en: ms.map((m) => m.member.id).join(", ") }
}

const tekunMembersReason = (f: RuleContext["facts"]) => {
  const n = tekunNames(f)
  return { zh: `${n.zh}已纳入特困人员救助供养，不计入低保家庭`, en: `${n.en} in tekun support, left out of the dibao household` }
}

/**
 * Who the 低保 household is when a member is in 特困 support (`tekun.excludesDibao`): that person
 * is not also given 低保 (《社会救助暂行办法》第十五条第三款, 《特困人员认定办法》第二十七条), and — by
 * `tekun.memberInDibaoHousehold`, national default `excluded` — neither the person nor their
 * income enters the 低保 computation. No national text says how such a household is counted; the
 * default reads 第十三条第二款第（二）项 (government assistance is not household income) with the
 * 衔接 rule: the 特困 person's own support is separate, so counting them as a member would pay 低保
 * for them a second time through the gap. See docs/relief.md.
 */
const explainTekunMembers = (c: RuleContext): Explanation => {
  const f = c.facts
  const n = tekunNames(f)
  const mode = c.p.tekunMemberMode
  return explain({
    rule: "relief.dibao.tekun-members",
    label: {
      zh: `${n.zh}已纳入特困人员救助供养，不再适用最低生活保障；${mode === "excluded" ? "本人及其收入不计入低保家庭核算" : "本人不计入低保家庭人数，其收入计入家庭收入"}`,
      en: `${n.en} in tekun support, not also given dibao; ${mode === "excluded" ? "neither the person nor their income counts" : "not counted as a member, income counted"}`
    },
    outcome: f.counted > 0,
    inputs: { tekunMembers: [...f.tekunIds], remainingMembers: f.counted },
    parameters: { "tekun.excludesDibao": true, "tekun.memberInDibaoHousehold": mode },
    citations: [RELIEF_SOURCES.tekunDibaoLink, RELIEF_SOURCES.tekunTransfer, c.policy.sourceOf("tekunExcludesDibao"), c.policy.sourceOf("tekunMemberInDibaoHousehold")]
  })
}

/** Whether the household's per-capita income is below the standard: exact, in 分 × months. */
export const incomeBelowStandard = (totalFen: number, window: number, members: number, standardFen: number): boolean =>
  members > 0 && totalFen < standardFen * window * members

/** The income test's texts for the household's area (by the area's standard): built once per policy. */
const incomeTestTexts = (c: RuleContext) => {
  const f = c.facts
  const standardKey = f.household.residence.area === "urban" ? "urbanStandard" : "ruralStandard"
  return {
    label: { zh: `家庭月人均收入低于低保标准 ${formatFen(f.standardFen)} 元`, en: `income per person below the standard ${formatFen(f.standardFen)}` },
    parameters: { [c.policy.parameters[standardKey].name]: formatFen(f.standardFen) },
    citations: [RELIEF_SOURCES.dibaoEligibility, c.policy.sourceOf(standardKey)]
  }
}

/** The 低保 determination of the household. */
export const determineDibao = (c: RuleContext): DeterminationRecord => {
  const f = c.facts
  const counted = f.countedMembers
  const incomeOk = incomeBelowStandard(f.totalFen, f.window, f.counted, f.standardFen)
  const assetsOk = passesAssets(f, c.p.dibaoAssets, f.standardFen)
  const eligible = incomeOk && assetsOk
  const amount = eligible ? dibaoAmount(c, counted, f.totalFen, f.window, f.standardFen) : null
  const stable = counted.every((m) => m.member.labourCapacity === "none" || m.age >= 60 || m.age < 16 || m.severe || m.member.seriousIllness === true)
  const allInTekun = f.tekunIds.size > 0 && f.counted === 0
  // (built with push, not spreads: this runs for every household)
  let reasons: Array<{ readonly zh: string; readonly en: string }>
  if (allInTekun) reasons = [TEKUN_REASON]
  else {
    reasons = eligible ? [...ELIGIBLE_REASONS] : incomeOk ? [ASSET_REASON] : assetsOk ? [INCOME_REASON] : [INCOME_REASON, ASSET_REASON]
    if (f.tekunIds.size > 0) reasons.push(tekunMembersReason(f))
  }
  let tree: Explanation | null = null
  if (c.explain) {
    const x = c.policy.memo(f.household.residence.area === "urban" ? MEMO.standardUrban : MEMO.standardRural, incomeTestTexts, c)
    const children: Explanation[] = []
    if (f.tekunIds.size > 0) children.push(explainTekunMembers(c))
    children.push(
      c.membershipNode as Explanation,
      c.incomeNode as Explanation,
      explain({
        rule: "relief.dibao.income-test",
        label: x.label,
        outcome: incomeOk,
        inputs: { total: formatFen(f.totalFen), months: f.window, members: f.counted },
        parameters: x.parameters,
        citations: x.citations
      }),
      assetNode(c, "dibao")
    )
    if (amount !== null) children.push(explainDibaoAmount(c, amount, counted.length, f.totalFen, f.window, f.standardFen))
    tree = explain({
      rule: "relief.dibao",
      label: DIBAO_LABEL,
      outcome: eligible ? formatFen((amount as DibaoAmount).fen) : false,
      citations: DIBAO_CITATIONS,
      children
    })
  }
  return new DeterminationRecord(
    "dibao",
    eligible,
    f.countedIds,
    "monthly",
    amount === null ? 0 : amount.fen,
    amount === null ? [] : amount.terms,
    eligible ? c.policy.dates.start : null,
    eligible ? (stable ? c.policy.dates.recheckStable : c.policy.dates.recheckUnstable) : null,
    null,
    null,
    reasons,
    f.tekunIds.size > 0 ? TEKUN_LINK_CITATIONS : DETERMINATION_CITATIONS,
    tree
  )
}
