import { assignHours, determineEntitlements, LICANG_CATALOGUE, loadDecisionTable, splitCost, XIASHAN_POLICY, ZIBO_CATEGORIES } from "@minzheng/care-assessment"
import { Money } from "@minzheng/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const decide = (facts: unknown) => Result.getOrThrow(determineEntitlements(XIASHAN_POLICY, facts))

describe("峡山: living in an institution (seed 001)", () => {
  it("a 特困 person with 重度失能 pays nothing: the government bears 100%", () => {
    const d = decide({ identity: "tekun", level: "severe", setting: "institution", monthlyCost: "3200.00" })
    expect(d.entitlements.map((e) => e.rule)).toEqual(["institution-tekun"])
    expect(d.entitlements[0]?.costSplit?.government.toString()).toBe("3200.00")
    expect(d.entitlements[0]?.costSplit?.person.toString()).toBe("0.00")
  })
  it("a 低保 person with 中度失能 pays 20%, exact to the 分", () => {
    const s = decide({ identity: "dibao", level: "moderate", setting: "institution", monthlyCost: "2999.99" }).entitlements[0]?.costSplit
    expect([s?.government.toString(), s?.person.toString()]).toEqual(["2399.99", "600.00"])
  })
  it("a 贫困户 person with 完全失能 falls under 80/20 too", () => {
    expect(decide({ identity: "poverty-registered", level: "complete", setting: "institution" }).entitlements[0]?.then.costShare).toEqual({ government: "0.8", person: "0.2" })
  })
  it("anyone else with 中度失能 pays 70%", () => {
    const s = decide({ identity: "other", level: "moderate", setting: "institution", monthlyCost: "1000.01" }).entitlements[0]?.costSplit
    expect([s?.government.toString(), s?.person.toString()]).toEqual(["300.00", "700.01"])
  })
  it("a 低边 (dibao-edge) person is among 'others': 30/70", () => {
    expect(decide({ identity: "dibao-edge", level: "severe", setting: "institution" }).entitlements[0]?.rule).toBe("institution-others")
  })
  it("a 低保 person with only 轻度失能 gets no institution subsidy (中度以上 only)", () => {
    const d = decide({ identity: "dibao", level: "mild", setting: "institution" })
    expect(d.entitlements).toEqual([])
    expect(d.explanation.label.zh).toContain("不符合任何规则")
  })
  it("a 特困 person whose ability is intact is not a 失能 case", () => {
    expect(decide({ identity: "tekun", level: "intact", setting: "institution" }).entitlements).toEqual([])
  })
})

describe("峡山: care at home", () => {
  it("hours stay within the 10–60 a month the seed gives, and are marked illustrative", () => {
    const home = XIASHAN_POLICY.rules.filter((r) => r.when.settings?.includes("home"))
    for (const r of home) {
      expect(r.then.monthlyFreeHours).toBeGreaterThanOrEqual(10)
      expect(r.then.monthlyFreeHours).toBeLessThanOrEqual(60)
      expect(r.illustrative).toBe(true)
    }
    expect(Math.min(...home.map((r) => r.then.monthlyFreeHours ?? 0))).toBe(10)
    expect(Math.max(...home.map((r) => r.then.monthlyFreeHours ?? 0))).toBe(60)
  })
  it("a 特困 person with 完全失能 at home gets 60 free hours with the named services, provisional in the explanation", () => {
    const d = decide({ identity: "tekun", level: "complete", setting: "home" })
    expect(d.entitlements[0]?.then.monthlyFreeHours).toBe(60)
    expect(d.entitlements[0]?.then.services).toEqual(["cleaning", "feeding", "dressing", "shopping", "medication"])
    expect(d.explanation.provisional).toBe(true)
  })
  it("entitled hours are assigned to the 李沧 functions", () => {
    const a = Result.getOrThrow(assignHours(LICANG_CATALOGUE, 40, [{ service: "cleaning", hours: 12 }, { service: "feeding", hours: 8 }, { service: "medication", hours: 6.5 }]))
    expect(a.byFunction.find((f) => f.function === "daily-living")?.hours).toBe(20)
    expect(a.byFunction.find((f) => f.function === "nursing")?.hours).toBe(6.5)
    expect(a.remaining).toBe(13.5)
  })
  it("asking for more hours than entitled, an unknown service and a bad figure are all reported", () => {
    const r = assignHours(LICANG_CATALOGUE, 10, [{ service: "massage", hours: 2 }, { service: "cleaning", hours: 0.3 }])
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["unknown_service", "invalid_hours"])
    const over = assignHours(LICANG_CATALOGUE, 10, [{ service: "cleaning", hours: 10.5 }])
    expect(Result.isFailure(over) && over.failure.issues[0]?.code).toBe("over_entitlement")
  })
})

describe("淄博 categories (seed 001)", () => {
  const cats = (facts: unknown) => Result.getOrThrow(determineEntitlements(ZIBO_CATEGORIES, facts)).entitlements.map((e) => e.rule)
  it("a 低保 person with 轻度失能 is category 1", () => expect(cats({ identity: "dibao", level: "mild" })).toEqual(["category-1"]))
  it("a 特困 person is category 2 whatever the level", () => expect(cats({ identity: "tekun", level: "intact" })).toEqual(["category-2"]))
  it("a 低保边缘 person with 轻度失能 is in no category; with 中度 in category 3", () => {
    expect(cats({ identity: "dibao-edge", level: "mild" })).toEqual([])
    expect(cats({ identity: "dibao-edge", level: "moderate" })).toEqual(["category-3"])
  })
  it("支出型困难 counts only with 重度失能 (category 4), and then also gets the festival allowance", () => {
    expect(cats({ identity: "rigid-expenditure", level: "moderate" })).toEqual([])
    expect(cats({ identity: "rigid-expenditure", level: "severe" })).toEqual(["category-4", "festival-allowance"])
  })
  it("an orphan in school is category 5", () => expect(cats({ identity: "child-in-difficulty", inSchool: true })).toEqual(["category-5"]))
})

describe("cost split and user tables", () => {
  it("a cost that is not whole 分 and shares that do not sum to 1 are both reported", () => {
    const r = splitCost(Money.yuan("10.005"), { government: "0.5", person: "0.6" })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["not_whole_fen", "shares_not_one"])
  })
  it("a user table naming a level the instrument lacks and a bad share is refused", () => {
    const table = { ...XIASHAN_POLICY, rules: [{ ...XIASHAN_POLICY.rules[0]!, when: { levels: ["very-bad"] }, then: { costShare: { government: "0.5", person: "0.4" } } }] }
    const r = loadDecisionTable(table)
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code).sort()).toEqual(["shares_not_one", "unknown_level"])
  })
  it("a user table for its own instrument is accepted when its levels are given", () => {
    const table = { ...XIASHAN_POLICY, levelScale: "city-form", services: undefined, rules: [{ id: "a", label: { zh: "甲", en: "a" }, when: { levels: ["x"] }, then: { monthlyFreeHours: 12 }, citation: { document: "本地文件" } }] }
    expect(Result.isSuccess(loadDecisionTable(table, ["x", "y"]))).toBe(true)
  })
  it("facts with an unknown identity are refused with a bilingual message", () => {
    const r = determineEntitlements(XIASHAN_POLICY, { identity: "vip", level: "moderate" })
    expect(Result.isFailure(r) && r.failure.issues[0]?.path).toEqual(["identity"])
  })
})
