import { CaseStore, CaseStoreFailure, VersionConflict } from "@minzheng/core"
import { openPostgresCaseStore, postgresCaseStoreLayer } from "@minzheng/store-postgres"
import { Effect, Layer } from "effect"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { dropSchemas, freshSchema, HAVE_SERVER, PG_URL, sql } from "./server.js"

afterAll(dropSchemas)

const open = (schema: string, extra: { lockTimeoutMs?: number; connectionString?: string } = {}) =>
  Effect.runPromise(openPostgresCaseStore({ connectionString: extra.connectionString ?? PG_URL, schema, poolSize: 2, ...(extra.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: extra.lockTimeoutMs }) }))
const openFailure = async (options: Parameters<typeof openPostgresCaseStore>[0]): Promise<CaseStoreFailure> => Effect.runPromise(Effect.flip(openPostgresCaseStore(options)))
const withUrl = (change: (url: URL) => void): string => {
  const url = new URL(PG_URL)
  change(url)
  return url.toString()
}

describe.runIf(HAVE_SERVER)("the PostgreSQL case store", () => {
  it("a case opened by one app instance is continued by another", async () => {
    const schema = freshSchema("continued")
    const first = Effect.gen(function* () {
      const store = yield* CaseStore
      return yield* store.append("qd-2025-001", 0, [{ type: "applied" }, { type: "accepted" }])
    })
    await Effect.runPromise(first.pipe(Effect.provide(Layer.fresh(postgresCaseStoreLayer({ connectionString: PG_URL, schema })))))
    const second = Effect.gen(function* () {
      const store = yield* CaseStore
      yield* store.append("qd-2025-001", 2, [{ type: "agreed" }])
      return yield* store.read("qd-2025-001")
    })
    const events = await Effect.runPromise(second.pipe(Effect.provide(Layer.fresh(postgresCaseStoreLayer({ connectionString: PG_URL, schema })))))
    expect(events.map((e) => [e.version, e.position, e.event])).toEqual([
      [1, 1, { type: "applied" }],
      [2, 2, { type: "accepted" }],
      [3, 3, { type: "agreed" }]
    ])
  })

  it("eight instances starting at once on a new schema migrate it once", async () => {
    const schema = freshSchema("migrate")
    const stores = await Promise.all(Array.from({ length: 8 }, () => open(schema)))
    expect(stores.every((s) => s.schemaVersion === 1)).toBe(true)
    for (const s of stores) await s.close()
    const history = (await sql(`SELECT version, description FROM "${schema}".case_store_schema`)).rows
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ version: 1 })
  })

  it("the schema has UNIQUE(case_id, version): a second row at a version is refused by the database itself", async () => {
    const schema = freshSchema("unique")
    const store = await open(schema)
    await Effect.runPromise(store.append("c", 0, [{ n: 1 }]))
    await store.close()
    await expect(sql(`INSERT INTO "${schema}".case_events (position, case_id, version, event, recorded_at) VALUES (99, 'c', 1, '{}', 'x')`)).rejects.toMatchObject({ code: "23505" })
  })

  it("location never shows the password", async () => {
    const url = withUrl((u) => {
      u.password = "s3cret"
      u.pathname = "/no_such_database"
    })
    const f = await openFailure({ connectionString: url, schema: "x" })
    expect(f.location).not.toContain("s3cret")
    expect(f.message).not.toContain("s3cret")
    expect(f.messageZh).not.toContain("s3cret")
  })
})

