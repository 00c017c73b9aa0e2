/**
 * 救助政策 (relief policy): a bundle's parameters resolved for one region and date, validated as a
 * whole before a run and compiled once into exact integer form for the rules.
 *
 * @module
 */
import {
  CARRIED_FORWARD_NOTE,
  type Citation,
  InvalidInput,
  type IsoDate,
  type Money,
  type ParameterDefinition,
  type ParameterMissing,
  type PolicyBundle,
  PolicyBundleIncomplete,
  type RegionCode,
  type ResolvedParameter,
  type ResolvedParameters,
  type RoundingMode,
  addMonths,
  defineBrand,
  parameterAt
} from "@minzheng/core"
import * as Result from "effect/Result"
import type { IncomeCategory } from "../household/income.js"
import { NATIONALLY_EXCLUDED_INCOME, TEKUN_EXCLUDED_INCOME } from "../household/income.js"
import { DEPENDS, type ProgrammeKey } from "./usage.js"
import { firstOfNextMonth, partsOf } from "../internal/dates.js"
import { type Ratio, UNIT_FEN, parseRatio, roundRatio } from "../internal/fen.js"
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
  readonly tekunExcludesDibao: boolean
  readonly tekunMemberMode: "excluded" | "income-counted"
  /** `null`: no household condition on the 成年无业重度残疾人 route. */
  readonly singlePersonHouseholdMultiple: Ratio | null
  // Per-policy work the rules would otherwise repeat for every household (a policy has one date):
  /** The determination date: year, month × 100 + day, month index. */
  readonly on: { readonly year: number; readonly monthDay: number; readonly month: number }
  /** The employment-cost deduction's cap over the look-back window (`employmentCostFen × lookback`). */
  readonly employmentCapFen: number
  /** The disability/illness cost deduction's cap over the look-back window (`illnessCapFen × lookback`). */
  readonly illnessCapWindowFen: number
  /** Each increment's monthly amount for one member in 分, by area, in the order of `increments` (a rate is of the area's standard, rounded by `dibao.rounding`). */
  readonly incrementFen: { readonly urban: ReadonlyArray<number>; readonly rural: ReadonlyArray<number> }
  /** What a member must show for any increment to apply to them, so that others are passed over at once. */
  readonly incrementNeeds: { readonly age: boolean; readonly severe: boolean; readonly illness: boolean; readonly circumstances: boolean }
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

const fen = (m: Money | undefined): number => (m === undefined ? 0 : m.toFen())

const ZERO_ASSETS = { financialMonthsOfStandard: "0", vehicleValueLimit: undefined, maxResidentialUnits: 0, maxNonResidentialUnits: 0 }
const assetTest = (a: { financialMonthsOfStandard: string; vehicleValueLimit: Money | undefined; maxResidentialUnits: number; maxNonResidentialUnits: number } | undefined): CompiledAssetTest => {
  const t = a ?? ZERO_ASSETS
  return {
    financialMonths: parseRatio(t.financialMonthsOfStandard),
    vehicleFen: fen(t.vehicleValueLimit),
    maxResidential: t.maxResidentialUnits,
    maxNonResidential: t.maxNonResidentialUnits
  }
}

/**
 * Compiles what resolved. A parameter that did not resolve compiles to a neutral placeholder: the
 * programmes that read it are reported unavailable ({@link ReliefPolicy.unavailable}) and never
 * evaluated, so a placeholder never decides anything.
 */
