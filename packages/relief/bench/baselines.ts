/**
 * The two baselines the bench compares with, both computing the same 李沧 低保 amount as
 * `dibaoAmountOnly` for the bench households (checked in the bench before timing):
 *
 * - `minimalDibaoFen`: a hand-written function — only the 低保 amount, no explanation, no
 *   validation, the figures inlined from the resolved policy.
 * - `jsonRulesEngineDibaoFen`: the same rules for json-rules-engine (the rule set of BENCHMARKS.md:
 *   per-capita income < standard, assets ≤ 24 × standard, no non-essential car, ≤ 1 home; three
 *   分类施保 increments), the amount computed from its events.
 */
import { Engine } from "json-rules-engine"
import type { Household, ReliefPolicy } from "@minzheng/relief"

// Written the way a careful engineer would hand-write a floor: char-code parsing, no regular
// expressions, no intermediate arrays or closures in the amount path.
const fen = (s: string): number => {
  let whole = 0
  let frac = 0
  let digits = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 46) digits = 0
    else if (digits < 0) whole = whole * 10 + c - 48
    else {
      frac = frac * 10 + c - 48
      digits++
    }
  }
  return whole * 100 + (digits === 1 ? frac * 10 : frac)
}

interface Figures {
  standard: number
  minimum: number
  employmentCost: number
  window: number
  financialMonths: number
  severe: number
  orphan: number
  singleParent: number
}

export const figuresOf = (p: ReliefPolicy): Figures => {
  const rate = (c: string) => {
    const inc = p.parameters.classifiedIncrements.value.find((i) => i.category === c)
    return inc !== undefined && "rate" in inc ? Math.round(Number(inc.rate) * p.parameters.urbanStandard.value.toFen()) : 0
  }
  return {
    standard: p.parameters.urbanStandard.value.toFen(),
    minimum: p.parameters.minimumPayment.value.toFen(),
    employmentCost: p.parameters.employmentCostDeduction.value.toFen(),
    window: p.parameters.incomeLookbackMonths.value,
    financialMonths: Number(p.parameters.dibaoAssets.value.financialMonthsOfStandard),
    severe: rate("severe-disability"),
    orphan: rate("orphan"),
    singleParent: rate("single-parent-child")
  }
}

const excluded = (category: string): boolean => {
  switch (category) {
    case "preferential-care":
    case "family-planning":
    case "reward":
    case "social-assistance":
    case "basic-pension":
    case "old-age-allowance":
      return true
    default:
      return false
  }
}

/** Monthly counted household income in 分 (after the employment-cost deduction). */
const monthlyIncome = (h: Household, f: Figures): number => {
  let total = 0
  let wages = 0
  const incomes = h.incomes
  for (let i = 0; i < incomes.length; i++) {
    const e = incomes[i]!
    if (excluded(e.category)) continue
    const v = fen(e.amount)
    total += v
    if (e.category === "wages") wages += v
  }
  let employed = false
  for (let i = 0; i < h.members.length; i++) if (h.members[i]!.employed === true) employed = true
  return total - (employed ? Math.min(f.employmentCost, wages) : 0)
}

const severe = (h: Household): number => {
  let n = 0
  for (let i = 0; i < h.members.length; i++) {
    const d = h.members[i]!.disability
    if (d !== undefined && (d.grade <= 2 || (d.grade === 3 && (d.category === "intellectual" || d.category === "mental")))) n++
  }
  return n
}
const orphans = (h: Household): number => {
  let n = 0
  for (let i = 0; i < h.members.length; i++) {
    const c = h.members[i]!.circumstances
    if (c !== undefined && c.includes("orphan")) n++
  }
  return n
}
const carValue = (h: Household): number => {
  let v = 0
  const vs = h.assets.vehicles
  for (let i = 0; i < vs.length; i++) if (vs[i]!.exemption === undefined) v += fen(vs[i]!.value)
  return v
}

/** The floor: only the 低保 amount, no explanation, no validation, figures inlined. */
export const minimalDibaoFen = (h: Household, f: Figures): number => {
  const n = h.members.length
  const income = monthlyIncome(h, f)
  if (income >= f.standard * n) return 0
  if (fen(h.assets.financial) > f.financialMonths * f.standard * n || carValue(h) > 0 || h.assets.residentialUnits > 1) return 0
  const gap = Math.ceil((f.standard * n - income) / 100) * 100
  const total = gap + severe(h) * f.severe + orphans(h) * f.orphan
  return total > f.minimum ? total : f.minimum
}

export const makeEngine = (f: Figures): Engine => {
  const engine = new Engine([], { allowUndefinedFacts: true })
  engine.addRule({
    conditions: {
      all: [
        { fact: "perCapitaIncome", operator: "lessThan", value: f.standard },
        { fact: "financialPerCapita", operator: "lessThanInclusive", value: f.financialMonths * f.standard },
        { fact: "nonEssentialCarValue", operator: "lessThanInclusive", value: 0 },
        { fact: "housingUnits", operator: "lessThanInclusive", value: 1 }
      ]
    },
    event: { type: "dibao-eligible" }
  })
  engine.addRule({ conditions: { all: [{ fact: "severeDisabled", operator: "greaterThan", value: 0 }] }, event: { type: "increment", params: { fact: "severeDisabled", amount: f.severe } } })
  engine.addRule({ conditions: { all: [{ fact: "orphans", operator: "greaterThan", value: 0 }] }, event: { type: "increment", params: { fact: "orphans", amount: f.orphan } } })
  engine.addRule({ conditions: { all: [{ fact: "singleParentChildren", operator: "greaterThan", value: 0 }] }, event: { type: "increment", params: { fact: "singleParentChildren", amount: f.singleParent } } })
  return engine
}

export const jsonRulesEngineDibaoFen = async (engine: Engine, h: Household, f: Figures): Promise<number> => {
  const n = h.members.length
  const income = monthlyIncome(h, f)
  const facts = {
    perCapitaIncome: income / n,
    financialPerCapita: fen(h.assets.financial) / n,
    nonEssentialCarValue: carValue(h),
    housingUnits: h.assets.residentialUnits,
    severeDisabled: severe(h),
    orphans: orphans(h),
    singleParentChildren: 0
  }
  const { events } = await engine.run(facts)
  if (!events.some((e) => e.type === "dibao-eligible")) return 0
  let total = Math.ceil((f.standard * n - income) / 100) * 100
  for (const e of events) if (e.type === "increment") total += (facts[e.params?.fact as keyof typeof facts] as number) * (e.params?.amount as number)
  return Math.max(total, f.minimum)
}
