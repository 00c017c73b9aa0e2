/**
 * 可用积分余额 (spendable balance): points earned (as counted in the score) minus points redeemed
 * and expired. Spending is matched to awards first-in-first-out, so an expiry only ever takes
 * points that were never spent; expiry is written as its own entry (`expirePoints`), and until it
 * is written, points past their expiry date are already unavailable for spending.
 *
 * @module
 */
import { type InvalidInput, type IsoDate } from "@minzheng/core"
import * as Result from "effect/Result"
import type { CreditRefused } from "../errors.js"
import { balanceOf } from "../internal/balance-fold.js"
import { dateIssues, ledgerIssues, problems, textIssues, versionsIssues } from "../internal/guards.js"
import { versionOn } from "../internal/scheme-rules.js"
import type { Scheme } from "../scheme/scheme.js"
import type { Balance } from "./balance-model.js"
import type { Ledger } from "./ledger.js"

export type { Balance } from "./balance-model.js"

/**
 * A person's balance as of a date (see the module summary). A person with no entries has a
 * balance of 0.
 *
 * @returns the balance, or `CreditRefused` (`no-scheme-in-force`) when no scheme version is in
 * force on `asOf`, or `InvalidInput` listing every malformed argument
 * @example
 * ```ts
 * import { Ledger, balanceAt, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * const b = balanceAt(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2025-06-30"))
 * Result.isSuccess(b) && b.success.available //=> 0
 * Result.match(balanceAt(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2024-06-30")), { onSuccess: () => "", onFailure: (e) => e.messageZh })
 * //=> "不予办理（无有效方案）：2024-06-30 没有生效的积分方案"
 * ```
 * @category balances
 * @since 0.1.0
 */
export const balanceAt = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate): Result.Result<Balance, CreditRefused | InvalidInput> => {
  const bad = problems(ledgerIssues(ledger), versionsIssues(versions), textIssues(person, "person"), dateIssues(asOf, "asOf"))
  if (bad !== undefined) return Result.fail(bad)
  const current = versionOn(versions, asOf)
  if (Result.isFailure(current)) return Result.fail(current.failure)
  return Result.succeed(balanceOf(ledger, versions, person, asOf))
}

/**
 * Like {@link balanceAt}, throwing the typed error.
 *
 * @throws `CreditRefused` (`no-scheme-in-force`) or `InvalidInput`
 * @example
 * ```ts
 * import { Ledger, balanceAtUnsafe, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * balanceAtUnsafe(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2025-06-30")).available //=> 0
 * ```
 * @category balances
 * @since 0.1.0
 */
export const balanceAtUnsafe = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate): Balance => {
  const r = balanceAt(ledger, versions, person, asOf)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
