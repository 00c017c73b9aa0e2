/**
 * Each year of the built-in calendar checked against the State Council General Office's notice,
 * transcribed here a second time from the notices' text ("放假调休，共N天" and the "上班" days with
 * their weekdays), independently of src/calendar/data.ts.
 */
import { describe, expect, it } from "vitest"
import { addDays, CHINA_CALENDAR_DATA, chinaCalendar, dayOfWeek, isoDateUnsafe as d, type IsoDate, WorkCalendar } from "@minzheng/core"

interface Notice {
  readonly number: string
  /** [name, first day, days off in a row as the notice counts them ("共N天")] */
  readonly off: ReadonlyArray<readonly [string, string, number]>
  /** make-up working days with the weekday the notice names (6 = Saturday, 7 = Sunday) */
  readonly work: ReadonlyArray<readonly [string, 6 | 7]>
}

const NOTICES: Record<number, Notice> = {
  2020: {
    number: "国办发明电〔2019〕16号",
    // 春节 1月24日至30日 共7天, extended to 2月2日 by 国办发明电〔2020〕1号 (02-01 Saturday no longer worked)
    off: [["元旦", "2020-01-01", 1], ["春节", "2020-01-24", 10], ["清明节", "2020-04-04", 3], ["劳动节", "2020-05-01", 5], ["端午节", "2020-06-25", 3], ["国庆节、中秋节", "2020-10-01", 8]],
    work: [["2020-01-19", 7], ["2020-04-26", 7], ["2020-05-09", 6], ["2020-06-28", 7], ["2020-09-27", 7], ["2020-10-10", 6]]
  },
  2021: {
    number: "国办发明电〔2020〕27号",
    off: [["元旦", "2021-01-01", 3], ["春节", "2021-02-11", 7], ["清明节", "2021-04-03", 3], ["劳动节", "2021-05-01", 5], ["端午节", "2021-06-12", 3], ["中秋节", "2021-09-19", 3], ["国庆节", "2021-10-01", 7]],
    work: [["2021-02-07", 7], ["2021-02-20", 6], ["2021-04-25", 7], ["2021-05-08", 6], ["2021-09-18", 6], ["2021-09-26", 7], ["2021-10-09", 6]]
  },
  2022: {
    number: "国办发明电〔2021〕11号",
    off: [["元旦", "2022-01-01", 3], ["春节", "2022-01-31", 7], ["清明节", "2022-04-03", 3], ["劳动节", "2022-04-30", 5], ["端午节", "2022-06-03", 3], ["中秋节", "2022-09-10", 3], ["国庆节", "2022-10-01", 7]],
    work: [["2022-01-29", 6], ["2022-01-30", 7], ["2022-04-02", 6], ["2022-04-24", 7], ["2022-05-07", 6], ["2022-10-08", 6], ["2022-10-09", 7]]
  },
  2023: {
    number: "国办发明电〔2022〕16号",
    off: [["元旦", "2022-12-31", 3], ["春节", "2023-01-21", 7], ["清明节", "2023-04-05", 1], ["劳动节", "2023-04-29", 5], ["端午节", "2023-06-22", 3], ["中秋节、国庆节", "2023-09-29", 8]],
    work: [["2023-01-28", 6], ["2023-01-29", 7], ["2023-04-23", 7], ["2023-05-06", 6], ["2023-06-25", 7], ["2023-10-07", 6], ["2023-10-08", 7]]
  },
  2024: {
    number: "国办发明电〔2023〕7号",
    // 元旦 "1月1日放假，与周末连休" (12-30..01-01); 端午 "6月10日放假，与周末连休" (06-08..06-10)
    off: [["元旦", "2023-12-30", 3], ["春节", "2024-02-10", 8], ["清明节", "2024-04-04", 3], ["劳动节", "2024-05-01", 5], ["端午节", "2024-06-08", 3], ["中秋节", "2024-09-15", 3], ["国庆节", "2024-10-01", 7]],
    work: [["2024-02-04", 7], ["2024-02-18", 7], ["2024-04-07", 7], ["2024-04-28", 7], ["2024-05-11", 6], ["2024-09-14", 6], ["2024-09-29", 7], ["2024-10-12", 6]]
  },
  2025: {
    number: "国办发明电〔2024〕12号",
    off: [["元旦", "2025-01-01", 1], ["春节", "2025-01-28", 8], ["清明节", "2025-04-04", 3], ["劳动节", "2025-05-01", 5], ["端午节", "2025-05-31", 3], ["国庆节、中秋节", "2025-10-01", 8]],
    work: [["2025-01-26", 7], ["2025-02-08", 6], ["2025-04-27", 7], ["2025-09-28", 7], ["2025-10-11", 6]]
  },
  2026: {
    number: "国办发明电〔2025〕7号",
    off: [["元旦", "2026-01-01", 3], ["春节", "2026-02-15", 9], ["清明节", "2026-04-04", 3], ["劳动节", "2026-05-01", 5], ["端午节", "2026-06-19", 3], ["中秋节", "2026-09-25", 3], ["国庆节", "2026-10-01", 7]],
    work: [["2026-01-04", 7], ["2026-02-14", 6], ["2026-02-28", 6], ["2026-05-09", 6], ["2026-09-20", 7], ["2026-10-10", 6]]
  }
}

