/**
 * Which parameters each programme reads — so that a parameter missing or ended fails only those
 * programmes (issue 13) — and which of them a determination actually used, so that a decision
 * names the illustrative and carried-forward values it rests on and no others (issue 20).
 *
 * @internal
 * @module
 */
import type { RELIEF_PARAMETERS } from "./definitions.js"

/** A relief parameter's key (the keys of `ReliefParameters`, named here so that this file does not import the policy that reads it). */
type ParameterKey = keyof typeof RELIEF_PARAMETERS

/**
 * What a policy's parameters serve: a programme, or the 审核确认 procedure (`review`); `standard`
 * is the area's 低保 standard. A parameter that is missing or ended fails only these users.
 *
 * @example
 * ```ts
 * import type { ProgrammeKey } from "@minzheng/relief"
 * const key: ProgrammeKey = "review"
 * key //=> "review"
 * ```
 * @category policy
 * @since 0.1.0
 */
export type ProgrammeKey =
  | "dibao"
  | "dibao-single-person"
  | "tekun"
  | "dibao-edge"
  | "rigid-expenditure"
  | "temporary-assistance"
  | "temporary-assistance-emergency"
  | "gradual-exit"
  | "review"

type Key = ParameterKey | "standard"

/** What every income-based programme reads (审核确认办法第十三条 accounting). */
export const INCOME: ReadonlyArray<Key> = ["standard", "incomeLookbackMonths", "basicPensionExcluded", "locallyExcludedIncome", "employmentCostDeduction", "illnessDisabilityDeductionCap"]
export const DIBAO_AMOUNT: ReadonlyArray<Key> = ["rounding", "minimumPayment", "classifiedIncrements", "classifiedIncrementMode", "elderlyAge"]
const DIBAO: ReadonlyArray<Key> = [...INCOME, "dibaoAssets", ...DIBAO_AMOUNT, "recheckStableMonths", "recheckUnstableMonths", "tekunExcludesDibao", "tekunMemberInDibaoHousehold"]
const TEKUN: ReadonlyArray<Key> = [
  "standard",
  "incomeLookbackMonths",
  "locallyExcludedIncome",
  "tekunBasicPensionExcluded",
  "tekunAssets",
  "tekunMultiplier",
  "tekunCare",
  "tekunMinorAge",
  "disposableIncome",
  "lowIncomeAssets",
  "rounding",
  "recheckStableMonths"
]
const EDGE: ReadonlyArray<Key> = [...DIBAO, "edgeMultiplier", "lowIncomeAssets"]

/** The parameters each programme may read. */
export const DEPENDS: Readonly<Record<ProgrammeKey, ReadonlyArray<Key>>> = {
  dibao: DIBAO,
  "dibao-single-person": [...EDGE, "singlePersonHouseholdIncomeMultiple"],
  tekun: TEKUN,
  "dibao-edge": EDGE,
  "rigid-expenditure": [...EDGE, ...TEKUN, "rigidShare", "rigidLookbackMonths"],
  "temporary-assistance": [...INCOME, "disposableIncome", "lowIncomeAssets", "rounding", "temporaryMonths", "temporaryCap", "temporaryTownshipLimit"],
  "temporary-assistance-emergency": ["standard", "incomeLookbackMonths", "rounding", "temporaryMonths", "temporaryCap", "temporaryTownshipLimit"],
  "gradual-exit": [...DIBAO, "gradualExitMonths"],
  review: ["reviewDays", "reviewDelegatedDays", "reviewExtendedDays", "noticeDays"]
}

/** Resolves `standard` to the area's standard. */
export const keysFor = (keys: ReadonlyArray<Key>, area: "urban" | "rural"): Array<ParameterKey> =>
  keys.map((k) => (k === "standard" ? (area === "urban" ? "urbanStandard" : "ruralStandard") : k))