describe.runIf(HAVE_SERVER)("every failure of the PostgreSQL store is typed and names the database", () => {
  it("no server at the address: unavailable", async () => {
    const url = withUrl((u) => u.searchParams.set("host", "/tmp/no-such-postgres-socket-dir"))
    const f = await openFailure({ connectionString: url, connectTimeoutMs: 2_000 })
    expect(f).toBeInstanceOf(CaseStoreFailure)
    expect(f).toMatchObject({ store: "postgres", reason: "unavailable" })
    expect(f.location).toContain("/tmp/no-such-postgres-socket-dir")
    expect(f.messageZh).toBe(`无法连接案件库 ${f.location}：请检查数据库服务器是否已启动、地址与端口是否正确`)
  })

  it("no such database: cannot-open", async () => {
    const f = await openFailure({ connectionString: withUrl((u) => (u.pathname = "/no_such_database")) })
    expect(f).toMatchObject({ reason: "cannot-open" })
    expect(f.detail).toContain("3D000")
  })

  it("another program's case_events table is refused (foreign-schema) and not written to", async () => {
    const schema = freshSchema("foreign")
    await sql(`CREATE SCHEMA "${schema}"`)
    await sql(`CREATE TABLE "${schema}".case_events (id serial PRIMARY KEY, payload text)`)
    await sql(`INSERT INTO "${schema}".case_events (payload) VALUES ('theirs')`)
    const f = await openFailure({ connectionString: PG_URL, schema })
    expect(f).toMatchObject({ reason: "foreign-schema" })
    expect(f.messageZh).toContain("拒绝使用")
    expect((await sql(`SELECT payload FROM "${schema}".case_events`)).rows).toEqual([{ payload: "theirs" }])
    expect((await sql("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'case_store_schema'", [schema])).rows).toEqual([])
  })

  it("a schema written by a newer version of this library: newer-schema", async () => {
    const schema = freshSchema("newer")
    await (await open(schema)).close()
    await sql(`INSERT INTO "${schema}".case_store_schema (version, description) VALUES (7, 'future')`)
    expect((await openFailure({ connectionString: PG_URL, schema })).reason).toBe("newer-schema")
  })

  it("a read-only session (a standby): opens, reads, and an append fails as read-only", async () => {
    const schema = freshSchema("readonly")
    const writer = await open(schema)
    await Effect.runPromise(writer.append("c", 0, [{ n: 1 }]))
    await writer.close()
    const url = withUrl((u) => u.searchParams.set("options", "-c default_transaction_read_only=on"))
    const reader = await open(schema, { connectionString: url })
    expect((await Effect.runPromise(reader.read("c"))).map((e) => e.event)).toEqual([{ n: 1 }])
    const f = await Effect.runPromise(Effect.flip(reader.append("c", 1, [{ n: 2 }])))
    expect(f).toMatchObject({ _tag: "CaseStoreFailure", reason: "read-only" })
    await reader.close()
  })

  it("the position counter held by another session past the lock timeout: locked, nothing written", async () => {
    const schema = freshSchema("locked")
    const store = await open(schema, { lockTimeoutMs: 100 })
    const holder = new pg.Client({ connectionString: PG_URL })
    await holder.connect()
    await holder.query("BEGIN")
    await holder.query(`UPDATE "${schema}".case_positions SET last_position = last_position`)
    const f = await Effect.runPromise(Effect.flip(store.append("c", 0, [{ n: 1 }])))
    expect(f).toMatchObject({ reason: "locked", busyTimeoutMs: 100 })
    expect((f as CaseStoreFailure).messageZh).toContain("等待 100 毫秒后仍未释放")
    await holder.query("ROLLBACK")
    await holder.end()
    expect(await Effect.runPromise(store.read("c"))).toEqual([])
    expect((await Effect.runPromise(store.append("c", 0, [{ n: 1 }])))[0]?.position).toBe(1)
    await store.close()
  })

  it("a damaged case (a gap, an event that does not decode) is refused on read", async () => {
    const schema = freshSchema("damaged")
    const store = await open(schema)
    await Effect.runPromise(store.append("gap", 0, [{ n: 1 }, { n: 2 }, { n: 3 }]))
    await sql(`DELETE FROM "${schema}".case_events WHERE case_id = 'gap' AND version = 2`)
    expect(await Effect.runPromise(Effect.flip(store.read("gap")))).toMatchObject({ reason: "version-gap", caseId: "gap", version: 3 })
    await store.close()
    const strict = await Effect.runPromise(
      openPostgresCaseStore({
        connectionString: PG_URL,
        schema,
        codec: {
          encode: (e) => JSON.stringify(e),
          decode: (t) => {
            const u = JSON.parse(t) as { n?: unknown }
            if (u.n === 3) throw new Error("n = 3 is not an event")
            return u
          }
        }
      })
    )
    expect(await Effect.runPromise(Effect.flip(strict.readAll()))).toMatchObject({ reason: "corrupt-event", caseId: "gap", version: 3 })
    await strict.close()
  })

  it("used after close: every operation fails as closed", async () => {
    const store = await open(freshSchema("closed"))
    await store.close()
    await store.close()
    for (const effect of [store.append("c", 0, [1]), store.read("c"), store.readAll(), store.list()]) {
      expect(await Effect.runPromise(Effect.flip(effect as Effect.Effect<unknown, unknown>))).toMatchObject({ reason: "closed" })
    }
  })

  it("a stale append through the layer is a VersionConflict in the error channel", async () => {
    const layer = Layer.fresh(postgresCaseStoreLayer({ connectionString: PG_URL, schema: freshSchema("layer") }))
    const program = Effect.gen(function* () {
      const store = yield* CaseStore
      yield* store.append("c", 0, [{ n: 1 }])
      return yield* Effect.flip(store.append("c", 0, [{ n: 2 }]))
    })
    expect(await Effect.runPromise(program.pipe(Effect.provide(layer)))).toBeInstanceOf(VersionConflict)
  })
})

describe("bad options are one InvalidInput, thrown (a broken precondition)", () => {
  it("lists every problem", () => {
    expect(() => openPostgresCaseStore({ connectionString: "", schema: "Bad-Name", poolSize: 0 })).toThrow(
      expect.objectContaining({
        _tag: "InvalidInput",
        issues: [expect.objectContaining({ path: ["options", "connectionString"] }), expect.objectContaining({ path: ["options", "schema"] }), expect.objectContaining({ path: ["options", "poolSize"] })]
      })
    )
  })
})
