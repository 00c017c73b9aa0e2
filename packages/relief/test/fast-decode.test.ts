import { isDeepStrictEqual } from "node:util"
import fc from "fast-check"
import { HouseholdSchema, decodeHousehold } from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
// The fast check is internal: this file proves it equivalent to the public schema.
import { fastDecodeHousehold, isArea, isAssetsKey, isHouseholdKey, isIncomeCategory, isIncomeKey, isMemberKey, isRelationship, isResidenceKey } from "../src/internal/fast-household.js"
import { AREA_NAMES, AssetsSchema, INCOME_CATEGORIES, IncomeEntrySchema, MemberSchema, RELATIONSHIPS } from "@minzheng/relief"
import { householdArb } from "./arbitraries.js"
import { nearValidHousehold as household, materialise, slots } from "./near-valid.js"
import { typical } from "./fixtures.js"

const RUNS = Number(process.env.FUZZ_RUNS ?? 400)
const TEMPLATES = Math.ceil(RUNS / 20)

/** The law: the fast check accepts exactly what zod accepts, and yields an equal value. */
const agrees = (u: unknown): boolean => {
  const z = HouseholdSchema.safeParse(u)
  const f = fastDecodeHousehold(u)
  if (z.success !== (f !== undefined)) return false
  return !z.success || isDeepStrictEqual(f, z.data)
}

describe("the fast household check accepts exactly what HouseholdSchema accepts, with an equal value", () => {
  it("on near-valid households, every field defective in turn (absent, undefined, just outside the rule, an undeclared key)", () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(household, (t) => {
        const n = slots(t)
        for (let k = -1; k < n; k++) {
          const u = materialise(t, new Set([k]))
          if (HouseholdSchema.safeParse(u).success) accepted++
          else refused++
          if (!agrees(u)) return false
        }
        return true
      }),
      { numRuns: TEMPLATES }
    )
    // both sides must be reached often for the comparison to mean something
    expect(Math.min(accepted, refused)).toBeGreaterThan(TEMPLATES * 4)
  })
  it("on near-valid households with two defects at once", () => {
    fc.assert(
      fc.property(household, fc.nat(), fc.nat(), (t, i, j) => {
        const n = slots(t)
        return agrees(materialise(t, new Set([i % n, j % n])))
      }),
      { numRuns: RUNS }
    )
  })
  it("on valid households from the property tests and the bench shape, and on their JSON round trips", () => {
    fc.assert(fc.property(householdArb, (h) => agrees(h) && agrees(JSON.parse(JSON.stringify(h)))), { numRuns: RUNS })
    expect(agrees(typical())).toBe(true)
    expect(fastDecodeHousehold(typical())).toBeDefined()
  })
  it("on arbitrary values (null prototypes, boxed values, sparse arrays, inherited keys)", () => {
    const any = fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withObjectString: true })
    fc.assert(fc.property(any, agrees), { numRuns: RUNS })
    const inherited = Object.create(typical()) as object
    expect(agrees(inherited)).toBe(true)
    expect(agrees(JSON.parse('{"__proto__": {}, "id": "h1"}'))).toBe(true)
    // zod's strict check walks inherited enumerable keys too (for…in): so does the fast check
    expect(agrees(Object.assign(Object.create({ income: "1" }) as object, typical()))).toBe(true)
  })
  it("its key checks (switches, for speed) name exactly the keys of the schemas", () => {
    // the shapes as zod/mini keeps them (`def.shape` of a strict object)
    const shapeOf = (schema: unknown): Readonly<Record<string, unknown>> => (schema as { def: { shape: Record<string, unknown> } }).def.shape
    const householdKeys = Object.keys(shapeOf(HouseholdSchema))
    const residenceKeys = Object.keys(shapeOf(shapeOf(HouseholdSchema).residence))
    const cases: ReadonlyArray<[string, (k: string) => boolean, ReadonlyArray<string>]> = [
      ["member", isMemberKey, Object.keys(shapeOf(MemberSchema))],
      ["income", isIncomeKey, Object.keys(shapeOf(IncomeEntrySchema))],
      ["assets", isAssetsKey, Object.keys(shapeOf(AssetsSchema))],
      ["residence", isResidenceKey, residenceKeys],
      ["household", isHouseholdKey, householdKeys]
    ]
    const others = ["", "Id", "income", "illness", "__proto__", "constructor", "toString", "hasOwnProperty", "members ", "id\u0000"]
    for (const [, isKey, keys] of cases) {
      expect(keys.length).toBeGreaterThan(1)
      for (const k of keys) expect(isKey(k)).toBe(true)
      for (const k of [...others, ...cases.flatMap(([, , ks]) => ks)].filter((k) => !keys.includes(k))) expect(isKey(k)).toBe(false)
    }
  })
  it("its value checks (switches, for speed) accept exactly the vocabularies", () => {
    const cases: ReadonlyArray<[(v: unknown) => boolean, ReadonlyArray<string>]> = [
      [isRelationship, RELATIONSHIPS],
      [isIncomeCategory, INCOME_CATEGORIES],
      [isArea, Object.keys(AREA_NAMES)]
    ]
    const all = cases.flatMap(([, vs]) => vs)
    for (const [isValue, values] of cases) {
      for (const v of values) expect(isValue(v)).toBe(true)
      for (const v of [...all.filter((x) => !values.includes(x)), "", "Applicant", "wages ", "toString", "__proto__", null, undefined, 0, {}]) expect(isValue(v)).toBe(false)
    }
  })
  it("decodeHousehold still lists every issue, bilingually, when the fast check fails", () => {
    const r = decodeHousehold({ ...typical(), id: "", members: [{ id: "a", relationship: "applicant" }] })
    expect(Result.isFailure(r)).toBe(true)
    const issues = (r as Result.Failure<unknown, { issues: ReadonlyArray<{ path: ReadonlyArray<unknown>; zh: string; en: string }> }>).failure.issues
    expect(issues.length).toBeGreaterThanOrEqual(2)
    expect(issues.every((i) => i.zh.length > 0 && i.en.length > 0)).toBe(true)
  })
})
