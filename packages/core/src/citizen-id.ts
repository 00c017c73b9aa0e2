/**
 * Citizen ID numbers (公民身份号码), GB 11643-1999.
 *
 * > 公民身份号码是特征组合码，由十七位数字本体码和一位数字校验码组成。排列顺序从左至右依次为：六位数字
 * > 地址码，八位数字出生日期码，三位数字顺序码和一位数字校验码。…… 顺序码的奇数分配给男性，偶数分配给女性。
 * > 校验码 …… 按照 ISO 7064:1983.MOD 11-2 校验码计算出来的检验码。
 *
 * Never logged or echoed in full: errors name the wrong part, and {@link maskCitizenId} is the
 * only form meant for display.
 *
 * @module
 */
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { ageOn, type IsoDate, isIsoDate } from "./date.js"
import { issue } from "./decode.js"
import { InvalidInput } from "./errors.js"
import { isRegionCode, type RegionCode } from "./region.js"

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK = "10X98765432"

/**
 * What a citizen ID number says: the region where it was first issued, the birth date, the sex.
 *
 * @example
 * ```ts
 * import type { CitizenIdInfo } from "@minzheng/core"
 * const info: CitizenIdInfo = { regionCode: "370213", birthDate: "1958-03-07", sex: "male", legacy: false } as CitizenIdInfo
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CitizenIdInfo {
  readonly regionCode: RegionCode
  readonly birthDate: IsoDate
  readonly sex: "male" | "female"
  /** Whether it was given in the legacy 15-digit form. */
  readonly legacy: boolean
}

/**
 * The part of a citizen ID number that is wrong.
 *
 * @example
 * ```ts
 * import type { CitizenIdPart } from "@minzheng/core"
 * const part: CitizenIdPart = "checksum"
 * ```
 * @category models
 * @since 0.1.0
 */
export type CitizenIdPart = "type" | "length" | "characters" | "region" | "birthDate" | "checksum"

const MESSAGES: Record<CitizenIdPart, { zh: string; en: string }> = {
  type: { zh: "身份号码应为字符串", en: "a citizen ID number must be a string" },
  length: { zh: "身份号码应为 18 位（或经允许的 15 位旧号码）", en: "a citizen ID number has 18 characters (or 15 for the legacy form, when allowed)" },
  characters: { zh: "身份号码前 17 位应为数字，最后一位为数字或 X", en: "the first 17 characters must be digits and the last a digit or X" },
  region: { zh: "地址码（前 6 位）不是有效的行政区划代码", en: "the address code (first 6 digits) is not a valid region code" },
  birthDate: { zh: "出生日期码不是有效日期", en: "the birth-date code is not a valid date" },
  checksum: { zh: "校验码不符（GB 11643-1999，ISO 7064 MOD 11-2）", en: "the check character does not match (GB 11643-1999, ISO 7064 MOD 11-2)" }
}

const fail = (part: CitizenIdPart, path: ReadonlyArray<string | number> = []) =>
  Result.fail(new InvalidInput({ issues: [issue(path, `citizen_id_${part}`, MESSAGES[part].zh, MESSAGES[part].en)] }))

/**
 * The check character of the first 17 digits (ISO 7064 MOD 11-2): `0`–`9` or `X`.
 *
 * @throws {@link InvalidInput} unless given exactly 17 digits
 * @example
 * ```ts
 * import { citizenIdCheckCharacter } from "@minzheng/core"
 * citizenIdCheckCharacter("11010519491231002") //=> "X"
 * ```
 * @category citizen-id
 * @since 0.1.0
 */
export const citizenIdCheckCharacter = (first17: string): string => {
  if (typeof first17 !== "string" || !/^\d{17}$/.test(first17)) {
    throw new InvalidInput({ issues: [issue(["first17"], "citizen_id_characters", "应为 17 位数字", "expected 17 digits")] })
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number)
  return CHECK[sum % 11] as string
}

/**
 * Parses a citizen ID number: region, birth date and sex, or an {@link InvalidInput} naming the
 * wrong part (length, characters, region, birth date, checksum). A lower-case `x` is accepted.
 * The legacy 15-digit form (birth year 19YY, no check character) only with `allowLegacy`.
 *
 * @example
 * ```ts
 * import { parseCitizenId } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = parseCitizenId("11010519491231002X")
 * Result.isSuccess(r) && r.success //=> { regionCode: "110105", birthDate: "1949-12-31", sex: "female", legacy: false }
 * ```
 * @category citizen-id
 * @since 0.1.0
 */
