/**
 * What the `CreditLedger` service offers, whichever layer provides it (in memory, or on a case
 * store): its operations and their outcomes.
 *
 * @module
 */
import type { CaseStoreFailure, InvalidInput, VersionConflict } from "@minzheng/core"
import type * as Effect from "effect/Effect"
import type { CreditRefused, IdempotencyConflict } from "../errors.js"
import type { AppealOutcome } from "../ledger/appeal.js"
import type { Appended } from "../ledger/append.js"
import type { Balance } from "../ledger/balance.js"
import type { Actor, LedgerEntry } from "../ledger/entry.js"
import type { Ledger } from "../ledger/ledger.js"
import type { ScoreStatement } from "../ledger/score.js"

/**
 * The outcome of an expiry run (`CreditLedger`'s `expire`): the ledger afterwards and the expiry
 * entries the run wrote (none when nothing was due, or when a repeat found them written).
 *
 * @example
 * ```ts
 * import type { Expired } from "@minzheng/credit"
 * const expiredPoints = (x: Expired) => x.entries.reduce((n, e) => n - e.points, 0)
 * ```
 * @category effect
 * @since 0.1.0
 */
export interface Expired {
  readonly ledger: Ledger
  readonly entries: ReadonlyArray<LedgerEntry>
}

/**
 * The errors of the store-backed service besides the rules' own: `VersionConflict` (other
 * writers kept appending to the ledger through every attempt, see `StoreCreditLedgerOptions`) and
 * `CaseStoreFailure` (the store could not do its work: it names the store, the file or server and
 * the reason). Nothing was written when either comes back. The in-memory layer never fails with
 * them.
 *
 * @example
 * ```ts
 * import type { CreditStoreError } from "@minzheng/credit"
 * const retryLater = (e: CreditStoreError) => e._tag === "VersionConflict" || e.reason === "locked"
 * ```
 * @category effect
 * @since 0.1.0
 */
export type CreditStoreError = VersionConflict | CaseStoreFailure

/**
 * The operations of the `CreditLedger` service. Commands (`record`, `appeal`, `expire`) decide
 * with the pure functions (`appendEntry`, `decideAppeal`, `expirePoints`) against the ledger as it
 * is and write every entry they make at once, or nothing; queries (`score`, `balance`,
 * `snapshot`) read the ledger as it is. On a store, "as it is" means as the store holds it now,
 * whichever app instance wrote it.
 *
 * @example
 * ```ts
 * import type { CreditLedgerShape } from "@minzheng/credit"
 * type Record = CreditLedgerShape["record"]
 * ```
 * @category effect
 * @since 0.1.0
 */
export interface CreditLedgerShape {
  /** Records one entry (see `appendEntry`); a repeat under the same key is `duplicate: true` and writes nothing. */
  readonly record: (input: unknown) => Effect.Effect<Appended, InvalidInput | IdempotencyConflict | CreditRefused | CreditStoreError>
  /** Decides an appeal (see `decideAppeal`); an upheld one writes its reversal. */
  readonly appeal: (decision: unknown) => Effect.Effect<AppealOutcome, InvalidInput | IdempotencyConflict | CreditRefused | CreditStoreError>
  /**
   * Writes a person's expiry entries due on `asOf` (default: `Today`), see `expirePoints`: all
   * of them in one append, or none.
   */
  readonly expire: (person: string, recorder: Actor, asOf?: unknown) => Effect.Effect<Expired, InvalidInput | IdempotencyConflict | CreditRefused | CreditStoreError>
  /** A person's score statement on `asOf` (default: `Today`), see `scoreStatement`. */
  readonly score: (person: string, asOf?: unknown) => Effect.Effect<ScoreStatement, InvalidInput | CreditRefused | CaseStoreFailure>
  /** A person's points balance on `asOf` (default: `Today`), see `balanceAt`. */
  readonly balance: (person: string, asOf?: unknown) => Effect.Effect<Balance, InvalidInput | CreditRefused | CaseStoreFailure>
  /** The whole ledger as it is now (an immutable `Ledger`). */
  readonly snapshot: Effect.Effect<Ledger, CaseStoreFailure>
}
