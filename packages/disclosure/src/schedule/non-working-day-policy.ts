/**
 * 遇节假日的处理 (non-working-day policy): what happens to a due day that is not a working day —
 * it stays (`keep`), moves to the next working day (`next`, the default, as 《民法典》第二百零三条
 * does for the last day of a period) or to the previous one (`previous`, for a locality that wants
 * the notice up before the rest days).
 *
 * @module
 */
import { type Bilingual, type CalendarYearNotCovered, type InvalidInput, invalidInput, isIsoDate, type IsoDate, issue, WorkCalendar } from "@minzheng/core"
import type { Result } from "effect"
import * as z from "zod/mini"
import { attemptResult } from "../internal/attempt.js"

/**
 * The policies and their Chinese terms.
 *
 * @example
 * ```ts
 * import { NON_WORKING_DAY_POLICIES } from "@minzheng/disclosure"
 * NON_WORKING_DAY_POLICIES.next.zh //=> "顺延至下一个工作日"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const NON_WORKING_DAY_POLICIES = {
  keep: { zh: "不调整", en: "keep the day" },
  next: { zh: "顺延至下一个工作日", en: "move to the next working day" },
  previous: { zh: "提前至上一个工作日", en: "move to the previous working day" }
} as const satisfies Record<string, Bilingual>

/**
 * A non-working-day policy key.
 *
 * @example
 * ```ts
 * import type { NonWorkingDayPolicy } from "@minzheng/disclosure"
 * const policy: NonWorkingDayPolicy = "next"
 * ```
 * @category models
 * @since 0.1.0
 */
export type NonWorkingDayPolicy = keyof typeof NON_WORKING_DAY_POLICIES

/**
 * Zod schema of a {@link NonWorkingDayPolicy}.
 *
 * @example
 * ```ts
 * import { NonWorkingDayPolicySchema } from "@minzheng/disclosure"
 * NonWorkingDayPolicySchema.safeParse("previous").success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NonWorkingDayPolicySchema = z.literal(Object.keys(NON_WORKING_DAY_POLICIES) as [NonWorkingDayPolicy, ...NonWorkingDayPolicy[]])

/**
 * The default policy: move to the next working day (as 《民法典》第二百零三条 does for periods).
 *
 * @example
 * ```ts
 * import { DEFAULT_NON_WORKING_DAY_POLICY } from "@minzheng/disclosure"
 * DEFAULT_NON_WORKING_DAY_POLICY //=> "next"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const DEFAULT_NON_WORKING_DAY_POLICY: NonWorkingDayPolicy = "next"

/**
 * Applies a policy to a nominal due day: the day itself when it is a working day (or the policy
 * is `keep`), otherwise the next or previous working day. O(1) per call on core's calendar.
 *
 * Returns a `Result`: `CalendarYearNotCovered` when the calendar has no data for the day or the
 * answer (its message names the year and both fixes: load the year's calendar, or opt in to the
 * provisional projection); `InvalidInput` for a bad day, policy or calendar. The throwing twin is
 * {@link applyNonWorkingDayPolicyUnsafe}.
 *
 * @example
 * ```ts
 * import { applyNonWorkingDayPolicy } from "@minzheng/disclosure"
 * import { chinaCalendar, isoDateUnsafe, Result } from "@minzheng/core"
 * Result.getOrThrow(applyNonWorkingDayPolicy(isoDateUnsafe("2025-05-10"), "next", chinaCalendar)) //=> "2025-05-12"
 * Result.getOrThrow(applyNonWorkingDayPolicy(isoDateUnsafe("2025-05-10"), "previous", chinaCalendar)) //=> "2025-05-09"
 * Result.getOrThrow(applyNonWorkingDayPolicy(isoDateUnsafe("2025-05-10"), "keep", chinaCalendar)) //=> "2025-05-10"
 * const far = applyNonWorkingDayPolicy(isoDateUnsafe("2040-05-12"), "next", chinaCalendar)
 * far._tag === "Failure" && far.failure._tag //=> "CalendarYearNotCovered"
 * ```
 * @category schedules
 * @since 0.1.0
 */
export const applyNonWorkingDayPolicy = (day: IsoDate, policy: NonWorkingDayPolicy, calendar: WorkCalendar): Result.Result<IsoDate, InvalidInput | CalendarYearNotCovered> =>
  attemptResult(() => applyNonWorkingDayPolicyUnsafe(day, policy, calendar))

/**
 * {@link applyNonWorkingDayPolicy}, throwing its typed error (the same instance the `Result`
 * would carry).
 *
 * @throws `CalendarYearNotCovered` when the calendar has no data for the day or the answer;
 * `InvalidInput` for a bad day, policy or calendar
 * @example
 * ```ts
 * import { applyNonWorkingDayPolicyUnsafe } from "@minzheng/disclosure"
 * import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
 * applyNonWorkingDayPolicyUnsafe(isoDateUnsafe("2025-05-10"), "next", chinaCalendar) //=> "2025-05-12"
 * ```
 * @category schedules
 * @since 0.1.0
 */
export const applyNonWorkingDayPolicyUnsafe = (day: IsoDate, policy: NonWorkingDayPolicy, calendar: WorkCalendar): IsoDate => {
  if (!(calendar instanceof WorkCalendar)) throw invalidInput([issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
  switch (policy) {
    case "keep":
      return requireIsoDate(day)
    case "next":
      return calendar.workingDayOnOrAfterUnsafe(day)
    case "previous":
      return calendar.workingDayOnOrBeforeUnsafe(day)
    default:
      throw invalidInput([issue(["policy"], "invalid_policy", "处理规则应为 keep（不调整）、next（顺延）或 previous（提前）", "the policy must be keep, next or previous")])
  }
}

const requireIsoDate = (u: unknown): IsoDate => {
  if (isIsoDate(u)) return u
  throw invalidInput([issue(["day"], "invalid_date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")])
}
