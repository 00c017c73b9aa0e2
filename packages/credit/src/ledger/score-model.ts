/**
 * The lines of a score statement — a model file that the statement (`score.ts`) and the folds
 * that produce its lines (`internal/score-fold.ts`) both import, so that neither imports the
 * other. The package exports these names from `score.ts`.
 *
 * @module
 */
import type { IsoDate } from "@minzheng/core"

/**
 * Why an entry counted in a score, or not: `counted` 计入, `capped` 超出单期上限部分不计,
 * `over-lifetime-cap` 超出个人累计上限, `lapsed` 已信用修复, `reversed` 已冲正, `outside-period` 不在本期,
 * `future` 晚于查询日.
 *
 * @example
 * ```ts
 * import type { LineStatus } from "@minzheng/credit"
 * const s: LineStatus = "capped"
 * ```
 * @category scores
 * @since 0.1.0
 */
export type LineStatus = "counted" | "capped" | "over-lifetime-cap" | "lapsed" | "reversed" | "outside-period" | "future"

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
