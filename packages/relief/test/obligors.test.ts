import { formatCitation, type Explanation } from "@minzheng/core"
import { type HouseholdInput, determineUnsafe, legalObligorsUnsafe } from "@minzheng/relief"
import { describe, expect, it } from "vitest"
import { household, jimo } from "./fixtures.js"

// 即墨 (illustrative bundle), 2025-03-15: 低保标准 1,050 元, 上年人均可支配收入 52,000 元, 低收入
// asset test 36 months of the standard per person.
const tekunOf = (h: ReturnType<typeof household>) => determineUnsafe(h, jimo).determinations.find((d) => d.programme === "tekun")!
const withMembers = (members: Array<Record<string, unknown>>, over: Partial<HouseholdInput> = {}) =>
  household({ residence: { region: "370215", area: "urban" }, members: members as HouseholdInput["members"], ...over })
const elderWith = (others: Array<Record<string, unknown>>, over: Partial<HouseholdInput> = {}) =>
  withMembers([{ id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1950-01-01" }, ...others], over)
const spouse = (extra: Record<string, unknown> = {}) => ({ id: "b", relationship: "spouse", birthDate: "1956-01-01", ...extra })
const findings = (h: ReturnType<typeof household>) => legalObligorsUnsafe(h, jimo).map((o) => [o.memberId ?? o.declaredIndex, o.obligation, o.ground])

describe("特困: legal obligors from the household (民法典第一千零五十九、一千零六十七条; 特困认定办法第八条)", () => {
  it("an elderly applicant with no spouse and no children has no obligor and is 特困", () => {
    const h = elderWith([])
    expect(legalObligorsUnsafe(h, jimo)).toEqual([])
    expect(tekunOf(h).eligible).toBe(true)
  })
  it("a 69-year-old spouse with no recorded ground owes 扶养 and can give it: 特困 refused, naming the spouse", () => {
    const h = elderWith([spouse()])
    expect(findings(h)).toEqual([["b", "maintenance", null]])
    const d = tekunOf(h)
    expect(d.eligible).toBe(false)
    expect(d.reasons.map((r) => r.zh)).toContain("有具备履行义务能力的法定义务人：配偶")
  })
  it("a spouse who is already 特困 cannot support (第八条（一）)", () => {
    const h = elderWith([spouse({ tekun: true })])
    expect(findings(h)).toEqual([["b", "maintenance", "tekun"]])
    expect(tekunOf(h).eligible).toBe(true)
  })
  it("a 低保 spouse is unable at 60, able at 59 (第八条（二）)", () => {
    expect(findings(elderWith([spouse({ birthDate: "1965-03-15", dibaoRecipient: true })]))).toEqual([["b", "maintenance", "elderly-dibao"]])
    expect(findings(elderWith([spouse({ birthDate: "1965-03-16", dibaoRecipient: true })]))).toEqual([["b", "maintenance", null]])
  })
  it("in a household already on 低保, a counted spouse of 60 or over is a 低保对象 (第八条（二）)", () => {
    const h = elderWith([spouse({ birthDate: "1960-01-01" })], { previous: { programme: "dibao", since: "2023-01-01", monthlyAmount: "900.00" } })
    expect(findings(h)).toEqual([["b", "maintenance", "elderly-dibao"]])
  })
  it("a spouse of 70 with low income and low-income property is unable; at 69 able (第八条（三）)", () => {
    expect(findings(elderWith([spouse({ birthDate: "1955-03-15" })]))).toEqual([["b", "maintenance", "aged-70-low-means"]])
    expect(findings(elderWith([spouse({ birthDate: "1955-03-16" })]))).toEqual([["b", "maintenance", null]])
  })
  it("第八条（三）: own income one 分 a month under 52,000 元 a year is low; at 52,000 it is not", () => {
    // 4,333.33 × 12 = 51,999.96 < 52,000; 4,333.34 × 12 = 52,000.08
    const at = (amount: string) => findings(elderWith([spouse({ birthDate: "1950-01-01" })], { incomes: [{ member: "b", category: "wages", amount }] }))
    expect(at("4333.33")).toEqual([["b", "maintenance", "aged-70-low-means"]])
    expect(at("4333.34")).toEqual([["b", "maintenance", null]])
  })
  it("第八条（三）: a 70-year-old spouse in a household whose property exceeds the 低收入 rules is able", () => {
    // two counted members: 36 × 1,050 × 2 = 75,600 元 of financial assets at most
    const h = elderWith([spouse({ birthDate: "1950-01-01" })], { assets: { financial: "75600.01", residentialUnits: 1 } })
    expect(findings(h)).toEqual([["b", "maintenance", null]])
    const ok = elderWith([spouse({ birthDate: "1950-01-01" })], { assets: { financial: "75600.00", residentialUnits: 1 } })
    expect(findings(ok)).toEqual([["b", "maintenance", "aged-70-low-means"]])
  })
  it("a severely disabled spouse (physical grade 2) with low means is unable; grade 3 physical is not severe (第八条（四）)", () => {
    expect(findings(elderWith([spouse({ disability: { category: "physical", grade: 2 } })]))).toEqual([["b", "maintenance", "severe-disability-low-means"]])
    expect(findings(elderWith([spouse({ disability: { category: "physical", grade: 3 } })]))).toEqual([["b", "maintenance", null]])
    expect(findings(elderWith([spouse({ disability: { category: "mental", grade: 3 } })]))).toEqual([["b", "maintenance", "severe-disability-low-means"]])
  })
  it("a spouse in prison or declared missing, with low-income property, is unable (第八条（五）); compulsory rehabilitation is no ground", () => {
    expect(findings(elderWith([spouse({ absence: "in-prison" })]))).toEqual([["b", "maintenance", "no-capacity-missing-prison"]])
    expect(findings(elderWith([spouse({ absence: "declared-missing" })]))).toEqual([["b", "maintenance", "no-capacity-missing-prison"]])
    expect(findings(elderWith([spouse({ absence: "compulsory-rehabilitation" })]))).toEqual([["b", "maintenance", null]])
  })
  it("an adult son living with his father owes 赡养 and bars 特困; a son under 18 owes nothing (第一千零六十七条第二款)", () => {
    const son = (birthDate: string) => elderWith([{ id: "s", relationship: "child", birthDate, livesTogether: true }])
    expect(findings(son("2007-03-15"))).toEqual([["s", "elder-support", null]])
    expect(tekunOf(son("2007-03-15")).eligible).toBe(false)
    expect(findings(son("2007-03-16"))).toEqual([])
    expect(tekunOf(son("2007-03-16")).eligible).toBe(true)
  })
  it("a minor's parents owe 抚养: one able parent bars 特困, both in prison frees it (第一千零六十七条第一款)", () => {
    const child = (father: Record<string, unknown>, mother: Record<string, unknown>) =>
      withMembers([
        { id: "a", relationship: "applicant", birthDate: "2015-06-01" },
        { id: "f", relationship: "parent", birthDate: "1985-01-01", ...father },
        { id: "m", relationship: "parent", birthDate: "1987-01-01", ...mother }
      ])
    const oneAble = child({ absence: "in-prison" }, {})
    expect(findings(oneAble)).toEqual([
      ["f", "upbringing", "no-capacity-missing-prison"],
      ["m", "upbringing", null]
    ])
    expect(tekunOf(oneAble).eligible).toBe(false)
    expect(tekunOf(child({ absence: "in-prison" }, { absence: "in-prison" })).eligible).toBe(true)
  })
  it("an adult's parents owe 抚养 only when the adult cannot live independently (第一千零六十七条第一款)", () => {
    const adult = (extra: Record<string, unknown>) =>
      withMembers([
        { id: "a", relationship: "applicant", birthDate: "1995-01-01", disability: { category: "intellectual", grade: 1 }, ...extra },
        { id: "p", relationship: "parent", birthDate: "1967-01-01", livesTogether: true }
      ])
    expect(findings(adult({}))).toEqual([])
    expect(findings(adult({ canLiveIndependently: false }))).toEqual([["p", "upbringing", null]])
    expect(tekunOf(adult({ canLiveIndependently: false })).eligible).toBe(false)
  })
  it("a declared supporter with a member's relationship and birth date is that member, and adds what it records", () => {
    const h = elderWith([spouse()], { legalSupporters: [{ relationship: "spouse", birthDate: "1956-01-01", tekun: true }] })
    expect(legalObligorsUnsafe(h, jimo).map((o) => [o.source, o.memberId, o.declaredIndex, o.ground])).toEqual([["member", "b", 0, "tekun"]])
    const daughter = elderWith([spouse({ tekun: true })], { legalSupporters: [{ relationship: "child", birthDate: "1980-01-01" }] })
    expect(findings(daughter)).toEqual([
      ["b", "maintenance", "tekun"],
      [0, "elder-support", null]
    ])
  })
  it("the explanation cites the Civil Code article for each duty and 第八条 for each finding", () => {
    const tree = tekunOf(elderWith([spouse({ tekun: true }), { id: "s", relationship: "child", birthDate: "1980-01-01", livesTogether: true, tekun: true }])).explanation!
    const obligors: Explanation[] = []
    const walk = (n: Explanation) => {
      if (n.rule === "relief.tekun.obligor") obligors.push(n)
      n.children.forEach(walk)
    }
    walk(tree)
    const cites = obligors.map((o) => o.children.flatMap((c) => c.citations.map((x) => formatCitation(x))))
    expect(cites).toEqual([
      ["《中华人民共和国民法典》第一千零五十九条", "《特困人员认定办法》（民发〔2021〕43号）第八条"],
      ["《中华人民共和国民法典》第一千零六十七条第二款", "《特困人员认定办法》（民发〔2021〕43号）第八条"]
    ])
    expect(obligors.map((o) => o.label.zh)).toEqual(["配偶（69周岁）：无履行义务能力", "子女（45周岁）：无履行义务能力"])
  })
})
