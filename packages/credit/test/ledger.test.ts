import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { appendEntry, balanceAtUnsafe, decideAppeal, expirePointsUnsafe, Ledger, periodPointsUnsafe, scoreStatementUnsafe, scoresAtUnsafe, taishanTimeBankScheme, tierFor, rongchengVillageScheme, schemeOn, defineSchemeUnsafe } from "@minzheng/credit"
import { award, build, collector, committee, d, deduction, schemes } from "./helpers.js"

describe("recording entries", () => {
  it("a villager who looks after a lone older person twice gets 2 × 5 points on a base of 100", () => {
    const l = build([award("a1", "p1", "elder-care", "2025-04-02"), award("a2", "p1", "elder-care", "2025-04-09")])
    expect(scoreStatementUnsafe(l, schemes, "p1", d("2025-04-30")).score).toBe(110)
  })
  it("dumping rubbish costs 10 points (the specification's example)", () => {
    const l = build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06")])
    expect(scoreStatementUnsafe(l, schemes, "p1", d("2025-05-06")).score).toBe(90)
  })
  it("the statement's Chinese lines name each item by its Chinese label, never by its id", () => {
    const s = scoreStatementUnsafe(build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06"), award("a1", "p1", "environment-cleanup", "2025-06-10")]), schemes, "p1", d("2025-06-30"))
    const lines = s?.explanation.children.map((c) => c.label.zh)
    expect(lines).toEqual(["2025-05-06 乱倒垃圾 -10：计入（计 -10）", "2025-06-10 参与环境整治 +2：计入（计 2）"])
    for (const l of lines ?? []) expect(l).not.toMatch(/[A-Za-z]/)
    expect(s?.explanation.children.map((c) => c.label.en)).toEqual(["2025-05-06 rubbish-dumping -10: counted (-10)", "2025-06-10 environment-cleanup 2: counted (2)"])
  })
  it("8 hours of volunteering are 2 points (+1 per 4 hours)", () => {
    const l = build([award("v1", "p1", "volunteer-4h", "2025-04-03", { quantity: 2, approver: undefined })].map((x) => JSON.parse(JSON.stringify(x))))
    expect(l.find("v1")?.points).toBe(2)
  })
  it("the same entry recorded twice is one entry", () => {
    const once = build([award("a1", "p1", "elder-care", "2025-04-02")])
    const again = appendEntry(once, schemes, award("a1", "p1", "elder-care", "2025-04-02"))
    expect(Result.isSuccess(again) && again.success.duplicate).toBe(true)
    expect(Result.isSuccess(again) && again.success.ledger.size).toBe(1)
  })
  it("the same key with a different date is a conflict, and nothing is written", () => {
    const once = build([award("a1", "p1", "elder-care", "2025-04-02")])
    const r = appendEntry(once, schemes, award("a1", "p1", "elder-care", "2025-04-03"))
    expect(Result.isFailure(r) && r.failure._tag).toBe("IdempotencyConflict")
    expect(once.size).toBe(1)
  })
  it("an item that needs the village committee's approval is refused without it", () => {
    const r = appendEntry(Ledger.empty(), schemes, { ...award("a1", "p1", "elder-care", "2025-04-02"), approver: undefined })
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("approval-required")
  })
  it("a photo-evidenced deduction without evidence is refused", () => {
    const { evidenceId: _e, ...noEvidence } = deduction("d1", "p1", "rubbish-dumping", "2025-05-06")
    const r = appendEntry(Ledger.empty(), schemes, noEvidence)
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("evidence-required")
  })
  it("a grid worker may not record a frugal-wedding award (only the collector may)", () => {
    const r = appendEntry(Ledger.empty(), schemes, { ...award("a1", "p1", "frugal-ceremony", "2025-04-02"), recorder: { id: "g1", role: "grid-worker" } })
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("recorder-not-allowed")
  })
  it("points that disagree with the item are refused", () => {
    const r = appendEntry(Ledger.empty(), schemes, { ...award("a1", "p1", "elder-care", "2025-04-02"), points: 6 })
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("points-mismatch")
  })
  it("an entry dated before the scheme took effect is refused", () => {
    const r = appendEntry(Ledger.empty(), schemes, award("a1", "p1", "elder-care", "2024-12-31"))
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("no-scheme-in-force")
  })
})

describe("per-period caps", () => {
  const visits = (n: number) => Array.from({ length: n }, (_, i) => award(`a${i}`, "p1", "elder-care", `2025-04-${String(i + 1).padStart(2, "0")}`))
  it("below the cap: 3 visits count 15", () => expect(scoreStatementUnsafe(build(visits(3)), schemes, "p1", d("2025-06-30")).score).toBe(115))
  it("at the cap: 4 visits count 20", () => expect(scoreStatementUnsafe(build(visits(4)), schemes, "p1", d("2025-06-30")).score).toBe(120))
  it("above the cap: 5 visits still count 20 and the fifth line says capped", () => {
    const s = scoreStatementUnsafe(build(visits(5)), schemes, "p1", d("2025-06-30"))
    expect(s?.score).toBe(120)
    expect(s?.lines.at(-1)?.status).toBe("capped")
  })
  it("the cap starts again next quarter", () => {
    const l = build([...visits(4), award("q3", "p1", "elder-care", "2025-07-01")])
    expect(scoreStatementUnsafe(l, schemes, "p1", d("2025-07-01")).score).toBe(125)
  })
})

describe("scores as of a date, tiers and periods", () => {
  it("an entry dated after the query date does not count yet", () => {
    const l = build([award("a1", "p1", "elder-care", "2025-04-02")])
    expect(scoreStatementUnsafe(l, schemes, "p1", d("2025-04-01")).score).toBe(100)
  })
  it("tier thresholds: 119 is AA, 120 is AAA, 79 is D", () => {
    expect(tierFor(rongchengVillageScheme, 119).id).toBe("AA")
    expect(tierFor(rongchengVillageScheme, 120).id).toBe("AAA")
    expect(tierFor(rongchengVillageScheme, 79).id).toBe("D")
  })
  it("with carry-over none, only this quarter's entries count", () => {
    const s = defineSchemeUnsafe({ ...rongchengVillageScheme, id: "no-carry", carryOver: "none" })
    const l = build([award("a1", "p1", "elder-care", "2025-03-30"), award("a2", "p1", "elder-care", "2025-04-02")], [s])
    expect(scoreStatementUnsafe(l, [s], "p1", d("2025-04-30")).score).toBe(105)
  })
  it("a new scheme version applies from its effective date", () => {
    const v2 = defineSchemeUnsafe({ ...rongchengVillageScheme, version: "2026.1", effectiveFrom: "2026-01-01", baseScore: 60 })
    const both = [rongchengVillageScheme, v2]
    expect(Result.isSuccess(schemeOn(both, d("2025-12-31"))) && schemeOn(both, d("2025-12-31"))).toMatchObject({ success: { version: "2025.1" } })
    expect(scoreStatementUnsafe(Ledger.empty(), both, "p1", d("2026-01-01")).score).toBe(60)
  })
  it("every score is explained entry by entry in Chinese", () => {
    const s = scoreStatementUnsafe(build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06")]), schemes, "p1", d("2025-05-31"))
    expect(s?.explanation.children).toHaveLength(1)
    expect(s?.explanation.label.zh).toContain("合计 90")
  })
  it("the score-only path gives the same numbers as the explained one", () => {
    const l = build([award("a1", "p1", "elder-care", "2025-04-02"), deduction("d1", "p2", "rubbish-dumping", "2025-05-06")])
    const all = scoresAtUnsafe(l, schemes, d("2025-06-30"))
    expect([...all]).toEqual([["p1", 105], ["p2", 90]])
  })
  it("period points are the quarter's counted points (what the payout divides)", () => {
    const l = build([award("a1", "p1", "elder-care", "2025-03-02"), award("a2", "p1", "elder-care", "2025-04-02")])
    expect(periodPointsUnsafe(l, schemes, "p1", d("2025-04-01"), d("2025-06-30"))).toBe(5)
  })
})

describe("reversals", () => {
  it("a reversal takes an entry out from its date on, never before", () => {
    const l = build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06"), { kind: "reversal", key: "r1", person: "p1", reverses: "d1", date: "2025-05-20", recorder: committee }])
    expect(scoreStatementUnsafe(l, schemes, "p1", d("2025-05-19")).score).toBe(90)
    expect(scoreStatementUnsafe(l, schemes, "p1", d("2025-05-20")).score).toBe(100)
  })
  it("an entry can be reversed once, never twice", () => {
    const l = build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06"), { kind: "reversal", key: "r1", person: "p1", reverses: "d1", date: "2025-05-20", recorder: committee }])
    const r = appendEntry(l, schemes, { kind: "reversal", key: "r2", person: "p1", reverses: "d1", date: "2025-05-21", recorder: committee })
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("already-reversed")
  })
  it("a reversal cannot itself be reversed", () => {
    const l = build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06"), { kind: "reversal", key: "r1", person: "p1", reverses: "d1", date: "2025-05-20", recorder: committee }])
    const r = appendEntry(l, schemes, { kind: "reversal", key: "r2", person: "p1", reverses: "r1", date: "2025-05-21", recorder: committee })
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("not-reversible")
  })
})

describe("appeals (异议) within the 7-day window", () => {
  const l = build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06")])
  const decision = (filedOn: string, upheld = true) => ({ appealId: "ap-1", entryKey: "d1", person: "p1", filedOn, upheld, decidedOn: "2025-05-20", decidedBy: { id: "r1", role: "review-panel" } })
  it("an appeal filed on day 7 (2025-05-13) and upheld ends in a reversal", () => {
    const r = decideAppeal(l, schemes, decision("2025-05-13"))
    expect(Result.isSuccess(r) && scoreStatementUnsafe(r.success.ledger, schemes, "p1", d("2025-05-20")).score).toBe(100)
  })
  it("an appeal filed on day 8 (2025-05-14) is out of time", () => {
    const r = decideAppeal(l, schemes, decision("2025-05-14"))
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("appeal-window-closed")
  })
  it("a dismissed appeal leaves the ledger as it was", () => {
    const r = decideAppeal(l, schemes, decision("2025-05-10", false))
    expect(Result.isSuccess(r) && r.success.ledger.size).toBe(1)
  })
  it("deciding the same upheld appeal twice writes one reversal", () => {
    const once = decideAppeal(l, schemes, decision("2025-05-10"))
    const twice = Result.isSuccess(once) ? decideAppeal(once.success.ledger, schemes, decision("2025-05-10")) : once
    expect(Result.isSuccess(twice) && twice.success.ledger.size).toBe(2)
  })
})

describe("信用修复: a deduction lapses after 365 clean days", () => {
  const l = build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06")])
  it("the day before the clean year ends it still counts", () => expect(scoreStatementUnsafe(l, schemes, "p1", d("2026-05-05")).score).toBe(90))
  it("on 2026-05-06 it lapses and the line says so", () => {
    const s = scoreStatementUnsafe(l, schemes, "p1", d("2026-05-06"))
    expect(s?.score).toBe(100)
    expect(s?.lines[0]).toMatchObject({ status: "lapsed", lapsedOn: "2026-05-06" })
  })
  it("a new deduction within the clean year restarts it for both", () => {
    const l2 = build([deduction("d1", "p1", "rubbish-dumping", "2025-05-06"), deduction("d2", "p1", "illegal-building", "2025-11-01")])
    expect(scoreStatementUnsafe(l2, schemes, "p1", d("2026-05-06")).score).toBe(80)
    expect(scoreStatementUnsafe(l2, schemes, "p1", d("2026-11-01")).score).toBe(100)
  })
})

describe("balances and expiry (FIFO)", () => {
  const l = build([award("a1", "p1", "frugal-ceremony", "2025-01-10"), award("a2", "p1", "elder-care", "2025-06-10"), { kind: "redemption", key: "o1", person: "p1", points: 12, orderId: "o1", date: "2025-07-01", recorder: collector }])
  it("spending takes the oldest points first", () => {
    const b = balanceAtUnsafe(l, schemes, "p1", d("2027-01-10"))
    expect(b.dueToExpire).toEqual([])
    expect(b.available).toBe(3)
  })
  it("the June award's unspent 3 points fall due 24 months later and expire as their own entry", () => {
    const due = balanceAtUnsafe(l, schemes, "p1", d("2027-06-10"))
    expect(due.dueToExpire).toEqual([{ lot: "a2", points: 3, expiredOn: "2027-06-10" }])
    const after = expirePointsUnsafe(l, schemes, "p1", d("2027-06-10"), { id: "sys", role: "town-office" })
    expect(after.find("expiry:a2")?.points).toBe(-3)
    expect(balanceAtUnsafe(after, schemes, "p1", d("2027-06-10")).balance).toBe(0)
    expect(expirePointsUnsafe(after, schemes, "p1", d("2027-06-10"), { id: "sys", role: "town-office" }).size).toBe(after.size)
  })
  it("a redemption that would overspend is refused", () => {
    const r = appendEntry(l, schemes, { kind: "redemption", key: "o2", person: "p1", points: 4, orderId: "o2", date: "2025-07-02", recorder: collector })
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("insufficient-balance")
  })
})

describe("泰山公益时间银行", () => {
  const station = { id: "s-1", role: "time-bank-station" } as const
  const hours = (key: string, n: number, date: string) => ({ kind: "award", key, person: "v1", item: "companion-visit", quantity: n, date, recorder: station, evidenceId: key })
  it("hours are banked and never expire", () => {
    const l = build([hours("h1", 30, "2022-01-10")], [taishanTimeBankScheme])
    expect(balanceAtUnsafe(l, [taishanTimeBankScheme], "v1", d("2030-01-01")).available).toBe(30)
  })
  it("a personal cap of 1,500 hours: hours beyond it are not banked", () => {
    const l = build([hours("h1", 1490, "2022-01-10"), hours("h2", 20, "2022-02-10")], [taishanTimeBankScheme])
    const s = scoreStatementUnsafe(l, [taishanTimeBankScheme], "v1", d("2022-03-01"))
    expect(s?.score).toBe(1500)
    expect(s?.tier.id).toBe("five-star")
    expect(s?.lines[1]?.status).toBe("over-lifetime-cap")
  })
  it("spending hours on services for oneself lowers the balance, not the star tier", () => {
    const l = build([hours("h1", 120, "2022-01-10"), { kind: "redemption", key: "x1", person: "v1", points: 50, orderId: "x1", date: "2023-01-10", recorder: station }], [taishanTimeBankScheme])
    expect(balanceAtUnsafe(l, [taishanTimeBankScheme], "v1", d("2023-02-01")).available).toBe(70)
    expect(scoreStatementUnsafe(l, [taishanTimeBankScheme], "v1", d("2023-02-01")).tier.id).toBe("one-star")
  })
})
