/**
 * The conformance suite of the `CaseStore` contract: named checks, each an async function that
 * throws when the store breaks the contract. It depends on no test framework — an adapter maps
 * the checks onto its runner: `for (const c of checks) it(c.name, c.run)`.
 *
 * The memory store, `@minzheng/store-sqlite` and `@minzheng/store-postgres` all run it; an
 * adapter of your own should too.
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
// The package's own public entry, not its files: @minzheng/core/testing is built on its own and
// shares the user's @minzheng/core (its classes, for instanceof), never a copy.
import { type CaseStoreShape, CaseStoreFailure, IdempotencyKeyReused, InvalidInput, type StoredEvent, VersionConflict } from "@minzheng/core"

/**
 * A store opened for one check: the store, a way to close it, and — for a store whose data
 * outlives a connection — a way to open another connection to the same data (used to restart
 * the store, and to race two writers).
 *
 * @example
 * ```ts
 * import { makeMemoryCaseStore } from "@minzheng/core"
 * import type { ConformanceSubject } from "@minzheng/core/testing"
 * const store = makeMemoryCaseStore()
 * const subject: ConformanceSubject = { store, close: async () => {}, reopen: async () => ({ store, close: async () => {} }) }
 * ```
 * @category conformance
 * @since 0.1.0
 */
export interface ConformanceSubject {
  /** The store under test. */
  readonly store: CaseStoreShape
  /** Closes this connection (and nothing else). */
  readonly close: () => Promise<void>
  /** Opens another connection to the same data; this one may stay open or be closed first. */
  readonly reopen?: () => Promise<ConformanceSubject>
}

/**
 * One named check of the suite.
 *
 * @example
 * ```ts
 * import type { ConformanceCheck } from "@minzheng/core/testing"
 * const check: ConformanceCheck = { name: "does nothing", run: async () => {} }
 * ```
 * @category conformance
 * @since 0.1.0
 */
export interface ConformanceCheck {
  /** What the check shows, as a sentence (a test's name). */
  readonly name: string
  /** Runs the check: resolves when the store passes, rejects saying what broke. */
  readonly run: () => Promise<void>
}

/**
 * Options of {@link caseStoreConformance}.
 *
 * @example
 * ```ts
 * import type { ConformanceOptions } from "@minzheng/core/testing"
 * const options: ConformanceOptions = { durable: false }
 * ```
 * @category conformance
 * @since 0.1.0
 */
export interface ConformanceOptions {
  /**
   * Whether the store keeps its data across connections (default `true`). A durable store must
   * give `reopen`; its checks include surviving a restart. The memory store is not durable.
   */
  readonly durable?: boolean
  /** Writers in the many-writers check (default 4). */
  readonly writers?: number
  /** Appends per writer in the many-writers check (default 25). */
  readonly appendsPerWriter?: number
}

class ConformanceFailure extends Error {
  override readonly name = "ConformanceFailure"
}

const fail = (message: string): never => {
  throw new ConformanceFailure(message)
}

const show = (u: unknown): string => {
  try {
    return JSON.stringify(u)
  } catch {
    return String(u)
  }
}

