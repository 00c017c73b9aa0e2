/**
 * 全国性参数 (national parameters): the figures the national texts fix — 公示 7 days, 30/20/45
 * working days, 渐退期 up to 6 months, 低保边缘 at 1.5×, re-checks yearly or half-yearly, 特困 minors
 * to 18 — each with its article. Local bundles add their own series to these.
 *
 * @module
 */
import { CARRIED_FORWARD_NOTE, NATIONWIDE } from "@minzheng/core"
import { RELIEF_SOURCES as S } from "../../sources.js"

/**
 * One national parameter series as {@link NATIONAL_RELIEF_SERIES} holds it: a single dated,
 * cited entry on region `000000`.
 *
 * @example
 * ```ts
 * import type { NationalSeries } from "@minzheng/relief"
 * const days: NationalSeries<number> = { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "最低生活保障审核确认办法", article: "第十九条" }, illustrative: false }] } }
 * days.values["000000"][0]?.value //=> 7
 * ```
 * @category parameters
 * @since 0.1.0
 */
export interface NationalSeries<V> {
  readonly values: { readonly "000000": ReadonlyArray<{ readonly effectiveFrom: string; readonly value: V; readonly source: object; readonly illustrative: boolean }> }
}

// The return type is spelled out: inferred, the declaration build emitted `value: V` with V unbound
// (found by the consumer test's type check of the published .d.ts).
const national = <V>(effectiveFrom: string, value: V, source: object, illustrative = false): NationalSeries<V> => ({
  values: { "000000": [{ effectiveFrom, value, source, illustrative }] }
})

/**
 * The national parameter series (region `000000`), as bundle data with sources.
 *
 * **Details**:
 * - `tekun.basicLivingMultiplier` 1.3 is illustrative, and says precisely why: 《社会救助暂行办法》
 *   第十五条第二款 leaves the 特困人员供养标准 to the 省、自治区、直辖市或者设区的市级人民政府 (the
 *   State Council's 国发〔2016〕14号 likewise asks that the 基本生活标准 meet basic needs, set
 *   locally — its text was not found in a public copy to quote); “原则上不低于当地低保标准的1.3倍”
 *   is provincial practice (e.g. 《河南省特困人员救助供养办法》第二十六条, 贵州省 2017 实施意见),
 *   not a national figure. A decision names it only when it was used.
 * - `income.basicPensionExcluded` (低保): 《最低生活保障审核确认办法》第十三条 excludes the
 *   基础养老金 “‘十四五’期间” (2021–2025). From 2026-01-01 the value is carried forward
 *   (`carriedForward: true`, 沿用：原文期限已届满，尚未见新规定) until a successor text is found; a
 *   locality overrides it with its own dated entry.
 * - `tekun.basicPensionExcluded` (特困): 《特困人员认定办法》第六条第二款 excludes it with no end date.
 * - `tekun.excludesDibao` / `tekun.memberInDibaoHousehold`: see {@link RELIEF_SOURCES} `tekunDibaoLink`
 *   and docs/relief.md (“低保与特困”).
 * - `singlePerson.householdIncomeMultiple` is `false` nationally: no national text adds a household
 *   condition to the 成年无业重度残疾人 route; some provinces do (e.g. 3 × the standard).
 *
 * @example
 * ```ts
 * import { NATIONAL_RELIEF_SERIES } from "@minzheng/relief"
 * NATIONAL_RELIEF_SERIES["review.noticeDays"].values["000000"][0].value //=> 7
 * NATIONAL_RELIEF_SERIES["income.basicPensionExcluded"].values["000000"][1].carriedForward //=> true
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
    {
      ...S.tekunStandardsLocal,
      note: "示例数据：供养标准由省级或设区的市级人民政府确定；“不低于当地低保标准的1.3倍”为多地省级做法（如河南省特困人员救助供养办法第二十六条），非全国统一数值"
    },
    true
  ),
  "rigid.lookbackMonths": national("2025-01-01", 12, S.rigidConditions),
  "income.basicPensionExcluded": {
    values: {
      [NATIONWIDE]: [
        { effectiveFrom: "2021-07-01", value: true, source: { ...S.income, note: "“十四五”期间，中央确定的城乡居民基本养老保险基础养老金" }, illustrative: false },
        { effectiveFrom: "2026-01-01", value: true, source: { ...S.income, note: CARRIED_FORWARD_NOTE.zh }, carriedForward: true }
      ]
    }
  },
  "tekun.basicPensionExcluded": national("2021-07-01", true, { ...S.tekunIncome, note: "中央确定的城乡居民基本养老保险基础养老金……不计入在内" }),
  "tekun.excludesDibao": national("2021-07-01", true, { ...S.tekunDibaoLink, note: "特困人员供养应当与……最低生活保障……等制度相衔接" }),
  "tekun.memberInDibaoHousehold": national("2021-07-01", "excluded", {
    ...S.socialAssistanceIncomeExcluded,
    note: "解释：特困人员本人及其收入不计入低保家庭核算（无全国性明文，详见文档）"
  }),
  "singlePerson.householdIncomeMultiple": national("2022-10-20", false, { ...S.singlePersonSevereDisability, note: "全国未规定家庭收入条件" })
} as const
