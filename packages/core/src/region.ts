/**
 * Region codes (行政区划代码, GB/T 2260): six digits, province (2) + prefecture (2) + county (2).
 * A prefecture-level code ends in `00`, a province code in `0000`. Policy parameters are looked up
 * by the most specific code present, falling back county → prefecture → province → nationwide.
 *
 * @module
 */
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { issue } from "./decode.js"
import { InvalidInput } from "./errors.js"


/**
 * A GB/T 2260 region code, validated in shape and province prefix.
 *
 * @example
 * ```ts
 * import { regionCodeUnsafe, type RegionCode } from "@minzheng/core"
 * const licang: RegionCode = regionCodeUnsafe("370213")
 * ```
 * @category models
 * @since 0.1.0
 */
export type RegionCode = string & { readonly "~brand": "RegionCode" }

/**
 * The pseudo-code for "nationwide", the last fallback of a parameter lookup. Not a GB/T 2260 code.
 *
 * @example
 * ```ts
 * import { NATIONWIDE } from "@minzheng/core"
 * NATIONWIDE //=> "000000"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const NATIONWIDE = "000000" as RegionCode

const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82])

/**
 * Whether a value is a valid region code: six digits, a province prefix of GB/T 2260 (11–65, 71,
 * 81, 82), and no county part without a prefecture part. {@link NATIONWIDE} counts as valid.
 *
 * @example
 * ```ts
 * import { isRegionCode } from "@minzheng/core"
 * isRegionCode("370213") //=> true
 * isRegionCode("990213") //=> false
 * isRegionCode("37021") //=> false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isRegionCode = (u: unknown): u is RegionCode => {
  if (typeof u !== "string" || !/^\d{6}$/.test(u)) return false
  if (u === NATIONWIDE) return true
  if (!PROVINCES.has(Number(u.slice(0, 2)))) return false
  return !(u.slice(2, 4) === "00" && u.slice(4, 6) !== "00")
}

/**
 * Zod schema of a {@link RegionCode}.
 *
 * @example
 * ```ts
 * import { RegionCodeSchema } from "@minzheng/core"
 * RegionCodeSchema.safeParse("440605").success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const RegionCodeSchema = z.pipe(
  z.string().check(
    z.refine(isRegionCode, {
      params: { zh: "不是有效的行政区划代码（GB/T 2260，6 位数字）", en: "not a valid region code (GB/T 2260, 6 digits)" }
    })
  ),
  z.transform((s: string) => s as RegionCode)
)

/**
 * Parses a region code.
 *
 * @example
 * ```ts
 * import { regionCode } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(regionCode("370902")) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const regionCode = (u: unknown): Result.Result<RegionCode, InvalidInput> =>
  isRegionCode(u)
    ? Result.succeed(u)
    : Result.fail(new InvalidInput({ issues: [issue([], "invalid_region", "不是有效的行政区划代码（GB/T 2260，6 位数字）", "not a valid region code (GB/T 2260, 6 digits)")] }))

/**
 * A region code from a literal you know is valid.
 *
 * @throws {@link InvalidInput} otherwise
 * @example
 * ```ts
 * import { regionCodeUnsafe } from "@minzheng/core"
 * regionCodeUnsafe("370213") //=> "370213"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const regionCodeUnsafe = (s: string): RegionCode => {
  const r = regionCode(s)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * The level of a code: province (省级), prefecture (地级) or county (县级).
 *
 * @example
 * ```ts
 * import { regionLevel, regionCodeUnsafe } from "@minzheng/core"
 * regionLevel(regionCodeUnsafe("370000")) //=> "province"
 * regionLevel(regionCodeUnsafe("370200")) //=> "prefecture"
 * regionLevel(regionCodeUnsafe("370213")) //=> "county"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const regionLevel = (code: RegionCode): "nationwide" | "province" | "prefecture" | "county" => {
  const c = requireRegion(code)
  if (c === NATIONWIDE) return "nationwide"
  if (c.endsWith("0000")) return "province"
  if (c.endsWith("00")) return "prefecture"
  return "county"
}

/**
 * The parent of a code (county → prefecture → province → {@link NATIONWIDE}), or `undefined` for
 * nationwide. Province-administered counties (省直辖县, e.g. 4290xx) have the province as parent
 * through their `90` prefecture part, as in GB/T 2260.
 *
 * @example
 * ```ts
 * import { parentRegion, regionCodeUnsafe } from "@minzheng/core"
 * parentRegion(regionCodeUnsafe("370213")) //=> "370200"
 * parentRegion(regionCodeUnsafe("370200")) //=> "370000"
 * parentRegion(regionCodeUnsafe("370000")) //=> "000000"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const parentRegion = (code: RegionCode): RegionCode | undefined => {
  const c = requireRegion(code)
  if (c === NATIONWIDE) return undefined
  if (c.endsWith("0000")) return NATIONWIDE
  if (c.endsWith("00")) return `${c.slice(0, 2)}0000` as RegionCode
  return `${c.slice(0, 4)}00` as RegionCode
}

/**
 * The chain from a code up to {@link NATIONWIDE}, most specific first.
 *
 * @example
 * ```ts
 * import { regionChain, regionCodeUnsafe } from "@minzheng/core"
 * regionChain(regionCodeUnsafe("370213")) //=> ["370213", "370200", "370000", "000000"]
 * ```
 * @category getters
 * @since 0.1.0
 */
