/**
 * 即墨 社会救助“一件事” (seed 003): three households of a 即墨 street are determined, then told which
 * cross-department items (医疗、教育、住房、就业救助, 法律援助, 残疾人两项补贴, 即墨's local items) they
 * should know about, with the reason and the article for each.
 */
import { isoDateUnsafe, regionCodeUnsafe, Result } from "@minzheng/core"
import { JIMO_BUNDLE, decodeHousehold, determine, referralNotice, referrals, resolveReliefPolicy } from "@minzheng/relief"

const policy = resolveReliefPolicy(JIMO_BUNDLE, regionCodeUnsafe("370215"), isoDateUnsafe("2025-03-15"))
if (Result.isFailure(policy)) throw policy.failure

const households = [
  {
    // A mother out of work, her son in primary school, renting (no home of their own).
    id: "wang",
    residence: { region: "370215", area: "urban" },
    members: [
      { id: "a", name: "王芳", relationship: "applicant", birthDate: "1986-04-01", labourCapacity: "full" },
      { id: "b", name: "王小明", relationship: "child", birthDate: "2014-09-01", education: "primary" }
    ],
    assets: { financial: "0", residentialUnits: 0 }
  },
  {
    // A man with a grade-1 physical disability who has lost self-care, his wife working part-time.
    id: "zhao",
    residence: { region: "370215", area: "urban" },
    members: [
      { id: "a", name: "赵强", relationship: "applicant", birthDate: "1975-01-01", disability: { category: "physical", grade: 1 }, selfCareLevel: "fully-lost" },
      { id: "b", name: "李梅", relationship: "spouse", birthDate: "1978-01-01", labourCapacity: "full", employed: true }
    ],
    incomes: [{ member: "b", category: "wages", amount: "800.00" }],
    assets: { financial: "0", residentialUnits: 1 }
  },
  {
    // An 82-year-old with a pension above every line: only 即墨's local items concern him.
    id: "liu",
    residence: { region: "370215", area: "rural" },
    members: [{ id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1943-02-01" }],
    incomes: [{ member: "a", category: "other", amount: "4000.00" }],
    assets: { financial: "20000.00", residentialUnits: 1 }
  }
]

const found: Record<string, string[]> = {}
for (const input of households) {
  const h = decodeHousehold(input)
  if (Result.isFailure(h)) throw h.failure
  const d = determine(h.success, policy.success)
  if (Result.isFailure(d)) throw d.failure
  const list = referrals(h.success, d.success)
  found[input.id] = list.map((r) => r.itemId)
  console.log(`${referralNotice(`${input.members[0]!.name}家`, list)}\n`)
}

const expect = (id: string, items: string[]) => {
  if (JSON.stringify(found[id]) !== JSON.stringify(items)) throw new Error(`${id}: expected ${items.join(", ")}, got ${found[id]?.join(", ")}`)
}
expect("wang", ["medical-assistance", "education-assistance", "housing-assistance", "employment-assistance", "legal-aid"])
expect("zhao", ["medical-assistance", "legal-aid", "disability-living-allowance", "severe-disability-care-allowance"])
expect("liu", ["jimo-longevity-allowance", "jimo-elderly-accident-insurance"])
console.log("ok: referrals for 3 households")
