/**
 * Issue 16, dual package: a program that loads relief through `require` and through `import` has
 * two `ReliefPolicy` classes, and a policy resolved by one must pass the other's `determine`. The
 * check is a brand (core's `defineBrand`, the registered symbol `@minzheng/relief/ReliefPolicy` on
 * the prototype), not `instanceof` of one class. The other copy is built here without a second
 * build: a prototype of its own carrying the same methods and the registered mark, holding a
 * resolved policy's fields — what a policy of the CommonJS build looks like to the ES module build.
 */
import { InvalidInput } from "@minzheng/core"
import {
  type ReliefPolicy as ReliefPolicyType,
  ReliefPolicy,
  decodeHouseholdUnsafe,
  determineUnsafe,
  dibaoAmountOnlyUnsafe,
  legalObligorsUnsafe,
  reviewContext
} from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { licang, typical } from "./fixtures.js"

const MARK = Symbol.for("@minzheng/relief/ReliefPolicy")

/** A policy as the other copy of the package would have made it: same fields, another prototype with the same mark. */
const fromOtherCopy = (policy: ReliefPolicyType): ReliefPolicyType => {
  const proto: Record<PropertyKey, unknown> = {}
  for (const name of Object.getOwnPropertyNames(ReliefPolicy.prototype)) {
    if (name !== "constructor") proto[name] = (ReliefPolicy.prototype as unknown as Record<string, unknown>)[name]
  }
  Object.defineProperty(proto, MARK, { value: true, enumerable: false })
  const other = Object.create(proto) as Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(policy)) other[key] = (policy as unknown as Record<string, unknown>)[key]
  other["memos"] = new Map() // its own memo table, as a policy of its own would have
  return other as unknown as ReliefPolicyType
}

/** The policy's fields on a plain object: no prototype mark. */
const plainCopy = (policy: ReliefPolicyType): unknown => ({ ...policy })

const invalidPolicy = (f: () => unknown): InvalidInput => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInput)
    const err = e as InvalidInput
    expect(err.issues.map((i) => [i.path, i.code])).toEqual([[["policy"], "invalid_policy"]])
    expect(err.issues[0]?.zh).toBe("不是已解析的救助政策（请用 resolveReliefPolicy）")
    return err
  }
  throw new Error("expected InvalidInput")
}

describe("ReliefPolicy is a brand that holds across copies of the package", () => {
  const h = decodeHouseholdUnsafe(typical())

  it("the prototype carries the registered symbol, not enumerable, and a resolved policy is an instance", () => {
    const d = Object.getOwnPropertyDescriptor(ReliefPolicy.prototype, MARK)
    expect(d).toMatchObject({ value: true, enumerable: false })
    expect(licang instanceof ReliefPolicy).toBe(true)
    expect(JSON.stringify(Object.getOwnPropertySymbols(licang))).toBe("[]")
  })

  it("a policy from the other copy (another prototype, the same mark) passes and decides exactly as this copy's", () => {
    const other = fromOtherCopy(licang)
    expect(Object.getPrototypeOf(other)).not.toBe(ReliefPolicy.prototype)
    expect(other instanceof ReliefPolicy).toBe(true)
    expect(determineUnsafe(h, other)).toEqual(determineUnsafe(h, licang))
    expect(determineUnsafe(h, other, { explain: false })).toEqual(determineUnsafe(h, licang, { explain: false }))
    expect(dibaoAmountOnlyUnsafe(h, other)).toEqual(dibaoAmountOnlyUnsafe(h, licang))
    expect(legalObligorsUnsafe(h, other)).toEqual(legalObligorsUnsafe(h, licang))
    const ctx = reviewContext(other)
    expect(Result.isSuccess(ctx) && ctx.success.limits).toEqual({ standard: 30, delegated: 20, extended: 45, noticeDays: 7 })
  })

  it("a plain object with a policy's fields but no mark is refused with the typed InvalidInput", () => {
    const plain = plainCopy(licang)
    expect(plain instanceof ReliefPolicy).toBe(false)
    invalidPolicy(() => determineUnsafe(h, plain as ReliefPolicyType))
    invalidPolicy(() => determineUnsafe(h, plain as ReliefPolicyType, { explain: false }))
    invalidPolicy(() => dibaoAmountOnlyUnsafe(h, plain as ReliefPolicyType))
    invalidPolicy(() => legalObligorsUnsafe(h, plain as ReliefPolicyType))
    const ctx = reviewContext(plain as ReliefPolicyType)
    expect(Result.isFailure(ctx) && ctx.failure instanceof InvalidInput && ctx.failure.issues.map((i) => i.code)).toEqual(["invalid_policy"])
  })

  it("values that are not objects, and a mark that is not `true`, are refused", () => {
    for (const u of [undefined, null, 0, "policy", Symbol("p"), () => licang]) {
      expect(u instanceof ReliefPolicy).toBe(false)
      invalidPolicy(() => determineUnsafe(h, u as unknown as ReliefPolicyType))
    }
    const wrongMark = Object.create({ [MARK]: "yes" }) as unknown
    expect(wrongMark instanceof ReliefPolicy).toBe(false)
    invalidPolicy(() => determineUnsafe(h, wrongMark as ReliefPolicyType))
  })
})
