// Model-based property test (fast-check, the suite's fixed seed): random sequences of appends —
// stale, current and future versions, empty and multi-event appends, repeated and reused
// idempotency keys — give the same answers and the same stored events on the SQLite store as
// on a plain model of the contract, and as on core's memory store.
import { type CaseStoreShape, makeMemoryCaseStore } from "@minzheng/core"
import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

interface Op {
  readonly caseId: string
  readonly offset: -1 | 0 | 1
  readonly events: ReadonlyArray<{ readonly n: number }>
  readonly key?: string
}

const op: fc.Arbitrary<Op> = fc.record(
  {
    caseId: fc.constantFrom("a", "b", "调解-1"),
    offset: fc.constantFrom<-1 | 0 | 1>(0, 0, 0, -1, 1),
    events: fc.array(fc.record({ n: fc.integer({ min: 0, max: 9 }) }), { maxLength: 3 }),
    key: fc.constantFrom("k1", "k2", "k3")
  },
  { requiredKeys: ["caseId", "offset", "events"] }
)

/** The contract, as plainly as it can be said. */
const model = (ops: ReadonlyArray<Op>) => {
  const cases = new Map<string, Array<{ n: number }>>()
  const keys = new Map<string, { caseId: string; text: string; first: number; count: number }>()
  const all: Array<{ caseId: string; version: number; event: { n: number } }> = []
  const answers: string[] = []
  for (const o of ops) {
    const current = cases.get(o.caseId) ?? []
    const expected = Math.max(0, current.length + o.offset)
    const earlier = o.key === undefined ? undefined : keys.get(o.key)
    if (earlier !== undefined) {
      answers.push(earlier.caseId === o.caseId && earlier.text === JSON.stringify(o.events) ? `repeat ${earlier.first}+${earlier.count}` : "IdempotencyKeyReused")
      continue
    }
    if (expected !== current.length) {
      answers.push(`VersionConflict ${current.length}`)
      continue
    }
    const first = all.length + 1
    for (const [i, e] of o.events.entries()) all.push({ caseId: o.caseId, version: current.length + i + 1, event: e })
    if (o.events.length > 0) cases.set(o.caseId, [...current, ...o.events])
    if (o.key !== undefined) keys.set(o.key, { caseId: o.caseId, text: JSON.stringify(o.events), first, count: o.events.length })
    answers.push(`stored ${o.events.length}`)
  }
  return { answers, all, list: [...cases.keys()] }
}

const play = (store: CaseStoreShape, ops: ReadonlyArray<Op>) => {
  const lengths = new Map<string, number>()
  const answers: string[] = []
  let lastPosition = 0
  for (const o of ops) {
    const current = lengths.get(o.caseId) ?? 0
    const expected = Math.max(0, current + o.offset)
    const exit = Effect.runSyncExit(store.append(o.caseId, expected, o.events, o.key === undefined ? undefined : { idempotencyKey: o.key }))
    if (Exit.isSuccess(exit)) {
      const stored = exit.value
      const first = stored[0]
      // A fresh append's events come after every position seen so far; a repeat hands back the
      // first append's (an empty one cannot be told: it is "stored 0" either way).
      if (first === undefined || first.position > lastPosition) {
        expect(stored.map((e) => e.version)).toEqual(stored.map((_, i) => current + i + 1))
        answers.push(`stored ${stored.length}`)
        lengths.set(o.caseId, current + stored.length)
        lastPosition = stored[stored.length - 1]?.position ?? lastPosition
      } else answers.push(`repeat ${first.position}+${stored.length}`)
    } else {
      const reason = exit.cause.reasons[0]
      const error = reason?._tag === "Fail" ? (reason.error as { _tag: string; actual?: number }) : undefined
      answers.push(error?._tag === "VersionConflict" ? `VersionConflict ${error.actual}` : (error?._tag ?? String(exit.cause)))
    }
  }
  const all = Effect.runSync(store.readAll({ limit: 100_000 }))
  return { answers, all: all.map((e) => ({ caseId: e.caseId, version: e.version, event: e.event })), positions: all.map((e) => e.position), list: Effect.runSync(store.list()) }
}

/** A repeat of an empty append returns no events, so it reads as "stored 0". */
const normalise = (answers: ReadonlyArray<string>, reference: ReadonlyArray<string>): string[] =>
  answers.map((a, i) => (a === "stored 0" && /^repeat \d+\+0$/.test(reference[i] ?? "") ? (reference[i] ?? a) : a))

describe("the stores agree with a model of the contract on random sequences of appends", () => {
  for (const [name, open] of [
    ["memory", () => ({ store: makeMemoryCaseStore(), close: () => {} })],
    ["SQLite", () => {
      const store = openSqliteCaseStoreUnsafe(":memory:")
      return { store, close: () => store.close() }
    }]
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
          const expected = model(ops)
          const { store, close } = open()
          try {
            const actual = play(store, ops)
            expect(normalise(actual.answers, expected.answers)).toEqual(expected.answers)
            expect(actual.all).toEqual(expected.all)
            expect(actual.positions).toEqual(expected.all.map((_, i) => i + 1))
            expect(actual.list).toEqual(expected.list)
          } finally {
            close()
          }
        }),
        { numRuns: 200 }
      )
    })
  }
})
