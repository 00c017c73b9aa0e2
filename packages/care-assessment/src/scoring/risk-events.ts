/**
 * The care risk events (照护风险事件) of GB/T 42195-2022 附录A, by key. Kept apart from the response
 * set's zod schema: the hand-written form check reads the keys, and a page that scores forms need
 * not carry the schema (issue 18).
 *
 * @module
 */

/**
 * The care risk events (照护风险事件) recorded for the past 30 days, GB/T 42195-2022 附录A:
 * `fall` 跌倒, `wandering` 走失, `choking` 噎食, `suicide-self-harm` 自杀/自伤, `other` 其他.
 *
 * @example
 * ```ts
 * import { RISK_EVENT_NAMES } from "@minzheng/care-assessment"
 * RISK_EVENT_NAMES.choking.zh //=> "噎食"
 * ```
 * @category models
 * @since 0.1.0
 */
export const RISK_EVENT_NAMES = {
  fall: { zh: "跌倒", en: "fall" },
  wandering: { zh: "走失", en: "wandering off" },
  choking: { zh: "噎食", en: "choking" },
  "suicide-self-harm": { zh: "自杀/自伤", en: "suicide attempt or self-harm" },
  other: { zh: "其他", en: "other" }
} as const

/**
 * A kind of care risk event.
 *
 * @example
 * ```ts
 * import type { RiskEvent } from "@minzheng/care-assessment"
 * const e: RiskEvent = "fall"
 * ```
 * @category models
 * @since 0.1.0
 */
export type RiskEvent = keyof typeof RISK_EVENT_NAMES