const compile = (p: Partial<ReliefParameters>, date: IsoDate): CompiledPolicy => {
  const local = p.locallyExcludedIncome?.value ?? []
  const excluded = new Set<IncomeCategory>([...NATIONALLY_EXCLUDED_INCOME, ...local])
  if (p.basicPensionExcluded?.value === true) excluded.add("basic-pension")
  // 特困人员认定办法第六条第二款: its own exclusions, the basic pension by its own (unended) series.
  const tekunExcluded = new Set<IncomeCategory>([...NATIONALLY_EXCLUDED_INCOME, ...local, ...TEKUN_EXCLUDED_INCOME.filter((c) => c !== "basic-pension")])
  if (p.tekunBasicPensionExcluded?.value === true) tekunExcluded.add("basic-pension")
  const ratio = (s: string | undefined) => parseRatio(s ?? "0")
  const spm = p.singlePersonHouseholdIncomeMultiple?.value
  const lookback = p.incomeLookbackMonths?.value ?? 1
  const roundUnit = UNIT_FEN[p.rounding?.value.unit ?? "fen"]
  const roundMode = p.rounding?.value.mode ?? "half-up"
  const increments: ReadonlyArray<CompiledIncrement> = (p.classifiedIncrements?.value ?? []).map((i) =>
    "rate" in i ? { category: i.category, rate: parseRatio(i.rate), fen: 0 } : { category: i.category, rate: undefined, fen: fen(i.amount) }
  )
  // 第十二条第二款 分类施保: an increment is a rate of the area's standard (or a fixed amount) — the
  // same for every member of every household of the area, so rounded once here
  const incrementFen = (standardFen: number): ReadonlyArray<number> =>
    increments.map((i) => (i.rate === undefined ? i.fen : roundRatio(i.rate.num * standardFen, i.rate.den, roundUnit, roundMode)))
  const categories = increments.map((i) => i.category)
  const urbanFen = fen(p.urbanStandard?.value)
  const ruralFen = fen(p.ruralStandard?.value)
  return {
    urbanFen,
    ruralFen,
    minimumFen: fen(p.minimumPayment?.value),
    roundUnit,
    roundMode,
    lookback,
    increments,
    incrementMode: p.classifiedIncrementMode?.value ?? "highest",
    elderlyAge: p.elderlyAge?.value ?? 60,
    employmentCostFen: fen(p.employmentCostDeduction?.value),
    illnessCapFen: fen(p.illnessDisabilityDeductionCap?.value),
    dibaoExcluded: excluded,
    tekunExcluded,
    dibaoAssets: assetTest(p.dibaoAssets?.value),
    tekunAssets: assetTest(p.tekunAssets?.value),
    lowIncomeAssets: assetTest(p.lowIncomeAssets?.value),
    tekunMultiplier: ratio(p.tekunMultiplier?.value),
    careFen: {
      capable: fen(p.tekunCare?.value.capable),
      "partially-lost": fen(p.tekunCare?.value["partially-lost"]),
      "fully-lost": fen(p.tekunCare?.value["fully-lost"])
    },
    tekunMinorAge: p.tekunMinorAge?.value ?? 18,
    disposableFen: fen(p.disposableIncome?.value),
    edgeMultiplier: ratio(p.edgeMultiplier?.value),
    rigidShare: ratio(p.rigidShare?.value),
    rigidLookback: p.rigidLookbackMonths?.value ?? 1,
    temporaryMonths: {
      general: ratio(p.temporaryMonths?.value.general),
      serious: ratio(p.temporaryMonths?.value.serious),
      major: ratio(p.temporaryMonths?.value.major)
    },
    temporaryCapFen: fen(p.temporaryCap?.value),
    townshipFen: fen(p.temporaryTownshipLimit?.value),
    gradualExitMonths: p.gradualExitMonths?.value ?? 1,
    reviewDays: p.reviewDays?.value ?? 1,
    reviewDelegatedDays: p.reviewDelegatedDays?.value ?? 1,
    reviewExtendedDays: p.reviewExtendedDays?.value ?? 1,
    noticeDays: p.noticeDays?.value ?? 1,
    recheckStable: p.recheckStableMonths?.value ?? 12,
    recheckUnstable: p.recheckUnstableMonths?.value ?? 6,
    tekunExcludesDibao: p.tekunExcludesDibao?.value === true,
    tekunMemberMode: p.tekunMemberInDibaoHousehold?.value ?? "excluded",
    singlePersonHouseholdMultiple: spm === undefined || spm === false ? null : parseRatio(spm),
    on: partsOf(date),
    employmentCapFen: fen(p.employmentCostDeduction?.value) * lookback,
    illnessCapWindowFen: fen(p.illnessDisabilityDeductionCap?.value) * lookback,
    incrementFen: { urban: incrementFen(urbanFen), rural: incrementFen(ruralFen) },
    incrementNeeds: {
      age: categories.includes("elderly") || categories.includes("minor"),
      severe: categories.includes("severe-disability"),
      illness: categories.includes("serious-illness"),
      circumstances: categories.some((c) => c !== "elderly" && c !== "minor" && c !== "severe-disability" && c !== "serious-illness")
    }
  }
}

