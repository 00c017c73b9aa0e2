/**
 * The `CreditLedger` service on a `CaseStore` (memory, SQLite, PostgreSQL): each village's ledger
 * is one case, each entry one event (see `ledger-events.ts`). A command reads the ledger, decides
 * with the pure functions against it, and appends the entries it made at the version it read, in
 * one append, carrying the first entry's idempotency key — so a command retried after a lost
 * answer, in this process or another, is written once, and two app instances writing to one ledger
 * never lose an entry.
 *
 * @module
 */
import { type CaseStoreFailure, type CaseStoreShape, decodeEffect, IdempotencyKeyReused, InvalidInput, type IsoDate, IsoDateSchema, issue, type Issue, Today, VersionConflict } from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { type CreditRefused, IdempotencyConflict } from "../errors.js"
import { check, versionsIssues } from "../internal/guards.js"
import { decideAppeal } from "../ledger/appeal.js"
import { appendEntry, expirePoints } from "../ledger/append.js"
import { balanceAt } from "../ledger/balance.js"
import { Ledger } from "../ledger/ledger.js"
import { scoreStatement } from "../ledger/score.js"
import type { Scheme } from "../scheme/scheme.js"
import type { CreditLedgerShape, CreditStoreError } from "./credit-ledger-model.js"
import { eventOf, NOTHING_SEEN, replayOnto, type SeenLedger } from "./ledger-events.js"

/**
 * Options of a store-backed ledger ({@link makeStoreCreditLedger}, `CreditLedger.onStore`).
 *
 * @example
 * ```ts
 * import type { StoreCreditLedgerOptions } from "@minzheng/credit"
 * const options: StoreCreditLedgerOptions = { ledgerId: "370303-001", maxAttempts: 10 }
 * ```
 * @category store
 * @since 0.1.0
 */
export interface StoreCreditLedgerOptions {
  /** The ledger's id (the village's): the id of its case in the store. */
  readonly ledgerId: string
  /**
   * How many times a command is read, decided and appended when other writers keep appending in
   * between (each `VersionConflict` is retried: the command is decided again against the ledger
   * as it now is). Default 10; after the last attempt the `VersionConflict` comes back, typed, and
   * nothing of the command is written.
   */
  readonly maxAttempts?: number
}

const DEFAULT_ATTEMPTS = 10
/** How many events after the last one seen a catch-up reads before reading the whole case instead. */
const CATCH_UP_PAGE = 500

/**
 * The store's idempotency key for an entry key of a ledger. Keys are unique in the whole store,
 * entry keys only within a ledger: the ledger's id (length-prefixed, so no two pairs collide) makes
 * "a1" of one village and "a1" of another two keys.
 */
const storeKey = (ledgerId: string, entryKey: string): string => `credit:${ledgerId.length}:${ledgerId}:${entryKey}`

const isStore = (u: unknown): u is CaseStoreShape =>
  typeof u === "object" && u !== null && typeof (u as CaseStoreShape).append === "function" && typeof (u as CaseStoreShape).read === "function"

const optionIssues = (options: unknown): Issue[] => {
  if (typeof options !== "object" || options === null) return [issue(["options"], "invalid_type", "选项应为 { ledgerId, maxAttempts? }", "options must be { ledgerId, maxAttempts? }")]
  const o = options as { ledgerId?: unknown; maxAttempts?: unknown }
  const out: Issue[] = []
  if (typeof o.ledgerId !== "string" || o.ledgerId.length === 0) out.push(issue(["options", "ledgerId"], "invalid_text", "台账编号应为非空文本", "the ledger id must be a non-empty text"))
  if (o.maxAttempts !== undefined && (typeof o.maxAttempts !== "number" || !Number.isSafeInteger(o.maxAttempts) || o.maxAttempts < 1 || o.maxAttempts > 1000)) {
    out.push(issue(["options", "maxAttempts"], "invalid_number", "尝试次数应为 1 至 1000 的整数", "maxAttempts must be a whole number from 1 to 1,000"))
  }
  return out
}

/** Checks the arguments of a store-backed ledger; throws one `InvalidInput` listing every problem. */
export const checkStoreLedgerArguments = (store: unknown, versions: unknown, options: unknown): void =>
  check(isStore(store) ? [] : [issue(["store"], "invalid_store", "应为案件库（CaseStore）", "expected a CaseStore")], versionsIssues(versions), optionIssues(options))

