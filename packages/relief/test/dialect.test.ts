// Issue 16 in relief: one way to call (Result, …Unsafe, …Effect), typed access by programme, the
// internal helpers off the public surface, bundles derived from the shipped ones, money as core's
// MoneyInput, and every closed set with its Chinese names.
import { ASSISTANCE_STATUS_NAMES, InvalidInput, Money, Result, definePolicyBundle, derivePolicyBundle, derivePolicyBundleUnsafe, isoDateUnsafe, regionCodeUnsafe, replay } from "@minzheng/core"
import * as relief from "@minzheng/relief"
import {
  AREA_NAMES,
  HouseholdSchema,
  INCIDENT_CAUSE_NAMES,
  IncidentSchema,
  JIMO_BUNDLE,
  LICANG_BUNDLE,
  NATIONAL_RELIEF_BUNDLE,
  PROGRAMME_KEYS,
  PROGRAMME_NAMES,
  PROGRAMME_STATUSES,
  RELIEF_BUNDLES,
  SEED_PROGRAMMES_BUNDLE,
  type Programme,
  decodeHouseholdUnsafe,
  determine,
  determineUnsafe,
  dibaoAmountOnly,
  legalObligors,
  luozhuangChildAllowance,
  noticeRow,
  renchengCareFunding,
  resolveReliefPolicy,
  resolveReliefPolicyUnsafe,
  tekunContext,
  tekunSpotCheckShare,
  tekunWorkflow
} from "@minzheng/relief"
import { describe, expect, it } from "vitest"
import { AS_OF, household, licang } from "./fixtures.js"

const failureOf = <A, E>(r: Result.Result<A, E>): E => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

