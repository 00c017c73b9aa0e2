/**
 * Issue 18 in credit: a light footprint. The schemas are `zod/mini` (a browser bundle of the public
 * board carries no classic zod), and nothing is decoded when the package loads: the shipped schemes
 * and the organisation-list bundle are written as the constructors make them, so these tests check
 * that the constructors give them back unchanged — the check that used to run at every start.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { definePolicyBundle, isoDateUnsafe, Result } from "@minzheng/core"
import { balanceAt, defineScheme, Ledger, ORG_CREDIT_BUNDLE, rongchengVillageScheme, SchemeSchema, taishanTimeBankScheme } from "@minzheng/credit"
import { describe, expect, it } from "vitest"

describe("the shipped data is what the constructors make of it", () => {
  for (const [name, scheme] of [["rongchengVillageScheme", rongchengVillageScheme], ["taishanTimeBankScheme", taishanTimeBankScheme]] as const) {
    it(`${name}: defineScheme gives back the same scheme, field for field and in the same order`, () => {
      const r = defineScheme(scheme)
      expect(Result.isSuccess(r)).toBe(true)
      const defined = Result.getOrThrow(r)
      expect(defined).toEqual(scheme)
      expect(JSON.stringify(defined)).toBe(JSON.stringify(scheme))
    })
  }
  it("ORG_CREDIT_BUNDLE: definePolicyBundle gives back the same bundle, field for field and in the same order", () => {
    const r = definePolicyBundle(ORG_CREDIT_BUNDLE)
    expect(Result.isSuccess(r)).toBe(true)
    expect(Result.getOrThrow(r)).toEqual(ORG_CREDIT_BUNDLE)
    expect(JSON.stringify(Result.getOrThrow(r))).toBe(JSON.stringify(ORG_CREDIT_BUNDLE))
  })
  it("a scheme written the same way but broken is still refused on first use, naming the field", () => {
    const broken = { ...rongchengVillageScheme, version: "broken", baseScore: 1.5 }
    const r = balanceAt(Ledger.empty(), [broken], "p1", isoDateUnsafe("2025-06-30"))
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues.map((i) => i.path)).toEqual([["versions", 0, "baseScore"]])
  })
})

describe("schemas are zod/mini", () => {
  const srcDir = join(import.meta.dirname, "..", "src")
  const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"))
  it("no source file imports classic zod (only zod/mini)", () => {
    const classic = files.filter((f) => /from "zod"|from 'zod'|import\("zod"\)/.test(readFileSync(join(srcDir, f), "utf8")))
    expect(classic).toEqual([])
    expect(files.some((f) => readFileSync(join(srcDir, f), "utf8").includes('from "zod/mini"'))).toBe(true)
  })
  it("an exported schema has no classic methods: extend it with z.extend from zod/mini", () => {
    expect("extend" in SchemeSchema).toBe(false)
    expect(typeof SchemeSchema.safeParse).toBe("function")
  })
})
