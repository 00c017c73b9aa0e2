/**
 * The Effect shell: a `CreditLedger` service holding a village's ledger and scheme versions, with
 * an in-memory layer. Every operation decodes its input with typed errors and calls the pure core
 * (`appendEntry`, `decideAppeal`, `scoreStatement`, `balanceAt`); nothing is reimplemented here.
 *
 * @module
 */
import { type CreditRefused, type IdempotencyConflict } from "../errors.js"
import { type IsoDate, type InvalidInput, decodeEffect, invalidInput, IsoDateSchema, issue, Today } from "@minzheng/core"
import { check, ledgerIssues, versionsIssues } from "../internal/guards.js"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import { type AppealOutcome, decideAppeal } from "../ledger/appeal.js"
import { type Appended, appendEntry } from "../ledger/append.js"
import { type Balance, balanceAt } from "../ledger/balance.js"
import { Ledger } from "../ledger/ledger.js"
import { type ScoreStatement, scoreStatement } from "../ledger/score.js"
import type { Scheme } from "../scheme/scheme.js"

/**
 * The operations of the `CreditLedger` service.
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
  readonly record: (input: unknown) => Effect.Effect<Appended, InvalidInput | IdempotencyConflict | CreditRefused>
  readonly appeal: (decision: unknown) => Effect.Effect<AppealOutcome, InvalidInput | IdempotencyConflict | CreditRefused>
  readonly score: (person: string, asOf?: unknown) => Effect.Effect<ScoreStatement, InvalidInput | CreditRefused>
  readonly balance: (person: string, asOf?: unknown) => Effect.Effect<Balance, InvalidInput | CreditRefused>
  readonly snapshot: Effect.Effect<Ledger>
}

/**
 * A village's credit ledger as an Effect service.
 *
 * @example
 * ```ts
 * import { CreditLedger, rongchengVillageScheme } from "@minzheng/credit"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const ledger = yield* CreditLedger
 *   const s = yield* ledger.score("p1", "2025-06-30")
 *   return s.score
 * })
 * Effect.runSync(program.pipe(Effect.provide(CreditLedger.memory([rongchengVillageScheme])))) //=> 100
 * ```
 * @category effect
 * @since 0.1.0
 */
export class CreditLedger extends Context.Service<CreditLedger, CreditLedgerShape>()("@minzheng/credit/CreditLedger") {
  /**
   * An in-memory ledger for the given scheme versions (optionally starting from a ledger).
   *
   * @example
   * ```ts
   * import { CreditLedger, taishanTimeBankScheme } from "@minzheng/credit"
   * const layer = CreditLedger.memory([taishanTimeBankScheme])
   * ```
   */
  static memory(versions: ReadonlyArray<Scheme>, start: Ledger = Ledger.empty()): Layer.Layer<CreditLedger> {
    return Layer.sync(CreditLedger, () => makeMemoryCreditLedger(versions, start))
  }
}

const notAPerson = () => invalidInput([issue(["person"], "invalid_text", "人员编号应为字符串", "the person id must be a string")])

/**
 * Builds the in-memory implementation (for tests or to wrap in your own layer).
 *
 * @throws `InvalidInput` for malformed scheme versions or starting ledger
 * @example
 * ```ts
 * import { makeMemoryCreditLedger, rongchengVillageScheme } from "@minzheng/credit"
 * import { Effect } from "effect"
 * Effect.runSync(makeMemoryCreditLedger([rongchengVillageScheme]).snapshot).size //=> 0
 * ```
 * @category effect
 * @since 0.1.0
 */
export const makeMemoryCreditLedger = (versions: ReadonlyArray<Scheme>, start: Ledger = Ledger.empty()): CreditLedgerShape => {
  check(versionsIssues(versions), ledgerIssues(start, "start"))
  let current = start
  const date = (asOf: unknown): Effect.Effect<IsoDate, InvalidInput> => (asOf === undefined ? Effect.service(Today) : decodeEffect(IsoDateSchema, asOf))
  return {
    record: (input) =>
      Effect.suspend(() => {
        const r = appendEntry(current, versions, input)
        if (Result.isFailure(r)) return Effect.fail(r.failure)
        current = r.success.ledger
        return Effect.succeed(r.success)
      }),
    appeal: (decision) =>
      Effect.suspend(() => {
        const r = decideAppeal(current, versions, decision)
        if (Result.isFailure(r)) return Effect.fail(r.failure)
        current = r.success.ledger
        return Effect.succeed(r.success)
      }),
    score: (person, asOf) => Effect.flatMap(date(asOf), (d) => (typeof person === "string" ? Effect.fromResult(scoreStatement(current, versions, person, d)) : Effect.fail(notAPerson()))),
    balance: (person, asOf) => Effect.flatMap(date(asOf), (d) => (typeof person === "string" ? Effect.fromResult(balanceAt(current, versions, person, d)) : Effect.fail(notAPerson()))),
    snapshot: Effect.sync(() => current)
  }
}
