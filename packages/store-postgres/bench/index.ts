/**
 * Case store benchmark: memory, SQLite and PostgreSQL in the same run, interleaved rounds —
 * appends/s (one writer) and replay events/s (readAll of every event). PostgreSQL is the server
 * at MINZHENG_PG_URL (a throwaway one: `export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"`).
 * Run: pnpm --filter @minzheng/store-postgres bench
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { openPostgresCaseStore } from "@minzheng/store-postgres"
import { Effect } from "effect"
import pg from "pg"
import { memorySubject, sqliteSubject } from "../../store-sqlite/bench/index.js"
import { runBench, type Subject } from "../../store-sqlite/bench/measure.js"

const url = process.env["MINZHENG_PG_URL"] ?? ""
if (url === "") console.warn('MINZHENG_PG_URL is not set: PostgreSQL left out (start one with  export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)")')
const dir = mkdtempSync(join(tmpdir(), "store-postgres-bench-"))
const schemas: string[] = []
const postgres: Subject = {
  name: "PostgreSQL (unix socket)",
  open: async () => {
    const schema = `bench_${process.pid}_${schemas.length + 1}`
    schemas.push(schema)
    const store = await Effect.runPromise(openPostgresCaseStore({ connectionString: url, schema, poolSize: 2 }))
    return { store, close: () => store.close() }
  }
}
try {
  if (url !== "") {
    const settings = new pg.Client({ connectionString: url })
    await settings.connect()
    const sync = (await settings.query<{ synchronous_commit: string }>("SHOW synchronous_commit")).rows[0]?.synchronous_commit
    const version = (await settings.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version
    await settings.end()
    console.log(`PostgreSQL ${version ?? "?"}, synchronous_commit=${sync ?? "?"}`)
  }
  await runBench(url === "" ? [memorySubject, sqliteSubject(dir)] : [memorySubject, sqliteSubject(dir), postgres])
} finally {
  rmSync(dir, { recursive: true, force: true })
}
if (schemas.length > 0) {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`)
  await admin.end()
}
