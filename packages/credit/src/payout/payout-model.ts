/**
 * What a payout is made of — a model file that the payout (`payout.ts`) and the division into rows
 * (`internal/payout-rows.ts`) both import, so that neither imports the other. The package exports
 * these names from `payout.ts`.
 *
 * @module
 */
import type { Money } from "@minzheng/core"
import type { Scheme } from "../scheme/scheme.js"

/**
 * One person's payout: their weight, the amount in 分 and 元, and whether a left-over 分 was
 * added by the largest-remainder step.
 *
 * @example
 * ```ts
 * import type { PayoutRow } from "@minzheng/credit"
 * const r: PayoutRow = { person: "p1", weight: "12", fen: 3334, amount: "33.34", remainderFen: true }
 * ```
 * @category payouts
 * @since 0.1.0
 */
export interface PayoutRow {
  readonly person: string
  readonly weight: string
  readonly fen: number
  readonly amount: string
  readonly remainderFen: boolean
}

/**
 * A payout: the fund, the method, the total weight and one row per recipient (in input order).
 *
 * @example
 * ```ts
 * import type { Payout } from "@minzheng/credit"
 * const total = (p: Payout) => p.rows.reduce((a, r) => a + r.fen, 0)
 * ```
 * @category payouts
 * @since 0.1.0
 */
export interface Payout {
  readonly fund: Money
  readonly method: Scheme["payout"]["method"]
  readonly totalWeight: string
  readonly rows: ReadonlyArray<PayoutRow>
}
