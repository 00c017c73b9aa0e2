/**
 * A `CaseStore` on PostgreSQL, for deployments where several app instances share one database.
 * It talks to the server through node-postgres (`pg`): the most used PostgreSQL client for Node,
 * maintained since 2010, pure JavaScript (no native build), with a connection pool, and able to
 * connect over TCP or a unix socket.
 *
 * **How appends stay safe.** An append checks the idempotency key and the case's version, then
 * runs one statement — atomic on its own — that takes the next positions from a one-row counter
 * (`case_positions`), inserts the events and records the key. `UNIQUE(case_id, version)` refuses
 * a second writer at the same version (`VersionConflict`, nothing written), and the key's primary
 * key a second append under one key (answered as a repeat). The counter's row lock is held until
 * the statement commits, so appends get their positions *and become visible* in the same order:
 * a reader following `readAll` never sees position 8 before position 7 has committed — which an
 * identity or `bigserial` column (numbers handed out at insert, visible at commit, in any order)
 * would not promise. Positions are dense: 1, 2, 3 … without holes. The price: appends to the
 * whole store commit one at a time (see the guide "Persisting cases" for the figures).
 *
 * @module
 */
import { createHash } from "node:crypto"
import {
  type AppendOptions,
  CaseStore,
  CaseStoreFailure,
  type CaseStoreFailureReason,
  type CaseStoreShape,
  checkAppendArguments,
  type EventCodec,
  IdempotencyKeyReused,
  InvalidInput,
  type Issue,
  issue,
  jsonEventCodec,
  type ReadAllOptions,
  readAllOptions,
  type StoredEvent,
  VersionConflict
} from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import pg from "pg"
import { EVENT_COLUMNS, LATEST_SCHEMA_VERSION, MIGRATIONS, qualified, SCHEMA_TABLE } from "./schema.js"

/**
 * Options of {@link openPostgresCaseStore}.
 *
 * @example
 * ```ts
 * import type { PostgresCaseStoreOptions } from "@minzheng/store-postgres"
 * const options: PostgresCaseStoreOptions = {
 *   connectionString: "postgresql://app@db.example:5432/minzheng",
 *   schema: "county_370303",
 *   poolSize: 10
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PostgresCaseStoreOptions {
  /**
   * Where the database is: `postgresql://user:password@host:5432/db`, or a unix socket as
   * `postgresql://user@localhost/db?host=/run/postgresql`.
   */
  readonly connectionString: string
  /** The PostgreSQL schema holding the store's tables (default `"public"`); created when missing. */
  readonly schema?: string
  /** Connections in the pool (default 10). */
  readonly poolSize?: number
  /** How long an append waits for a lock held by another writer before failing as `locked` (default 5,000 ms). */
  readonly lockTimeoutMs?: number
  /** How long to wait for a connection before failing as `unavailable` (default 5,000 ms). */
  readonly connectTimeoutMs?: number
  /** The clock for `recordedAt` (default: the current instant, ISO 8601). */
  readonly now?: () => string
  /** How events become JSON text and back (default: JSON). `encode` must return JSON text. */
  readonly codec?: EventCodec
}

/**
 * A case store on a PostgreSQL database, with a way to close its connections.
 *
 * @example
 * ```ts
 * // doc-example: skip — needs a server
 * import { openPostgresCaseStore } from "@minzheng/store-postgres"
 * import { Effect } from "effect"
 * const store = await Effect.runPromise(openPostgresCaseStore({ connectionString: process.env.MINZHENG_PG_URL ?? "" }))
 * store.schemaVersion //=> 1
 * await store.close()
 * ```
 * @category models
 * @since 0.1.0
 */
