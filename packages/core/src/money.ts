/**
 * Money (金额) in 元, on decimal.js. Constructed only from strings or whole 分, never from a
 * float; every rounding says its unit (分, 角, 元) and its mode; allocation of a sum over shares
 * uses the largest-remainder method so the parts always add up to the whole exactly.
 *
 * @module
 */
import { brandOf, hasBrand, markPrototype } from "./internal/brand.js"
import { Decimal } from "decimal.js"
import * as z from "zod/mini"
import { issue } from "./decode.js"
import { InvalidInput } from "./errors.js"

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 })
type Dec = InstanceType<typeof D>

const YUAN_PATTERN = /^-?\d{1,15}(\.\d{1,10})?$/

/**
 * The unit a rounding goes to: 分 (0.01), 角 (0.1) or 元 (1).
 *
 * @example
 * ```ts
 * import type { MoneyUnit } from "@minzheng/core"
 * const unit: MoneyUnit = "fen"
 * ```
 * @category models
 * @since 0.1.0
 */
export type MoneyUnit = "fen" | "jiao" | "yuan"

/**
 * A rounding mode: 四舍五入 `half-up` (the default in Chinese administrative practice), 向上取整
 * `up` (away from zero), 向下取整 `down` (toward zero), banker's `half-even`.
 *
 * @example
 * ```ts
 * import type { RoundingMode } from "@minzheng/core"
 * const mode: RoundingMode = "half-up"
 * ```
 * @category models
 * @since 0.1.0
 */
export type RoundingMode = "half-up" | "up" | "down" | "half-even"

/**
 * The rounding modes with their Chinese and English names.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODE_NAMES } from "@minzheng/core"
 * ROUNDING_MODE_NAMES.up.zh //=> "进位（向上取整）"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const ROUNDING_MODE_NAMES = {
  "half-up": { zh: "四舍五入", en: "round half up" },
  up: { zh: "进位（向上取整）", en: "round up (away from zero)" },
  down: { zh: "舍去（向下取整）", en: "round down (toward zero)" },
  "half-even": { zh: "四舍六入五成双", en: "round half to even" }
} as const satisfies Record<RoundingMode, { readonly zh: string; readonly en: string }>

/**
 * The units money can be rounded to, with their Chinese and English names.
 *
 * @example
 * ```ts
 * import { MONEY_UNIT_NAMES } from "@minzheng/core"
 * MONEY_UNIT_NAMES.fen.zh //=> "分"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const MONEY_UNIT_NAMES = {
  fen: { zh: "分", en: "fen (0.01 yuan)" },
  jiao: { zh: "角", en: "jiao (0.1 yuan)" },
  yuan: { zh: "元", en: "yuan" }
} as const satisfies Record<MoneyUnit, { readonly zh: string; readonly en: string }>

const DP: Record<MoneyUnit, number> = { fen: 2, jiao: 1, yuan: 0 }
const MODE: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  "half-even": Decimal.ROUND_HALF_EVEN
}

/**
 * A rounding rule: unit and mode.
 *
 * @example
 * ```ts
 * import type { Rounding } from "@minzheng/core"
 * const toYuanUp: Rounding = { unit: "yuan", mode: "up" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Rounding {
  readonly unit: MoneyUnit
  readonly mode: RoundingMode
}

const unitPlaces = (u: unknown): number | undefined => (typeof u === "string" && Object.hasOwn(DP, u) ? DP[u as MoneyUnit] : undefined)
const roundingMode = (u: unknown): Decimal.Rounding | undefined =>
  typeof u === "string" && Object.hasOwn(MODE, u) ? MODE[u as RoundingMode] : undefined

const badMoney = (path: string, zh: string, en: string) => new InvalidInput({ issues: [issue([path], "invalid_money", zh, en)] })

const FACTOR_PATTERN = /^-?\d{1,30}(\.\d{1,20})?$/

const toDecimal = (u: unknown, path: string): Dec => {
  if (u instanceof Money) return u.decimal as Dec
  if (typeof u === "string" && FACTOR_PATTERN.test(u)) return new D(u)
  if (typeof u === "number" && Number.isSafeInteger(u)) return new D(u)
  if (u instanceof Decimal) {
    if (u.isFinite()) return new D(u)
  }
  throw badMoney(path, "应为十进制字符串（如 \"12.50\"）或整数", "expected a decimal string (e.g. \"12.50\") or an integer")
}

const MONEY_BRAND = brandOf("Money")

/**
 * An amount of money in 元, exact (decimal.js). Immutable.
 *
 * @example
 * ```ts
 * import { Money } from "@minzheng/core"
 * const standard = Money.yuan("1050.00")
 * const gap = standard.minus(Money.yuan("650.35"))
 * gap.toString() //=> "399.65"
 * gap.format() //=> "399.65 元"
 * ```
 * @category models
 * @since 0.1.0
 */