const notAPerson = () => new InvalidInput({ issues: [issue(["person"], "invalid_text", "人员编号应为字符串", "the person id must be a string")] })

/**
 * Builds the `CreditLedger` operations on a case store (for tests, or to wrap in your own layer;
 * `CreditLedger.onStore` is the layer). Every operation first catches up with the store — it reads
 * the events after the last one it has seen (`readAll`), replaying only this ledger's, or the
 * whole case when much else was written since — so it sees what other app instances wrote. A
 * command then decides against that ledger and appends all its entries in one append, under the
 * first entry's idempotency key, at the version it read, or writes nothing:
 *
 * - a retry of a recorded command (same key, same entry) writes nothing, `duplicate: true` —
 *   also when the first try was made by another process whose answer was lost;
 * - a key used before for a different entry is {@link IdempotencyConflict}, naming the field
 *   that differs (the store's `IdempotencyKeyReused` becomes it);
 * - a `VersionConflict` (another writer appended in between) is retried, deciding again against
 *   the ledger as it now is, up to `maxAttempts` times, then returned;
 * - a store that cannot do its work fails with its `CaseStoreFailure` (a damaged event read back:
 *   `corrupt-event`).
 *
 * @throws `InvalidInput` when the store is no `CaseStore`, the scheme versions are malformed, or
 * the options are not `{ ledgerId: non-empty text, maxAttempts?: 1–1000 }`
 * @example
 * ```ts
 * import { makeMemoryCaseStore } from "@minzheng/core"
 * import { makeStoreCreditLedger, rongchengVillageScheme } from "@minzheng/credit"
 * import { Effect } from "effect"
 * const store = makeMemoryCaseStore()
 * const award = {
 *   kind: "award", key: "2025Q2/elder-care/p1/1", person: "p1", item: "elder-care", date: "2025-04-02",
 *   recorder: { id: "c-01", role: "collector" }, approver: { id: "v-01", role: "village-committee" }, evidenceId: "w-88"
 * }
 * const app1 = makeStoreCreditLedger(store, [rongchengVillageScheme], { ledgerId: "370303-001" })
 * Effect.runSync(app1.record(award)).duplicate //=> false
 * // another app instance on the same store retries the same command: written once
 * const app2 = makeStoreCreditLedger(store, [rongchengVillageScheme], { ledgerId: "370303-001" })
 * Effect.runSync(app2.record(award)).duplicate //=> true
 * Effect.runSync(app2.score("p1", "2025-06-30")).score //=> 105
 * // the key again with another date: refused, nothing written
 * Effect.runSync(Effect.flip(app2.record({ ...award, date: "2025-04-03" })))._tag //=> "IdempotencyConflict"
 * Effect.runSync(store.read("370303-001")).length //=> 1
 * ```
 * @category store
 * @since 0.1.0
 */
