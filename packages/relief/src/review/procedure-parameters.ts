/**
 * 审核确认各环节办理期限 (procedure stage limits): the time limit of each stage of the 低保 审核确认
 * and of the 特困 认定 procedure, as dated parameter series with the article that fixes each one.
 * A locality overrides a value (or supplies one the national texts leave to it) with a dated entry
 * of the same name in its own bundle.
 *
 * The texts, read in a public full-text copy (passwordgloo/Comet-law, docs/department/1.1.1.md,
 * 1.2.md, docs/policy/2.2.md):
 *
 * 《最低生活保障审核确认办法》
 * - 第十五条：“乡镇人民政府（街道办事处）应当自受理最低生活保障申请之日起3个工作日内，启动家庭经济
 *   状况调查工作。”
 * - 第十七条：“县级人民政府民政部门应当在收到乡镇人民政府（街道办事处）对家庭经济状况进行信息核对
 *   提请后3个工作日内，启动信息核对程序”
 * - 第二十条：“县级人民政府民政部门应当自收到乡镇人民政府（街道办事处）上报的申请材料、家庭经济状况
 *   调查核实结果和初审意见等材料后10个工作日内，提出审核确认意见。”
 * - 第二十一条：“对不符合条件的申请不予确认同意，并应当在作出决定3个工作日内，通过乡镇人民政府（街道
 *   办事处）书面告知申请人并说明理由。”
 *
 * 《关于进一步做好最低生活保障等社会救助兜底工作的通知》（2022） 四(一)：“各地要明确低保审核确认的办理
 * 期限，包括启动家庭经济状况调查、启动信息核对、乡镇人民政府（街道办事处）提出初审意见、县级人民政府
 * 民政部门审核确认等各环节的具体办理期限。” The notice asks localities to set each stage's limit and
 * gives no number of its own; the 办法 gives none for the township's 初审意见 either. That stage's
 * limit (`review.townshipOpinionWorkingDays`) therefore has **no national value**: it exists only
 * where a local bundle supplies it.
 *
 * 《特困人员认定办法》
 * - 第十三条：“乡镇人民政府（街道办事处）应当自受理申请之日起15个工作日内，通过入户调查、邻里访问、
 *   信函索证、信息核对等方式，对申请人的经济状况、实际生活状况以及赡养、抚养、扶养状况等进行调查核实，
 *   并提出初审意见。”
 * - 第十五条：“乡镇人民政府（街道办事处）应当将初审意见及时在申请人所在村（社区）公示。公示期为7天。”
 *   第二款：“对公示有异议的，乡镇人民政府（街道办事处）应当重新组织调查核实，在15个工作日内提出初审
 *   意见，并重新公示。”
 * - 第十六条：“县级人民政府民政部门应当全面审核乡镇人民政府（街道办事处）上报的申请材料、调查材料和
 *   初审意见，按照不低于30%的比例随机抽查核实，并在15个工作日内提出确认意见。”
 * - 第十八条：“不符合条件、不予同意的，县级人民政府民政部门应当在作出决定3个工作日内，通过乡镇人民政府
 *   （街道办事处）书面告知申请人或者其代理人并说明理由。”
 *
 * Both 办法 are in force from 2021-07-01 (第四十二条 / 第二十九条), the 2022 notice from 2022-10-20.
 *
 * @module
 */
