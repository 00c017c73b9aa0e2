import fc from "fast-check"
import { isoDateUnsafe, Money, regionCodeUnsafe } from "@minzheng/core"
import {
  LICANG_BUNDLE,
  SEED_PROGRAMMES_BUNDLE,
  classifyZiboCategories,
  decisionText,
  decodeHousehold,
  decodeReviewCommand,
  determine,
  dibaoAmountOnly,
  luozhuangChildAllowance,
  noticeRow,
  renchengCareFunding,
  resolveReliefPolicy,
  runBatch,
  validateReliefBundle
} from "@minzheng/relief"
import { describe, expect, it } from "vitest"
import { household, licang } from "./fixtures.js"

const TYPED = new Set(["InvalidInput", "ParameterMissing", "PolicyBundleIncomplete", "TransitionRefused", "CalendarYearNotCovered"])
const onlyTyped = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    expect(TYPED.has((e as { _tag?: string })._tag ?? "")).toBe(true)
  }
}
const RUNS = { numRuns: 200 }
const any = fc.anything({ withNullPrototype: true, withBoxedValues: true, withTypedArray: true, withSparseArray: true })

describe("arbitrary JSON gives only typed errors", () => {
  it("decodeHousehold never throws and reports every problem", () => {
    fc.assert(fc.property(any, (u) => void decodeHousehold(u)), RUNS)
    const r = decodeHousehold({ id: "", residence: {}, members: [{}], assets: {} })
    expect(r._tag === "Failure" && r.failure.issues.length >= 5).toBe(true)
  })
  it("determine, dibaoAmountOnly and decisionText", () => {
    fc.assert(
      fc.property(any, (u) => {
        onlyTyped(() => determine(u as never, licang))
        onlyTyped(() => determine(household(), u as never))
        onlyTyped(() => determine(household(), licang, u as never))
        onlyTyped(() => dibaoAmountOnly(u as never, licang))
        onlyTyped(() => decisionText(u as never))
      }),
      RUNS
    )
  })
  it("noticeRow, classifyZiboCategories and the seed programmes", () => {
    fc.assert(
      fc.property(any, any, (u, v) => {
        onlyTyped(() => noticeRow(u as never, v as never))
        onlyTyped(() => noticeRow(household(), u as never))
        onlyTyped(() => classifyZiboCategories(u as never, v as never))
        onlyTyped(() => classifyZiboCategories(household(), u as never))
        onlyTyped(() => renchengCareFunding(u as never, isoDateUnsafe("2025-01-01"), Money.zero))
        onlyTyped(() => renchengCareFunding(SEED_PROGRAMMES_BUNDLE, u as never, v as never))
        onlyTyped(() => luozhuangChildAllowance(u as never, SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01")))
        onlyTyped(() => luozhuangChildAllowance(household(), u as never, v as never))
      }),
      RUNS
    )
  })
  it("bundle resolution and validation, review commands", () => {
    fc.assert(
      fc.property(any, any, (u, v) => {
        onlyTyped(() => resolveReliefPolicy(u as never, regionCodeUnsafe("370213"), isoDateUnsafe("2025-01-01")))
        onlyTyped(() => resolveReliefPolicy(LICANG_BUNDLE, u as never, v as never))
        onlyTyped(() => validateReliefBundle(u as never, v as never, u as never))
        onlyTyped(() => decodeReviewCommand(u))
      }),
      RUNS
    )
  })
  it("runBatch: bad options or input throw InvalidInput; arbitrary lines become error rows", async () => {
    await fc.assert(
      fc.asyncProperty(any, fc.array(fc.string(), { maxLength: 5 }), async (u, ls) => {
        onlyTyped(() => runBatch(u as never, { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson" }))
        onlyTyped(() => runBatch([], u as never))
        for (const format of ["ndjson", "csv"] as const) {
          for await (const row of runBatch([ls.join("\n"), JSON.stringify(u) ?? ""], { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format })) {
            expect(["determination", "error", "summary"]).toContain(row.kind)
          }
        }
      }),
      { numRuns: 100 }
    )
  })
})
