/**
 * 罗庄 监护缺失困境儿童生活扶助金 (临沂市罗庄区, seed 001): 500 元 per child per month for children
 * lacking guardianship, paid by the charity federation.
 *
 * Seed 001: “生活扶助费标准为每人每月500元，并根据经济发展水平等因素对补贴标准进行适时调整。”
 *
 * @module
 */
import { type Explanation, InvalidInput, type IsoDate, Money, type ParameterMissing, type PolicyBundle, parameterAt, regionCodeUnsafe } from "@minzheng/core"
import * as Result from "effect/Result"
import { Term } from "../determination/determination.js"
import type { AmountTerm } from "../determination/determination.js"
import { checked } from "../internal/trusted.js"
import type { Household } from "../household/household.js"
import { ageAt, birthDateOf } from "../internal/facts.js"
import { explain } from "@minzheng/core"
import { SEED_PROGRAMME_PARAMETERS } from "../params/definitions.js"
import { RELIEF_SOURCES } from "../sources.js"

/**
 * The 罗庄 allowance for a household: the children covered and the monthly total.
 *
 * @example
 * ```ts
 * import type { LuozhuangAllowance } from "@minzheng/relief"
 * const total = (a: LuozhuangAllowance) => a.monthly.toString()
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export interface LuozhuangAllowance {
  readonly childIds: ReadonlyArray<string>
  readonly monthly: Money
  readonly terms: ReadonlyArray<AmountTerm>
  readonly explanation: Explanation
}

/**
 * The 监护缺失困境儿童 allowance: each member under 18 marked `guardianship-lacking` gets the
 * monthly allowance of parameter `luozhuang.childAllowance` (region 371311).
 *
 * Fails (a `Result`) with `InvalidInput` for an invalid household, or `ParameterMissing` when the
 * bundle has no allowance in force on the date.
 *
 * @example
 * ```ts
 * import { luozhuangChildAllowance, decodeHouseholdUnsafe, SEED_PROGRAMMES_BUNDLE } from "@minzheng/relief"
 * import { Result, isoDateUnsafe } from "@minzheng/core"
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "371311", area: "rural" },
 *   members: [
 *     { id: "g", relationship: "applicant", birthDate: "1950-01-01" },
 *     { id: "c", relationship: "grandchild", birthDate: "2015-06-01", livesTogether: true, circumstances: ["guardianship-lacking"] }
 *   ],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * Result.getOrThrow(luozhuangChildAllowance(h, SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-03-15"))).monthly.toString() //=> "500.00"
 * const before = luozhuangChildAllowance(h, SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2020-03-15"))
 * before._tag === "Failure" && before.failure._tag //=> "ParameterMissing"
 * ```
 * @see {@link luozhuangChildAllowanceUnsafe}
 * @category local programmes
 * @since 0.1.0
 */
export const luozhuangChildAllowance = (household: Household, bundle: PolicyBundle, date: IsoDate): Result.Result<LuozhuangAllowance, InvalidInput | ParameterMissing> => {
  const h = checked(household, undefined, true)
  if (h instanceof InvalidInput) return Result.fail(h)
  const r = parameterAt(bundle, SEED_PROGRAMME_PARAMETERS.luozhuangChildAllowance, regionCodeUnsafe("371311"), date)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const each = r.success.value.toFen()
  const children = h.members.filter((m) => m.circumstances?.includes("guardianship-lacking") === true && ageAt(birthDateOf(m), date) < 18)
  const terms = children.map((m) => new Term("classified-increment", { zh: "监护缺失困境儿童生活扶助费", en: "allowance for a child lacking guardianship" }, m.id, each))
  const monthly = Money.fen(each * children.length)
  return Result.succeed({
    childIds: children.map((m) => m.id),
    monthly,
    terms,
    explanation: explain({
      rule: "relief.local.luozhuang-child-allowance",
      label: { zh: "罗庄区监护缺失困境儿童生活扶助金", en: "Luozhuang allowance for children lacking guardianship" },
      outcome: monthly.toString(),
      inputs: { children: children.map((m) => m.id) },
      parameters: { "luozhuang.childAllowance": r.success.value.toString() },
      citations: [RELIEF_SOURCES.seedLuozhuang, r.success.source]
    })
  })
}

/**
 * Like {@link luozhuangChildAllowance}, throwing the typed error the `Result` would carry.
 *
 * @throws `InvalidInput` for an invalid household; `ParameterMissing` when the bundle lacks the
 *   allowance for the date
 * @example
 * ```ts
 * import { luozhuangChildAllowanceUnsafe, decodeHouseholdUnsafe, SEED_PROGRAMMES_BUNDLE } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "371311", area: "rural" },
 *   members: [
 *     { id: "g", relationship: "applicant", birthDate: "1950-01-01" },
 *     { id: "c", relationship: "grandchild", birthDate: "2015-06-01", livesTogether: true, circumstances: ["guardianship-lacking"] }
 *   ],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * luozhuangChildAllowanceUnsafe(h, SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-03-15")).childIds //=> ["c"]
 * ```
 * @category local programmes
 * @since 0.1.0
 */
export const luozhuangChildAllowanceUnsafe = (household: Household, bundle: PolicyBundle, date: IsoDate): LuozhuangAllowance => {
  const r = luozhuangChildAllowance(household, bundle, date)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
