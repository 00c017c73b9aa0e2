/**
 * On Node, `decode` parses a schema it has seen before through zod's compiled parser
 * ("#schema-compiler", package.json "imports"); in a browser bundle through the runtime parser. The
 * two must decide alike: same success, same value, same issues.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as z from "zod/mini"
import { compileSchema } from "#schema-compiler"
import {
  CalendarYearDataSchema,
  CitationSchema,
  decode,
  IsoDateSchema,
  MoneySchema,
  PeriodLengthSchema,
  PolicyBundleSchema,
  RegionCodeSchema,
  Result
} from "@minzheng/core"

const SCHEMAS = { IsoDateSchema, RegionCodeSchema, MoneySchema, CitationSchema, PeriodLengthSchema, CalendarYearDataSchema, PolicyBundleSchema } as const

// Values near the schemas' shapes, with every kind of wrong field, so both paths are walked.
const near = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom("2026-12-05", "2026-02-30", "370213", "1050.00", "1,050", "", "x", null, 0, -1, 2027, 1.5, true, "2026-10-01"),
    fc.string(),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.record({
      year: fc.constantFrom(2027, 1899, "2027"),
      source: fc.oneof(fc.constant({ document: "国务院办公厅通知" }), tie("value")),
      holidays: fc.oneof(fc.constant([{ name: { zh: "元旦", en: "New Year" }, from: "2027-01-01", to: "2027-01-01" }]), fc.constant([{ name: { zh: "元旦", en: "x" }, from: "2027-01-03", to: "2027-01-01" }]), tie("value")),
      workdays: fc.oneof(fc.constant(["2027-02-07"]), tie("value"))
    }, { requiredKeys: [] }),
    fc.record({ document: tie("value"), article: fc.constantFrom("第十五条", ""), extra: fc.constant(1) }, { requiredKeys: [] }),
    fc.record({ days: fc.oneof(fc.integer({ min: -2, max: 100_001 }), tie("value")), months: fc.nat(24) }, { requiredKeys: [] }),
    fc.record({
      id: fc.constantFrom("county", ""),
      version: fc.constant("2026.1"),
      label: fc.constant({ zh: "县", en: "county" }),
      parameters: fc.oneof(
        fc.constant({ "dibao.standard.urban": { values: { "370213": [{ effectiveFrom: "2026-01-01", value: "1050.00", source: { document: "x" } }] } } }),
        fc.constant({ p: { values: { "370213": [{ effectiveFrom: "2026-01-01", value: 1, source: { document: "x" } }, { effectiveFrom: "2026-01-01", value: 2, source: { document: "x" } }] } } }),
        tie("value")
      )
    }, { requiredKeys: [] })
  )
})).value

describe("the schema compiler", () => {
  it("is zod's compile under Node (the tests run the path Node users get)", () => {
    expect(typeof compileSchema).toBe("function")
  })

  it.each(Object.keys(SCHEMAS))("%s: the compiled parser and the runtime parser give the same success, value and issues", (name) => {
    const schema = SCHEMAS[name as keyof typeof SCHEMAS] as z.core.$ZodType
    const compiled = compileSchema!(schema)
    fc.assert(
      fc.property(near, (input) => {
        const a = z.safeParse(schema, input)
        const b = z.safeParse(compiled, input)
        expect(b.success).toBe(a.success)
        if (a.success) expect(b.data).toEqual(a.data)
        else expect(b.error?.issues).toEqual(a.error.issues)
      }),
      { numRuns: 400 }
    )
  })

  it("decode gives the same answer on the first call (runtime) and on later ones (compiled)", () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      for (const input of ["2026-12-05", "2026-02-30", { document: "法", article: "" }, { days: 3 }, { year: 2027, source: { document: "x" }, holidays: [], workdays: ["2027-13-01"] }]) {
        const fresh = z.clone(schema as z.core.$ZodType)
        const first = decode(fresh, input)
        const second = decode(fresh, input)
        const third = decode(fresh, input)
        expect(Result.isSuccess(second), name).toBe(Result.isSuccess(first))
        expect(third, name).toEqual(second)
        expect(second, name).toEqual(first)
      }
    }
  })
})

describe("decode gives both languages from one parse", () => {
  const Visit = z.strictObject({ on: IsoDateSchema, count: z.number().check(z.int(), z.minimum(1)), note: z.optional(z.string().check(z.maxLength(3), z.regex(/^[a-z]*$/, { error: "lower-case letters only" }))) })
  it("each issue has its English and its Chinese message, in the issues' order", () => {
    const r = decode(Visit, { on: "2026-02-30", count: 0, note: "ABCD", "bad\u0000key": 1 })
    const issues = Result.isFailure(r) ? r.failure.issues : []
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["on", "custom"],
      ["count", "too_small"],
      ["note", "too_big"],
      ["note", "invalid_format"],
      ["", "unrecognized_keys"]
    ])
    for (const i of issues) {
      expect(i.en, i.code).not.toMatch(/[\u3400-\u9fff]/)
      // no separator (NUL, a random word, NUL) is left in either message
      expect(`${i.en} ${i.zh}`).not.toMatch(/\u0000[a-z0-9]+\u0000/)
    }
    expect(issues[1]?.zh).toMatch(/[\u3400-\u9fff]/)
    expect(issues[2]?.zh).toMatch(/[\u3400-\u9fff]/)
    // a message the schema gives itself is the same in both languages, as a second parse would give
    expect([issues[3]?.en, issues[3]?.zh]).toEqual(["lower-case letters only", "lower-case letters only"])
    // a key holding NUL cannot split a message: the unknown key is named whole in both languages
    expect(issues[4]?.en).toContain("bad\u0000key")
    expect(issues[4]?.zh).toContain("bad\u0000key")
    expect(issues[4]?.zh).toMatch(/[\u3400-\u9fff]/)
  })
})
