import fc from "fast-check"
import { isoDateUnsafe, Money, regionCodeUnsafe, todayLayer } from "@minzheng/core"
import * as relief from "@minzheng/relief"
import { Cause, Effect, Exit, Layer, Stream } from "effect"
import {
  LICANG_BUNDLE,
  ReliefPolicySource,
  SEED_PROGRAMMES_BUNDLE,
  classifyZiboCategories,
  decisionText,
  decodeHousehold,
  decodeReviewCommand,
  determineUnsafe,
  dibaoAmountOnlyUnsafe,
  luozhuangChildAllowanceUnsafe,
  noticeRowUnsafe,
  publicNoticeUnsafe,
  renchengCareFundingUnsafe,
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
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 200) }
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
        onlyTyped(() => determineUnsafe(u as never, licang))
        onlyTyped(() => determineUnsafe(household(), u as never))
        onlyTyped(() => determineUnsafe(household(), licang, u as never))
        onlyTyped(() => dibaoAmountOnlyUnsafe(u as never, licang))
        onlyTyped(() => decisionText(u as never))
      }),
      RUNS
    )
  })
  it("noticeRow, classifyZiboCategories and the seed programmes", () => {
    fc.assert(
      fc.property(any, any, (u, v) => {
        onlyTyped(() => noticeRowUnsafe(u as never, v as never, "虎山社区"))
        onlyTyped(() => noticeRowUnsafe(household(), u as never, v as never))
        onlyTyped(() => publicNoticeUnsafe(u as never, v as never))
        onlyTyped(() => publicNoticeUnsafe([{ household: household(), determination: u, community: v }] as never, { issuer: "街道", period: { from: "2025-03-11", to: "2025-03-18" } } as never))
        onlyTyped(() => publicNoticeUnsafe([], u as never, v as never))
        onlyTyped(() => classifyZiboCategories(u as never, v as never))
        onlyTyped(() => classifyZiboCategories(household(), u as never))
        onlyTyped(() => renchengCareFundingUnsafe(u as never, isoDateUnsafe("2025-01-01"), Money.zero))
        onlyTyped(() => renchengCareFundingUnsafe(SEED_PROGRAMMES_BUNDLE, u as never, v as never))
        onlyTyped(() => luozhuangChildAllowanceUnsafe(u as never, SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01")))
        onlyTyped(() => luozhuangChildAllowanceUnsafe(household(), u as never, v as never))
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
      { numRuns: Math.ceil(RUNS.numRuns / 2) }
    )
  })
})

const isTyped = (e: unknown): boolean => typeof e === "object" && e !== null && TYPED.has((e as { _tag?: string })._tag ?? "")
const layer = Layer.mergeAll(ReliefPolicySource.layer(LICANG_BUNDLE), todayLayer(isoDateUnsafe("2025-03-15")))
/** A failed Exit must hold only typed failures: no defect (a TypeError would be one). */
const exitTyped = (exit: Exit.Exit<unknown, unknown>): boolean =>
  Exit.isSuccess(exit) || (!Cause.hasDies(exit.cause) && exit.cause.reasons.every((r) => !Cause.isFailReason(r) || isTyped(r.error)))
const EXPORTED = Object.entries(relief).filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name)) as Array<[string, (...xs: unknown[]) => unknown]>
const argument = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.jsonValue(),
  fc.constantFrom("2025-10-01", "370213", "11010519491231002X", "12.50", 7, null, undefined, [], {})
)

describe("every exported function, fed arbitrary arguments, lets only typed errors escape", () => {
  it("covers the whole public API", () => {
    expect(EXPORTED.map(([n]) => n)).toEqual(expect.arrayContaining(["isSevereDisability", "reviewContext", "reviewDeadlines", "determine", "determineUnsafe", "legalObligors", "publicNotice", "noticeRow"]))
  })
  for (const [name, fn] of EXPORTED) {
    it(name, async () => {
      const pending: Array<Promise<void>> = []
      fc.assert(
        fc.property(argument, argument, argument, (a, b, c) => {
          let r: unknown
          try {
            r = fn(a, b, c)
          } catch (e) {
            expect(isTyped(e), `${name} threw ${(e as Error)?.constructor?.name}`).toBe(true)
            return
          }
          if (Effect.isEffect(r)) expect(exitTyped(Effect.runSyncExit(Effect.provide(r as Effect.Effect<unknown, unknown, never>, layer)))).toBe(true)
          else if (Stream.isStream(r)) expect(exitTyped(Effect.runSyncExit(Stream.runDrain(r as Stream.Stream<unknown, unknown, never>)))).toBe(true)
          else if (typeof r === "object" && r !== null && Symbol.asyncIterator in r) {
            pending.push((async () => {
              try {
                for await (const _ of r as AsyncIterable<unknown>) void _
              } catch (e) {
                expect(isTyped(e), `${name} iteration threw ${(e as Error)?.constructor?.name}`).toBe(true)
              }
            })())
          }
        }),
        { numRuns: Math.ceil(RUNS.numRuns / 4) }
      )
      await Promise.all(pending)
    })
  }
})

describe("CSV records that span lines", () => {
  it("a quoted field with a line break is read as one record; one left open becomes an error row", async () => {
    const header = "household_id,region,area,financial_assets,residential_units,member_id,name,relationship,birth_date"
    const rows: string[] = []
    for await (const row of runBatch([[header, 'h1,370213,urban,0,1,m1,"张', '三",applicant,1950-01-01', 'h2,370213,urban,0,1,m1,"open'].join("\n")], { format: "csv", bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-07-01") })) {
      rows.push(row.kind === "error" ? `error@${row.line}` : row.kind)
    }
    expect(rows.at(-1)).toBe("summary")
    expect(rows).toContain("error@4")
    expect(rows.filter((r) => r !== "summary" && !r.startsWith("error@4")).length).toBe(1)
  })
})
