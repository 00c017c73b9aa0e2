/**
 * 认定结果 (determination): per programme, whether the household (or person) qualifies, the amount
 * with its terms as core `Money`, the dates that follow, and the explanation tree with citations.
 *
 * @module
 */
import { type AssistanceStatus, type Bilingual, type Citation, type Explanation, InvalidInput, type IsoDate, Money, type PolicyBundleIncomplete, issue } from "@minzheng/core"
import { formatFen } from "../internal/fen.js"
import { memberZh } from "../internal/names.js"
import type { Member } from "../household/member.js"

/**
 * Chinese and English names of the programmes a determination covers. A programme is a scheme of
 * help (最低生活保障); the status it gives a person (低保对象) is core's `ASSISTANCE_STATUS_NAMES`,
 * reached through {@link PROGRAMME_STATUSES} — the programme codes that name a status are spelt as
 * the status.
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
 * The social-assistance status (core's `ASSISTANCE_STATUS_NAMES`, the one definition relief and
 * care-assessment share) an eligible determination of each programme gives its members: 低保 (and
 * 单人户施保, and the 渐退期 still paid as 低保) makes a 低保对象, 特困 a 特困人员, and so on. The
 * programme codes that are statuses are the status codes themselves.
 *
 * @example
 * ```ts
 * import { PROGRAMME_STATUSES } from "@minzheng/relief"
 * import { ASSISTANCE_STATUS_NAMES } from "@minzheng/core"
 * ASSISTANCE_STATUS_NAMES[PROGRAMME_STATUSES["dibao-single-person"]].zh //=> "低保对象"
 * PROGRAMME_STATUSES["dibao-edge"] //=> "dibao-edge"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const PROGRAMME_STATUSES = {
  dibao: "dibao",
  "dibao-single-person": "dibao",
  tekun: "tekun",
  "dibao-edge": "dibao-edge",
  "rigid-expenditure": "rigid-expenditure",
  "temporary-assistance": "temporary-assistance",
  "gradual-exit": "dibao"
} as const satisfies Record<Programme, AssistanceStatus>

/**
 * Kinds of amount terms, Chinese and English names.
 *
 * @example
 * ```ts
 * import { AMOUNT_TERM_KIND_NAMES } from "@minzheng/relief"
 * AMOUNT_TERM_KIND_NAMES.gap.zh //=> "差额补助"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const AMOUNT_TERM_KIND_NAMES = {
  gap: { zh: "差额补助", en: "gap to the standard" },
  "classified-increment": { zh: "分类施保", en: "classified increment" },
  "minimum-top-up": { zh: "补足最低发放额", en: "top-up to the minimum payment" },
  "basic-living": { zh: "基本生活标准", en: "basic-living standard" },
  care: { zh: "照料护理标准", en: "care standard" },
  temporary: { zh: "临时救助金", en: "temporary assistance" },
  "gradual-exit": { zh: "渐退期低保金", en: "gradual-exit payment" }
} as const satisfies Record<string, Bilingual>

/**
 * Kinds of amount terms (the keys of {@link AMOUNT_TERM_KIND_NAMES}).
 *
 * @example
 * ```ts
 * import type { AmountTermKind } from "@minzheng/relief"
 * const k: AmountTermKind = "gap"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export type AmountTermKind = keyof typeof AMOUNT_TERM_KIND_NAMES

/**
 * How a determination is paid, Chinese and English names: each month, once, or not at all (a
 * status such as 低保边缘 that opens other help).
 *
 * @example
 * ```ts
 * import { FREQUENCY_NAMES } from "@minzheng/relief"
 * FREQUENCY_NAMES["one-off"].zh //=> "一次性发放"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const FREQUENCY_NAMES = {
  monthly: { zh: "按月发放", en: "monthly" },
  "one-off": { zh: "一次性发放", en: "one-off" },
  status: { zh: "身份认定（不发放资金）", en: "status only (no payment)" }
} as const satisfies Record<string, Bilingual>

/**
 * How a determination is paid (the keys of {@link FREQUENCY_NAMES}).
 *
 * @example
 * ```ts
 * import type { Frequency } from "@minzheng/relief"
 * const f: Frequency = "monthly"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export type Frequency = keyof typeof FREQUENCY_NAMES

/**
 * Who approves a payment, Chinese and English names (临时救助: within the township's limit the
 * township approves, above it the county).
 *
 * @example
 * ```ts
 * import { APPROVAL_LEVEL_NAMES } from "@minzheng/relief"
 * APPROVAL_LEVEL_NAMES.county.zh //=> "县级民政部门"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const APPROVAL_LEVEL_NAMES = {
  township: { zh: "乡镇人民政府（街道办事处）", en: "township government (street office)" },
  county: { zh: "县级民政部门", en: "county civil-affairs department" }
} as const satisfies Record<string, Bilingual>

/**
 * Who approves a payment (the keys of {@link APPROVAL_LEVEL_NAMES}).
 *
 * @example
 * ```ts
 * import type { ApprovalLevel } from "@minzheng/relief"
 * const a: ApprovalLevel = "township"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export type ApprovalLevel = keyof typeof APPROVAL_LEVEL_NAMES

/**
 * Whether a programme was determined, Chinese and English names: `unavailable` when a parameter it
 * reads is missing or ended.
 *
 * @example
 * ```ts
 * import { DETERMINATION_STATUS_NAMES } from "@minzheng/relief"
 * DETERMINATION_STATUS_NAMES.unavailable.zh //=> "无法认定"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const DETERMINATION_STATUS_NAMES = {
  determined: { zh: "已认定", en: "determined" },
  unavailable: { zh: "无法认定", en: "cannot be determined" }
} as const satisfies Record<string, Bilingual>

/**
 * Whether a programme was determined (the keys of {@link DETERMINATION_STATUS_NAMES}).
 *
 * @example
 * ```ts
 * import type { DeterminationStatus } from "@minzheng/relief"
 * const s: DeterminationStatus = "determined"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export type DeterminationStatus = keyof typeof DETERMINATION_STATUS_NAMES

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
export interface Determination<P extends Programme = Programme, X extends Explanation | null = Explanation | null> {
  readonly programme: P
  readonly eligible: boolean
  /** Whom it covers: the household's counted members, or the one person. */
  readonly memberIds: ReadonlyArray<string>
  readonly frequency: Frequency
  /** The amount in 分 (exact integer). */
  readonly fen: number
  /** The amount as core `Money` (zero when not eligible or a status only). */
  readonly amount: Money
  readonly terms: ReadonlyArray<AmountTerm>
  readonly startDate: IsoDate | null
  readonly nextRecheck: IsoDate | null
  readonly gradualExitEnd: IsoDate | null
  readonly approvalLevel: ApprovalLevel | null
  readonly reasons: ReadonlyArray<Bilingual>
  readonly citations: ReadonlyArray<Citation>
  /**
   * The explanation tree; `null` on the amount-only path (`explain: false`). Its type follows the
   * option: `determine(h, p)` gives `Explanation`, `{ explain: false }` gives `null`.
   */
  readonly explanation: X
  /**
   * `"unavailable"` when a parameter this programme reads is missing or ended for the region and
   * date: `eligible` is then `false`, the amount zero, and {@link Determination.failure} says why.
   */
  readonly status: DeterminationStatus
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
    readonly frequency: Frequency,
    readonly fen: number,
    readonly terms: ReadonlyArray<AmountTerm>,
    readonly startDate: IsoDate | null,
    readonly nextRecheck: IsoDate | null,
    readonly gradualExitEnd: IsoDate | null,
    readonly approvalLevel: ApprovalLevel | null,
    readonly reasons: ReadonlyArray<Bilingual>,
    readonly citations: ReadonlyArray<Citation>,
    readonly explanation: Explanation | null,
    readonly failure: PolicyBundleIncomplete | null = null
  ) {}
  /** Set once by `determine` after the rule ran. */
  parametersUsed: ReadonlyArray<string> = []
  get status(): DeterminationStatus {
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
 * The determinations of one household by programme: typed access to what
 * {@link HouseholdDetermination.determinations} lists (the same objects, never copies).
 *
 * - `dibao`, `tekun` (for the applicant), `dibaoEdge` and `rigidExpenditure` are always there —
 *   determined, not eligible, or `status: "unavailable"` with the typed failure;
 * - `dibaoSinglePerson` lists the 单人户施保 determinations, one per member who may be covered on
 *   their own (only when the household is not in 低保): empty when there is none;
 * - `temporaryAssistance` is there only when the household gave an incident, `gradualExit` only
 *   when it is leaving 低保 (`previous`): `undefined` means the programme was not asked about.
 *
 * @example
 * ```ts
 * import type { ProgrammeDeterminations } from "@minzheng/relief"
 * const dibaoYuan = (p: ProgrammeDeterminations) => p.dibao.amount.toString()
 * const temporaryYuan = (p: ProgrammeDeterminations) => p.temporaryAssistance?.amount.toString() ?? "0.00"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface ProgrammeDeterminations<X extends Explanation | null = Explanation | null> {
  /** 低保 of the household (always there). */
  readonly dibao: Determination<"dibao", X>
  /** 特困 for the applicant (always there). */
  readonly tekun: Determination<"tekun", X>
  /** 低保边缘家庭 (always there). */
  readonly dibaoEdge: Determination<"dibao-edge", X>
  /** 刚性支出困难家庭 (always there). */
  readonly rigidExpenditure: Determination<"rigid-expenditure", X>
  /** 单人户施保, one per member who may be covered alone; empty when there is none. */
  readonly dibaoSinglePerson: ReadonlyArray<Determination<"dibao-single-person", X>>
  /** 临时救助, when the household gave an incident; `undefined` when it did not. */
  readonly temporaryAssistance?: Determination<"temporary-assistance", X>
  /** 低保渐退期, when the household is leaving 低保; `undefined` when it is not. */
  readonly gradualExit?: Determination<"gradual-exit", X>
}

/**
 * The key of each programme in {@link ProgrammeDeterminations} (camelCase, as data keys are).
 *
 * @example
 * ```ts
 * import { PROGRAMME_KEYS } from "@minzheng/relief"
 * PROGRAMME_KEYS["dibao-edge"] //=> "dibaoEdge"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const PROGRAMME_KEYS = {
  dibao: "dibao",
  "dibao-single-person": "dibaoSinglePerson",
  tekun: "tekun",
  "dibao-edge": "dibaoEdge",
  "rigid-expenditure": "rigidExpenditure",
  "temporary-assistance": "temporaryAssistance",
  "gradual-exit": "gradualExit"
} as const satisfies Record<Programme, keyof ProgrammeDeterminations>

