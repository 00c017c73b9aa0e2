/**
 * Provisional projection of a year whose State Council notice is not (yet) in the data.
 *
 * 《全国年节及纪念日放假办法》（国务院令第795号修订，2025年1月1日起施行）第二条 fixes the
 * statutory holidays for all citizens: 元旦 1月1日；春节 农历除夕、正月初一至初三；清明节 农历清明当日；
 * 劳动节 5月1日、2日；端午节 农历端午当日；中秋节 农历中秋当日；国庆节 10月1日至3日 — 13 days. The
 * yearly notice then adds 调休 (make-up working days) and bridges, which cannot be predicted. The
 * projection therefore marks exactly the statutory days as holidays, keeps weekends, adds no 调休
 * day, and flags the year `provisional`.
 *
 * Lunar dates come from `Intl.DateTimeFormat` with the `chinese` calendar (present in Node and
 * browsers); the 清明 solar term uses the standard 21st-century formula
 * `[Y × 0.2422 + 4.81] − [Y / 4]` (April), valid for 2001–2099. Both are tested against the
 * published years 2020–2026: every projected statutory day must fall inside that year's official
 * holiday.
 *
 * @module
 */
import { addDays, fromDayNumber, type IsoDate, toDayNumber } from "../date.js"
import { requireDate, requireInteger } from "../internal/guard.js"
import type { CalendarYearData } from "./model.js"

// Made on first use: loading ICU's Chinese calendar costs ~12 ms and ~9 MB, which an import of
// core should not pay for a function only projections call.
let lunarFormat: Intl.DateTimeFormat | undefined

/**
 * The Chinese lunar month and day of a civil date (`leap` for a 闰月).
 *
 * @example
 * ```ts
 * import { lunarDate, isoDateUnsafe } from "@minzheng/core"
 * lunarDate(isoDateUnsafe("2025-01-29")) //=> { month: 1, day: 1, leap: false } (正月初一)
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const lunarDate = (d: IsoDate): { readonly month: number; readonly day: number; readonly leap: boolean } => {
  lunarFormat ??= new Intl.DateTimeFormat("en-u-ca-chinese", { timeZone: "UTC", month: "numeric", day: "numeric" })
  const parts = lunarFormat.formatToParts(new Date(toDayNumber(requireDate(d, "date")) * 86_400_000 + 12 * 3_600_000))
  const monthText = parts.find((p) => p.type === "month")?.value ?? ""
  const dayText = parts.find((p) => p.type === "day")?.value ?? ""
  return { month: Number.parseInt(monthText, 10), day: Number.parseInt(dayText, 10), leap: /\D/.test(monthText) }
}

/**
 * Corrections to the host's Chinese calendar where it disagrees with the Chinese (UTC+8)
 * reckoning. ICU computes new moons approximately: in 2027 the new moon falls at about 23:56 Beijing
 * time on 02-06, so 正月初一 is 2027-02-06 in China (as Vietnam's Tết, UTC+7), while ICU gives 02-07
 * (as Korea's 설날, UTC+9).
 */
const LUNAR_NEW_YEAR_CORRECTIONS: Readonly<Record<number, IsoDate>> = { 2027: "2027-02-06" as IsoDate }

const findLunar = (year: number, month: number, day: number, fromMonth: number, toMonth: number): IsoDate => {
  const start = toDayNumber(`${year}-${String(fromMonth).padStart(2, "0")}-01` as IsoDate)
  const end = toDayNumber(`${year}-${String(toMonth).padStart(2, "0")}-28` as IsoDate)
  for (let n = start; n <= end; n++) {
    const date = fromDayNumber(n)
    const l = lunarDate(date)
    if (!l.leap && l.month === month && l.day === day) return date
  }
  /* c8 ignore next */
  throw new Error(`lunar ${month}-${day} not found in ${year}`)
}

/**
 * 清明 (Qingming solar term) of a year, April 4, 5 or 6, by the 21st-century formula.
 *
 * @example
 * ```ts
 * import { qingmingDay } from "@minzheng/core"
 * qingmingDay(2025) //=> "2025-04-04"
 * qingmingDay(2023) //=> "2023-04-05"
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const qingmingDay = (year: number): IsoDate => {
  requireInteger(year, "year", 2001, 2099)
  const y = year % 100
  const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4)
  return `${year}-04-${String(day).padStart(2, "0")}` as IsoDate
}

const STATUTE = {
  document: "全国年节及纪念日放假办法",
  number: "国务院令第795号",
  article: "第二条",
  note: "provisional projection: statutory days only, no 调休; replace with the year's State Council notice"
} as const

/**
 * Projects a year's statutory holidays per 《全国年节及纪念日放假办法》第二条 (2024 revision):
 * a provisional {@link CalendarYearData} with no 调休 days.
 *
 * @throws {@link InvalidInput} for a year outside 2001–2099
 * @example
 * ```ts
 * import { projectCalendarYear } from "@minzheng/core"
 * const y = projectCalendarYear(2027)
 * y.provisional //=> true
 * y.holidays.find((h) => h.name.en === "Spring Festival")
 * //=> { name: { zh: "春节", en: "Spring Festival" }, from: "2027-02-05", to: "2027-02-08" } (除夕 to 正月初三)
 * ```
 * @category calendar
 * @since 0.1.0
 */
export const projectCalendarYear = (year: number): CalendarYearData => {
  requireInteger(year, "year", 2001, 2099)
  const newYear = LUNAR_NEW_YEAR_CORRECTIONS[year] ?? findLunar(year, 1, 1, 1, 2)
  const dragonBoat = findLunar(year, 5, 5, 5, 7)
  const midAutumn = findLunar(year, 8, 15, 9, 10)
  return {
    year,
    source: STATUTE,
    provisional: true,
    holidays: [
      { name: { zh: "元旦", en: "New Year's Day" }, from: `${year}-01-01`, to: `${year}-01-01` },
      { name: { zh: "春节", en: "Spring Festival" }, from: addDays(newYear, -1), to: addDays(newYear, 2) },
      { name: { zh: "清明节", en: "Qingming Festival" }, from: qingmingDay(year), to: qingmingDay(year) },
      { name: { zh: "劳动节", en: "Labour Day" }, from: `${year}-05-01`, to: `${year}-05-02` },
      { name: { zh: "端午节", en: "Dragon Boat Festival" }, from: dragonBoat, to: dragonBoat },
      { name: { zh: "中秋节", en: "Mid-Autumn Festival" }, from: midAutumn, to: midAutumn },
      { name: { zh: "国庆节", en: "National Day" }, from: `${year}-10-01`, to: `${year}-10-03` }
    ],
    workdays: []
  }
}
