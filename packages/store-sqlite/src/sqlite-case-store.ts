/**
 * A durable `CaseStore` on SQLite through Node's built-in `node:sqlite` (`DatabaseSync`, no
 * native addon, no flag on Node 22.13+ and 24). One file, no server: the embedded default.
 *
 * Each append runs in a `BEGIN IMMEDIATE` transaction that takes the file's write lock first,
 * checks the case's version (and the idempotency key), then inserts — so two connections or two
 * processes appending to one case never both win: the later one sees the new version and gets
 * `VersionConflict`; `UNIQUE(case_id, version)` is the last line of defence. Positions are the
 * table's `INTEGER PRIMARY KEY`, assigned under that lock, so they commit in order.
 *
 * Every storage failure is core's typed `CaseStoreFailure` (`store: "sqlite"`) naming the file:
 * it cannot be opened, it is not a database, its `case_events` table is another program's
 * (refused, never written to), it was written by a newer version, it is read-only, it stayed
 * locked past the busy timeout, the disk is full, or a case read back is damaged.
 *
 * @module
 */
import { createHash } from "node:crypto"
import { DatabaseSync, type StatementSync } from "node:sqlite"
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
import * as Result from "effect/Result"
import { inspect, LATEST_SCHEMA_VERSION, migrate } from "./schema.js"

/**
 * A case store on one SQLite database file, with a way to close it.
 *
 * @example
 * ```ts
 * import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"
 * const store = openSqliteCaseStoreUnsafe(":memory:")
 * store.path //=> ":memory:"
 * store.close()
 * ```
 * @category models
 * @since 0.1.0
 */
export interface SqliteCaseStore extends CaseStoreShape {
  /** The database file (or `":memory:"`). */
  readonly path: string
  /** The schema version of the file (see the guide "Persisting cases"). */
  readonly schemaVersion: number
  /** Closes the database; afterwards every operation fails as `closed`. Closing twice is harmless. */
  readonly close: () => void
}

/**
 * Options of {@link openSqliteCaseStore}.
 *
 * @example
 * ```ts
 * import type { SqliteCaseStoreOptions } from "@minzheng/store-sqlite"
 * const options: SqliteCaseStoreOptions = { busyTimeoutMs: 10_000 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface SqliteCaseStoreOptions {
  /** How long a writer waits for another connection's write lock (default 5,000 ms). */
  readonly busyTimeoutMs?: number
  /** Open the file read-only (it must exist): reads work, an append fails as `read-only`. */
  readonly readOnly?: boolean
  /** The clock for `recordedAt` (default: the current instant, ISO 8601). */
  readonly now?: () => string
  /** How events become text and back (default: JSON). */
  readonly codec?: EventCodec
}

// SQLite's primary result codes (the low byte of an extended code).
const SQLITE_BUSY = 5
const SQLITE_LOCKED = 6
const SQLITE_READONLY = 8
const SQLITE_IOERR = 10
const SQLITE_CORRUPT = 11
const SQLITE_FULL = 13
const SQLITE_CANTOPEN = 14
const SQLITE_NOTADB = 26

const failure = (path: string, reason: CaseStoreFailureReason, detail: string, extra: { caseId?: string; version?: number; busyTimeoutMs?: number } = {}): CaseStoreFailure =>
  new CaseStoreFailure({ store: "sqlite", location: path, reason, detail, ...extra })

/** A failure of node:sqlite as a typed failure naming the file. */
const classify = (error: unknown, path: string, busyTimeoutMs: number, fallback: CaseStoreFailureReason): CaseStoreFailure => {
  if (error instanceof CaseStoreFailure) return error
  const detail = error instanceof Error ? error.message : String(error)
  const code = error instanceof Error ? (error as { errcode?: unknown }).errcode : undefined
  const primary = typeof code === "number" ? code & 0xff : undefined
  const reason: CaseStoreFailureReason =
    primary === SQLITE_BUSY || primary === SQLITE_LOCKED
      ? "locked"
      : primary === SQLITE_READONLY
        ? "read-only"
        : primary === SQLITE_NOTADB || primary === SQLITE_CORRUPT
          ? "not-a-database"
          : primary === SQLITE_CANTOPEN
            ? "cannot-open"
            : primary === SQLITE_FULL
              ? "disk-full"
              : primary === SQLITE_IOERR
                ? "io-error"
                : error instanceof Error && (error as { code?: unknown }).code === "ERR_SQLITE_ERROR"
                  ? fallback
                  : "unexpected-error"
  return failure(path, reason, detail, reason === "locked" ? { busyTimeoutMs } : {})
}