type Problem = ParameterMissing | InvalidInput

type FailureTable = Readonly<Record<ProgrammeKey, PolicyBundleIncomplete | null>>

/** A programme's failure: the problems of exactly the parameters it reads, or `null`. */
const failureOf = (
  bundle: string,
  problemsByKey: Readonly<Partial<Record<keyof ReliefParameters, Problem>>>,
  programme: ProgrammeKey,
  area: "urban" | "rural"
): PolicyBundleIncomplete | null => {
  const problems: Problem[] = []
  for (const key of DEPENDS[programme]) {
    const k = key === "standard" ? (area === "urban" ? "urbanStandard" : "ruralStandard") : key
    const problem = problemsByKey[k]
    if (problem !== undefined) problems.push(problem)
  }
  return problems.length === 0 ? null : new PolicyBundleIncomplete({ bundle, problems })
}

const failureTable = (bundle: string, problems: Readonly<Partial<Record<keyof ReliefParameters, Problem>>>, area: "urban" | "rural"): FailureTable => {
  // no prototype: a programme name read from it is one of its own keys or nothing (no `toString`)
  const table = Object.create(null) as Partial<Record<ProgrammeKey, PolicyBundleIncomplete | null>>
  for (const programme of Object.keys(DEPENDS) as ReadonlyArray<ProgrammeKey>) table[programme] = failureOf(bundle, problems, programme, area)
  return table as FailureTable
}

/** A resolved parameter's citation as explanations show it: illustrative and carried-forward values say so in Chinese. */
const displayedSource = (p: ResolvedParameter<unknown>): Citation => {
  const kind = (p as { kind?: string }).kind
  const mark = kind === "carried-forward" ? CARRIED_FORWARD_NOTE.zh : p.illustrative ? "示例数据" : null
  if (mark === null || p.source.note?.includes(mark) === true) return p.source
  return { ...p.source, note: p.source.note === undefined ? mark : `${mark}：${p.source.note}` }
}

/**
 * The values a policy keeps for its determinations ({@link ReliefPolicy.memo}), by slot: an array
 * index, where a `Map` keyed by name cost a hash look-up at each of the dozen reads of an explained
 * determination (≈ 2% of it, measured). Each slot holds one kind of value.
 *
 * @internal
 */
export const MEMO = {
  household: 0,
  usage: 1,
  withinRegion: 2,
  income: 3,
  dibaoAmount: 4,
  increments: 5,
  incrementsNone: 6,
  edge: 7,
  rigid: 8,
  tekunDibaoLink: 9,
  tekunUrban: 10,
  tekunRural: 11,
  standardUrban: 12,
  standardRural: 13,
  assetsDibaoUrban: 14,
  assetsDibaoRural: 15,
  assetsTekunUrban: 16,
  assetsTekunRural: 17,
  assetsLowIncomeUrban: 18,
  assetsLowIncomeRural: 19
} as const

/** @internal */
export type MemoSlot = (typeof MEMO)[keyof typeof MEMO]

/**
 * The brand of a resolved policy: a program that loads relief twice (`require` and `import`) has
 * two `ReliefPolicy` classes, and a policy resolved by one must pass the other's check. The mark is
 * a registered symbol on the prototype, so the check is one property read — no wrapper, nothing
 * allocated on the way into `determine`.
 */
