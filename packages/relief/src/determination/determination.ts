/**
 * 认定结果 (determination): per programme, whether the household (or person) qualifies, the amount
 * with its terms as core `Money`, the dates that follow, and the explanation tree with citations.
 *
 * @module
 */
import { type Bilingual, type Citation, type Explanation, InvalidInput, type IsoDate, Money, type PolicyBundleIncomplete, issue } from "@minzheng/core"
import { formatFen } from "../internal/fen.js"

/**
 * Chinese and English names of the programmes a determination covers.
 *
 * @example
 * ```ts
 * import { PROGRAMME_NAMES } from "@minzheng/relief"
 * PROGRAMME_NAMES.dibao.zh //=> "最低生活保障"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const PROGRAMME_NAMES = {
  dibao: { zh: "最低生活保障", en: "minimum living guarantee (dibao)" },
  "dibao-single-person": { zh: "单人户最低生活保障", en: "dibao for one person on their own" },
  tekun: { zh: "特困人员救助供养", en: "support for people in extreme poverty (tekun)" },
  "dibao-edge": { zh: "低保边缘家庭", en: "dibao-edge household" },
  "rigid-expenditure": { zh: "刚性支出困难家庭", en: "household in hardship from rigid expenditure" },
  "temporary-assistance": { zh: "临时救助", en: "temporary assistance" },
  "gradual-exit": { zh: "低保渐退期", en: "dibao gradual exit" }
} as const satisfies Record<string, Bilingual>

/**
 * A programme.
 *
 * @example
 * ```ts
 * import type { Programme } from "@minzheng/relief"
 * const p: Programme = "tekun"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export type Programme = keyof typeof PROGRAMME_NAMES

/**
 * Kinds of amount terms.
 *
 * @example
 * ```ts
 * import type { AmountTermKind } from "@minzheng/relief"
 * const k: AmountTermKind = "gap"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export type AmountTermKind =
  | "gap"
  | "classified-increment"
  | "minimum-top-up"
  | "basic-living"
  | "care"
  | "temporary"
  | "gradual-exit"

/**
 * One term of an amount: what it is, whom it is for and how much. The terms of a determination
 * add up to its amount exactly.
 *
 * @example
 * ```ts
 * import type { AmountTerm } from "@minzheng/relief"
 * const sum = (terms: ReadonlyArray<AmountTerm>) => terms.reduce((s, t) => s + t.fen, 0)
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface AmountTerm {
  readonly kind: AmountTermKind
  readonly label: Bilingual
  readonly memberId: string | null
  /** The amount in 分 (exact integer). */
  readonly fen: number
  /** The amount as core `Money`. */
  readonly amount: Money
}

/**
 * The determination for one programme.
 *
 * @example
 * ```ts
 * import type { Determination } from "@minzheng/relief"
 * const monthly = (d: Determination) => (d.eligible && d.frequency === "monthly" ? d.amount.toString() : "0.00")
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface Determination {
  readonly programme: Programme
  readonly eligible: boolean
  /** Whom it covers: the household's counted members, or the one person. */
  readonly memberIds: ReadonlyArray<string>
  readonly frequency: "monthly" | "one-off" | "status"
  /** The amount in 分 (exact integer). */
  readonly fen: number
  /** The amount as core `Money` (zero when not eligible or a status only). */
  readonly amount: Money
  readonly terms: ReadonlyArray<AmountTerm>
  readonly startDate: IsoDate | null
  readonly nextRecheck: IsoDate | null
  readonly gradualExitEnd: IsoDate | null
  readonly approvalLevel: "township" | "county" | null
  readonly reasons: ReadonlyArray<Bilingual>
  readonly citations: ReadonlyArray<Citation>
  /** The explanation tree; `null` on the amount-only path. */
  readonly explanation: Explanation | null
  /**
   * `"unavailable"` when a parameter this programme reads is missing or ended for the region and
   * date: `eligible` is then `false`, the amount zero, and {@link Determination.failure} says why.
   */
  readonly status: "determined" | "unavailable"
  /** The typed failure of an unavailable programme: the problems of exactly the parameters it reads. */
  readonly failure: PolicyBundleIncomplete | null
  /** Bundle names of the parameters this determination used. */
  readonly parametersUsed: ReadonlyArray<string>
}

