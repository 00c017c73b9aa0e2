import { addDays, isCoreError, Money } from "@minzheng/core"
import { it as eit } from "@effect/vitest"
import { Effect, Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  appendEntry,
  computePayout,
  CreditLedger,
  decideAppeal,
  decodeScheme,
  defineSchemeUnsafe,
  Ledger,
  openSupermarketUnsafe,
  openSupermarket,
  orgCreditStatus,
  publicBoard,
  rateChecklist,
  redeem,
  rongchengVillageScheme,
  scoresAtUnsafe,
  scoreStatementUnsafe,
  elderlyCareInstitutionChecklist
} from "@minzheng/credit"
import { award, build, committee, d, deduction, schemes } from "./helpers.js"

const items = ["elder-care", "environment-cleanup", "frugal-ceremony", "dispute-resolved", "village-affairs", "rubbish-dumping", "illegal-building"]
const entryArb = fc.record({
  person: fc.constantFrom("p1", "p2", "p3"),
  item: fc.constantFrom(...items),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 4, max: 9 })
})
const toInput = (e: { person: string; item: string; day: number; month: number }, i: number) => {
  const date = `2025-${String(e.month).padStart(2, "0")}-${String(e.day).padStart(2, "0")}`
  return e.item === "rubbish-dumping" || e.item === "illegal-building" ? deduction(`k${i}`, e.person, e.item, date) : award(`k${i}`, e.person, e.item, date)
}

describe("ledger laws", () => {
  it("a reversal followed by the same award again restores the score", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 25 }), fc.nat(), (es, pick) => {
        const inputs = es.map(toInput)
        const l = build(inputs)
        const target = inputs[pick % inputs.length] as ReturnType<typeof toInput>
        const before = scoreStatementUnsafe(l, schemes, target.person, d("2025-12-31")).score
        const merged = [...inputs, { kind: "reversal", key: "rev", person: target.person, reverses: target.key, date: target.date, recorder: committee }, { ...target, key: "again" }]
        return scoreStatementUnsafe(build(merged), schemes, target.person, d("2025-12-31")).score === before
      }),
      { numRuns: 100 }
    )
  })
  it("replaying equal-dated independent entries in any order gives the same scores", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 30 }), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (es, rnd) => {
        const inputs = es.map(toInput)
        const shuffled = inputs.map((x) => ({ x, r: rnd.next().value })).sort((a, b) => a.r - b.r).map((y) => y.x)
        const a = scoresAtUnsafe(build(inputs), schemes, d("2025-12-31"))
        const b = scoresAtUnsafe(build(shuffled), schemes, d("2025-12-31"))
        return [...a].sort().join() === [...b].sort().join()
      }),
      { numRuns: 100 }
    )
  })
  it("the city-wide scores (scoresAt) equal each person's explained statement, whatever the scheme's caps, repair, carry-over and versions", () => {
    const variant = (over: Record<string, unknown>) => defineSchemeUnsafe({ ...rongchengVillageScheme, ...over })
    const schemeSets = [
      [rongchengVillageScheme],
      [variant({ repairCleanDays: 30, lifetimeCap: 25, period: "month" })],
      [variant({ carryOver: "none", repairCleanDays: 60 })],
      [rongchengVillageScheme, variant({
        version: "2025.7",
        effectiveFrom: "2025-07-01",
        period: "year",
        lifetimeCap: 40,
        repairCleanDays: 20,
        items: rongchengVillageScheme.items.map((i) => (i.capPerPeriod === null ? i : { ...i, capPerPeriod: 5 }))
      })]
    ]
    const entry = fc.record({ e: entryArb, reverse: fc.option(fc.nat(), { nil: undefined }), late: fc.integer({ min: 0, max: 40 }) })
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.nat(3), fc.integer({ min: 0, max: 300 }), (es, which, asOfOffset) => {
        const versions = schemeSets[which] as ReadonlyArray<typeof rongchengVillageScheme>
        const inputs: unknown[] = []
        es.forEach(({ e, reverse, late }, i) => {
          const input = toInput(e, i)
          inputs.push(input)
          if (reverse !== undefined) {
            const target = inputs[reverse % inputs.length] as { key: string; person: string; date: string; kind: string }
            if (target.kind !== "reversal" && !inputs.some((x) => (x as { reverses?: string }).reverses === target.key)) {
              inputs.push({ kind: "reversal", key: `r${i}`, person: target.person, reverses: target.key, date: addDays(d(target.date), late), recorder: committee })
            }
          }
        })
        const l = build(inputs, versions)
        const asOf = addDays(d("2025-04-01"), asOfOffset)
        const all = scoresAtUnsafe(l, versions, asOf)
        return l.people().every((p) => all.get(p) === scoreStatementUnsafe(l, versions, p, asOf).score)
      }),
      { numRuns: 300 }
    )
  })
  it("an old ledger version is never changed by appends to a newer one", () => {
    const v1 = build([award("a1", "p1", "elder-care", "2025-04-02")])
    const v2 = appendEntry(v1, schemes, award("a2", "p1", "elder-care", "2025-04-03"))
    const v2b = appendEntry(v1, schemes, award("b2", "p1", "elder-care", "2025-04-04"))
    expect(v1.size).toBe(1)
    expect(Result.isSuccess(v2) && v2.success.ledger.find("b2")).toBeUndefined()
    expect(Result.isSuccess(v2b) && v2b.success.ledger.find("a2")).toBeUndefined()
  })
})