describe.each(Object.entries(NOTICES))("the %s calendar against its State Council notice", (yearText, notice) => {
  const year = Number(yearText)
  it(`cites ${notice.number}`, () => {
    expect(chinaCalendar.yearData(year)?.source.number).toBe(notice.number)
  })
  it.each(notice.off)("%s: from %s, %i days in a row are rest days", (_name, first, days) => {
    for (let i = 0; i < days; i++) expect(chinaCalendar.isWorkingDayUnsafe(addDays(d(first), i)), addDays(d(first), i)).toBe(false)
  })
  it.each(notice.off)("%s: the days around the break are not part of it unless they are weekends", (_name, first, days) => {
    const before = addDays(d(first), -1)
    const after = addDays(d(first), days)
    for (const edge of [before, after]) {
      if (!chinaCalendar.covers(edge)) continue
      const info = chinaCalendar.describeUnsafe(edge)
      if (!info.working) expect(["weekend", "holiday"]).toContain(info.kind)
    }
  })
  it.each(notice.work)("make-up working day %s (weekday %i) is a working day", (day, weekday) => {
    expect(dayOfWeek(d(day))).toBe(weekday)
    expect(chinaCalendar.isWorkingDayUnsafe(d(day))).toBe(true)
    expect(chinaCalendar.describeUnsafe(d(day)).kind).toBe("make-up-workday")
  })
  it("every other weekday is a working day and every other weekend day a rest day", () => {
    const listedOff = new Set<string>()
    for (const [, first, days] of notice.off) for (let i = 0; i < days; i++) listedOff.add(addDays(d(first), i))
    const listedWork = new Set(notice.work.map(([w]) => w))
    for (let day = d(`${year}-01-01`); day <= `${year}-12-31`; day = addDays(day, 1)) {
      if (listedOff.has(day) || listedWork.has(day)) continue
      // days of next year's notice that fall in this year (2023 元旦 starts 2022-12-31) are covered there
      const nextYear = NOTICES[year + 1]
      if (nextYear?.off.some(([, f, n]) => day >= f && day <= addDays(d(f), n - 1))) continue
      expect(chinaCalendar.isWorkingDayUnsafe(day), day).toBe(dayOfWeek(day) <= 5)
    }
  })
})

describe("the built-in data", () => {
  it("covers 2020 to 2026, one entry per year", () => {
    expect(CHINA_CALENDAR_DATA.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026])
    expect(chinaCalendar.coveredYears).toEqual([2020, 2026])
  })
  it("is valid calendar data, built without re-checking on import: the checked calendar equals it day by day", () => {
    // chinaCalendar trusts CHINA_CALENDAR_DATA (no decode at import); this is the check it skips.
    const checked = WorkCalendar.make({ years: CHINA_CALENDAR_DATA })
    expect(checked.years).toEqual(chinaCalendar.years)
    for (let day = d("2020-01-01"); day <= "2026-12-31"; day = addDays(day, 1)) {
      expect(checked.describeUnsafe(day), day).toEqual(chinaCalendar.describeUnsafe(day))
    }
  })
  it("a holiday spanning the year end (元旦 2023: 2022-12-31 to 2023-01-02) is counted across it", () => {
    expect(chinaCalendar.addWorkingDaysUnsafe(d("2022-12-30"), 1)).toBe("2023-01-03")
    expect(chinaCalendar.workingDaysBetweenUnsafe(d("2022-12-30"), d("2023-01-03"))).toBe(1)
    expect(chinaCalendar.describeUnsafe(d("2022-12-31")).name?.zh).toBe("元旦")
  })
  it("2024's 除夕 (02-09, a Friday) was a working day: the notice only encouraged leave", () => {
    expect(chinaCalendar.isWorkingDayUnsafe(d("2024-02-09") as IsoDate)).toBe(true)
  })
})
