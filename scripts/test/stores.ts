/**
 * The case stores every workflow runs on in its tests and benches (issue 17): the memory store, a
 * SQLite file in a temporary folder, and PostgreSQL at MINZHENG_PG_URL with a schema of its own per
 * store opened — one copy for relief, disclosure and mediation.
 *
 *   export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"
 *
 * Without MINZHENG_PG_URL the PostgreSQL store is marked unavailable (its tests are skipped with a
 * message) on a developer's machine; in CI (`CI` set) that is an error thrown when the test file
 * loads, so the tests fail instead of skipping — the convention of @minzheng/store-postgres.
 *
 * This module does not import vitest (the benches and the child process use it too); the tests are
 * in ./stores-suite.ts. It cannot import the store packages either (they are not dependencies of
 * the repository root): each package passes its own copies in (`StoreAdapters`).
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { CaseStore, type CaseStoreShape, makeMemoryCaseStore } from "@minzheng/core"
import { Effect, Layer } from "effect"

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..")

/** The stores' names. */
export type StoreName = "memory" | "sqlite" | "postgres"

/** The two store packages, as the package under test imports them (structural: see the module note). */
export interface StoreAdapters {
  readonly sqlite: {
    readonly openSqliteCaseStoreUnsafe: (path: string, options?: { readonly busyTimeoutMs?: number }) => CaseStoreShape & { readonly close: () => void }
  }
  readonly postgres: {
    readonly openPostgresCaseStore: (options: {
      readonly connectionString: string
      readonly schema?: string
      readonly poolSize?: number
    }) => Effect.Effect<CaseStoreShape & { readonly close: () => Promise<void> }, unknown>
  }
}

/** Where a durable store's data is, so that another process can open it. */
export type StoreAddress =
  | { readonly kind: "sqlite"; readonly path: string }
  | { readonly kind: "postgres"; readonly connectionString: string; readonly schema: string }

/** One open connection to a store (an "app instance"). */
export interface OpenStore {
  readonly name: StoreName
  readonly store: CaseStoreShape
  /** `Layer.succeed(CaseStore, store)`. */
  readonly layer: Layer.Layer<CaseStore>
  /** Runs a workflow Effect on this store: its value, or its failure thrown. */
  readonly run: <A, E>(effect: Effect.Effect<A, E, CaseStore>) => Promise<A>
  /** Another connection to the same data (a second app instance); memory: the same store. */
  readonly another: () => Promise<OpenStore>
  /** Closes this connection and opens the same data again (a restart); memory: the same store. */
  readonly reopen: () => Promise<OpenStore>
  readonly close: () => Promise<void>
  /** Where another process finds the data (undefined for memory). */
  readonly address: StoreAddress | undefined
}

/** A kind of store, opened fresh and empty for each test. */
export interface StoreKind {
  readonly name: StoreName
  readonly label: string
  /** Whether the data survive the process (SQLite, PostgreSQL). */
  readonly durable: boolean
  /** False only for PostgreSQL without MINZHENG_PG_URL outside CI (its tests are skipped). */
  readonly available: boolean
  /** A fresh, empty store. */
  readonly open: () => Promise<OpenStore>
}

/** The server of the PostgreSQL tests (MINZHENG_PG_URL), or "". */
export const PG_URL = process.env["MINZHENG_PG_URL"] ?? ""
const IN_CI = (process.env["CI"] ?? "") !== "" && process.env["CI"] !== "false"
const PG_HINT = 'export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"'

/** The store-postgres convention: in CI a missing server is an error, elsewhere a printed skip. */
export const requirePostgresInCi = (what: string): boolean => {
  if (PG_URL === "" && IN_CI) throw new Error(`MINZHENG_PG_URL is not set in CI: start PostgreSQL with \`${PG_HINT}\` before the tests of ${what} (.ci/run does)`)
  if (PG_URL === "") console.warn(`${what}: MINZHENG_PG_URL is not set, PostgreSQL tests skipped — run: ${PG_HINT}`)
  return PG_URL !== ""
}

