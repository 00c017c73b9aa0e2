/**
 * 公示/公开榜 (notice): a title, an issuer, a period, typed columns and rows. {@link buildNotice}
 * validates the rows against their column types, refuses personal data it cannot place (an
 * undeclared field, a column that names personal or sensitive data under a public type, a free-text
 * cell that looks like an ID, mobile or bank-card number), and masks every personal field by the
 * policy. Only a {@link MaskedNotice} can be rendered, so an unmasked value never reaches output.
 *
 * @module
 */
import { type CalendarYearNotCovered, chinaCalendar, decode, InvalidInput, invalidInput, issue, WorkCalendar } from "@minzheng/core"
import * as Result from "effect/Result"
import { attemptResult } from "../internal/attempt.js"
import { FIELD_TYPES, type PersonalFieldType } from "./field-type.js"
import { assembleNotice } from "../internal/assemble-notice.js"
import { DEFAULT_MASKING_POLICY, type MaskingPolicy, MaskingPolicySchema } from "./masking-policy.js"
import { type MaskedNotice, type NoticeColumn, type NoticeInput, NoticeInputSchema } from "./model.js"
import { decodeInput } from "../internal/preflight.js"

/**
 * Builds a masked notice: validates every column and row, refuses unknown or unplaceable personal
 * data (a phone, ID or bank-card number written into free text — title, issuer, footer, a text or
 * integer cell, a column label — however it is separated, prefixed or written in full-width
 * digits: core's `findPersonalNumbers`), and masks every personal field by the policy (default
 * {@link DEFAULT_MASKING_POLICY}). With `kind` (`dibao`, `tekun`, `star-rating`) a period shorter
 * than the programme's minimum is refused, citing its article ({@link PUBLIC_NOTICE_MINIMUMS}).
 * A `money` cell takes core's `MoneyInput`: a `Money` or a decimal string in 元 (`"1050.00"`).
 * Nothing is returned unless every cell is clean; error messages never repeat a cell's value.
 *
 * Returns a `Result`: `InvalidInput` listing every problem (paths such as `rows[3].phone`; a
 * period too short for `kind` is the issue `notice_too_short`); `CalendarYearNotCovered` when
 * `kind` is given and the minimum's last day is beyond the calendar. The throwing twin is
 * {@link buildNoticeUnsafe}.
 *
 * @param calendar - the work-day calendar for the minimum-length check (default `chinaCalendar`)
 * @example
 * ```ts
 * import { buildNotice } from "@minzheng/disclosure"
 * import { Money, Result } from "@minzheng/core"
 * const r = buildNotice({
 *   title: "2025年9月低保公示", issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [
 *     { key: "head", label: { zh: "户主", en: "head of household" }, type: "person-name" },
 *     { key: "phone", label: { zh: "联系电话", en: "phone" }, type: "phone" },
 *     { key: "amount", label: { zh: "金额（元）", en: "amount (yuan)" }, type: "money" }
 *   ],
 *   rows: [{ head: "欧阳娜", phone: "13812341234", amount: Money.yuan("1160") }]
 * })
 * Result.getOrThrow(r).rows //=> [["欧阳*", "138****1234", "1160.00"]]
 * const bad = buildNotice({ title: "公示", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "text" }], rows: [{ head: "张三丰" }] })
 * bad._tag === "Failure" && bad.failure._tag === "InvalidInput" && bad.failure.issues.map((i) => i.code) //=> ["undeclared_personal_field"]
 * ```
 * @see {@link renderNoticeText}, {@link renderNoticeMarkdown}, {@link renderNoticeHtml}
 * @category notices
 * @since 0.1.0
 */
export const buildNotice = (
  input: NoticeInput,
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
  calendar: WorkCalendar = chinaCalendar
): Result.Result<MaskedNotice, InvalidInput | CalendarYearNotCovered> => attemptResult(() => buildNoticeUnsafe(input, policy, calendar))

/**
 * {@link buildNotice}, throwing its typed error (the same instance the `Result` would carry).
 *
 * @throws `InvalidInput` listing every problem (paths such as `rows[3].phone`);
 * `CalendarYearNotCovered` when `kind` is given and the minimum's last day is beyond the calendar
 * @example
 * ```ts
 * import { buildNoticeUnsafe } from "@minzheng/disclosure"
 * const notice = buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: "张三丰" }] })
 * notice.rows //=> [["张**"]]
 * ```
 * @category notices
 * @since 0.1.0
 */
export const buildNoticeUnsafe = (input: NoticeInput, policy: MaskingPolicy = DEFAULT_MASKING_POLICY, calendar: WorkCalendar = chinaCalendar): MaskedNotice => {
  const n = decodeInput(NoticeInputSchema, input)
  const p = decode(MaskingPolicySchema, policy)
  const calendarOk = calendar instanceof WorkCalendar
  if (Result.isFailure(n) || Result.isFailure(p) || !calendarOk) {
    throw invalidInput([
      ...(Result.isFailure(n) ? n.failure.issues : []),
      ...(Result.isFailure(p) ? p.failure.issues.map((i) => ({ ...i, path: ["policy", ...i.path] })) : []),
      ...(calendarOk ? [] : [issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
    ])
  }
  const { kind, ...rest } = n.success
  return assembleNotice(rest, p.success, calendar, kind)
}

/**
 * The personal field types of a notice's columns (what its masking touched).
 *
 * @throws `InvalidInput` when `columns` is not a list (a broken precondition)
 * @example
 * ```ts
 * import { personalColumns } from "@minzheng/disclosure"
 * personalColumns([{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }, { key: "n", label: { zh: "人数", en: "members" }, type: "integer" }])
 * //=> [{ key: "head", type: "person-name" }]
 * ```
 * @category notices
 * @since 0.1.0
 */
export const personalColumns = (columns: ReadonlyArray<NoticeColumn>): Array<{ key: string; type: PersonalFieldType }> => {
  if (!Array.isArray(columns)) {
    throw new InvalidInput({ issues: [issue(["columns"], "invalid_columns", "应为公示列的列表", "expected a list of notice columns")] })
  }
  return columns
    .filter((c: unknown) => {
      const type = (c as { type?: unknown } | null)?.type
      return typeof type === "string" && Object.hasOwn(FIELD_TYPES, type) && FIELD_TYPES[type as keyof typeof FIELD_TYPES].personal
    })
    .map((c) => ({ key: c.key, type: c.type as PersonalFieldType }))
}
