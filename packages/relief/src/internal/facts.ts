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
import type { Member } from "../household/member.js"
import type { CompiledPolicy } from "../params/policy.js"
import { fenOf, monthIndex } from "./fen.js"
import { severeUnchecked } from "./severity.js"

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
  | "tekun-supported"

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
  /** All of this member's own income over the window, no category excluded (分): 第八条's 本人收入. */
  ownIncomeFen: number
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
  /** Members left out of the 低保 household because they are in 特困 support (`tekun.memberInDibaoHousehold`). */
  readonly tekunIds: ReadonlySet<string>
}

/** Age in full years on `on` from a `YYYY-MM-DD` birth date (29 Feb birthdays fall on 1 March). */
export const ageAt = (birth: string, on: string): number => {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return on.slice(5) < birth.slice(5) ? years - 1 : years
}

/**
 * Age on the date whose year is `onYear` and month × 100 + day is `onMonthDay`, from a member's
 * birth date or citizen ID — by char codes, no substrings: the same result as {@link ageAt} over
 * {@link birthDateOf} (the birth date sits at offset 0 of `YYYY-MM-DD`, offset 6 of an ID).
 */
export const memberAge = (m: Member, onYear: number, onMonthDay: number): number => {
  const b = m.birthDate
  let year: number
  let monthDay: number
  // four digits at a time, unrolled: c0·1000 + c1·100 + c2·10 + c3 − 48·1111
  if (b !== undefined) {
    year = b.charCodeAt(0) * 1000 + b.charCodeAt(1) * 100 + b.charCodeAt(2) * 10 + b.charCodeAt(3) - 53328
    monthDay = b.charCodeAt(5) * 1000 + b.charCodeAt(6) * 100 + b.charCodeAt(8) * 10 + b.charCodeAt(9) - 53328
  } else {
    const id = m.citizenId as string
    year = id.charCodeAt(6) * 1000 + id.charCodeAt(7) * 100 + id.charCodeAt(8) * 10 + id.charCodeAt(9) - 53328
    monthDay = id.charCodeAt(10) * 1000 + id.charCodeAt(11) * 100 + id.charCodeAt(12) * 10 + id.charCodeAt(13) - 53328
  }
  return onMonthDay < monthDay ? onYear - year - 1 : onYear - year
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

export const countReason = (m: Member, age: number): CountReason => {
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

/** A decoded household's member by id (every reference was checked at decoding; a household has a handful of members, so a scan beats a Map). */
const byId = (members: ReadonlyArray<MemberFacts>, id: string): MemberFacts => {
  for (let i = 0; i < members.length; i++) if ((members[i] as MemberFacts).member.id === id) return members[i] as MemberFacts
  return members[0] as MemberFacts
}

/** Whether a member with this reason counts in the household (第七条). A switch, not a set: it runs for every member of every determination. */
export const counts = (reason: CountReason): boolean => {
  switch (reason) {
    case "applicant":
    case "spouse":
    case "minor-child":
    case "dependent-adult-child":
    case "in-education":
    case "supporter-living-together":
      return true
    default:
      return false
  }
}

const NO_ONE: ReadonlySet<string> = new Set()

/**
 * The facts of a household. `tekunIds` are members in 特困 support whom the 低保 household leaves
 * out (《社会救助暂行办法》第十五条第三款 衔接; see docs/relief.md): they are not counted, and their
 * income counts only when `tekun.memberInDibaoHousehold` is `income-counted`.
 */
export const buildFacts = (h: Household, p: CompiledPolicy, asOf: string, tekunIds: ReadonlySet<string> = NO_ONE): Facts => {
  const window = p.lookback
  // the policy was resolved for this date, and compiled its parts
  const on = p.on
  const now = on.month
  const first = now - window
  const standardFen = h.residence.area === "urban" ? p.urbanFen : p.ruralFen
  const members: MemberFacts[] = []
  const countedMembers: MemberFacts[] = []
  const countedIds: string[] = []
  let counted = 0
  for (const m of h.members) {
    const age = memberAge(m, on.year, on.monthDay)
    const base = countReason(m, age)
    const reason: CountReason = tekunIds.size > 0 && counts(base) && tekunIds.has(m.id) ? "tekun-supported" : base
    const isCounted = counts(reason)
    if (isCounted) counted++
    const f: MemberFacts = {
      member: m,
      age,
      counted: isCounted,
      reason,
      severe: severeUnchecked(m.disability),
      incomeFen: 0,
      wagesFen: 0,
      tekunIncomeFen: 0,
      ownIncomeFen: 0,
      careCostFen: 0,
      deductionFen: 0
    }
    members.push(f)
    if (isCounted) {
      countedMembers.push(f)
      countedIds.push(m.id)
    }
  }
  let gross = 0
  let excluded = 0
  let outside = 0
  const dibaoExcluded: ReadonlySet<IncomeCategory> = p.dibaoExcluded
  const tekunExcluded: ReadonlySet<IncomeCategory> = p.tekunExcluded
  for (const e of h.incomes) {
    const f = byId(members, e.member)
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
    f.ownIncomeFen += sign * amount
    if (!tekunExcluded.has(e.category)) f.tekunIncomeFen += sign * amount
    if (!f.counted) {
      if (f.reason === "tekun-supported" && p.tekunMemberMode === "income-counted" && !dibaoExcluded.has(e.category)) gross += sign * amount
      continue
    }
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
    const f = byId(members, e.member)
    f.careCostFen += fenOf(e.amount)
  }
  let deduction = 0
  for (const f of members) {
    if (!f.counted) continue
    let d = 0
    if (f.member.employed === true && f.wagesFen > 0) d += Math.min(p.employmentCapFen, f.wagesFen)
    if ((f.member.disability !== undefined || f.member.seriousIllness === true) && f.careCostFen > 0) {
      d += Math.min(p.illnessCapWindowFen, f.careCostFen)
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
    vehicleFen,
    tekunIds
  }
}
