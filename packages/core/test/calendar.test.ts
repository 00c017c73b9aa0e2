import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  addDays,
  addWorkingDaysUnsafe,
  CalendarYearNotCovered,
  CHINA_CALENDAR_DATA,
  chinaCalendar,
  fromDayNumber,
  InvalidInput,
  isoDateUnsafe as d,
  isWorkingDayUnsafe,
  nextWorkingDayUnsafe,
  projectCalendarYear,
  qingmingDay,
  toDayNumber,
  WorkCalendar,
  workingDaysBetweenUnsafe
} from "@minzheng/core"

const coveredDate = fc.integer({ min: toDayNumber(d("2020-01-01")), max: toDayNumber(d("2026-08-31")) }).map(fromDayNumber)

describe("working days", () => {
  it("a 调休 Saturday is a working day; the holiday beside it is not", () => {
    expect(isWorkingDayUnsafe(d("2025-10-11"))).toBe(true)
    expect(isWorkingDayUnsafe(d("2025-10-08"))).toBe(false)
    expect(isWorkingDayUnsafe(d("2025-10-10"))).toBe(true)
  })
  it("the next working day after 09-30 is 10-09 across National Day 2025", () => {
    expect(nextWorkingDayUnsafe(d("2025-09-30"))).toBe("2025-10-09")
  })
  it("the working day before the 调休 Saturday 2026-02-14 is Friday 02-13, and after it Tuesday 02-24", () => {
    expect(chinaCalendar.previousWorkingDayUnsafe(d("2026-02-14"))).toBe("2026-02-13")
    expect(chinaCalendar.nextWorkingDayUnsafe(d("2026-02-14"))).toBe("2026-02-24")
  })
  it("30 working days from 2025-09-26 end on 2025-11-13 (the 审核确认 limit)", () => {
    expect(addWorkingDaysUnsafe(d("2025-09-26"), 30)).toBe("2025-11-13")
    expect(workingDaysBetweenUnsafe(d("2025-09-26"), d("2025-11-13"))).toBe(30)
  })
  it("counting back and zero days", () => {
    expect(addWorkingDaysUnsafe(d("2025-10-09"), -1)).toBe("2025-09-30")
    expect(addWorkingDaysUnsafe(d("2025-10-05"), 0)).toBe("2025-10-05")
    expect(workingDaysBetweenUnsafe(d("2025-11-13"), d("2025-09-26"))).toBe(-30)
  })
  it("on or after / on or before a rest day", () => {
    expect(chinaCalendar.workingDayOnOrAfterUnsafe(d("2025-10-03"))).toBe("2025-10-09")
    expect(chinaCalendar.workingDayOnOrBeforeUnsafe(d("2025-10-03"))).toBe("2025-09-30")
    expect(chinaCalendar.workingDayOnOrAfterUnsafe(d("2025-10-09"))).toBe("2025-10-09")
  })
  it("describes holidays by name", () => {
    expect(chinaCalendar.describeUnsafe(d("2026-02-17"))).toEqual({
      date: "2026-02-17",
      working: false,
      kind: "holiday",
      name: { zh: "春节", en: "Spring Festival" },
      provisional: false
    })
    expect(chinaCalendar.describeUnsafe(d("2025-11-15")).kind).toBe("weekend")
  })
})