export class Money {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, MONEY_BRAND)
  }

  /** The exact value in 元. */
  readonly decimal: Decimal

  private constructor(d: Decimal) {
    this.decimal = d
  }

  /**
   * Money from a decimal string in 元 (`"1050"`, `"1050.5"`, `"-3.25"`).
   *
   * @throws {@link InvalidInput} for anything but a plain decimal string
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1050.5").toString() //=> "1050.50"
   * ```
   */
  static yuan(amount: string): Money {
    if (typeof amount !== "string" || !YUAN_PATTERN.test(amount)) {
      throw badMoney("amount", "金额应为十进制字符串（单位：元），如 \"1050.00\"", "an amount must be a decimal string in 元, e.g. \"1050.00\"")
    }
    return new Money(new D(amount))
  }

  /**
   * Money from a whole number of 分.
   *
   * @throws {@link InvalidInput} for a non-integer
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.fen(105050).toString() //=> "1050.50"
   * ```
   */
  static fen(fen: number | bigint): Money {
    if (typeof fen === "bigint") return new Money(new D(fen.toString()).div(100))
    if (typeof fen !== "number" || !Number.isSafeInteger(fen)) {
      throw badMoney("fen", "分 必须是整数", "分 must be a whole number")
    }
    return new Money(new D(fen).div(100))
  }

  /**
   * Money from an exact decimal.js value (for values computed with decimal.js).
   *
   * @throws {@link InvalidInput} for a non-finite value
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * import { Decimal } from "decimal.js"
   * Money.fromDecimal(new Decimal("12.345")).round({ unit: "fen", mode: "half-up" }).toString() //=> "12.35"
   * ```
   */
  static fromDecimal(d: Decimal): Money {
    return new Money(toDecimal(d, "amount"))
  }

  /**
   * Money from a whole number of units of 10^-places 元 (2 = 分, 1 = 角, 0 = 元).
   *
   * @throws {@link InvalidInput} for a non-integer count or places other than 0, 1, 2
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.fromUnits(105, 1).toString() //=> "10.50"
   * ```
   */
  static fromUnits(units: number, places: 0 | 1 | 2 | number): Money {
    if (!Number.isSafeInteger(units) || (places !== 0 && places !== 1 && places !== 2)) {
      throw badMoney("units", "单位数必须是整数，小数位为 0、1 或 2", "units must be an integer and places 0, 1 or 2")
    }
    return new Money(places === 0 ? new D(units) : new D(units).div(places === 1 ? 10 : 100))
  }

  /** Zero 元. */
  static readonly zero: Money = new Money(new D(0))

  /**
   * Whether a value is a Money.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.isMoney(Money.zero) //=> true
   * ```
   */
  static isMoney(u: unknown): u is Money {
    return u instanceof Money
  }

  /**
   * The sum of amounts (zero for none).
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.sum([Money.yuan("1.10"), Money.yuan("2.20")]).toString() //=> "3.30"
   * ```
   */
  static sum(amounts: Iterable<Money>): Money {
    if (typeof amounts !== "object" || amounts === null || typeof (amounts as Partial<Iterable<Money>>)[Symbol.iterator] !== "function") {
      throw badMoney("amounts", "应为金额列表", "expected a list of amounts")
    }
    let total = new D(0)
    for (const a of amounts) total = total.plus(toDecimal(a, "amounts"))
    return new Money(total)
  }

  /**
   * Adds an amount.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1.10").plus(Money.yuan("2.20")).toString() //=> "3.30"
   * ```
   */
  plus(other: Money): Money {
    return new Money(this.decimal.plus(toDecimal(other, "other")))
  }

  /**
   * Subtracts an amount.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("3.30").minus(Money.yuan("2.20")).toString() //=> "1.10"
   * ```
   */
  minus(other: Money): Money {
    return new Money(this.decimal.minus(toDecimal(other, "other")))
  }

  /**
   * Multiplies by an exact factor (a decimal string, an integer or a Decimal). The result is
   * exact; round it explicitly.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1050").times("1.3").toString() //=> "1365.00"
   * ```
   */
  times(factor: string | number | Decimal): Money {
    return new Money(this.decimal.times(toDecimal(factor, "factor")))
  }

  /**
   * Divides by an exact divisor and rounds as told (division is the one operation that needs a
   * rounding to stay exact).
   *
   * @throws {@link InvalidInput} when dividing by zero
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("100").dividedBy(3, { unit: "fen", mode: "half-up" }).toString() //=> "33.33"
   * ```
   */
  dividedBy(divisor: string | number | Decimal, rounding: Rounding): Money {
    const d = toDecimal(divisor, "divisor")
    if (d.isZero()) throw badMoney("divisor", "除数不能为零", "cannot divide by zero")
    return new Money(this.decimal.div(d)).round(rounding)
  }

  /**
   * Rounds to 分, 角 or 元 with the given mode.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("399.65").round({ unit: "yuan", mode: "up" }).toString() //=> "400.00"
   * Money.yuan("399.45").round({ unit: "jiao", mode: "half-up" }).toString() //=> "399.50"
   * ```
   */
  round(rounding: Rounding): Money {
    const r = typeof rounding === "object" && rounding !== null ? rounding : undefined
    const dp = unitPlaces(r?.unit)
    const mode = roundingMode(r?.mode)
    if (dp === undefined || mode === undefined) {
      throw badMoney("rounding", "舍入规则应为 { unit: fen|jiao|yuan, mode: half-up|up|down|half-even }", "rounding must be { unit: fen|jiao|yuan, mode: half-up|up|down|half-even }")
    }
    return new Money(this.decimal.toDecimalPlaces(dp, mode))
  }

  /** The larger of two amounts. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1").max(Money.yuan("2")).toString() //=> "2.00"
   * ```
   */
  max(other: Money): Money {
    return this.compare(other) >= 0 ? this : other
  }

  /** The smaller of two amounts. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1").min(Money.yuan("2")).toString() //=> "1.00"
   * ```
   */
  min(other: Money): Money {
    return this.compare(other) <= 0 ? this : other
  }

  /**
   * Compares: -1, 0 or 1.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1.00").compare(Money.yuan("1")) //=> 0
   * ```
   */
  compare(other: Money): -1 | 0 | 1 {
    return this.decimal.comparedTo(toDecimal(other, "other")) as -1 | 0 | 1
  }

  /** Whether equal in value. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1.0").equals(Money.fen(100)) //=> true
   * ```
   */
  equals(other: Money): boolean {
    return this.compare(other) === 0
  }

  /** Less than. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1").lessThan(Money.yuan("2")) //=> true
   * ```
   */
  lessThan(other: Money): boolean {
    return this.compare(other) < 0
  }

  /** Less than or equal. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("2").lessThanOrEqual(Money.yuan("2")) //=> true
   * ```
   */
  lessThanOrEqual(other: Money): boolean {
    return this.compare(other) <= 0
  }

  /** Greater than. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("2").greaterThan(Money.yuan("1")) //=> true
   * ```
   */
  greaterThan(other: Money): boolean {
    return this.compare(other) > 0
  }

  /** Greater than or equal. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("2").greaterThanOrEqual(Money.yuan("2")) //=> true
   * ```
   */
  greaterThanOrEqual(other: Money): boolean {
    return this.compare(other) >= 0
  }

  /** Whether zero. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.zero.isZero() //=> true
   * ```
   */
  isZero(): boolean {
    return this.decimal.isZero()
  }

  /** Whether below zero. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("-0.01").isNegative() //=> true
   * ```
   */
  isNegative(): boolean {
    return this.decimal.isNegative() && !this.decimal.isZero()
  }

  /** Whether the amount is a whole number of 分. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1.005").isWholeFen() //=> false
   * ```
   */
  isWholeFen(): boolean {
    return this.decimal.times(100).isInteger()
  }

  /**
   * The amount in whole 分 (rounded half-up if it is not whole).
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("12.34").toFen() //=> 1234
   * ```
   */
  toFen(): number {
    return this.decimal.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
  }

  /**
   * The amount in 元 with (at least) two decimals: `"1050.00"`; more decimals when the amount is
   * not yet rounded.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1050").toString() //=> "1050.00"
   * Money.yuan("1.005").toString() //=> "1.005"
   * ```
   */
  toString(): string {
    return this.decimal.decimalPlaces() <= 2 ? this.decimal.toFixed(2) : this.decimal.toFixed()
  }

  /** JSON form: the string of {@link Money.toString}. @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * JSON.stringify({ amount: Money.yuan("5") }) //=> "{\"amount\":\"5.00\"}"
   * ```
   */
  toJSON(): string {
    return this.toString()
  }

  /**
   * For display: `"1,050.00 元"` with thousands separators, or `"¥1,050.00"` with `style: "symbol"`.
   *
   * @example
   * ```ts
   * import { Money } from "@minzheng/core"
   * Money.yuan("1050").format() //=> "1,050.00 元"
   * Money.yuan("1050").format({ style: "symbol" }) //=> "¥1,050.00"
   * ```
   */
  format(options: { readonly style?: "yuan" | "symbol" } = {}): string {
    const fixed = this.toString()
    const negative = fixed.startsWith("-")
    const [int = "0", frac] = (negative ? fixed.slice(1) : fixed).split(".")
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
    const body = `${negative ? "-" : ""}${options.style === "symbol" ? "¥" : ""}${grouped}${frac === undefined ? "" : `.${frac}`}`
    return options.style === "symbol" ? body : `${body} 元`
  }
}
markPrototype(Money, MONEY_BRAND)