// A JavaScript caller can pass anything: a path or options of the wrong shape is a typed
// InvalidInput before SQLite sees them (node:sqlite would throw a TypeError).
const checkArguments = (path: unknown, options: unknown): void => {
  const issues: Issue[] = []
  if (typeof path !== "string") issues.push(issue(["path"], "invalid_text", "数据库路径应为文本", "the database path must be text"))
  if (options !== undefined) {
    if (typeof options !== "object" || options === null) issues.push(issue(["options"], "invalid_type", "选项应为对象", "options must be an object"))
    else {
      const { now, readOnly, busyTimeoutMs, codec } = options as { now?: unknown; readOnly?: unknown; busyTimeoutMs?: unknown; codec?: unknown }
      if (now !== undefined && typeof now !== "function") issues.push(issue(["options", "now"], "invalid_type", "时钟应为函数", "the clock must be a function"))
      if (readOnly !== undefined && typeof readOnly !== "boolean") issues.push(issue(["options", "readOnly"], "invalid_type", "只读选项应为 true 或 false", "readOnly must be true or false"))
      if (busyTimeoutMs !== undefined && (typeof busyTimeoutMs !== "number" || !Number.isSafeInteger(busyTimeoutMs) || busyTimeoutMs < 0)) {
        issues.push(issue(["options", "busyTimeoutMs"], "invalid_timeout", "等待时间应为不小于 0 的整数（毫秒）", "busyTimeoutMs must be a whole number of milliseconds ≥ 0"))
      }
      if (codec !== undefined) {
        const c = codec as { encode?: unknown; decode?: unknown } | null
        if (typeof c !== "object" || c === null || typeof c.encode !== "function" || typeof c.decode !== "function") {
          issues.push(issue(["options", "codec"], "invalid_type", "编解码器应为 { encode, decode } 两个函数", "the codec must be { encode, decode } functions"))
        }
      }
    }
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
}

const fingerprintOf = (texts: ReadonlyArray<string>): string => createHash("sha256").update(`[${texts.join(",")}]`).digest("hex")

interface Row {
  position: number | bigint
  case_id: string
  version: number | bigint
  event: string
  recorded_at: string
}

/**
 * Opens (creating or upgrading if needed) a SQLite case store at `path`.
 *
 * **Details** Sets `journal_mode = WAL` (for a file) and a busy timeout so concurrent writers
 * wait for each other's lock instead of failing. A file of an older schema (e.g. written by
 * `@minzheng/mediation/sqlite` 0.x) is migrated in one transaction; a file whose `case_events`
 * table has other columns or lacks `UNIQUE(case_id, version)` is another program's and is
 * refused (`foreign-schema`), never written to. `read` checks that a case's versions run 1, 2, 3 …
 * without a gap and that every event decodes. Every failure is a `CaseStoreFailure` in the
 * Effect's error channel; an event the codec refuses (by default: not JSON-serialisable) is a
 * defect carrying an `InvalidInput`.
 *
 * @returns the store, or a `CaseStoreFailure` naming the file (`cannot-open`, `not-a-database`,
 * `foreign-schema`, `newer-schema`, `outdated-schema`, `locked` …)
 * @example
 * ```ts
 * import { Result } from "@minzheng/core"
 * import { openSqliteCaseStore } from "@minzheng/store-sqlite"
 * import { Effect } from "effect"
 * const store = Result.getOrThrow(openSqliteCaseStore(":memory:"))
 * Effect.runSync(store.append("c-1", 0, [{ type: "x" }]))[0]?.version //=> 1
 * store.close()
 * const missing = openSqliteCaseStore("/no/such/folder/cases.db")
 * missing._tag === "Failure" && missing.failure.reason //=> "cannot-open"
 * ```
 * @throws `InvalidInput` when `path` is not a text or `options` not an options object
 * @category constructors
 * @since 0.1.0
 */
export const openSqliteCaseStore = (path: string, options: SqliteCaseStoreOptions = {}): Result.Result<SqliteCaseStore, CaseStoreFailure> => {
  checkArguments(path, options)
  const timeout = options.busyTimeoutMs ?? 5_000
  const readOnly = options.readOnly === true
  const codec = options.codec ?? jsonEventCodec
  const now = options.now ?? (() => new Date().toISOString())
  let db: DatabaseSync
  try {
    db = new DatabaseSync(path, readOnly ? { readOnly: true } : {})
  } catch (error) {
    return Result.fail(classify(error, path, timeout, "cannot-open"))
  }
  const refuse = (f: CaseStoreFailure): Result.Result<never, CaseStoreFailure> => {
    if (db.isOpen) db.close()
    return Result.fail(f)
  }
  let schemaVersion: number
  try {
    db.exec(`PRAGMA busy_timeout = ${timeout}`)
    // The first read of the file: a file that is not a database fails here.
    const found = inspect(db)
    if (found.kind === "foreign") return refuse(failure(path, "foreign-schema", found.detail))
    const version = found.kind === "empty" ? 0 : found.version
    if (version > LATEST_SCHEMA_VERSION) return refuse(failure(path, "newer-schema", `schema version ${version}, this library knows up to ${LATEST_SCHEMA_VERSION}`))
    if (readOnly) {
      if (version === 0) return refuse(failure(path, "not-a-database", "no case_events table"))
      if (version < LATEST_SCHEMA_VERSION) return refuse(failure(path, "outdated-schema", `schema version ${version}`))
    } else {
      if (path !== ":memory:" && path !== "") db.exec("PRAGMA journal_mode = WAL")
      db.exec("PRAGMA synchronous = NORMAL")
      if (version < LATEST_SCHEMA_VERSION) {
        db.exec("BEGIN IMMEDIATE")
        try {
          // Another process may have migrated the file while this one waited for the lock.
          const again = inspect(db)
          if (again.kind === "foreign") throw failure(path, "foreign-schema", again.detail)
          const from = again.kind === "empty" ? 0 : again.version
          if (from < LATEST_SCHEMA_VERSION) migrate(db, from, now())
          db.exec("COMMIT")
        } catch (error) {
          if (db.isTransaction) db.exec("ROLLBACK")
          throw error
        }
      }
    }
    schemaVersion = LATEST_SCHEMA_VERSION
  } catch (error) {
    return refuse(classify(error, path, timeout, "not-a-database"))
  }
  let statements: Record<"versionOf" | "insert" | "readCase" | "readAll" | "listAll" | "keyOf" | "insertKey" | "range", StatementSync>
  try {
    statements = {
      versionOf: db.prepare("SELECT COUNT(*) AS n, COALESCE(MAX(version), 0) AS v FROM case_events WHERE case_id = ?"),
      insert: db.prepare("INSERT INTO case_events (case_id, version, event, recorded_at) VALUES (?, ?, ?, ?) RETURNING position"),
      readCase: db.prepare("SELECT position, case_id, version, event, recorded_at FROM case_events WHERE case_id = ? ORDER BY version"),
      readAll: db.prepare("SELECT position, case_id, version, event, recorded_at FROM case_events WHERE position > ? ORDER BY position LIMIT ?"),
      listAll: db.prepare("SELECT case_id FROM case_events GROUP BY case_id ORDER BY MIN(position)"),
      keyOf: db.prepare("SELECT case_id, first_position, event_count, fingerprint FROM case_append_keys WHERE idempotency_key = ?"),
      insertKey: db.prepare("INSERT INTO case_append_keys (idempotency_key, case_id, first_position, event_count, fingerprint) VALUES (?, ?, ?, ?, ?)"),
      range: db.prepare("SELECT position, case_id, version, event, recorded_at FROM case_events WHERE position >= ? AND position < ? ORDER BY position")
    }
  } catch (error) {
    return refuse(classify(error, path, timeout, "not-a-database"))
  }
  const { versionOf, insert, readCase, readAll, listAll, keyOf, insertKey, range } = statements
  const fail = (error: unknown, fallback: CaseStoreFailureReason) => Effect.fail(classify(error, path, timeout, fallback))
  const closed = () => Effect.fail(failure(path, "closed", "the store was closed"))

  /** Rows as stored events, checking each event decodes. */
  const decodeRows = (rows: ReadonlyArray<Row>): Result.Result<StoredEvent[], CaseStoreFailure> => {
    const out: StoredEvent[] = []
    for (const r of rows) {
      const version = Number(r.version)
      let event: unknown
      try {
        event = codec.decode(r.event)
      } catch (error) {
        return Result.fail(failure(path, "corrupt-event", error instanceof Error ? error.message : "cannot be decoded", { caseId: r.case_id, version }))
      }
      out.push({ caseId: r.case_id, version, position: Number(r.position), event, recordedAt: r.recorded_at })
    }
    return Result.succeed(out)
  }

  type AppendError = VersionConflict | IdempotencyKeyReused | CaseStoreFailure
  const append = (caseId: string, expectedVersion: number, events: ReadonlyArray<unknown>, appendOptions?: AppendOptions): Effect.Effect<ReadonlyArray<StoredEvent>, AppendError> =>
    Effect.suspend((): Effect.Effect<ReadonlyArray<StoredEvent>, AppendError> => {
      let texts: string[]
      try {
        checkAppendArguments(caseId, expectedVersion, events, appendOptions)
        texts = events.map((e) => codec.encode(e))
      } catch (error) {
        return Effect.die(error) // a broken precondition: InvalidInput
      }
      if (!db.isOpen) return closed()
      const key = appendOptions?.idempotencyKey
      const fingerprint = key === undefined ? "" : fingerprintOf(texts)
      try {
        db.exec("BEGIN IMMEDIATE")
      } catch (error) {
        return fail(error, "io-error")
      }
      try {
        if (key !== undefined) {
          const earlier = keyOf.get(key) as { case_id: string; first_position: number | bigint; event_count: number | bigint; fingerprint: string } | undefined
          if (earlier !== undefined) {
            db.exec("ROLLBACK")
            if (earlier.case_id !== caseId || earlier.fingerprint !== fingerprint) return Effect.fail(new IdempotencyKeyReused({ key, caseId }))
            const first = Number(earlier.first_position)
            const decoded = decodeRows(range.all(first, first + Number(earlier.event_count)) as unknown as Row[])
            return Result.isSuccess(decoded) ? Effect.succeed(decoded.success) : Effect.fail(decoded.failure)
          }
        }
        const row = versionOf.get(caseId) as { n: number | bigint; v: number | bigint }
        const count = Number(row.n)
        const actual = Number(row.v)
        if (count !== actual) {
          db.exec("ROLLBACK")
          return Effect.fail(failure(path, "version-gap", `${count} events, highest version ${actual}`, { caseId }))
        }
        if (actual !== expectedVersion) {
          db.exec("ROLLBACK")
          return Effect.fail(new VersionConflict({ caseId, expected: expectedVersion, actual }))
        }
        const at = now()
        const stored: StoredEvent[] = texts.map((text, i) => {
          const inserted = insert.get(caseId, expectedVersion + i + 1, text, at) as { position: number | bigint }
          return { caseId, version: expectedVersion + i + 1, position: Number(inserted.position), event: codec.decode(text), recordedAt: at }
        })
        if (key !== undefined) insertKey.run(key, caseId, stored[0]?.position ?? 0, stored.length, fingerprint)
        db.exec("COMMIT")
        return Effect.succeed(stored)
      } catch (error) {
        if (db.isOpen && db.isTransaction) db.exec("ROLLBACK")
        // The UNIQUE(case_id, version) constraint is the last line of defence against a lost update.
        if (error instanceof Error && /UNIQUE constraint failed: case_events/.test(error.message)) {
          return Effect.fail(new VersionConflict({ caseId, expected: expectedVersion, actual: expectedVersion + 1 }))
        }
        return fail(error, "io-error")
      }
    })

  const read = (caseId: string): Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure> =>
    Effect.suspend((): Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure> => {
      if (!db.isOpen) return closed()
      let rows: Row[]
      try {
        rows = readCase.all(caseId) as unknown as Row[]
      } catch (error) {
        return fail(error, "io-error")
      }
      for (const [i, r] of rows.entries()) {
        const version = Number(r.version)
        if (version !== i + 1) return Effect.fail(failure(path, "version-gap", `expected version ${i + 1}, found ${version}`, { caseId, version }))
      }
      const decoded = decodeRows(rows)
      return Result.isSuccess(decoded) ? Effect.succeed(decoded.success) : Effect.fail(decoded.failure)
    })

  const readAllEvents = (o?: ReadAllOptions): Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure> =>
    Effect.suspend((): Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure> => {
      let after: number
      let limit: number
      try {
        ;({ after, limit } = readAllOptions(o))
      } catch (error) {
        return Effect.die(error)
      }
      if (!db.isOpen) return closed()
      let rows: Row[]
      try {
        rows = readAll.all(after, limit) as unknown as Row[]
      } catch (error) {
        return fail(error, "io-error")
      }
      const decoded = decodeRows(rows)
      return Result.isSuccess(decoded) ? Effect.succeed(decoded.success) : Effect.fail(decoded.failure)
    })

  const list = (): Effect.Effect<ReadonlyArray<string>, CaseStoreFailure> =>
    Effect.suspend((): Effect.Effect<ReadonlyArray<string>, CaseStoreFailure> => {
      if (!db.isOpen) return closed()
      try {
        return Effect.succeed((listAll.all() as Array<{ case_id: string }>).map((r) => r.case_id))
      } catch (error) {
        return fail(error, "io-error")
      }
    })

  return Result.succeed({
    path,
    schemaVersion,
    append,
    read,
    readAll: readAllEvents,
    list,
    close: () => {
      if (db.isOpen) db.close()
    }
  })
}

/**
 * Like {@link openSqliteCaseStore}, throwing the `CaseStoreFailure`.
 *
 * @example
 * ```ts
 * import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"
 * import { Effect } from "effect"
 * const store = openSqliteCaseStoreUnsafe(":memory:")
 * Effect.runSync(store.append("c-1", 0, [{ type: "x" }, { type: "y" }])).map((e) => e.position) //=> [1, 2]
 * store.close()
 * ```
 * @throws `InvalidInput` when `path` is not a text or `options` not an options object;
 * `CaseStoreFailure` when the file cannot be used (see {@link openSqliteCaseStore})
 * @category constructors
 * @since 0.1.0
 */
export const openSqliteCaseStoreUnsafe = (path: string, options: SqliteCaseStoreOptions = {}): SqliteCaseStore => {
  const r = openSqliteCaseStore(path, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * A layer providing core's `CaseStore` on a SQLite file, closed when the layer's scope ends. A
 * file that cannot be opened fails the layer with the `CaseStoreFailure` (its error channel).
 *
 * @example
 * ```ts
 * import { CaseStore } from "@minzheng/core"
 * import { sqliteCaseStoreLayer } from "@minzheng/store-sqlite"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const store = yield* CaseStore
 *   yield* store.append("c-1", 0, [{ type: "opened" }])
 *   return (yield* store.read("c-1")).length
 * })
 * Effect.runSync(program.pipe(Effect.provide(sqliteCaseStoreLayer(":memory:")))) //=> 1
 * Effect.runSyncExit(program.pipe(Effect.provide(sqliteCaseStoreLayer("/no/such/folder/c.db"))))._tag //=> "Failure"
 * ```
 * @throws `InvalidInput` when `path` is not a text or `options` not an options object
 * @category services
 * @since 0.1.0
 */
export const sqliteCaseStoreLayer = (path: string, options: SqliteCaseStoreOptions = {}): Layer.Layer<CaseStore, CaseStoreFailure> => {
  checkArguments(path, options)
  return Layer.effect(
    CaseStore,
    Effect.acquireRelease(
      Effect.suspend(() => {
        const r = openSqliteCaseStore(path, options)
        return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
      }),
      (store) => Effect.sync(() => store.close())
    )
  )
}
