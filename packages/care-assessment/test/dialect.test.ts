/**
 * Issue 16 (one API dialect) applied to care-assessment: the instrument said once, money accepted
 * as core's MoneyInput everywhere, Result forms with throwing twins, closed sets exported with
 * their names, and the concepts shared with relief (identities, 淄博's five categories) defined once.
 */
import {
  assess,
  assessEffect,
  assessLevel,
  assessUnsafe,
  CAPABILITY_LEVEL_NAMES,
  CAPABILITY_LEVELS,
  CARE_IDENTITIES,
  CARE_IDENTITY_NAMES,
  CARE_PAYMENT_BASIS_NAMES,
  CARE_SETTING_NAMES,
  CarePlanRequestSchema,
  DecisionTableSchema,
  decodeResponseSet,
  decodeResponseSetUnsafe,
  determineEntitlements,
  determineEntitlementsUnsafe,
  EntitlementFactsSchema,
  GBT_42195,
  GBT_42195_2022,
  HIT_POLICY_NAMES,
  INSTRUMENT_STATUS_NAMES,
  InstrumentRegistry,
  InstrumentSchema,
  LEVEL_RAISE_STACKING_NAMES,
  LEVEL_RULE_KIND_NAMES,
  LocalListExtensionSchema,
  loadDecisionTableUnsafe,
  makeCarePlan,
  MZT_039_2013,
  nextReassessmentDate,
  nextReassessmentDateUnsafe,
  RISK_EVENT_COUNTING_NAMES,
  SERVICE_CATEGORY_NAMES,
  ServiceItemSchema,
  splitCost,
  TARGET_CONDITION_KIND_NAMES,
  TEKUN_SELF_CARE,
  XIASHAN_POLICY,
  ZIBO_CATEGORIES,
  ZIBO_CATEGORY_NAMES
} from "@minzheng/care-assessment"
import { ASSISTANCE_STATUS_NAMES, InvalidInput, isoDateUnsafe, Money, Result } from "@minzheng/core"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { best } from "./helpers.js"

const TEKUN_ITEMS = ["eating", "dressing", "getting-in-out-of-bed", "toileting", "indoor-walking", "bathing"]

describe("the instrument is said once", () => {
  const answers = best(GBT_42195_2022)
  it("assess and assessLevel take a form without `instrument`: the instrument passed in decides", () => {
    expect(Result.getOrThrow(assess(GBT_42195, { answers })).level).toBe("intact")
    expect(Result.getOrThrow(assessLevel(GBT_42195, { answers })).level).toBe("intact")
  })
  it("a form that names the same instrument is accepted, with the same result", () => {
    const a = Result.getOrThrow(assess(GBT_42195, { answers }))
    const b = Result.getOrThrow(assess(GBT_42195, { instrument: "gbt-42195-2022", answers }))
    expect(b).toEqual(a)
  })
  it("a form that names another instrument is refused at path [\"instrument\"], on both paths", () => {
    const results: Array<Result.Result<unknown, InvalidInput>> = [assess(GBT_42195, { instrument: "barthel-100", answers }), assessLevel(GBT_42195, { instrument: "barthel-100", answers })]
    for (const r of results) {
      expect(Result.isFailure(r) && r.failure.issues.map((i) => [i.path, i.code])).toEqual([[["instrument"], "instrument_mismatch"]])
    }
    const r = assess(GBT_42195, { instrument: 42, answers })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => [i.path, i.code])).toEqual([[["instrument"], "invalid_type"]])
  })
  it("assessUnsafe throws the InvalidInput the Result carries", () => {
    const form = { instrument: "barthel-100", answers }
    const r = assess(GBT_42195, form)
    expect(() => assessUnsafe(GBT_42195, form)).toThrow(InvalidInput)
    try {
      assessUnsafe(GBT_42195, form)
    } catch (e) {
      expect(Result.isFailure(r) && (e as InvalidInput).issues).toEqual(Result.isFailure(r) && r.failure.issues)
    }
    expect(assessUnsafe(TEKUN_SELF_CARE, { answers: TEKUN_ITEMS.map((item) => ({ item, option: "met" })) }).level).toBe("capable")
  })
  it("the registry form still needs `instrument` (it looks the instrument up by it)", () => {
    const exit = Effect.runSyncExit(assessEffect({ answers }).pipe(Effect.provide(InstrumentRegistry.builtIn)))
    expect(Exit.isFailure(exit)).toBe(true)
    const failure = Exit.isFailure(exit) ? exit.cause.reasons[0] : undefined
    const error = failure !== undefined && "error" in failure ? (failure.error as InvalidInput) : undefined
    expect(error?.issues.map((i) => [i.path, i.code])).toEqual([[["instrument"], "required"]])
  })
  it("decodeResponseSet is a Result (shape only); its twin throws", () => {
    expect(Result.isSuccess(decodeResponseSet({ answers: [] }))).toBe(true)
    const bad = decodeResponseSet({ answers: [], coma: "yes" })
    expect(Result.isFailure(bad) && bad.failure.issues[0]?.path).toEqual(["coma"])
    expect(() => decodeResponseSetUnsafe({ answers: "none" })).toThrow(InvalidInput)
  })
})