interface PgClient {
  connect(): Promise<unknown>
  query(text: string, params?: unknown[]): Promise<{ readonly rows: ReadonlyArray<Record<string, unknown>> }>
  end(): Promise<void>
}
/** node-postgres, from @minzheng/store-postgres's own dependencies (for dropping test schemas). */
const pgClient = (): PgClient => {
  const pg = createRequire(join(ROOT, "packages", "store-postgres", "package.json"))("pg") as { Client: new (o: { connectionString: string }) => PgClient }
  return new pg.Client({ connectionString: PG_URL })
}

const wrap = (name: StoreName, store: CaseStoreShape, close: () => Promise<void>, address: StoreAddress | undefined, open: () => Promise<OpenStore>): OpenStore => {
  const layer = Layer.succeed(CaseStore, store)
  return {
    name,
    store,
    layer,
    run: (effect) => Effect.runPromise(Effect.provide(effect, layer)),
    another: open,
    reopen: async () => {
      await close()
      return open()
    },
    close,
    address
  }
}

/**
 * The three stores for one test file: `stores` (memory, SQLite, PostgreSQL, each opened fresh per
 * test) and `cleanup` (closes every connection left open, deletes the SQLite files, drops the
 * PostgreSQL schemas) for `afterAll`.
 *
 * @param label names the SQLite folder and the PostgreSQL schemas (lower-case letters and digits)
 * @param options.failWithoutPostgresInCi false for the benches: PostgreSQL is left out, never an error
 */
