/**
 * 字段类型 (field types) of a notice's columns. Public types pass through as they are; personal
 * types are always masked by the masking policy before anything reaches a notice. No other type
 * exists: a column of personal data must say which personal type it is, or it is refused.
 *
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import * as z from "zod/mini"

/**
 * The field types with their Chinese and English terms; `personal` ones are masked. The values
 * are kebab-case (`"person-name"`, `"citizen-id"`, `"bank-account"`), as every closed set of
 * minzheng.
 *
 * @example
 * ```ts
 * import { FIELD_TYPES } from "@minzheng/disclosure"
 * FIELD_TYPES["citizen-id"].zh //=> "公民身份号码"
 * FIELD_TYPES["citizen-id"].personal //=> true
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const FIELD_TYPES = {
  text: { zh: "文本", en: "text", personal: false },
  integer: { zh: "整数", en: "integer", personal: false },
  money: { zh: "金额（元）", en: "amount (yuan)", personal: false },
  date: { zh: "日期", en: "date", personal: false },
  community: { zh: "村（社区）", en: "village or community", personal: false },
  programme: { zh: "救助项目", en: "programme", personal: false },
  "person-name": { zh: "姓名", en: "person name", personal: true },
  "citizen-id": { zh: "公民身份号码", en: "citizen ID number", personal: true },
  phone: { zh: "电话号码", en: "phone number", personal: true },
  address: { zh: "住址", en: "address", personal: true },
  "bank-account": { zh: "银行账号", en: "bank account", personal: true }
} as const satisfies Record<string, Bilingual & { personal: boolean }>

/**
 * A field type key (see {@link FIELD_TYPES}).
 *
 * @example
 * ```ts
 * import type { FieldType } from "@minzheng/disclosure"
 * const t: FieldType = "person-name"
 * ```
 * @category models
 * @since 0.1.0
 */
export type FieldType = keyof typeof FIELD_TYPES

/**
 * The personal field types: masked before publication.
 *
 * @example
 * ```ts
 * import type { PersonalFieldType } from "@minzheng/disclosure"
 * const t: PersonalFieldType = "phone"
 * ```
 * @category models
 * @since 0.1.0
 */
export type PersonalFieldType = { [K in FieldType]: (typeof FIELD_TYPES)[K]["personal"] extends true ? K : never }[FieldType]

/**
 * Zod schema of a {@link FieldType}.
 *
 * @example
 * ```ts
 * import { FieldTypeSchema } from "@minzheng/disclosure"
 * FieldTypeSchema.safeParse("income").success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const FieldTypeSchema = z.literal(Object.keys(FIELD_TYPES) as [FieldType, ...FieldType[]])
