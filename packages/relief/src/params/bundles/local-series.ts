/**
 * Builds a locality's bundle data: the national series plus the locality's own entries, one
 * region code, every entry with its source and illustrative flag.
 *
 * @internal
 * @module
 */
import { type Citation, definePolicyBundleUnsafe, type PolicyBundle } from "@minzheng/core"
import { NATIONAL_RELIEF_SERIES } from "./national.js"

/** A local value with its source; `cited: false` marks it illustrative. */
export interface LocalValue {
  readonly value: unknown
  readonly source: Citation
  readonly cited?: boolean
  readonly effectiveFrom?: string
}

export const localBundle = (args: {
  readonly id: string
  readonly label: { readonly zh: string; readonly en: string }
  readonly region: string
  readonly effectiveFrom: string
  readonly values: Readonly<Record<string, LocalValue>>
  readonly national?: Readonly<Record<string, unknown>>
}): PolicyBundle => {
  const parameters: Record<string, { values: Record<string, unknown[]> }> = {}
  for (const [name, series] of Object.entries(args.national ?? NATIONAL_RELIEF_SERIES)) {
    parameters[name] = { values: { ...(series as { values: Record<string, unknown[]> }).values } }
  }
  for (const [name, v] of Object.entries(args.values)) {
    const entry = { effectiveFrom: v.effectiveFrom ?? args.effectiveFrom, value: v.value, source: v.source, illustrative: v.cited !== true }
    const series = parameters[name] ?? { values: {} }
    series.values[args.region] = [entry]
    parameters[name] = series
  }
  return definePolicyBundleUnsafe({ id: args.id, version: "2025.1", label: args.label, illustrative: true, parameters })
}

export const ILLUSTRATIVE = "示例数据：未见公布数值，请以当地文件替换"

/** An illustrative local value. */
export const illustrative = (value: unknown, document: string): LocalValue => ({ value, source: { document, note: ILLUSTRATIVE } })

/** The shared illustrative local values, overridden per locality. */
export const commonLocalValues = (doc: string): Record<string, LocalValue> => ({
  "dibao.minimumPayment": illustrative("30.00", doc),
  "dibao.rounding": illustrative({ unit: "yuan", mode: "up" }, doc),
  "income.lookbackMonths": illustrative(6, doc),
  "dibao.classifiedIncrementMode": illustrative("highest", doc),
  "dibao.elderlyAge": illustrative(60, doc),
  "income.employmentCostDeduction": illustrative("200.00", doc),
  "income.illnessDisabilityDeductionCap": illustrative("300.00", doc),
  "income.locallyExcludedCategories": illustrative(["old-age-allowance"], doc),
  "assets.dibao": illustrative({ financialMonthsOfStandard: "24", vehicleValueLimit: "0", maxResidentialUnits: 1, maxNonResidentialUnits: 0 }, doc),
  "assets.tekun": illustrative({ financialMonthsOfStandard: "24", vehicleValueLimit: "0", maxResidentialUnits: 1, maxNonResidentialUnits: 0 }, doc),
  "assets.lowIncome": illustrative({ financialMonthsOfStandard: "36", vehicleValueLimit: "50000", maxResidentialUnits: 1, maxNonResidentialUnits: 0 }, doc),
  "tekun.careStandard": illustrative({ capable: "80.00", "partially-lost": "300.00", "fully-lost": "800.00" }, doc),
  "rigid.expenditureShare": illustrative("0.5", doc),
  "temporary.monthsOfStandard": illustrative({ general: "1", serious: "3", major: "6" }, doc),
  "temporary.cap": illustrative("20000.00", doc),
  "temporary.townshipApprovalLimit": illustrative("3000.00", doc)
})