export interface PostgresCaseStore extends CaseStoreShape {
  /** The server, database and schema, without any password. */
  readonly location: string
  /** The schema version of the store's tables. */
  readonly schemaVersion: number
  /** Closes the pool; afterwards every operation fails as `closed`. Closing twice is harmless. */
  readonly close: () => Promise<void>
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

const checkOptions = (options: unknown): void => {
  const issues: Issue[] = []
  if (typeof options !== "object" || options === null) {
    throw new InvalidInput({ issues: [issue(["options"], "invalid_type", "选项应为对象，至少含 connectionString", "options must be an object with at least connectionString")] })
  }
  const o = options as Record<string, unknown>
  if (typeof o["connectionString"] !== "string" || o["connectionString"].length === 0) {
    issues.push(issue(["options", "connectionString"], "invalid_text", "连接字符串应为非空文本", "the connection string must be a non-empty text"))
  }
  if (o["schema"] !== undefined && (typeof o["schema"] !== "string" || !SCHEMA_NAME.test(o["schema"]))) {
    issues.push(issue(["options", "schema"], "invalid_schema", "模式名应为小写字母、数字或下划线（以字母或下划线开头，最长 63 个字符）", "the schema must be lower-case letters, digits or _ (starting with a letter or _, at most 63)"))
  }
  for (const [name, min] of [["poolSize", 1], ["lockTimeoutMs", 1], ["connectTimeoutMs", 1]] as const) {
    const v = o[name]
    if (v !== undefined && (typeof v !== "number" || !Number.isSafeInteger(v) || v < min)) {
      issues.push(issue(["options", name], "invalid_number", `${name} 应为不小于 ${min} 的整数`, `${name} must be a whole number ≥ ${min}`))
    }
  }
  if (o["now"] !== undefined && typeof o["now"] !== "function") issues.push(issue(["options", "now"], "invalid_type", "时钟应为函数", "the clock must be a function"))
  const c = o["codec"] as { encode?: unknown; decode?: unknown } | null | undefined
  if (c !== undefined && (typeof c !== "object" || c === null || typeof c.encode !== "function" || typeof c.decode !== "function")) {
    issues.push(issue(["options", "codec"], "invalid_type", "编解码器应为 { encode, decode } 两个函数", "the codec must be { encode, decode } functions"))
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
}

/** The connection string without its password, and the schema: what failures name. */
const describeLocation = (connectionString: string, schema: string): string => {
  try {
    const url = new URL(connectionString)
    const socket = url.searchParams.get("host")
    const user = url.username === "" ? "" : `${decodeURIComponent(url.username)}@`
    const host = socket ?? `${url.hostname}${url.port === "" ? "" : `:${url.port}`}`
    return `postgresql://${user}${host}${url.pathname} (schema ${schema})`
  } catch {
    return `${connectionString.replace(/:[^:@/]*@/, ":***@")} (schema ${schema})`
  }
}

/** A pg or network error as a typed failure naming the database. */
const classify = (error: unknown, location: string, lockTimeoutMs: number): CaseStoreFailure => {
  if (error instanceof CaseStoreFailure) return error
  const e = error as { code?: unknown; message?: unknown }
  const code = typeof e?.code === "string" ? e.code : ""
  const detail = typeof e?.message === "string" ? e.message : String(error)
  const reason: CaseStoreFailureReason =
    ["ECONNREFUSED", "ENOENT", "ETIMEDOUT", "ECONNRESET", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"].includes(code) ||
    code.startsWith("08") ||
    code === "57P01" ||
    code === "57P02" ||
    code === "57P03" ||
    /timeout exceeded when trying to connect|Connection terminated/i.test(detail)
      ? "unavailable"
      : code === "28000" || code === "28P01" || code === "42501"
        ? "access-denied"
        : code === "3D000"
          ? "cannot-open"
          : code === "25006"
            ? "read-only"
            : code === "55P03" || code === "40P01"
              ? "locked"
              : code === "53100"
                ? "disk-full"
                : code.startsWith("58")
                  ? "io-error"
                  : "unexpected-error"
  return new CaseStoreFailure({ store: "postgres", location, reason, detail: code === "" ? detail : `${code}: ${detail}`, ...(reason === "locked" ? { busyTimeoutMs: lockTimeoutMs } : {}) })
}

const fingerprintOf = (texts: ReadonlyArray<string>): string => createHash("sha256").update(`[${texts.join(",")}]`).digest("hex")

interface Row {
  position: string | number
  case_id: string
  version: number
  event: string
  recorded_at: string
}

/** The schema's version, or why its tables are not this store's (read-only queries). */
const inspect = async (client: pg.PoolClient, schema: string, location: string): Promise<number> => {
  const tables = new Set((await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [schema])).rows.map((r) => r.table_name))
  if (!tables.has("case_store_schema")) {
    if (tables.has("case_events")) throw new CaseStoreFailure({ store: "postgres", location, reason: "foreign-schema", detail: "case_events without case_store_schema" })
    return 0
  }
  const current = Number((await client.query<{ v: number | null }>(`SELECT MAX(version) AS v FROM ${qualified(schema, "case_store_schema")}`)).rows[0]?.v ?? 0)
  if (current > LATEST_SCHEMA_VERSION) {
    throw new CaseStoreFailure({ store: "postgres", location, reason: "newer-schema", detail: `schema version ${current}, this library knows up to ${LATEST_SCHEMA_VERSION}` })
  }
  if (current === LATEST_SCHEMA_VERSION) {
    const columns = (await client.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'case_events'", [schema])).rows.map((r) => r.column_name)
    if (columns.length !== EVENT_COLUMNS.length || !EVENT_COLUMNS.every((c) => columns.includes(c))) {
      throw new CaseStoreFailure({ store: "postgres", location, reason: "foreign-schema", detail: `columns: ${columns.join(", ")}` })
    }
  }
  return current
}

/** Brings the schema to the latest version (once, under an advisory lock), or says why not. */
const migrate = async (pool: pg.Pool, schema: string, location: string): Promise<number> => {
  const client = await pool.connect()
  try {
    // Up to date (the usual case): read-only queries, no lock — a read-only standby opens too.
    if ((await inspect(client, schema, location)) === LATEST_SCHEMA_VERSION) return LATEST_SCHEMA_VERSION
    await client.query("BEGIN")
    try {
      // One migrator at a time per schema, whichever instance starts first; the others wait, then
      // find the work done.
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`minzheng-case-store:${schema}`])
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
      const current = await inspect(client, schema, location)
      await client.query(SCHEMA_TABLE(schema))
      for (const m of MIGRATIONS) {
        if (m.to <= current) continue
        for (const statement of m.statements(schema)) await client.query(statement)
        await client.query(`INSERT INTO ${qualified(schema, "case_store_schema")} (version, description) VALUES ($1, $2)`, [m.to, m.description])
      }
      await inspect(client, schema, location)
      await client.query("COMMIT")
      return LATEST_SCHEMA_VERSION
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined)
      throw error
    }
  } finally {
    client.release()
  }
}