/**
 * Zod schema of an amount given as a decimal string in 元; decodes to {@link Money}.
 *
 * @example
 * ```ts
 * import { Money, MoneySchema } from "@minzheng/core"
 * MoneySchema.parse("1050.00").toString() //=> "1050.00"
 * MoneySchema.parse(Money.yuan("30")).toString() //=> "30.00"
 * MoneySchema.safeParse(1050.0).success //=> false (a float is never money)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MoneySchema: z.ZodMiniType<Money, MoneyInput> = z.pipe(
  z
    .custom<MoneyInput>((u) => Money.isMoney(u) || (typeof u === "string" && YUAN_PATTERN.test(u)), {
      params: { zh: "金额应为十进制字符串（单位：元），如 \"1050.00\"", en: "an amount must be a decimal string in 元, e.g. \"1050.00\"" }
    })
    // in JSON (where a Money object cannot occur) an amount is the decimal string
    .register(z.globalRegistry, { type: "string", pattern: YUAN_PATTERN.source, description: "金额（元）十进制字符串 / amount in yuan as a decimal string" }),
  z.transform((u: MoneyInput) => (Money.isMoney(u) ? u : Money.yuan(u)))
)

/**
 * Money as every function of minzheng accepts it: a {@link Money}, or a decimal string in 元
 * (`"1050.00"`, `"-3.5"`). Never a float: `0.1 + 0.2` is not money.
 *
 * @example
 * ```ts
 * import { decode, Money, MoneySchema, Result, type MoneyInput } from "@minzheng/core"
 * const a: MoneyInput = "1050.00"
 * const b: MoneyInput = Money.yuan("1050.00")
 * Result.getOrThrow(decode(MoneySchema, a)).equals(Result.getOrThrow(decode(MoneySchema, b))) //=> true
 * ```
 * @category money
 * @since 0.1.0
 */
