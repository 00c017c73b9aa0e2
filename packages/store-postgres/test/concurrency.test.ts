// Load: 8 app instances (8 pools) writing 10,000 commands to 37 shared cases at once, each
// command carrying an idempotency key, one in ten sent twice by two instances (a retry after a
// lost answer). Conflicts are retried by the caller and counted. A projection follows readAll at
// the same time and must see every event exactly once, positions 1, 2, 3 … with no hole — the
// proof that positions commit in order.
import { type CaseStoreShape, type StoredEvent, VersionConflict } from "@minzheng/core"
import { openPostgresCaseStore, type PostgresCaseStore } from "@minzheng/store-postgres"
import { Effect, Exit } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { dropSchemas, freshSchema, HAVE_SERVER, PG_URL } from "./server.js"

afterAll(dropSchemas)

const WRITERS = 8
const COMMANDS = 10_000
const CASES = 37 // prime: every instance writes to every case

/** Which case a command is for: every instance writes to every case. */
const caseOf = (n: number): number => (n * 7) % CASES

interface Tally {
  conflicts: number
  repeats: number
}

/** Sends one command: append at the version this instance believes, re-reading it on conflict. */
const send = async (store: CaseStoreShape, versions: Map<string, number>, n: number, tally: Tally): Promise<void> => {
  const caseId = `case-${caseOf(n)}`
  for (;;) {
    const expected = versions.get(caseId) ?? 0
    const exit = await Effect.runPromiseExit(store.append(caseId, expected, [{ n }], { idempotencyKey: `cmd-${n}` }))
    if (Exit.isSuccess(exit)) {
      const stored = exit.value
      // A fresh append's events start at expected + 1; the first append's events, handed back for
      // a repeat, (almost always) do not.
      if (stored[0]?.version !== expected + 1) tally.repeats++
      else versions.set(caseId, stored[stored.length - 1]?.version ?? expected)
      return
    }
    const reason = exit.cause.reasons[0]
    if (reason?._tag === "Fail" && reason.error instanceof VersionConflict) {
      tally.conflicts++
      versions.set(caseId, reason.error.actual)
      continue
    }
    throw new Error(String(exit.cause))
  }
}

describe.runIf(HAVE_SERVER)("8 writers against PostgreSQL", () => {
  it(`${COMMANDS.toLocaleString("en-US")} commands: none lost, none duplicated, conflicts retried and counted, positions dense and in order`, async () => {
    const schema = freshSchema("load")
    const stores: PostgresCaseStore[] = []
    for (let w = 0; w < WRITERS; w++) stores.push(await Effect.runPromise(openPostgresCaseStore({ connectionString: PG_URL, schema, poolSize: 2 })))
    const reader = await Effect.runPromise(openPostgresCaseStore({ connectionString: PG_URL, schema, poolSize: 1 }))
    try {
      const tallies: Tally[] = stores.map(() => ({ conflicts: 0, repeats: 0 }))
      let writing = true
      const seen: StoredEvent[] = []
      let holes = 0
      const follow = (async () => {
        let after = 0
        for (;;) {
          const batch = await Effect.runPromise(reader.readAll({ after, limit: 500 }))
          for (const e of batch) {
            if (e.position !== after + 1) holes++
            after = e.position
            seen.push(e)
          }
          if (batch.length === 0) {
            if (!writing) return
            await new Promise((r) => setTimeout(r, 5))
          }
        }
      })()
      const started = performance.now()
      await Promise.all(
        stores.map(async (store, w) => {
          const versions = new Map<string, number>()
          for (let n = w; n < COMMANDS; n += WRITERS) {
            await send(store, versions, n, tallies[w]!)
            // one in ten commands is also sent by the next instance, as a retry would be
            const twin = n + 1
            if (twin < COMMANDS && twin % 10 === 0) await send(store, versions, twin, tallies[w]!)
          }
        })
      )
      const seconds = (performance.now() - started) / 1000
      writing = false
      await follow
      const all: StoredEvent[] = []
      for (let after = 0; ; ) {
        const batch = await Effect.runPromise(reader.readAll({ after, limit: 5_000 }))
        if (batch.length === 0) break
        all.push(...batch)
        after = batch[batch.length - 1]!.position
      }
      const conflicts = tallies.reduce((s, t) => s + t.conflicts, 0)
      const repeats = tallies.reduce((s, t) => s + t.repeats, 0)
      console.info(`8 writers, ${COMMANDS} commands in ${seconds.toFixed(1)} s: ${conflicts} conflicts retried, ${repeats} repeats answered from their keys`)
      // none lost, none duplicated
      expect(all).toHaveLength(COMMANDS)
      expect(new Set(all.map((e) => (e.event as { n: number }).n)).size).toBe(COMMANDS)
      // positions 1..10,000 without a hole, in order
      expect(all.every((e, i) => e.position === i + 1)).toBe(true)
      // each case: versions 1..k without a gap
      for (let c = 0; c < CASES; c++) {
        const events = await Effect.runPromise(reader.read(`case-${c}`))
        expect(events.map((e) => e.version)).toEqual(Array.from({ length: events.length }, (_, i) => i + 1))
        expect(events.every((e) => caseOf((e.event as { n: number }).n) === c)).toBe(true)
      }
      // the projection saw the same events, in the same order, never a later one before an earlier one
      expect(holes).toBe(0)
      expect(seen.map((e) => e.position)).toEqual(all.map((e) => e.position))
      expect(conflicts).toBeGreaterThan(0)
      expect(repeats).toBeGreaterThan(0)
    } finally {
      for (const s of stores) await s.close()
      await reader.close()
    }
  }, 120_000)
})
