/**
 * Effect services shared by the packages' Effect layers: the work-day calendar and today's date.
 * Pure functions take these as arguments; the Effect shell reads them from the context so a test
 * or a locality swaps them with a layer.
 *
 * @module
 */
import * as Context from "effect/Context"
import * as Layer from "effect/Layer"
import { type WorkCalendar, chinaCalendar } from "./calendar/calendar.js"
import type { IsoDate } from "./date.js"
import { issue } from "./decode.js"
import { InvalidInput } from "./errors.js"
import { requireDate } from "./internal/guard.js"

/**
 * The work-day calendar as a service; defaults to the built-in {@link chinaCalendar}.
 *
 * @example
 * ```ts
 * import { CalendarService, isoDateUnsafe } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const calendar = yield* CalendarService
 *   return calendar.isWorkingDayUnsafe(isoDateUnsafe("2025-10-11"))
 * })
 * Effect.runSync(program) //=> true
 * ```
 * @category services
 * @since 0.1.0
 */
export const CalendarService: Context.Reference<WorkCalendar> = Context.Reference<WorkCalendar>("@minzheng/core/CalendarService", {
  defaultValue: () => chinaCalendar
})

/**
 * A layer providing a given calendar (e.g. with next year's notice or local rest days).
 *
 * @example
 * ```ts
 * import { calendarLayer, chinaCalendar } from "@minzheng/core"
 * const layer = calendarLayer(chinaCalendar.withProjection(2027))
 * ```
 * @category services
 * @since 0.1.0
 */
export const calendarLayer = (calendar: WorkCalendar): Layer.Layer<never> => Layer.succeed(CalendarService, calendar)

/**
 * Today's civil date in China (UTC+8) for the given instant.
 *
 * @example
 * ```ts
 * import { chinaDateOf } from "@minzheng/core"
 * chinaDateOf(new Date("2025-09-30T17:00:00Z")) //=> "2025-10-01"
 * ```
 * @category services
 * @since 0.1.0
 */
export const chinaDateOf = (instant: Date): IsoDate => {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime()) || Math.abs(instant.getTime()) > 8_000_000_000_000_000) {
    throw new InvalidInput({ issues: [issue(["instant"], "invalid_instant", "应为有效的时间（Date）", "expected a valid Date")] })
  }
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) as IsoDate
}

/**
 * Today's date as a service: by default the current civil date in China; fix it with
 * {@link todayLayer} in tests and batch runs "as of" a date.
 *
 * @example
 * ```ts
 * import { Today, todayLayer, isoDateUnsafe } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () { return yield* Today })
 * Effect.runSync(program.pipe(Effect.provide(todayLayer(isoDateUnsafe("2025-10-01"))))) //=> "2025-10-01"
 * ```
 * @category services
 * @since 0.1.0
 */
export const Today: Context.Reference<IsoDate> = Context.Reference<IsoDate>("@minzheng/core/Today", {
  defaultValue: () => chinaDateOf(new Date())
})

/**
 * A layer fixing today's date.
 *
 * @throws {@link InvalidInput} for a non-date
 * @example
 * ```ts
 * import { todayLayer, isoDateUnsafe } from "@minzheng/core"
 * const layer = todayLayer(isoDateUnsafe("2025-10-01"))
 * ```
 * @category services
 * @since 0.1.0
 */
export const todayLayer = (date: IsoDate): Layer.Layer<never> => Layer.succeed(Today, requireDate(date, "date"))
