/**
 * The 低保 amount alone, in one allocation-free pass: the same rules and parameters as
 * `determineDibao` over `buildFacts` (who counts — 审核确认办法第七条; counted income over the window
 * with the national and local exclusions and the deductions — 第十三条; the asset test — 第十四条;
 * eligibility — 暂行办法第九条; 补差 rounded once, 分类施保, minimum payment — 第十二条), sharing their
 * helpers (`countReason`, `memberAge`, `memberInCategory`, `roundRatio`) and writing per-member
 * scratch values into arrays reused across calls instead of building facts, terms and trees.
 *
 * Why a second pass rather than `determine(…, { explain: false })`: the amount-only path is the
 * one compared with a hand-written floor (BENCHMARKS.md: within 5×); building the shared facts for
 * every programme cost ≈ 5× the floor on its own. A property test holds the two to identical
 * amounts on varied households (`test/properties.test.ts`, `test/amount-only.test.ts`).
 *
 * @internal
 * @module
 */
import type { Household } from "../household/household.js"
import { countReason, counts, memberAge } from "../internal/facts.js"
import { fenOf, monthIndex, roundRatio } from "../internal/fen.js"
import { severeUnchecked } from "../internal/severity.js"
import type { CompiledPolicy } from "../params/policy.js"
import { memberInCategory } from "./classified-increments.js"

// Scratch, per member of the household being evaluated (synchronous, so never shared by two calls).
const counted: boolean[] = []
const ages: number[] = []
const wages: number[] = []
const care: number[] = []

const indexOf = (members: Household["members"], id: string): number => {
  for (let i = 0; i < members.length; i++) if ((members[i] as Household["members"][number]).id === id) return i
  return 0
}

/** {@link dibaoFenOnly}: a member is in, or the applicant may qualify for, 特困 support — take the full path. */
export const MAY_BE_TEKUN = -2

/**
 * The monthly 低保 amount in 分, −1 when the household is not eligible, or {@link MAY_BE_TEKUN}
 * when `tekunExcludesDibao` is set and a member is in 特困 support or the applicant may qualify
 * (第五条 无劳动能力 is necessary: 60 or over, under 16, a disability, or already in 特困 support) —
 * then who the 低保 household is depends on the 特困 determination. As of the policy's date.
 *
 * What depends only on the policy (the date's parts, the deduction caps over the window, each
 * increment's amount per area) is compiled with it; the checks cheapest to fail come first where
 * the order cannot change the result (a household refused by any test is refused).
 */
export const dibaoFenOnly = (h: Household, p: CompiledPolicy): number => {
  const window = p.lookback
  const on = p.on
  const now = on.month
  const first = now - window
  const urban = h.residence.area === "urban"
  const standardFen = urban ? p.urbanFen : p.ruralFen
  const members = h.members
  const n = members.length
  const tekunRule = p.tekunExcludesDibao
  const ageIncrements = p.incrementNeeds.age
  let countedN = 0
  for (let i = 0; i < n; i++) {
    const m = members[i] as Household["members"][number]
    const relationship = m.relationship
    // an age is read only where a rule reads it (a child's count, the applicant's 特困 check, an
    // age increment): reading the birth date is a memory access the other members can skip
    const age = relationship === "child" || ageIncrements || (tekunRule && relationship === "applicant") ? memberAge(m, on.year, on.monthDay) : -1
    if (tekunRule) {
      if (m.tekun === true) return MAY_BE_TEKUN
      if (relationship === "applicant" && (age >= 60 || age < 16 || m.disability !== undefined || h.previous?.programme === "tekun")) return MAY_BE_TEKUN
    }
    const c = counts(countReason(m, age))
    counted[i] = c
    ages[i] = age
    wages[i] = 0
    care[i] = 0
    if (c) countedN++
  }
  if (countedN === 0) return -1
  let gross = 0
  const incomes = h.incomes
  const excluded = p.dibaoExcluded
  for (let k = 0; k < incomes.length; k++) {
    const e = incomes[k] as Household["incomes"][number]
    const category = e.category
    if (excluded.has(category)) continue
    const i = indexOf(members, e.member)
    if (!counted[i]) continue
    let amount: number
    if (e.month === undefined) amount = fenOf(e.amount) * window
    else {
      const mi = monthIndex(e.month)
      if (mi < first || mi >= now) continue
      amount = fenOf(e.amount)
    }
    if (category === "transfer-out") gross -= amount
    else {
      gross += amount
      if (category === "wages") wages[i] = (wages[i] as number) + amount
    }
  }
  const rigid = h.rigidExpenditures
  for (let k = 0; k < rigid.length; k++) {
    const e = rigid[k] as Household["rigidExpenditures"][number]
    if (e.member === undefined || (e.kind !== "medical" && e.kind !== "rehabilitation")) continue
    const mi = monthIndex(e.month)
    if (mi < first || mi >= now) continue
    const i = indexOf(members, e.member)
    care[i] = (care[i] as number) + fenOf(e.amount)
  }
  let deduction = 0
  const employmentCap = p.employmentCapFen
  const illnessCap = p.illnessCapWindowFen
  for (let i = 0; i < n; i++) {
    if (!counted[i]) continue
    const m = members[i] as Household["members"][number]
    const w = wages[i] as number
    if (w > 0 && m.employed === true) deduction += w < employmentCap ? w : employmentCap
    const c = care[i] as number
    if (c > 0 && (m.disability !== undefined || m.seriousIllness === true)) deduction += c < illnessCap ? c : illnessCap
  }
  const total = gross > deduction ? gross - deduction : 0
  if (!(total < standardFen * window * countedN)) return -1
  const t = p.dibaoAssets
  const assets = h.assets
  if (assets.residentialUnits > t.maxResidential || assets.nonResidentialUnits > t.maxNonResidential) return -1
  let vehicleFen = 0
  const vehicles = assets.vehicles
  for (let k = 0; k < vehicles.length; k++) {
    const v = vehicles[k] as Household["assets"]["vehicles"][number]
    if (v.exemption === undefined) vehicleFen += fenOf(v.value)
  }
  if (vehicleFen > t.vehicleFen || fenOf(assets.financial) * t.financialMonths.den > t.financialMonths.num * standardFen * countedN) return -1
  let fen = roundRatio(standardFen * countedN * window - total, window, p.roundUnit, p.roundMode)
  const increments = p.increments
  if (increments.length > 0) {
    const amounts = urban ? p.incrementFen.urban : p.incrementFen.rural
    const needs = p.incrementNeeds
    const sum = p.incrementMode === "sum"
    for (let i = 0; i < n; i++) {
      if (!counted[i]) continue
      const m = members[i] as Household["members"][number]
      const severe = severeUnchecked(m.disability)
      // no category can apply to this member: pass over them
      if (!needs.age && !(needs.severe && severe) && !(needs.circumstances && m.circumstances !== undefined) && !(needs.illness && m.seriousIllness === true)) continue
      let best = -1
      for (let k = 0; k < increments.length; k++) {
        if (!memberInCategory(m, ages[i] as number, severe, (increments[k] as CompiledPolicy["increments"][number]).category, p.elderlyAge)) continue
        const x = amounts[k] as number
        if (sum) fen += x
        else if (x > best) best = x
      }
      if (best >= 0) fen += best
    }
  }
  return fen < p.minimumFen ? p.minimumFen : fen
}
