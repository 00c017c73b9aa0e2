/**
 * 救助政策 (relief policy): a bundle's parameters resolved for one region and date, validated as a
 * whole before a run and compiled once into exact integer form for the rules.
 *
 * @module
 */
import {
  type Citation,
  type InvalidInput,
  type IsoDate,
  type Money,
  type PolicyBundle,
  type PolicyBundleIncomplete,
  type RegionCode,
  type ResolvedParameters,
  type RoundingMode,
  addMonths,
  resolveParameters
} from "@minzheng/core"
import { Result } from "effect"
import type { IncomeCategory } from "../household/income.js"
import { NATIONALLY_EXCLUDED_INCOME, TEKUN_EXCLUDED_INCOME } from "../household/income.js"
import { firstOfNextMonth } from "../internal/dates.js"
import { type Ratio, UNIT_FEN, parseRatio } from "../internal/fen.js"
import { type ClassifiedCategory, RELIEF_PARAMETERS } from "./definitions.js"

/** @internal */
export interface CompiledAssetTest {
  readonly financialMonths: Ratio
  readonly vehicleFen: number
  readonly maxResidential: number
  readonly maxNonResidential: number
}

/** @internal */
export interface CompiledIncrement {
  readonly category: ClassifiedCategory
  readonly rate: Ratio | undefined
  readonly fen: number
}

/** @internal */
export interface CompiledPolicy {
  readonly urbanFen: number
  readonly ruralFen: number
  readonly minimumFen: number
  readonly roundUnit: number
  readonly roundMode: RoundingMode
  readonly lookback: number
  readonly increments: ReadonlyArray<CompiledIncrement>
  readonly incrementMode: "highest" | "sum"
  readonly elderlyAge: number
  readonly employmentCostFen: number
  readonly illnessCapFen: number
  readonly dibaoExcluded: ReadonlySet<IncomeCategory>
  readonly tekunExcluded: ReadonlySet<IncomeCategory>
  readonly dibaoAssets: CompiledAssetTest
  readonly tekunAssets: CompiledAssetTest
  readonly lowIncomeAssets: CompiledAssetTest
  readonly tekunMultiplier: Ratio
  readonly careFen: { readonly capable: number; readonly "partially-lost": number; readonly "fully-lost": number }
  readonly tekunMinorAge: number
  readonly disposableFen: number
  readonly edgeMultiplier: Ratio
  readonly rigidShare: Ratio
  readonly rigidLookback: number
  readonly temporaryMonths: { readonly general: Ratio; readonly serious: Ratio; readonly major: Ratio }
  readonly temporaryCapFen: number
  readonly townshipFen: number
  readonly gradualExitMonths: number
  readonly reviewDays: number
  readonly reviewDelegatedDays: number
  readonly reviewExtendedDays: number
  readonly noticeDays: number
  readonly recheckStable: number
  readonly recheckUnstable: number
}

/**
 * The resolved values of {@link RELIEF_PARAMETERS}.
 *
 * @example
 * ```ts
 * import type { ReliefParameters } from "@minzheng/relief"
 * type Standard = ReliefParameters["urbanStandard"]["value"]
 * ```
 * @category parameters
 * @since 0.1.0
 */
export type ReliefParameters = ResolvedParameters<typeof RELIEF_PARAMETERS>

const fen = (m: Money): number => m.toFen()

const assetTest = (a: { financialMonthsOfStandard: string; vehicleValueLimit: Money; maxResidentialUnits: number; maxNonResidentialUnits: number }): CompiledAssetTest => ({
  financialMonths: parseRatio(a.financialMonthsOfStandard),
  vehicleFen: fen(a.vehicleValueLimit),
  maxResidential: a.maxResidentialUnits,
  maxNonResidential: a.maxNonResidentialUnits
})

