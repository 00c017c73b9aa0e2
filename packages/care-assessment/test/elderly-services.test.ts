import {
  CAPABILITY_LEVELS,
  entitledServices,
  extendServiceList,
  loadServiceList,
  NANHAI_BASIC_ELDERLY_SERVICES,
  NANHAI_EXTENSION,
  NATIONAL_BASIC_ELDERLY_SERVICES_2023,
  type ServiceEntitlements
} from "@minzheng/care-assessment"
import type { Explanation } from "@minzheng/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const NATIONAL = NATIONAL_BASIC_ELDERLY_SERVICES_2023
const ask = (person: unknown, asOf: string, list: unknown = NATIONAL): ServiceEntitlements => Result.getOrThrow(entitledServices(list, person, asOf))
const ids = (e: ServiceEntitlements) => e.entitled.map((s) => s.item)
const has = (person: unknown, asOf: string, item: string, list: unknown = NATIONAL) => ids(ask(person, asOf, list)).includes(item)

const zhLabels = (n: Explanation): Array<string> => [n.label.zh, ...n.children.flatMap(zhLabels)]

describe("the national list (《国家基本养老服务清单》, 2023) as data", () => {
  it("loads, starts on 2023-05-21 and cites the 意见 on every item", () => {
    expect(Result.isSuccess(loadServiceList(NATIONAL))).toBe(true)
    expect(NATIONAL.effectiveFrom).toBe("2023-05-21")
    for (const item of NATIONAL.items) {
      expect(item.citation.document).toBe("关于推进基本养老服务体系建设的意见")
      expect(item.citation.article).toMatch(/^附件《国家基本养老服务清单》：/)
    }
  })
  it("says honestly that its items are reconstructed: every one is marked unverified, and the reasons say so", () => {
    expect(NATIONAL.items.every((i) => i.verified === false)).toBe(true)
    const e = ask({ birthDate: "1950-01-01" }, "2025-01-01")
    expect(e.entitled.every((s) => s.reasons.some((r) => r.zh === "本条目尚未与清单原文逐项核对"))).toBe(true)
  })
  it("covers the three categories 物质帮助、照护服务、关爱服务", () => {
    expect(new Set(NATIONAL.items.map((i) => i.category))).toEqual(new Set(["material", "care", "caring"]))
  })
  it("a date before the list took effect is ParameterMissing (before-first-entry), the day it took effect is answered", () => {
    const before = entitledServices(NATIONAL, { birthDate: "1940-01-01" }, "2023-05-20")
    expect(Result.isFailure(before) && before.failure._tag === "ParameterMissing" && before.failure.reason === "before-first-entry").toBe(true)
    expect(Result.isSuccess(entitledServices(NATIONAL, { birthDate: "1940-01-01" }, "2023-05-21"))).toBe(true)
  })
  it("a list that has ended answers ParameterMissing (ended) after its last day", () => {
    const ended = { ...NATIONAL, effectiveUntil: "2025-12-31" }
    expect(Result.isSuccess(entitledServices(ended, { birthDate: "1940-01-01" }, "2025-12-31"))).toBe(true)
    const after = entitledServices(ended, { birthDate: "1940-01-01" }, "2026-01-01")
    expect(Result.isFailure(after) && after.failure._tag === "ParameterMissing" && after.failure.reason === "ended").toBe(true)
  })
})

