/**
 * Issue 14, 13 and 20 as worked cases: one benefit per person (低保 and 特困), 单人户施保 with the
 * person's own property, the household's own region, carried-forward and missing parameters, the
 * illustrative-data warning, Chinese output, and a citation on every deciding node.
 */
import { CARRIED_FORWARD_NOTE, type Explanation, type PolicyBundle, definePolicyBundleUnsafe, formatCitation, isoDateUnsafe, regionCodeUnsafe } from "@minzheng/core"
import {
  type HouseholdInput,
  JIMO_BUNDLE,
  LICANG_BUNDLE,
  NANHAI_BUNDLE,
  TAISHAN_BUNDLE,
  decisionText,
  decodeHouseholdUnsafe,
  determineUnsafe,
  dibaoAmountOnlyUnsafe,
  monthlyPayments,
  resolveReliefPolicy,
  resolveReliefPolicyUnsafe
} from "@minzheng/relief"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { householdArb } from "./arbitraries.js"
import { household, jimo, licang, policyFor, withLocal } from "./fixtures.js"

const of = (r: ReturnType<typeof determineUnsafe>, p: string) => r.determinations.find((d) => d.programme === p)!
const jimoHousehold = (over: Partial<HouseholdInput>) => household({ residence: { region: "370215", area: "urban" }, ...over })

