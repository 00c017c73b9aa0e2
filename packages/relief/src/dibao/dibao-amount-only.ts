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
import { COUNTED, countReason, memberAge, partsOf } from "../internal/facts.js"
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
 * then who the 低保 household is depends on the 特困 determination.
 */
export const dibaoFenOnly = (h: Household, p: CompiledPolicy, asOf: string): number => {
  const window = p.lookback
  const on = partsOf(asOf)
  const now = on.month
  const first = now - window
  const standardFen = h.residence.area === "urban" ? p.urbanFen : p.ruralFen
  const members = h.members
  const n = members.length
  let countedN = 0
  for (let i = 0; i < n; i++) {
    const m = members[i] as Household["members"][number]
    const age = memberAge(m, on.year, on.monthDay)
    if (p.tekunExcludesDibao) {
      if (m.tekun === true) return MAY_BE_TEKUN
      if (m.relationship === "applicant" && (age >= 60 || age < 16 || m.disability !== undefined || h.previous?.programme === "tekun")) return MAY_BE_TEKUN
    }
    const c = COUNTED.has(countReason(m, age))
    counted[i] = c
    ages[i] = age
    wages[i] = 0
    care[i] = 0
    if (c) countedN++
  }
  if (countedN === 0) return -1
  let gross = 0
  const incomes = h.incomes
  for (let k = 0; k < incomes.length; k++) {
    const e = incomes[k] as Household["incomes"][number]
    const i = indexOf(members, e.member)
    if (!counted[i]) continue
    let amount = fenOf(e.amount)
    if (e.month === undefined) amount *= window
    else {
      const mi = monthIndex(e.month)
      if (mi < first || mi >= now) continue
    }
    if (p.dibaoExcluded.has(e.category)) continue
    if (e.category === "transfer-out") gross -= amount
    else {
      gross += amount
      if (e.category === "wages") wages[i] = (wages[i] as number) + amount
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
  for (let i = 0; i < n; i++) {
    if (!counted[i]) continue
    const m = members[i] as Household["members"][number]
    const w = wages[i] as number
    const c = care[i] as number
    if (m.employed === true && w > 0) deduction += Math.min(p.employmentCostFen * window, w)
    if ((m.disability !== undefined || m.seriousIllness === true) && c > 0) deduction += Math.min(p.illnessCapFen * window, c)
  }
  const total = Math.max(0, gross - deduction)
  if (!(total < standardFen * window * countedN)) return -1
  const t = p.dibaoAssets
  let vehicleFen = 0
  const vehicles = h.assets.vehicles
  for (let k = 0; k < vehicles.length; k++) {
    const v = vehicles[k] as Household["assets"]["vehicles"][number]
    if (v.exemption === undefined) vehicleFen += fenOf(v.value)
  }
  if (
    fenOf(h.assets.financial) * t.financialMonths.den > t.financialMonths.num * standardFen * countedN ||
    vehicleFen > t.vehicleFen ||
    h.assets.residentialUnits > t.maxResidential ||
    h.assets.nonResidentialUnits > t.maxNonResidential
  ) {
    return -1
  }
  let fen = roundRatio(standardFen * countedN * window - total, window, p.roundUnit, p.roundMode)
  const increments = p.increments
  if (increments.length > 0) {
    for (let i = 0; i < n; i++) {
      if (!counted[i]) continue
      const m = members[i] as Household["members"][number]
      const severe = severeUnchecked(m.disability)
      let best = -1
      for (let k = 0; k < increments.length; k++) {
        const inc = increments[k] as CompiledPolicy["increments"][number]
        if (!memberInCategory(m, ages[i] as number, severe, inc.category, p.elderlyAge)) continue
        const x = inc.rate === undefined ? inc.fen : roundRatio(inc.rate.num * standardFen, inc.rate.den, p.roundUnit, p.roundMode)
        if (p.incrementMode === "sum") fen += x
        else if (x > best) best = x
      }
      if (best >= 0) fen += best
    }
  }
  return fen < p.minimumFen ? p.minimumFen : fen
}
