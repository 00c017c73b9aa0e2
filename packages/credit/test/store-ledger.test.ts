// Credit ledgers on a CaseStore: the same test body on the memory, SQLite and PostgreSQL stores.
import { CaseStore, CaseStoreFailure, type CaseStoreShape, isoDateUnsafe, makeMemoryCaseStore, VersionConflict } from "@minzheng/core"
import {
  appendEntry,
  computePayout,
  CreditLedger,
  type CreditLedgerShape,
  decideAppeal,
  Ledger,
  loadLedger,
  makeStoreCreditLedger,
  periodPointsUnsafe,
  rongchengVillageScheme,
  scoresAtUnsafe
} from "@minzheng/credit"
import { Effect, Layer, Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { award, collector, committee, d, deduction, schemes } from "./helpers.js"
import { cleanUp, IN_CI, type Opened, STORE_KINDS } from "./stores.js"

afterAll(cleanUp)

const run = <A, E>(e: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(e)
const failure = async <A, E>(e: Effect.Effect<A, E>): Promise<E> => Effect.runPromise(Effect.flip(e))

// ---- a quarter of a village's work, generated from a fixed seed ----------------------------------

const mulberry32 = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

type Op = { readonly kind: "record"; readonly input: Record<string, unknown> } | { readonly kind: "appeal"; readonly decision: Record<string, unknown> }

/** About 160 commands of Q2 2025 for 20 villagers: awards, deductions, reversals, redemptions, appeals, retries and conflicting keys. */
const quarter = (): Op[] => {
  const rand = mulberry32(20261204)
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(rand() * xs.length)] as A
  const items = rongchengVillageScheme.items.filter((i) => i.approvedBy !== "review-panel")
  const people = Array.from({ length: 20 }, (_, i) => `p${i + 1}`)
  const ops: Op[] = []
  const recorded: Array<Record<string, unknown>> = []
  const N = 160
  for (let i = 0; i < N; i++) {
    const date = new Date(Date.UTC(2025, 3, 1 + Math.floor((i * 90) / N))).toISOString().slice(0, 10)
    const r = rand()
    if (r < 0.7 || recorded.length < 5) {
      const item = pick(items)
      const input = {
        kind: item.points > 0 ? "award" : "deduction",
        key: `q2-${i}`,
        person: pick(people),
        item: item.id,
        date,
        recorder: collector,
        ...(item.approvedBy === null ? {} : { approver: { id: "v-01", role: item.approvedBy } }),
        evidenceId: `ev-${i}`
      }
      recorded.push(input)
      ops.push({ kind: "record", input })
    } else if (r < 0.78) {
      const target = pick(recorded)
      ops.push({ kind: "record", input: { kind: "reversal", key: `rev-${i}`, person: target["person"], reverses: target["key"], date, recorder: collector, approver: committee } })
    } else if (r < 0.86) {
      ops.push({ kind: "record", input: { kind: "redemption", key: `order:o-${i}`, person: pick(people), date, recorder: collector, points: 1 + Math.floor(rand() * 6), orderId: `o-${i}` } })
    } else if (r < 0.92) {
      const target = pick(recorded)
      ops.push({
        kind: "appeal",
        decision: { appealId: `ap-${i}`, entryKey: target["key"], person: target["person"], filedOn: date, upheld: rand() < 0.6, decidedOn: date, decidedBy: { id: "r-01", role: "review-panel" } }
      })
    } else if (r < 0.96) {
      ops.push({ kind: "record", input: pick(recorded) }) // a retry: a duplicate
    } else {
      const target = pick(recorded)
      ops.push({ kind: "record", input: { ...target, date: "2025-06-30" } }) // the key again, another entry
    }
  }
  return ops
}

const summary = (r: Result.Result<{ readonly entry?: unknown; readonly reversal?: unknown; readonly duplicate?: boolean }, { readonly _tag: string; readonly code?: string; readonly field?: string }>) =>
  Result.isSuccess(r) ? { ok: r.success.entry ?? r.success.reversal ?? null, duplicate: r.success.duplicate ?? null } : { error: r.failure._tag, why: r.failure.code ?? r.failure.field ?? null }

const award1 = award("a1", "p1", "elder-care", "2025-04-02")
const onLedger = (opened: Opened, ledgerId = "370303-001", maxAttempts?: number): CreditLedgerShape =>
  makeStoreCreditLedger(opened.store, schemes, { ledgerId, ...(maxAttempts === undefined ? {} : { maxAttempts }) })

/** The store with its appends passing through `before` first (once, or every time). */
const hooked = (store: CaseStoreShape, before: () => Promise<void>, every = false): CaseStoreShape & { appends: () => number } => {
  let calls = 0
  return {
    ...store,
    append: (...args) =>
      Effect.flatMap(
        Effect.promise(() => (calls++ === 0 || every ? before() : Promise.resolve())),
        () => store.append(...args)
      ),
    appends: () => calls
  }
}

for (const kind of STORE_KINDS) {
  describe.runIf(kind.available)(`credit ledgers on the ${kind.name} store`, () => {
    const withStore = (test: (opened: Opened) => Promise<void>) => async () => {
      const opened = await kind.open()
      try {
        await test(opened)
      } finally {
        await opened.close()
      }
    }

    it(
      "a quarter of entries gives the same outcomes, entries, scores and payout as the in-memory Ledger",
      withStore(async (opened) => {
        const ops = quarter()
        const service = onLedger(opened)
        let reference = Ledger.empty()
        const seen = new Set<string>()
        for (const op of ops) {
          const expected: Result.Result<{ readonly ledger: Ledger }, unknown> =
            op.kind === "record"
              ? appendEntry(reference, schemes, op.input)
              : decideAppeal(reference, schemes, op.decision)
          if (Result.isSuccess(expected)) reference = expected.success.ledger
          const command: Effect.Effect<unknown, unknown> = op.kind === "record" ? service.record(op.input) : service.appeal(op.decision)
          const actual = await Effect.runPromise(Effect.result(command))
          const want = summary(expected as never)
          expect(summary(actual as never), JSON.stringify(op)).toEqual(want)
          seen.add("error" in want ? `${want.error}` : want.duplicate === true ? "duplicate" : `${op.kind}`)
        }
        // the generated quarter goes down every path: new entries, appeals, retries, conflicts, refusals
        expect([...seen].sort()).toEqual(["CreditRefused", "IdempotencyConflict", "appeal", "duplicate", "record"])
        const ledger = await run(service.snapshot)
        expect(ledger.entries()).toEqual(reference.entries())
        expect(new Set(ledger.entries().map((e) => e.kind))).toEqual(new Set(["award", "deduction", "reversal", "redemption"]))
        const asOf = d("2025-06-30")
        expect([...scoresAtUnsafe(ledger, schemes, asOf)]).toEqual([...scoresAtUnsafe(reference, schemes, asOf)])
        const recipients = (l: Ledger) => l.people().map((person) => ({ person, points: periodPointsUnsafe(l, schemes, person, d("2025-04-01"), asOf) }))
        const pay = (l: Ledger) => Result.getOrThrow(computePayout(rongchengVillageScheme, "5000.00", recipients(l))).rows.map((r) => [r.person, r.amount.toString()])
        expect(pay(ledger)).toEqual(pay(reference))
        // every entry is one event of the ledger's case, in order
        const replayed = await run(loadLedger((await opened.reopen()).store, "370303-001"))
        expect(replayed.version).toBe(reference.size)
        expect(replayed.ledger.entries()).toEqual(reference.entries())
        for (const p of ["p1", "p7", "p13"]) expect((await run(service.score(p, "2025-06-30"))).score).toBe(scoresAtUnsafe(reference, schemes, asOf).get(p) ?? 100)
      })
    )

    it(
      `a command retried by ${kind.name === "memory" ? "another app instance" : "another process"} is written once`,
      withStore(async (opened) => {
        const parent = onLedger(opened)
        expect((await run(parent.snapshot)).size).toBe(0) // the parent has read the ledger before
        expect(await opened.recordElsewhere("370303-001", [award1])).toEqual([{ key: "a1", duplicate: false }])
        const again = await run(parent.record(award1))
        expect(again.duplicate).toBe(true)
        expect(again.ledger.size).toBe(1)
        expect(await run(opened.store.read("370303-001"))).toHaveLength(1)
      })
    )

    it(
      "a retry whose first try lands while it is deciding is written once (the store's idempotency key)",
      withStore(async (opened) => {
        await run(onLedger(opened).record(award("a0", "p2", "volunteer-4h", "2025-04-01", { approver: undefined })))
        // the parent reads version 1 and decides; before its append, another process records
        // another entry and then the same command: the parent's append is the key's repeat
        const other = award("b1", "p3", "volunteer-4h", "2025-04-01", { approver: undefined })
        const store = hooked(opened.store, async () => {
          expect(await opened.recordElsewhere("370303-001", [other, award1])).toEqual([
            { key: "b1", duplicate: false },
            { key: "a1", duplicate: false }
          ])
        })
        const parent = makeStoreCreditLedger(store, schemes, { ledgerId: "370303-001" })
        const r = await run(parent.record(award1))
        expect([r.duplicate, r.entry.key, r.ledger.size]).toEqual([true, "a1", 3])
        const events = await run(opened.store.read("370303-001"))
        expect(events.map((e) => (e.event as { entry: { key: string } }).entry.key)).toEqual(["a0", "b1", "a1"])
      })
    )

    it(
      "a key reused for a different entry is IdempotencyConflict, naming the field, and nothing is written",
      withStore(async (opened) => {
        const service = onLedger(opened)
        await run(service.record(award1))
        const e = await failure(service.record({ ...award1, date: "2025-04-03" }))
        expect(e._tag === "IdempotencyConflict" && [e.field, e.messageZh]).toEqual(["date", "该幂等键已用于另一笔不同的记录（日期不同），本次未写入"])
        expect(await run(opened.store.read("370303-001"))).toHaveLength(1)
        // the same in a race: another process records the key first, between the read and the append
        const store = hooked(opened.store, async () => void (await opened.recordElsewhere("370303-001", [award("k2", "p1", "volunteer-4h", "2025-04-05", { approver: undefined })])))
        const racing = makeStoreCreditLedger(store, schemes, { ledgerId: "370303-001" })
        const raced = await failure(racing.record(award("k2", "p1", "volunteer-4h", "2025-04-06", { approver: undefined })))
        expect(raced._tag === "IdempotencyConflict" && raced.field).toBe("date")
        expect(await run(opened.store.read("370303-001"))).toHaveLength(2)
      })
    )

    it(
      "two writers racing lose no entry: the one refused decides again",
      withStore(async (opened) => {
        const second = await opened.reopen()
        try {
          const b = onLedger(second)
          // A reads, then B writes before A's append: A's append conflicts and is retried
          const a = makeStoreCreditLedger(
            hooked(opened.store, async () => void (await run(b.record(award("b1", "p2", "volunteer-4h", "2025-04-02", { approver: undefined }))))),
            schemes,
            { ledgerId: "370303-001" }
          )
          expect((await run(a.record(award("a1", "p1", "volunteer-4h", "2025-04-02", { approver: undefined })))).ledger.size).toBe(2)
          // then both at once, 20 entries each, one of them from another process where there is one
          const mine = Array.from({ length: 20 }, (_, i) => award(`x${i}`, "p4", "volunteer-4h", "2025-04-10", { approver: undefined }))
          const theirs = Array.from({ length: 20 }, (_, i) => award(`y${i}`, "p5", "volunteer-4h", "2025-04-10", { approver: undefined }))
          const elsewhere = opened.recordElsewhere("370303-001", theirs)
          const here = run(Effect.all(mine.map((input) => onLedger(opened, "370303-001", 100).record(input)), { concurrency: "unbounded" }))
          expect((await elsewhere).every((o) => "key" in o && !o.duplicate)).toBe(true)
          expect((await here).every((o) => !o.duplicate)).toBe(true)
          const events = await run(opened.store.read("370303-001"))
          expect(events.map((e) => e.version)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1))
          expect(new Set(events.map((e) => (e.event as { entry: { key: string } }).entry.key)).size).toBe(42)
          const ledger = await run(b.snapshot)
          expect([ledger.entriesOf("p4").length, ledger.entriesOf("p5").length]).toEqual([20, 20])
        } finally {
          await second.close()
        }
      })
    )

    it(
      "writers that keep conflicting past maxAttempts get VersionConflict, and the command writes nothing",
      withStore(async (opened) => {
        let n = 0
        const rival = onLedger(opened)
        const store = hooked(opened.store, async () => void (await run(rival.record(award(`r${n++}`, "p2", "volunteer-4h", "2025-04-02", { approver: undefined })))), true)
        const loser = makeStoreCreditLedger(store, schemes, { ledgerId: "370303-001", maxAttempts: 3 })
        const e = await failure(loser.record(award1))
        expect(e).toBeInstanceOf(VersionConflict)
        const keys = (await run(rival.snapshot)).entries().map((x) => x.key)
        expect(keys).toEqual(["r0", "r1", "r2"])
      })
    )

    it(
      "an expiry run writes all its entries in one append, or none",
      withStore(async (opened) => {
        const service = onLedger(opened)
        await run(service.record(award("a1", "p1", "volunteer-4h", "2025-04-03", { approver: undefined, quantity: 2 })))
        await run(service.record(award("a2", "p1", "volunteer-4h", "2025-05-03", { approver: undefined, quantity: 3 })))
        // a store that fails the append: nothing is written, the failure is typed
        const broken: CaseStoreShape = {
          ...opened.store,
          append: () => Effect.fail(new CaseStoreFailure({ store: kind.name, location: "test", reason: "locked", detail: "held by the test", busyTimeoutMs: 5000 }))
        }
        const e = await failure(makeStoreCreditLedger(broken, schemes, { ledgerId: "370303-001" }).expire("p1", collector, "2027-06-30"))
        expect(e._tag === "CaseStoreFailure" && e.reason).toBe("locked")
        expect(await run(opened.store.read("370303-001"))).toHaveLength(2)
        const counted = hooked(opened.store, async () => {})
        const x = await run(makeStoreCreditLedger(counted, schemes, { ledgerId: "370303-001" }).expire("p1", collector, "2027-06-30"))
        expect(x.entries.map((y) => [y.key, y.points])).toEqual([["expiry:a1", -2], ["expiry:a2", -3]])
        expect(counted.appends()).toBe(1)
        const events = await run(opened.store.read("370303-001"))
        expect(events.slice(2).map((s) => s.position - (events[1]?.position ?? 0))).toEqual([1, 2])
        // running it again writes nothing
        expect((await run(service.expire("p1", collector, "2027-06-30"))).entries).toEqual([])
        expect((await run(service.balance("p1", "2027-06-30"))).expired).toBe(5)
      })
    )

    it(
      "restart and continue: a new app instance on the same data continues the ledger",
      withStore(async (opened) => {
        await run(onLedger(opened).record(deduction("d1", "p1", "rubbish-dumping", "2025-05-06")))
        await run(onLedger(opened).record(award("a1", "p1", "elder-care", "2025-05-10")))
        await opened.close()
        const restarted = await opened.reopen()
        try {
          const layer = CreditLedger.onStore(schemes, { ledgerId: "370303-001" }).pipe(Layer.provide(Layer.succeed(CaseStore, restarted.store)))
          const program = Effect.gen(function* () {
            const ledger = yield* CreditLedger
            const appeal = yield* ledger.appeal({ appealId: "ap-1", entryKey: "d1", person: "p1", filedOn: "2025-05-12", upheld: true, decidedOn: "2025-05-13", decidedBy: { id: "r-01", role: "review-panel" } })
            const s = yield* ledger.score("p1", "2025-06-30")
            return [appeal.reversal?.key, s.score, (yield* ledger.snapshot).size]
          })
          expect(await run(program.pipe(Effect.provide(layer)))).toEqual(["appeal:ap-1", 105, 3])
          // other ledgers of the same store are other cases
          expect((await run(loadLedger(restarted.store, "370303-002"))).version).toBe(0)
        } finally {
          await restarted.close()
        }
      })
    )

    it(
      "an instance left behind by much other work catches up: its own events, others' ignored",
      withStore(async (opened) => {
        const service = onLedger(opened)
        await run(service.record(award1))
        // another village writes 600 entries in 3 appends, then someone records on this ledger
        const template = (await run(service.snapshot)).entries()[0]
        for (let b = 0; b < 3; b++) {
          const entries = Array.from({ length: 200 }, (_, i) => ({ type: "entry-recorded", entry: { ...template, key: `o-${b}-${i}` } }))
          await run(opened.store.append("370303-002", b * 200, entries))
        }
        await run(onLedger(opened).record(award("a2", "p1", "volunteer-4h", "2025-04-03", { approver: undefined })))
        expect((await run(service.snapshot)).entries().map((e) => e.key)).toEqual(["a1", "a2"])
        expect((await run(loadLedger(opened.store, "370303-002"))).version).toBe(600)
      })
    )

    it(
      "an event that is no ledger entry is refused on reading as corrupt-event, typed",
      withStore(async (opened) => {
        await run(opened.store.append("370303-001", 0, [{ type: "applied" }]))
        const e = await failure(onLedger(opened).snapshot)
        expect(e._tag === "CaseStoreFailure" && [e.reason, e.version]).toEqual(["corrupt-event", 1])
        const r = await failure(onLedger(opened).record(award1))
        expect(r._tag).toBe("CaseStoreFailure")
      })
    )
  })
}