describe("age thresholds fall on the birthday (周岁)", () => {
  const born = "1945-06-01"
  it("高龄津贴 (80): the day before the 80th birthday no, on it yes, the day after yes", () => {
    expect(has({ birthDate: born }, "2025-05-31", "high-age-allowance")).toBe(false)
    expect(has({ birthDate: born }, "2025-06-01", "high-age-allowance")).toBe(true)
    expect(has({ birthDate: born }, "2025-06-02", "high-age-allowance")).toBe(true)
  })
  it("the refusal says how old the person is: 未满80周岁（现年79周岁）", () => {
    const e = ask({ birthDate: born }, "2025-05-31")
    expect(e.notEntitled.find((s) => s.item === "high-age-allowance")?.reasons[0]?.zh).toBe("未满80周岁（现年79周岁）")
  })
  it("老年人健康管理 (65): below, at and above the 65th birthday", () => {
    expect(has({ birthDate: "1960-06-01" }, "2025-05-31", "health-management")).toBe(false)
    expect(has({ birthDate: "1960-06-01" }, "2025-06-01", "health-management")).toBe(true)
    expect(has({ birthDate: "1960-06-01" }, "2025-06-02", "health-management")).toBe(true)
  })
  it("a person born on 02-29 turns 65 on 03-01 of a non-leap year", () => {
    expect(has({ birthDate: "1960-02-29" }, "2025-02-28", "health-management")).toBe(false)
    expect(has({ birthDate: "1960-02-29" }, "2025-03-01", "health-management")).toBe(true)
  })
  it("特困人员救助供养 (60): a 特困 person the day before and on the 60th birthday", () => {
    expect(has({ birthDate: "1965-06-01", identity: "tekun" }, "2025-05-31", "tekun-support")).toBe(false)
    expect(has({ birthDate: "1965-06-01", identity: "tekun" }, "2025-06-01", "tekun-support")).toBe(true)
  })
})

describe("capability levels (GB/T 42195-2022) and the other conditions", () => {
  const poor = { birthDate: "1950-01-01", identity: "dibao" }
  it("护理补贴: 能力完好 no, 轻度失能 yes (the lowest level read as 失能), worse levels yes", () => {
    expect(has({ ...poor, level: "intact" }, "2025-01-01", "care-subsidy")).toBe(false)
    for (const level of ["mild", "moderate", "severe", "complete"]) expect(has({ ...poor, level }, "2025-01-01", "care-subsidy")).toBe(true)
  })
  it("护理补贴 needs an assessment: not assessed is refused with 尚未进行能力评估", () => {
    const e = ask({ ...poor, level: null }, "2025-01-01")
    expect(e.notEntitled.find((s) => s.item === "care-subsidy")?.reasons.map((r) => r.zh)).toContain("尚未进行能力评估")
  })
  it("经济困难 follows the identity unless the locality decided: 低保边缘 yes, other no, an explicit finding wins", () => {
    expect(has({ birthDate: "1950-01-01", identity: "dibao-edge" }, "2025-01-01", "service-subsidy")).toBe(true)
    expect(has({ birthDate: "1950-01-01", identity: "other" }, "2025-01-01", "service-subsidy")).toBe(false)
    expect(has({ birthDate: "1950-01-01", identity: "other", economicHardship: true }, "2025-01-01", "service-subsidy")).toBe(true)
    expect(has({ birthDate: "1950-01-01", identity: "dibao", economicHardship: false }, "2025-01-01", "service-subsidy")).toBe(false)
  })
  it("集中供养 for a 特困 person: 具备生活自理能力 no, 部分丧失 yes, 完全丧失 yes", () => {
    const t = { birthDate: "1950-01-01", identity: "tekun" }
    expect(has({ ...t, tekunSelfCare: "capable" }, "2025-01-01", "tekun-institutional-care")).toBe(false)
    expect(has({ ...t, tekunSelfCare: "partially-lost" }, "2025-01-01", "tekun-institutional-care")).toBe(true)
    expect(has({ ...t, tekunSelfCare: "fully-lost" }, "2025-01-01", "tekun-institutional-care")).toBe(true)
  })
  it("探访关爱: living with family and intact no; living alone yes; 二级残疾 yes, 三级 no", () => {
    const p = { birthDate: "1950-01-01", level: "intact", living: "with-family" }
    expect(has(p, "2025-01-01", "visiting-care")).toBe(false)
    expect(has({ ...p, living: "alone" }, "2025-01-01", "visiting-care")).toBe(true)
    expect(has({ ...p, disabilityGrade: 2 }, "2025-01-01", "visiting-care")).toBe(true)
    expect(has({ ...p, disabilityGrade: 3 }, "2025-01-01", "visiting-care")).toBe(false)
  })
  it("公办养老机构入住: hardship and intact at 79 no, at 80 yes; a 计划生育特殊家庭 alone yes", () => {
    expect(has({ birthDate: "1945-06-01", identity: "dibao", level: "intact" }, "2025-05-31", "public-institution-admission")).toBe(false)
    expect(has({ birthDate: "1945-06-01", identity: "dibao", level: "intact" }, "2025-06-01", "public-institution-admission")).toBe(true)
    expect(has({ birthDate: "1960-01-01", familyPlanningSpecial: true }, "2025-01-01", "public-institution-admission")).toBe(true)
  })
  it("a worked case: an 81-year-old 低保 recipient of 中度失能 gets ten items, each with its reasons", () => {
    const e = ask({ birthDate: "1944-03-01", identity: "dibao", level: "moderate" }, "2025-06-01")
    expect(e.age).toBe(81)
    expect(ids(e)).toEqual(["dibao", "medical-insurance-subsidy", "high-age-allowance", "service-subsidy", "care-subsidy", "home-adaptation", "capability-assessment", "health-management", "public-institution-admission", "visiting-care"])
    const care = e.entitled.find((s) => s.item === "care-subsidy")!
    expect(care.reasons.map((r) => r.zh)).toEqual(["年满60周岁（现年81周岁）", "经济困难（低保对象）", "能力等级为能力中度受损（中度失能）", "本条目尚未与清单原文逐项核对"])
    expect(care.reasons[1]?.en).toBe("in economic hardship (dibao recipient)")
    expect(care.citations.map((c) => c.number ?? c.document)).toEqual(["关于推进基本养老服务体系建设的意见", "财社〔2014〕113号", "GB/T 42195-2022"])
  })
  it("the Chinese explanation has no English words", () => {
    const e = ask({ birthDate: "1944-03-01", identity: "tekun", level: "severe", tekunSelfCare: "fully-lost", living: "alone", disabilityGrade: 1, familyPlanningSpecial: true }, "2025-06-01")
    for (const zh of zhLabels(e.explanation)) expect(zh).not.toMatch(/[A-Za-z]/)
    for (const s of [...e.entitled, ...e.notEntitled]) for (const r of s.reasons) expect(r.zh).not.toMatch(/[A-Za-z]/)
  })
})

