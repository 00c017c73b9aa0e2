import { Money, isoDateUnsafe } from "@minzheng/core"
import {
  SEED_PROGRAMMES_BUNDLE,
  classifyZiboCategories,
  decisionText,
  determineUnsafe,
  luozhuangChildAllowanceUnsafe,
  renchengCareFundingUnsafe,
  type HouseholdInput
} from "@minzheng/relief"
import { describe, expect, it } from "vitest"
import { household, jimo, licang } from "./fixtures.js"

const of = (r: ReturnType<typeof determineUnsafe>, p: string) => r.determinations.find((d) => d.programme === p)!
const jimoHousehold = (over: Partial<HouseholdInput>) => household({ residence: { region: "370215", area: "urban" }, ...over })
const elder = (birthDate: string, extra: Record<string, unknown> = {}) =>
  jimoHousehold({ members: [{ id: "a", name: "刘大爷", relationship: "applicant", birthDate, ...extra }] as HouseholdInput["members"] })

describe("特困 (特困人员认定办法第四、五、六、八条)", () => {
  it("即墨: a 70-year-old with no income and no supporter gets 1.5 × 1,050 = 1,575 元 plus the full-loss care standard 800 元", () => {
    const d = of(determineUnsafe(elder("1955-01-01", { selfCareLevel: "fully-lost" }), jimo), "tekun")
    expect(d.eligible).toBe(true)
    expect(d.terms.map((t) => [t.kind, t.amount.toString()])).toEqual([
      ["basic-living", "1575.00"],
      ["care", "800.00"]
    ])
    expect(d.amount.toString()).toBe("2375.00")
  })
  it("age 60 is 无劳动能力, age 59 is not", () => {
    expect(of(determineUnsafe(elder("1965-03-15"), jimo), "tekun").eligible).toBe(true)
    expect(of(determineUnsafe(elder("1965-03-16"), jimo), "tekun").eligible).toBe(false)
  })
  it("a child under 16 qualifies; at 16 only a child already supported stays covered (to 18, 第二十四条)", () => {
    expect(of(determineUnsafe(elder("2009-03-16"), jimo), "tekun").eligible).toBe(true)
    expect(of(determineUnsafe(elder("2009-03-15"), jimo), "tekun").eligible).toBe(false)
    const continuing = jimoHousehold({
      members: [{ id: "a", relationship: "applicant", birthDate: "2009-03-15" }],
      previous: { programme: "tekun", since: "2020-01-01", monthlyAmount: "1575.00" }
    })
    expect(of(determineUnsafe(continuing, jimo), "tekun").eligible).toBe(true)
  })
  it("disability grade boundaries: physical 2 yes / 3 no, visual 1 yes / 2 no, mental 3 yes / 4 no", () => {
    const at = (category: string, grade: number) => of(determineUnsafe(elder("1980-01-01", { disability: { category, grade } }), jimo), "tekun").eligible
    expect([at("physical", 2), at("physical", 3), at("visual", 1), at("visual", 2), at("mental", 3), at("mental", 4)]).toEqual([true, false, true, false, true, false])
  })
  it("a son who can support his mother bars 特困; a son who is himself 特困 does not (第八条)", () => {
    const withSon = (son: Record<string, unknown>) =>
      of(determineUnsafe(jimoHousehold({ members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }], legalSupporters: [{ relationship: "child", birthDate: "1975-01-01", ...son }] }), jimo), "tekun")
    expect(withSon({}).eligible).toBe(false)
    expect(withSon({ tekun: true }).eligible).toBe(true)
  })
  it("the basic pension does not count as 特困 income, wages do", () => {
    const withIncome = (category: string) =>
      of(determineUnsafe(jimoHousehold({ members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }], incomes: [{ member: "a", category, amount: "2000.00" }] as HouseholdInput["incomes"] }), jimo), "tekun")
    expect(withIncome("basic-pension").eligible).toBe(true)
    expect(withIncome("wages").eligible).toBe(false)
  })
})

describe("低保边缘 and 单人户施保", () => {
  const twoPeople = (income: string, member: Record<string, unknown> = {}) =>
    household({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1975-01-01", employed: true },
        { id: "b", relationship: "spouse", birthDate: "1976-01-01", ...member }
      ],
      incomes: [{ member: "a", category: "other", amount: income }]
    })
  it("per-capita income between the standard and 1.5 × (2,100 to 3,150 元 for two) makes a 低保边缘 household", () => {
    expect(of(determineUnsafe(twoPeople("3149.99"), licang), "dibao-edge").eligible).toBe(true)
    expect(of(determineUnsafe(twoPeople("3150.00"), licang), "dibao-edge").eligible).toBe(false)
    expect(of(determineUnsafe(twoPeople("2099.99"), licang), "dibao-edge").eligible).toBe(false)
  })
  it("a grade-1 disabled spouse with no income in a 低保边缘 household is covered alone (第八条): 1,050 + 20% increment", () => {
    const r = determineUnsafe(twoPeople("3000.00", { disability: { category: "physical", grade: 1 } }), licang)
    const single = of(r, "dibao-single-person")
    expect(single.memberIds).toEqual(["b"])
    expect(single.amount.toString()).toBe("1260.00")
  })
})