export type MoneyInput = Money | string

/**
 * Splits a total over weights by the largest-remainder method (最大余数法), in whole units of
 * `unit` (分 by default): each part first gets its floor share, then the units left over go one
 * each to the largest remainders; ties go to the earlier index. The parts always sum to the total
 * exactly, and a zero weight always gets zero.
 *
 * @param total - a non-negative amount, whole in `unit`
 * @param weights - non-negative exact weights (decimal strings, integers or Decimals), not all zero
 * @throws {@link InvalidInput} listing every problem (negative or non-decimal weights, all zero,
 * a total not whole in `unit`)
 * @example
 * ```ts
 * import { allocate, Money } from "@minzheng/core"
 * allocate(Money.yuan("100.00"), [1, 1, 1]).map(String) //=> ["33.34", "33.33", "33.33"]
 * allocate(Money.yuan("10.00"), ["0.3", "0.7"]).map(String) //=> ["3.00", "7.00"]
 * ```
 * @category allocation
 * @since 0.1.0
 */
export const allocate = (total: Money, weights: ReadonlyArray<string | number | Decimal>, unit: MoneyUnit = "fen"): Array<Money> => {
  const issues = []
  if (!(total instanceof Money)) {
    issues.push(issue(["total"], "invalid_money", "总额应为 Money", "total must be a Money"))
  }
  const dp = unitPlaces(unit)
  if (dp === undefined) issues.push(issue(["unit"], "invalid_unit", "单位应为 fen、jiao 或 yuan", "unit must be fen, jiao or yuan"))
  if (!Array.isArray(weights) || weights.length === 0) {
    issues.push(issue(["weights"], "empty", "权重不能为空", "weights must be a non-empty array"))
  }
  const ws: Dec[] = []
  if (Array.isArray(weights)) {
    // At most 100 weight problems are listed (then a count): a list of a million bad weights is
    // refused as fast as a short one.
    let bad = 0
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]
      try {
        if (bad >= 100 && !(typeof w === "string" || typeof w === "number" || w instanceof D)) {
          bad++
          continue
        }
        const d = toDecimal(w, "weights")
        if (d.isNegative() && !d.isZero()) {
          if (++bad <= 100) issues.push(issue(["weights", i], "negative", "权重不能为负数", "a weight cannot be negative"))
        }
        ws.push(d)
      } catch {
        if (++bad <= 100) issues.push(issue(["weights", i], "invalid_weight", "权重应为十进制字符串或整数", "a weight must be a decimal string or an integer"))
      }
    }
    if (bad > 100) issues.push(issue(["weights"], "more_invalid", `另有 ${bad - 100} 个权重有误`, `${bad - 100} more weights are invalid`))
  }
  const scale = new D(10).pow(dp ?? 2)
  if (total instanceof Money) {
    if (total.isNegative()) issues.push(issue(["total"], "negative", "总额不能为负数", "the total cannot be negative"))
    if (dp !== undefined && !total.decimal.times(scale).isInteger()) {
      issues.push(issue(["total"], "not_whole_unit", "总额必须是分配单位的整数倍", "the total must be a whole number of the allocation unit"))
    }
  }
  const weightSum = ws.reduce((a, b) => a.plus(b), new D(0))
  if (issues.length === 0 && weightSum.isZero()) issues.push(issue(["weights"], "all_zero", "权重不能全为零", "the weights cannot all be zero"))
  if (issues.length > 0) throw new InvalidInput({ issues })
  // Exact integer arithmetic: weights scaled to integers, shares as (units × w) / Σw with integer
  // floor and remainder. Plain numbers while every product stays below 2^53, BigInt beyond.
  const places = ws.reduce((p, w) => Math.max(p, w.decimalPlaces()), 0)
  const wScale = new D(10).pow(places)
  const intWeights = ws.map((w) => w.times(wScale))
  const units = total.decimal.times(scale)
  const sumW = intWeights.reduce((a, b) => a.plus(b), new D(0))
  const maxW = intWeights.reduce((a, b) => (b.greaterThan(a) ? b : a), new D(0))
  const order = Array.from({ length: intWeights.length }, (_, i) => i)
  if (units.times(maxW).lessThanOrEqualTo(Number.MAX_SAFE_INTEGER) && sumW.lessThanOrEqualTo(Number.MAX_SAFE_INTEGER)) {
    const shares = allocateNumbers(units.toNumber(), intWeights.map((w) => w.toNumber()), sumW.toNumber())
    return shares.map((f) => Money.fromUnits(f, dp ?? 2))
  }
  const u = BigInt(units.toFixed(0))
  const s = BigInt(sumW.toFixed(0))
  const floors: bigint[] = []
  const rems: bigint[] = []
  let left = u
  for (const w of intWeights) {
    const p = u * BigInt(w.toFixed(0))
    const f = p / s
    floors.push(f)
    rems.push(p - f * s)
    left -= f
  }
  order.sort((a, b) => {
    const ra = rems[a] as bigint
    const rb = rems[b] as bigint
    return ra === rb ? a - b : ra > rb ? -1 : 1
  })
  for (let k = 0n; k < left; k++) {
    const i = order[Number(k)] as number
    floors[i] = (floors[i] as bigint) + 1n
  }
  return floors.map((f) => Money.fromDecimal(new D(f.toString()).div(scale)))
}