describe("bad input: one InvalidInput listing every problem", () => {
  it("a bad birth date, an unknown identity and a bad date are all reported at once, with paths", () => {
    const r = entitledServices(NATIONAL, { birthDate: "1950-02-30", identity: "rich" }, "2025-13-01")
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r) && r.failure._tag === "InvalidInput") {
      expect(r.failure.issues.map((i) => i.path.join("."))).toEqual(["person.birthDate", "person.identity", "asOf"])
      for (const i of r.failure.issues) expect(i.zh.length).toBeGreaterThan(0)
    } else throw new Error("expected InvalidInput")
  })
  it("a date before the birth date is refused", () => {
    const r = entitledServices(NATIONAL, { birthDate: "2025-06-01" }, "2025-05-01")
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues[0]?.code).toBe("before_birth")
  })
  it("garbage never throws", () => {
    for (const bad of [null, 42, "x", [], { birthDate: 5 }]) {
      expect(Result.isFailure(entitledServices(bad, bad, bad))).toBe(true)
    }
  })
})

describe("南海 (seed 004): a local list over the national one", () => {
  it("keeps the 13 national items, adds 5 local ones and applies from the national date", () => {
    expect(NANHAI_BASIC_ELDERLY_SERVICES.items.length).toBe(18)
    expect(NANHAI_BASIC_ELDERLY_SERVICES.items.slice(0, 13).map((i) => i.id)).toEqual(NATIONAL.items.map((i) => i.id))
    expect(NANHAI_BASIC_ELDERLY_SERVICES.effectiveFrom).toBe("2023-05-21")
    expect(NANHAI_BASIC_ELDERLY_SERVICES.base).toBe("national-2023")
  })
  it("local items cite seed report 004 as local practice", () => {
    for (const i of NANHAI_BASIC_ELDERLY_SERVICES.items.filter((x) => x.local === true)) expect(i.citation.document).toMatch(/seed 004/)
  })
  it("a resident without 户籍: 5 months no, 6 months yes (“居住半年以上”); 户籍 yes", () => {
    const p = { birthDate: "1950-01-01" }
    const five = ask({ ...p, residence: { hukouLocal: false, monthsResident: 5 } }, "2025-01-01", NANHAI_BASIC_ELDERLY_SERVICES)
    expect(five.entitled).toEqual([])
    expect(five.resident).toBe(false)
    expect(five.notEntitled[0]?.reasons[0]?.zh).toBe("非本地户籍，在本地居住5个月，未满6个月")
    expect(ids(ask({ ...p, residence: { hukouLocal: false, monthsResident: 6 } }, "2025-01-01", NANHAI_BASIC_ELDERLY_SERVICES))).toContain("nanhai-elder-canteen")
    expect(ids(ask({ ...p, residence: { hukouLocal: true } }, "2025-01-01", NANHAI_BASIC_ELDERLY_SERVICES))).toContain("nanhai-elder-canteen")
  })
  it("the local list asks for residence; leaving it out is InvalidInput", () => {
    const r = entitledServices(NANHAI_BASIC_ELDERLY_SERVICES, { birthDate: "1950-01-01" }, "2025-01-01")
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues[0]?.code).toBe("residence_required")
  })
  it("the purchased home care needs the local finding (the seed does not say who qualifies)", () => {
    const p = { birthDate: "1950-01-01", residence: { hukouLocal: true } }
    expect(has(p, "2025-01-01", "nanhai-purchased-home-care", NANHAI_BASIC_ELDERLY_SERVICES)).toBe(false)
    expect(has({ ...p, determinations: ["nanhai-home-care-purchase"] }, "2025-01-01", "nanhai-purchased-home-care", NANHAI_BASIC_ELDERLY_SERVICES)).toBe(true)
  })
})

