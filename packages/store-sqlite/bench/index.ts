/**
 * SQLite store benchmark, next to the memory store in the same run: appends/s and replay events/s.
 * Run: pnpm --filter @minzheng/store-sqlite bench
 * (PostgreSQL too: pnpm --filter @minzheng/store-postgres bench, with MINZHENG_PG_URL set.)
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { makeMemoryCaseStore } from "@minzheng/core"
import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"
import { runBench, type Subject } from "./measure.js"

const dir = mkdtempSync(join(tmpdir(), "store-sqlite-bench-"))
let n = 0
export const memorySubject: Subject = { name: "memory", open: async () => ({ store: makeMemoryCaseStore(), close: async () => {} }) }
export const sqliteSubject = (folder: string): Subject => ({
  name: "SQLite (file, WAL)",
  open: async () => {
    const store = openSqliteCaseStoreUnsafe(join(folder, `bench-${++n}.db`))
    return { store, close: async () => store.close() }
  }
})

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await runBench([memorySubject, sqliteSubject(dir)])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