describe("determine returns a Result; determineUnsafe throws the same error", () => {
  it("a household outside the policy's region fails at residence.region, nothing thrown", () => {
    const elsewhere = household({ residence: { region: "370902", area: "urban" } })
    const e = failureOf(determine(elsewhere, licang))
    expect(e).toBeInstanceOf(InvalidInput)
    expect(e.issues.map((i) => i.path)).toEqual([["residence", "region"]])
    let thrown: unknown
    try {
      determineUnsafe(elsewhere, licang)
    } catch (x) {
      thrown = x
    }
    expect(thrown).toBeInstanceOf(InvalidInput)
    expect((thrown as InvalidInput).issues).toEqual(e.issues)
  })
  it("an undecoded household with a bad field fails with every problem at its path", () => {
    const raw = { id: "h1", residence: { region: "370213", area: "urban" }, members: [{ id: "a", relationship: "applicant", birthDate: "1980-02-30" }], incomes: [{ member: "a", category: "wages", amount: "12.345" }], assets: { financial: "0", residentialUnits: 1 } }
    const e = failureOf(determine(raw as never, licang))
    expect(e.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["members.0.birthDate", "incomes.0.amount"]))
  })
  it("a value that is not a policy is a defect: it throws InvalidInput", () => {
    expect(() => determine(household(), {} as never)).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
  })
  it("the other household rules fail the same way", () => {
    const elsewhere = household({ residence: { region: "370902", area: "urban" } })
    expect(failureOf(dibaoAmountOnly(elsewhere, licang))._tag).toBe("InvalidInput")
    expect(failureOf(legalObligors(elsewhere, licang))._tag).toBe("InvalidInput")
    expect(Result.getOrThrow(dibaoAmountOnly(household(), licang)).fen).toBe(determineUnsafe(household(), licang).programmes.dibao.fen)
  })
  it("seed programmes: a missing parameter and bad money are failures, not throws", () => {
    expect(failureOf(luozhuangChildAllowance(household(), SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2020-01-01")))._tag).toBe("ParameterMissing")
    expect((failureOf(renchengCareFunding(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), "12.345")) as InvalidInput).issues.map((i) => i.path)).toEqual([["dibaoMonthly"]])
    expect(failureOf(renchengCareFunding(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2020-01-01"), "100.00"))._tag).toBe("ParameterMissing")
    const viaString = Result.getOrThrow(renchengCareFunding(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), "543.21"))
    const viaMoney = Result.getOrThrow(renchengCareFunding(SEED_PROGRAMMES_BUNDLE, isoDateUnsafe("2025-01-01"), Money.yuan("543.21")))
    expect(viaString.fromCharity.toString()).toBe(viaMoney.fromCharity.toString())
  })
  it("a 公示 row of an applicant without a name is refused as a Result", () => {
    const h = household({ members: [{ id: "a", relationship: "applicant", birthDate: "1980-06-01" }] })
    const e = failureOf(noticeRow(h, determineUnsafe(h, licang).programmes.dibao, "虎山社区"))
    expect(e.issues.map((i) => i.code)).toEqual(["missing_name"])
  })
  it("a 特困 spot-check share no longer in force is a ParameterMissing, not a guess", () => {
    const ended = definePolicyBundle({
      id: "share-ended-test",
      version: "1",
      label: { zh: "测试", en: "test" },
      parameters: { "tekun.spotCheckMinimumShare": { values: { "370213": [{ effectiveFrom: "2025-01-01", value: null, source: { document: "测试用地方规定" } }] } } }
    })
    const ctx = tekunContext({ bundle: Result.getOrThrow(ended), region: regionCodeUnsafe("370213") })
    const state = replay(tekunWorkflow, [{ type: "applied", on: isoDateUnsafe("2025-03-03"), applicantId: "a" }])
    expect(failureOf(tekunSpotCheckShare([state], ctx, isoDateUnsafe("2025-04-30")))._tag).toBe("ParameterMissing")
    expect(Result.getOrThrow(tekunSpotCheckShare([state], tekunContext(), isoDateUnsafe("2025-04-30"))).share.value).toBe("0.3")
  })
})

describe("determinations by programme", () => {
  const policy = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), AS_OF)
  const h = decodeHouseholdUnsafe({
    id: "h2",
    residence: { region: "370215", area: "urban" },
    members: [
      { id: "a", name: "王芳", relationship: "applicant", birthDate: "1985-01-01", employed: true },
      { id: "b", name: "王强", relationship: "sibling", birthDate: "1990-01-01", livesTogether: true, disability: { category: "physical", grade: 1 } }
    ],
    incomes: [{ member: "a", category: "wages", amount: "3000.00" }],
    assets: { financial: "0", residentialUnits: 1 },
    incident: { type: "emergency", cause: "fire", severity: "general", date: "2025-03-01" },
    previous: { programme: "dibao", monthlyAmount: "300.00", since: "2024-01-01" }
  })
  const r = determineUnsafe(h, policy)
  it("each entry of the record is the very object of the list", () => {
    const p = r.programmes
    expect(p.dibao).toBe(r.determinations.find((d) => d.programme === "dibao"))
    expect(p.tekun).toBe(r.determinations.find((d) => d.programme === "tekun"))
    expect(p.dibaoEdge).toBe(r.determinations.find((d) => d.programme === "dibao-edge"))
    expect(p.rigidExpenditure).toBe(r.determinations.find((d) => d.programme === "rigid-expenditure"))
    expect(p.temporaryAssistance).toBe(r.determinations.find((d) => d.programme === "temporary-assistance"))
    expect(p.gradualExit).toBe(r.determinations.find((d) => d.programme === "gradual-exit"))
    expect(p.dibaoSinglePerson).toEqual(r.determinations.filter((d) => d.programme === "dibao-single-person"))
    expect(p.dibao).toBe(r.determinations[0])
  })
  it("programmes not asked about are undefined (no incident, not leaving 低保); the list is the JSON form", () => {
    const plain = determineUnsafe(household(), licang)
    expect(plain.programmes.temporaryAssistance).toBeUndefined()
    expect(plain.programmes.gradualExit).toBeUndefined()
    expect(plain.programmes.dibaoSinglePerson).toEqual([])
    expect(Object.keys(JSON.parse(JSON.stringify(plain)))).not.toContain("programmes")
  })
  it("PROGRAMME_KEYS names every programme's key, camelCase", () => {
    expect(Object.keys(PROGRAMME_KEYS).sort()).toEqual(Object.keys(PROGRAMME_NAMES).sort())
    for (const [code, key] of Object.entries(PROGRAMME_KEYS)) expect(key).toBe(code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()))
  })
  it("the statuses programmes give are core's one definition", () => {
    for (const p of Object.keys(PROGRAMME_NAMES) as Programme[]) expect(Object.keys(ASSISTANCE_STATUS_NAMES)).toContain(PROGRAMME_STATUSES[p])
    for (const p of Object.keys(PROGRAMME_NAMES)) if (p in ASSISTANCE_STATUS_NAMES) expect(PROGRAMME_STATUSES[p as Programme]).toBe(p)
  })
})