describe.runIf(!STORE_KINDS.find((k) => k.name === "postgres")?.available)("without MINZHENG_PG_URL", () => {
  it(IN_CI ? "fails in CI: the PostgreSQL tests must run" : "skips the PostgreSQL tests on a developer's machine", () => {
    if (IN_CI) throw new Error("MINZHENG_PG_URL is not set in CI: start PostgreSQL with `export MINZHENG_PG_URL=\"$(bash scripts/postgres.sh start)\"` before the tests (.ci/run does)")
    console.warn("credit: MINZHENG_PG_URL is not set, PostgreSQL tests skipped — run: export MINZHENG_PG_URL=\"$(bash scripts/postgres.sh start)\"")
  })
})

describe("store-backed ledger arguments", () => {
  it("a wrong ledger id, scheme list or store is one InvalidInput listing every problem", () => {
    let thrown: unknown
    try {
      makeStoreCreditLedger({} as CaseStoreShape, [] as never, { ledgerId: "", maxAttempts: 0 })
    } catch (e) {
      thrown = e
    }
    expect((thrown as { _tag: string; issues: Array<{ path: string[] }> }).issues.map((i) => i.path.join("."))).toEqual(["store", "versions", "options.ledgerId", "options.maxAttempts"])
    expect(() => CreditLedger.onStore(schemes, { ledgerId: "" })).toThrow()
    expect(() => loadLedger(makeMemoryCaseStore(), "")).toThrow()
  })
  it("the memory layer's expire writes the due entries too", () => {
    const m = Effect.runSync(
      Effect.gen(function* () {
        const ledger = yield* CreditLedger
        yield* ledger.record(award("a1", "p1", "volunteer-4h", "2025-04-03", { approver: undefined, quantity: 2 }))
        return (yield* ledger.expire("p1", collector, isoDateUnsafe("2027-06-30"))).entries.map((e) => e.key)
      }).pipe(Effect.provide(CreditLedger.memory(schemes)))
    )
    expect(m).toEqual(["expiry:a1"])
  })
})