/** @internal */
export class Term implements AmountTerm {
  constructor(
    readonly kind: AmountTermKind,
    readonly label: Bilingual,
    readonly memberId: string | null,
    readonly fen: number
  ) {}
  get amount(): Money {
    return Money.fen(this.fen)
  }
  toJSON(): object {
    return { kind: this.kind, label: this.label, memberId: this.memberId, amount: formatFen(this.fen) }
  }
}

/** @internal */
export class DeterminationRecord implements Determination {
  constructor(
    readonly programme: Programme,
    readonly eligible: boolean,
    readonly memberIds: ReadonlyArray<string>,
    readonly frequency: "monthly" | "one-off" | "status",
    readonly fen: number,
    readonly terms: ReadonlyArray<AmountTerm>,
    readonly startDate: IsoDate | null,
    readonly nextRecheck: IsoDate | null,
    readonly gradualExitEnd: IsoDate | null,
    readonly approvalLevel: "township" | "county" | null,
    readonly reasons: ReadonlyArray<Bilingual>,
    readonly citations: ReadonlyArray<Citation>,
    readonly explanation: Explanation | null,
    readonly failure: PolicyBundleIncomplete | null = null
  ) {}
  /** Set once by `determine` after the rule ran. */
  parametersUsed: ReadonlyArray<string> = []
  get status(): "determined" | "unavailable" {
    return this.failure === null ? "determined" : "unavailable"
  }
  get amount(): Money {
    return Money.fen(this.fen)
  }
  toJSON(): object {
    return {
      programme: this.programme,
      status: this.status,
      ...(this.failure === null ? {} : { failure: { _tag: this.failure._tag, bundle: this.failure.bundle, problems: this.failure.problems } }),
      parametersUsed: this.parametersUsed,
      eligible: this.eligible,
      memberIds: this.memberIds,
      frequency: this.frequency,
      amount: formatFen(this.fen),
      terms: this.terms,
      startDate: this.startDate,
      nextRecheck: this.nextRecheck,
      gradualExitEnd: this.gradualExitEnd,
      approvalLevel: this.approvalLevel,
      reasons: this.reasons,
      citations: this.citations,
      explanation: this.explanation
    }
  }
}

/**
 * All determinations for one household, with the facts they share.
 *
 * @example
 * ```ts
 * import type { HouseholdDetermination } from "@minzheng/relief"
 * const dibao = (r: HouseholdDetermination) => r.determinations.find((d) => d.programme === "dibao")
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface HouseholdDetermination {
  readonly householdId: string
  readonly asOf: IsoDate
  readonly bundle: { readonly id: string; readonly version: string }
  readonly region: string
  readonly countedMemberIds: ReadonlyArray<string>
  /** Per-capita monthly counted income in 分 (rounded half-up for display; rules compare exactly). */
  readonly perCapitaIncomeFen: number
  readonly perCapitaIncome: Money
  readonly determinations: ReadonlyArray<Determination>
  /** The household-level explanation (members, income, assets); `null` on the amount-only path. */
  readonly explanation: Explanation | null
  /** Whether any parameter these determinations used is illustrative (see {@link HouseholdDetermination.illustrativeParameters}). */
  readonly illustrative: boolean
  /** The illustrative parameters these determinations used: `{ name, label }` with the Chinese label. */
  readonly illustrativeParameters: ReadonlyArray<UsedParameter>
  /** The carried-forward parameters these determinations used (沿用：原文期限已届满，尚未见新规定). */
  readonly carriedForwardParameters: ReadonlyArray<UsedParameter>
  /**
   * The monthly amount paid to this household in 分, each person counted once: the sum of the
   * eligible monthly determinations (低保 or 单人户, 特困, 渐退期). A person in 特困 support is
   * never also in the 低保 amount (see docs/relief.md), so this is the figure batch totals add.
   */
  readonly monthlyPaidFen: number
  /** How each member is named in Chinese text: name where given, else relationship (by member id). */
  readonly memberNames: Readonly<Record<string, string>>
}