describe("money comes in as core's MoneyInput (Money or a decimal string)", () => {
  it("splitCost takes a string as well as a Money, with the same split", () => {
    const shares = { government: "0.3", person: "0.7" }
    const a = Result.getOrThrow(splitCost(Money.yuan("1000.01"), shares))
    const b = Result.getOrThrow(splitCost("1000.01", shares))
    expect([b.government.toString(), b.person.toString()]).toEqual([a.government.toString(), a.person.toString()])
    expect([b.government.toString(), b.person.toString()]).toEqual(["300.00", "700.01"])
  })
  it("splitCost refuses a float, a negative amount and fractions of a 分, each at path [\"total\"]", () => {
    const shares = { government: "1", person: "0" }
    for (const [total, code] of [[1000.5, "invalid_money"], ["-1.00", "negative"], ["1.005", "not_whole_fen"], ["abc", "invalid_money"]] as const) {
      const r = splitCost(total as never, shares)
      expect(Result.isFailure(r) && r.failure.issues.map((i) => [i.path, i.code]), String(total)).toEqual([[["total"], code]])
    }
  })
  it("determineEntitlements takes monthlyCost as a Money or a string: the same split", () => {
    const facts = { identity: "dibao", level: "moderate", setting: "institution" }
    const fromString = determineEntitlementsUnsafe(XIASHAN_POLICY, { ...facts, monthlyCost: "2999.99" }).entitlements[0]?.costSplit
    const fromMoney = determineEntitlementsUnsafe(XIASHAN_POLICY, { ...facts, monthlyCost: Money.yuan("2999.99") }).entitlements[0]?.costSplit
    expect([fromMoney?.government.toString(), fromMoney?.person.toString()]).toEqual(["2399.99", "600.00"])
    expect([fromString?.government.toString(), fromString?.person.toString()]).toEqual(["2399.99", "600.00"])
  })
  it("a float, a negative or a sub-分 monthlyCost is an InvalidInput at [\"monthlyCost\"]", () => {
    for (const monthlyCost of [2999.99, "-1", "1.001", Money.yuan("-5")]) {
      const r = determineEntitlements(XIASHAN_POLICY, { identity: "dibao", level: "moderate", setting: "institution", monthlyCost })
      expect(Result.isFailure(r) && r.failure.issues.map((i) => i.path), String(monthlyCost)).toEqual([["monthlyCost"]])
    }
  })
  it("a care plan takes hourlyRate and monthlyCost as Money or strings", () => {
    const base = {
      person: { birthDate: "1947-03-12", identity: "dibao" },
      assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
      needs: ["daily-living", "nursing"],
      asOf: "2025-06-01"
    }
    const home = Result.getOrThrow(makeCarePlan({ ...base, setting: "home", hourlyRate: Money.yuan("25") }))
    expect(home.payment?.government?.toString()).toBe("750.00")
    const institution = Result.getOrThrow(makeCarePlan({ ...base, setting: "institution", monthlyCost: Money.yuan("3000") }))
    expect([institution.payment?.government?.toString(), institution.payment?.person?.toString()]).toEqual(["2400.00", "600.00"])
    expect(Result.getOrThrow(makeCarePlan({ ...base, setting: "institution", monthlyCost: "3000.00" })).payment).toEqual(institution.payment)
  })
})

