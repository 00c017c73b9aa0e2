/**
 * Personal numbers hidden in free text (个人信息号码): mobile and landline phone numbers, citizen
 * ID numbers and bank-card numbers the way people actually type them into a 公示 remark, a
 * dispute summary or a session record — with dashes, spaces, dots or brackets between the
 * groups, behind `+86` or `0086`, in full-width digits (`１３８`), with a lower-case `x`.
 *
 * One detector for every renderer: 《中华人民共和国个人信息保护法》第二十八条 counts 身份证号、
 * 金融账户 and similar data as sensitive personal information, and 《最低生活保障审核确认办法》
 * 第十九条 limits a 公示 to what the notice needs, so any text headed for a notice, a document or
 * a terminal is passed through {@link maskPersonalNumbers} first.
 *
 * **How it reads a run.** A run is a digit, then digits, each group separated by at most three
 * separator characters (spaces, ideographic space, hyphens and dashes, dots, brackets), optionally
 * preceded by `+`/`＋` and optionally ending in `X`. A number starts at a group of at least three
 * digits (or behind `+`), so dates such as `2025-07-13-2025-07-20` stay dates. The longest span
 * of groups that classifies is taken, left to right:
 * a mobile number (`1[3-9]` and 11 digits, after an optional `86`/`0086`), a landline with its
 * area code (`0` and 10–12 digits), a citizen ID (18 characters or the legacy 15 digits, with a
 * plausible region and birth date, checksum not required: a mistyped ID is still an ID), or a bank
 * card (16–19 digits passing the Luhn check, first digit 3–6 or 9). A run that is none of these
 * (an amount, a date, a 12-digit region code) is left alone.
 *
 * @module
 */
import { InvalidInput } from "./errors.js"
import { issue } from "./decode.js"

/**
 * What kind of personal number a match is.
 *
 * @example
 * ```ts
 * import type { PersonalNumberKind } from "@minzheng/core"
 * const kind: PersonalNumberKind = "phone"
 * ```
 * @category models
 * @since 0.1.0
 */
export type PersonalNumberKind = "phone" | "landline" | "citizen-id" | "bank-card"

/**
 * One personal number found in a text: its kind, where it is (`start` inclusive, `end`
 * exclusive, UTF-16 offsets into the original text), the text as written and its digits.
 *
 * @example
 * ```ts
 * import { findPersonalNumbers } from "@minzheng/core"
 * const [m] = findPersonalNumbers("电话 138-1234-5678")
 * m //=> { kind: "phone", start: 3, end: 16, text: "138-1234-5678", digits: "13812345678" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PersonalNumberMatch {
  readonly kind: PersonalNumberKind
  readonly start: number
  readonly end: number
  readonly text: string
  /** The number's digits (ASCII, `X` upper-case), without separators or a `+86`/`0086` prefix. */
  readonly digits: string
}

/** Chinese names of the kinds, for messages. */
const KIND_ZH: Readonly<Record<PersonalNumberKind, string>> = {
  phone: "手机号码",
  landline: "固定电话号码",
  "citizen-id": "身份证号码",
  "bank-card": "银行卡号"
}

/**
 * The Chinese and English names of each {@link PersonalNumberKind}.
 *
 * @example
 * ```ts
 * import { PERSONAL_NUMBER_KINDS } from "@minzheng/core"
 * PERSONAL_NUMBER_KINDS["citizen-id"] //=> { zh: "身份证号码", en: "citizen ID number" }
 * ```
 * @category constants
 * @since 0.1.0
 */
export const PERSONAL_NUMBER_KINDS: Readonly<Record<PersonalNumberKind, { readonly zh: string; readonly en: string }>> = {
  phone: { zh: KIND_ZH.phone, en: "mobile phone number" },
  landline: { zh: KIND_ZH.landline, en: "landline phone number" },
  "citizen-id": { zh: KIND_ZH["citizen-id"], en: "citizen ID number" },
  "bank-card": { zh: KIND_ZH["bank-card"], en: "bank card number" }
}

/** ASCII digit of a code unit (`0`–`9` or full-width `０`–`９`), or -1. */
const digitOf = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10
  return -1
}

const isX = (c: number): boolean => c === 88 || c === 120 || c === 0xff38 || c === 0xff58

const SEPARATORS = new Set<number>([
  0x20, 0x09, 0xa0, 0x3000, // spaces
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0xff0d, 0x2212, // hyphens and dashes
  0x2e, 0xff0e, 0x00b7, // dots
  0x28, 0x29, 0xff08, 0xff09, // brackets
  0x2f // slash
])