/**
 * A parameter a determination used, by bundle name, with its Chinese and English label.
 *
 * @example
 * ```ts
 * import type { UsedParameter } from "@minzheng/relief"
 * const p: UsedParameter = { name: "tekun.basicLivingMultiplier", label: { zh: "特困人员基本生活标准（低保标准的倍数）", en: "tekun multiplier" } }
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface UsedParameter {
  readonly name: string
  readonly label: Bilingual
}

/**
 * The monthly payments of a household determination, each person once: the eligible monthly
 * determinations with whom they cover and how much — what a batch summary adds up.
 *
 * @example
 * ```ts
 * import { monthlyPayments, determine, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * monthlyPayments(determine(h, policy)).map((p) => [p.programme, p.fen]) //=> [["dibao", 105000]]
 * ```
 * @throws `InvalidInput` when given something other than a household determination
 * @category determinations
 * @since 0.1.0
 */
export const monthlyPayments = (
  result: HouseholdDetermination
): ReadonlyArray<{ readonly programme: Programme; readonly memberIds: ReadonlyArray<string>; readonly fen: number }> => {
  if (!isHouseholdDeterminationShape(result)) {
    throw new InvalidInput({ issues: [issue(["result"], "invalid_determination", "不是认定结果", "not a household determination")] })
  }
  return result.determinations.filter((d) => d.eligible && d.frequency === "monthly").map((d) => ({ programme: d.programme, memberIds: d.memberIds, fen: d.fen }))
}

/** @internal */
export class HouseholdDeterminationRecord implements HouseholdDetermination {
  constructor(
    readonly householdId: string,
    readonly asOf: IsoDate,
    readonly bundle: { readonly id: string; readonly version: string },
    readonly region: string,
    readonly countedMemberIds: ReadonlyArray<string>,
    readonly perCapitaIncomeFen: number,
    readonly determinations: ReadonlyArray<Determination>,
    readonly explanation: Explanation | null,
    readonly illustrativeParameters: ReadonlyArray<UsedParameter>,
    readonly carriedForwardParameters: ReadonlyArray<UsedParameter>,
    readonly monthlyPaidFen: number,
    readonly memberNames: Readonly<Record<string, string>>
  ) {}
  get illustrative(): boolean {
    return this.illustrativeParameters.length > 0
  }
  get perCapitaIncome(): Money {
    return Money.fen(this.perCapitaIncomeFen)
  }
  toJSON(): object {
    return {
      householdId: this.householdId,
      asOf: this.asOf,
      bundle: this.bundle,
      region: this.region,
      countedMemberIds: this.countedMemberIds,
      perCapitaIncome: formatFen(this.perCapitaIncomeFen),
      illustrative: this.illustrative,
      illustrativeParameters: this.illustrativeParameters,
      carriedForwardParameters: this.carriedForwardParameters,
      monthlyPaid: formatFen(this.monthlyPaidFen),
      determinations: this.determinations,
      explanation: this.explanation
    }
  }
}

/** Whether a value has the shape of a determination (for functions that accept one from outside). @internal */
export const isDeterminationShape = (d: unknown): d is Determination => {
  if (typeof d !== "object" || d === null) return false
  const x = d as Record<string, unknown>
  return (
    typeof x.programme === "string" &&
    Object.hasOwn(PROGRAMME_NAMES, x.programme) &&
    typeof x.eligible === "boolean" &&
    typeof x.fen === "number" &&
    Array.isArray(x.memberIds) &&
    Array.isArray(x.terms) &&
    x.terms.every((t) => typeof t === "object" && t !== null && typeof (t as AmountTerm).fen === "number" && typeof (t as AmountTerm).label?.zh === "string") &&
    Array.isArray(x.reasons) &&
    x.reasons.every((r) => typeof r === "object" && r !== null && typeof (r as Bilingual).zh === "string") &&
    Array.isArray(x.citations) &&
    x.citations.every((c) => typeof c === "object" && c !== null && typeof (c as Citation).document === "string")
  )
}

/** Whether a value has the shape of a household determination. @internal */
export const isHouseholdDeterminationShape = (r: unknown): r is HouseholdDetermination => {
  if (typeof r !== "object" || r === null) return false
  const x = r as Record<string, unknown>
  const bundle = x.bundle as { id?: unknown; version?: unknown } | null | undefined
  return (
    typeof x.householdId === "string" &&
    typeof x.asOf === "string" &&
    typeof bundle === "object" &&
    bundle !== null &&
    typeof x.perCapitaIncomeFen === "number" &&
    Array.isArray(x.countedMemberIds) &&
    Array.isArray(x.determinations) &&
    x.determinations.every(isDeterminationShape)
  )
}