export const eachStore = (
  adapters: StoreAdapters,
  label: string,
  options: { readonly failWithoutPostgresInCi?: boolean } = {}
): { readonly stores: ReadonlyArray<StoreKind>; readonly cleanup: () => Promise<void> } => {
  const havePg = options.failWithoutPostgresInCi === false ? PG_URL !== "" : requirePostgresInCi(`${label} stores`)
  let dir: string | undefined
  const folder = () => (dir ??= mkdtempSync(join(tmpdir(), `minzheng-${label}-stores-`)))
  const open = new Set<() => Promise<void>>()
  const schemas: string[] = []
  let n = 0
  const track = (close: () => Promise<void>): (() => Promise<void>) => {
    let closed = false
    const once = async () => {
      if (closed) return
      closed = true
      open.delete(once)
      await close()
    }
    open.add(once)
    return once
  }

  const memory: StoreKind = {
    name: "memory",
    label: "memory",
    durable: false,
    available: true,
    open: async () => {
      const store = makeMemoryCaseStore()
      const self = (): Promise<OpenStore> => Promise.resolve(wrap("memory", store, async () => {}, undefined, self))
      return self()
    }
  }
  const sqlite: StoreKind = {
    name: "sqlite",
    label: "SQLite (file, WAL)",
    durable: true,
    available: true,
    open: async () => {
      const path = join(folder(), `${label}-${++n}.db`)
      const connect = async (): Promise<OpenStore> => {
        const store = adapters.sqlite.openSqliteCaseStoreUnsafe(path, { busyTimeoutMs: 20_000 })
        return wrap("sqlite", store, track(async () => store.close()), { kind: "sqlite", path }, connect)
      }
      return connect()
    }
  }
  const postgres: StoreKind = {
    name: "postgres",
    label: "PostgreSQL",
    durable: true,
    available: havePg,
    open: async () => {
      const schema = `wf_${label}_${process.pid}_${++n}`.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 63)
      schemas.push(schema)
      const connect = async (): Promise<OpenStore> => {
        const store = await Effect.runPromise(adapters.postgres.openPostgresCaseStore({ connectionString: PG_URL, schema, poolSize: 3 }))
        return wrap("postgres", store, track(() => store.close()), { kind: "postgres", connectionString: PG_URL, schema }, connect)
      }
      return connect()
    }
  }
  const cleanup = async (): Promise<void> => {
    for (const close of [...open]) await close()
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
    if (schemas.length > 0 && havePg) {
      const client = pgClient()
      await client.connect()
      try {
        for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`)
      } finally {
        await client.end()
      }
    }
  }
  return { stores: [memory, sqlite, postgres], cleanup }
}

/** Opens a durable store from its address (in another process). */
export const openAddress = async (adapters: StoreAdapters, address: StoreAddress): Promise<{ readonly store: CaseStoreShape; readonly close: () => Promise<void> }> => {
  if (address.kind === "sqlite") {
    const store = adapters.sqlite.openSqliteCaseStoreUnsafe(address.path, { busyTimeoutMs: 20_000 })
    return { store, close: async () => store.close() }
  }
  const store = await Effect.runPromise(adapters.postgres.openPostgresCaseStore({ connectionString: address.connectionString, schema: address.schema, poolSize: 2 }))
  return { store, close: () => store.close() }
}

/**
 * A workflow as the store tests drive it: through the package's public API only. The commands are
 * JSON (they cross to another process).
 */
export interface WorkflowDriver {
  /** A short name, used in case ids and test names: "review". */
  readonly name: string
  /** What it is, for test names: "低保 审核确认 (reviewWorkflow)". */
  readonly title: string
  /** Runs one command through the package's workflow function; its typed errors in the error channel. */
  readonly command: (caseId: string, command: unknown) => Effect.Effect<{ readonly version: number; readonly state: unknown }, { readonly _tag: string }, CaseStore>
  /** Loads a case through the package's API: its replayed state and version. */
  readonly load: (caseId: string) => Effect.Effect<{ readonly state: unknown; readonly version: number }, unknown, CaseStore>
  /** The same commands folded by the pure workflow, with no store at all: the state and the events. */
  readonly pure: (commands: ReadonlyArray<unknown>) => { readonly state: unknown; readonly events: ReadonlyArray<unknown> }
  /** A whole case from its opening to its end state (a worked example of the package's tests). */
  readonly commands: ReadonlyArray<unknown>
  /** Where a case is interrupted (by the end of a process, a restart): after this many commands. */
  readonly split: number
  /**
   * What an app reads from the store for these cases — deadlines, flags — as data; it must be the
   * same on every store.
   */
  readonly readings: (caseIds: ReadonlyArray<string>) => Effect.Effect<unknown, unknown, CaseStore>
  /**
   * Two writers at once: both commands are valid after `commands.slice(0, at)`, in either order.
   * The loser reloads and sends `retry` (default: its own command again; a strictly sequential
   * workflow sends the next step instead, its own having been taken by the winner).
   */
  readonly race: {
    readonly at: number
    readonly a: unknown
    readonly b: unknown
    readonly retry?: (loser: unknown, winner: unknown) => unknown
  }
}

/** The case id of a driver's case in the tests: `review-full`. */
export const caseIdOf = (driver: WorkflowDriver, which: string): string => `${driver.name}-${which}`

/** A job for the child process: open these cases on the store at `address`, up to `upTo` commands. */
export interface ChildJob {
  /** The module exporting `drivers` and `adapters` (an absolute path). */
  readonly module: string
  readonly address: StoreAddress
  readonly cases: ReadonlyArray<{ readonly driver: string; readonly caseId: string; readonly upTo: number }>
}

/** What the child reports: its process id and each case's version when it left. */
export interface ChildReport {
  readonly pid: number
  readonly versions: Readonly<Record<string, number>>
}

/**
 * Runs a job in another Node process (`node --conditions=@minzheng/source --import tsx
 * scripts/test/stores-child.ts JOB`) and returns its report; fails with the child's stderr.
 */
export const runInChild = (job: ChildJob): Promise<ChildReport> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=@minzheng/source", "--import", "tsx", join(ROOT, "scripts", "test", "stores-child.ts"), JSON.stringify(job)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"]
    })
    let out = ""
    let err = ""
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()))
    child.on("error", reject)
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`the child process exited ${code}: ${err}`))
      try {
        resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "") as ChildReport)
      } catch (e) {
        reject(new Error(`the child process printed no report: ${out} ${err} (${String(e)})`))
      }
    })
  })

/** Runs `commands` on a case through the driver, in order; the last outcome's version. */
export const runCommands = async (s: Pick<OpenStore, "run">, driver: WorkflowDriver, caseId: string, commands: ReadonlyArray<unknown>): Promise<number> => {
  let version = 0
  for (const c of commands) version = (await s.run(driver.command(caseId, c))).version
  return version
}

// ————————————————————————————————————————————————— benchmarks

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US")

/**
 * The workflow benchmark of a package on the three stores in the same run, in interleaved rounds
 * (memory, SQLite, PostgreSQL, memory, …), each round on a fresh store: commands/s (each command
 * through the workflow: load the case, decide, append — one writer, the drivers' whole cases over
 * `cases` case ids each) and replay events/s (every case loaded and replayed through the workflow).
 * Prints a Markdown table: median (min–max). PostgreSQL is left out with a note without
 * MINZHENG_PG_URL.
 */
export const benchWorkflowsOnStores = async (
  title: string,
  adapters: StoreAdapters,
  drivers: ReadonlyArray<WorkflowDriver>,
  options: { readonly rounds?: number; readonly cases?: number } = {}
): Promise<void> => {
  const rounds = options.rounds ?? 7
  const cases = options.cases ?? 50
  if (PG_URL === "") console.warn(`MINZHENG_PG_URL is not set: PostgreSQL left out (start one with  ${PG_HINT})`)
  const { stores, cleanup } = eachStore(adapters, `bench${process.pid}`, { failWithoutPostgresInCi: false })
  const subjects = stores.filter((s) => s.available)
  const results = new Map(subjects.map((s) => [s.label, { commands: [] as number[], replay: [] as number[] }]))
  const commandsPerRound = drivers.reduce((n, d) => n + d.commands.length, 0) * cases
  try {
    if (PG_URL !== "") {
      const client = pgClient()
      await client.connect()
      const setting = async (name: string) => String((await client.query(`SHOW ${name}`)).rows[0]?.[name] ?? "?")
      console.log(`PostgreSQL ${await setting("server_version")}, synchronous_commit=${await setting("synchronous_commit")}, fsync=${await setting("fsync")}`)
      await client.end()
    }
    // round 0 warms the code up and is not counted
    for (let round = 0; round <= rounds; round++) {
      for (const subject of subjects) {
        const s = await subject.open()
        try {
          let t = performance.now()
          for (let c = 0; c < cases; c++) for (const d of drivers) await runCommands(s, d, caseIdOf(d, `bench-${c}`), d.commands)
          const commandRate = commandsPerRound / ((performance.now() - t) / 1000)
          t = performance.now()
          let events = 0
          for (let c = 0; c < cases; c++) for (const d of drivers) events += (await s.run(d.load(caseIdOf(d, `bench-${c}`)))).version
          const replayRate = events / ((performance.now() - t) / 1000)
          if (round > 0) {
            results.get(subject.label)?.commands.push(commandRate)
            results.get(subject.label)?.replay.push(replayRate)
          }
        } finally {
          await s.close()
        }
      }
      process.stderr.write(round === 0 ? "warm-up round done\n" : `round ${round}/${rounds} done\n`)
    }
  } finally {
    await cleanup()
  }
  const eventsPerRound = drivers.reduce((n, d) => n + d.pure(d.commands).events.length, 0) * cases
  console.log(
    `\n${title}: ${rounds} interleaved rounds (after a warm-up round), each ${fmt(commandsPerRound)} commands (${drivers.map((d) => d.name).join(", ")} × ${cases} cases) through the workflow, then every case replayed (${fmt(eventsPerRound)} events); median (min–max)\n`
  )
  console.log("| store | appends/s (commands through the workflow) | replay events/s (through the workflow) |")
  console.log("| --- | ---: | ---: |")
  for (const [name, r] of results) {
    console.log(`| ${name} | ${fmt(median(r.commands))} (${fmt(Math.min(...r.commands))}–${fmt(Math.max(...r.commands))}) | ${fmt(median(r.replay))} (${fmt(Math.min(...r.replay))}–${fmt(Math.max(...r.replay))}) |`)
  }
  if (PG_URL === "") console.log("\n(PostgreSQL omitted: MINZHENG_PG_URL is not set.)")
}
