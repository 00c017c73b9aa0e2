import { Result } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as z from "zod/mini"
import {
  addDays,
  WorkCalendar,
  CALENDAR_YEAR_JSON_SCHEMA,
  CalendarYearDataSchema,
  CalendarYearNotCovered,
  CHINA_CALENDAR_DATA,
  chinaCalendar,
  isoDateUnsafe as d,
  parseCalendarFile,
  parseCalendarYearJson,
  parseHolidayCnJson
} from "@minzheng/core"

/** 2026 in holiday-cn form, transcribed from 国办发明电〔2025〕7号 (the same notice as the built-in year). */
const holidayCn2026 = () => {
  const days: Array<{ name: string; date: string; isOffDay: boolean }> = []
  const off = (name: string, from: string, to: string) => {
    for (let n = d(from); n <= d(to); n = addDays(n, 1)) days.push({ name, date: n, isOffDay: true })
  }
  const on = (name: string, date: string) => days.push({ name, date, isOffDay: false })
  off("元旦", "2026-01-01", "2026-01-03")
  on("元旦", "2026-01-04")
  on("春节", "2026-02-14")
  off("春节", "2026-02-15", "2026-02-23")
  on("春节", "2026-02-28")
  off("清明节", "2026-04-04", "2026-04-06")
  off("劳动节", "2026-05-01", "2026-05-05")
  on("劳动节", "2026-05-09")
  off("端午节", "2026-06-19", "2026-06-21")
  off("中秋节", "2026-09-25", "2026-09-27")
  on("国庆节", "2026-09-20")
  off("国庆节", "2026-10-01", "2026-10-07")
  on("国庆节", "2026-10-10")
  return { $schema: "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json", year: 2026, papers: ["https://www.gov.cn/zhengce/content/202511/content_7047091.htm"], days }
}

describe("loading a calendar year from holiday-cn JSON", () => {
  it("2026 read from holiday-cn gives exactly the built-in 2026, day by day", () => {
    const r = parseHolidayCnJson(holidayCn2026())
    if (Result.isFailure(r)) throw r.failure
    expect(r.success.workdays).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])
    expect(r.success.source.url).toBe("https://www.gov.cn/zhengce/content/202511/content_7047091.htm")
    const loaded = WorkCalendar.make({ years: [...CHINA_CALENDAR_DATA.filter((y) => y.year !== 2026), r.success] })
    let checked = 0
    for (let day = d("2026-01-01"); day <= d("2026-12-31"); day = addDays(day, 1)) {
      expect([day, loaded.isWorkingDayUnsafe(day)]).toEqual([day, chinaCalendar.isWorkingDayUnsafe(day)])
      checked++
    }
    expect(checked).toBe(365)
  })

  it("a duplicated, contradictory or wrong-year day is one typed error listing every problem", () => {
    const bad = holidayCn2026()
    bad.days.push({ name: "元旦", date: "2026-01-01", isOffDay: true }) // duplicate
    bad.days.push({ name: "元旦", date: "2026-01-02", isOffDay: false }) // off and on
    bad.days.push({ name: "国庆节", date: "2025-10-01", isOffDay: true }) // wrong year
    bad.days.push({ name: "调休", date: "2026-03-04", isOffDay: false }) // a Wednesday "make-up" day
    const r = parseHolidayCnJson(bad)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) return
    expect(r.failure._tag).toBe("InvalidInput")
    // 2026-01-02 is a Friday: marked "on", it is both a contradiction with its "off" entry and a
    // make-up day that is no weekend day
    expect(r.failure.issues.map((i) => i.code)).toEqual(["calendar_duplicate_day", "calendar_contradiction", "calendar_contradiction", "calendar_wrong_year", "calendar_contradiction"])
    expect(r.failure.issues[3]?.path).toEqual(["days", bad.days.length - 2, "date"])
    expect(r.failure.issues[1]?.zh).toContain("同时标为放假和上班")
  })
})