describe("failures come back as Results", () => {
  it("a care plan with a policy that is not a valid table fails with InvalidInput under [\"options\", \"policy\"], never throws", () => {
    const request = {
      person: { birthDate: "1947-03-12", identity: "dibao" },
      assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
      setting: "home",
      needs: ["daily-living"],
      asOf: "2025-06-01"
    }
    const policy = { ...XIASHAN_POLICY, hitPolicy: "all" } as never
    const r = makeCarePlan(request, { policy })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.path)).toEqual([["options", "policy", "hitPolicy"]])
  })
  it("nextReassessmentDate: an interval outside 1–120 months is a Result failure; the twin throws it", () => {
    const on = isoDateUnsafe("2025-08-31")
    expect(Result.getOrThrow(nextReassessmentDate(GBT_42195_2022, on, 6))).toBe("2026-02-28")
    expect(nextReassessmentDateUnsafe(MZT_039_2013, isoDateUnsafe("2025-03-01"))).toBe("2025-09-01")
    for (const months of [0, 121, 1.5]) {
      const r = nextReassessmentDate(GBT_42195_2022, on, months)
      expect(Result.isFailure(r) && r.failure.issues[0]?.path, String(months)).toEqual(["intervalMonths"])
      expect(() => nextReassessmentDateUnsafe(GBT_42195_2022, on, months)).toThrow(InvalidInput)
    }
  })
  it("loadDecisionTableUnsafe returns a valid table and throws InvalidInput on a broken one", () => {
    expect(loadDecisionTableUnsafe(ZIBO_CATEGORIES).id).toBe("zibo-2020")
    expect(() => loadDecisionTableUnsafe({ ...XIASHAN_POLICY, rules: [] })).toThrow(InvalidInput)
  })
})

describe("one concept, one definition", () => {
  it("care identities draw the social-assistance statuses from core: tekun and rigid-expenditure mean one thing", () => {
    for (const status of Object.keys(ASSISTANCE_STATUS_NAMES) as Array<keyof typeof ASSISTANCE_STATUS_NAMES>) {
      expect(CARE_IDENTITY_NAMES[status]).toBe(ASSISTANCE_STATUS_NAMES[status])
    }
    expect(CARE_IDENTITIES).toEqual([...Object.keys(ASSISTANCE_STATUS_NAMES), "child-in-difficulty", "other"])
    expect(CARE_IDENTITY_NAMES["rigid-expenditure"].zh).toBe("刚性支出困难家庭成员")
  })
  it("every identity is accepted by the schemas that take one", () => {
    for (const identity of CARE_IDENTITIES) {
      expect(EntitlementFactsSchema.safeParse({ identity }).success, identity).toBe(true)
    }
  })
  it("淄博's five categories are named in the seed's own words (seed 001)", () => {
    // seed 001 (淄博), verbatim but for full-width commas
    const seed =
      "将特殊困难家庭人员分成五类：第一类是城乡低保、农村建档立卡贫困家庭、即时帮扶人口中的重度、中度、轻度失能人员；第二类是城乡特困供养人员；" +
      "第三类是城乡低保边缘家庭中的重度、中度失能人员；第四类是因伤因病造成支出型困难家庭中的重度失能人员；第五类是城乡低保、特困供养、低保边缘、" +
      "因伤因病支出型困难家庭中的在校生，农村建档立卡贫困家庭、即时帮扶人口中的在校生以及孤儿、重点困境儿童、事实无人抚养儿童等在校生。"
    const ordinals = ["第一类是", "第二类是", "第三类是", "第四类是", "第五类是"]
    for (const [n, name] of Object.entries(ZIBO_CATEGORY_NAMES)) {
      expect(seed.includes(`${ordinals[Number(n) - 1]}${name.zh}`), `category ${n}`).toBe(true)
    }
  })
  it("ZIBO_CATEGORIES labels its rules with those names", () => {
    for (const n of [1, 2, 3, 4, 5] as const) {
      const rule = ZIBO_CATEGORIES.rules.find((r) => r.id === `category-${n}`)
      expect(rule?.label.zh.endsWith(ZIBO_CATEGORY_NAMES[n].zh)).toBe(true)
    }
  })
  it("the GB/T 42195 levels are named by CAPABILITY_LEVEL_NAMES", () => {
    expect(GBT_42195_2022.levels).toEqual(CAPABILITY_LEVELS.map((id) => ({ id, name: CAPABILITY_LEVEL_NAMES[id] })))
  })
})

