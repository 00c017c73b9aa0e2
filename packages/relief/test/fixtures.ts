import { type IsoDate, type PolicyBundle, definePolicyBundleUnsafe, isoDateUnsafe, regionCodeUnsafe } from "@minzheng/core"
import {
  type Household,
  type HouseholdInput,
  JIMO_BUNDLE,
  LICANG_BUNDLE,
  type ReliefPolicy,
  decodeHouseholdUnsafe,
  resolveReliefPolicyUnsafe
} from "@minzheng/relief"

export const AS_OF: IsoDate = isoDateUnsafe("2025-03-15")
export const licang: ReliefPolicy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), AS_OF)
export const jimo: ReliefPolicy = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), AS_OF)

/** A bundle derived from 李沧 with some local values replaced (test data, not policy). */
export const withLocal = (base: PolicyBundle, region: string, values: Record<string, unknown>): PolicyBundle => {
  const parameters: Record<string, unknown> = { ...base.parameters }
  for (const [name, value] of Object.entries(values)) {
    const series = base.parameters[name]
    parameters[name] = { ...series, values: { ...series?.values, [region]: [{ effectiveFrom: "2024-01-01", value, source: { document: "test" } }] } }
  }
  return definePolicyBundleUnsafe({ ...base, id: `${base.id}-test`, parameters })
}

export const policyFor = (values: Record<string, unknown>, base: PolicyBundle = LICANG_BUNDLE, region = "370213"): ReliefPolicy =>
  resolveReliefPolicyUnsafe(withLocal(base, region, values), regionCodeUnsafe(region), AS_OF)

export const household = (over: Partial<HouseholdInput> = {}): Household =>
  decodeHouseholdUnsafe({
    id: "h1",
    residence: { region: "370213", area: "urban" },
    members: [{ id: "a", name: "张三", relationship: "applicant", birthDate: "1980-06-01" }],
    assets: { financial: "0", residentialUnits: 1 },
    ...over
  })

/** One applicant (aged 44 on 2025-03-15) with a declared monthly income. */
export const single = (monthlyOther: string, member: Record<string, unknown> = {}, over: Partial<HouseholdInput> = {}): Household =>
  household({
    members: [{ id: "a", name: "张三", relationship: "applicant", birthDate: "1980-06-01", ...member }] as HouseholdInput["members"],
    incomes: [{ member: "a", category: "other", amount: monthlyOther }],
    ...over
  })

/** An adult child living apart who owes 赡养 and can give it: 特困 is refused (特困人员认定办法第八条), so 低保 applies. */
export const ABLE_SON = { legalSupporters: [{ relationship: "child", birthDate: "2000-01-01" }] } as Partial<HouseholdInput>

/** A typical 3-person household: couple and a school child, one wage earner. */
export const typical = (wages = "1500.00"): HouseholdInput => ({
  id: "t1",
  residence: { region: "370213", area: "urban" },
  members: [
    { id: "a", name: "李四", relationship: "applicant", birthDate: "1979-02-10", employed: true, labourCapacity: "full" },
    { id: "b", name: "王五", relationship: "spouse", birthDate: "1981-09-01", seriousIllness: true, labourCapacity: "partial" },
    { id: "c", name: "李小", relationship: "child", birthDate: "2012-04-20", education: "junior-secondary" }
  ],
  incomes: [
    { member: "a", category: "wages", amount: wages },
    { member: "b", category: "preferential-care", amount: "120.00" },
    { member: "c", category: "reward", amount: "50.00" }
  ],
  assets: { financial: "12000.00", residentialUnits: 1 }
})
