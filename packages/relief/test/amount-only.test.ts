import fc from "fast-check"
import { decodeHousehold, determineUnsafe, dibaoAmountOnlyUnsafe, type ReliefPolicy } from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { jimo, licang, policyFor } from "./fixtures.js"
import { materialise, nearValidHousehold, slots } from "./near-valid.js"

const RUNS = Number(process.env.FUZZ_RUNS ?? 400)

// Policies that exercise every branch of the amount: 李沧 (highest increment, yuan rounding),
// 即墨, and a variant summing increments, rounding to the 分 half-even, with a minimum payment.
const policies: ReadonlyArray<[string, ReliefPolicy]> = [
  ["李沧", licang],
  ["即墨", jimo],
  ["summed increments, 分 rounding, 100 元 minimum", policyFor({ "dibao.classifiedIncrementMode": "sum", "dibao.rounding": { unit: "fen", mode: "half-even" }, "dibao.minimumPayment": "100.00" })],
  // a locality where a person in 特困 support may also receive 低保: the amount-only path then never
  // hands over to the full one, and reads no applicant's age for the 特困 check
  ["特困 does not exclude 低保, age increments", policyFor({ "tekun.excludesDibao": false, "dibao.classifiedIncrements": [{ category: "elderly", rate: "0.10" }, { category: "minor", amount: "35.00" }, { category: "orphan", rate: "0.30" }] })]
]

describe("the amount-only path gives the 低保 amount of determineUnsafe, exactly", () => {
  it("on varied valid households (absences, education, months in and out of the window, rigid costs, vehicles, circumstances)", () => {
    let eligible = 0
    fc.assert(
      fc.property(nearValidHousehold, fc.nat(), (t, k) => {
        // mostly as generated; sometimes one field changed (a refused household is skipped)
        const u = materialise(t, new Set(k % 4 === 0 ? [k % slots(t)] : []))
        const decoded = decodeHousehold(u)
        if (Result.isFailure(decoded)) return true
        // and a poorer variant of the same household, so that the eligible side is reached often
        const h = decoded.success
        const poorer = decodeHousehold({
          ...h,
          incomes: h.incomes.map((e) => ({ ...e, amount: String(Number(e.amount.split(".")[0]) % 700) })),
          assets: { ...h.assets, financial: "1000.00", residentialUnits: 1, nonResidentialUnits: 0, vehicles: h.assets.vehicles.filter((v) => v.exemption !== undefined) }
        })
        for (const candidate of Result.isSuccess(poorer) ? [h, poorer.success] : [h]) {
          for (const [, policy] of policies) {
            // a policy decides only for its own region (issue 14): place the household there
            const here = decodeHousehold({ ...candidate, residence: { ...candidate.residence, region: policy.region } })
            if (Result.isFailure(here)) continue
            const full = determineUnsafe(here.success, policy, { explain: false }).determinations[0]!
            const only = dibaoAmountOnlyUnsafe(here.success, policy)
            expect([only.eligible, only.fen]).toEqual([full.eligible, full.fen])
            if (full.eligible) eligible++
          }
        }
        return true
      }),
      { numRuns: RUNS }
    )
    expect(eligible).toBeGreaterThan(RUNS / 10)
  })
})
