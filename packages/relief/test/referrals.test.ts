import { type Citation, InvalidInput, formatCitation, isoDateUnsafe, regionCodeUnsafe } from "@minzheng/core"
import {
  type HouseholdInput,
  JIMO_BUNDLE,
  JIMO_CHANNELS,
  JIMO_REFERRAL_ITEMS,
  NATIONAL_REFERRAL_ITEMS,
  REFERRAL_CATALOGUE,
  type ReferralItem,
  decodeHouseholdUnsafe,
  defineReferralCatalogue,
  determineUnsafe,
  referralNotice,
  referrals,
  resolveReliefPolicyUnsafe
} from "@minzheng/relief"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { household, licang } from "./fixtures.js"

const AS_OF = isoDateUnsafe("2025-03-15")
const jimo = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), AS_OF)
const jimoHousehold = (over: Partial<HouseholdInput>) => household({ residence: { region: "370215", area: "urban" }, ...over })
const run = (h: ReturnType<typeof household>, policy = jimo) => referrals(h, determineUnsafe(h, policy))
const item = (rs: ReturnType<typeof run>, id: string) => rs.find((r) => r.itemId === id)
const cites = (cs: ReadonlyArray<Citation>) => cs.map(formatCitation)

/** 王芳 (38, able to work, no job, no income) and her son in primary school, in 即墨: on 低保. */
const wang = (over: Partial<HouseholdInput> = {}) =>
  jimoHousehold({
    members: [
      { id: "a", name: "王芳", relationship: "applicant", birthDate: "1986-04-01", labourCapacity: "full" },
      { id: "b", name: "王小明", relationship: "child", birthDate: "2014-09-01", education: "primary" }
    ],
    ...over
  })

