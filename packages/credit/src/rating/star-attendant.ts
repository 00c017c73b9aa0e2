/**
 * 星级服务员 (star-rated care attendants), seed 000 (李沧区社会福利院): “依据‘星级服务员’、‘星级管理员’的
 * 评定标准，结合年度考核细则和年终评议投票（员工、老人家、家属共同参加）等方式，按星级级别分别进行评选 … 对评选结果
 * 进行为期1周的公示”; 40 staff hold the title (11 five-star, 13 four-star, 9 three-star, 7 two-star).
 * The point split and the star thresholds below are ILLUSTRATIVE; the one-week notice is the seed's.
 *
 * @module
 */
import { addDays, decode, explain, type Explanation, type InvalidInput, invalidInput, type IsoDate, IsoDateSchema, issue, localPractice } from "@minzheng/core"
import { buildNoticeUnsafe, DEFAULT_MASKING_POLICY, type MaskedNotice, MaskingPolicySchema } from "@minzheng/disclosure"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { check, dateIssues, integerIssues } from "../internal/guards.js"
import { noticeOrFailure } from "../internal/notice.js"
import { IdSchema } from "../internal/schemas.js"
import type { Checklist } from "./checklist.js"

const SEED = localPractice("seed 000", "李沧区社会福利院“星级上岗服务”：年度考核＋员工、老人、家属评议投票；评选结果公示1周；分值为示例")

/**
 * The illustrative 星级服务员 checklist: yearly assessment 60, votes by staff 10, residents 20 and
 * families 10; five stars from 90, four from 80, three from 70, two from 60.
 *
 * @example
 * ```ts
 * import { starAttendantChecklist } from "@minzheng/credit"
 * starAttendantChecklist.sections.map((s) => s.id) //=> ["annual-assessment", "staff-vote", "resident-vote", "family-vote"]
 * ```
 * @category ratings
 * @since 0.1.0
 */
export const starAttendantChecklist: Checklist = {
  id: "star-attendant",
  label: { zh: "星级服务员评定", en: "star-rated care attendant" },
  source: SEED,
  illustrative: true,
  sections: [
    { id: "annual-assessment", label: { zh: "年度考核", en: "yearly assessment" }, maxPoints: 60 },
    { id: "staff-vote", label: { zh: "员工评议", en: "staff vote" }, maxPoints: 10 },
    { id: "resident-vote", label: { zh: "老人评议", en: "residents' vote" }, maxPoints: 20 },
    { id: "family-vote", label: { zh: "家属评议", en: "families' vote" }, maxPoints: 10 }
  ],
  grades: [
    { id: "five-star", label: { zh: "五星级服务员", en: "five-star attendant" }, minTotal: 90, minPerSection: { "annual-assessment": 54 } },
    { id: "four-star", label: { zh: "四星级服务员", en: "four-star attendant" }, minTotal: 80, minPerSection: { "annual-assessment": 48 } },
    { id: "three-star", label: { zh: "三星级服务员", en: "three-star attendant" }, minTotal: 70, minPerSection: null },
    { id: "two-star", label: { zh: "二星级服务员", en: "two-star attendant" }, minTotal: 60, minPerSection: null }
  ]
}

/**
 * The one-week public notice of star-rating results (seed 000: “为期1周的公示”): from the day it is
 * posted, seven days (`noticeDays`, default 7), the last day being the posting day + 6; the result
 * stands after that day.
 *
 * @throws `InvalidInput` for an invalid date or a number of days outside 1–366
 * @example
 * ```ts
 * import { starRatingNotice } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * starRatingNotice(isoDateUnsafe("2025-12-22")).lastDay //=> "2025-12-28"
 * ```
 * @category ratings
 * @since 0.1.0
 */
export const starRatingNotice = (postedOn: IsoDate, noticeDays = 7): { readonly postedOn: IsoDate; readonly lastDay: IsoDate; readonly finalOn: IsoDate; readonly explanation: Explanation } => {
  check(dateIssues(postedOn, "postedOn"), integerIssues(noticeDays, "noticeDays", 1, 366))
  const lastDay = addDays(postedOn, noticeDays - 1)
  const finalOn = addDays(postedOn, noticeDays)
  return {
    postedOn,
    lastDay,
    finalOn,
    explanation: explain({
      rule: "rating.star-attendant.notice",
      label: { zh: `评选结果自 ${postedOn} 起公示${noticeDays}日，至 ${lastDay} 止；无异议的，${finalOn} 起生效`, en: `results posted ${postedOn} for ${noticeDays} days to ${lastDay}; final from ${finalOn}` },
      outcome: lastDay,
      inputs: { postedOn },
      parameters: { noticeDays },
      citations: [SEED]
    })
  }
}

