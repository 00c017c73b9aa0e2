/**
 * The same store tests for every workflow (issue 17): each package's workflows — driven through
 * their public API only — on the memory store, a SQLite file and PostgreSQL.
 *
 * 1. A whole case from its opening to its end state: the replayed state equals the pure fold's, the
 *    stored events are the decided ones, and what an app reads (deadlines, flags) equals the memory
 *    store's.
 * 2. A case opened by one process is continued by another (SQLite, PostgreSQL): a child process
 *    opens the cases and exits; this process continues them and reads the whole history.
 * 3. Two writers racing on one case: exactly one wins, the other gets `VersionConflict` in the
 *    workflow's error channel and nothing of it is written; a retry after reloading succeeds.
 * 4. A restart: the store is closed and opened again, every case continues with no version gap, and
 *    `readAll` from position 0 hands back every event of every case in order (a projection catching
 *    up).
 *
 * Used by packages/{relief,disclosure,mediation}/test/stores.test.ts.
 */
import { CaseStore, type CaseStoreShape, type StoredEvent, VersionConflict } from "@minzheng/core"
import { Effect, Layer, Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { caseIdOf, eachStore, type OpenStore, runCommands, runInChild, type StoreAdapters, type WorkflowDriver } from "./stores.js"

/** Options of {@link describeWorkflowsOnStores}. */
export interface WorkflowStoreSuite {
  /** The package: names the temporary files and schemas ("relief"). */
  readonly label: string
  readonly adapters: StoreAdapters
  readonly drivers: ReadonlyArray<WorkflowDriver>
  /** The absolute path of the module exporting `drivers` and `adapters`, for the child process. */
  readonly module: string
  /** Checks of a driver's readings against the worked example (run on every store, memory included). */
  readonly checkReadings?: Readonly<Record<string, (readings: unknown) => void>>
}

const json = (u: unknown): unknown => JSON.parse(JSON.stringify(u))
const readAllOf = (store: CaseStoreShape, caseId: string): Promise<ReadonlyArray<StoredEvent>> => Effect.runPromise(store.read(caseId))
const oneToN = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1)

/** Lets both appends through only when both writers have reached them (or after 10 s). */
const gate = () => {
  let arrived = 0
  let open: () => void = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  return {
    wrap: (store: CaseStoreShape): CaseStoreShape => ({
      ...store,
      append: (caseId, expectedVersion, events, options) =>
        Effect.flatMap(
          Effect.promise(() => {
            if (++arrived >= 2) open()
            return Promise.race([opened, new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref())])
          }),
          () => store.append(caseId, expectedVersion, events, options)
        )
    })
  }
}