import {
  type Citation,
  InvalidInput,
  type IsoDate,
  NATIONWIDE,
  ParameterMissing,
  type PolicyBundle,
  type RegionCode,
  type ResolvedParameter,
  defineParameter,
  definePolicyBundleUnsafe,
  parameterAt
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { NATIONAL_RELIEF_SERIES } from "../params/bundles/national.js"
import { RELIEF_SOURCES } from "../sources.js"

// Citations are derived from the package's one table of sources, so a document is cited the same
// way (title, number) here as everywhere else in relief.
const shenhe = (article: string): Citation => ({ ...RELIEF_SOURCES.timeLimit, article })
const tekun = (article: string): Citation => ({ ...RELIEF_SOURCES.tekunPublication, article })

/**
 * The citations of the procedure's stage limits (see the module text for each article's words).
 *
 * @example
 * ```ts
 * import { PROCEDURE_SOURCES } from "@minzheng/relief"
 * PROCEDURE_SOURCES.tekunCountyConfirmation.article //=> "第十六条"
 * ```
 * @category review
 * @since 0.1.0
 */
export const PROCEDURE_SOURCES = {
  investigationStart: shenhe("第十五条"),
  checkStart: shenhe("第十七条"),
  countyReview: shenhe("第二十条"),
  refusalNotice: shenhe("第二十一条"),
  stageLimitsByLocality: RELIEF_SOURCES.timeLimitDelegated,
  tekunTownshipReview: tekun("第十三条"),
  tekunAppraisal: tekun("第十四条"),
  tekunNotice: tekun("第十五条"),
  tekunObjection: tekun("第十五条第二款"),
  tekunCountyConfirmation: tekun("第十六条"),
  tekunPaymentStart: tekun("第十七条"),
  tekunRefusalNotice: tekun("第十八条")
} as const satisfies Record<string, Citation>

const WorkingDays = z.number().check(z.int(), z.minimum(1), z.maximum(365))
const label = (zh: string, en: string) => ({ zh, en })

/**
 * The parameters of the procedure's stage limits (working days unless said otherwise).
 *
 * @example
 * ```ts
 * import { PROCEDURE_PARAMETERS } from "@minzheng/relief"
 * PROCEDURE_PARAMETERS.countyReview.name //=> "review.countyReviewWorkingDays"
 * ```
 * @category review
 * @since 0.1.0
 */
export const PROCEDURE_PARAMETERS = {
  investigationStart: defineParameter("review.investigationStartWorkingDays", WorkingDays, {
    label: label("启动家庭经济状况调查期限", "time to start the household economic investigation"),
    unit: "working days"
  }),
  checkStart: defineParameter("review.checkStartWorkingDays", WorkingDays, {
    label: label("启动信息核对期限", "time to start the information check"),
    unit: "working days"
  }),
  townshipOpinion: defineParameter("review.townshipOpinionWorkingDays", WorkingDays, {
    label: label("乡镇（街道）提出初审意见期限", "time for the township's preliminary opinion"),
    unit: "working days"
  }),
  countyReview: defineParameter("review.countyReviewWorkingDays", WorkingDays, {
    label: label("县级民政部门提出审核确认意见期限", "time for the county's review decision"),
    unit: "working days"
  }),
  refusalNotice: defineParameter("review.refusalNoticeWorkingDays", WorkingDays, {
    label: label("不予确认书面告知期限", "time to notify a refusal in writing"),
    unit: "working days"
  }),
  tekunTownshipReview: defineParameter("tekun.townshipReviewWorkingDays", WorkingDays, {
    label: label("特困人员认定乡镇调查核实并提出初审意见期限", "time for the township's investigation and preliminary opinion (tekun)"),
    unit: "working days"
  }),
  tekunNoticeDays: defineParameter("tekun.noticeDays", z.number().check(z.int(), z.minimum(1), z.maximum(60)), {
    label: label("特困人员认定初审意见公示期", "public-notice period of the preliminary opinion (tekun)"),
    unit: "days"
  }),
  tekunObjectionReview: defineParameter("tekun.objectionReviewWorkingDays", WorkingDays, {
    label: label("公示有异议时重新调查核实并提出初审意见期限", "time for a new investigation and opinion after an objection (tekun)"),
    unit: "working days"
  }),
  tekunCountyConfirmation: defineParameter("tekun.countyConfirmationWorkingDays", WorkingDays, {
    label: label("县级民政部门提出确认意见期限", "time for the county's confirmation (tekun)"),
    unit: "working days"
  }),
  tekunSpotCheckShare: defineParameter(
    "tekun.spotCheckMinimumShare",
    z.string().check(
      z.refine((v) => /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(v), { params: { zh: "应为 0 至 1 之间的十进制字符串，如 \"0.3\"", en: "expected a decimal string from 0 to 1, e.g. \"0.3\"" } })
    ),
    { label: label("县级民政部门随机抽查核实的最低比例", "minimum share of cases the county spot-checks (tekun)"), unit: "ratio" }
  ),
  tekunRefusalNotice: defineParameter("tekun.refusalNoticeWorkingDays", WorkingDays, {
    label: label("特困人员不予同意书面告知期限", "time to notify a refusal in writing (tekun)"),
    unit: "working days"
  })
}

const national = (effectiveFrom: string, value: unknown, source: Citation) => ({ values: { [NATIONWIDE]: [{ effectiveFrom, value, source }] } })

/**
 * The national series of the stage limits (region `000000`), each with its article. There is no
 * series for `review.townshipOpinionWorkingDays`: the 2022 notice 四(一) leaves it to localities.
 *
 * @example
 * ```ts
 * import { NATIONAL_PROCEDURE_SERIES } from "@minzheng/relief"
 * NATIONAL_PROCEDURE_SERIES["tekun.countyConfirmationWorkingDays"].values["000000"][0].value //=> 15
 * "review.townshipOpinionWorkingDays" in NATIONAL_PROCEDURE_SERIES //=> false
 * ```
 * @category review
 * @since 0.1.0
 */
export const NATIONAL_PROCEDURE_SERIES = {
  "review.investigationStartWorkingDays": national("2021-07-01", 3, PROCEDURE_SOURCES.investigationStart),
  "review.checkStartWorkingDays": national("2021-07-01", 3, PROCEDURE_SOURCES.checkStart),
  "review.countyReviewWorkingDays": national("2021-07-01", 10, PROCEDURE_SOURCES.countyReview),
  "review.refusalNoticeWorkingDays": national("2021-07-01", 3, PROCEDURE_SOURCES.refusalNotice),
  "tekun.townshipReviewWorkingDays": national("2021-07-01", 15, PROCEDURE_SOURCES.tekunTownshipReview),
  "tekun.noticeDays": national("2021-07-01", 7, PROCEDURE_SOURCES.tekunNotice),
  "tekun.objectionReviewWorkingDays": national("2021-07-01", 15, PROCEDURE_SOURCES.tekunObjection),
  "tekun.countyConfirmationWorkingDays": national("2021-07-01", 15, PROCEDURE_SOURCES.tekunCountyConfirmation),
  "tekun.spotCheckMinimumShare": national("2021-07-01", "0.3", { ...PROCEDURE_SOURCES.tekunCountyConfirmation, note: "不低于30%" }),
  "tekun.refusalNoticeWorkingDays": national("2021-07-01", 3, PROCEDURE_SOURCES.tekunRefusalNotice)
}

/**
 * The national procedure bundle: the stage limits above plus the overall 审核确认 limits and the
 * 公示 days of the national relief series (30 / 20 delegated / 45 extended working days, 7 days).
 * It resolves on any date from 2021-07-01 and needs none of the eligibility parameters, so the
 * procedure runs even when a determination bundle cannot be resolved.
 *
 * @example
 * ```ts
 * import { PROCEDURE_BUNDLE } from "@minzheng/relief"
 * PROCEDURE_BUNDLE.parameters["review.timeLimitWorkingDays"].values["000000"][0].value //=> 30
 * ```
 * @category review
 * @since 0.1.0
 */
export const PROCEDURE_BUNDLE: PolicyBundle = definePolicyBundleUnsafe({
  id: "national-procedure",
  version: "2026.12",
  label: { zh: "全国审核确认程序期限", en: "national review-procedure limits" },
  parameters: {
    "review.timeLimitWorkingDays": NATIONAL_RELIEF_SERIES["review.timeLimitWorkingDays"],
    "review.delegatedTimeLimitWorkingDays": NATIONAL_RELIEF_SERIES["review.delegatedTimeLimitWorkingDays"],
    "review.extendedTimeLimitWorkingDays": NATIONAL_RELIEF_SERIES["review.extendedTimeLimitWorkingDays"],
    "review.noticeDays": NATIONAL_RELIEF_SERIES["review.noticeDays"],
    ...NATIONAL_PROCEDURE_SERIES
  }
})

/**
 * Where a procedure takes its limits from: an optional local bundle (its entries win) and the
 * region of the case; whatever the local bundle does not define comes from
 * {@link PROCEDURE_BUNDLE}.
 *
 * @example
 * ```ts
 * import type { ProcedureSource } from "@minzheng/relief"
 * import { regionCodeUnsafe } from "@minzheng/core"
 * const source: ProcedureSource = { region: regionCodeUnsafe("370213") }
 * ```
 * @category review
 * @since 0.1.0
 */
export interface ProcedureSource {
  readonly bundle?: PolicyBundle
  readonly region?: RegionCode
}

/**
 * Looks a procedure parameter up for a date: the local bundle first, then the national procedure
 * bundle when the local one does not define it at all (a local series that is ended or starts
 * later is the locality's answer and is returned as such).
 *
 * @returns the resolved value with its source, or `ParameterMissing` / `InvalidInput`
 * @example
 * ```ts
 * import { PROCEDURE_PARAMETERS, procedureParameterAt } from "@minzheng/relief"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = procedureParameterAt(PROCEDURE_PARAMETERS.countyReview, {}, isoDateUnsafe("2025-03-03"))
 * Result.isSuccess(r) && r.success.value //=> 10
 * ```
 * @category review
 * @since 0.1.0
 */
export const procedureParameterAt = <V>(
  definition: { readonly name: string; readonly schema: z.core.$ZodType<V, unknown>; readonly label: { zh: string; en: string }; readonly unit: string },
  source: ProcedureSource,
  date: IsoDate
): Result.Result<ResolvedParameter<V>, ParameterMissing | InvalidInput> => {
  const def = definition as unknown
  if (typeof def !== "object" || def === null || typeof (def as { name?: unknown }).name !== "string" || typeof (def as { schema?: { _zod?: unknown } }).schema?._zod !== "object") {
    return Result.fail(new InvalidInput({ issues: [{ path: ["definition"], code: "invalid_definition", zh: "不是参数定义", en: "not a parameter definition" }] }))
  }
  const src = (typeof source === "object" && source !== null ? source : {}) as ProcedureSource
  const region = src.region ?? NATIONWIDE
  try {
    if (src.bundle !== undefined) {
      const local = parameterAt(src.bundle, definition, region, date)
      if (Result.isSuccess(local) || !(local.failure instanceof ParameterMissing) || local.failure.reason !== "not-defined") return local
    }
    return parameterAt(PROCEDURE_BUNDLE, definition, region, date)
  } catch (e) {
    // parameterAt throws a typed InvalidInput for a bad bundle, region or date: return it.
    if (e instanceof InvalidInput) return Result.fail(e)
    throw e
  }
}