const compile = (p: ReliefParameters): CompiledPolicy => {
  const excluded = new Set<IncomeCategory>([...NATIONALLY_EXCLUDED_INCOME, ...p.locallyExcludedIncome.value])
  if (p.basicPensionExcluded.value) excluded.add("basic-pension")
  return {
    urbanFen: fen(p.urbanStandard.value),
    ruralFen: fen(p.ruralStandard.value),
    minimumFen: fen(p.minimumPayment.value),
    roundUnit: UNIT_FEN[p.rounding.value.unit],
    roundMode: p.rounding.value.mode,
    lookback: p.incomeLookbackMonths.value,
    increments: p.classifiedIncrements.value.map((i) =>
      "rate" in i ? { category: i.category, rate: parseRatio(i.rate), fen: 0 } : { category: i.category, rate: undefined, fen: fen(i.amount) }
    ),
    incrementMode: p.classifiedIncrementMode.value,
    elderlyAge: p.elderlyAge.value,
    employmentCostFen: fen(p.employmentCostDeduction.value),
    illnessCapFen: fen(p.illnessDisabilityDeductionCap.value),
    dibaoExcluded: excluded,
    tekunExcluded: new Set<IncomeCategory>([...excluded, ...TEKUN_EXCLUDED_INCOME]),
    dibaoAssets: assetTest(p.dibaoAssets.value),
    tekunAssets: assetTest(p.tekunAssets.value),
    lowIncomeAssets: assetTest(p.lowIncomeAssets.value),
    tekunMultiplier: parseRatio(p.tekunMultiplier.value),
    careFen: {
      capable: fen(p.tekunCare.value.capable),
      "partially-lost": fen(p.tekunCare.value["partially-lost"]),
      "fully-lost": fen(p.tekunCare.value["fully-lost"])
    },
    tekunMinorAge: p.tekunMinorAge.value,
    disposableFen: fen(p.disposableIncome.value),
    edgeMultiplier: parseRatio(p.edgeMultiplier.value),
    rigidShare: parseRatio(p.rigidShare.value),
    rigidLookback: p.rigidLookbackMonths.value,
    temporaryMonths: {
      general: parseRatio(p.temporaryMonths.value.general),
      serious: parseRatio(p.temporaryMonths.value.serious),
      major: parseRatio(p.temporaryMonths.value.major)
    },
    temporaryCapFen: fen(p.temporaryCap.value),
    townshipFen: fen(p.temporaryTownshipLimit.value),
    gradualExitMonths: p.gradualExitMonths.value,
    reviewDays: p.reviewDays.value,
    reviewDelegatedDays: p.reviewDelegatedDays.value,
    reviewExtendedDays: p.reviewExtendedDays.value,
    noticeDays: p.noticeDays.value,
    recheckStable: p.recheckStableMonths.value,
    recheckUnstable: p.recheckUnstableMonths.value
  }
}

/**
 * A bundle's relief parameters resolved for one region and date: the values with their sources
 * (for explanations) and, compiled once, the exact integer form the rules evaluate against.
 *
 * @example
 * ```ts
 * import { resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * policy.parameters.noticeDays.value //=> 7
 * ```
 * @category parameters
 * @since 0.1.0
 */
export class ReliefPolicy {
  /** The bundle's id and version. */
  readonly bundle: { readonly id: string; readonly version: string }
  /** The region the parameters were resolved for. */
  readonly region: RegionCode
  /** The date the parameters were resolved for; determinations are made as of this date. */
  readonly date: IsoDate
  /** Every parameter's value, source, region and effective date. */
  readonly parameters: ReliefParameters
  /** Whether any parameter in force is illustrative (not a cited figure). */
  readonly illustrative: boolean
  /** @internal */
  readonly compiled: CompiledPolicy
  /** @internal */
  readonly dates: { readonly start: IsoDate; readonly recheckStable: IsoDate; readonly recheckUnstable: IsoDate }
  private readonly sources: Readonly<Record<string, Citation>>
  private readonly memos = new Map<string, unknown>()

  /** @internal */
  constructor(bundle: PolicyBundle, region: RegionCode, date: IsoDate, parameters: ReliefParameters) {
    this.bundle = { id: bundle.id, version: bundle.version }
    this.region = region
    this.date = date
    this.parameters = parameters
    this.illustrative = Object.values(parameters).some((p) => p.illustrative)
    this.compiled = compile(parameters)
    const start = firstOfNextMonth(date)
    this.dates = {
      start,
      recheckStable: addMonths(date, this.compiled.recheckStable),
      recheckUnstable: addMonths(date, this.compiled.recheckUnstable)
    }
    const sources: Record<string, Citation> = {}
    for (const [key, p] of Object.entries(parameters)) {
      sources[key] = p.illustrative ? { ...p.source, note: p.source.note ?? "illustrative" } : p.source
    }
    this.sources = sources
  }