/** Registers the four store tests of a package's workflows, on each of the three stores. */
export const describeWorkflowsOnStores = (suite: WorkflowStoreSuite): void => {
  const { stores, cleanup } = eachStore(suite.adapters, suite.label)
  afterAll(cleanup)
  const memoryKind = stores.find((s) => s.name === "memory")!

  /** Runs a driver's whole case (`-full`) and its first part (`-mid`) on a store; what is read back. */
  const wholeCase = async (s: OpenStore, d: WorkflowDriver) => {
    const full = caseIdOf(d, "full")
    const mid = caseIdOf(d, "mid")
    const version = await runCommands(s, d, full, d.commands)
    const midVersion = await runCommands(s, d, mid, d.commands.slice(0, d.split))
    return {
      version,
      midVersion,
      loaded: await s.run(d.load(full)),
      loadedMid: await s.run(d.load(mid)),
      stored: await readAllOf(s.store, full),
      readings: await s.run(d.readings([full, mid]))
    }
  }
  const memoryReadings = new Map<string, Promise<unknown>>()
  const readingsOnMemory = (d: WorkflowDriver): Promise<unknown> => {
    let p = memoryReadings.get(d.name)
    if (p === undefined) {
      p = memoryKind.open().then((s) => wholeCase(s, d)).then((r) => r.readings)
      memoryReadings.set(d.name, p)
    }
    return p
  }

  for (const kind of stores) {
    describe.skipIf(!kind.available)(`${suite.label} workflows on the ${kind.label} store`, () => {
      for (const d of suite.drivers) {
        it(`${d.title}: a whole case, opening to end state — replayed state, events, deadlines and flags equal the memory store's`, async () => {
          const s = await kind.open()
          try {
            const ref = d.pure(d.commands)
            const refMid = d.pure(d.commands.slice(0, d.split))
            const r = await wholeCase(s, d)
            expect(r.version).toBe(ref.events.length)
            expect(r.loaded.version).toBe(ref.events.length)
            expect(r.loaded.state).toEqual(ref.state)
            expect(r.stored.map((e) => e.version)).toEqual(oneToN(ref.events.length))
            expect(r.stored.map((e) => e.event)).toEqual(json(ref.events))
            expect(r.midVersion).toBe(refMid.events.length)
            expect(r.loadedMid.state).toEqual(refMid.state)
            expect(json(r.readings)).toEqual(json(await readingsOnMemory(d)))
            suite.checkReadings?.[d.name]?.(r.readings)
          } finally {
            await s.close()
          }
        })
      }

      it.runIf(kind.durable)("a case opened by one process is continued by another: the whole history is read back", async () => {
        const s = await kind.open()
        try {
          const cases = suite.drivers.map((d) => ({ driver: d.name, caseId: caseIdOf(d, "handover"), upTo: d.split }))
          const report = await runInChild({ module: suite.module, address: s.address!, cases })
          expect(report.pid).not.toBe(process.pid)
          for (const d of suite.drivers) {
            const id = caseIdOf(d, "handover")
            expect(report.versions[id]).toBe(d.pure(d.commands.slice(0, d.split)).events.length)
            // this process sees the other's case as it left it, and takes it to its end
            expect((await s.run(d.load(id))).version).toBe(report.versions[id])
            await runCommands(s, d, id, d.commands.slice(d.split))
            const ref = d.pure(d.commands)
            const history = await readAllOf(s.store, id)
            expect(history.map((e) => e.version)).toEqual(oneToN(ref.events.length))
            expect(history.map((e) => e.event)).toEqual(json(ref.events))
            expect((await s.run(d.load(id))).state).toEqual(ref.state)
          }
        } finally {
          await s.close()
        }
      })

      for (const d of suite.drivers) {
        it(`${d.title}: two writers racing on one case — exactly one wins, the other gets VersionConflict, its retry after reloading succeeds`, async () => {
          const first = await kind.open()
          const second = await first.another()
          try {
            const id = caseIdOf(d, "race")
            const prefix = d.commands.slice(0, d.race.at)
            const before = await runCommands(first, d, id, prefix)
            const g = gate()
            const attempt = (s: OpenStore, c: unknown) => Effect.runPromise(Effect.result(Effect.provide(d.command(id, c), Layer.succeed(CaseStore, g.wrap(s.store)))))
            const [ra, rb] = await Promise.all([attempt(first, d.race.a), attempt(second, d.race.b)])
            const outcomes = [
              { r: ra, command: d.race.a, s: first },
              { r: rb, command: d.race.b, s: second }
            ]
            const winners = outcomes.filter((o) => Result.isSuccess(o.r))
            const losers = outcomes.filter((o) => Result.isFailure(o.r))
            expect(winners).toHaveLength(1)
            expect(losers).toHaveLength(1)
            const winner = winners[0]!
            const loser = losers[0]!
            const won = d.pure([...prefix, winner.command]).events.length - d.pure(prefix).events.length
            const conflict = Result.isFailure(loser.r) ? loser.r.failure : undefined
            expect(conflict?._tag).toBe("VersionConflict")
            expect(conflict).toBeInstanceOf(VersionConflict)
            expect(conflict).toMatchObject({ caseId: id, expected: before, actual: before + won })
            // nothing of the loser was written
            expect((await first.run(d.load(id))).version).toBe(before + won)
            // the loser reloads (the workflow reads the case again) and retries
            const retry = d.race.retry?.(loser.command, winner.command) ?? loser.command
            const after = await loser.s.run(d.command(id, retry))
            const ref = d.pure([...prefix, winner.command, retry])
            expect(after.version).toBe(ref.events.length)
            const history = await readAllOf(first.store, id)
            expect(history.map((e) => e.version)).toEqual(oneToN(ref.events.length))
            expect(history.map((e) => e.event)).toEqual(json(ref.events))
            expect((await second.run(d.load(id))).state).toEqual(ref.state)
          } finally {
            await second.close()
            await first.close()
          }
        })
      }

      it("a restart: closed and reopened, every case continues with no version gap; readAll from position 0 returns every event of every case in order", async () => {
        let s = await kind.open()
        try {
          const ids = suite.drivers.map((d) => caseIdOf(d, "restart"))
          for (const d of suite.drivers) await runCommands(s, d, caseIdOf(d, "restart"), d.commands.slice(0, d.split))
          s = await s.reopen()
          // continue every case, one command of each in turn, so that their events interleave
          const rest = suite.drivers.map((d) => d.commands.slice(d.split))
          for (let i = 0; rest.some((r) => i < r.length); i++) {
            for (const [k, d] of suite.drivers.entries()) {
              const c = rest[k]![i]
              if (c !== undefined) await s.run(d.command(caseIdOf(d, "restart"), c))
            }
          }
          let total = 0
          for (const d of suite.drivers) {
            const ref = d.pure(d.commands)
            total += ref.events.length
            const history = await readAllOf(s.store, caseIdOf(d, "restart"))
            expect(history.map((e) => e.version)).toEqual(oneToN(ref.events.length))
            expect(history.map((e) => e.event)).toEqual(json(ref.events))
            expect((await s.run(d.load(caseIdOf(d, "restart")))).state).toEqual(ref.state)
          }
          // a projection catching up from position 0, in pages of 5
          const seen: StoredEvent[] = []
          for (let after = 0; ; ) {
            const page = await Effect.runPromise(s.store.readAll({ after, limit: 5 }))
            if (page.length === 0) break
            seen.push(...page)
            after = page[page.length - 1]!.position
          }
          expect(seen).toHaveLength(total)
          for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position)
          expect(new Set(seen.map((e) => e.caseId))).toEqual(new Set(ids))
          for (const id of ids) expect(seen.filter((e) => e.caseId === id)).toEqual(await readAllOf(s.store, id))
          expect(await Effect.runPromise(s.store.list())).toEqual(ids)
        } finally {
          await s.close()
        }
      })
    })
  }
}
