import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CaseStore, VersionConflict } from "@minzheng/core"
import { loadMediationCase, runMediationCommand } from "@minzheng/mediation"
import { openSqliteCaseStore, sqliteCaseStoreLayer, SqliteStoreFailure, sqliteStoreFailureOf } from "@minzheng/mediation/sqlite"
import { DatabaseSync } from "node:sqlite"
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

describe("every failure of the SQLite store is typed and names the file", () => {
  const failureOf = (f: () => unknown): SqliteStoreFailure => {
    try {
      f()
    } catch (e) {
      const failure = sqliteStoreFailureOf(e)
      if (failure !== undefined) return failure
      throw e
    }
    throw new Error("expected a SqliteStoreFailure")
  }
  const defectOf = (effect: Effect.Effect<unknown, unknown>): SqliteStoreFailure => {
    const exit = Effect.runSyncExit(effect)
    const failure = Exit.isFailure(exit) ? sqliteStoreFailureOf(exit.cause) : undefined
    if (failure === undefined) throw new Error("expected a SqliteStoreFailure defect")
    return failure
  }

  it("a file in a folder that does not exist: cannot-open", () => {
    const path = join(dir, "no-such-folder", "cases.db")
    const f = failureOf(() => openSqliteCaseStore(path))
    expect(f).toBeInstanceOf(SqliteStoreFailure)
    expect(f).toMatchObject({ reason: "cannot-open", path })
    expect(f.messageZh).toContain(path)
    expect(f.message).toContain(path)
  })

  it("a text file: not-a-database, and the file is left as it was", () => {
    const path = join(dir, "notes.txt")
    const text = "这是一个文本文件，不是数据库。".repeat(20)
    writeFileSync(path, text)
    const f = failureOf(() => openSqliteCaseStore(path))
    expect(f).toMatchObject({ reason: "not-a-database", path })
    expect(f.messageZh).toBe(`文件 ${path} 不是数据库文件（可能已损坏或不是案件库）：请确认路径指向案件库文件`)
    expect(readFileSync(path, "utf8")).toBe(text)
  })

  it("another program's case_events table is refused (foreign-schema) and not written to", () => {
    const path = join(dir, "foreign.db")
    const other = new DatabaseSync(path)
    other.exec("CREATE TABLE case_events (id INTEGER PRIMARY KEY, payload BLOB)")
    other.exec("INSERT INTO case_events (payload) VALUES ('theirs')")
    other.close()
    const f = failureOf(() => openSqliteCaseStore(path))
    expect(f).toMatchObject({ reason: "foreign-schema", path })
    expect(f.messageZh).toContain("拒绝使用")
    const check = new DatabaseSync(path)
    expect(check.prepare("SELECT COUNT(*) AS n FROM case_events").get()).toEqual({ n: 1 })
    check.close()
  })

  it("the same columns without UNIQUE(case_id, version) are foreign too", () => {
    const path = join(dir, "no-unique.db")
    const other = new DatabaseSync(path)
    other.exec("CREATE TABLE case_events (case_id TEXT, version INTEGER, event TEXT, recorded_at TEXT)")
    other.close()
    expect(failureOf(() => openSqliteCaseStore(path)).reason).toBe("foreign-schema")
  })

  it("a store opened read-only reads, and an append fails as read-only naming the file", () => {
    const path = join(dir, "read-only.db")
    const writer = openSqliteCaseStore(path)
    Effect.runSync(writer.append("c", 0, [{ n: 1 }]))
    writer.close()
    const reader = openSqliteCaseStore(path, { readOnly: true })
    expect(Effect.runSync(reader.read("c")).map((e) => e.event)).toEqual([{ n: 1 }])
    const f = defectOf(reader.append("c", 1, [{ n: 2 }]))
    expect(f).toMatchObject({ reason: "read-only", path })
    expect(f.messageZh).toBe(`案件库 ${path} 只读，无法写入：请检查文件权限，或以可写方式打开`)
    reader.close()
  })

  it("a write lock held past the busy timeout: locked, with the timeout waited", () => {
    const path = join(dir, "locked.db")
    openSqliteCaseStore(path).close()
    const holder = new DatabaseSync(path)
    holder.exec("BEGIN IMMEDIATE")
    const store = openSqliteCaseStore(path, { busyTimeoutMs: 50 })
    const f = defectOf(store.append("c", 0, [{ n: 1 }]))
    expect(f).toMatchObject({ reason: "locked", path, busyTimeoutMs: 50 })
    expect(f.messageZh).toContain("等待 50 毫秒后仍未释放")
    holder.exec("ROLLBACK")
    holder.close()
    expect(Effect.runSync(store.append("c", 0, [{ n: 1 }]))).toHaveLength(1) // nothing was half-written
    store.close()
  })

  it("a case with a gap in its versions, or an unreadable event, is refused on read (and the gap on append)", () => {
    const path = join(dir, "damaged.db")
    const store = openSqliteCaseStore(path)
    Effect.runSync(store.append("gap", 0, [{ n: 1 }, { n: 2 }, { n: 3 }]))
    Effect.runSync(store.append("bad", 0, [{ n: 1 }]))
    const raw = new DatabaseSync(path)
    raw.exec("DELETE FROM case_events WHERE case_id = 'gap' AND version = 2")
    raw.exec("UPDATE case_events SET event = '{not json' WHERE case_id = 'bad'")
    raw.close()
    expect(defectOf(store.read("gap"))).toMatchObject({ reason: "version-gap", caseId: "gap", version: 3, path })
    expect(defectOf(store.append("gap", 3, [{ n: 4 }]))).toMatchObject({ reason: "version-gap", caseId: "gap" })
    const bad = defectOf(store.read("bad"))
    expect(bad).toMatchObject({ reason: "corrupt-event", caseId: "bad", version: 1 })
    expect(bad.messageZh).toBe(`案件库 ${path} 中案件 bad 的第 1 条事件无法读取：记录已损坏`)
    store.close()
  })

  it("through the Effect layer, a bad file is a defect carrying the typed failure", () => {
    const path = join(dir, "notes-layer.txt")
    writeFileSync(path, "not a database at all, just text that is long enough to be read as a header")
    const exit = Effect.runSyncExit(loadMediationCase("c").pipe(Effect.provide(sqliteCaseStoreLayer(path))))
    expect(Exit.isFailure(exit) && sqliteStoreFailureOf(exit.cause)?.reason).toBe("not-a-database")
  })
})