describe("the public surface", () => {
  it("internal helpers are not exported", () => {
    for (const name of ["trusted", "isDeterminationShape", "isHouseholdDeterminationShape", "DeterminationRecord", "HouseholdDeterminationRecord", "Term", "splitCsvLine", "householdFromCsvRows", "programmesOf", "checked"]) {
      expect(Object.keys(relief)).not.toContain(name)
    }
  })
  it("every *_NAMES constant is a closed set of kebab-case (or single-word) codes with zh and en", () => {
    for (const [name, table] of Object.entries(relief).filter(([n]) => n.endsWith("_NAMES"))) {
      for (const [code, names] of Object.entries(table as Record<string, { zh?: unknown; en?: unknown }>)) {
        expect(code, name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(typeof names.zh, `${name}.${code}`).toBe("string")
        expect(typeof names.en, `${name}.${code}`).toBe("string")
      }
    }
  })
  it("the schemas read their values from the name tables", () => {
    expect(IncidentSchema.safeParse({ type: "emergency", cause: "traffic-accident", severity: "general", date: "2025-03-01" }).success).toBe(true)
    expect(Object.keys(INCIDENT_CAUSE_NAMES)).toContain("traffic-accident")
    for (const area of Object.keys(AREA_NAMES)) {
      expect(HouseholdSchema.safeParse({ id: "h", residence: { region: "370213", area }, members: [{ id: "a", relationship: "applicant", birthDate: "1980-01-01" }], assets: { financial: "0", residentialUnits: 1 } }).success).toBe(true)
    }
  })
})

describe("bundles derived from the shipped ones", () => {
  it("RELIEF_BUNDLES holds each shipped bundle under its own id", () => {
    for (const [id, b] of Object.entries(RELIEF_BUNDLES)) expect(b.id).toBe(id)
    expect(RELIEF_BUNDLES["national-relief"]).toBe(NATIONAL_RELIEF_BUNDLE)
    expect(RELIEF_BUNDLES["qingdao-licang"]).toBe(LICANG_BUNDLE)
  })
  it("the national bundle names every relief parameter, so a derivation may set any of them", () => {
    for (const def of Object.values(relief.RELIEF_PARAMETERS)) expect(Object.keys(NATIONAL_RELIEF_BUNDLE.parameters)).toContain(def.name)
    expect(Result.isFailure(resolveReliefPolicy(NATIONAL_RELIEF_BUNDLE, regionCodeUnsafe("370303"), AS_OF))).toBe(true)
  })
  it("a county's own standard, in code and in JSON, gives the same determination", () => {
    const standard = { value: "1100.00", source: { document: "张店区城乡低保标准通知" }, illustrative: false }
    const inCode = derivePolicyBundleUnsafe(NATIONAL_RELIEF_BUNDLE, {
      id: "zhangdian-2026",
      label: { zh: "张店区", en: "Zhangdian" },
      region: "370303",
      effectiveFrom: "2026-01-01",
      values: { "dibao.standard.urban": standard, "dibao.standard.rural": standard }
    })
    const inJson = Result.getOrThrow(
      definePolicyBundle(
        {
          id: "zhangdian-2026",
          version: NATIONAL_RELIEF_BUNDLE.version,
          label: { zh: "张店区", en: "Zhangdian" },
          extends: "national-relief",
          parameters: {
            "dibao.standard.urban": { values: { "370303": [{ effectiveFrom: "2026-01-01", ...standard }] } },
            "dibao.standard.rural": { values: { "370303": [{ effectiveFrom: "2026-01-01", ...standard }] } }
          }
        },
        { bases: Object.values(RELIEF_BUNDLES) }
      )
    )
    const h = decodeHouseholdUnsafe({
      id: "z1",
      residence: { region: "370303", area: "urban" },
      members: [{ id: "a", name: "李明", relationship: "applicant", birthDate: "1970-01-01" }],
      incomes: [{ member: "a", category: "wages", amount: Money.yuan("600") }],
      assets: { financial: "0", residentialUnits: 1 }
    })
    const date = isoDateUnsafe("2026-03-01")
    const a = determineUnsafe(h, resolveReliefPolicyUnsafe(inCode, regionCodeUnsafe("370303"), date))
    const b = determineUnsafe(h, resolveReliefPolicyUnsafe(inJson, regionCodeUnsafe("370303"), date))
    expect(a.programmes.dibao.amount.toString()).toBe("500.00")
    expect(b.programmes.dibao.amount.toString()).toBe("500.00")
    expect(a.programmes.dibao.parametersUsed).toContain("dibao.standard.urban")
    expect(a.illustrative).toBe(true)
    expect(a.illustrativeParameters.map((p) => p.name)).not.toContain("dibao.standard.urban")
    // what only the county can give, and it did not: unavailable, with the parameter named
    expect(a.programmes.tekun.status).toBe("unavailable")
    expect(a.programmes.tekun.failure?.problems.map((p) => (p as { name?: string }).name)).toContain("region.perCapitaDisposableIncome")
  })
  it("a misspelt parameter in a derivation is refused with the nearest name", () => {
    const r = derivePolicyBundle(NATIONAL_RELIEF_BUNDLE, {
      id: "typo",
      label: { zh: "错", en: "typo" },
      region: "370303",
      effectiveFrom: "2026-01-01",
      values: { "dibao.urbanStandard": { value: "1100.00", source: { document: "x" } }, "dibao.standard.urbn": { value: "1100.00", source: { document: "x" } } }
    })
    const issues = failureOf(r).issues
    expect(issues.map((i) => i.path)).toEqual([["values", "dibao.urbanStandard"], ["values", "dibao.standard.urbn"]])
    expect(issues[1]?.zh).toContain("是否为 dibao.standard.urban")
  })
})

describe("today is a test date: the shipped bundles on the machine's date and 400 days on", () => {
  const iso = (d: Date) => isoDateUnsafe(d.toISOString().slice(0, 10))
  const today = new Date()
  const dates = [iso(today), iso(new Date(today.getTime() + 400 * 86_400_000))]
  const regions: Record<string, string> = { "national-relief": "370303", "qingdao-licang": "370213", "qingdao-jimo": "370215", "taian-taishan": "370902", "foshan-nanhai": "440605" }
  for (const [id, bundle] of Object.entries(RELIEF_BUNDLES)) {
    for (const date of dates) {
      it(`${id} on ${date}: a determination (each programme determined or typed-unavailable), or the typed PolicyBundleIncomplete`, () => {
        const region = regionCodeUnsafe(regions[id]!)
        const policy = resolveReliefPolicy(bundle, region, date)
        if (Result.isFailure(policy)) {
          expect(policy.failure._tag).toBe("PolicyBundleIncomplete")
          expect(policy.failure.problems.length).toBeGreaterThan(0)
          return
        }
        const h = household({ residence: { region, area: "urban" } })
        const r = Result.getOrThrow(determine(h, policy.success))
        for (const d of r.determinations) {
          if (d.status === "unavailable") expect(d.failure?._tag).toBe("PolicyBundleIncomplete")
          else expect(d.failure).toBeNull()
        }
        expect(r.programmes.dibao).toBe(r.determinations[0])
      })
    }
  }
})
