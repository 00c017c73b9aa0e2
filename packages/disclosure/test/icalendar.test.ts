import { chinaCalendar, InvalidInput } from "@minzheng/core"
import { LICANG_DUTIES, type NonWorkingDayPolicy, scheduleCommunitiesUnsafe, toICalendarUnsafe } from "@minzheng/disclosure"
import fc from "fast-check"
import ICAL from "ical.js"
import { describe, expect, it } from "vitest"
import pkg from "../package.json" with { type: "json" }

const stamp = "2025-01-01T08:00:00Z"
const schedule = (policy: NonWorkingDayPolicy = "next", name = "虎山社区") =>
  scheduleCommunitiesUnsafe({
    communities: [{ id: "hushan", name }],
    dutySet: LICANG_DUTIES,
    from: "2025-01-01",
    to: "2025-12-31",
    policy,
    events: [{ communityId: "hushan", dutyId: "licang.dibao-notice", on: "2025-09-26", ref: "dibao-031" }]
  })

const parse = (ics: string) => {
  const root = new ICAL.Component(ICAL.parse(ics))
  const events = root.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c))
  const todos = root.getAllSubcomponents("vtodo")
  return { root, events, todos }
}

/** A toy calendar store keyed by UID, as a calendar app keeps one: importing replaces by UID. */
const importInto = (store: Map<string, { start: string; end: string; sequence: number }>, ics: string) => {
  for (const e of parse(ics).events) store.set(e.uid, { start: e.startDate.toString(), end: e.endDate.toString(), sequence: e.sequence })
  return store
}

describe("iCalendar export of 虎山社区's 2025 calendar", () => {
  const ics = toICalendarUnsafe(schedule(), { stamp, calendarName: "虎山社区 居务公开 2025" })
  const { root, events, todos } = parse(ics)

  it("parses with ical.js into a VEVENT and a VTODO per occurrence", () => {
    expect(root.getFirstPropertyValue("version")).toBe("2.0")
    expect(events).toHaveLength(25)
    expect(todos).toHaveLength(25)
  })
  it("uses all-day DATE values: the moved May publication day runs from 12 May to 13 May exclusive", () => {
    const may = events.find((e) => e.uid === "hushan/licang.monthly-affairs/2025-05@disclosure.minzheng")
    expect(may?.startDate.isDate).toBe(true)
    expect(may?.startDate.toString()).toBe("2025-05-12")
    expect(may?.endDate.toString()).toBe("2025-05-13")
    expect(may?.description).toContain("原定 2025-05-10 非工作日，顺延至下一个工作日：2025-05-12")
  })
  it("spans a 公示 window from its posting day through its last day (26 Sep – 9 Oct 2025)", () => {
    const n = events.find((e) => e.uid === "hushan/licang.dibao-notice/dibao-031@disclosure.minzheng")
    expect([n?.startDate.toString(), n?.endDate.toString()]).toEqual(["2025-09-26", "2025-10-10"])
    expect(n?.summary).toBe("虎山社区：低保公示（公示期）")
  })
  it("gives each duty a to-do with its DUE date", () => {
    const todo = todos.find((t) => t.getFirstPropertyValue("uid") === "hushan/licang.monthly-finance/2025-08/todo@disclosure.minzheng")
    expect(String(todo?.getFirstPropertyValue("due"))).toBe("2025-08-11")
  })
  it("ends lines with CRLF and folds every line to at most 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true)
    expect(ics.replace(/\r\n/g, "").includes("\n")).toBe(false)
    const lines = ics.split("\r\n")
    expect(Math.max(...lines.map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(75)
    expect(lines.some((l) => l.startsWith(" "))).toBe(true)
  })
})

describe("escaping and re-import", () => {
  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    const name = "虎山,社区;一\\二\n三"
    const ics = toICalendarUnsafe(schedule("next", name), { stamp })
    expect(ics).toContain("SUMMARY:虎山\\,社区\\;一\\\\二\\n三：居务公开日")
    expect(parse(ics).events[0]?.summary).toBe(`${name}：居务公开日`)
  })
  it("updates rather than duplicates when a re-issued calendar moves days", () => {
    const store = importInto(new Map(), toICalendarUnsafe(schedule("next"), { stamp }))
    expect(store.get("hushan/licang.monthly-affairs/2025-05@disclosure.minzheng")?.start).toBe("2025-05-12")
    importInto(store, toICalendarUnsafe(schedule("previous"), { stamp: "2025-02-01T08:00:00Z", sequence: 1 }))
    expect(store.size).toBe(25)
    expect(store.get("hushan/licang.monthly-affairs/2025-05@disclosure.minzheng")).toMatchObject({ start: "2025-05-09", sequence: 1 })
  })
  it("refuses options without a UTC stamp", () => {
    expect(() => toICalendarUnsafe(schedule(), { stamp: "yesterday" })).toThrow(InvalidInput)
  })
})

