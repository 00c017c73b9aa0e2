/**
 * From a 特困 self-care assessment to the {@link TekunSelfCareLevel} relief uses for
 * 照料护理标准 (《特困人员认定办法》: “6项指标全部达到的，可以视为具备生活自理能力；有3项以下
 * （含3项）指标不能达到的，可以视为部分丧失…；有4项以上（含4项）…完全丧失”).
 *
 * @module
 */
import { type InvalidInput, invalidInput, issue } from "@minzheng/core"
import * as Result from "effect/Result"
import { TEKUN_SELF_CARE_LEVELS, type TekunSelfCareLevel } from "../tekun-self-care-level.js"
import { TEKUN_SELF_CARE_2021 } from "../instruments/tekun-self-care.js"
import type { Assessment } from "./model.js"
import { isRecord } from "../internal/guard.js"

const LEVELS: ReadonlySet<string> = new Set(TEKUN_SELF_CARE_LEVELS)

/**
 * The 特困 self-care level of an assessment made with the six-item instrument. A provisional
 * assessment is refused: 照料护理标准 is set on a complete assessment only.
 *
 * @param assessment - an {@link Assessment} of `tekun-self-care-2021`
 * @returns the {@link TekunSelfCareLevel}, or `InvalidInput` (core) (another instrument, or provisional)
 * @example
 * ```ts
 * import { assess, tekunSelfCareLevel, TEKUN_SELF_CARE } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const ids = ["eating", "dressing", "getting-in-out-of-bed", "toileting", "indoor-walking", "bathing"]
 * const a = assess(TEKUN_SELF_CARE, { answers: ids.map((item, i) => ({ item, option: i < 4 ? "not-met" : "met" })) })
 * Result.isSuccess(a) && Result.getOrThrow(tekunSelfCareLevel(a.success)) //=> "fully-lost"
 * ```
 * @category scoring
 * @since 0.1.0
 */
export const tekunSelfCareLevel = (assessment: Assessment): Result.Result<TekunSelfCareLevel, InvalidInput> => {
  if (!isRecord(assessment) || assessment.instrument !== TEKUN_SELF_CARE_2021.id) {
    return Result.fail(invalidInput([issue(["instrument"], "wrong_instrument", "不是特困人员生活自理能力评估的结果", "not an assessment made with the 特困 self-care instrument")]))
  }
  if (assessment.provisional === true) {
    return Result.fail(invalidInput([issue(["provisional"], "provisional", "临时结果不能用于确定照料护理标准", "a provisional result cannot set the care standard")]))
  }
  const level = assessment.level
  if (typeof level !== "string" || !LEVELS.has(level)) {
    return Result.fail(invalidInput([issue(["level"], "invalid_level", "评估结果没有有效的自理能力等级", "the assessment carries no valid self-care level")]))
  }
  return Result.succeed(level as TekunSelfCareLevel)
}

/**
 * The 特困 self-care level from the number of indicators not met (0–6), straight from the rule.
 *
 * @throws `InvalidInput` (core) for a count outside 0–6
 * @example
 * ```ts
 * import { tekunSelfCareLevelFromUnmet } from "@minzheng/care-assessment"
 * tekunSelfCareLevelFromUnmet(0) //=> "capable"
 * tekunSelfCareLevelFromUnmet(3) //=> "partially-lost"
 * tekunSelfCareLevelFromUnmet(4) //=> "fully-lost"
 * ```
 * @category scoring
 * @since 0.1.0
 */
export const tekunSelfCareLevelFromUnmet = (unmet: number): TekunSelfCareLevel => {
  if (typeof unmet !== "number" || !Number.isInteger(unmet) || unmet < 0 || unmet > 6) {
    throw invalidInput([issue(["unmet"], "out_of_range", "未达到的项数应为 0–6 的整数", "the number not met must be a whole number 0–6")])
  }
  return unmet === 0 ? "capable" : unmet <= 3 ? "partially-lost" : "fully-lost"
}
