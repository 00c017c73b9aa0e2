/**
 * 低保公示 (dibao public notice): the row shape the spec allows — masked head of household, number
 * of members covered, monthly amount, village/community, programme — and nothing else: never
 * income details, illnesses or disabilities (《最低生活保障审核确认办法》: publish the households'
 * basic facts while protecting privacy; 《个人信息保护法》: minimum necessary disclosure).
 *
 * @module
 */
import { type Bilingual, type CalendarYearNotCovered, chinaCalendar, decode, type InvalidInput, invalidInput, IsoDateSchema, issue, MoneySchema, WorkCalendar } from "@minzheng/core"
import * as Result from "effect/Result"
import { attemptResult } from "../internal/attempt.js"
import * as z from "zod/mini"
import { assembleNotice } from "../internal/assemble-notice.js"
import type { MaskedNotice, NoticeColumn } from "./model.js"
import { DEFAULT_MASKING_POLICY, type MaskingPolicy, MaskingPolicySchema } from "./masking-policy.js"
import { decodeInput } from "../internal/preflight.js"

/**
 * The 低保 programmes with their Chinese terms.
 *
 * @example
 * ```ts
 * import { DIBAO_PROGRAMMES } from "@minzheng/disclosure"
 * DIBAO_PROGRAMMES.rural.zh //=> "农村低保"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const DIBAO_PROGRAMMES = {
  urban: { zh: "城市低保", en: "urban dibao" },
  rural: { zh: "农村低保", en: "rural dibao" }
} as const satisfies Record<string, Bilingual>

/**
 * A 低保 programme (see {@link DIBAO_PROGRAMMES}).
 *
 * @example
 * ```ts
 * import type { DibaoProgramme } from "@minzheng/disclosure"
 * const programme: DibaoProgramme = "rural"
 * ```
 * @category models
 * @since 0.1.0
 */
export type DibaoProgramme = keyof typeof DIBAO_PROGRAMMES

/**
 * Zod schema of a {@link DibaoNoticeRow}: strict, so any other field (income, illness …) is refused.
 *
 * @example
 * ```ts
 * import { DibaoNoticeRowSchema } from "@minzheng/disclosure"
 * DibaoNoticeRowSchema.safeParse({ headOfHousehold: "张三丰", membersCovered: 3, monthlyAmount: "1580.00", community: "虎山社区", programme: "urban", income: "800" }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DibaoNoticeRowSchema = z.strictObject({
  headOfHousehold: z.string().check(z.minLength(1), z.maxLength(40)),
  membersCovered: z.number().check(z.int(), z.minimum(1), z.maximum(50)),
  // core's MoneyInput: a Money or a decimal string in 元 (non-negative, whole 分: checked by the notice's money column)
  monthlyAmount: MoneySchema,
  community: z.string().check(z.minLength(1), z.maxLength(100)),
  programme: z.literal(Object.keys(DIBAO_PROGRAMMES) as [DibaoProgramme, ...DibaoProgramme[]])
})

/**
 * One row of a 低保 公示; `monthlyAmount` is core's `MoneyInput` (a `Money` or a decimal string in 元).
 *
 * @example
 * ```ts
 * import type { DibaoNoticeRow } from "@minzheng/disclosure"
 * const row: DibaoNoticeRow = { headOfHousehold: "张三丰", membersCovered: 3, monthlyAmount: "1580.00", community: "虎山社区", programme: "urban" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type DibaoNoticeRow = z.input<typeof DibaoNoticeRowSchema>

/**
 * The columns of a 低保 公示.
 *
 * @example
 * ```ts
 * import { DIBAO_NOTICE_COLUMNS } from "@minzheng/disclosure"
 * DIBAO_NOTICE_COLUMNS.map((c) => c.label.zh) //=> ["户主", "保障人数", "月保障金额（元）", "村（社区）", "救助项目"]
 * ```
 * @category notices
 * @since 0.1.0
 */
export const DIBAO_NOTICE_COLUMNS: ReadonlyArray<NoticeColumn> = [
  { key: "headOfHousehold", label: { zh: "户主", en: "head of household" }, type: "person-name" },
  { key: "membersCovered", label: { zh: "保障人数", en: "members covered" }, type: "integer" },
  { key: "monthlyAmount", label: { zh: "月保障金额（元）", en: "monthly amount (yuan)" }, type: "money" },
  { key: "community", label: { zh: "村（社区）", en: "village or community" }, type: "community" },
  { key: "programme", label: { zh: "救助项目", en: "programme" }, type: "programme" }
]