export const regionChain = (code: RegionCode): Array<RegionCode> => {
  const out: RegionCode[] = []
  let c: RegionCode | undefined = requireRegion(code)
  while (c !== undefined) {
    out.push(c)
    c = parentRegion(c)
  }
  return out
}

/**
 * Whether `code` is `ancestor` or lies within it.
 *
 * @example
 * ```ts
 * import { isWithinRegion, regionCodeUnsafe } from "@minzheng/core"
 * isWithinRegion(regionCodeUnsafe("370215"), regionCodeUnsafe("370200")) //=> true (即墨区 in 青岛市)
 * isWithinRegion(regionCodeUnsafe("370902"), regionCodeUnsafe("370200")) //=> false
 * ```
 * @category predicates
 * @since 0.1.0
 */
export const isWithinRegion = (code: RegionCode, ancestor: RegionCode): boolean => regionChain(code).includes(requireRegion(ancestor))

/**
 * The most specific entry of a map keyed by region codes that applies to a code: the code
 * itself, else its prefecture, province, then nationwide.
 *
 * @example
 * ```ts
 * import { mostSpecific, regionCodeUnsafe } from "@minzheng/core"
 * const standards = new Map([["370200", "1050"], ["370000", "800"]])
 * mostSpecific(standards, regionCodeUnsafe("370213")) //=> { region: "370200", value: "1050" }
 * mostSpecific(standards, regionCodeUnsafe("440605")) //=> undefined
 * ```
 * @category getters
 * @since 0.1.0
 */
export const mostSpecific = <V>(entries: ReadonlyMap<string, V>, code: RegionCode): { region: RegionCode; value: V } | undefined => {
  if (!(entries instanceof Map)) {
    throw new InvalidInput({ issues: [issue(["entries"], "invalid_map", "应为以行政区划代码为键的 Map", "expected a Map keyed by region codes")] })
  }
  for (const c of regionChain(code)) {
    const value = entries.get(c)
    if (value !== undefined) return { region: c, value }
  }
  return undefined
}

/**
 * Names of the regions the project's seed reports and shipped bundles use (GB/T 2260). Not a full
 * table: a team needing every code loads the standard's list itself.
 *
 * @example
 * ```ts
 * import { REGION_NAMES } from "@minzheng/core"
 * REGION_NAMES["370213"] //=> "山东省青岛市李沧区"
 * ```
 * @category data
 * @since 0.1.0
 */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  "370000": "山东省",
  "370200": "山东省青岛市",
  "370211": "山东省青岛市黄岛区",
  "370213": "山东省青岛市李沧区",
  "370215": "山东省青岛市即墨区",
  "370300": "山东省淄博市",
  "370800": "山东省济宁市",
  "370811": "山东省济宁市任城区",
  "370900": "山东省泰安市",
  "370902": "山东省泰安市泰山区",
  "370911": "山东省泰安市岱岳区",
  "371300": "山东省临沂市",
  "371311": "山东省临沂市罗庄区",
  "371000": "山东省威海市",
  "371082": "山东省威海市荣成市",
  "371400": "山东省德州市",
  "371426": "山东省德州市平原县",
  "370700": "山东省潍坊市",
  "440000": "广东省",
  "440600": "广东省佛山市",
  "440605": "广东省佛山市南海区"
}

const requireRegion = (u: unknown): RegionCode => {
  if (isRegionCode(u)) return u
  throw new InvalidInput({ issues: [issue(["code"], "invalid_region", "不是有效的行政区划代码（GB/T 2260，6 位数字）", "not a valid region code (GB/T 2260, 6 digits)")] })
}
