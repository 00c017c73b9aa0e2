/**
 * 公示期 (public-notice period): a notice posted on a day stays up for a legal period counted by
 * 《民法典》第二百零一至二百零三条 (core's `explainPeriod`): the posting day is not counted, and a
 * last day on a rest day moves to the next working day. A decision taken on or before that last
 * day was taken before the 公示 ran its full length, and is flagged (e.g. a 低保 confirmed before
 * its 7 days ended, 《最低生活保障审核确认办法》).
 *
 * **The last day is computed once** ({@link publicNoticePeriod}) and used by everything that shows
 * it: a schedule's `noticeEnd`, the notice text's 公示期 (`from` 至 `to`, both days inclusive) and
 * the iCalendar event, whose `DTEND` is the day *after* it because RFC 5545 §3.6.1 makes an
 * all-day event's `DTEND` exclusive. A 低保 公示 posted on 2025-07-07 runs 7 days from 07-08:
 * 公示期 2025-07-07 至 2025-07-14, `DTEND;VALUE=DATE:20250715`. (A text that says 至 07-13 counts
 * the posting day, which 第二百零一条 excludes.)
 *
 * > 第十九条 ……并在申请家庭所在村、社区进行公示。公示期为7天。（《最低生活保障审核确认办法》）
 * > 第十五条 ……公示期为7天。（《特困人员认定办法》）
 *
 * A notice shorter than its programme's minimum ({@link PUBLIC_NOTICE_MINIMUMS}) is refused,
 * citing the article.
 *
 * @module
 */