describe("刚性支出困难家庭 (2025 办法第四条)", () => {
  it("heavy medical bills over the past 12 months above half the household income qualify a household above the edge", () => {
    const h = household({
      members: [{ id: "a", relationship: "applicant", birthDate: "1975-01-01" }],
      incomes: [{ member: "a", category: "other", amount: "2000.00" }],
      rigidExpenditures: [{ kind: "medical", member: "a", month: "2024-12", amount: "12000.01" }]
    })
    expect(of(determineUnsafe(h, licang), "rigid-expenditure").eligible).toBe(true)
    const h2 = household({
      members: [{ id: "a", relationship: "applicant", birthDate: "1975-01-01" }],
      incomes: [{ member: "a", category: "other", amount: "2000.00" }],
      rigidExpenditures: [{ kind: "medical", month: "2024-12", amount: "12000.00" }]
    })
    expect(of(determineUnsafe(h2, licang), "rigid-expenditure").eligible).toBe(false)
  })
})

describe("临时救助", () => {
  it("即墨: a fire (急难型, major) for a 3-person household is 6 × 1,050 × 3 = 18,900 元, approved by the county", () => {
    const h = jimoHousehold({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1975-01-01" },
        { id: "b", relationship: "spouse", birthDate: "1976-01-01" },
        { id: "c", relationship: "child", birthDate: "2010-01-01" }
      ],
      incomes: [{ member: "a", category: "wages", amount: "9000.00" }],
      incident: { type: "emergency", cause: "fire", severity: "major", date: "2025-03-10" }
    })
    const d = of(determineUnsafe(h, jimo), "temporary-assistance")
    expect([d.eligible, d.amount.toString(), d.approvalLevel, d.frequency]).toEqual([true, "18900.00", "county", "one-off"])
  })
  it("即墨: a large household's major hardship is capped at 30,000 元 (seed 003)", () => {
    const members = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, relationship: i === 0 ? "applicant" : "child", birthDate: "2010-01-01" }))
    const h = jimoHousehold({ members: members as HouseholdInput["members"], incident: { type: "emergency", cause: "fire", severity: "major", date: "2025-03-10" } })
    expect(of(determineUnsafe(h, jimo), "temporary-assistance").amount.toString()).toBe("30000.00")
  })
  it("a small 急难型 sum (one month's standard for one person) is approved by the township", () => {
    const h = jimoHousehold({ incident: { type: "emergency", cause: "sudden-illness", severity: "general", date: "2025-03-10" } })
    expect(of(determineUnsafe(h, jimo), "temporary-assistance").approvalLevel).toBe("township")
  })
})

describe("渐退期", () => {
  it("a 低保 household whose income rises after a member finds work keeps its 低保金 for 6 months", () => {
    const h = household({
      members: [{ id: "a", relationship: "applicant", birthDate: "1980-01-01", employed: true }],
      incomes: [{ member: "a", category: "wages", amount: "3000.00" }],
      previous: { programme: "dibao", since: "2023-07-01", monthlyAmount: "865.00" }
    })
    const d = of(determineUnsafe(h, licang), "gradual-exit")
    expect([d.eligible, d.amount.toString(), d.startDate, d.gradualExitEnd]).toEqual([true, "865.00", "2025-04-01", "2025-09-30"])
  })
  it("an exit that started in September 2024 has ended by March 2025", () => {
    const h = household({
      members: [{ id: "a", relationship: "applicant", birthDate: "1980-01-01", employed: true }],
      incomes: [{ member: "a", category: "wages", amount: "3000.00" }],
      previous: { programme: "dibao", since: "2023-07-01", monthlyAmount: "865.00", gradualExitFrom: "2024-09-01" }
    })
    expect(of(determineUnsafe(h, licang), "gradual-exit").eligible).toBe(false)
  })
})

