/**
 * The China work-day calendar data, 2020–2026, transcribed from the State Council General
 * Office's yearly notices (国务院办公厅关于某年部分节假日安排的通知). Each holiday period is the
 * notice's "放假调休，共N天" span; each make-up working day is one of its "上班" days. Periods that
 * the notice states as "X日放假，与周末连休" list only the declared holiday day: the adjoining
 * weekend is a weekend anyway.
 *
 * @module
 */
import type { CalendarYearData } from "./model.js"

const notice = (year: number, number: string, published: string): CalendarYearData["source"] => ({
  document: `国务院办公厅关于${year}年部分节假日安排的通知`,
  number,
  note: `published ${published}`
})

const h = (zh: string, en: string, from: string, to: string = from) => ({ name: { zh, en }, from, to })

/**
 * The built-in years, oldest first. Checked day by day in `test/calendar-data.test.ts` against the
 * notices' own text.
 *
 * @example
 * ```ts
 * import { CHINA_CALENDAR_DATA } from "@minzheng/core"
 * CHINA_CALENDAR_DATA.map((y) => y.year) //=> [2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @category data
 * @since 0.1.0
 */
export const CHINA_CALENDAR_DATA: ReadonlyArray<CalendarYearData> = [
  {
    year: 2020,
    source: {
      document: "国务院办公厅关于2020年部分节假日安排的通知",
      number: "国办发明电〔2019〕16号",
      note: "published 2019-11-21; 春节 extended to 02-02 and the 02-01 make-up day cancelled by 国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）"
    },
    holidays: [
      h("元旦", "New Year's Day", "2020-01-01"),
      h("春节", "Spring Festival", "2020-01-24", "2020-02-02"),
      h("清明节", "Qingming Festival", "2020-04-04", "2020-04-06"),
      h("劳动节", "Labour Day", "2020-05-01", "2020-05-05"),
      h("端午节", "Dragon Boat Festival", "2020-06-25", "2020-06-27"),
      h("国庆节、中秋节", "National Day and Mid-Autumn Festival", "2020-10-01", "2020-10-08")
    ],
    workdays: ["2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"]
  },
  {
    year: 2021,
    source: notice(2021, "国办发明电〔2020〕27号", "2020-11-25"),
    holidays: [
      h("元旦", "New Year's Day", "2021-01-01", "2021-01-03"),
      h("春节", "Spring Festival", "2021-02-11", "2021-02-17"),
      h("清明节", "Qingming Festival", "2021-04-03", "2021-04-05"),
      h("劳动节", "Labour Day", "2021-05-01", "2021-05-05"),
      h("端午节", "Dragon Boat Festival", "2021-06-12", "2021-06-14"),
      h("中秋节", "Mid-Autumn Festival", "2021-09-19", "2021-09-21"),
      h("国庆节", "National Day", "2021-10-01", "2021-10-07")
    ],
    workdays: ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"]
  },
  {
    year: 2022,
    source: notice(2022, "国办发明电〔2021〕11号", "2021-10-25"),
    holidays: [
      h("元旦", "New Year's Day", "2022-01-01", "2022-01-03"),
      h("春节", "Spring Festival", "2022-01-31", "2022-02-06"),
      h("清明节", "Qingming Festival", "2022-04-03", "2022-04-05"),
      h("劳动节", "Labour Day", "2022-04-30", "2022-05-04"),
      h("端午节", "Dragon Boat Festival", "2022-06-03", "2022-06-05"),
      h("中秋节", "Mid-Autumn Festival", "2022-09-10", "2022-09-12"),
      h("国庆节", "National Day", "2022-10-01", "2022-10-07")
    ],
    workdays: ["2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"]
  },
  {
    year: 2023,
    source: notice(2023, "国办发明电〔2022〕16号", "2022-12-08"),
    holidays: [
      h("元旦", "New Year's Day", "2022-12-31", "2023-01-02"),
      h("春节", "Spring Festival", "2023-01-21", "2023-01-27"),
      h("清明节", "Qingming Festival", "2023-04-05"),
      h("劳动节", "Labour Day", "2023-04-29", "2023-05-03"),
      h("端午节", "Dragon Boat Festival", "2023-06-22", "2023-06-24"),
      h("中秋节、国庆节", "Mid-Autumn Festival and National Day", "2023-09-29", "2023-10-06")
    ],
    workdays: ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"]
  },
  {
    year: 2024,
    source: notice(2024, "国办发明电〔2023〕7号", "2023-10-25"),
    holidays: [
      h("元旦", "New Year's Day", "2024-01-01"),
      h("春节", "Spring Festival", "2024-02-10", "2024-02-17"),
      h("清明节", "Qingming Festival", "2024-04-04", "2024-04-06"),
      h("劳动节", "Labour Day", "2024-05-01", "2024-05-05"),
      h("端午节", "Dragon Boat Festival", "2024-06-10"),
      h("中秋节", "Mid-Autumn Festival", "2024-09-15", "2024-09-17"),
      h("国庆节", "National Day", "2024-10-01", "2024-10-07")
    ],
    workdays: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"]
  },
  {
    year: 2025,
    source: notice(2025, "国办发明电〔2024〕12号", "2024-11-12"),
    holidays: [
      h("元旦", "New Year's Day", "2025-01-01"),
      h("春节", "Spring Festival", "2025-01-28", "2025-02-04"),
      h("清明节", "Qingming Festival", "2025-04-04", "2025-04-06"),
      h("劳动节", "Labour Day", "2025-05-01", "2025-05-05"),
      h("端午节", "Dragon Boat Festival", "2025-05-31", "2025-06-02"),
      h("国庆节、中秋节", "National Day and Mid-Autumn Festival", "2025-10-01", "2025-10-08")
    ],
    workdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]
  },
  {
    year: 2026,
    source: notice(2026, "国办发明电〔2025〕7号", "2025-11-04"),
    holidays: [
      h("元旦", "New Year's Day", "2026-01-01", "2026-01-03"),
      h("春节", "Spring Festival", "2026-02-15", "2026-02-23"),
      h("清明节", "Qingming Festival", "2026-04-04", "2026-04-06"),
      h("劳动节", "Labour Day", "2026-05-01", "2026-05-05"),
      h("端午节", "Dragon Boat Festival", "2026-06-19", "2026-06-21"),
      h("中秋节", "Mid-Autumn Festival", "2026-09-25", "2026-09-27"),
      h("国庆节", "National Day", "2026-10-01", "2026-10-07")
    ],
    workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
  }
]
