import { Money } from "@minzheng/core"
import { determineUnsafe, dibaoAmountOnlyUnsafe } from "@minzheng/relief"
import { describe, expect, it } from "vitest"
import { ABLE_SON, household, jimo, licang, policyFor, single } from "./fixtures.js"

const dibaoOf = (r: ReturnType<typeof determineUnsafe>) => r.determinations.find((d) => d.programme === "dibao")!

describe("低保 eligibility at the standard (暂行办法第九条: 人均收入低于标准)", () => {
  it("a one-person household with income exactly at the 1,050 元 standard is refused", () => {
    const d = dibaoOf(determineUnsafe(single("1050.00"), licang))
    expect(d.eligible).toBe(false)
    expect(d.citations.map((c) => c.article)).toContain("第九条")
  })
  it("one 分 under the standard qualifies, and the 0.01 元 gap is rounded up then topped up to the 30 元 minimum", () => {
    const d = dibaoOf(determineUnsafe(single("1049.99"), licang))
    expect(d.eligible).toBe(true)
    expect(d.terms.map((t) => [t.kind, t.amount.toString()])).toEqual([
      ["gap", "1.00"],
      ["minimum-top-up", "29.00"]
    ])
    expect(d.amount.toString()).toBe("30.00")
  })
  it("one 分 over the standard is refused", () => {
    expect(dibaoOf(determineUnsafe(single("1050.01"), licang)).eligible).toBe(false)
  })
})

describe("低保 amount (第十二条 补差, rounded once at the end)", () => {
  it("standard 632, three people, monthly income 1,894: the gap is 2 元, not the 3 元 per-capita rounding gives", () => {
    const policy = policyFor({ "dibao.standard.urban": "632.00", "dibao.minimumPayment": "0.00" })
    const h = household({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1980-01-01" },
        { id: "b", relationship: "spouse", birthDate: "1981-01-01" },
        { id: "c", relationship: "child", birthDate: "2015-01-01" }
      ],
      incomes: [{ member: "a", category: "other", amount: "1894.00" }]
    })
    const d = dibaoOf(determineUnsafe(h, policy))
    expect(d.amount.equals(Money.yuan("2"))).toBe(true)
  })
  it("a worker's wages are reduced by the 200 元 employment cost before the gap (第十三条 就业成本)", () => {
    const d = dibaoOf(determineUnsafe(single("0.00", { employed: true }), licang))
    expect(d.amount.toString()).toBe("1050.00")
    const h = household({
      members: [{ id: "a", relationship: "applicant", birthDate: "1970-05-01", employed: true }],
      incomes: [{ member: "a", category: "wages", amount: "800.00" }]
    })
    // 1050 − (800 − 200) = 450
    expect(dibaoOf(determineUnsafe(h, licang)).amount.toString()).toBe("450.00")
  })
  it("scholarships, 优待抚恤金 and 社会救助 money are not counted as income", () => {
    const h = household({
      incomes: [
        { member: "a", category: "reward", amount: "500.00" },
        { member: "a", category: "preferential-care", amount: "300.00" },
        { member: "a", category: "social-assistance", amount: "200.00" },
        { member: "a", category: "other", amount: "100.00" }
      ]
    })
    expect(dibaoOf(determineUnsafe(h, licang)).amount.toString()).toBe("950.00")
  })
  it("income of a month outside the six-month window is ignored; months inside are averaged", () => {
    const h = household({
      incomes: [
        { member: "a", category: "other", amount: "600.00", month: "2025-02" },
        { member: "a", category: "other", amount: "9999.00", month: "2025-03" },
        { member: "a", category: "other", amount: "9999.00", month: "2024-08" }
      ]
    })
    // 600 over 6 months = 100 a month → 1050 − 100 = 950
    expect(dibaoOf(determineUnsafe(h, licang)).amount.toString()).toBe("950.00")
  })
  it("the terms always add up to the amount, and the amount-only path agrees", () => {
    const h = single("333.33", { disability: { category: "physical", grade: 1 } })
    const d = dibaoOf(determineUnsafe(h, licang))
    expect(d.terms.reduce((s, t) => s + t.fen, 0)).toBe(d.fen)
    expect(dibaoAmountOnlyUnsafe(h, licang).fen).toBe(d.fen)
  })
})

