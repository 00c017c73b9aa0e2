// core's CaseStore conformance suite on SQLite files: each check gets a fresh file, and reopening
// opens a new connection to the same file.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { caseStoreConformance, type ConformanceSubject } from "@minzheng/core/testing"
import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"
import { afterAll, describe, it } from "vitest"

const dir = mkdtempSync(join(tmpdir(), "store-sqlite-conformance-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
const open = (path: string): ConformanceSubject => {
  const store = openSqliteCaseStoreUnsafe(path)
  return { store, close: async () => store.close(), reopen: async () => open(path) }
}

describe("the SQLite store passes the CaseStore conformance suite", () => {
  for (const c of caseStoreConformance(async () => open(join(dir, `check-${++n}.db`)))) it(c.name, c.run)
})
