import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { CaseStore, CaseStoreFailure, type EventCodec, eventJson, VersionConflict } from "@minzheng/core"
import { openSqliteCaseStore, openSqliteCaseStoreUnsafe, sqliteCaseStoreLayer } from "@minzheng/store-sqlite"
import { Effect, Exit, Layer, Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"

const dir = mkdtempSync(join(tmpdir(), "store-sqlite-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const openFailure = (path: string, options = {}): CaseStoreFailure => {
  const r = openSqliteCaseStore(path, options)
  if (Result.isSuccess(r)) {
    r.success.close()
    throw new Error(`expected ${path} to be refused`)
  }
  return r.failure
}
const failureOf = (effect: Effect.Effect<unknown, unknown>): unknown => Effect.runSync(Effect.flip(effect))

describe("the SQLite case store", () => {
  it("a case opened by one process is continued by another: two layers, one file", () => {
    const path = join(dir, "continued.db")
    const first = Effect.gen(function* () {
      const store = yield* CaseStore
      return yield* store.append("qd-2025-001", 0, [{ type: "applied" }, { type: "accepted" }])
    })
    Effect.runSync(first.pipe(Effect.provide(Layer.fresh(sqliteCaseStoreLayer(path)))))
    const second = Effect.gen(function* () {
      const store = yield* CaseStore
      yield* store.append("qd-2025-001", 2, [{ type: "agreed" }])
      return yield* store.read("qd-2025-001")
    })
    const events = Effect.runSync(second.pipe(Effect.provide(Layer.fresh(sqliteCaseStoreLayer(path)))))
    expect(events.map((e) => [e.version, e.position, e.event])).toEqual([
      [1, 1, { type: "applied" }],
      [2, 2, { type: "accepted" }],
      [3, 3, { type: "agreed" }]
    ])
  })

  it("two connections interleaving read-decide-append lose nothing: the later writer is refused and retries", () => {
    const path = join(dir, "interleave.db")
    const a = openSqliteCaseStoreUnsafe(path)
    const b = openSqliteCaseStoreUnsafe(path)
    Effect.runSync(a.append("x", 0, [{ by: "a" }]))
    const seenByB = Effect.runSync(b.read("x")).length
    Effect.runSync(a.append("x", 1, [{ by: "a" }]))
    expect(failureOf(b.append("x", seenByB, [{ by: "b" }]))).toBeInstanceOf(VersionConflict)
    Effect.runSync(b.append("x", Effect.runSync(b.read("x")).length, [{ by: "b" }]))
    expect(Effect.runSync(a.read("x")).map((e) => [e.version, e.event])).toEqual([
      [1, { by: "a" }],
      [2, { by: "a" }],
      [3, { by: "b" }]
    ])
    // b's connection sees a's events through readAll, in position order
    expect(Effect.runSync(b.readAll()).map((e) => e.position)).toEqual([1, 2, 3])
    a.close()
    b.close()
  })

  const runWorkers = async (path: string, mode: "race" | "retry", count: number, names: ReadonlyArray<string>) => {
    const tsx = join(__dirname, "../../../node_modules/.bin/tsx")
    const worker = join(__dirname, "sqlite-worker.ts")
    const children = names.map((w) => spawn(tsx, ["--conditions=@minzheng/source", worker, path, w, mode, String(count)], { cwd: join(__dirname, "..") }))
    const outputs = children.map((child) => {
      let out = ""
      let err = ""
      child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()))
      const ready = new Promise<void>((resolve) =>
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString()
          if (out.includes("ready")) resolve()
        })
      )
      const done = new Promise<string>((resolve, reject) => child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}: ${err}`)))))
      return { ready, done }
    })
    await Promise.all(outputs.map((o) => o.ready))
    writeFileSync(`${path}.go`, "")
    return (await Promise.all(outputs.map((o) => o.done))).map((o) => JSON.parse(o.trim().split("\n").at(-1) ?? "{}") as { worker: string; conflicts: number; won: number[] })
  }

  it("two processes racing to open the same 60 cases at version 0: for each case exactly one wins", async () => {
    const path = join(dir, "race.db")
    openSqliteCaseStoreUnsafe(path).close()
    const reports = await runWorkers(path, "race", 60, ["w1", "w2"])
    const store = openSqliteCaseStoreUnsafe(path)
    const won = new Map(reports.map((r) => [r.worker, new Set(r.won)]))
    for (let i = 0; i < 60; i++) {
      const events = Effect.runSync(store.read(`race-${i}`))
      expect(events).toHaveLength(1)
      const winner = (events[0]?.event as { worker: string }).worker
      expect(won.get(winner)?.has(i)).toBe(true)
      expect([...won.values()].filter((s) => s.has(i))).toHaveLength(1)
    }
    expect(reports.reduce((n, r) => n + r.won.length + r.conflicts, 0)).toBe(120)
    expect(Effect.runSync(store.readAll({ limit: 1000 }))).toHaveLength(60)
    store.close()
  }, 120_000)

  it("two processes appending 150 events each to one case at the same time, retrying: all 300 stored, versions 1..300 without a gap", async () => {
    const path = join(dir, "concurrent.db")
    openSqliteCaseStoreUnsafe(path).close()
    const names = ["w1", "w2"]
    const reports = await runWorkers(path, "retry", 150, names)
    const store = openSqliteCaseStoreUnsafe(path)
    const events = Effect.runSync(store.read("shared"))
    store.close()
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1))
    for (const w of names) {
      expect(events.filter((e) => (e.event as { worker: string }).worker === w).map((e) => (e.event as { i: number }).i)).toEqual(Array.from({ length: 150 }, (_, i) => i))
    }
    expect(reports.map((r) => r.worker).sort()).toEqual(names)
  }, 120_000)

  it("a codec of your own checks events on the way in and out; a stored event it refuses is corrupt-event", () => {
    const path = join(dir, "codec.db")
    const typed: EventCodec = {
      encode: eventJson,
      decode: (text) => {
        const u = JSON.parse(text) as unknown
        if (typeof u !== "object" || u === null || typeof (u as { type?: unknown }).type !== "string") throw new Error("an event needs a type")
        return u
      }
    }
    const store = openSqliteCaseStoreUnsafe(path, { codec: typed })
    Effect.runSync(store.append("c", 0, [{ type: "opened" }]))
    const raw = new DatabaseSync(path)
    raw.exec(`INSERT INTO case_events (case_id, version, event, recorded_at) VALUES ('c', 2, '{"no":"type"}', '2025-01-01T00:00:00.000Z')`)
    raw.close()
    expect(failureOf(store.read("c"))).toMatchObject({ _tag: "CaseStoreFailure", reason: "corrupt-event", caseId: "c", version: 2 })
    expect(failureOf(store.readAll())).toMatchObject({ reason: "corrupt-event" })
    store.close()
  })

  it("used after close: every operation fails as closed, naming the file", () => {
    const path = join(dir, "closed.db")
    const store = openSqliteCaseStoreUnsafe(path)
    store.close()
    store.close()
    for (const effect of [store.append("c", 0, [1]), store.read("c"), store.readAll(), store.list()]) {
      expect(failureOf(effect as Effect.Effect<unknown, unknown>)).toMatchObject({ reason: "closed", location: path })
    }
  })

  it("a path or options of the wrong type are one InvalidInput, thrown (a broken precondition)", () => {
    expect(() => openSqliteCaseStore(42 as unknown as string, { busyTimeoutMs: -1, readOnly: "yes" as unknown as boolean })).toThrow(
      expect.objectContaining({ _tag: "InvalidInput", issues: expect.arrayContaining([expect.objectContaining({ path: ["path"] }), expect.objectContaining({ path: ["options", "busyTimeoutMs"] }), expect.objectContaining({ path: ["options", "readOnly"] })]) })
    )
  })
})

describe("migrations: the schema version table", () => {
  it("a new file is created at the latest schema, with its history in case_store_schema", () => {
    const path = join(dir, "fresh.db")
    const store = openSqliteCaseStoreUnsafe(path, { now: () => "2026-12-04T00:00:00.000Z" })
    expect(store.schemaVersion).toBe(2)
    store.close()
    const raw = new DatabaseSync(path)
    expect(raw.prepare("SELECT version, applied_at FROM case_store_schema ORDER BY version").all()).toEqual([
      { version: 1, applied_at: "2026-12-04T00:00:00.000Z" },
      { version: 2, applied_at: "2026-12-04T00:00:00.000Z" }
    ])
    raw.close()
  })

  it("a file of @minzheng/mediation/sqlite 0.x (schema 1) is migrated: its events keep their order as positions", () => {
    const path = join(dir, "mediation-0x.db")
    const old = new DatabaseSync(path)
    old.exec("CREATE TABLE case_events (case_id TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), event TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (case_id, version))")
    const insert = old.prepare("INSERT INTO case_events (case_id, version, event, recorded_at) VALUES (?, ?, ?, ?)")
    insert.run("b", 1, '{"type":"start"}', "2025-03-01T00:00:00.000Z")
    insert.run("a", 1, '{"type":"start"}', "2025-03-02T00:00:00.000Z")
    insert.run("b", 2, '{"type":"accept"}', "2025-03-03T00:00:00.000Z")
    old.close()
    // read-only, an old file cannot be upgraded: refused, naming the fix
    const ro = openFailure(path, { readOnly: true })
    expect(ro.reason).toBe("outdated-schema")
    expect(ro.messageZh).toBe(`案件库 ${path} 的结构版本较旧，只读打开时无法升级：请先以可写方式打开一次`)
    const store = openSqliteCaseStoreUnsafe(path)
    expect(Effect.runSync(store.readAll()).map((e) => [e.position, e.caseId, e.version])).toEqual([
      [1, "b", 1],
      [2, "a", 1],
      [3, "b", 2]
    ])
    expect(Effect.runSync(store.list())).toEqual(["b", "a"])
    expect(Effect.runSync(store.append("a", 1, [{ type: "accept" }]))[0]?.position).toBe(4)
    store.close()
    // opening again changes nothing
    const again = openSqliteCaseStoreUnsafe(path)
    expect(Effect.runSync(again.readAll())).toHaveLength(4)
    again.close()
  })

  it("a file written by a newer version of this library is refused (newer-schema), untouched", () => {
    const path = join(dir, "newer.db")
    openSqliteCaseStoreUnsafe(path).close()
    const raw = new DatabaseSync(path)
    raw.exec("INSERT INTO case_store_schema (version, applied_at, description) VALUES (3, '2030-01-01', 'future')")
    raw.close()
    const f = openFailure(path)
    expect(f).toMatchObject({ reason: "newer-schema", location: path, store: "sqlite" })
    expect(f.messageZh).toBe(`案件库 ${path} 由较新版本的程序写入，本程序不认识其结构：请升级本程序后再打开`)
  })
})

describe("every failure of the SQLite store is typed and names the file", () => {
  it("a file in a folder that does not exist: cannot-open", () => {
    const path = join(dir, "no-such-folder", "cases.db")
    const f = openFailure(path)
    expect(f).toBeInstanceOf(CaseStoreFailure)
    expect(f).toMatchObject({ reason: "cannot-open", location: path, store: "sqlite" })
    expect(f.messageZh).toBe(`无法打开案件库文件 ${path}：请检查路径是否存在、目录是否可写`)
    expect(f.message).toContain(path)
    expect(() => openSqliteCaseStoreUnsafe(path)).toThrow(CaseStoreFailure)
  })

  it("a text file: not-a-database, and the file is left as it was", () => {
    const path = join(dir, "notes.txt")
    const text = "这是一个文本文件，不是数据库。".repeat(20)
    writeFileSync(path, text)
    const f = openFailure(path)
    expect(f).toMatchObject({ reason: "not-a-database", location: path })
    expect(f.messageZh).toBe(`文件 ${path} 不是数据库文件（可能已损坏或不是案件库）：请确认路径指向案件库文件`)
    expect(readFileSync(path, "utf8")).toBe(text)
  })

  it("another program's case_events table is refused (foreign-schema) and not written to", () => {
    const path = join(dir, "foreign.db")
    const other = new DatabaseSync(path)
    other.exec("CREATE TABLE case_events (id INTEGER PRIMARY KEY, payload BLOB)")
    other.exec("INSERT INTO case_events (payload) VALUES ('theirs')")
    other.close()
    const f = openFailure(path)
    expect(f).toMatchObject({ reason: "foreign-schema", location: path })
    expect(f.messageZh).toContain("拒绝使用")
    const check = new DatabaseSync(path)
    expect(check.prepare("SELECT COUNT(*) AS n FROM case_events").get()).toEqual({ n: 1 })
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'case_store_schema'").all()).toEqual([])
    check.close()
  })

  it("the same columns without UNIQUE(case_id, version) are foreign too", () => {
    const path = join(dir, "no-unique.db")
    const other = new DatabaseSync(path)
    other.exec("CREATE TABLE case_events (case_id TEXT, version INTEGER, event TEXT, recorded_at TEXT)")
    other.close()
    expect(openFailure(path).reason).toBe("foreign-schema")
  })

  it("a store opened read-only reads, and an append fails as read-only naming the file", () => {
    const path = join(dir, "read-only.db")
    const writer = openSqliteCaseStoreUnsafe(path)
    Effect.runSync(writer.append("c", 0, [{ n: 1 }]))
    writer.close()
    const reader = openSqliteCaseStoreUnsafe(path, { readOnly: true })
    expect(Effect.runSync(reader.read("c")).map((e) => e.event)).toEqual([{ n: 1 }])
    const f = failureOf(reader.append("c", 1, [{ n: 2 }]))
    expect(f).toMatchObject({ reason: "read-only", location: path })
    expect((f as CaseStoreFailure).messageZh).toBe(`案件库 ${path} 只读，无法写入：请检查文件权限，或以可写方式打开`)
    reader.close()
    expect(openFailure(join(dir, "empty-read-only.db"), { readOnly: true }).reason).toBe("cannot-open")
  })

  it("a file without write permission, opened writable by a non-root user, fails as read-only on append", () => {
    if (process.getuid?.() === 0) return // root writes through any permission: nothing to show
    const path = join(dir, "perm.db")
    openSqliteCaseStoreUnsafe(path).close()
    chmodSync(path, 0o444)
    const r = openSqliteCaseStore(path)
    const reason = Result.isFailure(r) ? r.failure.reason : (failureOf(r.success.append("c", 0, [1])) as CaseStoreFailure).reason
    expect(reason).toBe("read-only")
  })

  it("a write lock held past the busy timeout: locked, with the timeout waited, nothing half-written", () => {
    const path = join(dir, "locked.db")
    openSqliteCaseStoreUnsafe(path).close()
    const holder = new DatabaseSync(path)
    holder.exec("BEGIN IMMEDIATE")
    const store = openSqliteCaseStoreUnsafe(path, { busyTimeoutMs: 50 })
    const f = failureOf(store.append("c", 0, [{ n: 1 }])) as CaseStoreFailure
    expect(f).toMatchObject({ reason: "locked", location: path, busyTimeoutMs: 50 })
    expect(f.messageZh).toBe(`案件库 ${path} 被其他进程锁定，等待 50 毫秒后仍未释放：请稍后重试，或调大等待时间`)
    holder.exec("ROLLBACK")
    holder.close()
    expect(Effect.runSync(store.append("c", 0, [{ n: 1 }]))).toHaveLength(1)
    store.close()
  })

  it("a case with a gap in its versions, or an unreadable event, is refused on read (and the gap on append)", () => {
    const path = join(dir, "damaged.db")
    const store = openSqliteCaseStoreUnsafe(path)
    Effect.runSync(store.append("gap", 0, [{ n: 1 }, { n: 2 }, { n: 3 }]))
    Effect.runSync(store.append("bad", 0, [{ n: 1 }]))
    const raw = new DatabaseSync(path)
    raw.exec("DELETE FROM case_events WHERE case_id = 'gap' AND version = 2")
    raw.exec("UPDATE case_events SET event = '{not json' WHERE case_id = 'bad'")
    raw.close()
    expect(failureOf(store.read("gap"))).toMatchObject({ reason: "version-gap", caseId: "gap", version: 3, location: path })
    expect(failureOf(store.append("gap", 3, [{ n: 4 }]))).toMatchObject({ reason: "version-gap", caseId: "gap" })
    const bad = failureOf(store.read("bad")) as CaseStoreFailure
    expect(bad).toMatchObject({ reason: "corrupt-event", caseId: "bad", version: 1 })
    expect(bad.messageZh).toBe(`案件库 ${path} 中案件 bad 的第 1 条事件无法读取：记录已损坏`)
    store.close()
  })

  it("through the Effect layer, a bad file fails the layer with the typed failure", () => {
    const path = join(dir, "notes-layer.txt")
    writeFileSync(path, "not a database at all, just text that is long enough to be read as a header")
    const exit = Effect.runSyncExit(CaseStore.use((s) => s.list()).pipe(Effect.provide(sqliteCaseStoreLayer(path))))
    expect(Exit.isFailure(exit) && Exit.isFailure(exit) ? String(exit.cause) : "").toContain("CaseStoreFailure")
    expect(Effect.runSync(Effect.flip(CaseStore.use((s) => s.list()).pipe(Effect.provide(sqliteCaseStoreLayer(path)))))).toMatchObject({ reason: "not-a-database" })
  })
})