// Largest remainder on safe integers: floors by exact integer division (p and sum below 2^53, the
// float quotient corrected by one where needed), leftovers to the largest remainders, ties to the
// earlier index.
const allocateNumbers = (units: number, weights: ReadonlyArray<number>, sum: number): Array<number> => {
  const n = weights.length
  const out = new Array<number>(n)
  const rem = new Float64Array(n)
  let left = units
  for (let i = 0; i < n; i++) {
    const p = units * (weights[i] as number)
    let f = Math.floor(p / sum)
    if (f * sum > p) f--
    else if ((f + 1) * sum <= p) f++
    out[i] = f
    rem[i] = p - f * sum
    left -= f
  }
  if (left > 0) {
    const idx = new Int32Array(n)
    let count = 0
    for (let i = 0; i < n; i++) if ((rem[i] as number) > 0) idx[count++] = i
    const candidates = idx.subarray(0, count)
    candidates.sort((a, b) => (rem[b] as number) - (rem[a] as number) || a - b)
    for (let k = 0; k < left; k++) {
      const i = candidates[k] as number
      out[i] = (out[i] as number) + 1
    }
  }
  return out
}

/**
 * The largest-remainder method on plain integers: splits `units` (e.g. a fund in 分) over
 * non-negative integer weights (e.g. points), for callers that work in whole units at scale (a
 * city-wide payout over 286,000 people). Same result as {@link allocate}, without a decimal value
 * per element: the parts sum to `units` exactly; ties go to the earlier index.
 *
 * @param units - a non-negative safe integer
 * @param weights - non-negative safe integers, not all zero; every `units × weight` must stay below
 * 2^53 (use {@link allocate} with Money for larger figures)
 * @throws {@link InvalidInput} listing every problem
 * @example
 * ```ts
 * import { allocateUnits } from "@minzheng/core"
 * allocateUnits(10_000, [1, 1, 1]) //=> [3334, 3333, 3333]
 * allocateUnits(10, [1, 2]) //=> [3, 7]
 * ```
 * @category allocation
 * @since 0.1.0
 */
export const allocateUnits = (units: number, weights: ReadonlyArray<number>): Array<number> => {
  const issues = []
  if (!Number.isSafeInteger(units) || units < 0) issues.push(issue(["units"], "invalid_units", "应为非负整数", "expected a non-negative integer"))
  let sum = 0
  let max = 0
  if (!Array.isArray(weights) || weights.length === 0) {
    issues.push(issue(["weights"], "empty", "权重不能为空", "weights must be a non-empty array"))
  } else {
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] as unknown
      if (typeof w !== "number" || !Number.isSafeInteger(w) || w < 0) {
        issues.push(issue(["weights", i], "invalid_weight", "权重应为非负整数", "a weight must be a non-negative integer"))
        continue
      }
      sum += w
      if (w > max) max = w
    }
  }
  if (issues.length === 0 && sum === 0) issues.push(issue(["weights"], "all_zero", "权重不能全为零", "the weights cannot all be zero"))
  if (issues.length === 0 && (!Number.isSafeInteger(sum) || !Number.isSafeInteger(units * max))) {
    issues.push(issue(["weights"], "too_large", "数值过大：请改用 allocate（Money）", "figures too large for plain integers: use allocate with Money"))
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
  return allocateNumbers(units, weights, sum)
}