describe("低保 and 特困 for the same person (暂行办法第十五条第三款; 特困认定办法第二十七条)", () => {
  it("即墨: a 1945-born person living alone gets 特困 1.5 × 1,050 = 1,575 元 and no 低保 — not both", () => {
    const r = determineUnsafe(jimoHousehold({ members: [{ id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1945-06-01" }] }), jimo)
    expect(of(r, "tekun").amount.toString()).toBe("1575.00")
    expect(of(r, "dibao").eligible).toBe(false)
    expect(of(r, "dibao").reasons[0]!.zh).toBe("家庭成员均已纳入特困人员救助供养，不再适用最低生活保障")
    expect(r.monthlyPaidFen).toBe(157_500)
    expect(monthlyPayments(r).map((p) => p.programme)).toEqual(["tekun"])
    const link = of(r, "tekun").explanation!.children.find((c) => c.rule === "relief.tekun.dibao-link")!
    expect([link.outcome, link.label.zh]).toEqual([true, "适用特困人员救助供养，本人不再适用最低生活保障"])
    expect(link.citations.map(formatCitation).slice(0, 2)).toEqual(["《社会救助暂行办法》（国务院令第649号）第十五条第三款", "《特困人员认定办法》（民发〔2021〕43号）第二十七条"])
  })
  it("a locality may decide otherwise, dated and cited: with tekun.excludesDibao false the person gets both", () => {
    const both = policyFor({ "tekun.excludesDibao": false }, JIMO_BUNDLE, "370215")
    const r = determineUnsafe(jimoHousehold({ members: [{ id: "a", relationship: "applicant", birthDate: "1945-06-01" }] }), both)
    expect([of(r, "tekun").eligible, of(r, "dibao").eligible]).toEqual([true, true])
  })
  it("a 特困 applicant with a spouse of 50 who earns 600 元: the 低保 household is the spouse alone (1,050 − 600 = 450 元)", () => {
    const h = jimoHousehold({
      members: [
        { id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1945-06-01" },
        { id: "b", name: "王阿姨", relationship: "spouse", birthDate: "1975-06-01", disability: { category: "mental", grade: 2 }, employed: false }
      ],
      incomes: [
        { member: "a", category: "other", amount: "400.00" },
        { member: "b", category: "other", amount: "600.00" }
      ]
    })
    const r = determineUnsafe(h, jimo)
    // the spouse is herself severely disabled and earns little: unable to support (第八条（四）) → 特困
    expect(of(r, "tekun").eligible).toBe(true)
    const d = of(r, "dibao")
    expect(d.memberIds).toEqual(["b"])
    expect(d.terms[0]!.amount.toString()).toBe("450.00")
    expect(r.determinations.filter((x) => x.eligible && x.frequency === "monthly").flatMap((x) => x.memberIds).sort()).toEqual(["a", "b"])
    expect(decisionText(r)).toContain("刘大爷已纳入特困人员救助供养，不计入低保家庭")
    // the locality's alternative: his income counts, he does not: 1,050 − (600 + 400) = 50 元
    const counted = policyFor({ "tekun.memberInDibaoHousehold": "income-counted" }, JIMO_BUNDLE, "370215")
    expect(of(determineUnsafe(h, counted), "dibao").terms[0]!.amount.toString()).toBe("50.00")
  })
  it("a member already recognised as 特困 (tekun: true) is left out of the 低保 household; the amount-only path agrees", () => {
    const h = household({
      members: [
        { id: "a", relationship: "applicant", birthDate: "1980-01-01" },
        { id: "b", relationship: "parent", birthDate: "1940-01-01", livesTogether: true, tekun: true }
      ]
    })
    const d = of(determineUnsafe(h, licang), "dibao")
    expect(d.memberIds).toEqual(["a"])
    expect(dibaoAmountOnlyUnsafe(h, licang).fen).toBe(d.fen)
  })
})

describe("单人户施保 (审核确认办法第八条; 2022 通知 一(一): “其个人收入财产符合条件的”)", () => {
  // A rich household (30,000 元 a month, 2,000,000 元 saved) with a severely disabled adult son without work.
  const rich = (son: Record<string, unknown>, financial = "2000000.00") =>
    household({
      members: [
        { id: "a", name: "赵父", relationship: "applicant", birthDate: "1965-01-01", employed: true },
        { id: "s", name: "赵子", relationship: "child", birthDate: "1995-01-01", canLiveIndependently: false, disability: { category: "intellectual", grade: 1 }, ...son }
      ],
      incomes: [{ member: "a", category: "wages", amount: "30000.00" }],
      assets: { financial, residentialUnits: 1 }
    })
  const single = (r: ReturnType<typeof determineUnsafe>) => r.determinations.find((d) => d.programme === "dibao-single-person")
  it("without the person's own property the route cannot be confirmed", () => {
    const d = single(determineUnsafe(rich({}), licang))!
    expect(d.eligible).toBe(false)
    expect(d.reasons.map((x) => x.zh)).toEqual(["未申报本人财产，无法确认本人财产符合条件"])
  })
  it("李沧 (24 months of 1,050 元): own savings of 25,200 元 pass, 25,200.01 元 fail; nationally no household condition", () => {
    const at = (fin: string) => single(determineUnsafe(rich({ assets: { financial: fin, residentialUnits: 0 } }), licang))!
    expect(at("25200.00").eligible).toBe(true)
    expect(at("25200.00").amount.toString()).toBe("1260.00")
    expect(at("25200.01").eligible).toBe(false)
    expect(at("25200.01").reasons[0]!.zh).toBe("本人财产不符合低保家庭财产状况规定")
  })
  it("own income one 分 under the standard qualifies; at the standard it does not", () => {
    const withIncome = (amount: string) =>
      single(determineUnsafe(household({
        members: [
          { id: "a", relationship: "applicant", birthDate: "1965-01-01", employed: true },
          { id: "s", relationship: "child", birthDate: "1995-01-01", canLiveIndependently: false, disability: { category: "physical", grade: 1 }, assets: { financial: "0", residentialUnits: 0 } }
        ],
        incomes: [{ member: "a", category: "wages", amount: "9000.00" }, { member: "s", category: "other", amount }]
      }), licang))!.eligible
    expect([withIncome("1049.99"), withIncome("1050.00")]).toEqual([true, false])
  })
  it("a local household condition (3 × the standard) is a dated parameter: below it yes, at it no", () => {
    const three = policyFor({ "singlePerson.householdIncomeMultiple": "3" })
    // two counted members; 3 × 1,050 × 2 = 6,300 元 a month is the limit
    const at = (wages: string) =>
      single(determineUnsafe(household({
        members: [
          { id: "a", relationship: "applicant", birthDate: "1965-01-01", employed: true },
          { id: "s", relationship: "child", birthDate: "1995-01-01", canLiveIndependently: false, disability: { category: "physical", grade: 1 }, assets: { financial: "0", residentialUnits: 0 } }
        ],
        incomes: [{ member: "a", category: "wages", amount: wages }]
      }), three))!.eligible
    // the employment-cost deduction (200 元) comes off wages first
    expect([at("6499.99"), at("6500.00")]).toEqual([true, false])
    expect(single(determineUnsafe(rich({ assets: { financial: "0", residentialUnits: 0 } }), three))!.eligible).toBe(false)
  })
  it("第八条 routes keep the 三级 intellectual and mental disabilities", () => {
    const edge = (grade: number, category: "mental" | "physical") =>
      determineUnsafe(household({
        members: [
          { id: "a", relationship: "applicant", birthDate: "1975-01-01", employed: true },
          { id: "b", relationship: "spouse", birthDate: "1976-01-01", employed: true, disability: { category, grade } }
        ],
        incomes: [{ member: "a", category: "other", amount: "2500.00" }]
      }), licang).determinations.find((d) => d.programme === "dibao-single-person")
    expect(edge(3, "mental")?.eligible).toBe(true)
    expect(edge(3, "physical")).toBeUndefined()
  })
  it("a member's own property may not exceed the household's: one typed error at the path", () => {
    expect(() => rich({ assets: { financial: "3000000.00", residentialUnits: 0 } })).toThrow(/financial|金融资产/)
  })
})

describe("the household's own region", () => {
  const canton = household({ residence: { region: "440605", area: "urban" } })
  it("a household in 440605 under the 370215 policy is refused at residence.region, by determine and the amount-only path", () => {
    for (const f of [() => determineUnsafe(canton, jimo), () => dibaoAmountOnlyUnsafe(canton, jimo)]) {
      try {
        f()
        expect.unreachable()
      } catch (e) {
        expect((e as { _tag: string })._tag).toBe("InvalidInput")
        expect((e as { issues: Array<{ path: unknown[] }> }).issues[0]!.path).toEqual(["residence", "region"])
      }
    }
  })
  it("a household in a sub-region of the policy's region is decided", () => {
    const cityWide: PolicyBundle = definePolicyBundleUnsafe({
      ...LICANG_BUNDLE,
      id: "qingdao-city-test",
      parameters: Object.fromEntries(
        Object.entries(LICANG_BUNDLE.parameters).map(([k, s]) => [k, { ...s, values: Object.fromEntries(Object.entries(s.values).map(([r, v]) => [r === "370213" ? "370200" : r, v])) }])
      )
    })
    const policy = resolveReliefPolicyUnsafe(cityWide, regionCodeUnsafe("370200"), isoDateUnsafe("2025-03-15"))
    expect(determineUnsafe(household({}), policy).determinations[0]!.eligible).toBe(true)
  })
})

describe("parameters that outlive their text (issue 13)", () => {
  const d2026 = isoDateUnsafe("2026-03-15")
  it("基础养老金 stays out of 低保 income from 2026, carried forward and said so in Chinese", () => {
    const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), d2026)
    expect(policy.carriedForward).toEqual(["income.basicPensionExcluded"])
    const h = household({ members: [{ id: "a", relationship: "applicant", birthDate: "1980-01-01" }], incomes: [{ member: "a", category: "basic-pension", amount: "200.00" }] })
    const r = determineUnsafe(h, policy)
    expect(of(r, "dibao").amount.toString()).toBe("1050.00")
    expect(r.carriedForwardParameters.map((p) => p.name)).toContain("income.basicPensionExcluded")
    expect(decisionText(r)).toContain(`基础养老金不计入家庭收入——${CARRIED_FORWARD_NOTE.zh}`)
    const excluded = r.explanation!.children[1]!.children.find((c) => c.rule === "relief.income.excluded")!
    expect(excluded.citations.map(formatCitation).join("；")).toContain(CARRIED_FORWARD_NOTE.zh)
  })
  it("a parameter ended fails only the programmes that read it, as a typed failure inside the result", () => {
    const ended = withLocal(LICANG_BUNDLE, "370213", {})
    const bundle = definePolicyBundleUnsafe({
      ...ended,
      parameters: {
        ...ended.parameters,
        "income.basicPensionExcluded": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: true, source: { document: "最低生活保障审核确认办法" } }, { effectiveFrom: "2026-01-01", value: null, source: { document: "最低生活保障审核确认办法" } }] } }
      }
    })
    const r0 = resolveReliefPolicy(bundle, regionCodeUnsafe("370213"), d2026)
    expect(Result.isSuccess(r0)).toBe(true)
    const policy = (r0 as Result.Success<never, never>).success as ReturnType<typeof resolveReliefPolicyUnsafe>
    const r = determineUnsafe(
      household({ members: [{ id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1945-06-01" }], incident: { type: "emergency", cause: "fire", severity: "general", date: "2026-03-01" } }),
      policy
    )
    expect(of(r, "dibao").status).toBe("unavailable")
    expect(of(r, "dibao").failure!.problems.map((p) => [p._tag, (p as { name?: string }).name])).toEqual([["ParameterMissing", "income.basicPensionExcluded"]])
    expect([of(r, "tekun").status, of(r, "tekun").eligible]).toEqual(["determined", true])
    expect(of(r, "temporary-assistance").status).toBe("determined")
    expect(decisionText(r)).toContain("一、最低生活保障：无法认定（政策参数缺失或已停止适用：income.basicPensionExcluded已停止适用）")
    expect(dibaoAmountOnlyUnsafe(household({}), policy).failure?._tag).toBe("PolicyBundleIncomplete")
  })
})

describe("the illustrative-data warning names what was used, and only then (issue 20)", () => {
  const cited = (b: PolicyBundle): PolicyBundle =>
    definePolicyBundleUnsafe({
      ...b,
      illustrative: false,
      parameters: Object.fromEntries(
        Object.entries(b.parameters).map(([k, s]) => [
          k,
          { ...s, values: Object.fromEntries(Object.entries(s.values).map(([r, es]) => [r, es.map((e) => (k === "tekun.basicLivingMultiplier" || e.carriedForward === true ? e : { ...e, illustrative: false }))])) }
        ])
      )
    })
  const policy = resolveReliefPolicyUnsafe(cited(LICANG_BUNDLE), regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
  it("a working-age 低保 household under a fully cited bundle gets no warning", () => {
    const r = determineUnsafe(household({}), policy)
    expect(r.illustrative).toBe(false)
    expect(decisionText(r)).not.toContain("示例数据")
  })
  it("a 特困 decision using the national 1.3 names it", () => {
    const r = determineUnsafe(household({ members: [{ id: "a", relationship: "applicant", birthDate: "1945-06-01" }] }), policy)
    expect(r.illustrativeParameters.map((p) => p.name)).toEqual(["tekun.basicLivingMultiplier"])
    expect(decisionText(r)).toContain("注意：本结果所用参数含示例数据（特困人员基本生活标准（低保标准的倍数）），正式认定前请以当地公布标准为准。")
  })
})

describe("every deciding node cites its article, and Chinese output is Chinese (issue 14)", () => {
  const deciding = (n: Explanation) => typeof n.outcome === "boolean" || (typeof n.outcome === "string" && /^-?\d+\.\d{2}$/.test(n.outcome)) || typeof n.outcome === "number"
  const uncited = (n: Explanation, out: string[]) => {
    if (deciding(n) && n.citations.length === 0) out.push(n.rule)
    n.children.forEach((c) => uncited(c, out))
    return out
  }
  // A varied caseload: the arbitrary households plus incidents, a previous 低保, own property, 特困 members.
  const caseload = householdArb.chain((h) =>
    fc.record({
      incident: fc.option(fc.record({ type: fc.constantFrom("emergency", "expenditure"), cause: fc.constantFrom("fire", "medical"), severity: fc.constantFrom("general", "serious", "major"), date: fc.constant("2025-03-01") }), { nil: undefined }),
      previous: fc.option(fc.constant({ programme: "dibao", since: "2024-01-01", monthlyAmount: "500.00" }), { nil: undefined }),
      ownAssets: fc.boolean(),
      tekunMember: fc.boolean()
    }).map(({ incident, previous, ownAssets, tekunMember }) => ({
      ...h,
      members: h.members.map((m, i) => ({ ...m, ...(ownAssets ? { assets: { financial: "0", residentialUnits: 0 } } : {}), ...(tekunMember && i === 1 ? { tekun: true } : {}) })),
      ...(incident === undefined ? {} : { incident }),
      ...(previous === undefined ? {} : { previous })
    }) as HouseholdInput)
  )
  it("walks every node of every determination of the caseload", () => {
    const missing = new Set<string>()
    let households = 0
    fc.assert(
      fc.property(caseload, fc.boolean(), (input, inJimo) => {
        const policy = inJimo ? jimo : licang
        const h = decodeHouseholdUnsafe({ ...input, residence: { ...input.residence, region: policy.region } })
        const r = determineUnsafe(h, policy)
        households++
        for (const n of uncited(r.explanation!, [])) missing.add(n)
        const text = decisionText(r).split("\n").slice(2).join("\n")
        expect(text).not.toMatch(/[A-Za-z]/)
      }),
      { seed: 20261204, numRuns: 300 }
    )
    expect(households).toBe(300)
    expect([...missing]).toEqual([])
  })
})

describe("today is a test date: every shipped bundle at the machine's date and 400 days ahead", () => {
  const iso = (d: Date) => isoDateUnsafe(d.toISOString().slice(0, 10))
  const today = new Date()
  const later = new Date(today.getTime() + 400 * 86_400_000)
  const shipped: ReadonlyArray<[string, PolicyBundle, string]> = [
    ["李沧", LICANG_BUNDLE, "370213"],
    ["即墨", JIMO_BUNDLE, "370215"],
    ["泰山", TAISHAN_BUNDLE, "370902"],
    ["南海", NANHAI_BUNDLE, "440605"]
  ]
  for (const [name, bundle, region] of shipped) {
    for (const day of [today, later]) {
      it(`${name} on ${iso(day)}: resolves and determines every programme`, () => {
        const policy = resolveReliefPolicyUnsafe(bundle, regionCodeUnsafe(region), iso(day))
        const r = determineUnsafe(
          household({
            residence: { region, area: "urban" },
            members: [
              { id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1945-06-01" },
              { id: "b", name: "王阿姨", relationship: "spouse", birthDate: "1975-06-01", employed: true }
            ],
            incomes: [{ member: "b", category: "wages", amount: "800.00" }],
            incident: { type: "emergency", cause: "fire", severity: "general", date: iso(today) },
            previous: { programme: "dibao", since: "2024-01-01", monthlyAmount: "500.00" }
          }),
          policy
        )
        expect(r.determinations.filter((d) => d.status !== "determined")).toEqual([])
        expect(decisionText(r)).toContain(CARRIED_FORWARD_NOTE.zh)
      })
    }
  }
})
