/**
 * Exact integer 分 arithmetic for the inner loop. Money values cross the public boundary as core
 * `Money`; inside a determination every amount is a whole number of 分 (safe integers) and every
 * ratio an exact rational, because constructing a decimal.js `Money` costs ≈ 0.5 µs (measured:
 * `Money.fen` 485 ns, `Money.yuan` 610 ns on the bench machine) and a determination needs a dozen.
 *
 * @internal
 * @module
 */
import type { RoundingMode } from "@minzheng/core"

const YUAN = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/

/** 元 decimal string with at most two decimals → 分, or `undefined` when not whole 分. */
export const parseFen = (s: string): number | undefined => {
  const m = YUAN.exec(s)
  if (m === null) return undefined
  const frac = m[3] === undefined ? 0 : m[3].length === 1 ? Number(m[3]) * 10 : Number(m[3])
  const v = Number(m[2]) * 100 + frac
  return m[1] === "-" ? -v : v
}

/** Fast path for validated amounts (no regex): digits, optional dot, up to two decimals. */
export const fenOf = (s: string): number => {
  let neg = false
  let i = 0
  let whole = 0
  let frac = 0
  let fracDigits = 0
  let seenDot = false
  if (s.charCodeAt(0) === 45) {
    neg = true
    i = 1
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 46) {
      seenDot = true
      continue
    }
    if (seenDot) {
      frac = frac * 10 + (c - 48)
      fracDigits++
    } else whole = whole * 10 + (c - 48)
  }
  const v = whole * 100 + (fracDigits === 1 ? frac * 10 : frac)
  return neg ? -v : v
}

// formatFen's cache: explanation trees show the same few amounts (the standard, the household's
// total, zero) several times per household; a direct-mapped table of recent values saves
// rebuilding the string each time. 1024 slots: with 256, a household's own amounts (≈ 5) evicted
// the policy's (the standard, zero) often enough that 8.4 of 17 look-ups per explained
// determination missed (measured on the bench households); the values of one household are still
// long gone after a few hundred others, so a run of distinct households gains nothing it should not.
const CACHE_SIZE = 1024
const cachedFen: number[] = new Array<number>(CACHE_SIZE).fill(Number.NaN)
const cachedText: string[] = new Array<string>(CACHE_SIZE).fill("")

/** 分 → `"1050.00"`. */
export const formatFen = (fen: number): string => {
  const slot = fen & (CACHE_SIZE - 1)
  if (cachedFen[slot] === fen) return cachedText[slot] as string
  const text = formatFenUncached(fen)
  cachedFen[slot] = fen
  cachedText[slot] = text
  return text
}

// ".00" … ".99": the 分 part of an amount is one lookup, not a number-to-text conversion
const FRACTIONS: ReadonlyArray<string> = Array.from({ length: 100 }, (_, f) => `.${f < 10 ? "0" : ""}${f}`)

const formatFenUncached = (fen: number): string => {
  const neg = fen < 0
  const a = neg ? -fen : fen
  const yuan = Math.floor(a / 100)
  const f = a - yuan * 100
  const fraction = FRACTIONS[f]
  // (分 are whole numbers; anything else is written out as before)
  if (fraction === undefined) return `${neg ? "-" : ""}${yuan}.${f < 10 ? "0" : ""}${f}`
  const text = String(yuan) + fraction
  return neg ? "-" + text : text
}

/** An exact non-negative rational `num / den` (den > 0). */
export interface Ratio {
  readonly num: number
  readonly den: number
}

/** Decimal string (`"1.5"`, `"0.10"`, `"24"`) → exact ratio. */
export const parseRatio = (s: string): Ratio => {
  const dot = s.indexOf(".")
  if (dot < 0) return { num: Number(s), den: 1 }
  const decimals = s.length - dot - 1
  return { num: Number(s.slice(0, dot) + s.slice(dot + 1)), den: 10 ** decimals }
}

/** Unit of rounding in 分. */
export const UNIT_FEN = { fen: 1, jiao: 10, yuan: 100 } as const

/**
 * Rounds `num / den` 分 to a whole number of `unit` 分 with the mode, exactly (integers only).
 * `num` may be negative; `den` must be positive.
 */
export const roundRatio = (num: number, den: number, unit: number, mode: RoundingMode): number => {
  const d = den * unit
  const neg = num < 0
  const a = neg ? -num : num
  const q = Math.floor(a / d)
  const r = a - q * d
  let n = q
  if (r !== 0) {
    if (mode === "up") n = q + 1
    else if (mode === "half-up") n = 2 * r >= d ? q + 1 : q
    else if (mode === "half-even") n = 2 * r > d ? q + 1 : 2 * r < d ? q : q % 2 === 0 ? q : q + 1
  }
  return (neg ? -n : n) * unit
}

/** Month index (year × 12 + month − 1) of a `YYYY-MM` or `YYYY-MM-DD` string. */
export const monthIndex = (s: string): number => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1

/** `YYYY-MM` of a month index. */
export const monthOfIndex = (i: number): string => {
  const y = Math.floor(i / 12)
  const m = i - y * 12 + 1
  return `${y}-${m < 10 ? "0" : ""}${m}`
}