describe("a locality may add and raise, never remove or lower", () => {
  const cite = { document: "某市基本养老服务清单" }
  const local = { id: "x-2025", name: { zh: "某市清单", en: "a city's list" }, region: "370213", declaredOn: "2025-01-01", citation: cite }
  it("a lower 高龄 age (70) widens the allowance: a 75-year-old is entitled under the local list only", () => {
    const l = Result.getOrThrow(extendServiceList({ ...local, raise: [{ item: "high-age-allowance", minAge: 70, citation: cite }] }))
    expect(has({ birthDate: "1950-01-01" }, "2025-06-01", "high-age-allowance")).toBe(false)
    expect(has({ birthDate: "1950-01-01" }, "2025-06-01", "high-age-allowance", l)).toBe(true)
    expect(l.items.find((i) => i.id === "high-age-allowance")?.basis?.at(-1)).toEqual(cite)
    expect(l.effectiveFrom).toBe("2025-01-01")
  })
  it("dropping 经济困难 makes the service subsidy universal", () => {
    const l = Result.getOrThrow(extendServiceList({ ...local, raise: [{ item: "service-subsidy", dropConditions: ["economic-hardship"], citation: cite }] }))
    expect(has({ birthDate: "1950-01-01", identity: "other" }, "2025-06-01", "service-subsidy", l)).toBe(true)
  })
  it("a standard may rise (100 → 120 元) but not fall (100 → 80 元), at the 分", () => {
    const withStd = Result.getOrThrow(extendServiceList({ ...local, raise: [{ item: "high-age-allowance", standard: { description: { zh: "每月 100.00 元", en: "100.00 yuan a month" }, monthlyAmount: "100.00" }, citation: cite }] }))
    const up = extendServiceList({ ...local, id: "y", raise: [{ item: "high-age-allowance", standard: { description: { zh: "每月 120.00 元", en: "120.00" }, monthlyAmount: "120.00" }, citation: cite }] }, withStd)
    expect(Result.isSuccess(up)).toBe(true)
    const same = extendServiceList({ ...local, id: "y", raise: [{ item: "high-age-allowance", standard: { description: { zh: "每月 100.00 元", en: "100.00" }, monthlyAmount: "100.00" }, citation: cite }] }, withStd)
    expect(Result.isSuccess(same)).toBe(true)
    const down = extendServiceList({ ...local, id: "y", raise: [{ item: "high-age-allowance", standard: { description: { zh: "每月 99.99 元", en: "99.99" }, monthlyAmount: "99.99" }, citation: cite }] }, withStd)
    expect(Result.isFailure(down) && down.failure.issues[0]?.code).toBe("standard_lowered")
  })
  it("every problem at once: a higher age, an unknown item, a clashing id and the national region", () => {
    const r = extendServiceList({
      ...local,
      region: "100000",
      raise: [
        { item: "high-age-allowance", minAge: 90, citation: cite },
        { item: "no-such-item", citation: cite }
      ],
      addItems: [{ ...NATIONAL.items[0]! }]
    })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["not_local", "coverage_lowered", "unknown_item", "duplicate_item"])
  })
  it("the 南海 extension is valid data", () => {
    expect(Result.isSuccess(extendServiceList(NANHAI_EXTENSION))).toBe(true)
  })
})