export const makeStoreCreditLedger = (store: CaseStoreShape, versions: ReadonlyArray<Scheme>, options: StoreCreditLedgerOptions): CreditLedgerShape => {
  checkStoreLedgerArguments(store, versions, options)
  const ledgerId = options.ledgerId
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS
  // The ledger as last read. Its events never change (a case is append-only), so catching up
  // means reading what came after: every event after the position of its last event, through
  // `readAll` (positions commit in order, so none is missed), keeping this ledger's. Only when that
  // page is full (much else was written since) is the whole case read again.
  let seen: SeenLedger = NOTHING_SEEN
  const remember = (next: SeenLedger): void => {
    if (next.version >= seen.version) seen = next
  }
  const load: Effect.Effect<SeenLedger, CaseStoreFailure> = Effect.gen(function* () {
    const from = seen
    const page = yield* store.readAll({ after: from.position, limit: CATCH_UP_PAGE })
    let next: Result.Result<SeenLedger, CaseStoreFailure>
    if (page.length < CATCH_UP_PAGE) {
      next = replayOnto(from, ledgerId, page.filter((e) => e.caseId === ledgerId))
    } else {
      const events = yield* store.read(ledgerId)
      next = events.length >= from.version ? replayOnto(from, ledgerId, events.slice(from.version)) : replayOnto(NOTHING_SEEN, ledgerId, events)
    }
    if (Result.isFailure(next)) return yield* Effect.fail(next.failure)
    remember(next.success)
    return next.success
  })

  // Read, decide, append all new entries at the version read; retried on a version conflict.
  const command = <A, E>(decide: (ledger: Ledger) => Result.Result<{ readonly after: Ledger; readonly value: A }, E>): Effect.Effect<A, E | IdempotencyConflict | CreditStoreError> =>
    Effect.gen(function* () {
      let failure: VersionConflict | IdempotencyConflict | undefined
      let attempts = 0
      let rounds = 0
      while (attempts < maxAttempts && rounds < 2 * maxAttempts) {
        rounds++
        attempts++
        const { ledger, version } = yield* load
        const decided = decide(ledger)
        if (Result.isFailure(decided)) return yield* Effect.fail(decided.failure)
        const { after, value } = decided.success
        if (after.size === ledger.size) return value
        const entries = after.entries().slice(ledger.size)
        const first = entries[0] as (typeof entries)[number]
        const appended = yield* Effect.result(store.append(ledgerId, version, entries.map(eventOf), { idempotencyKey: storeKey(ledgerId, first.key) }))
        if (Result.isSuccess(appended)) {
          const stored = appended.success
          if (stored.length === entries.length && stored[0]?.version === version + 1) {
            remember({ ledger: after, version: version + stored.length, position: (stored[stored.length - 1] as (typeof stored)[number]).position })
            return value
          }
          // The store answered with an earlier, identical append under the key, stored at another
          // version (another process's, whose answer we are retrying): the ledger already holds
          // it. Decide again: the decision now finds it recorded (a duplicate, nothing written).
          attempts--
          continue
        }
        const e = appended.failure
        if (e instanceof VersionConflict) {
          failure = e
          continue
        }
        if (e instanceof IdempotencyKeyReused) {
          // Someone recorded the key in between with another entry: deciding again against the
          // ledger as it now is names the differing field. A key still refused after that was
          // written to the store by something other than this ledger.
          failure = new IdempotencyConflict({ key: first.key, field: "ledger" })
          continue
        }
        return yield* Effect.fail(e)
      }
      return yield* Effect.fail(failure ?? new VersionConflict({ caseId: ledgerId, expected: seen.version, actual: seen.version }))
    })

  const date = (asOf: unknown): Effect.Effect<IsoDate, InvalidInput> => (asOf === undefined ? Effect.service(Today) : decodeEffect(IsoDateSchema, asOf))
  const query = <A, E>(person: unknown, asOf: unknown, f: (ledger: Ledger, person: string, date: IsoDate) => Result.Result<A, E>): Effect.Effect<A, E | InvalidInput | CaseStoreFailure> =>
    typeof person !== "string"
      ? Effect.fail(notAPerson())
      : Effect.flatMap(date(asOf), (d) => Effect.flatMap(load, ({ ledger }) => Effect.fromResult(f(ledger, person, d))))

  return {
    record: (input) =>
      command((ledger) => {
        const r = appendEntry(ledger, versions, input)
        return Result.isFailure(r) ? Result.fail(r.failure) : Result.succeed({ after: r.success.ledger, value: r.success })
      }),
    appeal: (decision) =>
      command((ledger) => {
        const r = decideAppeal(ledger, versions, decision)
        return Result.isFailure(r) ? Result.fail(r.failure) : Result.succeed({ after: r.success.ledger, value: r.success })
      }),
    expire: (person, recorder, asOf) =>
      Effect.flatMap(date(asOf), (d) =>
        command((ledger): Result.Result<{ readonly after: Ledger; readonly value: { readonly ledger: Ledger; readonly entries: ReturnType<Ledger["entries"]> } }, CreditRefused | IdempotencyConflict | InvalidInput> => {
          const r = expirePoints(ledger, versions, person, d, recorder)
          if (Result.isFailure(r)) return Result.fail(r.failure)
          return Result.succeed({ after: r.success, value: { ledger: r.success, entries: r.success.entries().slice(ledger.size) } })
        })
      ),
    score: (person, asOf) => query(person, asOf, (ledger, p, d) => scoreStatement(ledger, versions, p, d)),
    balance: (person, asOf) => query(person, asOf, (ledger, p, d) => balanceAt(ledger, versions, p, d)),
    snapshot: Effect.map(load, ({ ledger }) => ledger)
  }
}