describe("社会救助“一件事” referrals (seed 003; 社会救助暂行办法 第五至八章)", () => {
  it("a 低保 mother out of work with a primary-school son is told about 医疗、教育、就业救助 and 法律援助", () => {
    const rs = run(wang())
    expect(rs.map((r) => r.itemId)).toEqual(["medical-assistance", "education-assistance", "employment-assistance", "legal-aid"])
    expect(rs.every((r) => r.strength === "qualifies")).toBe(true)
    const edu = item(rs, "education-assistance")!
    expect(edu.memberIds).toEqual(["b"])
    expect(edu.reasons[0]!.zh).toBe("王小明在义务教育阶段就学，家庭享受最低生活保障或本人为特困人员，应给予教育救助")
    expect(cites(edu.citations)).toContain("《社会救助暂行办法》（国务院令第649号）第三十三条第一款")
    expect(edu.channels).toEqual(["online"])
    const job = item(rs, "employment-assistance")!
    expect(job.reasons[0]!.zh).toContain("家庭有劳动能力的成员均未就业，应确保至少一人就业")
    expect(cites(job.citations)).toContain("《社会救助暂行办法》（国务院令第649号）第四十三条")
    expect(job.channels).toEqual(["offline", "online"])
    expect(cites(item(rs, "legal-aid")!.citations)).toContain("《中华人民共和国法律援助法》第四十二条")
    expect(item(rs, "medical-assistance")!.memberIds).toEqual(["a", "b"])
  })

  it("with a job the mother is not referred to 就业救助 (第四十二条: 处于失业状态)", () => {
    const h = wang({
      members: [
        { id: "a", name: "王芳", relationship: "applicant", birthDate: "1986-04-01", labourCapacity: "full", employed: true },
        { id: "b", name: "王小明", relationship: "child", birthDate: "2014-09-01", education: "primary" }
      ],
      incomes: [{ member: "a", category: "wages", amount: "600.00" }]
    })
    const rs = run(h)
    expect(item(rs, "employment-assistance")).toBeUndefined()
    expect(item(rs, "medical-assistance")).toBeDefined()
  })

  it("a household above every line gets no national referral", () => {
    const h = wang({ incomes: [{ member: "a", category: "wages", amount: "20000.00" }] })
    expect(run(h)).toEqual([])
    expect(referralNotice("王芳家", run(h))).toBe("王芳家：经比对，暂无需要告知的其他救助帮扶事项。")
  })

  it("senior-secondary and higher education give 适当教育救助 (第三十三条第二款): may qualify", () => {
    const h = wang({
      members: [
        { id: "a", name: "王芳", relationship: "applicant", birthDate: "1986-04-01", labourCapacity: "full" },
        { id: "b", name: "王大明", relationship: "child", birthDate: "2007-09-01", education: "undergraduate" }
      ]
    })
    const edu = item(run(h), "education-assistance")!
    expect(edu.strength).toBe("may-qualify")
    expect(cites(edu.citations)).toContain("《社会救助暂行办法》（国务院令第649号）第三十三条第二款")
  })

  it("住房救助 is raised only for a 低保 household without a home of its own (第三十七、三十九条)", () => {
    expect(item(run(wang()), "housing-assistance")).toBeUndefined()
    const noHome = item(run(wang({ assets: { financial: "0", residentialUnits: 0 } })), "housing-assistance")!
    expect(noHome.strength).toBe("may-qualify")
    expect(noHome.channels).toEqual(["offline"])
    expect(noHome.howToApply.zh).toContain("县级住房保障部门")
  })

  it("残疾人两项补贴 (国发〔2015〕52号): a grade-1 disabled member on 低保 who lost self-care gets both", () => {
    const h = jimoHousehold({
      members: [
        { id: "a", name: "赵强", relationship: "applicant", birthDate: "1975-01-01", disability: { category: "physical", grade: 1 }, selfCareLevel: "fully-lost" },
        { id: "b", name: "李梅", relationship: "spouse", birthDate: "1978-01-01", labourCapacity: "full", employed: true }
      ],
      incomes: [{ member: "b", category: "wages", amount: "800.00" }]
    })
    const rs = run(h)
    expect(item(rs, "disability-living-allowance")?.strength).toBe("qualifies")
    expect(item(rs, "disability-living-allowance")?.memberIds).toEqual(["a"])
    const care = item(rs, "severe-disability-care-allowance")!
    expect(care.strength).toBe("qualifies")
    expect(cites(care.citations)).toEqual(["《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）二（一）"])
  })

  it("护理补贴 is not means-tested: a grade-2 disabled person with income above the line may still ask", () => {
    const h = jimoHousehold({
      members: [{ id: "a", name: "赵强", relationship: "applicant", birthDate: "1975-01-01", disability: { category: "visual", grade: 2 } }],
      incomes: [{ member: "a", category: "wages", amount: "9000.00" }]
    })
    const rs = run(h)
    expect(item(rs, "disability-living-allowance")).toBeUndefined()
    expect(item(rs, "severe-disability-care-allowance")?.strength).toBe("may-qualify")
    const grade3 = jimoHousehold({
      members: [{ id: "a", relationship: "applicant", birthDate: "1975-01-01", disability: { category: "physical", grade: 3 } }],
      incomes: [{ member: "a", category: "wages", amount: "9000.00" }]
    })
    expect(item(run(grade3), "severe-disability-care-allowance")).toBeUndefined()
  })

  it("即墨's local items apply in 即墨 only, and are cited as local practice in Chinese", () => {
    const elder = (region: string) =>
      household({ residence: { region, area: "urban" }, members: [{ id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1944-05-01" }], incomes: [{ member: "a", category: "other", amount: "9000.00" }] })
    const inJimo = run(elder("370215"))
    expect(inJimo.map((r) => r.itemId)).toEqual(["jimo-longevity-allowance", "jimo-elderly-accident-insurance"])
    expect(inJimo.every((r) => r.local)).toBe(true)
    expect(cites(inJimo[0]!.citations)[0]).toMatch(/^地方实践：种子报告 003（即墨：80岁以上/)
    expect(run(elder("370213"), licang)).toEqual([])
  })

  it("the age thresholds of the local items: 79 and 80, 59 and 60", () => {
    const at = (birthDate: string) =>
      run(jimoHousehold({ members: [{ id: "a", relationship: "applicant", birthDate }], incomes: [{ member: "a", category: "other", amount: "9000.00" }] })).map((r) => r.itemId)
    expect(at("1945-03-16")).toEqual(["jimo-elderly-accident-insurance"]) // 79 on 2025-03-15
    expect(at("1945-03-15")).toEqual(["jimo-longevity-allowance", "jimo-elderly-accident-insurance"]) // 80
    expect(at("1965-03-16")).toEqual([]) // 59
    expect(at("1965-03-15")).toEqual(["jimo-elderly-accident-insurance"]) // 60
  })

  it("临时救助 brings in 即墨's 慈善“救急难”基金 (seed 003)", () => {
    const h = wang({ incident: { type: "emergency", cause: "fire", severity: "major", date: "2025-03-01" } })
    const rs = run(h)
    expect(item(rs, "jimo-charity-emergency-fund")?.strength).toBe("may-qualify")
    expect(item(rs, "temporary-assistance-expenditure")).toBeUndefined()
  })

  it("the notice reads as Chinese: names, not ids, departments, channels and the basis", () => {
    const text = referralNotice("王芳家", run(wang()))
    expect(text).toContain("1. 医疗救助（医疗保障部门，符合条件）")
    expect(text).toContain("理由：王芳、王小明为最低生活保障家庭成员，可申请医疗救助")
    expect(text).toContain("线上申请")
    expect(text).not.toMatch(/[a-z]{3,}/)
  })

  it("a member without a name is named by relationship", () => {
    const h = jimoHousehold({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1986-04-01", labourCapacity: "full" },
        { id: "b", relationship: "child", birthDate: "2014-09-01", education: "primary" }
      ]
    })
    expect(item(run(h), "education-assistance")!.reasons[0]!.zh.startsWith("子女")).toBe(true)
  })

  it("refuses a determination of another household, and a bad catalogue, with one InvalidInput", () => {
    const h = wang()
    const other = wang({ id: "h2" })
    expect(() => referrals(h, determineUnsafe(other, jimo))).toThrow(InvalidInput)
    const dup = [...REFERRAL_CATALOGUE, REFERRAL_CATALOGUE[0]!]
    const r = defineReferralCatalogue(dup)
    expect(Result.isFailure(r) && r.failure.issues[0]!.code).toBe("duplicate")
    const broken = { ...REFERRAL_CATALOGUE[0]!, id: "x", assess: () => { throw new TypeError("boom") } } as ReferralItem
    try {
      referrals(h, determineUnsafe(h, jimo), [broken])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInput)
      expect((e as InvalidInput).issues[0]!.code).toBe("assess_failed")
    }
  })

  it("every shipped item has a legal basis, and 即墨's channels follow the seed's department groups", () => {
    expect(Result.isSuccess(defineReferralCatalogue(REFERRAL_CATALOGUE))).toBe(true)
    expect(NATIONAL_REFERRAL_ITEMS.every((i) => !i.local && i.legalBasis.length > 0)).toBe(true)
    expect(JIMO_REFERRAL_ITEMS.every((i) => i.local && i.legalBasis[0]!.document === "local practice: seed 003")).toBe(true)
    expect(JIMO_CHANNELS["medical-security"]).toEqual(["offline"])
    expect(JIMO_CHANNELS.education).toEqual(["online"])
  })

  it("property: referrals never name a member outside the household, and member order does not change the items", () => {
    const memberArb = fc.record({
      birthYear: fc.integer({ min: 1930, max: 2022 }),
      grade: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      school: fc.option(fc.constantFrom("primary" as const, "junior-secondary" as const, "undergraduate" as const), { nil: undefined }),
      employed: fc.boolean()
    })
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 2 }), (ms, income, homes) => {
        const members = ms.map((m, i) => ({
          id: `m${i}`,
          relationship: i === 0 ? "applicant" : "child",
          birthDate: `${m.birthYear}-06-01`,
          employed: m.employed,
          ...(m.grade === undefined ? {} : { disability: { category: "physical", grade: m.grade } }),
          ...(m.school === undefined || m.birthYear < 1995 ? {} : { education: m.school })
        })) as HouseholdInput["members"]
        const h = jimoHousehold({ members, incomes: [{ member: "m0", category: "wages", amount: `${income}.00` }], assets: { financial: "0", residentialUnits: homes } })
        const rs = run(h)
        const ids = new Set(members.map((m) => m.id))
        for (const r of rs) for (const id of r.memberIds) expect(ids.has(id)).toBe(true)
        const reversed = jimoHousehold({ members: [members[0]!, ...members.slice(1).reverse()], incomes: [{ member: "m0", category: "wages", amount: `${income}.00` }], assets: { financial: "0", residentialUnits: homes } })
        expect(run(reversed).map((r) => r.itemId)).toEqual(rs.map((r) => r.itemId))
      }),
      { seed: 20261204, numRuns: 120 }
    )
  })
})

describe("referrals at the real date (today is a test date)", () => {
  it("runs at today's date and 400 days ahead with the shipped 即墨 bundle, or fails with a typed error", () => {
    const today = new Date()
    for (const offset of [0, 400]) {
      const d = new Date(today.getTime() + offset * 86_400_000)
      const iso = isoDateUnsafe(d.toISOString().slice(0, 10))
      let policy
      try {
        policy = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), iso)
      } catch (e) {
        expect((e as { _tag?: string })._tag).toMatch(/ParameterMissing|PolicyBundleIncomplete|InvalidInput/)
        continue
      }
      const h = decodeHouseholdUnsafe({ ...wang(), id: "today" })
      const rs = referrals(h, determineUnsafe(h, policy))
      expect(rs.length).toBeGreaterThan(0)
    }
  })
})