describe("coverage", () => {
  it("a 30-working-day limit from 2026-12-10 runs into 2027: CalendarYearNotCovered, never a guess", () => {
    expect(() => addWorkingDaysUnsafe(d("2026-12-10"), 30)).toThrow(CalendarYearNotCovered)
    try {
      addWorkingDaysUnsafe(d("2026-12-10"), 30)
    } catch (e) {
      expect((e as CalendarYearNotCovered).year).toBe(2027)
      expect((e as CalendarYearNotCovered).messageZh).toContain("2027")
    }
  })
  it("a date before 2020 is not covered", () => {
    expect(() => isWorkingDayUnsafe(d("2019-12-31"))).toThrow(CalendarYearNotCovered)
    expect(() => addWorkingDaysUnsafe(d("2020-01-02"), -5)).toThrow(CalendarYearNotCovered)
  })
  it("a gap year in user data is refused when a count runs through it", () => {
    const gappy = WorkCalendar.make({ years: CHINA_CALENDAR_DATA.filter((y) => y.year !== 2023) })
    expect(() => gappy.addWorkingDaysUnsafe(d("2022-12-20"), 20)).toThrow(CalendarYearNotCovered)
    expect(() => gappy.workingDaysBetweenUnsafe(d("2022-12-20"), d("2024-01-10"))).toThrow(CalendarYearNotCovered)
    expect(gappy.addWorkingDaysUnsafe(d("2022-12-01"), 1)).toBe("2022-12-02")
  })
  it("a user supplies next year's notice without a release", () => {
    const with2027 = chinaCalendar.extend([
      {
        year: 2027,
        source: { document: "国务院办公厅关于2027年部分节假日安排的通知", note: "example data for the test" },
        holidays: [{ name: { zh: "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
        workdays: []
      }
    ])
    expect(with2027.coveredYears).toEqual([2020, 2027])
    expect(with2027.isWorkingDayUnsafe(d("2027-01-01"))).toBe(false)
    expect(with2027.isProvisional(d("2027-01-01"))).toBe(false)
    expect(with2027.addWorkingDaysUnsafe(d("2026-12-31"), 1)).toBe("2027-01-04")
  })
  it("local rest days are layered on top", () => {
    const local = chinaCalendar.withLocalRestDays([{ date: "2025-07-01", name: { zh: "地方休息日", en: "local rest day" } }])
    expect(local.isWorkingDayUnsafe(d("2025-07-01"))).toBe(false)
    expect(local.describeUnsafe(d("2025-07-01")).kind).toBe("local-rest-day")
    expect(chinaCalendar.isWorkingDayUnsafe(d("2025-07-01"))).toBe(true)
  })
  it("bad calendar data is one InvalidInput listing every problem", () => {
    try {
      WorkCalendar.make({
        years: [
          { year: 2027, source: { document: "x" }, holidays: [{ name: { zh: "a", en: "a" }, from: "2027-02-30", to: "2027-01-01" }], workdays: ["x"] },
          { year: 2027, source: { document: "x" }, holidays: [], workdays: [] }
        ]
      })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInput)
      const paths = (e as InvalidInput).issues.map((i) => i.path.join("."))
      expect(paths).toContain("years.0.holidays.0.from")
      expect(paths).toContain("years.0.workdays.0")
      expect(paths).toContain("years.1.year")
    }
  })
})

describe("provisional projection (《全国年节及纪念日放假办法》第二条, 国务院令第795号)", () => {
  it("is opt-in and marks results provisional", () => {
    const projected = chinaCalendar.withProjection(2027)
    expect(projected.addWorkingDaysUnsafe(d("2026-12-10"), 30)).toBe("2027-01-22")
    expect(projected.isProvisional(d("2026-12-10"), d("2027-01-22"))).toBe(true)
    expect(projected.describeUnsafe(d("2027-10-02"))).toMatchObject({ working: false, kind: "holiday", provisional: true })
  })
  it("projects 2027 from the lunar calendar: 除夕 02-05 to 初三 02-08, 端午 06-09, 中秋 09-15, 清明 04-05", () => {
    const y = projectCalendarYear(2027)
    const byName = Object.fromEntries(y.holidays.map((h) => [h.name.zh, [h.from, h.to]]))
    expect(byName["春节"]).toEqual(["2027-02-05", "2027-02-08"])
    expect(byName["端午节"]).toEqual(["2027-06-09", "2027-06-09"])
    expect(byName["中秋节"]).toEqual(["2027-09-15", "2027-09-15"])
    expect(byName["清明节"]).toEqual(["2027-04-05", "2027-04-05"])
    expect(byName["劳动节"]).toEqual(["2027-05-01", "2027-05-02"])
    expect(byName["国庆节"]).toEqual(["2027-10-01", "2027-10-03"])
  })
  it("清明 by the 21st-century formula matches the published years", () => {
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2026].map(qingmingDay)).toEqual([
      "2020-04-04", "2021-04-04", "2022-04-05", "2023-04-05", "2024-04-04", "2025-04-04", "2026-04-05"
    ])
  })
  it.each([2020, 2021, 2022, 2023, 2024, 2025, 2026])("every statutory day projected for %i falls in that year's official holiday", (year) => {
    for (const h of projectCalendarYear(year).holidays) {
      for (let day = d(h.from); day <= h.to; day = addDays(day, 1)) {
        // 除夕 and 5月2日 became statutory only with the 2024 revision, in force 2025-01-01
        const newIn2025 = (h.name.zh === "春节" && day === h.from) || day.endsWith("-05-02")
        if (year < 2025 && newIn2025) continue
        expect(chinaCalendar.isWorkingDayUnsafe(day), `${h.name.zh} ${day}`).toBe(false)
      }
    }
  })
})

describe("laws of working-day arithmetic (fast-check)", () => {
  it("addWorkingDays(d, n) is a working day strictly after d for n ≥ 1, exactly n working days later", () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 60 }), (day, n) => {
        const r = chinaCalendar.addWorkingDaysUnsafe(day, n)
        return r > day && chinaCalendar.isWorkingDayUnsafe(r) && chinaCalendar.workingDaysBetweenUnsafe(day, r) === n
      })
    )
  })
  it("agrees with day-by-day stepping", () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 40 }), (day, n) => {
        let cur = day
        let left = n
        while (left > 0) {
          cur = addDays(cur, 1)
          if (chinaCalendar.isWorkingDayUnsafe(cur)) left--
        }
        return chinaCalendar.addWorkingDaysUnsafe(day, n) === cur
      })
    )
  })
  it("is monotone in the start date", () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, fc.integer({ min: 1, max: 30 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        return chinaCalendar.addWorkingDaysUnsafe(lo, n) <= chinaCalendar.addWorkingDaysUnsafe(hi, n)
      })
    )
  })
})