import {
  addDays,
  type Bilingual,
  type Citation,
  chinaCalendar,
  citeNational,
  formatCitation,
  formatCitationEn,
  localPractice,
  decode,
  type Explanation,
  explain,
  explainPeriodUnsafe,
  type CalendarYearNotCovered,
  type InvalidInput,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type PeriodLength,
  PeriodLengthSchema,
  WorkCalendar,
  invalidInput,
  issue
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { DIBAO_REVIEW_MEASURES } from "../duty/licang.js"
import { attemptResult } from "../internal/attempt.js"

/**
 * The shortest 公示 each programme allows, with the article that sets it: 低保 7 days
 * (《最低生活保障审核确认办法》第十九条), 特困 7 days (《特困人员认定办法》第十五条), and the 星级 results of
 * seed 000's welfare home one week (local practice).
 *
 * @example
 * ```ts
 * import { PUBLIC_NOTICE_MINIMUMS } from "@minzheng/disclosure"
 * PUBLIC_NOTICE_MINIMUMS.dibao.duration //=> { days: 7 }
 * PUBLIC_NOTICE_MINIMUMS.tekun.citation.article //=> "第十五条"
 * ```
 * @category public notices
 * @since 0.1.0
 */
export const PUBLIC_NOTICE_MINIMUMS = {
  dibao: { label: { zh: "低保公示", en: "dibao public notice" }, duration: { days: 7 }, citation: DIBAO_REVIEW_MEASURES },
  tekun: {
    label: { zh: "特困人员认定公示", en: "tekun public notice" },
    duration: { days: 7 },
    citation: citeNational("tekunRules", "第十五条", "公示期为7天")
  },
  "star-rating": { label: { zh: "星级评定结果公示", en: "star-rating results notice" }, duration: { days: 7 }, citation: localPractice("seed 000", "对评选结果进行为期1周的公示") }
} as const satisfies Record<string, { readonly label: Bilingual; readonly duration: PeriodLength; readonly citation: Citation }>

/**
 * A programme whose 公示 has a minimum length (see {@link PUBLIC_NOTICE_MINIMUMS}).
 *
 * @example
 * ```ts
 * import type { PublicNoticeKind } from "@minzheng/disclosure"
 * const kind: PublicNoticeKind = "dibao"
 * ```
 * @category models
 * @since 0.1.0
 */
export type PublicNoticeKind = keyof typeof PUBLIC_NOTICE_MINIMUMS

/**
 * Zod schema of a {@link PublicNoticeKind}.
 *
 * @example
 * ```ts
 * import { PublicNoticeKindSchema } from "@minzheng/disclosure"
 * PublicNoticeKindSchema.safeParse("tekun").success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PublicNoticeKindSchema = z.literal(["dibao", "tekun", "star-rating"])

/**
 * A 公示's period: posted on `from`, last day `to` (both inclusive, as a notice prints them), the
 * day `to` would be without the rest-day extension, whether the end rests on a projected
 * calendar, and the reasoning.
 *
 * @example
 * ```ts
 * import { publicNoticePeriodUnsafe } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const p = publicNoticePeriodUnsafe(isoDateUnsafe("2025-07-07"), { days: 7 })
 * ;[p.from, p.to] //=> ["2025-07-07", "2025-07-14"]
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PublicNoticePeriod {
  readonly from: IsoDate
  readonly to: IsoDate
  readonly nominalTo: IsoDate
  readonly extended: boolean
  readonly provisional: boolean
  readonly explanation: Explanation
}

/**
 * Zod schema of a {@link DecisionTimingInput}.
 *
 * @example
 * ```ts
 * import { DecisionTimingInputSchema } from "@minzheng/disclosure"
 * DecisionTimingInputSchema.safeParse({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-10" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DecisionTimingInputSchema = z.strictObject({
  postedOn: IsoDateSchema,
  duration: PeriodLengthSchema,
  decidedOn: IsoDateSchema,
  ref: z.optional(z.string().check(z.maxLength(200)))
})

/**
 * A 公示 and the day the decision it serves was taken.
 *
 * @example
 * ```ts
 * import type { DecisionTimingInput } from "@minzheng/disclosure"
 * const input: DecisionTimingInput = { postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-09" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type DecisionTimingInput = z.input<typeof DecisionTimingInputSchema>

/**
 * The 公示 window and whether the decision came too early.
 *
 * @example
 * ```ts
 * import { checkDecisionTimingUnsafe } from "@minzheng/disclosure"
 * const r = checkDecisionTimingUnsafe({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-09" })
 * r.noticeEnd //=> "2025-10-09"
 * r.earlyDecision //=> true
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DecisionTiming {
  readonly ref?: string
  readonly postedOn: IsoDate
  readonly noticeEnd: IsoDate
  readonly earliestDecision: IsoDate
  readonly decidedOn: IsoDate
  readonly earlyDecision: boolean
  readonly explanation: Explanation
}

const requireCalendar = (calendar: unknown): WorkCalendar => {
  if (calendar instanceof WorkCalendar) return calendar
  throw invalidInput([issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
}

/**
 * The last day of a 公示 posted on `postedOn` for `duration` (the `to` of
 * {@link publicNoticePeriod}).
 *
 * Returns a `Result`: `InvalidInput` for a bad date, length or calendar; `CalendarYearNotCovered`
 * when the calendar does not cover the end. The throwing twin is {@link publicNoticeEndUnsafe}.
 *
 * @example
 * ```ts
 * import { publicNoticeEnd } from "@minzheng/disclosure"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * // posted the Friday before the 2025 Spring Festival: the 7th day (01-31) is a holiday
 * Result.getOrThrow(publicNoticeEnd(isoDateUnsafe("2025-01-24"), { days: 7 })) //=> "2025-02-05"
 * ```
 * @category public notices
 * @since 0.1.0
 */
export const publicNoticeEnd = (postedOn: IsoDate, duration: PeriodLength, calendar: WorkCalendar = chinaCalendar): Result.Result<IsoDate, InvalidInput | CalendarYearNotCovered> =>
  attemptResult(() => publicNoticeEndUnsafe(postedOn, duration, calendar))

/**
 * {@link publicNoticeEnd}, throwing its typed error.
 *
 * @throws `InvalidInput` for a bad date, length or calendar; `CalendarYearNotCovered` when the
 * calendar does not cover the end
 * @example
 * ```ts
 * import { publicNoticeEndUnsafe } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * publicNoticeEndUnsafe(isoDateUnsafe("2025-09-26"), { days: 7 }) //=> "2025-10-09"
 * ```
 * @category public notices
 * @since 0.1.0
 */
export const publicNoticeEndUnsafe = (postedOn: IsoDate, duration: PeriodLength, calendar: WorkCalendar = chinaCalendar): IsoDate =>
  publicNoticePeriodUnsafe(postedOn, duration, calendar).to

/**
 * The period of a 公示 posted on `postedOn` for `duration`: the one computation behind a
 * schedule's `noticeEnd`, a notice's printed 公示期 and the iCalendar event (see the module
 * summary).
 *
 * Returns a `Result`: `InvalidInput` for a bad date, length or calendar; `CalendarYearNotCovered`
 * (naming the year and both fixes: load the year's calendar, or opt in to the provisional
 * projection) when the calendar does not cover the end. The throwing twin is
 * {@link publicNoticePeriodUnsafe}.
 *
 * @example
 * ```ts
 * import { publicNoticePeriod } from "@minzheng/disclosure"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * const r = publicNoticePeriod(isoDateUnsafe("2025-09-26"), { days: 7 })
 * Result.isSuccess(r) && [r.success.from, r.success.nominalTo, r.success.to, r.success.extended] //=> ["2025-09-26", "2025-10-03", "2025-10-09", true]
 * Result.match(publicNoticePeriod(isoDateUnsafe("2040-03-02"), { days: 7 }), { onSuccess: (p) => p.to, onFailure: (e) => e._tag }) //=> "CalendarYearNotCovered"
 * ```
 * @see {@link publicNoticeEnd}, {@link checkPublicNoticeLength}
 * @category public notices
 * @since 0.1.0
 */
export const publicNoticePeriod = (postedOn: IsoDate, duration: PeriodLength, calendar: WorkCalendar = chinaCalendar): Result.Result<PublicNoticePeriod, InvalidInput | CalendarYearNotCovered> =>
  attemptResult(() => publicNoticePeriodUnsafe(postedOn, duration, calendar))

/**
 * {@link publicNoticePeriod}, throwing its typed error (the same instance the `Result` would carry).
 *
 * @throws `InvalidInput` for a bad date, length or calendar; `CalendarYearNotCovered` when the
 * calendar does not cover the end
 * @example
 * ```ts
 * import { publicNoticePeriodUnsafe } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const p = publicNoticePeriodUnsafe(isoDateUnsafe("2025-09-26"), { days: 7 })
 * ;[p.from, p.nominalTo, p.to, p.extended] //=> ["2025-09-26", "2025-10-03", "2025-10-09", true]
 * ```
 * @category public notices
 * @since 0.1.0
 */
export const publicNoticePeriodUnsafe = (postedOn: IsoDate, duration: PeriodLength, calendar: WorkCalendar = chinaCalendar): PublicNoticePeriod => {
  const p = explainPeriodUnsafe(postedOn, duration, requireCalendar(calendar))
  return { from: p.start, to: p.end, nominalTo: p.nominalEnd, extended: p.extended, provisional: p.provisional, explanation: p.explanation }
}

/**
 * Checks that a notice period is at least its programme's minimum: it must run at least to the
 * last day of a minimum-length 公示 posted on its first day ({@link publicNoticePeriod}).
 *
 * A validator answers with a `Result`, never with `undefined`: success carries that shortest
 * allowed 公示 (its `to` is the earliest last day the programme allows, with the reasoning); a
 * period too short fails with `InvalidInput` holding one issue (code `notice_too_short`, path
 * `period.to`) whose message cites the programme's article and 《民法典》第二百零一条 — the same
 * issue {@link buildNotice} lists among a notice's problems. A bad period or kind is
 * `InvalidInput` too; a minimum's last day beyond the calendar is `CalendarYearNotCovered`.
 *
 * @example
 * ```ts
 * import { checkPublicNoticeLength } from "@minzheng/disclosure"
 * const short = checkPublicNoticeLength({ from: "2025-07-07", to: "2025-07-13" }, "dibao")
 * short._tag === "Failure" && short.failure._tag === "InvalidInput" && short.failure.issues[0]!.zh
 * //=> "低保公示期不得少于7日：2025-07-07 张贴的，公示期至少至 2025-07-14（《最低生活保障审核确认办法》（民发〔2021〕57号）第十九条（公示期为7天）；《中华人民共和国民法典》第二百零一条：开始的当日不计入）"
 * const ok = checkPublicNoticeLength({ from: "2025-07-07", to: "2025-07-14" }, "dibao")
 * ok._tag === "Success" && ok.success.to //=> "2025-07-14"
 * ```
 * @category public notices
 * @since 0.1.0
 */
export const checkPublicNoticeLength = (
  period: { readonly from: string; readonly to: string },
  kind: PublicNoticeKind,
  calendar: WorkCalendar = chinaCalendar
): Result.Result<PublicNoticePeriod, InvalidInput | CalendarYearNotCovered> =>
  attemptResult(() => {
    const found = publicNoticeLengthIssue(period, kind, calendar)
    if (found.issue !== undefined) throw invalidInput([found.issue])
    return found.least
  })

const PeriodSchema = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema })

// The body of checkPublicNoticeLength: the shortest allowed 公示 and, when the period falls short
// of it, the issue (undefined: there is none). Throws only typed errors.
const publicNoticeLengthIssue = (
  period: { readonly from: string; readonly to: string },
  kind: PublicNoticeKind,
  calendar: WorkCalendar
): { readonly least: PublicNoticePeriod; readonly issue: Issue | undefined } => {
  const p = decode(PeriodSchema, period)
  const k = decode(PublicNoticeKindSchema, kind)
  if (Result.isFailure(p) || Result.isFailure(k)) {
    throw invalidInput([
      ...(Result.isFailure(p) ? p.failure.issues.map((i) => ({ ...i, path: ["period", ...i.path] })) : []),
      ...(Result.isFailure(k) ? k.failure.issues.map((i) => ({ ...i, path: ["kind", ...i.path] })) : [])
    ])
  }
  const min = PUBLIC_NOTICE_MINIMUMS[k.success]
  const least = publicNoticePeriodUnsafe(p.success.from, min.duration, calendar)
  if (p.success.to >= least.to) return { least, issue: undefined }
  const days = "days" in min.duration ? min.duration.days : 0
  return {
    least,
    issue: issue(
      ["period", "to"],
      "notice_too_short",
      `${min.label.zh}期不得少于${days}日：${least.from} 张贴的，公示期至少至 ${least.to}（${formatCitation(min.citation)}；${formatCitation(CIVIL_CODE_ART201)}：开始的当日不计入）`,
      `a ${min.label.en} runs at least ${days} days: posted on ${least.from}, it runs at least to ${least.to} (${formatCitationEn(min.citation)}; ${formatCitationEn(CIVIL_CODE_ART201)}: the posting day is not counted)`
    )
  }
}

