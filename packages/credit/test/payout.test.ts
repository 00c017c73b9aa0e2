import { allocate, Money, renderExplanationEn, renderExplanationZh } from "@minzheng/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { computePayout, defineSchemeUnsafe, explainShare, RecipientsSchema, rongchengVillageScheme } from "@minzheng/credit"

const pay = (fund: string, rows: unknown, scheme = rongchengVillageScheme) => {
  const r = computePayout(scheme, Money.yuan(fund), rows)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

describe("credit-fund payout to the 分", () => {
  it("100 元 over three equal shares: 33.34, 33.33, 33.33 (the left-over 分 to the first)", () => {
    expect(pay("100.00", [{ person: "a", points: 1 }, { person: "b", points: 1 }, { person: "c", points: 1 }]).rows.map((r) => r.amount)).toEqual(["33.34", "33.33", "33.33"])
  })
  it("more points, more money: 10 and 30 points share 1,000 元 as 250 and 750", () => {
    expect(pay("1000.00", [{ person: "a", points: 10 }, { person: "b", points: 30 }]).rows.map((r) => r.amount)).toEqual(["250.00", "750.00"])
  })
  it("nobody with no eligible points gets money (zero or negative points)", () => {
    const p = pay("90.00", [{ person: "a", points: 0 }, { person: "b", points: -5 }, { person: "c", points: 9 }])
    expect(p.rows.map((r) => r.fen)).toEqual([0, 0, 9000])
  })
  it("points above a floor of 100: scores 100, 110, 130 share 400 元 as 0, 100, 300", () => {
    const s = defineSchemeUnsafe({ ...rongchengVillageScheme, payout: { method: "above-floor", floor: 100 } })
    expect(pay("400.00", [{ person: "a", points: 100 }, { person: "b", points: 110 }, { person: "c", points: 130 }], s).rows.map((r) => r.amount)).toEqual(["0.00", "100.00", "300.00"])
  })
  it("tier weights 3 : 2 : 1 : 0 for AAA, AA, A, B", () => {
    const s = defineSchemeUnsafe({ ...rongchengVillageScheme, payout: { method: "tier-weights" } })
    const p = pay("600.00", [{ person: "a", points: 0, score: 125 }, { person: "b", points: 0, score: 112 }, { person: "c", points: 0, score: 100 }, { person: "d", points: 0, score: 95 }], s)
    expect(p.rows.map((r) => r.amount)).toEqual(["300.00", "200.00", "100.00", "0.00"])
  })
  it("when no one has eligible points the fund is not paid", () => {
    const r = computePayout(rongchengVillageScheme, Money.yuan("10.00"), [{ person: "a", points: 0 }])
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("no-eligible-points")
  })
  it("each share is explained in Chinese", () => {
    const p = pay("100.00", [{ person: "a", points: 1 }, { person: "b", points: 2 }])
    expect(explainShare(p, "b")?.label.zh).toBe("b 权重 2 ÷ 总权重 3 × 基金 100.00 元，取整到分，按最大余数法加 1 分：66.67 元")
  })
  it("the rendered Chinese explanation cites the method as 最大余数法, with no English words", () => {
    const e = explainShare(pay("100.00", [{ person: "甲", points: 1 }, { person: "乙", points: 2 }]), "乙")
    if (e === undefined) throw new Error("no explanation")
    const zh = renderExplanationZh(e)
    expect(zh).toContain("依据：地方实践：种子报告 001（")
    expect(zh).toContain("；地方实践（最大余数法，余数相同时名单在前者优先）")
    expect(zh).not.toMatch(/[A-Za-z]/)
    expect(renderExplanationEn(e)).toContain("local practice: seed 001")
  })
  it("bad input lists every problem at once", () => {
    const r = computePayout(rongchengVillageScheme, Money.yuan("1.005"), [{ person: "", points: 1.5 }])
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues.length).toBe(3)
  })
})

const people = fc.array(fc.integer({ min: -20, max: 500 }), { minLength: 1, maxLength: 60 })
const fund = fc.integer({ min: 0, max: 50_000_000 })

describe("payout laws", () => {
  it("a recipient list is accepted exactly when the zod schema accepts it", () => {
    const row = fc.record(
      { person: fc.oneof(fc.string({ maxLength: 3 }), fc.constant("x".repeat(201)), fc.integer()), points: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 53)), score: fc.oneof(fc.integer(), fc.constant(undefined), fc.constant("1")), extra: fc.integer() },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(row, fc.anything()), { maxLength: 4 }), (rows) => {
        const r = computePayout(rongchengVillageScheme, Money.yuan("10.00"), rows)
        const accepted = Result.isSuccess(r) || r.failure._tag === "CreditRefused"
        return accepted === RecipientsSchema.safeParse(rows).success
      }),
      { numRuns: 500 }
    )
  })
  it("payouts sum to the fund exactly", () => {
    fc.assert(
      fc.property(people, fund, (pts, fen) => {
        fc.pre(pts.some((p) => p > 0))
        const p = pay(Money.fen(fen).toString(), pts.map((points, i) => ({ person: `p${i}`, points })))
        return p.rows.reduce((a, r) => a + r.fen, 0) === fen
      }),
      { numRuns: 200 }
    )
  })
  it("more points never means less money", () => {
    fc.assert(
      fc.property(people, fund, (pts, fen) => {
        fc.pre(pts.some((p) => p > 0))
        const rows = pay(Money.fen(fen).toString(), pts.map((points, i) => ({ person: `p${i}`, points }))).rows
        for (let i = 0; i < pts.length; i++) for (let j = 0; j < pts.length; j++) if ((pts[i] as number) > (pts[j] as number) && (rows[i] as { fen: number }).fen < (rows[j] as { fen: number }).fen) return false
        return true
      }),
      { numRuns: 200 }
    )
  })
  it("every share equals core's allocate over the same weights, to the 分", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 1_000_000 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 10_000_000_000 }), (pts, fen) => {
        fc.pre(pts.some((w) => w > 0))
        const rows = pay(Money.fen(fen).toString(), pts.map((points, i) => ({ person: `p${i}`, points }))).rows
        const core = allocate(Money.fen(fen), pts.map((p) => Math.max(p, 0))).map((m) => m.toFen())
        return JSON.stringify(rows.map((r) => r.fen)) === JSON.stringify(core)
      }),
      { numRuns: 300 }
    )
  })
  it("past 2^53 (fund × weight) the shares still equal core's allocate (its exact decimal path)", () => {
    const s = defineSchemeUnsafe({
      ...rongchengVillageScheme,
      payout: { method: "tier-weights" },
      tiers: rongchengVillageScheme.tiers.map((t, i) => ({ ...t, payoutWeight: ["999999999.999999", "3", "0.000001", "7", "0"][i] ?? "0" }))
    })
    const scores = s.tiers.map((t) => t.minScore)
    const p = pay("90000000000.00", scores.map((score, i) => ({ person: `p${i}`, points: 0, score })), s)
    const weights = s.tiers.map((t) => t.payoutWeight as string)
    expect(p.rows.map((r) => r.fen)).toEqual(allocate(Money.yuan("90000000000.00"), weights).map((m) => m.toFen()))
    expect(p.rows.reduce((a, r) => a + r.fen, 0)).toBe(9_000_000_000_000)
    expect(p.totalWeight).toBe("1000000010")
  })
})