describe("分类施保 increments", () => {
  it("李沧 pays a severely disabled (grade 2) member 20% of the standard on top of the gap", () => {
    const d = dibaoOf(determineUnsafe(single("1000.00", { disability: { category: "physical", grade: 2 } }, ABLE_SON), licang))
    expect(d.terms.map((t) => [t.kind, t.amount.toString()])).toEqual([
      ["gap", "50.00"],
      ["classified-increment", "210.00"]
    ])
  })
  it("a grade 3 physical disability is not 重度残疾 and gets no increment; grade 3 intellectual does", () => {
    expect(dibaoOf(determineUnsafe(single("1000.00", { disability: { category: "physical", grade: 3 } }), licang)).amount.toString()).toBe("50.00")
    expect(dibaoOf(determineUnsafe(single("1000.00", { disability: { category: "intellectual", grade: 3 } }, ABLE_SON), licang)).amount.toString()).toBe("260.00")
    expect(dibaoOf(determineUnsafe(single("1000.00", { disability: { category: "intellectual", grade: 4 } }), licang)).amount.toString()).toBe("50.00")
  })
  it("即墨: an older person of 60 gets the 10% increment, one of 59 does not", () => {
    const at = (birthDate: string) =>
      dibaoOf(determineUnsafe(household({ residence: { region: "370215", area: "urban" }, members: [{ id: "a", relationship: "applicant", birthDate }], incomes: [{ member: "a", category: "other", amount: "1000.00" }], ...ABLE_SON }), jimo))
    expect(at("1965-03-15").amount.toString()).toBe("155.00")
    expect(at("1965-03-16").amount.toString()).toBe("50.00")
  })
  it("即墨: a member of 17 gets the minor increment, one of 18 does not", () => {
    const withChild = (birthDate: string) =>
      dibaoOf(
        determineUnsafe(
          household({
            residence: { region: "370215", area: "urban" },
            members: [
              { id: "a", relationship: "applicant", birthDate: "1980-01-01" },
              { id: "c", relationship: "child", birthDate, education: "senior-secondary" }
            ],
            incomes: [{ member: "a", category: "other", amount: "2000.00" }]
          }),
          jimo
        )
      )
    expect(withChild("2007-03-16").terms.filter((t) => t.kind === "classified-increment").length).toBe(1)
    expect(withChild("2007-03-15").terms.filter((t) => t.kind === "classified-increment").length).toBe(0)
  })
})

describe("who counts (审核确认办法第七条)", () => {
  it("a spouse in prison is not counted and their income is not household income", () => {
    const h = household({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1980-01-01" },
        { id: "b", relationship: "spouse", birthDate: "1980-01-01", absence: "in-prison" }
      ],
      incomes: [{ member: "b", category: "wages", amount: "5000.00" }]
    })
    const r = determineUnsafe(h, licang)
    expect(r.countedMemberIds).toEqual(["a"])
    expect(dibaoOf(r).amount.toString()).toBe("1050.00")
  })
  it("an adult child at university (本科) counts; an independent adult child living elsewhere does not", () => {
    const h = household({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1970-01-01" },
        { id: "s", relationship: "child", birthDate: "2004-01-01", education: "undergraduate" },
        { id: "t", relationship: "child", birthDate: "1995-01-01" }
      ]
    })
    expect(determineUnsafe(h, licang).countedMemberIds).toEqual(["a", "s"])
  })
})

describe("asset tests (第十四条)", () => {
  it("financial assets of exactly 24 months' standard per person pass; one 分 more fails", () => {
    expect(dibaoOf(determineUnsafe(household({ assets: { financial: "25200.00", residentialUnits: 1 } }), licang)).eligible).toBe(true)
    const over = dibaoOf(determineUnsafe(household({ assets: { financial: "25200.01", residentialUnits: 1 } }), licang))
    expect(over.eligible).toBe(false)
    expect(over.reasons.map((r) => r.zh)).toContain("家庭财产状况不符合低保规定")
  })
  it("a private car fails the test; a disabled person's mobility vehicle is exempt", () => {
    expect(dibaoOf(determineUnsafe(household({ assets: { financial: "0", residentialUnits: 1, vehicles: [{ value: "30000" }] } }), licang)).eligible).toBe(false)
    expect(
      dibaoOf(determineUnsafe(household({ assets: { financial: "0", residentialUnits: 1, vehicles: [{ value: "30000", exemption: "disability-mobility" }] } }), licang)).eligible
    ).toBe(true)
  })
})

describe("dates and decision", () => {
  it("payment starts the month after the decision (第二十一条); a working-age household is re-checked in 6 months (第三十一条)", () => {
    const d = dibaoOf(determineUnsafe(single("500.00", { labourCapacity: "full" }), licang))
    expect(d.startDate).toBe("2025-04-01")
    expect(d.nextRecheck).toBe("2025-09-15")
  })
  it("an older person living alone is re-checked yearly", () => {
    const d = dibaoOf(determineUnsafe(household({ members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }], ...ABLE_SON }), licang))
    expect(d.nextRecheck).toBe("2026-03-15")
  })
})
