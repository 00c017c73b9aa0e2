/**
 * The lines of a score statement — a model file that the statement (`score.ts`) and the folds
 * that produce its lines (`internal/score-fold.ts`) both import, so that neither imports the
 * other. The package exports these names from `score.ts`.
 *
 * @module
 */
import type { IsoDate } from "@minzheng/core"

/**
 * Why an entry counted in a score, or not (the `status` of a {@link ScoreLine}).
 *
 * @example
 * ```ts
 * import { LINE_STATUSES } from "@minzheng/credit"
 * LINE_STATUSES.includes("lapsed") //=> true
 * ```
 * @category scores
 * @since 0.1.0
 */
export const LINE_STATUSES = ["counted", "capped", "over-lifetime-cap", "lapsed", "reversed", "outside-period", "future"] as const

/**
 * A line status: `counted` 计入, `capped` 超出本期上限的部分不计, `over-lifetime-cap` 超出个人累计上限的部分不计,
 * `lapsed` 已信用修复，不再计入, `reversed` 已冲正, `outside-period` 不在本期, `future` 晚于查询日.
 *
 * @example
 * ```ts
 * import type { LineStatus } from "@minzheng/credit"
 * const s: LineStatus = "capped"
 * ```
 * @category scores
 * @since 0.1.0
 */
export type LineStatus = (typeof LINE_STATUSES)[number]

/**
 * Chinese and English names of the line statuses (the Chinese name is what a score statement's
 * explanation says of each line).
 *
 * @example
 * ```ts
 * import { LINE_STATUS_NAMES } from "@minzheng/credit"
 * LINE_STATUS_NAMES.lapsed.zh //=> "已信用修复，不再计入"
 * ```
 * @category scores
 * @since 0.1.0
 */
export const LINE_STATUS_NAMES: Readonly<Record<LineStatus, { readonly zh: string; readonly en: string }>> = {
  counted: { zh: "计入", en: "counted" },
  capped: { zh: "超出本期上限的部分不计", en: "capped for the period" },
  "over-lifetime-cap": { zh: "超出个人累计上限的部分不计", en: "over the lifetime cap" },
  lapsed: { zh: "已信用修复，不再计入", en: "lapsed (credit repaired)" },
  reversed: { zh: "已冲正", en: "reversed" },
  "outside-period": { zh: "不在本期", en: "outside the period" },
  future: { zh: "晚于查询日", en: "after the date asked" }
}

/**
 * One line of a score statement: an entry, its points and how many of them counted.
 *
 * @example
 * ```ts
 * import type { ScoreLine } from "@minzheng/credit"
 * const line: ScoreLine = { key: "k1", date: "2025-04-02" as any, item: "elder-care", kind: "award", points: 5, counted: 5, status: "counted" }
 * ```
 * @category scores
 * @since 0.1.0
 */
export interface ScoreLine {
  readonly key: string
  readonly date: IsoDate
  readonly item: string | null
  readonly kind: "award" | "deduction"
  readonly points: number
  readonly counted: number
  readonly status: LineStatus
  readonly lapsedOn?: IsoDate
  readonly reversedOn?: IsoDate
}