  /**
   * The citation of a resolved parameter (its source, marked illustrative where it is).
   *
   * @example
   * ```ts
   * import { resolveReliefPolicyUnsafe, JIMO_BUNDLE } from "@minzheng/relief"
   * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
   * const policy = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), isoDateUnsafe("2025-03-15"))
   * policy.sourceOf("noticeDays").article //=> "第十九条"
   * ```
   */
  sourceOf(key: keyof ReliefParameters): Citation {
    return this.sources[key] as Citation
  }

  /**
   * A value that depends only on this policy (a label, a parameter record, a citation list), built
   * once and reused by every determination: explanation trees then allocate only what varies.
   *
   * @internal
   */
  memo<T>(key: string, build: () => T): T {
    let v = this.memos.get(key) as T | undefined
    if (v === undefined) {
      v = build()
      this.memos.set(key, v)
    }
    return v
  }
}

/**
 * Resolves and validates a bundle for a region and date: every relief parameter present, in force
 * and well-formed — or one `PolicyBundleIncomplete` listing every missing or invalid parameter.
 * Resolve once per run, then evaluate every household against the result.
 *
 * @throws `InvalidInput` when the bundle, region or date is not one
 * @example
 * ```ts
 * import { resolveReliefPolicy, NANHAI_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "effect"
 * const r = resolveReliefPolicy(NANHAI_BUNDLE, regionCodeUnsafe("440605"), isoDateUnsafe("2019-01-01"))
 * Result.isFailure(r) && r.failure.problems.length > 0 //=> true
 * ```
 * @see {@link validateReliefBundle}
 * @category parameters
 * @since 0.1.0
 */
export const resolveReliefPolicy = (
  bundle: PolicyBundle,
  region: RegionCode,
  date: IsoDate
): Result.Result<ReliefPolicy, PolicyBundleIncomplete> => {
  const r = resolveParameters(bundle, RELIEF_PARAMETERS, region, date)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  return Result.succeed(new ReliefPolicy(bundle, region, date, r.success))
}

/**
 * Like {@link resolveReliefPolicy}, throwing the typed error.
 *
 * @throws `PolicyBundleIncomplete` or `InvalidInput`
 * @example
 * ```ts
 * import { resolveReliefPolicyUnsafe, TAISHAN_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * resolveReliefPolicyUnsafe(TAISHAN_BUNDLE, regionCodeUnsafe("370902"), isoDateUnsafe("2025-03-15")).region //=> "370902"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const resolveReliefPolicyUnsafe = (bundle: PolicyBundle, region: RegionCode, date: IsoDate): ReliefPolicy => {
  const r = resolveReliefPolicy(bundle, region, date)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * What a bundle supplies for a region and date: each parameter's name, the region and date of the
 * entry in force, and whether it is illustrative.
 *
 * @example
 * ```ts
 * import type { BundleReport } from "@minzheng/relief"
 * const r: BundleReport = { bundle: "x", region: "370213" as any, date: "2025-01-01" as any, parameters: [], illustrative: [] }
 * ```
 * @category parameters
 * @since 0.1.0
 */
export interface BundleReport {
  readonly bundle: string
  readonly region: RegionCode
  readonly date: IsoDate
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly region: RegionCode; readonly effectiveFrom: IsoDate; readonly illustrative: boolean }>
  readonly illustrative: ReadonlyArray<string>
}

/**
 * Validates a bundle for a region and date before a run: a report of every parameter in force,
 * or one `PolicyBundleIncomplete` listing every missing (or malformed) parameter.
 *
 * @throws `InvalidInput` when the bundle, region or date is not one
 * @example
 * ```ts
 * import { validateReliefBundle, JIMO_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "effect"
 * const r = validateReliefBundle(JIMO_BUNDLE, regionCodeUnsafe("370215"), isoDateUnsafe("2025-03-15"))
 * Result.isSuccess(r) && r.success.illustrative.includes("dibao.standard.urban") //=> true
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const validateReliefBundle = (
  bundle: PolicyBundle,
  region: RegionCode,
  date: IsoDate
): Result.Result<BundleReport, PolicyBundleIncomplete | InvalidInput> => {
  const r = resolveParameters(bundle, RELIEF_PARAMETERS, region, date)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const parameters = Object.values(r.success).map((p) => ({ name: p.name, region: p.region, effectiveFrom: p.effectiveFrom, illustrative: p.illustrative }))
  return Result.succeed({ bundle: bundle.id, region, date, parameters, illustrative: parameters.filter((p) => p.illustrative).map((p) => p.name) })
}