describe("loading minzheng calendar-year JSON", () => {
  const year2030 = {
    $schema: "https://minzheng.dev/schema/calendar-year.schema.json",
    year: 2030,
    source: { document: "国务院办公厅关于2030年部分节假日安排的通知", number: "（示例）" },
    holidays: [{ name: { zh: "元旦", en: "New Year's Day" }, from: "2030-01-01", to: "2030-01-01" }],
    workdays: []
  }
  it("a valid year extends the calendar, and queries in it stop failing", () => {
    expect(() => chinaCalendar.addWorkingDaysUnsafe(d("2029-12-28"), 2)).toThrow(CalendarYearNotCovered)
    const r = parseCalendarFile(year2030)
    if (Result.isFailure(r)) throw r.failure
    const cal = chinaCalendar.extend(r.success)
    expect(cal.isWorkingDayUnsafe(d("2030-01-01"))).toBe(false)
    expect(cal.isWorkingDayUnsafe(d("2030-01-02"))).toBe(true)
    expect(cal.isProvisional(d("2030-01-02"))).toBe(false)
  })
  it("overlapping holidays, a weekday make-up day and a day outside the year are listed together", () => {
    const r = parseCalendarYearJson({
      ...year2030,
      holidays: [
        { name: { zh: "春节", en: "Spring Festival" }, from: "2030-02-02", to: "2030-02-08" },
        { name: { zh: "春节", en: "Spring Festival" }, from: "2030-02-08", to: "2030-02-09" },
        { name: { zh: "国庆节", en: "National Day" }, from: "2031-10-01", to: "2031-10-07" }
      ],
      workdays: ["2030-02-06", "2030-01-07"]
    })
    if (Result.isSuccess(r)) throw new Error("expected failure")
    expect(r.failure.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["holidays.1", "calendar_duplicate_day"],
      ["holidays.2", "calendar_wrong_year"],
      ["workdays.0", "calendar_contradiction"],
      ["workdays.0", "calendar_contradiction"],
      ["workdays.1", "calendar_contradiction"]
    ])
  })
  it("an array of years refuses the same year twice; a file of neither format says what it expected", () => {
    const twice = parseCalendarFile([year2030, year2030])
    expect(Result.isFailure(twice) && twice.failure.issues.map((i) => i.code)).toEqual(["calendar_duplicate_year"])
    const neither = parseCalendarFile({ year: 2030 })
    expect(Result.isFailure(neither) && neither.failure.issues[0]?.en).toContain("holiday-cn")
  })
  it("the published JSON Schema file is the one the code exports", () => {
    const file = JSON.parse(readFileSync(new URL("../calendar-year.schema.json", import.meta.url), "utf8"))
    expect(file).toEqual(JSON.parse(JSON.stringify(CALENDAR_YEAR_JSON_SCHEMA)))
  })
  it("the exported JSON Schema is what zod derives from CalendarYearDataSchema (written out so it is not computed on import)", () => {
    const derived = z.toJSONSchema(z.extend(CalendarYearDataSchema, { $schema: z.optional(z.string()) }), { io: "input", unrepresentable: "any" })
    const { $id, title, description, ...rest } = CALENDAR_YEAR_JSON_SCHEMA
    expect([$id, title, description].every((x) => typeof x === "string")).toBe(true)
    expect(rest).toEqual(JSON.parse(JSON.stringify(derived)))
  })
})

describe("the calendar at the machine's real date (today is a test date)", () => {
  const today = d(new Date().toISOString().slice(0, 10))
  const ahead = d(new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10))
  for (const [name, day] of [["today", today], ["400 days ahead", ahead]] as const) {
    it(`${name} (${day}): 30 working days on either succeed or fail with CalendarYearNotCovered naming the year and both fixes`, () => {
      try {
        const due = chinaCalendar.addWorkingDaysUnsafe(day, 30)
        expect(due > day).toBe(true)
      } catch (e) {
        expect(e).toBeInstanceOf(CalendarYearNotCovered)
        const err = e as CalendarYearNotCovered
        expect(err.messageZh).toContain(`${err.year} 年`)
        expect(err.message).toContain("--calendar FILE")
        expect(err.message).toContain("--provisional-calendar")
      }
    })
    it(`${name} (${day}): with the projection opted in, 30 working days on succeed and are marked provisional past the data`, () => {
      const year = Number(day.slice(0, 4)) + 2
      const cal = chinaCalendar.withProjection(year)
      const due = cal.addWorkingDaysUnsafe(day, 30)
      expect(due > day).toBe(true)
      const lastBuiltIn = CHINA_CALENDAR_DATA[CHINA_CALENDAR_DATA.length - 1]!.year
      expect(cal.isProvisional(day, due)).toBe(Number(due.slice(0, 4)) > lastBuiltIn)
    })
  }
})
