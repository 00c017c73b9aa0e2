/**
 * Generated bench households: typical 3-person urban households (a working-age couple and a
 * child, one wage earner, some excluded income, modest savings), varied by a seed so incomes,
 * disabilities and assets differ. Generated on the fly, never stored.
 */
import type { HouseholdInput } from "@minzheng/relief"

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`

export const benchHousehold = (i: number): HouseholdInput => {
  const r = (k: number) => ((i * 2654435761 + k * 40503) >>> 0) % 1000
  const severe = r(1) < 150
  const orphanChild = r(2) < 50
  return {
    id: `h${i}`,
    residence: { region: "370213", area: "urban" },
    members: [
      { id: "a", name: "李四", relationship: "applicant", birthDate: `19${70 + (r(3) % 20)}-0${1 + (r(4) % 9)}-15`, employed: r(5) < 700, labourCapacity: "full" },
      {
        id: "b",
        name: "王五",
        relationship: "spouse",
        birthDate: "1981-09-01",
        ...(severe ? { disability: { category: "physical" as const, grade: 1 + (r(6) % 2) } } : {})
      },
      { id: "c", name: "李小", relationship: "child", birthDate: "2012-04-20", education: "junior-secondary", ...(orphanChild ? { circumstances: ["orphan" as const] } : {}) }
    ],
    incomes: [
      { member: "a", category: "wages", amount: yuan(100_000 + r(7) * 300) },
      { member: "b", category: "other", amount: yuan(r(8) * 50) },
      { member: "c", category: "reward", amount: "50.00" }
    ],
    assets: { financial: yuan(r(9) * 8_000), residentialUnits: 1, vehicles: r(10) < 30 ? [{ value: "30000.00" }] : [] }
  }
}