describe("seed programmes", () => {
  it("任城: 集中托养 at the 特困 standard of 1,205.11 元/月 is paid 6,518.52 元 a year from a 543.21 元 低保金 and 7,942.80 元 by the charity", () => {
    const f = renchengCareFundingUnsafe(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), Money.yuan("543.21"))
    expect([f.totalCost.toString(), f.fromDibao.toString(), f.fromCharity.toString()]).toEqual(["14461.32", "6518.52", "7942.80"])
    expect(f.fromDibao.plus(f.fromCharity).equals(f.totalCost)).toBe(true)
  })
  it("任城: a 低保金 above the cost is used only up to the cost; the charity pays nothing", () => {
    const f = renchengCareFundingUnsafe(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), Money.yuan("1300.00"))
    expect([f.fromDibao.toString(), f.fromCharity.toString()]).toEqual(["14461.32", "0.00"])
  })
  it("罗庄: each child lacking guardianship receives 500 元 a month; a child of 18 does not", () => {
    const h = household({
      residence: { region: "371311", area: "rural" },
      members: [
        { id: "g", relationship: "applicant", birthDate: "1950-01-01" },
        { id: "c1", relationship: "grandchild", birthDate: "2014-01-01", livesTogether: true, circumstances: ["guardianship-lacking"] },
        { id: "c2", relationship: "grandchild", birthDate: "2012-01-01", livesTogether: true, circumstances: ["guardianship-lacking"] },
        { id: "c3", relationship: "grandchild", birthDate: "2007-03-15", livesTogether: true, circumstances: ["guardianship-lacking"] }
      ]
    })
    const a = luozhuangChildAllowanceUnsafe(h, SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-03-15"))
    expect([a.childIds, a.monthly.toString()]).toEqual([["c1", "c2"], "1000.00"])
  })
  it("淄博: the five categories — a mildly incapacitated 低保 member (1), a 特困 person (2), a student of a 低保 household (5)", () => {
    const h = household({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1950-01-01", incapacity: "mild" },
        { id: "c", relationship: "grandchild", birthDate: "2010-01-01", livesTogether: true, education: "junior-secondary" }
      ],
      legalSupporters: [{ relationship: "child", birthDate: "1975-01-01" }]
    })
    const cats = classifyZiboCategories(h, determineUnsafe(h, licang)).map((x) => [x.memberId, x.categories])
    expect(cats).toEqual([
      ["a", [1]],
      ["c", [5]]
    ])
    const alone = household({ residence: { region: "370215", area: "urban" }, members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01", incapacity: "severe" }] })
    // alone, with no obligor, she is 特困 — and, by 衔接, not also a 低保 member: category 2 only
    expect(classifyZiboCategories(alone, determineUnsafe(alone, jimo))[0]!.categories).toEqual([2])
  })
  it("淄博: a moderately incapacitated member of a 低保边缘 household is category 3", () => {
    const h = household({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1975-01-01" },
        { id: "b", relationship: "spouse", birthDate: "1976-01-01", incapacity: "moderate" }
      ],
      incomes: [{ member: "a", category: "other", amount: "3000.00" }]
    })
    expect(classifyZiboCategories(h, determineUnsafe(h, licang))[1]!.categories).toEqual([3])
  })
})

describe("decision text", () => {
  it("prints the programme, the amount, the dates and the legal basis in Chinese", () => {
    const text = decisionText(determineUnsafe(household(), licang))
    expect(text).toContain("一、最低生活保障：符合条件。每月1,050.00 元。自 2025-04-01 起发放。")
    expect(text).toContain("第九条")
    expect(text).toContain("示例数据")
  })
})

describe("the guide's worked household (docs/relief.md)", () => {
  it("李沧: 3 × 1,050 − 900 = 2,250 gap, +210 for a grade-2 disability, +315 for an orphan = 2,775 元; 特困 refused because the son can support", () => {
    const h = household({
      id: "LC-2025-0042",
      members: [
        { id: "a", name: "李四", relationship: "applicant", citizenId: "11010519491231002X" },
        { id: "b", name: "王五", relationship: "spouse", birthDate: "1952-09-01", disability: { category: "physical", grade: 2 } },
        { id: "c", name: "李小", relationship: "grandchild", birthDate: "2012-04-20", livesTogether: true, education: "junior-secondary", circumstances: ["orphan"] }
      ],
      incomes: [
        { member: "a", category: "transfer-in", amount: "900.00" },
        { member: "a", category: "basic-pension", amount: "180.00" },
        { member: "c", category: "reward", amount: "50.00" }
      ],
      assets: { financial: "12000.00", residentialUnits: 1 },
      legalSupporters: [{ relationship: "child", birthDate: "1975-01-01" }]
    })
    const text = decisionText(determineUnsafe(h, licang))
    expect(text).toContain("每月2,775.00 元（差额补助 2,250.00 元，分类施保加发（重度残疾人） 210.00 元，分类施保加发（孤儿） 315.00 元）")
    expect(text).toContain("二、特困人员救助供养（李四）：不符合条件（有具备履行义务能力的法定义务人：子女）。")
  })
})
