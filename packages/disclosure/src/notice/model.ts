/**
 * The data model of a notice (公示/公开榜): its typed columns, what it holds before masking
 * ({@link NoticeInput}) and the masked form the renderers accept ({@link MaskedNotice}). No logic
 * lives here: building a notice is `notice.ts` (which checks and masks through the internal
 * assembler); both import this file, so dependencies point one way.
 *
 * @module
 */
import { IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { PublicNoticeKindSchema } from "../schedule/public-notice-period.js"
import { FieldTypeSchema } from "./field-type.js"

const BilingualSchema = z.strictObject({ zh: z.string().check(z.minLength(1), z.maxLength(100)), en: z.string().check(z.minLength(1), z.maxLength(100)) })

/**
 * Zod schema of a {@link NoticeColumn}.
 *
 * @example
 * ```ts
 * import { NoticeColumnSchema } from "@minzheng/disclosure"
 * NoticeColumnSchema.safeParse({ key: "head", label: { zh: "户主", en: "head of household" }, type: "person-name" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NoticeColumnSchema = z.strictObject({
  key: z.string().check(z.refine((s) => /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(s), { params: { zh: "字段名只能含字母、数字和下划线", en: "a field key may hold only letters, digits and underscores" } })),
  label: BilingualSchema,
  type: FieldTypeSchema
})

/**
 * A column of a notice: its key in the rows, its header, its field type.
 *
 * @example
 * ```ts
 * import type { NoticeColumn } from "@minzheng/disclosure"
 * const head: NoticeColumn = { key: "head", label: { zh: "户主", en: "head of household" }, type: "person-name" }
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
export const NoticeInputSchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  issuer: z.string().check(z.minLength(1), z.maxLength(200)),
  period: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
  columns: z.array(NoticeColumnSchema).check(z.maxLength(50)),
  rows: z.array(z.record(z.string(), z.unknown())).check(z.maxLength(100_000)),
  footer: z.optional(z.string().check(z.maxLength(2000))),
  kind: z.optional(PublicNoticeKindSchema)
})

/**
 * What a notice holds before masking.
 *
 * @example
 * ```ts
 * import type { NoticeInput } from "@minzheng/disclosure"
 * const input: NoticeInput = {
 *   title: "2025年9月低保公示", issuer: "虎山社区居民委员会", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head of household" }, type: "person-name" }],
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
 * import { buildNoticeUnsafe } from "@minzheng/disclosure"
 * const n = buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: "张三丰" }] })
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
