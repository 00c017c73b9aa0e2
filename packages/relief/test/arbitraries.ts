import fc from "fast-check"
import type { HouseholdInput } from "@minzheng/relief"

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`
export const fenArb = fc.integer({ min: 0, max: 400_000 })

const memberArb = (id: string, relationship: string) =>
  fc.record({
    birthYear: fc.integer({ min: 1935, max: 2024 }),
    disability: fc.option(fc.record({ category: fc.constantFrom("visual", "physical", "intellectual", "mental", "hearing"), grade: fc.integer({ min: 1, max: 4 }) }), { nil: undefined }),
    seriousIllness: fc.boolean(),
    employed: fc.boolean(),
    income: fc.option(fenArb, { nil: undefined }),
    category: fc.constantFrom("wages", "business", "other", "reward", "transfer-in")
  }).map((m) => ({
    member: {
      id,
      relationship,
      birthDate: `${m.birthYear}-06-15`,
      livesTogether: true,
      employed: m.employed,
      seriousIllness: m.seriousIllness,
      ...(m.disability === undefined ? {} : { disability: m.disability })
    },
    income: m.income === undefined ? [] : [{ member: id, category: m.category, amount: yuan(m.income) }]
  }))

export const householdArb: fc.Arbitrary<HouseholdInput> = fc
  .record({
    others: fc.array(fc.constantFrom("spouse", "child", "parent", "grandchild"), { maxLength: 4 }),
    financial: fc.integer({ min: 0, max: 6_000_000 }),
    area: fc.constantFrom("urban", "rural")
  })
  .chain(({ others, financial, area }) =>
    fc.tuple(memberArb("a", "applicant"), ...others.map((r, i) => memberArb(`m${i}`, r))).map((ms) => ({
      id: "p1",
      residence: { region: "370213", area },
      members: ms.map((m) => m.member),
      incomes: ms.flatMap((m) => m.income),
      assets: { financial: yuan(financial), residentialUnits: 1 }
    }) as HouseholdInput)
  )

export { yuan }