describe("every closed set of the public types is an exported table with Chinese and English names", () => {
  // The values a schema admits for a closed-set field equal the keys of its *_NAMES table.
  const values = (schema: { safeParse: (u: unknown) => { success: boolean } }, make: (v: string) => unknown, candidates: ReadonlyArray<string>) =>
    candidates.filter((v) => schema.safeParse(make(v)).success)
  const probe = ["in-force", "pilot", "superseded", "total-bands", "domain-table", "none", "total", "per-type", "single-step", "cumulative", "first", "collect", "home", "institution", "material", "care", "caring", "x"]
  it("instrument status", () => {
    const make = (status: string) => ({ ...GBT_42195_2022, status })
    expect(values(InstrumentSchema, make, probe)).toEqual(Object.keys(INSTRUMENT_STATUS_NAMES))
  })
  it("level rule kinds, risk-event counting and raise stacking", () => {
    expect(GBT_42195_2022.levelRule.kind in LEVEL_RULE_KIND_NAMES).toBe(true)
    const raise = GBT_42195_2022.adjustments.raise!
    expect(values(InstrumentSchema, (v) => ({ ...GBT_42195_2022, adjustments: { ...GBT_42195_2022.adjustments, raise: { ...raise, riskEventCounting: v } } }), probe)).toEqual(Object.keys(RISK_EVENT_COUNTING_NAMES))
    expect(values(InstrumentSchema, (v) => ({ ...GBT_42195_2022, adjustments: { ...GBT_42195_2022.adjustments, raise: { ...raise, stacking: v } } }), probe)).toEqual(Object.keys(LEVEL_RAISE_STACKING_NAMES))
  })
  it("hit policies and settings", () => {
    expect(values(DecisionTableSchema, (hitPolicy) => ({ ...XIASHAN_POLICY, hitPolicy }), probe)).toEqual(Object.keys(HIT_POLICY_NAMES))
    expect(values(EntitlementFactsSchema, (setting) => ({ identity: "dibao", setting }), probe).sort()).toEqual(Object.keys(CARE_SETTING_NAMES).sort())
  })
  it("service categories, condition kinds and payment bases", () => {
    expect(Object.keys(CARE_PAYMENT_BASIS_NAMES)).toEqual(["cost-share", "free-hours"])
    const item = { id: "x", name: { zh: "甲", en: "x" }, target: { description: { zh: "甲", en: "x" }, all: [] }, content: { zh: "甲", en: "x" }, department: { zh: "甲", en: "x" }, citation: { document: "甲" }, verified: true }
    expect(values(ServiceItemSchema, (category) => ({ ...item, category }), probe)).toEqual(Object.keys(SERVICE_CATEGORY_NAMES))
    const droppable = Object.keys(TARGET_CONDITION_KIND_NAMES).filter((k) => k !== "age" && k !== "any")
    const ext = (kind: string) => ({ id: "x", name: { zh: "甲", en: "x" }, region: "440605", declaredOn: "2025-01-01", citation: { document: "甲" }, raise: [{ item: "x", dropConditions: [kind], citation: { document: "甲" } }] })
    expect(values(LocalListExtensionSchema, ext, [...Object.keys(TARGET_CONDITION_KIND_NAMES), "x"])).toEqual(droppable)
  })
  it("the care-plan request's setting", () => {
    const request = (setting: string) => ({
      person: { birthDate: "1947-03-12", identity: "dibao" },
      assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
      setting,
      needs: ["daily-living"],
      asOf: "2025-06-01"
    })
    expect(values(CarePlanRequestSchema, request, probe).sort()).toEqual(Object.keys(CARE_SETTING_NAMES).sort())
  })
})
