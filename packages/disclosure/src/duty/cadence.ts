/**
 * 公开频次 (cadence): when a duty falls due — monthly (on a fixed day or by the month's end),
 * quarterly (on a fixed day or by the quarter's end), within N days of an event (一事一公开,
 * 随时公布), or as a 公示 that must stay up for a legal period.
 *
 * @module
 */
import { type Bilingual, decode, PeriodLengthSchema } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"

const dayOfMonth = z.number().check(z.int(), z.minimum(1), z.maximum(31))

/**
 * Zod schema of a {@link Cadence}.
 *
 * @example
 * ```ts
 * import { CadenceSchema } from "@minzheng/disclosure"
 * CadenceSchema.safeParse({ kind: "monthly", day: 10 }).success //=> true
 * CadenceSchema.safeParse({ kind: "monthly", day: 32 }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CadenceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("monthly"), day: z.optional(dayOfMonth) }),
  z.strictObject({ kind: z.literal("quarterly"), month: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])), day: z.optional(dayOfMonth) }),
  z.strictObject({ kind: z.literal("on-event"), withinDays: z.number().check(z.int(), z.minimum(0), z.maximum(366)) }),
  z.strictObject({ kind: z.literal("public-notice"), duration: PeriodLengthSchema })
])

/**
 * When a duty falls due.
 *
 * - `monthly`: 每月公开 — on `day` of each month (a day past the month's end means its last
 *   day), or, without `day`, by the month's last day.
 * - `quarterly`: 每季度公开 — on `day` of the quarter's `month` (1–3, default 1), or, without
 *   `day`, by the quarter's last day (《村民委员会组织法》第三十条: 至少每季度公布一次).
 * - `on-event`: 一事一公开 / 随时公布 — within `withinDays` days after the event (0: the same day).
 * - `public-notice`: 公示 — posted, then kept up for `duration` (a legal period, 《民法典》第二百零一至
 *   二百零三条).
 *
 * @example
 * ```ts
 * import type { Cadence } from "@minzheng/disclosure"
 * const licangMonthly: Cadence = { kind: "monthly", day: 10 }
 * const dibaoNotice: Cadence = { kind: "public-notice", duration: { days: 7 } }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Cadence = z.output<typeof CadenceSchema>

/**
 * The Chinese and English term of each cadence kind.
 *
 * @example
 * ```ts
 * import { CADENCE_KINDS } from "@minzheng/disclosure"
 * CADENCE_KINDS["on-event"].zh //=> "一事一公开"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const CADENCE_KINDS = {
  monthly: { zh: "每月公开", en: "monthly" },
  quarterly: { zh: "每季度公开", en: "quarterly" },
  "on-event": { zh: "一事一公开", en: "after each event" },
  "public-notice": { zh: "公示", en: "public notice period" }
} as const satisfies Record<Cadence["kind"], Bilingual>

/**
 * Describes a cadence in Chinese and English.
 *
 * @example
 * ```ts
 * import { describeCadence } from "@minzheng/disclosure"
 * describeCadence({ kind: "monthly", day: 10 }).zh //=> "每月10日"
 * describeCadence({ kind: "public-notice", duration: { days: 7 } }).zh //=> "公示7日"
 * ```
 * @throws `InvalidInput` for a malformed cadence
 * @category formatting
 * @since 0.1.0
 */
export const describeCadence = (cadence: Cadence): Bilingual => {
  const r = decode(CadenceSchema, cadence)
  if (Result.isFailure(r)) throw r.failure
  const c = r.success
  switch (c.kind) {
    case "monthly":
      return c.day === undefined ? { zh: "每月（月末前）", en: "monthly (by month end)" } : { zh: `每月${c.day}日`, en: `monthly on day ${c.day}` }
    case "quarterly":
      return c.day === undefined
        ? { zh: "每季度（季末前）", en: "quarterly (by quarter end)" }
        : { zh: `每季度第${c.month ?? 1}个月${c.day}日`, en: `quarterly, month ${c.month ?? 1} day ${c.day}` }
    case "on-event":
      return c.withinDays === 0 ? { zh: "即时公开（当日）", en: "immediately (the same day)" } : { zh: `事后${c.withinDays}日内公开`, en: `within ${c.withinDays} days of the event` }
    case "public-notice": {
      const d = c.duration
      const zh = "days" in d ? `${d.days}日` : "months" in d ? `${d.months}个月` : `${d.years}年`
      const en = "days" in d ? `${d.days} days` : "months" in d ? `${d.months} months` : `${d.years} years`
      return { zh: `公示${zh}`, en: `public notice for ${en}` }
    }
  }
}
