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

const fen = (s: string): number => {
  const [w, f = ""] = s.split(".")
  return Number(w) * 100 + Number((f + "00").slice(0, 2))
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

const EXCLUDED = new Set(["preferential-care", "family-planning", "reward", "social-assistance", "basic-pension", "old-age-allowance"])

/** Monthly counted household income in 分 (after the employment-cost deduction). */
const monthlyIncome = (h: Household, f: Figures): number => {
  let total = 0
  let wages = 0
  for (const e of h.incomes) {
    if (EXCLUDED.has(e.category)) continue
    const v = fen(e.amount)
    total += v
    if (e.category === "wages") wages += v
  }
  const employed = h.members.some((m) => m.employed === true)
  return total - (employed ? Math.min(f.employmentCost, wages) : 0)
}

const severe = (h: Household) => h.members.filter((m) => m.disability !== undefined && (m.disability.grade <= 2 || (m.disability.grade === 3 && (m.disability.category === "intellectual" || m.disability.category === "mental")))).length
const orphans = (h: Household) => h.members.filter((m) => m.circumstances?.includes("orphan") === true).length
const carValue = (h: Household) => h.assets.vehicles.reduce((s, v) => (v.exemption === undefined ? s + fen(v.value) : s), 0)

export const minimalDibaoFen = (h: Household, f: Figures): number => {
  const n = h.members.length
  const income = monthlyIncome(h, f)
  if (income >= f.standard * n) return 0
  if (fen(h.assets.financial) > f.financialMonths * f.standard * n || carValue(h) > 0 || h.assets.residentialUnits > 1) return 0
  const gap = Math.ceil((f.standard * n - income) / 100) * 100
  const total = gap + severe(h) * f.severe + orphans(h) * f.orphan
  return Math.max(total, f.minimum)
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
