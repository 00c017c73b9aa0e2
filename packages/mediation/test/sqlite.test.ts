import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CaseStore, VersionConflict } from "@minzheng/core"
import { loadMediationCase, runMediationCommand } from "@minzheng/mediation"
import { openSqliteCaseStore, sqliteCaseStoreLayer } from "@minzheng/mediation/sqlite"
import { Effect, Exit, Layer } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { toAgreement } from "./fixtures.js"

const dir = mkdtempSync(join(tmpdir(), "mediation-sqlite-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the SQLite case store (node:sqlite)", () => {
  it("a case survives closing and reopening the database file", () => {
    const path = join(dir, "restart.db")
    const write = Effect.forEach(toAgreement("2025-03-03", "2025-03-11"), (c) => runMediationCommand("qd-2025-001", c))
    Effect.runSync(write.pipe(Effect.provide(sqliteCaseStoreLayer(path))))
    // A new layer is a new connection: the first one was closed when its scope ended.
    const loaded = Effect.runSync(loadMediationCase("qd-2025-001").pipe(Effect.provide(sqliteCaseStoreLayer(path))))
    expect(loaded.state.status).toBe("agreed")
    expect(loaded.state.agreement?.effectiveOn).toBe("2025-03-11")
    expect(loaded.version).toBe(10)
  })

  it("a stale expected version is refused with VersionConflict and writes nothing", () => {
    const store = openSqliteCaseStore(join(dir, "stale.db"))
    Effect.runSync(store.append("c", 0, [{ n: 1 }, { n: 2 }]))
    const exit = Effect.runSyncExit(store.append("c", 1, [{ n: 3 }]))
    expect(Exit.isFailure(exit) && exit.cause.toString()).toContain("VersionConflict")
    const failure = Effect.runSync(Effect.flip(store.append("c", 1, [{ n: 3 }])))
    expect(failure).toBeInstanceOf(VersionConflict)
    expect(failure).toMatchObject({ caseId: "c", expected: 1, actual: 2 })
    expect(Effect.runSync(store.read("c")).map((e) => e.event)).toEqual([{ n: 1 }, { n: 2 }])
    store.close()
  })

  it("a command given with a stale version through the Effect layer is refused", () => {
    const layer = Layer.fresh(sqliteCaseStoreLayer(join(dir, "effect-stale.db")))
    const program = Effect.gen(function* () {
      yield* runMediationCommand("c", toAgreement("2025-03-03", "2025-03-03")[0])
      return yield* Effect.flip(runMediationCommand("c", { type: "accept", date: "2025-03-03" }, { expectedVersion: 0 }))
    })
    expect(Effect.runSync(program.pipe(Effect.provide(layer)))._tag).toBe("VersionConflict")
  })

  it("two connections interleaving read-decide-append lose nothing: the later writer is refused and retries", () => {
    const path = join(dir, "interleave.db")
    const a = openSqliteCaseStore(path)
    const b = openSqliteCaseStore(path)
    Effect.runSync(a.append("x", 0, [{ by: "a" }]))
    const seenByB = Effect.runSync(b.read("x")).length
    Effect.runSync(a.append("x", 1, [{ by: "a" }]))
    expect(Exit.isFailure(Effect.runSyncExit(b.append("x", seenByB, [{ by: "b" }])))).toBe(true)
    Effect.runSync(b.append("x", Effect.runSync(b.read("x")).length, [{ by: "b" }]))
    expect(Effect.runSync(a.read("x")).map((e) => [e.version, e.event])).toEqual([
      [1, { by: "a" }],
      [2, { by: "a" }],
      [3, { by: "b" }]
    ])
    a.close()
    b.close()
  })

  it("two processes appending 150 events each to one case at the same time: all 300 are stored, versions 1..300 without a gap", async () => {
    const path = join(dir, "concurrent.db")
    openSqliteCaseStore(path).close()
    const tsx = join(__dirname, "../../../node_modules/.bin/tsx")
    const worker = join(__dirname, "sqlite-worker.ts")
    const names = ["w1", "w2"]
    const children = names.map((w) => spawn(tsx, ["--conditions=@minzheng/source", worker, path, w, "150"], { cwd: join(__dirname, "..") }))
    const outputs = children.map((child) => {
      let out = ""
      const ready = new Promise<void>((resolve) => child.stdout.on("data", (chunk: Buffer) => { out += chunk.toString(); if (out.includes("ready")) resolve() }))
      const done = new Promise<string>((resolve, reject) => child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}`)))))
      return { ready, done }
    })
    await Promise.all(outputs.map((o) => o.ready))
    writeFileSync(`${path}.go`, "")
    const reports = (await Promise.all(outputs.map((o) => o.done))).map((o) => JSON.parse(o.trim().split("\n").at(-1) ?? "{}") as { worker: string; conflicts: number })
    const store = openSqliteCaseStore(path)
    const events = Effect.runSync(store.read("shared"))
    store.close()
    expect(events).toHaveLength(300)
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1))
    for (const w of names) {
      expect(events.filter((e) => (e.event as { worker: string }).worker === w).map((e) => (e.event as { i: number }).i)).toEqual(Array.from({ length: 150 }, (_, i) => i))
    }
    expect(reports.map((r) => r.worker).sort()).toEqual(names)
  }, 120_000)

  it("lists cases in the order they were first written", () => {
    const store = openSqliteCaseStore(":memory:")
    Effect.runSync(store.append("b", 0, [1]))
    Effect.runSync(store.append("a", 0, [1]))
    Effect.runSync(store.append("b", 1, [2]))
    expect(Effect.runSync(store.list())).toEqual(["b", "a"])
    expect(Effect.runSync(Effect.provideService(CaseStore.use((s) => s.read("a")), CaseStore, store))).toHaveLength(1)
    store.close()
  })
})
