/**
 * The facts every programme reads, computed once per household in one pass over plain data:
 * who counts, ages, the counted income over the look-back window in 分, deductions. Rules then
 * compare integers; explanation nodes are built from the same numbers only when asked for.
 *
 * @internal
 * @module
 */
import type { Household } from "../household/household.js"
import type { IncomeCategory } from "../household/income.js"
import { isSevereDisability, type Member } from "../household/member.js"
import type { CompiledPolicy } from "../params/policy.js"
import { fenOf, monthIndex } from "./fen.js"

/** Why a member counts or not (第七条). */
export type CountReason =
  | "applicant"
  | "spouse"
  | "minor-child"
  | "dependent-adult-child"
  | "in-education"
  | "supporter-living-together"
  | "absent"
  | "independent-adult-child"
  | "not-living-together"
  | "no-support-duty"

export interface MemberFacts {
  readonly member: Member
  readonly age: number
  readonly counted: boolean
  readonly reason: CountReason
  readonly severe: boolean
  /** Counted 低保 income of this member over the window, before deductions (分). */
  incomeFen: number
  /** Wages over the window (分), for the employment-cost deduction. */
  wagesFen: number
  /** Income as 特困 counts it over the window (分). */
  tekunIncomeFen: number
  /** Medical and rehabilitation spending over the window (分). */
  careCostFen: number
  deductionFen: number
}

export interface Facts {
  readonly household: Household
  readonly asOf: string
  readonly window: number
  readonly standardFen: number
  readonly members: ReadonlyArray<MemberFacts>
  readonly countedMembers: ReadonlyArray<MemberFacts>
  readonly countedIds: ReadonlyArray<string>
  readonly counted: number
  /** Gross counted income over the window (分), after transfer expenditure. */
  readonly grossFen: number
  readonly excludedFen: number
  readonly outsideWindow: number
  readonly deductionFen: number
  /** Net counted household income over the window (分), never below zero. */
  readonly totalFen: number
  readonly financialFen: number
  readonly vehicleFen: number
}

/** Age in full years on `on` from a `YYYY-MM-DD` birth date (29 Feb birthdays fall on 1 March). */
export const ageAt = (birth: string, on: string): number => {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return on.slice(5) < birth.slice(5) ? years - 1 : years
}

export const birthDateOf = (m: Member): string => {
  if (m.birthDate !== undefined) return m.birthDate
  const id = m.citizenId as string
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

const SUPPORT_DUTY = new Set(["parent", "grandparent", "grandchild", "sibling"])
const UP_TO_UNDERGRADUATE = new Set([
  "preschool",
  "primary",
  "junior-secondary",
  "senior-secondary",
  "vocational-secondary",
  "higher-vocational",
  "undergraduate"
])

const countReason = (m: Member, age: number): CountReason => {
  if (m.absence !== undefined) return "absent"
  switch (m.relationship) {
    case "applicant":
      return "applicant"
    case "spouse":
      return "spouse"
    case "child":
      if (age < 18) return "minor-child"
      if (m.education !== undefined && UP_TO_UNDERGRADUATE.has(m.education)) return "in-education"
      if (m.canLiveIndependently === false) return "dependent-adult-child"
      return m.livesTogether === true ? "supporter-living-together" : "independent-adult-child"
    default:
      if (!SUPPORT_DUTY.has(m.relationship)) return "no-support-duty"
      return m.livesTogether === true ? "supporter-living-together" : "not-living-together"
  }
}

const COUNTED: ReadonlySet<CountReason> = new Set<CountReason>([
  "applicant",
  "spouse",
  "minor-child",
  "dependent-adult-child",
  "in-education",
  "supporter-living-together"
])

export const buildFacts = (h: Household, p: CompiledPolicy, asOf: string): Facts => {
  const window = p.lookback
  const now = monthIndex(asOf)
  const first = now - window
  const standardFen = h.residence.area === "urban" ? p.urbanFen : p.ruralFen
  const members: MemberFacts[] = []
  const countedMembers: MemberFacts[] = []
  const countedIds: string[] = []
  const byId = new Map<string, MemberFacts>()
  let counted = 0
  for (const m of h.members) {
    const age = ageAt(birthDateOf(m), asOf)
    const reason = countReason(m, age)
    const isCounted = COUNTED.has(reason)
    if (isCounted) counted++
    const f: MemberFacts = {
      member: m,
      age,
      counted: isCounted,
      reason,
      severe: isSevereDisability(m.disability),
      incomeFen: 0,
      wagesFen: 0,
      tekunIncomeFen: 0,
      careCostFen: 0,
      deductionFen: 0
    }
    members.push(f)
    if (isCounted) {
      countedMembers.push(f)
      countedIds.push(m.id)
    }
    byId.set(m.id, f)
  }
  let gross = 0
  let excluded = 0
  let outside = 0
  const dibaoExcluded: ReadonlySet<IncomeCategory> = p.dibaoExcluded
  const tekunExcluded: ReadonlySet<IncomeCategory> = p.tekunExcluded
  for (const e of h.incomes) {
    const f = byId.get(e.member) as MemberFacts
    let amount = fenOf(e.amount)
    if (e.month === undefined) amount *= window
    else {
      const mi = monthIndex(e.month)
      if (mi < first || mi >= now) {
        outside++
        continue
      }
    }
    const sign = e.category === "transfer-out" ? -1 : 1
    if (!tekunExcluded.has(e.category)) f.tekunIncomeFen += sign * amount
    if (!f.counted) continue
    if (dibaoExcluded.has(e.category)) {
      excluded += amount
      continue
    }
    f.incomeFen += sign * amount
    gross += sign * amount
    if (e.category === "wages") f.wagesFen += amount
  }
  for (const e of h.rigidExpenditures) {
    if (e.member === undefined || (e.kind !== "medical" && e.kind !== "rehabilitation")) continue
    const mi = monthIndex(e.month)
    if (mi < first || mi >= now) continue
    const f = byId.get(e.member) as MemberFacts
    f.careCostFen += fenOf(e.amount)
  }
  let deduction = 0
  for (const f of members) {
    if (!f.counted) continue
    let d = 0
    if (f.member.employed === true && f.wagesFen > 0) d += Math.min(p.employmentCostFen * window, f.wagesFen)
    if ((f.member.disability !== undefined || f.member.seriousIllness === true) && f.careCostFen > 0) {
      d += Math.min(p.illnessCapFen * window, f.careCostFen)
    }
    f.deductionFen = d
    deduction += d
  }
  const total = Math.max(0, gross - deduction)
  let vehicleFen = 0
  for (const v of h.assets.vehicles) if (v.exemption === undefined) vehicleFen += fenOf(v.value)
  return {
    household: h,
    asOf,
    window,
    standardFen,
    members,
    countedMembers,
    countedIds,
    counted,
    grossFen: gross,
    excludedFen: excluded,
    outsideWindow: outside,
    deductionFen: deduction,
    totalFen: total,
    financialFen: fenOf(h.assets.financial),
    vehicleFen
  }
}