describe("laws (fast-check, fixed seed)", () => {
  const person = fc.record({
    birthDate: fc.integer({ min: 1910, max: 1990 }).map((y) => `${y}-0${1 + (y % 9)}-1${y % 10}`),
    identity: fc.constantFrom("tekun", "dibao", "dibao-edge", "other"),
    level: fc.constantFrom(...CAPABILITY_LEVELS, null),
    living: fc.constantFrom("alone", "empty-nest", "left-behind", "with-family"),
    familyPlanningSpecial: fc.boolean()
  })
  it("every item is either entitled or not, never both", () => {
    fc.assert(
      fc.property(person, (p) => {
        const e = ask(p, "2025-06-01")
        const all = [...ids(e), ...e.notEntitled.map((s) => s.item)].sort()
        return JSON.stringify(all) === JSON.stringify(NATIONAL.items.map((i) => i.id).sort())
      }),
      { seed: 20261204, numRuns: 200 }
    )
  })
  it("a local list never gives less than the national list: lowering an age never takes an item away", () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 60, max: 80 }), (p, min) => {
        const l = Result.getOrThrow(extendServiceList({ id: "l", name: { zh: "地方", en: "local" }, region: "370213", declaredOn: "2023-06-01", citation: { document: "x" }, raise: [{ item: "high-age-allowance", minAge: min, citation: { document: "x" } }] }))
        const national = new Set(ids(ask(p, "2025-06-01")))
        const localIds = new Set(ids(ask(p, "2025-06-01", l)))
        return [...national].every((i) => localIds.has(i))
      }),
      { seed: 20261204, numRuns: 200 }
    )
  })
})

describe("today is a test date", () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10)
  it("answers at the machine's date and 400 days ahead with the shipped lists (no calendar needed)", () => {
    const today = new Date()
    for (const d of [iso(today), iso(new Date(today.getTime() + 400 * 86_400_000))]) {
      expect(Result.isSuccess(entitledServices(NATIONAL, { birthDate: "1950-01-01", identity: "dibao", level: "mild" }, d))).toBe(true)
      expect(Result.isSuccess(entitledServices(NANHAI_BASIC_ELDERLY_SERVICES, { birthDate: "1950-01-01", residence: { hukouLocal: true } }, d))).toBe(true)
    }
  })
})