describe("PRODID (issue 20: versions come from package.json)", () => {
  it("names @minzheng/disclosure with the version of its package.json by default", () => {
    const ics = toICalendarUnsafe(schedule(), { stamp })
    expect(ics.split("\r\n")[2]).toBe(`PRODID:-//minzheng//disclosure ${pkg.version}//ZH`)
    expect(parse(ics).root.getFirstPropertyValue("prodid")).toBe(`-//minzheng//disclosure ${pkg.version}//ZH`)
  })
  it("takes the exporting application's own product id, escaped as TEXT", () => {
    const ics = toICalendarUnsafe(schedule(), { stamp, prodId: "-//minzheng//cli 9.8.7//ZH" })
    expect(ics.split("\r\n")[2]).toBe("PRODID:-//minzheng//cli 9.8.7//ZH")
    expect(ics).not.toContain("disclosure " + pkg.version)
    const odd = toICalendarUnsafe(schedule(), { stamp, prodId: "-//a,b;c//x 1.0//ZH" })
    expect(odd.split("\r\n")[2]).toBe("PRODID:-//a\\,b\\;c//x 1.0//ZH")
    expect(parse(odd).root.getFirstPropertyValue("prodid")).toBe("-//a,b;c//x 1.0//ZH")
  })
  it("refuses an empty or overlong product id with the options path", () => {
    for (const prodId of ["", "x".repeat(201)]) {
      try {
        toICalendarUnsafe(schedule(), { stamp, prodId })
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInput)
        expect((e as InvalidInput).issues.map((i) => i.path)).toEqual([["options", "prodId"]])
      }
    }
  })
})

describe("iCalendar round-trips (fast-check)", () => {
  it("re-parsing an export gives the same events: uid, dates and summary", () => {
    const name = fc.string({ minLength: 1, maxLength: 60, unit: fc.constantFrom("虎", "山", "社", "区", ",", ";", "\\", "\n", "a", " ", "😀", "é", ":") })
    fc.assert(
      fc.property(name, fc.integer({ min: 2021, max: 2025 }), fc.constantFrom<NonWorkingDayPolicy>("keep", "next", "previous"), (n, year, policy) => {
        const s = scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: n }], dutySet: LICANG_DUTIES, from: `${year}-01-01`, to: `${year}-12-31`, policy }, chinaCalendar)
        const ics = toICalendarUnsafe(s, { stamp, language: "en" })
        if (ics.split("\r\n").some((l) => new TextEncoder().encode(l).length > 75)) return false
        const got = parse(ics).events.map((e) => [e.uid, e.startDate.toString(), e.summary])
        const want = s.occurrences.map((o) => [`${o.uid}@disclosure.minzheng`, o.due, `${n}: ${o.dutyId === "licang.monthly-affairs" ? "monthly community-affairs disclosure day" : "monthly finance board"}`])
        expect(got).toEqual(want)
        return true
      }),
      { numRuns: 40 }
    )
  })
})
