/**
 * Looking things up in a scheme: the version in force on a date, the tier of a score, the first
 * day of a period. Each checks its arguments and reports bad ones as core's `InvalidInput`.
 *
 * @module
 */
import { type InvalidInput, type IsoDate, issue } from "@minzheng/core"
import * as Result from "effect/Result"
import type { CreditRefused } from "../errors.js"
import { check, dateIssues, problems, schemeIssues, versionsIssues } from "../internal/guards.js"
import { startOfPeriod, tierOf, versionOn } from "../internal/scheme-rules.js"
import type { Scheme, Tier } from "./scheme.js"
import { PERIOD_KINDS } from "./vocabulary.js"

/**
 * The version of a scheme in force on a date: the latest version whose `effectiveFrom` is on or
 * before it. Versions may be given in any order.
 *
 * @returns the scheme, or `CreditRefused` (`no-scheme-in-force`) for a date before the first
 * version, or `InvalidInput` listing every problem with the arguments
 * @example
 * ```ts
 * import { schemeOn, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * Result.isSuccess(schemeOn([rongchengVillageScheme], isoDateUnsafe("2025-05-01"))) //=> true
 * Result.isFailure(schemeOn([rongchengVillageScheme], isoDateUnsafe("2019-05-01"))) //=> true
 * ```
 * @category schemes
 * @since 0.1.0
 */
export const schemeOn = (versions: ReadonlyArray<Scheme>, date: IsoDate): Result.Result<Scheme, CreditRefused | InvalidInput> => {
  const bad = problems(versionsIssues(versions), dateIssues(date, "date"))
  if (bad !== undefined) return Result.fail(bad)
  return versionOn(versions, date)
}

/**
 * The tier a score falls in: the tier with the highest `minScore` at or below the score. A score
 * below every threshold falls in the lowest tier (a scheme has at least one tier, so there is
 * always an answer: the lowest tier is the scheme's floor, never "no tier").
 *
 * @throws `InvalidInput` for a malformed scheme or a score that is not a number
 * @example
 * ```ts
 * import { tierFor, rongchengVillageScheme } from "@minzheng/credit"
 * tierFor(rongchengVillageScheme, 120).id //=> "AAA"
 * tierFor(rongchengVillageScheme, 119).id //=> "AA"
 * tierFor(rongchengVillageScheme, -50).id //=> "D"
 * ```
 * @category schemes
 * @since 0.1.0
 */
export const tierFor = (scheme: Scheme, score: number): Tier => {
  check(schemeIssues(scheme), typeof score === "number" && !Number.isNaN(score) ? [] : [issue(["score"], "invalid_score", "信用分应为数字", "the score must be a number")])
  return tierOf(scheme, score)
}

const PERIODS: ReadonlyArray<string> = PERIOD_KINDS

/**
 * The first day of the period (month, quarter or year) a date falls in.
 *
 * @throws `InvalidInput` for an unknown period or an invalid date
 * @example
 * ```ts
 * import { periodStart } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * periodStart("quarter", isoDateUnsafe("2025-05-17")) //=> "2025-04-01"
 * periodStart("year", isoDateUnsafe("2025-05-17")) //=> "2025-01-01"
 * ```
 * @category schemes
 * @since 0.1.0
 */
export const periodStart = (period: Scheme["period"], date: IsoDate): IsoDate => {
  check(
    typeof period === "string" && PERIODS.includes(period) ? [] : [issue(["period"], "invalid_period", "期间应为 month、quarter 或 year", "the period must be month, quarter or year")],
    dateIssues(date, "date")
  )
  return startOfPeriod(period, date)
}