const MAX_SEPARATOR_RUN = 3

const isPlausibleDate = (y: number, m: number, d: number): boolean => y >= 1850 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= 31

const looksLikeCitizenId = (digits: string): boolean => {
  if (digits.length === 18) {
    if (!/^[1-9]\d{16}[\dX]$/.test(digits)) return false
    return isPlausibleDate(Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14)))
  }
  if (digits.length === 15) {
    if (!/^[1-9]\d{14}$/.test(digits)) return false
    return isPlausibleDate(1900 + Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12)))
  }
  return false
}

const luhn = (digits: string): boolean => {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

const classify = (digits: string, plus: boolean): { kind: PersonalNumberKind; digits: string } | undefined => {
  if (digits.endsWith("X")) return looksLikeCitizenId(digits) ? { kind: "citizen-id", digits } : undefined
  let national = digits
  if (digits.startsWith("0086")) national = digits.slice(4)
  else if (digits.startsWith("86") && (plus || digits.length === 13)) national = digits.slice(2)
  if (national.length === 11 && /^1[3-9]/.test(national)) return { kind: "phone", digits: national }
  if (national !== digits && national.length >= 9 && national.length <= 11 && national[0] !== "0" && national[0] !== "1") {
    // +86 532 8888 6666: a landline written internationally drops the trunk 0
    return { kind: "landline", digits: `0${national}` }
  }
  if (looksLikeCitizenId(digits)) return { kind: "citizen-id", digits }
  if (digits.length >= 10 && digits.length <= 12 && digits[0] === "0" && digits[1] !== "0") return { kind: "landline", digits }
  if (digits.length >= 16 && digits.length <= 19 && /^[3-69]/.test(digits) && luhn(digits)) return { kind: "bank-card", digits }
  return undefined
}

const requireText = (text: unknown, name: string): string => {
  if (typeof text !== "string") {
    throw new InvalidInput({ issues: [issue([name], "invalid_type", "应为字符串", "expected a string")] })
  }
  return text
}

interface Group {
  readonly start: number
  readonly end: number
  readonly digits: string
}

/** Longest number a span may hold (19-digit card behind `0086`): bounds the work per run. */
const MAX_SPAN_DIGITS = 23

const scan = (text: string): PersonalNumberMatch[] => {
  const out: PersonalNumberMatch[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    if (digitOf(text.charCodeAt(i)) < 0) {
      i++
      continue
    }
    // Collect the run's digit groups: digits, then at most MAX_SEPARATOR_RUN separators, then
    // digits again; an X ends a group (and the run).
    const groups: Group[] = []
    let j = i
    for (;;) {
      const gStart = j
      let digits = ""
      while (j < n) {
        const d = digitOf(text.charCodeAt(j))
        if (d < 0) break
        digits += String.fromCharCode(48 + d)
        j++
      }
      let ended = false
      if (j < n && isX(text.charCodeAt(j))) {
        digits += "X"
        j++
        ended = true
      }
      groups.push({ start: gStart, end: j, digits })
      if (ended) break
      let k = j
      while (k < n && k - j < MAX_SEPARATOR_RUN && SEPARATORS.has(text.charCodeAt(k))) k++
      if (k > j && k < n && digitOf(text.charCodeAt(k)) >= 0) {
        j = k
        continue
      }
      break
    }
    // Longest classifiable span of consecutive groups, left to right: "电话 13812345678 2 人"
    // is a phone number followed by a count, not a 12-digit run.
    let a = 0
    while (a < groups.length) {
      const first = groups[a] as Group
      const before = first.start > 0 ? text.charCodeAt(first.start - 1) : -1
      const plus = before === 0x2b || before === 0xff0b
      let best: { b: number; kind: PersonalNumberKind; digits: string } | undefined
      // A number starts with a group of at least three digits (138, 0532, 110105) or with "+86":
      // "2025-07-13-2025-07-20" read from its "07" is two dates, not a landline.
      if (!plus && first.digits.length < 3) {
        a++
        continue
      }
      let digits = ""
      for (let b = a; b < groups.length; b++) {
        const g = groups[b] as Group
        if (digits.endsWith("X")) break
        digits += g.digits
        if (digits.length > MAX_SPAN_DIGITS) break
        if (digits.length < 10) continue
        const hit = classify(digits, plus)
        if (hit !== undefined) best = { b, ...hit }
      }
      if (best === undefined) {
        a++
        continue
      }
      const start = plus ? first.start - 1 : first.start
      const end = (groups[best.b] as Group).end
      out.push({ kind: best.kind, start, end, text: text.slice(start, end), digits: best.digits })
      a = best.b + 1
    }
    i = j > i ? j : i + 1
  }
  return out
}

/**
 * Finds the personal numbers in a text: mobile and landline phone numbers, citizen ID numbers
 * and bank-card numbers, however they are separated or written (see the module notes).
 *
 * @throws {@link InvalidInput} for a non-string
 * @example
 * ```ts
 * import { findPersonalNumbers } from "@minzheng/core"
 * findPersonalNumbers("联系 +86 138 1234 5678，身份证 110105 19491231 002x").map((m) => m.kind)
 * //=> ["phone", "citizen-id"]
 * findPersonalNumbers("补助 1050.00 元，2025-07-13 起").length //=> 0
 * ```
 * @category personal data
 * @since 0.1.0
 */
export const findPersonalNumbers = (text: string): ReadonlyArray<PersonalNumberMatch> => scan(requireText(text, "text"))

/**
 * Whether a text contains a personal number ({@link findPersonalNumbers}).
 *
 * @throws {@link InvalidInput} for a non-string
 * @example
 * ```ts
 * import { containsPersonalNumber } from "@minzheng/core"
 * containsPersonalNumber("电话１３８１２３４５６７８") //=> true
 * containsPersonalNumber("共 3 户 7 人") //=> false
 * ```
 * @category personal data
 * @since 0.1.0
 */
export const containsPersonalNumber = (text: string): boolean => scan(requireText(text, "text")).length > 0

/**
 * The masked form of one personal number's digits: a mobile keeps its first 3 and last 4
 * digits (`138****5678`), a landline its area code and last 2 digits, a citizen ID its first 6
 * and last 4 characters (the 公示 form of `maskCitizenId`), a bank card its first and last 4
 * digits.
 *
 * @throws {@link InvalidInput} for anything but a `{ kind, digits }` of a known kind
 * @example
 * ```ts
 * import { maskPersonalNumber } from "@minzheng/core"
 * maskPersonalNumber({ kind: "phone", digits: "13812345678" }) //=> "138****5678"
 * maskPersonalNumber({ kind: "bank-card", digits: "6222021234567890128" }) //=> "6222***********0128"
 * ```
 * @category personal data
 * @since 0.1.0
 */
export const maskPersonalNumber = (match: Pick<PersonalNumberMatch, "kind" | "digits">): string => {
  const m: unknown = match
  const kind = typeof m === "object" && m !== null ? (m as { kind?: unknown }).kind : undefined
  const digits = typeof m === "object" && m !== null ? (m as { digits?: unknown }).digits : undefined
  if (typeof digits !== "string" || typeof kind !== "string" || !Object.hasOwn(KIND_ZH, kind)) {
    throw new InvalidInput({
      issues: [issue(["match"], "invalid_personal_number", "应为 { kind, digits }，kind 为 phone、landline、citizen-id 或 bank-card", "expected { kind, digits } with kind phone, landline, citizen-id or bank-card")]
    })
  }
  const d = digits
  const stars = (k: number) => "*".repeat(Math.max(0, k))
  switch (kind as PersonalNumberKind) {
    case "phone":
      return `${d.slice(0, 3)}${stars(d.length - 7)}${d.slice(-4)}`
    case "landline": {
      const area = d.startsWith("01") || d.startsWith("02") ? 3 : 4
      return `${d.slice(0, area)}-${stars(d.length - area - 2)}${d.slice(-2)}`
    }
    case "citizen-id":
      return `${d.slice(0, 6)}${stars(d.length - 10)}${d.slice(-4)}`
    case "bank-card":
      return `${d.slice(0, 4)}${stars(d.length - 8)}${d.slice(-4)}`
  }
}

/**
 * Replaces every personal number in a text by its masked form ({@link maskPersonalNumber});
 * the rest of the text is kept as written.
 *
 * @throws {@link InvalidInput} for a non-string
 * @example
 * ```ts
 * import { maskPersonalNumbers } from "@minzheng/core"
 * maskPersonalNumbers("请联系 138-1234-5678 或 0532-8888 6666") //=> "请联系 138****5678 或 0532-******66"
 * maskPersonalNumbers("身份证 110105 19491231 002X") //=> "身份证 110105********002X"
 * ```
 * @category personal data
 * @since 0.1.0
 */
export const maskPersonalNumbers = (text: string): string => {
  const s = requireText(text, "text")
  const matches = scan(s)
  if (matches.length === 0) return s
  let out = ""
  let at = 0
  for (const m of matches) {
    out += s.slice(at, m.start) + maskPersonalNumber(m)
    at = m.end
  }
  return out + s.slice(at)
}
