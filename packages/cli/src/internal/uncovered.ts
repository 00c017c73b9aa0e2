/**
 * The CLI's words for core's `CalendarYearNotCovered`: the year, what the calendar covers, and
 * both fixes as command-line flags.
 *
 * @internal
 * @module
 */
import type { CalendarYearNotCovered } from "@minzheng/core"

/** Whether `e` is core's `CalendarYearNotCovered` (thrown or failed). */
export const isUncovered = (e: unknown): e is CalendarYearNotCovered =>
  typeof e === "object" && e !== null && (e as { _tag?: unknown })._tag === "CalendarYearNotCovered" && typeof (e as { year?: unknown }).year === "number"

/**
 * `the work-day calendar has no data for 2027 (it covers 2020–2026): load that year's holiday
 * notice with --calendar FILE … or add --provisional-calendar …（工作日历没有 2027 年的数据…）`
 */
export const uncoveredMessage = (e: { readonly year: number; readonly covered: readonly [number, number] | readonly [] }): string => {
  const covered = e.covered.length === 0 ? "no year" : `${e.covered[0]}–${e.covered[1]}`
  const coveredZh = e.covered.length === 0 ? "无" : `${e.covered[0]}–${e.covered[1]} 年`
  return (
    `the work-day calendar has no data for ${e.year} (it covers ${covered}): load that year's holiday notice with --calendar FILE ` +
    `(minzheng calendar-year JSON or holiday-cn JSON, e.g. ${e.year}.json), or add --provisional-calendar to use the statutory projection (results marked provisional)` +
    `（工作日历没有 ${e.year} 年的数据（已覆盖：${coveredZh}）：请用 --calendar 文件 载入该年国务院办公厅节假日安排（minzheng 日历年 JSON 或 holiday-cn JSON），` +
    `或加 --provisional-calendar 按法定节假日推算（结果标为临时））`
  )
}
