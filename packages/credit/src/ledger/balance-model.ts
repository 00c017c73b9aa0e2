/**
 * A person's balance — a model file that the public `balanceAt` (`balance.ts`) and the fold behind
 * it (`internal/balance-fold.ts`) both import. The package exports this name from `balance.ts`.
 *
 * @module
 */
import type { IsoDate } from "@minzheng/core"

/**
 * A person's balance as of a date.
 *
 * - `balance`: earned − redeemed − expired, as the ledger records it;
 * - `dueToExpire`: unspent points whose expiry date has passed but whose expiry entry is not
 *   written yet, per award lot;
 * - `available`: what may be spent now (`balance − dueToExpire`; the scheme's floor applies on top).
 *
 * @example
 * ```ts
 * import type { Balance } from "@minzheng/credit"
 * const b: Balance = { person: "p1", asOf: "2025-06-30" as any, earned: 12, redeemed: 5, expired: 0, balance: 7, dueToExpire: [], available: 7 }
 * ```
 * @category balances
 * @since 0.1.0
 */
export interface Balance {
  readonly person: string
  readonly asOf: IsoDate
  readonly earned: number
  readonly redeemed: number
  readonly expired: number
  readonly balance: number
  readonly dueToExpire: ReadonlyArray<{ readonly lot: string; readonly points: number; readonly expiredOn: IsoDate }>
  readonly available: number
}
