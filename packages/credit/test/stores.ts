// The three stores the credit-ledger tests run on, each opened fresh per test: memory, SQLite (a
// temporary file) and PostgreSQL (a schema of its own per test, on MINZHENG_PG_URL; dropped at the
// end). In CI a missing PostgreSQL is a failing test, never a silent skip.
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type CaseStoreShape, makeMemoryCaseStore } from "@minzheng/core"
import { openPostgresCaseStore } from "@minzheng/store-postgres"
import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"
import { Effect } from "effect"
import { type Outcome, recordAll, type StoreAddress } from "./store-child.js"

export const PG_URL = process.env["MINZHENG_PG_URL"] ?? ""
export const IN_CI = (process.env["CI"] ?? "") !== "" && process.env["CI"] !== "false"

/** One open store, and how to reach its data again (another connection, another process). */
export interface Opened {
  readonly store: CaseStoreShape
  /** Closes this connection (the data stays, except in memory where there is no other). */
  readonly close: () => Promise<void>
  /** Opens another connection to the same data: a restarted app, a second instance. */
  readonly reopen: () => Promise<Opened>
  /** Records inputs on a ledger from another process (memory: another instance in this process). */
  readonly recordElsewhere: (ledgerId: string, inputs: ReadonlyArray<unknown>) => Promise<Outcome[]>
  /** Whether `recordElsewhere` really runs another process. */
  readonly otherProcess: boolean
}

export interface StoreKind {
  readonly name: "memory" | "sqlite" | "postgres"
  /** Whether the store can be used here (PostgreSQL needs MINZHENG_PG_URL). */
  readonly available: boolean
  readonly open: () => Promise<Opened>
}

const tsx = join(__dirname, "../../../node_modules/.bin/tsx")
const child = join(__dirname, "store-child.ts")

/** Runs the child process on a store address; resolves with its outcomes. */
const spawnChild = (store: StoreAddress, ledgerId: string, inputs: ReadonlyArray<unknown>): Promise<Outcome[]> =>
  new Promise((resolve, reject) => {
    const p = spawn(tsx, ["--conditions=@minzheng/source", child, JSON.stringify({ store, ledgerId, inputs })], { cwd: join(__dirname, "..") })
    let out = ""
    let err = ""
    p.stdout.on("data", (c: Buffer) => (out += c.toString()))
    p.stderr.on("data", (c: Buffer) => (err += c.toString()))
    p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "[]") as Outcome[]) : reject(new Error(`child exited ${code}: ${err}`))))
  })

const memory: StoreKind = {
  name: "memory",
  available: true,
  open: async () => {
    const store = makeMemoryCaseStore()
    const opened: Opened = {
      store,
      close: async () => {},
      reopen: async () => opened,
      recordElsewhere: (ledgerId, inputs) => recordAll(store, ledgerId, inputs),
      otherProcess: false
    }
    return opened
  }
}

let dir: string | undefined
let files = 0
const sqlite: StoreKind = {
  name: "sqlite",
  available: true,
  open: async () => {
    dir ??= mkdtempSync(join(tmpdir(), "credit-stores-"))
    const path = join(dir, `ledger-${++files}.db`)
    const at = (): Opened => {
      const store = openSqliteCaseStoreUnsafe(path)
      return {
        store,
        close: async () => store.close(),
        reopen: async () => at(),
        recordElsewhere: (ledgerId, inputs) => spawnChild({ kind: "sqlite", path }, ledgerId, inputs),
        otherProcess: true
      }
    }
    return at()
  }
}

let schemas = 0
const postgres: StoreKind = {
  name: "postgres",
  available: PG_URL !== "",
  open: async () => {
    const schema = `t_credit_${process.pid}_${++schemas}`
    const at = async (): Promise<Opened> => {
      const store = await Effect.runPromise(openPostgresCaseStore({ connectionString: PG_URL, schema, poolSize: 4 }))
      return {
        store,
        close: () => store.close(),
        reopen: () => at(),
        recordElsewhere: (ledgerId, inputs) => spawnChild({ kind: "postgres", url: PG_URL, schema }, ledgerId, inputs),
        otherProcess: true
      }
    }
    return at()
  }
}

export const STORE_KINDS: ReadonlyArray<StoreKind> = [memory, sqlite, postgres]

/** Removes the SQLite files and the PostgreSQL schemas these tests made. */
export const cleanUp = async (): Promise<void> => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  if (PG_URL === "" || schemas === 0) return
  // `pg` is store-postgres's dependency, not credit's: reached through that package.
  const fromHere = createRequire(import.meta.url)
  const pg = createRequire(fromHere.resolve("@minzheng/store-postgres/package.json"))("pg") as {
    Client: new (o: { connectionString: string }) => { connect(): Promise<void>; query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>; end(): Promise<void> }
  }
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  try {
    const rows = (await client.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", [`t\\_credit\\_${process.pid}\\_%`])).rows as Array<{ nspname: string }>
    for (const r of rows) await client.query(`DROP SCHEMA "${r.nspname}" CASCADE`)
  } finally {
    await client.end()
  }
}
