/**
 * 全国性参数 (national parameters): the figures the national texts fix — 公示 7 days, 30/20/45
 * working days, 渐退期 up to 6 months, 低保边缘 at 1.5×, re-checks yearly or half-yearly, 特困 minors
 * to 18 — each with its article. Local bundles add their own series to these.
 *
 * @module
 */
import { NATIONWIDE } from "@minzheng/core"
import { RELIEF_SOURCES as S } from "../../sources.js"

const national = (effectiveFrom: string, value: unknown, source: object, illustrative = false) => ({
  values: { [NATIONWIDE]: [{ effectiveFrom, value, source, illustrative }] }
})

/**
 * The national parameter series (region `000000`), as bundle data with sources.
 *
 * **Details**: `tekun.basicLivingMultiplier` 1.3 is the commonly quoted national floor
 * (“原则上按照不低于当地低保标准的1.3倍确定”, 2016 guidance) which could not be checked in the sources
 * read, so it is marked illustrative. `income.basicPensionExcluded` ends on 2026-01-01 because
 * 第十三条 limits the exclusion to “十四五期间”: a run after 2025 must supply the rule then in force.
 *
 * @example
 * ```ts
 * import { NATIONAL_RELIEF_SERIES } from "@minzheng/relief"
 * NATIONAL_RELIEF_SERIES["review.noticeDays"].values["000000"][0].value //=> 7
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const NATIONAL_RELIEF_SERIES = {
  "review.noticeDays": national("2021-07-01", 7, S.noticeDibao),
  "review.timeLimitWorkingDays": national("2021-07-01", 30, S.timeLimit),
  "review.extendedTimeLimitWorkingDays": national("2021-07-01", 45, S.timeLimit),
  "review.delegatedTimeLimitWorkingDays": national("2022-10-20", 20, S.timeLimitDelegated),
  "gradualExit.maxMonths": national("2022-10-20", 6, { ...S.gradualExitSixMonths, note: "原则上不超过6个月" }),
  "edge.incomeMultiplier": national("2021-07-01", "1.5", S.edgeDefinition),
  "recheck.stableMonths": national("2021-07-01", 12, S.recheck),
  "recheck.unstableMonths": national("2021-07-01", 6, S.recheck),
  "tekun.minorCoverageAge": national("2021-07-01", 18, S.tekunMinors),
  "tekun.basicLivingMultiplier": national(
    "2021-07-01",
    "1.3",
    { document: "国务院关于进一步健全特困人员救助供养制度的意见", number: "国发〔2016〕14号", note: "illustrative: 1.3× floor as commonly quoted, not verified in the sources read" },
    true
  ),
  "rigid.lookbackMonths": national("2025-01-01", 12, S.rigidConditions),
  "income.basicPensionExcluded": {
    values: {
      [NATIONWIDE]: [
        { effectiveFrom: "2021-07-01", value: true, source: { ...S.income, note: "“十四五”期间" }, illustrative: false },
        { effectiveFrom: "2026-01-01", value: null, source: { ...S.income, note: "the 十四五 exclusion ends with 2025; supply the rule in force" }, illustrative: false }
      ]
    }
  }
} as const
