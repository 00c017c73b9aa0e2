/**
 * The Effect shell: a `CreditLedger` service holding a village's ledger and scheme versions, with
 * an in-memory layer and a layer on a `CaseStore` (memory, SQLite, PostgreSQL). Every operation decodes its input with typed errors and calls the pure core
 * (`appendEntry`, `decideAppeal`, `scoreStatement`, `balanceAt`); nothing is reimplemented here.
 *
 * @module
 */
import { CaseStore, type IsoDate, type InvalidInput, decodeEffect, invalidInput, IsoDateSchema, issue, Today } from "@minzheng/core"
import { check, ledgerIssues, versionsIssues } from "../internal/guards.js"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import { decideAppeal } from "../ledger/appeal.js"
import { appendEntry, expirePoints } from "../ledger/append.js"
import { balanceAt } from "../ledger/balance.js"
import { Ledger } from "../ledger/ledger.js"
import { scoreStatement } from "../ledger/score.js"
import type { Scheme } from "../scheme/scheme.js"
import type { CreditLedgerShape } from "./credit-ledger-model.js"
import { checkStoreLedgerArguments, makeStoreCreditLedger, type StoreCreditLedgerOptions } from "./store-credit-ledger.js"

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

  /**
   * The ledger `options.ledgerId` on the `CaseStore` the program provides (see
   * `makeStoreCreditLedger`): entries are events of the case `ledgerId`, idempotency keys are
   * unique in the store, version conflicts are retried up to `maxAttempts` times, and every
   * failure is typed in the error channel.
   *
   * @throws `InvalidInput` when the scheme versions are malformed or the options are not
   * `{ ledgerId: non-empty text, maxAttempts?: 1–1000 }`
   * @example
   * ```ts
   * import { CaseStore } from "@minzheng/core"
   * import { CreditLedger, rongchengVillageScheme } from "@minzheng/credit"
   * import { Effect, Layer } from "effect"
   * const program = Effect.gen(function* () {
   *   const ledger = yield* CreditLedger
   *   yield* ledger.record({
   *     kind: "award", key: "a1", person: "p1", item: "volunteer-4h", quantity: 2, date: "2025-04-03",
   *     recorder: { id: "c1", role: "collector" }, evidenceId: "sys-1"
   *   })
   *   return (yield* ledger.score("p1", "2025-06-30")).score
   * })
   * const layer = CreditLedger.onStore([rongchengVillageScheme], { ledgerId: "370303-001" }).pipe(Layer.provide(CaseStore.memory))
   * Effect.runSync(program.pipe(Effect.provide(layer))) //=> 102
   * ```
   */
  static onStore(versions: ReadonlyArray<Scheme>, options: StoreCreditLedgerOptions): Layer.Layer<CreditLedger, never, CaseStore> {
    checkStoreLedgerArguments({ append: () => undefined, read: () => undefined }, versions, options)
    return Layer.effect(CreditLedger, Effect.map(Effect.service(CaseStore), (store) => makeStoreCreditLedger(store, versions, options)))
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
    expire: (person, recorder, asOf) =>
      Effect.flatMap(date(asOf), (d) =>
        Effect.suspend(() => {
          const r = expirePoints(current, versions, person, d, recorder)
          if (Result.isFailure(r)) return Effect.fail(r.failure)
          const entries = r.success.entries().slice(current.size)
          current = r.success
          return Effect.succeed({ ledger: r.success, entries })
        })
      ),
    score: (person, asOf) => Effect.flatMap(date(asOf), (d) => (typeof person === "string" ? Effect.fromResult(scoreStatement(current, versions, person, d)) : Effect.fail(notAPerson()))),
    balance: (person, asOf) => Effect.flatMap(date(asOf), (d) => (typeof person === "string" ? Effect.fromResult(balanceAt(current, versions, person, d)) : Effect.fail(notAPerson()))),
    snapshot: Effect.sync(() => current)
  }
}
