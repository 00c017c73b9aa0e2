/**
 * The entry check of every rule that takes a household (and a policy): a decoded household passes
 * as it is, anything else is decoded first (one `InvalidInput` listing every problem); a policy
 * must be a resolved {@link ReliefPolicy} — by its brand, so a policy resolved by the other build of
 * the package (CommonJS or ES module) passes — for the household's region or a region containing
 * it. Here, not in `determine.ts`, so that the rules `determine` calls can use it too without the
 * files importing each other.
 *
 * @internal
 * @module
 */
import { InvalidInput, issue, isWithinRegion, type RegionCode } from "@minzheng/core"
import * as Result from "effect/Result"
import { decodeHousehold } from "../household/household.js"
import type { Household } from "../household/household-schema.js"
import { MEMO, ReliefPolicy } from "../params/policy.js"
import { isDecoded } from "./validated.js"

const notPolicy = () => new InvalidInput({ issues: [issue(["policy"], "invalid_policy", "不是已解析的救助政策（请用 resolveReliefPolicy）", "not a resolved relief policy (use resolveReliefPolicy)")] })

/**
 * The throwing form of {@link checked}. @internal
 */
export const trusted = (household: unknown, policy: unknown, noPolicy = false): Household => {
  const h = checked(household, policy, noPolicy)
  if (h instanceof InvalidInput) throw h
  return h
}

/**
 * The household, decoded if it was not, or the `InvalidInput` its data earns (an invalid
 * household, or one resident outside the policy's region) — returned, not thrown, so `determine`
 * can give it back as a `Result` without a try/catch. A `policy` that is not a resolved
 * {@link ReliefPolicy} is the caller's defect and throws. @internal
 */
export const checked = (household: unknown, policy: unknown, noPolicy = false): Household | InvalidInput => {
  if (!noPolicy && !(policy instanceof ReliefPolicy)) throw notPolicy()
  let h: Household
  if (isDecoded(household)) h = household as Household
  else {
    const r = decodeHousehold(household)
    if (Result.isFailure(r)) return r.failure
    h = r.success
  }
  if (!noPolicy && !covers(policy as ReliefPolicy, h.residence.region)) return outsideRegion(h, policy as ReliefPolicy)
  return h
}

/**
 * Whether {@link checked} refused the household. Everything it accepts is decoded (marked), an
 * `InvalidInput` never is: one private-field test, where `instanceof InvalidInput` reads core's
 * brand — generic over every branded class, ≈ 3% of `dibaoAmountOnly`.
 */
export const isRefusal = (x: Household | InvalidInput): x is InvalidInput => !isDecoded(x)

/**
 * A policy decides only for its own region and the regions within it (GB/T 2260 prefixes): a
 * household resident elsewhere is refused, never decided under another place's standards.
 */
const outsideRegion = (h: Household, policy: ReliefPolicy): InvalidInput =>
  new InvalidInput({
    issues: [
      issue(
        ["residence", "region"],
        "region_mismatch",
        `家庭居住地 ${h.residence.region} 不在政策适用区域 ${policy.region} 内，请按居住地解析政策`,
        `the household lives in ${h.residence.region}, outside the policy's region ${policy.region}: resolve the policy for the household's region`
      )
    ]
  })

/** Region codes already checked against a policy's region, per policy (a run sees a handful). */
const newWithin = (): Map<string, boolean> => new Map()
const covers = (policy: ReliefPolicy, code: RegionCode): boolean => {
  if (code === policy.region) return true
  const within = policy.memo(MEMO.withinRegion, newWithin)
  let v = within.get(code)
  if (v === undefined) {
    v = isWithinRegion(code, policy.region)
    if (within.size < 4096) within.set(code, v)
  }
  return v
}
