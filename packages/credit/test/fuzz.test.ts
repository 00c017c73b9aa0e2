import { isCoreError, Money } from "@minzheng/core"
import * as credit from "@minzheng/credit"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { award, build, schemes } from "./helpers.js"

const RUNS = Number(process.env.FUZZ_RUNS ?? 100)

const isTyped = (e: unknown): boolean => isCoreError(e) || ["IdempotencyConflict", "CreditRefused"].includes((e as { _tag?: unknown } | null)?._tag as string)

/** Calls `f`; true when it returns, returns a typed failure, or throws a typed error. */
const typedOnly = (f: () => unknown): boolean => {
  try {
    const r = f()
    return Result.isResult(r) && Result.isFailure(r) ? isTyped(r.failure) : true
  } catch (e) {
    return isTyped(e)
  }
}

const ledger = build([award("a1", "p1", "elder-care", "2025-04-02")])
const hostile = { toString: () => { throw new Error("no string for you") }, valueOf: () => { throw new Error("no value either") } }
// Arbitrary values, plus well-formed ones so that calls get past their first argument.
const arg = fc.oneof(
  fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true }),
  fc.jsonValue(),
  fc.constantFrom<unknown>("2025-10-01", "p1", "a1", 7, -1, 1e300, null, undefined, [], {}, hostile, Object.create(null), ledger, schemes, schemes[0], Money.yuan("12.50"), credit.starAttendantChecklist, credit.rongchengIncentives)
)

const functions = Object.entries(credit).filter(([name, value]) => typeof value === "function" && /^[a-z]/.test(name)) as Array<[string, (...xs: unknown[]) => unknown]>

describe("every exported function, fed anything, fails only with typed errors", () => {
  it("covers every exported function", () => {
    expect(functions.map(([n]) => n)).toEqual(expect.arrayContaining(["appendEntry", "scoresAt", "publicBoard", "starRatingPublicNotice", "tierFor", "periodStart", "orgCreditCitation"]))
  })
  for (const [name, f] of functions) {
    it(name, () => fc.assert(fc.property(fc.array(arg, { maxLength: 5 }), (args) => typedOnly(() => f(...args))), { numRuns: RUNS }))
  }
})