/**
 * The by-programme view of a list of determinations (the list stays the one source: the view
 * holds the same objects). @internal
 */
export const programmesOf = (determinations: ReadonlyArray<Determination>): ProgrammeDeterminations => {
  const single: Array<Determination<"dibao-single-person">> = []
  const one: Partial<Record<Programme, Determination>> = {}
  for (const d of determinations) {
    if (d.programme === "dibao-single-person") single.push(d as Determination<"dibao-single-person">)
    else if (one[d.programme] === undefined) one[d.programme] = d
  }
  const must = <P extends Programme>(p: P): Determination<P> => {
    const d = one[p]
    if (d === undefined) throw new InvalidInput({ issues: [issue(["determinations"], "missing_programme", `认定结果缺少${PROGRAMME_NAMES[p].zh}`, `the determinations lack ${p}`)] })
    return d as Determination<P>
  }
  return {
    dibao: must("dibao"),
    tekun: must("tekun"),
    dibaoEdge: must("dibao-edge"),
    rigidExpenditure: must("rigid-expenditure"),
    dibaoSinglePerson: single,
    ...(one["temporary-assistance"] === undefined ? {} : { temporaryAssistance: one["temporary-assistance"] as Determination<"temporary-assistance"> }),
    ...(one["gradual-exit"] === undefined ? {} : { gradualExit: one["gradual-exit"] as Determination<"gradual-exit"> })
  }
}