export const parseCitizenId = (
  id: unknown,
  options: { readonly allowLegacy?: boolean } = {}
): Result.Result<CitizenIdInfo, InvalidInput> => {
  if (typeof id !== "string") return fail("type")
  const s = id.trim().toUpperCase()
  const legacy = s.length === 15 && (options as { allowLegacy?: unknown } | null)?.allowLegacy === true
  if (s.length !== 18 && !legacy) return fail("length")
  if (legacy ? !/^\d{15}$/.test(s) : !/^\d{17}[\dX]$/.test(s)) return fail("characters")
  const region = s.slice(0, 6)
  if (!isRegionCode(region) || region === "000000") return fail("region")
  const raw = legacy ? `19${s.slice(6, 12)}` : s.slice(6, 14)
  const birth = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`
  if (!isIsoDate(birth)) return fail("birthDate")
  if (!legacy && citizenIdCheckCharacter(s.slice(0, 17)) !== s[17]) return fail("checksum")
  const seq = Number(legacy ? s.slice(12, 15) : s.slice(14, 17))
  return Result.succeed({ regionCode: region, birthDate: birth, sex: seq % 2 === 1 ? "male" : "female", legacy })
}

/**
 * Whether a value is a valid 18-character citizen ID number.
 *
 * @example
 * ```ts
 * import { isValidCitizenId } from "@minzheng/core"
 * isValidCitizenId("11010519491231002X") //=> true
 * isValidCitizenId("110105194912310021") //=> false
 * ```
 * @category citizen-id
 * @since 0.1.0
 */
export const isValidCitizenId = (id: unknown): boolean => Result.isSuccess(parseCitizenId(id))

/**
 * Masks a citizen ID number for display: the first 6 and last 4 characters stay (the common
 * 公示 form), everything else becomes `*`. A string too short to be an ID is masked entirely,
 * never echoed.
 *
 * @throws {@link InvalidInput} for a non-string
 *
 * @example
 * ```ts
 * import { maskCitizenId } from "@minzheng/core"
 * maskCitizenId("11010519491231002X") //=> "110105********002X"
 * maskCitizenId("123") //=> "***"
 * ```
 * @category citizen-id
 * @since 0.1.0
 */
export const maskCitizenId = (id: string, keep: { readonly head?: number; readonly tail?: number } = {}): string => {
  if (typeof id !== "string") {
    throw new InvalidInput({ issues: [issue(["id"], "citizen_id_type", MESSAGES.type.zh, MESSAGES.type.en)] })
  }
  const s = id
  const k = typeof keep === "object" && keep !== null ? keep : {}
  const count = (u: unknown, fallback: number) => (typeof u === "number" && Number.isFinite(u) ? Math.max(0, Math.floor(u)) : fallback)
  const head = count(k.head, 6)
  const tail = count(k.tail, 4)
  if (s.length < 15 || head + tail >= s.length) return "*".repeat(s.length)
  return `${s.slice(0, head)}${"*".repeat(s.length - head - tail)}${s.slice(s.length - tail)}`
}

/**
 * Zod schema of a valid citizen ID number (normalised to upper-case `X`).
 *
 * @example
 * ```ts
 * import { CitizenIdSchema } from "@minzheng/core"
 * CitizenIdSchema.parse("11010519491231002x") //=> "11010519491231002X"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CitizenIdSchema = z.pipe(
  z.string(),
  z.transform((s: string) => s.trim().toUpperCase())
).check(
  z.superRefine((s, ctx) => {
    const r = parseCitizenId(s)
    if (Result.isFailure(r)) {
      const i = r.failure.issues[0]
      ctx.addIssue({ code: "custom", params: { zh: i?.zh ?? "身份号码无效", en: i?.en ?? "invalid citizen ID number" } })
    }
  })
)

/**
 * Age in full years on a date, from a citizen ID number.
 *
 * @example
 * ```ts
 * import { ageFromCitizenId, isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = ageFromCitizenId("11010519491231002X", isoDateUnsafe("2025-12-31"))
 * Result.isSuccess(r) && r.success //=> 76
 * ```
 * @category citizen-id
 * @since 0.1.0
 */
export const ageFromCitizenId = (id: unknown, on: IsoDate): Result.Result<number, InvalidInput> => {
  const r = parseCitizenId(id)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  if (!isIsoDate(on)) return fail("birthDate", ["on"])
  return Result.succeed(ageOn(r.success.birthDate, on))
}
