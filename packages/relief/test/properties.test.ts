import fc from "fast-check"
import { decodeHouseholdUnsafe, determineUnsafe, dibaoAmountOnlyUnsafe, type HouseholdInput } from "@minzheng/relief"
import { describe, expect, it } from "vitest"
import { householdArb, yuan } from "./arbitraries.js"
import { licang, policyFor } from "./fixtures.js"

// The 低保 rule on its own: where a locality lets 特困 and 低保 combine, no member leaves the 低保
// household when their own income changes. (With the national 衔接 rule, more income can move an
// applicant from 特困 into the 低保 household — the household law for that is the next one.)
const licangAlone = policyFor({ "tekun.excludesDibao": false })
const dibao = (h: HouseholdInput) => determineUnsafe(decodeHouseholdUnsafe(h), licangAlone).determinations[0]!
const RUNS = { numRuns: 150 }

describe("laws of the 低保 rules (properties)", () => {
  it("more income never makes an ineligible household eligible, nor raises the amount", () => {
    fc.assert(
      fc.property(householdArb, fc.integer({ min: 1, max: 200_000 }), (h, extra) => {
        const before = dibao(h)
        const after = dibao({ ...h, incomes: [...(h.incomes ?? []), { member: "a", category: "other", amount: yuan(extra) }] })
        expect(after.fen).toBeLessThanOrEqual(before.fen)
        if (!before.eligible) expect(after.eligible).toBe(false)
      }),
      RUNS
    )
  })
  // Not a law: more income may raise what a household is paid when it crosses into 低保边缘 and a
  // severely disabled member is then covered alone (第八条) — the text's own design.
  it("under the national 衔接 rule nobody is paid by two monthly programmes at once, before or after more income", () => {
    fc.assert(
      fc.property(householdArb, fc.integer({ min: 1, max: 200_000 }), (h, extra) => {
        const before = determineUnsafe(decodeHouseholdUnsafe(h), licang)
        const after = determineUnsafe(decodeHouseholdUnsafe({ ...h, incomes: [...(h.incomes ?? []), { member: "a", category: "other", amount: yuan(extra) }] }), licang)
        for (const r of [before, after]) {
          const paid = r.determinations.filter((d) => d.eligible && d.frequency === "monthly").flatMap((d) => d.memberIds)
          expect(new Set(paid).size).toBe(paid.length)
        }
      }),
      RUNS
    )
  })
  it("the terms of every determination add up to its amount exactly", () => {
    fc.assert(
      fc.property(householdArb, (h) => {
        for (const d of determineUnsafe(decodeHouseholdUnsafe(h), licang).determinations) {
          expect(d.terms.reduce((s, t) => s + t.fen, 0)).toBe(d.fen)
          expect(d.amount.toFen()).toBe(d.fen)
        }
      }),
      RUNS
    )
  })
  it("the order of the members does not change any amount", () => {
    fc.assert(
      fc.property(householdArb, fc.nat(), (h, seed) => {
        const members = [...h.members]
        const shuffled = members.map((m, i) => ({ m, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.m)
        const key = (x: HouseholdInput) =>
          determineUnsafe(decodeHouseholdUnsafe(x), licang)
            .determinations.map((d) => `${d.programme}:${[...d.memberIds].sort().join(",")}:${d.eligible}:${d.fen}`)
            .sort()
        expect(key({ ...h, members: shuffled })).toEqual(key(h))
      }),
      RUNS
    )
  })
  it("adding a member without income never lowers the amount", () => {
    fc.assert(
      fc.property(householdArb, fc.integer({ min: 2008, max: 2024 }), (h, year) => {
        const bigger = { ...h, members: [...h.members, { id: "new", relationship: "child" as const, birthDate: `${year}-01-01` }] }
        expect(dibao(bigger).fen).toBeGreaterThanOrEqual(dibao(h).fen)
      }),
      RUNS
    )
  })
  it("the amount never exceeds standard × members + increments (or the minimum payment)", () => {
    fc.assert(
      fc.property(householdArb, (h) => {
        const d = dibao(h)
        const standard = licang.parameters[h.residence.area === "urban" ? "urbanStandard" : "ruralStandard"].value.toFen()
        const increments = d.terms.filter((t) => t.kind === "classified-increment").reduce((s, t) => s + t.fen, 0)
        expect(d.fen).toBeLessThanOrEqual(Math.max(licang.parameters.minimumPayment.value.toFen(), standard * d.memberIds.length + increments))
      }),
      RUNS
    )
  })
  it("the explained path, the explain:false path and the amount-only path give identical amounts", () => {
    fc.assert(
      fc.property(householdArb, (h) => {
        const decoded = decodeHouseholdUnsafe(h)
        const a = determineUnsafe(decoded, licang).determinations.map((d) => [d.programme, d.eligible, d.fen])
        const b = determineUnsafe(decoded, licang, { explain: false }).determinations.map((d) => [d.programme, d.eligible, d.fen])
        expect(b).toEqual(a)
        const only = dibaoAmountOnlyUnsafe(decoded, licang)
        expect([only.eligible, only.fen]).toEqual([a[0]![1], a[0]![2]])
      }),
      RUNS
    )
  })
})