/**
 * All determinations for one household, with the facts they share.
 *
 * @example
 * ```ts
 * import type { HouseholdDetermination } from "@minzheng/relief"
 * const dibaoYuan = (r: HouseholdDetermination) => r.programmes.dibao.amount.toString()
 * const tekunEligible = (r: HouseholdDetermination) => r.programmes.tekun.eligible
 * ```
 * @category determinations
 * @since 0.1.0
 */
export interface HouseholdDetermination<X extends Explanation | null = Explanation | null> {
  readonly householdId: string
  readonly asOf: IsoDate
  readonly bundle: { readonly id: string; readonly version: string }
  readonly region: string
  readonly countedMemberIds: ReadonlyArray<string>
  /** Per-capita monthly counted income in 分 (rounded half-up for display; rules compare exactly). */
  readonly perCapitaIncomeFen: number
  readonly perCapitaIncome: Money
  /** Every determination, in determination order: 低保 first, then 单人户施保 (if any), 特困, 低保边缘, 刚性支出, 临时救助 and 渐退期 (when asked). */
  readonly determinations: ReadonlyArray<Determination<Programme, X>>
  /**
   * The same determinations by programme, typed (`programmes.dibao`, `programmes.tekun`, …): a view
   * of {@link HouseholdDetermination.determinations}, holding the same objects. Not part of the
   * JSON form (`determinations` is).
   */
  readonly programmes: ProgrammeDeterminations<X>
  /**
   * The household-level explanation (members, income, assets); `null` on the amount-only path
   * (its type follows the `explain` option, as {@link Determination.explanation}'s does).
   */
  readonly explanation: X
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
 * import { monthlyPayments, determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * monthlyPayments(determineUnsafe(h, policy)).map((p) => [p.programme, p.fen]) //=> [["dibao", 105000]]
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
    members: ReadonlyArray<Pick<Member, "id" | "name" | "relationship">>
  ) {
    this.#members = members
  }
  // The members, named on first use (most results are never printed as text).
  readonly #members: ReadonlyArray<Pick<Member, "id" | "name" | "relationship">>
  #memberNames: Readonly<Record<string, string>> | undefined
  get memberNames(): Readonly<Record<string, string>> {
    if (this.#memberNames === undefined) {
      const names: Record<string, string> = {}
      for (const m of this.#members) names[m.id] = memberZh(m)
      this.#memberNames = names
    }
    return this.#memberNames
  }
  #programmes: ProgrammeDeterminations | undefined
  get programmes(): ProgrammeDeterminations {
    this.#programmes ??= programmesOf(this.determinations)
    return this.#programmes
  }
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