/**
 * Opens a case store on PostgreSQL: connects, creates the schema and tables when missing or
 * migrates them (once, whichever instance starts first), and checks they are this store's.
 *
 * **Details** Tables, in `options.schema`: `case_events` (position, case_id, version, event as
 * `json`, recorded_at; `UNIQUE(case_id, version)`), `case_positions` (the position counter),
 * `case_append_keys` (idempotency keys, unique in the database) and `case_store_schema` (the
 * migration history). Every failure is a `CaseStoreFailure` (`store: "postgres"`) naming the
 * server, database and schema — never the password.
 *
 * @returns an Effect of the store, failing with a `CaseStoreFailure`: `unavailable` (no server
 * there), `access-denied`, `cannot-open` (no such database), `foreign-schema`, `newer-schema`
 * @example
 * ```ts
 * // doc-example: skip — needs a server
 * import { openPostgresCaseStore } from "@minzheng/store-postgres"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const store = yield* openPostgresCaseStore({ connectionString: "postgresql://app@localhost/minzheng" })
 *   const stored = yield* store.append("qd-2025-001", 0, [{ type: "applied" }])
 *   yield* Effect.promise(() => store.close())
 *   return stored[0]?.version
 * })
 * await Effect.runPromise(program) //=> 1
 * ```
 * @throws `InvalidInput` when `options` is not an options object (no connection string, a bad schema name …)
 * @category constructors
 * @since 0.1.0
 */
export const openPostgresCaseStore = (options: PostgresCaseStoreOptions): Effect.Effect<PostgresCaseStore, CaseStoreFailure> => {
  checkOptions(options)
  const schema = options.schema ?? "public"
  const location = describeLocation(options.connectionString, schema)
  const lockTimeoutMs = options.lockTimeoutMs ?? 5_000
  const codec = options.codec ?? jsonEventCodec
  const now = options.now ?? (() => new Date().toISOString())
  const typed = (error: unknown) => classify(error, location, lockTimeoutMs)
  return Effect.tryPromise({
    try: async () => {
      const pool = new pg.Pool({
        connectionString: options.connectionString,
        max: options.poolSize ?? 10,
        connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
        lock_timeout: lockTimeoutMs
      })
      // An idle connection the server drops (a restart) is replaced by the pool; never a crash.
      pool.on("error", () => undefined)
      try {
        const schemaVersion = await migrate(pool, schema, location)
        return makeStore(pool, { schema, location, lockTimeoutMs, codec, now, schemaVersion })
      } catch (error) {
        await pool.end().catch(() => undefined)
        throw error
      }
    },
    catch: typed
  })
}

