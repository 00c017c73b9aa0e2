/**
 * 公示/公开榜 (notice): a title, an issuer, a period, typed columns and rows. {@link buildNotice}
 * validates the rows against their column types, refuses personal data it cannot place (an
 * undeclared field, a column that names personal or sensitive data under a public type, a free-text
 * cell that looks like an ID, mobile or bank-card number), and masks every personal field by the
 * policy. Only a {@link MaskedNotice} can be rendered, so an unmasked value never reaches output.
 *
 * @module
 */
import { chinaCalendar, decode, InvalidInput, invalidInput, IsoDateSchema, issue, WorkCalendar } from "@minzheng/core"
import { Result } from "effect"
import * as z from "zod"
import { FIELD_TYPES, FieldTypeSchema, type PersonalFieldType } from "./field-type.js"
import { assembleNotice } from "../internal/assemble-notice.js"
import { DEFAULT_MASKING_POLICY, type MaskingPolicy, MaskingPolicySchema } from "./masking-policy.js"
import { PublicNoticeKindSchema } from "../schedule/public-notice-period.js"
import { decodeInput } from "../internal/preflight.js"

const BilingualSchema = z.object({ zh: z.string().min(1).max(100), en: z.string().min(1).max(100) }).strict()

/**
 * Zod schema of a {@link NoticeColumn}.
 *
 * @example
 * ```ts
 * import { NoticeColumnSchema } from "@minzheng/disclosure"
 * NoticeColumnSchema.safeParse({ key: "head", label: { zh: "户主", en: "head of household" }, type: "personName" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NoticeColumnSchema = z
  .object({ key: z.string().refine((s) => /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(s), { params: { zh: "字段名只能含字母、数字和下划线", en: "a field key may hold only letters, digits and underscores" } }), label: BilingualSchema, type: FieldTypeSchema })
  .strict()

/**
 * A column of a notice: its key in the rows, its header, its field type.
 *
 * @example
 * ```ts
 * import type { NoticeColumn } from "@minzheng/disclosure"
 * const head: NoticeColumn = { key: "head", label: { zh: "户主", en: "head of household" }, type: "personName" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type NoticeColumn = z.output<typeof NoticeColumnSchema>

/**
 * Zod schema of a {@link NoticeInput} (row values are checked against their columns by
 * {@link buildNotice}).
 *
 * @example
 * ```ts
 * import { NoticeInputSchema } from "@minzheng/disclosure"
 * NoticeInputSchema.safeParse({ title: "t", issuer: "i", period: { from: "2025-01-01", to: "2025-01-08" }, columns: [], rows: [] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NoticeInputSchema = z
  .object({
    title: z.string().min(1).max(200),
    issuer: z.string().min(1).max(200),
    period: z.object({ from: IsoDateSchema, to: IsoDateSchema }).strict(),
    columns: z.array(NoticeColumnSchema).max(50),
    rows: z.array(z.record(z.string(), z.unknown())).max(100_000),
    footer: z.string().max(2000).optional(),
    kind: PublicNoticeKindSchema.optional()
  })
  .strict()

/**
 * What a notice holds before masking.
 *
 * @example
 * ```ts
 * import type { NoticeInput } from "@minzheng/disclosure"
 * const input: NoticeInput = {
 *   title: "2025年9月低保公示", issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head of household" }, type: "personName" }],
 *   rows: [{ head: "张三丰" }]
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export type NoticeInput = z.input<typeof NoticeInputSchema>

/**
 * A notice whose cells are masked and formatted: the only thing the renderers accept.
 *
 * @example
 * ```ts
 * import { buildNotice } from "@minzheng/disclosure"
 * const n = buildNotice({ title: "公示", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "personName" }], rows: [{ head: "张三丰" }] })
 * n.rows //=> [["张**"]]
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MaskedNotice {
  readonly masked: true
  readonly title: string
  readonly issuer: string
  readonly period: { readonly from: string; readonly to: string }
  readonly columns: ReadonlyArray<NoticeColumn>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly footer?: string
}

/**
 * Builds a masked notice: validates every column and row, refuses unknown or unplaceable personal
 * data (a phone, ID or bank-card number written into free text — title, issuer, footer, a text or
 * integer cell, a column label — however it is separated, prefixed or written in full-width
 * digits: core's `findPersonalNumbers`), and masks every personal field by the policy (default
 * {@link DEFAULT_MASKING_POLICY}). With `kind` (`dibao`, `tekun`, `star-rating`) a period shorter
 * than the programme's minimum is refused, citing its article ({@link PUBLIC_NOTICE_MINIMUMS}).
 * Nothing is returned unless every cell is clean; error messages never repeat a cell's value.
 *
 * @param calendar - the work-day calendar for the minimum-length check (default `chinaCalendar`)
 * @throws `InvalidInput` listing every problem (paths such as `rows[3].phone`);
 * `CalendarYearNotCovered` when `kind` is given and the minimum's last day is beyond the calendar
 * @example
 * ```ts
 * import { buildNotice } from "@minzheng/disclosure"
 * const notice = buildNotice({
 *   title: "2025年9月低保公示", issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [
 *     { key: "head", label: { zh: "户主", en: "head of household" }, type: "personName" },
 *     { key: "phone", label: { zh: "联系电话", en: "phone" }, type: "phone" }
 *   ],
 *   rows: [{ head: "欧阳娜", phone: "13812341234" }]
 * })
 * notice.rows //=> [["欧阳*", "138****1234"]]
 * ```
 * @see {@link renderNoticeText}, {@link renderNoticeMarkdown}, {@link renderNoticeHtml}
 * @category notices
 * @since 0.1.0
 */
export const buildNotice = (input: NoticeInput, policy: MaskingPolicy = DEFAULT_MASKING_POLICY, calendar: WorkCalendar = chinaCalendar): MaskedNotice => {
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
 * @example
 * ```ts
 * import { personalColumns } from "@minzheng/disclosure"
 * personalColumns([{ key: "head", label: { zh: "户主", en: "head" }, type: "personName" }, { key: "n", label: { zh: "人数", en: "members" }, type: "integer" }])
 * //=> [{ key: "head", type: "personName" }]
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