const RELIEF_POLICY = defineBrand("@minzheng/relief/ReliefPolicy")

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
  /**
   * Holds across the ES module and CommonJS copies of relief (a registered-symbol brand,
   * `Symbol.for("@minzheng/relief/ReliefPolicy")`): a policy resolved through `require` passes a
   * `determine` loaded through `import`, and the other way round.
   */
  static [Symbol.hasInstance](u: unknown): boolean {
    // This copy's own policies first (one prototype read, the same at every call): the brand read
    // is generic over every branded class of the packages, and cost ≈ 6% of `dibaoAmountOnly`.
    return (typeof u === "object" && u !== null && Object.getPrototypeOf(u) === ReliefPolicy.prototype) || RELIEF_POLICY.is(u)
  }

  /** The bundle's id and version. */
  readonly bundle: { readonly id: string; readonly version: string }
  /** The region the parameters were resolved for. */
  readonly region: RegionCode
  /** The date the parameters were resolved for; determinations are made as of this date. */
  readonly date: IsoDate
  /**
   * Every parameter's value, source, region and effective date. A parameter that is missing or
   * ended for this region and date is absent here and listed in {@link ReliefPolicy.problems}; only
   * the programmes that read it fail ({@link ReliefPolicy.unavailable}).
   */
  readonly parameters: ReliefParameters
  /** Whether any parameter in force is illustrative (not a cited figure). Decisions say which ones they used. */
  readonly illustrative: boolean
  /** Bundle names of the parameters in force that are carried forward past their text's own period. */
  readonly carriedForward: ReadonlyArray<string>
  /** Every parameter that could not be resolved (missing, ended or malformed), by key. */
  readonly problems: Readonly<Partial<Record<keyof ReliefParameters, ParameterMissing | InvalidInput>>>
  /** @internal */
  readonly compiled: CompiledPolicy
  /** @internal */
  readonly dates: { readonly start: IsoDate; readonly recheckStable: IsoDate; readonly recheckUnstable: IsoDate }
  private readonly sources: Readonly<Record<string, Citation>>
  private readonly memos: unknown[] = []
  /** Each programme's failure (or `null`), computed once per area: looked up on every determination. */
  private readonly failures: { readonly urban: FailureTable; readonly rural: FailureTable }

  /** @internal */
  constructor(
    bundle: PolicyBundle,
    region: RegionCode,
    date: IsoDate,
    parameters: ReliefParameters,
    problems: Readonly<Partial<Record<keyof ReliefParameters, Problem>>> = {}
  ) {
    this.bundle = { id: bundle.id, version: bundle.version }
    this.region = region
    this.date = date
    this.parameters = parameters
    this.problems = problems
    const resolved = Object.values(parameters) as ReadonlyArray<ResolvedParameter<unknown>>
    this.illustrative = resolved.some((p) => p.illustrative)
    this.carriedForward = resolved.filter((p) => (p as { kind?: string }).kind === "carried-forward").map((p) => p.name)
    this.compiled = compile(parameters, date)
    const start = firstOfNextMonth(date)
    this.dates = {
      start,
      recheckStable: addMonths(date, this.compiled.recheckStable),
      recheckUnstable: addMonths(date, this.compiled.recheckUnstable)
    }
    const sources: Record<string, Citation> = {}
    for (const [key, p] of Object.entries(parameters)) sources[key] = displayedSource(p as ResolvedParameter<unknown>)
    this.sources = sources
    this.failures = { urban: failureTable(this.bundle.id, problems, "urban"), rural: failureTable(this.bundle.id, problems, "rural") }
  }

  /**
   * Why a programme cannot be determined under this policy for a household of the given area: a
   * `PolicyBundleIncomplete` listing the problems of exactly the parameters the programme reads, or
   * `null` when everything it reads resolved.
   *
   * @example
   * ```ts
   * import { resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
   * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
   * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2026-03-15"))
   * policy.unavailable("dibao", "urban") //=> null
   * ```
   */
  unavailable(programme: ProgrammeKey, area: "urban" | "rural"): PolicyBundleIncomplete | null {
    const table = area === "urban" ? this.failures.urban : area === "rural" ? this.failures.rural : undefined
    const failure = table === undefined ? undefined : table[programme]
    // not a programme or an area: the lookup fails as it always did, reading DEPENDS
    return failure === undefined ? failureOf(this.bundle.id, this.problems, programme, area) : failure
  }

  /**
   * The citation of a resolved parameter (its source; illustrative and carried-forward values
   * marked in Chinese).
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
    return this.sources[key] ?? { document: "政策参数缺失", note: RELIEF_PARAMETERS[key].name }
  }

  /**
   * A value that depends only on this policy (a label, a parameter record, a citation list), built
   * once and reused by every determination: explanation trees then allocate only what varies. The
   * builder is a module-level function given its arguments, not a closure made at each call (a
   * closure and its context were ≈ 100 bytes per call site, a tenth of an explained
   * determination's allocation over a dozen sites).
   *
   * @internal
   */
  memo<T>(slot: MemoSlot, build: () => T): T
  memo<T, A>(slot: MemoSlot, build: (a: A) => T, a: A): T
  memo<T, A, B>(slot: MemoSlot, build: (a: A, b: B) => T, a: A, b: B): T
  memo<T, A, B>(slot: MemoSlot, build: (a?: A, b?: B) => T, a?: A, b?: B): T {
    let v = this.memos[slot] as T | undefined
    if (v === undefined) {
      v = build(a, b)
      this.memos[slot] = v
    }
    return v
  }
}
RELIEF_POLICY.mark(ReliefPolicy)