const makeStore = (
  pool: pg.Pool,
  config: { schema: string; location: string; lockTimeoutMs: number; codec: EventCodec; now: () => string; schemaVersion: number }
): PostgresCaseStore => {
  const { schema, location, lockTimeoutMs, codec, now, schemaVersion } = config
  const events = qualified(schema, "case_events")
  const positions = qualified(schema, "case_positions")
  const keys = qualified(schema, "case_append_keys")
  const COLUMNS = "position, case_id, version, event::text AS event, recorded_at"
  let open = true
  const closedFailure = () => new CaseStoreFailure({ store: "postgres", location, reason: "closed", detail: "the store was closed" })
  const typed = (error: unknown) => classify(error, location, lockTimeoutMs)

  const decodeRows = (rows: ReadonlyArray<Row>): StoredEvent[] =>
    rows.map((r) => {
      let event: unknown
      try {
        event = codec.decode(r.event)
      } catch (error) {
        throw new CaseStoreFailure({ store: "postgres", location, reason: "corrupt-event", detail: error instanceof Error ? error.message : "cannot be decoded", caseId: r.case_id, version: r.version })
      }
      return { caseId: r.case_id, version: r.version, position: Number(r.position), event, recordedAt: r.recorded_at }
    })

  type Outcome = { readonly stored: ReadonlyArray<StoredEvent> } | { readonly refused: VersionConflict | IdempotencyKeyReused } | { readonly retry: true }

  // Two statements, no explicit transaction: a check (the key, the case's version), then one
  // statement that takes the positions from the counter, inserts the events and records the key
  // — atomic on its own. A writer that committed in between makes the insert fail on
  // UNIQUE(case_id, version) or on the key's primary key, and nothing of this append is written.
  const attempt = async (caseId: string, expectedVersion: number, texts: ReadonlyArray<string>, key: string | undefined, fingerprint: string): Promise<Outcome> => {
    const client = await pool.connect()
    try {
      const check = (
        await client.query<{ v: number; case_id: string | null; first_position: string | null; event_count: number | null; fingerprint: string | null }>(
          `SELECT (SELECT COALESCE(MAX(version), 0) FROM ${events} WHERE case_id = $1) AS v, k.case_id, k.first_position, k.event_count, k.fingerprint
           FROM (SELECT 1) AS one LEFT JOIN ${keys} AS k ON k.idempotency_key = $2`,
          [caseId, key ?? null]
        )
      ).rows[0]
      if (key !== undefined && check?.case_id !== null && check?.case_id !== undefined) {
        if (check.case_id !== caseId || check.fingerprint !== fingerprint) return { refused: new IdempotencyKeyReused({ key, caseId }) }
        const first = Number(check.first_position)
        const rows = await client.query<Row>(`SELECT ${COLUMNS} FROM ${events} WHERE position >= $1 AND position < $2 ORDER BY position`, [first, first + (check.event_count ?? 0)])
        return { stored: decodeRows(rows.rows) }
      }
      const actual = check?.v ?? 0
      if (actual !== expectedVersion) return { refused: new VersionConflict({ caseId, expected: expectedVersion, actual }) }
      if (texts.length === 0 && key === undefined) return { stored: [] }
      const at = now()
      // The counter row's lock orders appends until commit: positions become visible in order.
      const last = Number(
        (
          await client.query<{ last_position: string }>(
            `WITH counter AS (
               UPDATE ${positions} SET last_position = last_position + $1 RETURNING last_position
             ), inserted AS (
               INSERT INTO ${events} (position, case_id, version, event, recorded_at)
               SELECT c.last_position - $1 + t.ord, $2, $3 + t.ord, t.e::json, $4
               FROM counter AS c, unnest($5::text[]) WITH ORDINALITY AS t(e, ord)
               RETURNING position
             ), keyed AS (
               INSERT INTO ${keys} (idempotency_key, case_id, first_position, event_count, fingerprint)
               SELECT $6::text, $2, c.last_position - $1 + 1, $1, $7 FROM counter AS c WHERE $6::text IS NOT NULL
             )
             SELECT last_position FROM counter`,
            [texts.length, caseId, expectedVersion, at, texts, key ?? null, fingerprint]
          )
        ).rows[0]?.last_position
      )
      const first = last - texts.length + 1
      return { stored: texts.map((text, i) => ({ caseId, version: expectedVersion + i + 1, position: first + i, event: codec.decode(text), recordedAt: at })) }
    } catch (error) {
      const e = error as { code?: unknown; constraint?: unknown }
      if (e?.code === "23505") {
        // Another writer committed first: at this version (UNIQUE(case_id, version)), or under
        // this idempotency key (the key's primary key). Either way nothing of ours was written.
        if (e.constraint === "case_events_case_version") {
          const current = (await client.query<{ v: number }>(`SELECT COALESCE(MAX(version), 0) AS v FROM ${events} WHERE case_id = $1`, [caseId])).rows[0]?.v ?? expectedVersion + 1
          return { refused: new VersionConflict({ caseId, expected: expectedVersion, actual: current }) }
        }
        if (key !== undefined) return { retry: true }
      }
      throw error
    } finally {
      client.release()
    }
  }

  type AppendError = VersionConflict | IdempotencyKeyReused | CaseStoreFailure
  const append = (caseId: string, expectedVersion: number, eventsIn: ReadonlyArray<unknown>, appendOptions?: AppendOptions): Effect.Effect<ReadonlyArray<StoredEvent>, AppendError> =>
    Effect.suspend((): Effect.Effect<ReadonlyArray<StoredEvent>, AppendError> => {
      let texts: string[]
      try {
        checkAppendArguments(caseId, expectedVersion, eventsIn, appendOptions)
        texts = eventsIn.map((e) => codec.encode(e))
      } catch (error) {
        return Effect.die(error) // a broken precondition: InvalidInput
      }
      if (!open) return Effect.fail(closedFailure())
      const key = appendOptions?.idempotencyKey
      const fingerprint = key === undefined ? "" : fingerprintOf(texts)
      return Effect.flatMap(
        Effect.tryPromise({
          try: async () => {
            // A key taken by a concurrent append is looked up again: its repeat, or the refusal.
            for (let i = 0; ; i++) {
              const outcome = await attempt(caseId, expectedVersion, texts, key, fingerprint)
              if (!("retry" in outcome) || i >= 2) return outcome
            }
          },
          catch: typed
        }),
        (outcome): Effect.Effect<ReadonlyArray<StoredEvent>, AppendError> =>
          "stored" in outcome
            ? Effect.succeed(outcome.stored)
            : "refused" in outcome
              ? Effect.fail(outcome.refused)
              : Effect.fail(new CaseStoreFailure({ store: "postgres", location, reason: "unexpected-error", detail: "an idempotency key stayed contested" }))
      )
    })

  const query = <A>(run: () => Promise<A>): Effect.Effect<A, CaseStoreFailure> =>
    Effect.suspend(() => (open ? Effect.tryPromise({ try: run, catch: typed }) : Effect.fail(closedFailure())))

  const read = (caseId: string): Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure> =>
    query(async () => {
      const rows = (await pool.query<Row>(`SELECT ${COLUMNS} FROM ${events} WHERE case_id = $1 ORDER BY version`, [caseId])).rows
      for (const [i, r] of rows.entries()) {
        if (r.version !== i + 1) {
          throw new CaseStoreFailure({ store: "postgres", location, reason: "version-gap", detail: `expected version ${i + 1}, found ${r.version}`, caseId, version: r.version })
        }
      }
      return decodeRows(rows)
    })

  const readAll = (o?: ReadAllOptions): Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure> =>
    Effect.suspend(() => {
      let page: { after: number; limit: number }
      try {
        page = readAllOptions(o)
      } catch (error) {
        return Effect.die(error)
      }
      return query(async () => decodeRows((await pool.query<Row>(`SELECT ${COLUMNS} FROM ${events} WHERE position > $1 ORDER BY position LIMIT $2`, [page.after, page.limit])).rows))
    })

  const list = (): Effect.Effect<ReadonlyArray<string>, CaseStoreFailure> =>
    query(async () => (await pool.query<{ case_id: string }>(`SELECT case_id FROM ${events} GROUP BY case_id ORDER BY MIN(position)`)).rows.map((r) => r.case_id))

  return {
    location,
    schemaVersion,
    append,
    read,
    readAll,
    list,
    close: async () => {
      if (!open) return
      open = false
      await pool.end()
    }
  }
}

/**
 * A layer providing core's `CaseStore` on PostgreSQL; the pool is closed when the layer's scope
 * ends. A database that cannot be used fails the layer with the `CaseStoreFailure`.
 *
 * @example
 * ```ts
 * // doc-example: skip — needs a server
 * import { CaseStore } from "@minzheng/core"
 * import { postgresCaseStoreLayer } from "@minzheng/store-postgres"
 * import { Effect } from "effect"
 * const layer = postgresCaseStoreLayer({ connectionString: process.env.MINZHENG_PG_URL ?? "" })
 * const program = CaseStore.use((store) => store.list())
 * await Effect.runPromise(program.pipe(Effect.provide(layer)))
 * ```
 * @throws `InvalidInput` when `options` is not an options object
 * @category services
 * @since 0.1.0
 */
export const postgresCaseStoreLayer = (options: PostgresCaseStoreOptions): Layer.Layer<CaseStore, CaseStoreFailure> => {
  checkOptions(options)
  return Layer.effect(
    CaseStore,
    Effect.acquireRelease(openPostgresCaseStore(options), (store) => Effect.promise(() => store.close()))
  )
}