const same = (actual: unknown, expected: unknown, what: string): void => {
  const a = show(actual)
  const e = show(expected)
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`)
}

const ok = (condition: boolean, what: string): void => {
  if (!condition) fail(what)
}

const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(effect)

/** The typed failure of an Effect, or a ConformanceFailure when it succeeded or died. */
const failureOf = async <A, E>(effect: Effect.Effect<A, E>, what: string): Promise<E> => {
  const exit = await Effect.runPromiseExit(effect)
  if (Exit.isSuccess(exit)) return fail(`${what}: expected a failure, got success ${show(exit.value)}`)
  const found = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (found === undefined || found._tag !== "Fail") return fail(`${what}: expected a typed failure, got ${String(exit.cause)}`)
  return found.error
}

const versions = (events: ReadonlyArray<StoredEvent>): number[] => events.map((e) => e.version)
const payloads = (events: ReadonlyArray<StoredEvent>): unknown[] => events.map((e) => e.event)

const increasing = (events: ReadonlyArray<StoredEvent>, what: string): void => {
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1]
    const b = events[i]
    if (a !== undefined && b !== undefined && !(b.position > a.position)) fail(`${what}: position ${b.position} follows ${a.position}`)
  }
}

/** Every event after `after`, in pages of `page`. */
const readEverything = async (store: CaseStoreShape, after = 0, page = 1_000): Promise<StoredEvent[]> => {
  const out: StoredEvent[] = []
  let from = after
  for (;;) {
    const batch = await run(store.readAll({ after: from, limit: page }))
    if (batch.length === 0) return out
    out.push(...batch)
    from = batch[batch.length - 1]?.position ?? from
  }
}

/** Appends one event at the version the writer reads, retrying on VersionConflict. */
const appendWithRetry = async (store: CaseStoreShape, caseId: string, event: unknown): Promise<number> => {
  let conflicts = 0
  for (;;) {
    const version = (await run(store.read(caseId))).length
    const exit = await Effect.runPromiseExit(store.append(caseId, version, [event]))
    if (Exit.isSuccess(exit)) return conflicts
    const reason = exit.cause.reasons[0]
    if (reason?._tag === "Fail" && reason.error instanceof VersionConflict) conflicts++
    else throw Exit.isFailure(exit) ? new Error(String(exit.cause)) : new Error("unexpected")
    if (conflicts > 10_000) fail(`a writer of ${caseId} was refused 10,000 times in a row`)
  }
}

/**
 * The conformance checks of the `CaseStore` contract, for a store made fresh (and empty) by
 * `makeStore` for each check: append/read/list, all-or-nothing multi-event appends,
 * `expectedVersion` conflicts, two writers racing on one case (exactly one wins), many writers
 * (nothing lost or duplicated), no version gaps, global-position order of `readAll` with paging,
 * idempotent retries, JSON round trips, and — for a durable store — survival of a restart.
 *
 * @param makeStore - opens a new, empty store for one check
 * @param options - see {@link ConformanceOptions}
 * @returns the checks; each closes what it opened
 * @example
 * ```ts
 * import { makeMemoryCaseStore } from "@minzheng/core"
 * import { caseStoreConformance } from "@minzheng/core/testing"
 * const checks = caseStoreConformance(async () => {
 *   const store = makeMemoryCaseStore()
 *   return { store, close: async () => {}, reopen: async () => ({ store, close: async () => {} }) }
 * }, { durable: false })
 * for (const c of checks) await c.run()
 * checks.length > 8 //=> true
 * ```
 * @category conformance
 * @since 0.1.0
 */
export const caseStoreConformance = (makeStore: () => Promise<ConformanceSubject>, options: ConformanceOptions = {}): ReadonlyArray<ConformanceCheck> => {
  if (typeof makeStore !== "function") {
    throw new InvalidInput({ issues: [{ path: ["makeStore"], code: "invalid_type", zh: "应为打开案件库的函数", en: "makeStore must be a function opening a store" }] })
  }
  const durable = options.durable ?? true
  const writers = options.writers ?? 4
  const appendsPerWriter = options.appendsPerWriter ?? 25
  const withStore = (body: (subject: ConformanceSubject) => Promise<void>) => async (): Promise<void> => {
    const subject = await makeStore()
    try {
      await body(subject)
    } finally {
      await subject.close()
    }
  }
  /** A second connection to the same data (the same store when it has none). */
  const second = async (subject: ConformanceSubject): Promise<ConformanceSubject> =>
    subject.reopen === undefined ? (durable ? fail("a durable store must give reopen") : { store: subject.store, close: async () => {} }) : subject.reopen()

  const checks: ConformanceCheck[] = [
    {
      name: "append then read: versions 1, 2, 3 …, the events as appended, recordedAt an ISO instant",
      run: withStore(async ({ store }) => {
        const first = await run(store.append("case-a", 0, [{ type: "opened", by: "王" }, { type: "noted", n: 1 }]))
        same(versions(first), [1, 2], "versions of the first append")
        same(first.map((e) => e.caseId), ["case-a", "case-a"], "case ids of the first append")
        const second = await run(store.append("case-a", 2, [{ type: "closed" }]))
        same(versions(second), [3], "version of the second append")
        const read = await run(store.read("case-a"))
        same(read, [...first, ...second], "read returns what the appends returned")
        same(payloads(read), [{ type: "opened", by: "王" }, { type: "noted", n: 1 }, { type: "closed" }], "events read back")
        for (const e of read) ok(typeof e.recordedAt === "string" && !Number.isNaN(Date.parse(e.recordedAt)), `recordedAt ${show(e.recordedAt)} is an instant`)
        increasing(read, "positions of one case")
      })
    },
    {
      name: "read of an unknown case is empty; list names each case once, in the order of its first append",
      run: withStore(async ({ store }) => {
        same(await run(store.read("nobody")), [], "read of an unknown case")
        same(await run(store.list()), [], "list of an empty store")
        same(await run(store.readAll()), [], "readAll of an empty store")
        await run(store.append("b", 0, [{ n: 1 }]))
        await run(store.append("a", 0, [{ n: 1 }]))
        await run(store.append("b", 1, [{ n: 2 }]))
        await run(store.append("c", 0, []))
        same(await run(store.list()), ["b", "a"], "list (an empty append makes no case)")
        same(await run(store.read("c")), [], "an empty append writes nothing")
      })
    },
    {
      name: "a multi-event append is all or nothing",
      run: withStore(async ({ store }) => {
        await run(store.append("c", 0, [{ n: 1 }]))
        const conflict = await failureOf(store.append("c", 0, [{ n: 2 }, { n: 3 }, { n: 4 }]), "append at a stale version")
        ok(conflict instanceof VersionConflict, `a stale multi-event append is a VersionConflict, got ${show(conflict)}`)
        same(payloads(await run(store.read("c"))), [{ n: 1 }], "nothing of the refused append is stored")
        // An event that is not JSON (a BigInt) in the middle of an append: a defect, nothing stored.
        const exit = await Effect.runPromiseExit(store.append("c", 1, [{ n: 2 }, { n: 10n }, { n: 4 }]))
        ok(Exit.isFailure(exit), "an append with an event that is not JSON fails")
        same(payloads(await run(store.read("c"))), [{ n: 1 }], "nothing of the append with a bad event is stored")
        const all = await readEverything(store)
        same(all.length, 1, "readAll sees only the one stored event")
        const many = Array.from({ length: 50 }, (_, i) => ({ i }))
        same(versions(await run(store.append("c", 1, many))), Array.from({ length: 50 }, (_, i) => i + 2), "a 50-event append")
      })
    },
    {
      name: "expectedVersion: a stale or a future version is refused with VersionConflict naming both versions",
      run: withStore(async ({ store }) => {
        await run(store.append("v", 0, [{ n: 1 }, { n: 2 }]))
        const stale = await failureOf(store.append("v", 1, [{ n: 3 }]), "stale version")
        ok(stale instanceof VersionConflict, "a stale version is a VersionConflict")
        same({ caseId: (stale as VersionConflict).caseId, expected: (stale as VersionConflict).expected, actual: (stale as VersionConflict).actual }, { caseId: "v", expected: 1, actual: 2 }, "the conflict's facts")
        const future = await failureOf(store.append("v", 5, [{ n: 3 }]), "future version")
        ok(future instanceof VersionConflict && future.actual === 2, "a future version is a VersionConflict at the actual version")
        const fresh = await failureOf(store.append("new", 1, [{ n: 1 }]), "version 1 of a new case")
        ok(fresh instanceof VersionConflict && fresh.actual === 0, "a new case is at version 0")
        same(versions(await run(store.read("v"))), [1, 2], "nothing written by the refused appends")
        same(await run(store.read("new")), [], "no case created by a refused append")
      })
    },
    {
      name: "two writers racing on one case through two connections: exactly one wins each round",
      run: withStore(async (subject) => {
        const other = await second(subject)
        try {
          for (let round = 0; round < 20; round++) {
            const exits = await Promise.all([
              Effect.runPromiseExit(subject.store.append("race", round, [{ round, by: "a" }])),
              Effect.runPromiseExit(other.store.append("race", round, [{ round, by: "b" }]))
            ])
            const wins = exits.filter(Exit.isSuccess).length
            same(wins, 1, `round ${round}: writers that won`)
            for (const exit of exits) {
              if (Exit.isFailure(exit)) {
                const reason = exit.cause.reasons[0]
                ok(reason?._tag === "Fail" && reason.error instanceof VersionConflict, `round ${round}: the loser gets a VersionConflict, got ${String(exit.cause)}`)
              }
            }
          }
          const events = await run(other.store.read("race"))
          same(versions(events), Array.from({ length: 20 }, (_, i) => i + 1), "one event per round, no gap")
          same(events.map((e) => (e.event as { round: number }).round), Array.from({ length: 20 }, (_, i) => i), "the winner's event of each round")
        } finally {
          await other.close()
        }
      })
    },
    {
      name: "many writers on one case, retrying on conflict: nothing lost, nothing duplicated, no version gap",
      run: withStore(async (subject) => {
        const handles: ConformanceSubject[] = [subject]
        try {
          for (let w = 1; w < writers; w++) handles.push(await second(subject))
          await Promise.all(
            handles.map(async (h, w) => {
              for (let i = 0; i < appendsPerWriter; i++) await appendWithRetry(h.store, "shared", { w, i })
            })
          )
          const events = await run(subject.store.read("shared"))
          const total = writers * appendsPerWriter
          same(versions(events), Array.from({ length: total }, (_, i) => i + 1), "versions 1..n")
          for (let w = 0; w < writers; w++) {
            same(events.filter((e) => (e.event as { w: number }).w === w).map((e) => (e.event as { i: number }).i), Array.from({ length: appendsPerWriter }, (_, i) => i), `writer ${w}'s events, each once, in order`)
          }
          const all = await readEverything(subject.store)
          same(all.length, total, "readAll sees every event once")
          increasing(all, "positions")
        } finally {
          for (const h of handles.slice(1)) await h.close()
        }
      })
    },
    {
      name: "no version gaps across many cases and appends of several events",
      run: withStore(async ({ store }) => {
        const lengths = new Map<string, number>()
        for (let i = 0; i < 60; i++) {
          const caseId = `case-${i % 7}`
          const at = lengths.get(caseId) ?? 0
          const count = (i % 3) + 1
          const stored = await run(store.append(caseId, at, Array.from({ length: count }, (_, k) => ({ i, k }))))
          same(versions(stored), Array.from({ length: count }, (_, k) => at + k + 1), `versions of append ${i}`)
          lengths.set(caseId, at + count)
        }
        for (const [caseId, n] of lengths) same(versions(await run(store.read(caseId))), Array.from({ length: n }, (_, k) => k + 1), `versions of ${caseId}`)
      })
    },
    {
      name: "readAll: every event after a position, in the order appends committed, paged by limit",
      run: withStore(async ({ store }) => {
        const appended: StoredEvent[] = []
        for (let i = 0; i < 30; i++) {
          const caseId = `p-${i % 4}`
          const version = appended.filter((e) => e.caseId === caseId).length
          appended.push(...(await run(store.append(caseId, version, i % 5 === 0 ? [{ i, k: 0 }, { i, k: 1 }] : [{ i, k: 0 }]))))
        }
        increasing(appended, "positions returned by append")
        const all = await run(store.readAll({ after: 0, limit: 100_000 }))
        same(all, appended, "readAll returns the events as appended, in append order")
        same(await readEverything(store, 0, 4), appended, "readAll in pages of 4")
        const middle = appended[10]
        if (middle === undefined) return fail("no middle event")
        same(await run(store.readAll({ after: middle.position, limit: 3 })), appended.slice(11, 14), "three events after the 11th")
        const last = appended[appended.length - 1]
        same(await run(store.readAll({ after: last?.position ?? 0 })), [], "nothing after the last event")
        same((await run(store.readAll())).length, appended.length, "readAll with no options starts at the beginning")
        const exit = await Effect.runPromiseExit(store.readAll({ after: -1 }))
        ok(Exit.isFailure(exit), "a negative position is refused")
      })
    },
    {
      name: "idempotent retries: the same key and events write nothing and return the first append's events",
      run: withStore(async ({ store }) => {
        const first = await run(store.append("ledger", 0, [{ points: 2 }], { idempotencyKey: "award-1" }))
        const again = await run(store.append("ledger", 0, [{ points: 2 }], { idempotencyKey: "award-1" }))
        same(again, first, "a repeat returns the first append's events")
        await run(store.append("ledger", 1, [{ points: 3 }], { idempotencyKey: "award-2" }))
        const late = await run(store.append("ledger", 2, [{ points: 2 }], { idempotencyKey: "award-1" }))
        same(late, first, "a repeat after the case moved on still returns the first append's events")
        same(payloads(await run(store.read("ledger"))), [{ points: 2 }, { points: 3 }], "each keyed append stored once")
        const other = await failureOf(store.append("ledger", 2, [{ points: 5 }], { idempotencyKey: "award-1" }), "the key with other events")
        ok(other instanceof IdempotencyKeyReused, `the key with other events is IdempotencyKeyReused, got ${show(other)}`)
        const elsewhere = await failureOf(store.append("ledger-2", 0, [{ points: 2 }], { idempotencyKey: "award-1" }), "the key on another case")
        ok(elsewhere instanceof IdempotencyKeyReused, "the key on another case is IdempotencyKeyReused")
        same(await run(store.read("ledger-2")), [], "nothing written under a reused key")
        same((await readEverything(store)).length, 2, "the store holds two events")
        const conflict = await failureOf(store.append("ledger", 0, [{ points: 9 }], { idempotencyKey: "award-3" }), "a new key at a stale version")
        ok(conflict instanceof VersionConflict, "a new key at a stale version is a VersionConflict")
        same(versions(await run(store.append("ledger", 2, [{ points: 9 }], { idempotencyKey: "award-3" }))), [3], "the key of a refused append is free")
      })
    },
    {
      name: "events round-trip as JSON: Chinese text, nesting, numbers and null intact, no shared references",
      run: withStore(async ({ store }) => {
        const event = { type: "调解协议", parties: [{ name: "张三", share: "1050.00" }], nested: { deep: { list: [1, 2.5, -3, null, true] } }, note: "“引号” \\ / \n 换行 😀" }
        const input = [event]
        await run(store.append("json", 0, input))
        event.parties[0]!.name = "changed after append"
        const read = await run(store.read("json"))
        same(read[0]?.event, { type: "调解协议", parties: [{ name: "张三", share: "1050.00" }], nested: { deep: { list: [1, 2.5, -3, null, true] } }, note: "“引号” \\ / \n 换行 😀" }, "the event read back")
        const id = "案件/2025:001 “甲”"
        await run(store.append(id, 0, ["plain text event", 42]))
        same(payloads(await run(store.read(id))), ["plain text event", 42], "events that are not objects, under a case id with odd characters")
        ok((await run(store.list())).includes(id), "the odd case id is listed")
      })
    },
    {
      name: "bad arguments are an InvalidInput defect, and nothing is written",
      run: withStore(async ({ store }) => {
        for (const [label, effect] of [
          ["empty case id", store.append("", 0, [{ n: 1 }])],
          ["negative version", store.append("x", -1, [{ n: 1 }])],
          ["events not an array", store.append("x", 0, "nope" as unknown as ReadonlyArray<unknown>)],
          ["empty idempotency key", store.append("x", 0, [{ n: 1 }], { idempotencyKey: "" })],
          ["limit 0", store.readAll({ limit: 0 })]
        ] as const) {
          const exit = await Effect.runPromiseExit(effect as Effect.Effect<unknown, unknown>)
          ok(Exit.isFailure(exit), `${label}: refused`)
          if (Exit.isFailure(exit)) {
            const reason = exit.cause.reasons[0]
            ok(reason?._tag === "Die" && reason.defect instanceof InvalidInput, `${label}: an InvalidInput defect, got ${String(exit.cause)}`)
          }
        }
        same(await run(store.list()), [], "nothing written")
      })
    }
  ]
  if (durable) {
    checks.push({
      name: "survives a restart: a case written through one connection is read, listed and continued through the next",
      run: async () => {
        const first = await makeStore()
        let stored: ReadonlyArray<StoredEvent>
        let reopen: ConformanceSubject["reopen"]
        try {
          stored = [
            ...(await run(first.store.append("kept", 0, [{ n: 1 }, { n: 2 }]))),
            ...(await run(first.store.append("other", 0, [{ n: 1 }], { idempotencyKey: "k-restart" })))
          ]
          reopen = first.reopen
        } finally {
          await first.close()
        }
        if (reopen === undefined) return fail("a durable store must give reopen")
        const next = await reopen()
        try {
          same(await run(next.store.read("kept")), stored.slice(0, 2), "the case after the restart")
          same(await run(next.store.list()), ["kept", "other"], "list after the restart")
          same(await readEverything(next.store), stored, "readAll after the restart")
          same(await run(next.store.append("other", 1, [{ n: 1 }], { idempotencyKey: "k-restart" })), stored.slice(2), "an idempotent repeat after the restart")
          const more = await run(next.store.append("kept", 2, [{ n: 3 }]))
          same(versions(more), [3], "the case continues at version 3")
          ok((more[0]?.position ?? 0) > (stored[2]?.position ?? Infinity), "positions continue after the restart")
          const stale = await failureOf(next.store.append("kept", 2, [{ n: 4 }]), "a stale append after the restart")
          ok(stale instanceof VersionConflict, "a stale append after the restart is a VersionConflict")
        } finally {
          await next.close()
        }
      }
    })
  }
  return checks
}

/**
 * Whether an error is one the store contract allows in its error channel.
 *
 * @example
 * ```ts
 * import { VersionConflict } from "@minzheng/core"
 * import { isCaseStoreError } from "@minzheng/core/testing"
 * isCaseStoreError(new VersionConflict({ caseId: "c", expected: 0, actual: 1 })) //=> true
 * isCaseStoreError(new Error("x")) //=> false
 * ```
 * @category conformance
 * @since 0.1.0
 */
export const isCaseStoreError = (u: unknown): u is VersionConflict | IdempotencyKeyReused | CaseStoreFailure =>
  u instanceof VersionConflict || u instanceof IdempotencyKeyReused || u instanceof CaseStoreFailure