/**
 * Resolves a bundle for a region and date, each parameter on its own. A parameter that is missing,
 * ended or malformed fails only the programmes that read it ({@link ReliefPolicy.unavailable}):
 * their determinations come back as typed per-programme failures. The whole resolution fails with
 * one `PolicyBundleIncomplete` (every problem listed) only when no programme at all can be
 * determined — e.g. before the bundle's first date. Resolve once per run, then evaluate every
 * household against the result.
 *
 * @throws `InvalidInput` when the bundle, region or date is not one
 * @example
 * ```ts
 * import { resolveReliefPolicy, NANHAI_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
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
  const { parameters, problems, all } = resolveEach(bundle, region, date)
  const policy = new ReliefPolicy(bundle, region, date, parameters, problems)
  const anyProgramme = DETERMINED.some((k) => policy.unavailable(k, "urban") === null || policy.unavailable(k, "rural") === null)
  if (!anyProgramme) return Result.fail(new PolicyBundleIncomplete({ bundle: bundle.id, problems: all }))
  return Result.succeed(policy)
}

const DETERMINED: ReadonlyArray<ProgrammeKey> = ["dibao", "dibao-single-person", "tekun", "dibao-edge", "rigid-expenditure", "temporary-assistance", "gradual-exit"]

/** Resolves every relief parameter on its own: what resolved, and the problem of each that did not. */
const resolveEach = (bundle: PolicyBundle, region: RegionCode, date: IsoDate) => {
  const parameters: Record<string, ResolvedParameter<unknown>> = {}
  const problems: Record<string, Problem> = {}
  const all: Problem[] = []
  for (const [key, def] of Object.entries(RELIEF_PARAMETERS)) {
    const r = parameterAt(bundle, def as ParameterDefinition<unknown>, region, date)
    if (Result.isFailure(r)) {
      problems[key] = r.failure
      all.push(r.failure)
    } else parameters[key] = r.success
  }
  return { parameters: parameters as unknown as ReliefParameters, problems: problems as Partial<Record<keyof ReliefParameters, Problem>>, all }
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
 * const r: BundleReport = { bundle: "x", region: "370213" as any, date: "2025-01-01" as any, parameters: [], illustrative: [], carriedForward: [] }
 * ```
 * @category parameters
 * @since 0.1.0
 */
export interface BundleReport {
  readonly bundle: string
  readonly region: RegionCode
  readonly date: IsoDate
  readonly parameters: ReadonlyArray<{
    readonly name: string
    readonly region: RegionCode
    readonly effectiveFrom: IsoDate
    readonly illustrative: boolean
    /** Whether the value is carried forward past its text's own period (沿用). */
    readonly carriedForward: boolean
  }>
  readonly illustrative: ReadonlyArray<string>
  /** Names of the carried-forward parameters (沿用：原文期限已届满，尚未见新规定). */
  readonly carriedForward: ReadonlyArray<string>
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
 * import { Result } from "@minzheng/core"
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
  const { parameters: resolved, all } = resolveEach(bundle, region, date)
  if (all.length > 0) return Result.fail(new PolicyBundleIncomplete({ bundle: bundle.id, problems: all }))
  const parameters = (Object.values(resolved) as ReadonlyArray<ResolvedParameter<unknown>>).map((p) => ({
    name: p.name,
    region: p.region,
    effectiveFrom: p.effectiveFrom,
    illustrative: p.illustrative,
    carriedForward: (p as { kind?: string }).kind === "carried-forward"
  }))
  return Result.succeed({
    bundle: bundle.id,
    region,
    date,
    parameters,
    illustrative: parameters.filter((p) => p.illustrative).map((p) => p.name),
    carriedForward: parameters.filter((p) => p.carriedForward).map((p) => p.name)
  })
}