/**
 * Zod schema of a {@link StarRatingNoticeInput}.
 *
 * @example
 * ```ts
 * import { StarRatingNoticeInputSchema } from "@minzheng/credit"
 * StarRatingNoticeInputSchema.safeParse({ issuer: "李沧区社会福利院", postedOn: "2025-12-22", results: [{ name: "王芳", grade: "five-star" }] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const StarRatingNoticeInputSchema = z.strictObject({
  issuer: z.string().check(z.minLength(1), z.maxLength(200)),
  postedOn: IsoDateSchema,
  noticeDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(366))),
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  results: z.array(z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(40)), grade: IdSchema })).check(z.minLength(1), z.maxLength(10_000)),
  policy: z.optional(MaskingPolicySchema)
})

/**
 * The results of a star rating to publicise: who reached which grade (a grade id of the
 * checklist), posted by whom and when.
 *
 * @example
 * ```ts
 * import type { StarRatingNoticeInput } from "@minzheng/credit"
 * const input: StarRatingNoticeInput = { issuer: "李沧区社会福利院", postedOn: "2025-12-22", results: [{ name: "王芳", grade: "five-star" }] }
 * ```
 * @category ratings
 * @since 0.1.0
 */
export type StarRatingNoticeInput = z.input<typeof StarRatingNoticeInputSchema>

/**
 * The one-week 公示 of star-rating results as a masked disclosure notice: names masked, highest
 * grade first, the count per grade in the footer, the notice period from {@link starRatingNotice}.
 *
 * @param input - untrusted {@link StarRatingNoticeInput}
 * @param checklist - the rating checklist whose grade ids the results use (default the
 * illustrative {@link starAttendantChecklist})
 * @returns the masked notice with the notice dates and an explanation, or `InvalidInput` listing
 * every problem (an unknown grade among them)
 * @example
 * ```ts
 * import { starRatingPublicNotice } from "@minzheng/credit"
 * import { renderNoticeText } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * const r = starRatingPublicNotice({ issuer: "李沧区社会福利院", postedOn: "2025-12-22", results: [{ name: "李四", grade: "four-star" }, { name: "王芳", grade: "five-star" }] })
 * Result.isSuccess(r) && r.success.notice.rows //=> [["王*", "五星级服务员"], ["李*", "四星级服务员"]]
 * Result.isSuccess(r) && r.success.notice.period //=> { from: "2025-12-22", to: "2025-12-28" }
 * ```
 * @category ratings
 * @since 0.1.0
 */
export const starRatingPublicNotice = (
  input: unknown,
  checklist: Checklist = starAttendantChecklist
): Result.Result<{ readonly notice: MaskedNotice; readonly postedOn: IsoDate; readonly lastDay: IsoDate; readonly finalOn: IsoDate; readonly explanation: Explanation }, InvalidInput> => {
  const d = decode(StarRatingNoticeInputSchema, input)
  const grades = typeof checklist === "object" && checklist !== null && Array.isArray(checklist.grades) ? checklist.grades : null
  const issues = [
    ...(Result.isFailure(d) ? d.failure.issues : []),
    ...(grades === null || !grades.every((g: unknown) => typeof g === "object" && g !== null && typeof (g as { id?: unknown }).id === "string" && typeof (g as { label?: { zh?: unknown } }).label?.zh === "string")
      ? [issue(["checklist"], "invalid_checklist", "应为评定清单", "expected a rating checklist")]
      : [])
  ]
  if (issues.length > 0 || Result.isFailure(d) || grades === null) return Result.fail(invalidInput(issues))
  const { issuer, postedOn, results, title } = d.success
  const order = new Map(grades.map((g, i) => [g.id, i]))
  results.forEach((r, i) => {
    if (!order.has(r.grade)) issues.push(issue(["results", i, "grade"], "unknown_grade", `清单中没有等级 ${r.grade}`, `the checklist has no grade ${r.grade}`))
  })
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  const dates = starRatingNotice(postedOn, d.success.noticeDays ?? 7)
  const sorted = results.map((r, i) => ({ r, i })).sort((a, b) => (order.get(a.r.grade) as number) - (order.get(b.r.grade) as number) || a.i - b.i)
  const counts = grades.map((g) => ({ label: g.label.zh, n: results.filter((r) => r.grade === g.id).length })).filter((c) => c.n > 0)
  const notice = noticeOrFailure(() =>
    buildNoticeUnsafe(
      {
        title: title ?? "星级服务员评选结果公示",
        issuer,
        period: { from: dates.postedOn, to: dates.lastDay },
        columns: [
          { key: "name", label: { zh: "姓名", en: "name" }, type: "person-name" },
          { key: "grade", label: { zh: "评定星级", en: "rating" }, type: "text" }
        ],
        rows: sorted.map(({ r }) => ({ name: r.name, grade: grades[order.get(r.grade) as number]?.label.zh })),
        footer: `${counts.map((c) => `${c.label} ${c.n} 人`).join("，")}。公示期至 ${dates.lastDay}；对评选结果有异议的，请在公示期内提出。`
      },
      d.success.policy ?? DEFAULT_MASKING_POLICY
    )
  )
  if (Result.isFailure(notice)) return Result.fail(notice.failure)
  return Result.succeed({ notice: notice.success, postedOn: dates.postedOn, lastDay: dates.lastDay, finalOn: dates.finalOn, explanation: dates.explanation })
}