const typedOnly = (f: () => unknown): boolean => {
  try {
    const r = f()
    if (Result.isResult(r) && Result.isFailure(r)) return isCoreError(r.failure) || ["IdempotencyConflict", "CreditRefused"].includes((r.failure as { _tag: string })._tag)
    return true
  } catch (e) {
    return isCoreError(e) || ["IdempotencyConflict", "CreditRefused"].includes((e as { _tag?: string })?._tag ?? "")
  }
}

describe("arbitrary JSON gives typed errors only", () => {
  const any = fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true })
  const ledger = build([award("a1", "p1", "elder-care", "2025-04-02")])
  const shop = openSupermarketUnsafe({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 1, stock: 1 }] })
  const cases: Array<[string, (u: unknown) => unknown]> = [
    ["appendEntry", (u) => appendEntry(ledger, schemes, u)],
    ["appendEntry (bad ledger and schemes)", (u) => appendEntry(u as Ledger, u as never, u)],
    ["decideAppeal", (u) => decideAppeal(ledger, schemes, u)],
    ["computePayout", (u) => computePayout(rongchengVillageScheme, Money.yuan("10.00"), u)],
    ["computePayout (bad scheme and fund)", (u) => computePayout(u as never, u as never, u)],
    ["redeem", (u) => redeem(shop, ledger, schemes, u)],
    ["redeem (bad supermarket)", (u) => redeem(u as never, ledger, schemes, { orderId: "o", person: "p1", good: "soap", quantity: 1, date: "2025-05-01", clerk: { id: "c", role: "collector" } })],
    ["openSupermarket", (u) => openSupermarket(u)],
    ["publicBoard", (u) => publicBoard(ledger, schemes, u, d("2025-06-30"))],
    ["orgCreditStatus", (u) => orgCreditStatus(u, d("2025-06-30"))],
    ["orgCreditStatus (bad date)", (u) => orgCreditStatus([], u as never)],
    ["rateChecklist", (u) => rateChecklist(elderlyCareInstitutionChecklist, u)],
    ["rateChecklist (bad checklist)", (u) => rateChecklist(u as never, {})],
    ["decodeScheme", (u) => decodeScheme(u)]
  ]
  for (const [name, f] of cases) {
    it(name, () => fc.assert(fc.property(any, (u) => typedOnly(() => f(u))), { numRuns: Number(process.env.FUZZ_RUNS ?? 150) }))
  }
  it("invalid entries list every problem in one error", () => {
    const r = appendEntry(ledger, schemes, { kind: "award", key: "", person: 3, item: "elder-care", date: "2025-02-30", recorder: { id: "x", role: "mayor" } })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues.length).toBe(4)
  })
})

describe("Effect layer", () => {
  eit.effect("records, appeals and scores through the CreditLedger service", () =>
    Effect.gen(function* () {
      const svc = yield* CreditLedger
      yield* svc.record(deduction("d1", "p1", "rubbish-dumping", "2025-05-06"))
      expect((yield* svc.score("p1", "2025-05-31")).score).toBe(90)
      yield* svc.appeal({ appealId: "ap", entryKey: "d1", person: "p1", filedOn: "2025-05-08", upheld: true, decidedOn: "2025-05-09", decidedBy: { id: "r", role: "review-panel" } })
      expect((yield* svc.score("p1", "2025-05-31")).score).toBe(100)
      const bad = yield* Effect.result(svc.record({ nonsense: true }))
      expect(Result.isFailure(bad) && bad.failure._tag).toBe("InvalidInput")
      const late = yield* Effect.result(svc.appeal({ appealId: "ap2", entryKey: "d1", person: "p1", filedOn: "2025-06-30", upheld: true, decidedOn: "2025-07-01", decidedBy: { id: "r", role: "review-panel" } }))
      expect(Result.isFailure(late) && late.failure._tag).toBe("CreditRefused")
    }).pipe(Effect.provide(CreditLedger.memory(schemes)))
  )
})
