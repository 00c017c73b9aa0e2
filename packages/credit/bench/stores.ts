/**
 * Credit ledgers on the case stores: entries appended/s (one `record` per entry through the
 * store-backed `CreditLedger`, 20 village ledgers written in turn) and entries replayed/s
 * (`loadLedger` of every ledger from a fresh connection: read + decode + rebuild the `Ledger`), for
 * the memory, SQLite and PostgreSQL stores in the same run, in interleaved rounds (memory, SQLite,
 * PostgreSQL, memory, …), each round on a fresh store. The in-memory `Ledger` service (no store)
 * is the baseline for appends.
 *
 * PostgreSQL is the server at MINZHENG_PG_URL (left out, with a note, when it is unset):
 *   export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"
 *   pnpm --filter @minzheng/credit bench:stores
 */
import { mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type CaseStoreShape, makeMemoryCaseStore } from "@minzheng/core"
import { type CreditLedgerShape, loadLedger, makeMemoryCreditLedger, makeStoreCreditLedger, rongchengVillageScheme } from "@minzheng/credit"
import { openPostgresCaseStore } from "@minzheng/store-postgres"
import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"
import { Effect } from "effect"

const ROUNDS = Number(process.env["ROUNDS"] ?? 5)
const LEDGERS = 20
const PER_LEDGER = Number(process.env["PER_LEDGER"] ?? 100)
const versions = [rongchengVillageScheme]
const url = process.env["MINZHENG_PG_URL"] ?? ""

interface Opened {
  readonly store: CaseStoreShape
  readonly close: () => Promise<void>
  /** Another connection to the same data (for the replay). */
  readonly reopen: () => Promise<Opened>
}
interface Subject {
  readonly name: string
  readonly open: () => Promise<Opened>
}

const dir = mkdtempSync(join(tmpdir(), "credit-bench-"))
let n = 0
const schemas: string[] = []

const memory: Subject = {
  name: "memory",
  open: async () => {
    const store = makeMemoryCaseStore()
    const o: Opened = { store, close: async () => {}, reopen: async () => o }
    return o
  }
}
const sqlite: Subject = {
  name: "SQLite (file, WAL)",
  open: async () => {
    const path = join(dir, `bench-${++n}.db`)
    const at = (): Opened => {
      const store = openSqliteCaseStoreUnsafe(path)
      return { store, close: async () => store.close(), reopen: async () => at() }
    }
    return at()
  }
}
const postgres: Subject = {
  name: "PostgreSQL (unix socket)",
  open: async () => {
    const schema = `bench_credit_${process.pid}_${schemas.length + 1}`
    schemas.push(schema)
    const at = async (): Promise<Opened> => {
      const store = await Effect.runPromise(openPostgresCaseStore({ connectionString: url, schema, poolSize: 2 }))
      return { store, close: () => store.close(), reopen: () => at() }
    }
    return at()
  }
}

const input = (i: number) => ({
  kind: "award",
  key: `2025Q2/${i}`,
  person: `p${(i * 7) % 50}`,
  item: "volunteer-4h",
  date: new Date(Date.UTC(2025, 3, 1 + Math.floor((i * 90) / (LEDGERS * PER_LEDGER)))).toISOString().slice(0, 10),
  recorder: { id: "c-01", role: "collector" },
  evidenceId: `sys-${i}`
})

/** Records every entry, ledger after ledger in turn; returns entries/s. */
const appendAll = async (ledgers: ReadonlyArray<CreditLedgerShape>): Promise<number> => {
  const start = performance.now()
  for (let i = 0; i < LEDGERS * PER_LEDGER; i++) await Effect.runPromise((ledgers[i % LEDGERS] as CreditLedgerShape).record(input(i)))
  return (LEDGERS * PER_LEDGER) / ((performance.now() - start) / 1000)
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
const fmt = (x: number): string => Math.round(x).toLocaleString("en-US")
const figure = (xs: ReadonlyArray<number>): string => (xs.length === 0 ? "—" : `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`)

const subjects = url === "" ? [memory, sqlite] : [memory, sqlite, postgres]
if (url === "") console.warn('MINZHENG_PG_URL is not set: PostgreSQL left out (start one with  export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)")')
const appended = new Map<string, number[]>([["in-memory Ledger (no store)", []], ...subjects.map((s) => [s.name, []] as [string, number[]])])
const replayed = new Map<string, number[]>(subjects.map((s) => [s.name, []]))

try {
  if (url !== "") {
    const pg = createRequire(createRequire(import.meta.url).resolve("@minzheng/store-postgres/package.json"))("pg") as {
      Client: new (o: { connectionString: string }) => { connect(): Promise<void>; query(t: string): Promise<{ rows: Array<Record<string, string>> }>; end(): Promise<void> }
    }
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    const version = (await c.query("SHOW server_version")).rows[0]?.["server_version"]
    const sync = (await c.query("SHOW synchronous_commit")).rows[0]?.["synchronous_commit"]
    const fsync = (await c.query("SHOW fsync")).rows[0]?.["fsync"]
    await c.end()
    console.log(`PostgreSQL ${version ?? "?"}, fsync=${fsync ?? "?"}, synchronous_commit=${sync ?? "?"}`)
  }
  console.log(`Node ${process.version}; ${ROUNDS} rounds of ${LEDGERS} ledgers × ${PER_LEDGER} entries`)
  for (let round = 1; round <= ROUNDS; round++) {
    // the baseline: the pure ledger in memory, no store
    appended.get("in-memory Ledger (no store)")?.push(await appendAll(Array.from({ length: LEDGERS }, () => makeMemoryCreditLedger(versions))))
    for (const subject of subjects) {
      const opened = await subject.open()
      const ledgers = Array.from({ length: LEDGERS }, (_, v) => makeStoreCreditLedger(opened.store, versions, { ledgerId: `village-${v + 1}` }))
      appended.get(subject.name)?.push(await appendAll(ledgers))
      const again = await opened.reopen()
      const start = performance.now()
      let total = 0
      for (let v = 0; v < LEDGERS; v++) total += (await Effect.runPromise(loadLedger(again.store, `village-${v + 1}`))).ledger.size
      replayed.get(subject.name)?.push(total / ((performance.now() - start) / 1000))
      if (total !== LEDGERS * PER_LEDGER) throw new Error(`${subject.name}: replayed ${total} entries, expected ${LEDGERS * PER_LEDGER}`)
      if (again !== opened) await again.close()
      await opened.close()
    }
    process.stdout.write(`round ${round} done\n`)
  }
  console.log("\n| store | entries appended/s | entries replayed/s |\n| --- | ---: | ---: |")
  for (const [name, xs] of appended) console.log(`| ${name} | ${figure(xs)} | ${figure(replayed.get(name) ?? [])} |`)
  if (url === "") console.log("\nPostgreSQL omitted: MINZHENG_PG_URL is not set.")
} finally {
  rmSync(dir, { recursive: true, force: true })
  if (schemas.length > 0) {
    const pg = createRequire(createRequire(import.meta.url).resolve("@minzheng/store-postgres/package.json"))("pg") as {
      Client: new (o: { connectionString: string }) => { connect(): Promise<void>; query(t: string): Promise<unknown>; end(): Promise<void> }
    }
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`)
    await c.end()
  }
}
