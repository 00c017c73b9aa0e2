import { chinaCalendar, InvalidInput, isoDateUnsafe, renderExplanationZh } from "@minzheng/core"
import { checkDecisionTimingUnsafe, publicNoticeEndUnsafe } from "@minzheng/disclosure"
import { describe, expect, it } from "vitest"

// Holidays from packages/core/src/calendar/data.ts; the posting day is not counted (民法典 第二百零一条),
// and a last day on a rest day moves to the next working day (第二百零三条).
describe("7-day 公示 windows across the Spring Festival", () => {
  it("a notice posted Friday 24 Jan 2025 would end 31 Jan, inside 春节 (01-28–02-04), so it runs to Wednesday 5 Feb", () => {
    expect(publicNoticeEndUnsafe(isoDateUnsafe("2025-01-24"), { days: 7 })).toBe("2025-02-05")
  })
  it("a notice posted Thursday 12 Feb 2026 would end 19 Feb, inside 春节 (02-15–02-23), so it runs to Tuesday 24 Feb", () => {
    expect(publicNoticeEndUnsafe(isoDateUnsafe("2026-02-12"), { days: 7 })).toBe("2026-02-24")
  })
  it("a notice posted Monday 20 Jan 2025 ends on its 7th day, Monday 27 Jan, before the holiday starts", () => {
    expect(publicNoticeEndUnsafe(isoDateUnsafe("2025-01-20"), { days: 7 })).toBe("2025-01-27")
  })
})

describe("7-day 公示 windows across National Day", () => {
  it("a notice posted Friday 26 Sep 2025 would end 3 Oct, inside 国庆中秋 (10-01–10-08), so it runs to Thursday 9 Oct", () => {
    expect(publicNoticeEndUnsafe(isoDateUnsafe("2025-09-26"), { days: 7 })).toBe("2025-10-09")
  })
  it("a notice posted Monday 28 Sep 2026 would end 5 Oct, inside 国庆 (10-01–10-07), so it runs to Thursday 8 Oct", () => {
    expect(publicNoticeEndUnsafe(isoDateUnsafe("2026-09-28"), { days: 7 })).toBe("2026-10-08")
  })
  it("a one-week 星级 公示 posted Wednesday 24 Sep 2025 ends Wednesday 1 Oct → moved to 9 Oct", () => {
    expect(publicNoticeEndUnsafe(isoDateUnsafe("2025-09-24"), { days: 7 }, chinaCalendar)).toBe("2025-10-09")
  })
})

describe("a decision taken before the 公示 ran its full length is flagged", () => {
  const posted = { postedOn: "2025-01-24", duration: { days: 7 } }
  it("flags a 低保 confirmed on 4 Feb 2025, the day before the extended last day", () => {
    expect(checkDecisionTimingUnsafe({ ...posted, decidedOn: "2025-02-04" }).earlyDecision).toBe(true)
  })
  it("flags a decision on the last day itself (5 Feb): the notice is still up that day", () => {
    const r = checkDecisionTimingUnsafe({ ...posted, decidedOn: "2025-02-05" })
    expect(r.earlyDecision).toBe(true)
    expect(r.earliestDecision).toBe("2025-02-06")
    // the explanation answers one question — a label that changed with the answer read "…未满即作出决定：否"
    expect(renderExplanationZh(r.explanation).split("\n")[0]).toMatch(/^公示期满后作出决定：否/)
  })
  it("accepts a decision on 6 Feb, the day after the notice ran its full length, citing 民法典", () => {
    const r = checkDecisionTimingUnsafe({ ...posted, decidedOn: "2025-02-06" })
    expect(r.earlyDecision).toBe(false)
    expect(renderExplanationZh(r.explanation).split("\n")[0]).toMatch(/^公示期满后作出决定：是/)
    expect(r.explanation.citations.map((c) => c.article)).toContain("第二百零三条")
  })
  it("refuses a malformed request with every problem listed", () => {
    try {
      checkDecisionTimingUnsafe({ postedOn: "2025-02-30", duration: { weeks: 1 } as never, decidedOn: "" })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInput)
      expect((e as InvalidInput).issues.length).toBeGreaterThanOrEqual(3)
    }
  })
})