/**
 * Zod schema of a {@link DibaoNoticeInput}.
 *
 * @example
 * ```ts
 * import { DibaoNoticeInputSchema } from "@minzheng/disclosure"
 * DibaoNoticeInputSchema.safeParse({ issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" }, rows: [] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DibaoNoticeInputSchema = z.strictObject({
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  issuer: z.string().check(z.minLength(1), z.maxLength(200)),
  period: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
  rows: z.array(DibaoNoticeRowSchema).check(z.maxLength(100_000)),
  footer: z.optional(z.string().check(z.maxLength(2000)))
})

/**
 * A 低保 公示 before masking.
 *
 * @example
 * ```ts
 * import type { DibaoNoticeInput } from "@minzheng/disclosure"
 * const input: DibaoNoticeInput = { issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" }, rows: [] }
 * ```
 * @category models
 * @since 0.1.0
 */
export type DibaoNoticeInput = z.input<typeof DibaoNoticeInputSchema>

/**
 * Builds a masked 低保 公示 from rows of the spec's shape (title default: 最低生活保障公示). The
 * period must run at least 7 days after the posting day (《最低生活保障审核确认办法》第十九条, counted by
 * 《民法典》第二百零一至二百零三条): `{ from: "2025-07-07", to: "2025-07-13" }` is refused, citing the
 * article; take the period from {@link publicNoticePeriod} or {@link occurrenceNoticePeriod} so the
 * notice, the schedule and the calendar show one last day.
 *
 * Returns a `Result`: `InvalidInput` listing every problem (an extra field such as `income`, a
 * period shorter than 7 days, a phone number in the footer among them); `CalendarYearNotCovered`
 * when the 7th day is beyond the calendar (load the year, or pass a calendar with the
 * projection). The throwing twin is {@link dibaoNoticeUnsafe}.
 *
 * @param calendar - the work-day calendar for the minimum-length check (default `chinaCalendar`)
 * @example
 * ```ts
 * import { dibaoNotice } from "@minzheng/disclosure"
 * import { Money, Result } from "@minzheng/core"
 * const r = dibaoNotice({ issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" },
 *   rows: [{ headOfHousehold: "欧阳娜娜", membersCovered: 2, monthlyAmount: Money.yuan("1160"), community: "虎山社区", programme: "urban" }] })
 * Result.getOrThrow(r).rows //=> [["欧阳**", "2", "1160.00", "虎山社区", "城市低保"]]
 * const short = dibaoNotice({ issuer: "虎山社区居民委员会", period: { from: "2025-07-07", to: "2025-07-13" }, rows: [] })
 * short._tag === "Failure" && short.failure._tag === "InvalidInput" && short.failure.issues[0]!.code //=> "notice_too_short"
 * ```
 * @category notices
 * @since 0.1.0
 */
export const dibaoNotice = (
  input: DibaoNoticeInput,
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
  calendar: WorkCalendar = chinaCalendar
): Result.Result<MaskedNotice, InvalidInput | CalendarYearNotCovered> => attemptResult(() => dibaoNoticeUnsafe(input, policy, calendar))

/**
 * {@link dibaoNotice}, throwing its typed error (the same instance the `Result` would carry).
 *
 * @throws `InvalidInput` listing every problem; `CalendarYearNotCovered` when the 7th day is
 * beyond the calendar
 * @example
 * ```ts
 * import { dibaoNoticeUnsafe } from "@minzheng/disclosure"
 * const n = dibaoNoticeUnsafe({ issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" },
 *   rows: [{ headOfHousehold: "欧阳娜娜", membersCovered: 2, monthlyAmount: "1160.00", community: "虎山社区", programme: "urban" }] })
 * n.rows //=> [["欧阳**", "2", "1160.00", "虎山社区", "城市低保"]]
 * ```
 * @category notices
 * @since 0.1.0
 */
export const dibaoNoticeUnsafe = (input: DibaoNoticeInput, policy: MaskingPolicy = DEFAULT_MASKING_POLICY, calendar: WorkCalendar = chinaCalendar): MaskedNotice => {
  const r = decodeInput(DibaoNoticeInputSchema, input)
  const p = decode(MaskingPolicySchema, policy)
  const calendarOk = calendar instanceof WorkCalendar
  if (Result.isFailure(r) || Result.isFailure(p) || !calendarOk) {
    throw invalidInput([
      ...(Result.isFailure(r) ? r.failure.issues : []),
      ...(Result.isFailure(p) ? p.failure.issues.map((i) => ({ ...i, path: ["policy", ...i.path] })) : []),
      ...(calendarOk ? [] : [issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
    ])
  }
  const { title, issuer, period, rows, footer } = r.success
  return assembleNotice(
    {
      title: title ?? "最低生活保障公示",
      issuer,
      period,
      columns: [...DIBAO_NOTICE_COLUMNS],
      rows: rows.map((row) => ({ ...row, programme: DIBAO_PROGRAMMES[row.programme].zh })),
      ...(footer === undefined ? {} : { footer })
    },
    p.success,
    calendar,
    "dibao"
  )
}
