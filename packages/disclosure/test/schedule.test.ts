import { CalendarYearNotCovered, chinaCalendar, InvalidInput, isoDateUnsafe } from "@minzheng/core"
import {
  applyNonWorkingDayPolicyUnsafe,
  LICANG_DUTIES,
  PINGYUAN_DUTIES,
  scheduleCommunitiesUnsafe,
  VILLAGE_COMMITTEE_LAW_DUTIES,
  type NonWorkingDayPolicy
} from "@minzheng/disclosure"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const hushan = [{ id: "hushan", name: "虎山社区" }]
const monthlyDays = (year: number, policy: NonWorkingDayPolicy) =>
  scheduleCommunitiesUnsafe({ communities: hushan, dutySet: LICANG_DUTIES, from: `${year}-01-01`, to: `${year}-12-31`, policy })
    .occurrences.filter((o) => o.dutyId === "licang.monthly-affairs")
    .map((o) => o.due)

// Expected dates worked out by hand from packages/core/src/calendar/data.ts (2025: 元旦 01-01, 春节
// 01-28–02-04, 清明 04-04–04-06, 劳动节 05-01–05-05, 端午 05-31–06-02, 国庆中秋 10-01–10-08;
// 调休 workdays 01-26, 02-08, 04-27, 09-28, 10-11) and the weekdays of 2025 (01-01 is a Wednesday).
// Only two 10ths of 2025 are rest days: 05-10 (Saturday) and 08-10 (Sunday).
describe("李沧 居务公开日 (the 10th of each month, seed 000) in 2025", () => {
  it("moves the Saturday 10 May to Monday 12 May and the Sunday 10 August to Monday 11 August under the default policy", () => {
    expect(monthlyDays(2025, "next")).toEqual([
      "2025-01-10", "2025-02-10", "2025-03-10", "2025-04-10", "2025-05-12", "2025-06-10",
      "2025-07-10", "2025-08-11", "2025-09-10", "2025-10-10", "2025-11-10", "2025-12-10"
    ])
  })
  it("brings them forward to Friday 9 May and Friday 8 August when the street office publishes before the weekend", () => {
    expect(monthlyDays(2025, "previous")).toEqual([
      "2025-01-10", "2025-02-10", "2025-03-10", "2025-04-10", "2025-05-09", "2025-06-10",
      "2025-07-10", "2025-08-08", "2025-09-10", "2025-10-10", "2025-11-10", "2025-12-10"
    ])
  })
  it("keeps every 10th when the policy is to keep the day", () => {
    expect(monthlyDays(2025, "keep")).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}-10`))
  })
  it("marks exactly the moved occurrences as moved and says the default policy is next working day", () => {
    const s = scheduleCommunitiesUnsafe({ communities: hushan, dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" })
    expect(s.policy).toBe("next")
    expect(s.occurrences.filter((o) => o.moved && o.dutyId === "licang.monthly-affairs").map((o) => o.nominal)).toEqual(["2025-05-10", "2025-08-10"])
  })
})

// 2026 (data.ts): 元旦 01-01–01-03, 春节 02-15–02-23, 劳动节 05-01–05-05, 国庆 10-01–10-07; 调休 workdays
// 01-04, 02-14, 02-28, 05-09, 09-20, 10-10. 2026-01-01 is a Thursday.
describe("李沧 居务公开日 in 2026", () => {
  it("keeps Saturday 10 October because it is a 调休 working day", () => {
    expect(monthlyDays(2026, "next")[9]).toBe("2026-10-10")
  })
  it("moves Saturday 10 January to Monday 12 January and Sunday 10 May to Monday 11 May", () => {
    const days = monthlyDays(2026, "next")
    expect(days[0]).toBe("2026-01-12")
    expect(days[4]).toBe("2026-05-11")
  })
  it("brings Sunday 10 May forward to the 调休 Saturday 9 May under the previous-working-day policy", () => {
    expect(monthlyDays(2026, "previous")[4]).toBe("2026-05-09")
  })
})

describe("quarterly and event-driven duties", () => {
  it("puts 平原县's 阳光报告会 at each quarter's last day of 2025 (all working days)", () => {
    const s = scheduleCommunitiesUnsafe({ communities: [{ id: "xiyang", name: "西杨村" }], dutySet: PINGYUAN_DUTIES, from: "2025-01-01", to: "2025-12-31" })
    expect(s.occurrences.filter((o) => o.dutyId === "pingyuan.three-affairs").map((o) => [o.key, o.due])).toEqual([
      ["2025-Q1", "2025-03-31"], ["2025-Q2", "2025-06-30"], ["2025-Q3", "2025-09-30"], ["2025-Q4", "2025-12-31"]
    ])
  })
  it("moves the law's quarterly deadline of Sunday 31 March 2024 to Monday 1 April", () => {
    const s = scheduleCommunitiesUnsafe({ communities: [{ id: "v", name: "v" }], dutySet: VILLAGE_COMMITTEE_LAW_DUTIES, from: "2024-01-01", to: "2024-03-31" })
    expect(s.occurrences.filter((o) => o.dutyId === "vcol.general-quarterly").map((o) => o.due)).toEqual(["2024-04-01"])
  })
  it("posts a 低保 公示 on the event day and ends it by the legal period, across National Day 2025", () => {
    const s = scheduleCommunitiesUnsafe({
      communities: hushan, dutySet: LICANG_DUTIES, from: "2025-09-01", to: "2025-10-31",
      events: [{ communityId: "hushan", dutyId: "licang.dibao-notice", on: "2025-09-26", ref: "dibao-031" }]
    })
    const notice = s.occurrences.find((o) => o.kind === "public-notice")
    expect(notice).toMatchObject({ uid: "hushan/licang.dibao-notice/dibao-031", due: "2025-09-26", noticeEnd: "2025-10-09" })
  })
  it("moves a 公示 that would be posted on a holiday to the next working day and counts 7 days from there", () => {
    const s = scheduleCommunitiesUnsafe({
      communities: hushan, dutySet: LICANG_DUTIES, from: "2025-10-01", to: "2025-10-31",
      events: [{ communityId: "hushan", dutyId: "licang.dibao-notice", on: "2025-10-03" }]
    })
    expect(s.occurrences.find((o) => o.kind === "public-notice")).toMatchObject({ due: "2025-10-09", moved: true, noticeEnd: "2025-10-16" })
  })
  it("dates an immediate major-matter disclosure on the event day", () => {
    const s = scheduleCommunitiesUnsafe({
      communities: hushan, dutySet: LICANG_DUTIES, from: "2025-03-01", to: "2025-03-31",
      events: [{ communityId: "hushan", dutyId: "licang.major-matters", on: "2025-03-18", ref: "donation-1" }]
    })
    expect(s.occurrences.map((o) => [o.dutyId, o.due])).toEqual([
      ["licang.monthly-affairs", "2025-03-10"], ["licang.monthly-finance", "2025-03-10"], ["licang.major-matters", "2025-03-18"]
    ])
  })
})

describe("schedules for many communities", () => {
  it("gives every community the same days with its own stable uids", () => {
    const communities = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, name: `社区${i}` }))
    const s = scheduleCommunitiesUnsafe({ communities, dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" })
    expect(s.occurrences).toHaveLength(24_000)
    expect(new Set(s.occurrences.map((o) => o.uid)).size).toBe(24_000)
    expect(s.occurrences[24 * 999]?.uid).toBe("c999/licang.monthly-affairs/2025-01")
  })
})

describe("bad requests", () => {
  it("lists every problem at once", () => {
    try {
      scheduleCommunitiesUnsafe({ communities: [{ id: "a b", name: "" }], dutySet: LICANG_DUTIES, from: "2025-12-31", to: "2025-01-01", policy: "later" as never })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInput)
      expect((e as InvalidInput).issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["communities.0.id", "communities.0.name", "policy"]))
    }
  })
  it("refuses a period that ends before it starts, and a duplicated community", () => {
    try {
      scheduleCommunitiesUnsafe({ communities: [...hushan, ...hushan], dutySet: LICANG_DUTIES, from: "2025-12-31", to: "2025-01-01" })
      expect.unreachable()
    } catch (e) {
      expect((e as InvalidInput).issues.map((i) => i.path.join("."))).toEqual(["to", "communities.1.id"])
      expect((e as InvalidInput).issues[0]?.zh).toBe("结束日期早于开始日期")
    }
  })
  it("refuses a year the calendar does not cover with a typed error", () => {
    expect(() => scheduleCommunitiesUnsafe({ communities: hushan, dutySet: LICANG_DUTIES, from: "2030-01-01", to: "2030-12-31" })).toThrow(CalendarYearNotCovered)
  })
  it("refuses an event naming a fixed-day duty", () => {
    expect(() =>
      scheduleCommunitiesUnsafe({ communities: hushan, dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31", events: [{ communityId: "hushan", dutyId: "licang.monthly-affairs", on: "2025-01-02" }] })
    ).toThrow(InvalidInput)
  })
})

describe("laws of the schedule (fast-check)", () => {
  const year = fc.integer({ min: 2021, max: 2025 })
  const day = fc.integer({ min: 1, max: 31 })
  const moving = fc.constantFrom<NonWorkingDayPolicy>("next", "previous")
  it("puts every occurrence on a working day under the moving policies", () => {
    fc.assert(
      fc.property(year, day, moving, (y, d, policy) => {
        const dutySet = { ...LICANG_DUTIES, duties: [{ ...LICANG_DUTIES.duties[0]!, cadence: { kind: "monthly" as const, day: d } }] }
        const s = scheduleCommunitiesUnsafe({ communities: hushan, dutySet, from: `${y}-01-01`, to: `${y}-12-31`, policy })
        return s.occurrences.every((o) => chinaCalendar.isWorkingDayUnsafe(o.due))
      }),
      { numRuns: 60 }
    )
  })
  it("gives a monthly duty exactly 12 occurrences a year, whatever the day and policy", () => {
    fc.assert(
      fc.property(year, day, fc.constantFrom<NonWorkingDayPolicy>("keep", "next", "previous"), (y, d, policy) => {
        const dutySet = { ...LICANG_DUTIES, duties: [{ ...LICANG_DUTIES.duties[1]!, cadence: { kind: "monthly" as const, day: d } }] }
        return scheduleCommunitiesUnsafe({ communities: hushan, dutySet, from: `${y}-01-01`, to: `${y}-12-31`, policy }).occurrences.length === 12
      }),
      { numRuns: 60 }
    )
  })
  it("never moves a working day and moves a rest day by the shortest step", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), moving, (offset, policy) => {
        const d = chinaCalendar.addWorkingDaysUnsafe(isoDateUnsafe("2020-03-02"), 0)
        const day = isoDateUnsafe(new Date(Date.parse(d) + offset * 86_400_000).toISOString().slice(0, 10))
        const due = applyNonWorkingDayPolicyUnsafe(day, policy, chinaCalendar)
        if (chinaCalendar.isWorkingDayUnsafe(day)) return due === day
        return policy === "next" ? due === chinaCalendar.nextWorkingDayUnsafe(day) : due === chinaCalendar.previousWorkingDayUnsafe(day)
      }),
      { numRuns: 200 }
    )
  })
})
