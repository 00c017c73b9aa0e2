import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { orgCreditStatus } from "@minzheng/credit"
import { d } from "./helpers.js"

const status = (events: unknown[], asOf: string) => {
  const r = orgCreditStatus(events, d(asOf))
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

describe("活动异常名录", () => {
  const report = { id: "e1", kind: "annual-report-missing", date: "2024-06-01" }
  it("an organisation that did not file its annual report is listed from that day, until it files", () => {
    const s = status([report], "2024-07-01")
    expect(s.abnormal).toMatchObject({ since: "2024-06-01", earliestRemoval: null })
    expect(s.abnormal?.reasons[0]?.zh).toBe("未按照规定时限和要求报送年度工作报告")
    expect(s.serious).toBeNull()
  })
  it("once the filing is verified it comes off, to be removed within 5 working days (2024-08-05 → 2024-08-12)", () => {
    const s = status([report, { id: "e2", kind: "duty-fulfilled", date: "2024-08-05" }], "2024-08-06")
    expect(s.abnormal).toBeNull()
    expect(s.explanation.children.at(-1)?.label.zh).toContain("2024-08-12 前移出")
  })
  it("a warning alone: nothing to rectify, off the list 6 months after listing", () => {
    const w = { id: "w1", kind: "warning", date: "2024-03-01" }
    expect(status([w], "2024-08-31").abnormal?.earliestRemoval).toBe("2024-09-01")
    expect(status([w], "2024-09-01").abnormal).toBeNull()
  })
  it("a new listing event restarts the period", () => {
    const s = status([report, { id: "e2", kind: "rectification-overdue", date: "2025-01-10" }], "2025-02-01")
    expect(s.abnormal).toMatchObject({ since: "2024-06-01", periodFrom: "2025-01-10" })
  })
  it("letters sent 10 days apart do not make an organisation unreachable (20–60 days required)", () => {
    const r = orgCreditStatus([{ id: "u1", kind: "unreachable", date: "2024-05-01", letters: ["2024-03-01", "2024-03-11"] }], d("2024-06-01"))
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
    expect(status([{ id: "u1", kind: "unreachable", date: "2024-05-01", letters: ["2024-03-01", "2024-03-21"] }], "2024-06-01").abnormal?.since).toBe("2024-05-01")
  })
  it("a warning corrected on objection is disregarded", () => {
    expect(status([{ id: "w1", kind: "warning", date: "2024-03-01" }, { id: "c1", kind: "error-corrected", date: "2024-03-20", corrects: "w1" }], "2024-04-01").abnormal).toBeNull()
  })
})

describe("严重违法失信名单", () => {
  it("two years on the abnormal list moves it to the serious list (2024-06-01 → 2026-06-01)", () => {
    const s = status([{ id: "e1", kind: "annual-report-missing", date: "2024-06-01" }], "2026-06-01")
    expect(s.abnormal).toBeNull()
    expect(s.serious).toMatchObject({ since: "2026-06-01", earliestRemoval: "2028-06-01" })
    expect(s.serious?.removalCondition.zh).toContain("须先履行相关义务")
  })
  it("one day short of two years it is still only on the abnormal list", () => {
    expect(status([{ id: "e1", kind: "annual-report-missing", date: "2024-06-01" }], "2026-05-31").serious).toBeNull()
  })
  it("a fine of 50,000 元 puts it on the serious list; 49,999.99 元 only on the abnormal list", () => {
    expect(status([{ id: "f1", kind: "fine", date: "2024-03-01", amountYuan: "50000" }], "2024-03-02").serious?.since).toBe("2024-03-01")
    const small = status([{ id: "f1", kind: "fine", date: "2024-03-01", amountYuan: "49999.99" }], "2024-03-02")
    expect([small.serious, small.abnormal?.since]).toEqual([null, "2024-03-01"])
  })
  it("two warnings within three years: serious; exactly three years apart: not", () => {
    const within = status([{ id: "w1", kind: "warning", date: "2021-03-02" }, { id: "w2", kind: "warning", date: "2024-03-01" }], "2024-03-02")
    expect(within.serious?.reasons[0]?.zh).toBe("三年内两次以上受到警告或者不满50000元罚款处罚")
    const apart = status([{ id: "w1", kind: "warning", date: "2021-03-01" }, { id: "w2", kind: "warning", date: "2024-03-01" }], "2024-03-02")
    expect(apart.serious).toBeNull()
  })
  it("removal on application only after 2 years without a new event (严进严出)", () => {
    const base = [{ id: "x1", kind: "dishonest-debtor", date: "2022-01-10" }]
    expect(status([...base, { id: "a1", kind: "removal-applied", date: "2024-01-09" }], "2024-01-09").serious).not.toBeNull()
    expect(status([...base, { id: "a1", kind: "removal-applied", date: "2024-01-10" }], "2024-01-10").serious).toBeNull()
    expect(status([...base, { id: "x2", kind: "suspension-ordered", date: "2023-01-05" }, { id: "a1", kind: "removal-applied", date: "2024-01-10" }], "2024-01-10").serious?.earliestRemoval).toBe("2025-01-05")
  })
  it("listed for revocation: only deregistration takes it off", () => {
    const base = [{ id: "r1", kind: "certificate-revoked", date: "2022-01-10" }]
    expect(status([...base, { id: "a1", kind: "removal-applied", date: "2024-06-01" }], "2024-06-01").serious?.earliestRemoval).toBeNull()
    expect(status([...base, { id: "g1", kind: "deregistered", date: "2024-06-01" }], "2024-06-01").serious).toBeNull()
  })
})
