/**
 * 临时救助事由 (incident): what happened to a household asking for 临时救助 — the type
 * (急难型 / 支出型, 民发〔2018〕23号 二(一)), the cause, the severity tier and the date.
 *
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import { opaque } from "../internal/opaque.js"
import { IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { YuanAmountSchema } from "../household/amount.js"

/**
 * Chinese names of the two types of 临时救助.
 *
 * @example
 * ```ts
 * import { INCIDENT_TYPE_NAMES } from "@minzheng/relief"
 * INCIDENT_TYPE_NAMES.emergency.zh //=> "急难型"
 * ```
 * @category temporary assistance
 * @since 0.1.0
 */
export const INCIDENT_TYPE_NAMES = {
  emergency: { zh: "急难型", en: "emergency" },
  expenditure: { zh: "支出型", en: "expenditure" }
} as const

/**
 * Chinese names of the severity tiers (困难程度档次).
 *
 * @example
 * ```ts
 * import { SEVERITY_NAMES } from "@minzheng/relief"
 * SEVERITY_NAMES.major.zh //=> "重大困难"
 * ```
 * @category temporary assistance
 * @since 0.1.0
 */
export const SEVERITY_NAMES = {
  general: { zh: "一般困难", en: "general hardship" },
  serious: { zh: "较大困难", en: "serious hardship" },
  major: { zh: "重大困难", en: "major hardship" }
} as const

/**
 * Causes of an incident behind a 临时救助 request (急难型: 火灾、交通事故、突发重大疾病、自然灾害; 支出型: 医疗、教育 …), Chinese and English names.
 *
 * @example
 * ```ts
 * import { INCIDENT_CAUSE_NAMES } from "@minzheng/relief"
 * INCIDENT_CAUSE_NAMES["traffic-accident"].zh //=> "交通事故"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const INCIDENT_CAUSE_NAMES = {
  fire: { zh: "火灾", en: "fire" },
  "traffic-accident": { zh: "交通事故", en: "traffic accident" },
  "sudden-illness": { zh: "突发重大疾病", en: "sudden serious illness" },
  disaster: { zh: "自然灾害", en: "natural disaster" },
  medical: { zh: "医疗支出", en: "medical expenditure" },
  education: { zh: "教育支出", en: "education expenditure" },
  other: { zh: "其他", en: "other" }
} as const satisfies Record<string, Bilingual>

/**
 * Causes of an incident behind a 临时救助 request (急难型: 火灾、交通事故、突发重大疾病、自然灾害; 支出型: 医疗、教育 …) (the keys of {@link INCIDENT_CAUSE_NAMES}).
 *
 * @example
 * ```ts
 * import type { IncidentCause } from "@minzheng/relief"
 * const x: IncidentCause = "fire"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export type IncidentCause = keyof typeof INCIDENT_CAUSE_NAMES

/**
 * Zod schema of an incident.
 *
 * @example
 * ```ts
 * import { IncidentSchema } from "@minzheng/relief"
 * IncidentSchema.parse({ type: "emergency", cause: "fire", severity: "serious", date: "2025-03-02" }).cause //=> "fire"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const IncidentSchema = opaque(
  z.strictObject({
    type: z.enum(["emergency", "expenditure"]),
    cause: z.enum(Object.keys(INCIDENT_CAUSE_NAMES) as [IncidentCause, ...IncidentCause[]]),
    severity: z.enum(["general", "serious", "major"]),
    date: IsoDateSchema,
    expenditure: z.optional(YuanAmountSchema)
  })
)

/**
 * An incident behind a 临时救助 request.
 *
 * @example
 * ```ts
 * import type { Incident } from "@minzheng/relief"
 * const i: Incident = { type: "expenditure", cause: "medical", severity: "general", date: "2025-03-02" as any }
 * ```
 * @category temporary assistance
 * @since 0.1.0
 */
export type Incident = z.infer<typeof IncidentSchema>