const CIVIL_CODE_ART201: Citation = { document: "中华人民共和国民法典", article: "第二百零一条" }

/**
 * Flags a decision taken before its 公示 ran its full length: the decision must come after the
 * period's last day (that day is still part of the 公示). An early decision is an answer
 * (`earlyDecision: true`, with the reasoning), not a failure.
 *
 * Returns a `Result`: `InvalidInput` listing every problem with the input; `CalendarYearNotCovered`
 * when the calendar does not cover the period's end. The throwing twin is
 * {@link checkDecisionTimingUnsafe}.
 *
 * @example
 * ```ts
 * import { checkDecisionTiming } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * Result.getOrThrow(checkDecisionTiming({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-08" })).earlyDecision //=> true
 * Result.getOrThrow(checkDecisionTiming({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-10" })).earlyDecision //=> false
 * ```
 * @see {@link publicNoticeEnd}
 * @category public notices
 * @since 0.1.0
 */
export const checkDecisionTiming = (input: DecisionTimingInput, calendar: WorkCalendar = chinaCalendar): Result.Result<DecisionTiming, InvalidInput | CalendarYearNotCovered> =>
  attemptResult(() => checkDecisionTimingUnsafe(input, calendar))

/**
 * {@link checkDecisionTiming}, throwing its typed error.
 *
 * @throws `InvalidInput` listing every problem with the input; `CalendarYearNotCovered`
 * when the calendar does not cover the period's end
 * @example
 * ```ts
 * import { checkDecisionTimingUnsafe } from "@minzheng/disclosure"
 * checkDecisionTimingUnsafe({ postedOn: "2025-09-26", duration: { days: 7 }, decidedOn: "2025-10-08" }).earliestDecision //=> "2025-10-10"
 * ```
 * @category public notices
 * @since 0.1.0
 */
export const checkDecisionTimingUnsafe = (input: DecisionTimingInput, calendar: WorkCalendar = chinaCalendar): DecisionTiming => {
  const r = decode(DecisionTimingInputSchema, input)
  if (Result.isFailure(r)) throw r.failure
  const { postedOn, duration, decidedOn } = r.success
  const period = publicNoticePeriodUnsafe(postedOn, duration, calendar)
  const earlyDecision = decidedOn <= period.to
  return {
    ...(r.success.ref === undefined ? {} : { ref: r.success.ref }),
    postedOn,
    noticeEnd: period.to,
    earliestDecision: addDays(period.to, 1),
    decidedOn,
    earlyDecision,
    explanation: explain({
      rule: "disclosure.public-notice.full-length",
      // one question, answered yes or no: a label that changed with the answer read "公示期未满即作出决定：否" for an early decision
      label: { zh: "公示期满后作出决定", en: "decision taken after the public notice ran its full length" },
      outcome: !earlyDecision,
      inputs: { postedOn, decidedOn },
      citations: period.explanation.citations,
      children: [period.explanation],
      provisional: period.provisional
    })
  }
}
