/**
 * The shapes of work-day calendar data: a year's holidays and make-up working days with the notice
 * they come from, and local rest days layered on top.
 *
 * @module
 */
import * as z from "zod/mini"
import { CitationSchema } from "../citation.js"
import { IsoDateSchema } from "../date.js"

const BilingualSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })

/**
 * Zod schema of one holiday period of a calendar year.
 *
 * @example
 * ```ts
 * import { HolidayPeriodSchema } from "@minzheng/core"
 * HolidayPeriodSchema.parse({ name: { zh: "国庆节", en: "National Day" }, from: "2026-10-01", to: "2026-10-07" }).to //=> "2026-10-07"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const HolidayPeriodSchema = z.strictObject({ name: BilingualSchema, from: IsoDateSchema, to: IsoDateSchema }).check(
  z.refine((p) => p.from <= p.to, {
    params: { zh: "假期结束日期早于开始日期", en: "the holiday ends before it starts" },
    path: ["to"]
  })
)

/**
 * A holiday period: its name and its first and last day (inclusive), as the notice gives them.
 *
 * @example
 * ```ts
 * import type { HolidayPeriod } from "@minzheng/core"
 * const p: HolidayPeriod = { name: { zh: "国庆节", en: "National Day" }, from: "2026-10-01", to: "2026-10-07" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type HolidayPeriod = z.input<typeof HolidayPeriodSchema>

/**
 * Zod schema of one calendar year's data.
 *
 * @example
 * ```ts
 * import { CalendarYearDataSchema } from "@minzheng/core"
 * const r = CalendarYearDataSchema.safeParse({ year: 2027, source: { document: "x" }, holidays: [], workdays: [] })
 * r.success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CalendarYearDataSchema = z.strictObject({
  year: z.number().check(z.int(), z.minimum(1900), z.maximum(2199)),
  source: CitationSchema,
  holidays: z.array(HolidayPeriodSchema),
  workdays: z.array(IsoDateSchema),
  provisional: z.optional(z.boolean())
})

/**
 * One year of the work-day calendar: its holiday periods, its 调休 make-up working days (weekend
 * days that are working days), the notice it comes from, and whether it is a provisional
 * projection rather than a published notice.
 *
 * @example
 * ```ts
 * import type { CalendarYearData } from "@minzheng/core"
 * const y2027: CalendarYearData = {
 *   year: 2027,
 *   source: { document: "国务院办公厅关于2027年部分节假日安排的通知" },
 *   holidays: [],
 *   workdays: []
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CalendarYearData {
  readonly year: number
  readonly source: z.infer<typeof CitationSchema>
  readonly holidays: ReadonlyArray<{ readonly name: { readonly zh: string; readonly en: string }; readonly from: string; readonly to: string }>
  readonly workdays: ReadonlyArray<string>
  readonly provisional?: boolean | undefined
}

/**
 * Zod schema of a local rest day.
 *
 * @example
 * ```ts
 * import { LocalRestDaySchema } from "@minzheng/core"
 * LocalRestDaySchema.parse({ date: "2025-07-01", name: { zh: "地方休息日", en: "local rest day" } }).date //=> "2025-07-01"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const LocalRestDaySchema = z.strictObject({ date: IsoDateSchema, name: BilingualSchema })

/**
 * A local rest day (e.g. a minority-nationality festival a region observes) layered over the
 * national calendar.
 *
 * @example
 * ```ts
 * import type { LocalRestDay } from "@minzheng/core"
 * const day: LocalRestDay = { date: "2025-07-01", name: { zh: "地方休息日", en: "local rest day" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export type LocalRestDay = z.input<typeof LocalRestDaySchema>
