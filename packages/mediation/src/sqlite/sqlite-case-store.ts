/**
 * A durable `CaseStore` on SQLite through Node's built-in `node:sqlite` (`DatabaseSync`, no
 * native addon, no flag on Node 24). One table, `case_events`, with `UNIQUE(case_id, version)`;
 * each append runs in a `BEGIN IMMEDIATE` transaction that takes the write lock first, checks the
 * case's version, then inserts — so two processes appending to the same case never both win: the
 * later one sees the new version and gets `VersionConflict`, and nothing is lost or
 * overwritten. Node only: import it from `@minzheng/mediation/sqlite`, never from the browser.
 *
 * Every storage failure is a typed {@link SqliteStoreFailure} naming the file: it cannot be
 * opened, it is not a database, its `case_events` table is another program's (refused, never
 * written to), it is read-only, it stayed locked past the busy timeout, the disk is full, or a
 * case read back is damaged (an unreadable event, or versions with a gap). Opening throws it;
 * `append`, `read` and `list` carry it as the defect of their Effect, because core's
 * `CaseStoreShape` has no error channel for storage (find it with {@link sqliteStoreFailureOf}).
 *
 * @module
 */
import { DatabaseSync, type StatementSync } from "node:sqlite"
import { CaseStore, type CaseStoreShape, InvalidInput, type Issue, issue, type StoredEvent, VersionConflict } from "@minzheng/core"
import * as Cause from "effect/Cause"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

/**
 * Why the SQLite case store failed.
 *
 * @example
 * ```ts
 * import type { SqliteStoreFailureReason } from "@minzheng/mediation/sqlite"
 * const retryable = (r: SqliteStoreFailureReason) => r === "locked"
 * ```
 * @category errors
 * @since 0.1.0
 */
export type SqliteStoreFailureReason =
  | "cannot-open"
  | "not-a-database"
  | "foreign-schema"
  | "read-only"
  | "locked"
  | "disk-full"
  | "io-error"
  | "corrupt-event"
  | "version-gap"

const REASONS_ZH: Readonly<Record<SqliteStoreFailureReason, (f: FailureFacts) => string>> = {
  "cannot-open": (f) => `无法打开案件库文件 ${f.path}：请检查路径是否存在、目录是否可写`,
  "not-a-database": (f) => `文件 ${f.path} 不是数据库文件（可能已损坏或不是案件库）：请确认路径指向案件库文件`,
  "foreign-schema": (f) => `文件 ${f.path} 中已有同名的事件表，但结构不是本案件库的：为免破坏其中的数据，拒绝使用`,
  "read-only": (f) => `案件库 ${f.path} 只读，无法写入：请检查文件权限，或以可写方式打开`,
  locked: (f) => `案件库 ${f.path} 被其他进程锁定，等待 ${f.busyTimeoutMs ?? 0} 毫秒后仍未释放：请稍后重试，或调大等待时间`,
  "disk-full": (f) => `写入案件库 ${f.path} 失败：磁盘已满`,
  "io-error": (f) => `读写案件库 ${f.path} 失败：磁盘读写错误`,
  "corrupt-event": (f) => `案件库 ${f.path} 中案件 ${f.caseId ?? ""} 的第 ${f.version ?? 0} 条事件无法读取：记录已损坏`,
  "version-gap": (f) => `案件库 ${f.path} 中案件 ${f.caseId ?? ""} 的事件版本不连续：记录缺失，拒绝使用`
}

const REASONS_EN: Readonly<Record<SqliteStoreFailureReason, (f: FailureFacts) => string>> = {
  "cannot-open": (f) => `Cannot open the case store file ${f.path}: check that the path exists and its folder is writable`,
  "not-a-database": (f) => `${f.path} is not a database file (damaged, or not a case store): check the path`,
  "foreign-schema": (f) => `${f.path} has a case_events table that is not this store's (${f.detail}): refused, so as not to damage its data`,
  "read-only": (f) => `The case store ${f.path} is read-only: check the file's permissions or open it writable`,
  locked: (f) => `The case store ${f.path} stayed locked by another process for ${f.busyTimeoutMs ?? 0} ms: retry later or raise busyTimeoutMs`,
  "disk-full": (f) => `Writing the case store ${f.path} failed: the disk is full`,
  "io-error": (f) => `Reading or writing the case store ${f.path} failed: disk I/O error`,
  "corrupt-event": (f) => `Event ${f.version ?? 0} of case ${f.caseId ?? ""} in ${f.path} cannot be read: the record is damaged`,
  "version-gap": (f) => `The events of case ${f.caseId ?? ""} in ${f.path} have a gap in their versions (${f.detail}): records are missing`
}

/**
 * What a {@link SqliteStoreFailure} records: the file, the reason, SQLite's own words and, for a
 * damaged case, the case and version.
 *
 * @example
 * ```ts
 * import type { FailureFacts } from "@minzheng/mediation/sqlite"
 * const facts: FailureFacts = { path: "cases.db", reason: "locked", detail: "database is locked", busyTimeoutMs: 5000 }
 * facts.reason //=> "locked"
 * ```
 * @category store
 * @since 0.1.0
 */
export interface FailureFacts {
  readonly path: string
  readonly reason: SqliteStoreFailureReason
  readonly detail: string
  readonly caseId?: string
  readonly version?: number
  readonly busyTimeoutMs?: number
}

/**
 * The SQLite case store failed: the file, the reason, SQLite's own words (`detail`) and, for a
 * damaged case, the case and version. Nothing was written.
 *
 * @example
 * ```ts
 * import { SqliteStoreFailure } from "@minzheng/mediation/sqlite"
 * const e = new SqliteStoreFailure({ path: "/data/cases.db", reason: "read-only", detail: "attempt to write a readonly database" })
 * e.messageZh //=> "案件库 /data/cases.db 只读，无法写入：请检查文件权限，或以可写方式打开"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class SqliteStoreFailure extends Data.TaggedError("SqliteStoreFailure")<
  FailureFacts & {
    readonly message: string
    readonly messageZh: string
  }
> {
  constructor(args: FailureFacts) {
    const a: unknown = args
    const r = typeof a === "object" && a !== null ? (a as Record<string, unknown>) : undefined
    if (r === undefined || typeof r["path"] !== "string" || typeof r["detail"] !== "string" || typeof r["reason"] !== "string" || !Object.hasOwn(REASONS_ZH, r["reason"])) {
      throw new InvalidInput({ issues: [issue(["args"], "invalid_type", "应为 { path, reason, detail }，reason 为已列出的原因之一", "expected { path, reason, detail } with one of the listed reasons")] })
    }
    super({ ...args, message: REASONS_EN[args.reason](args), messageZh: REASONS_ZH[args.reason](args) })
  }
}

/**
 * The {@link SqliteStoreFailure} in an error or an Effect `Cause` (the store's operations carry it
 * as a defect), or `undefined`.
 *
 * @example
 * ```ts
 * import { openSqliteCaseStore, sqliteStoreFailureOf } from "@minzheng/mediation/sqlite"
 * let caught: unknown
 * try { openSqliteCaseStore("/no/such/folder/cases.db") } catch (e) { caught = e }
 * sqliteStoreFailureOf(caught)?.reason //=> "cannot-open"
 * ```
 * @category errors
 * @since 0.1.0
 */
export const sqliteStoreFailureOf = (u: unknown): SqliteStoreFailure | undefined => {
  if (u instanceof SqliteStoreFailure) return u
  if (Cause.isCause(u)) {
    const squashed = Cause.squash(u)
    return squashed instanceof SqliteStoreFailure ? squashed : undefined
  }
  return undefined
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

/** A failure of node:sqlite as a typed failure naming the file; anything else unchanged. */
const classify = (error: unknown, path: string, busyTimeoutMs: number, fallback: SqliteStoreFailureReason): SqliteStoreFailure | unknown => {
  if (error instanceof SqliteStoreFailure) return error
  if (!(error instanceof Error)) return error
  const code = (error as { errcode?: unknown }).errcode
  const detail = error.message
  const primary = typeof code === "number" ? code & 0xff : undefined
  const reason: SqliteStoreFailureReason | undefined =
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
                : (error as { code?: unknown }).code === "ERR_SQLITE_ERROR"
                  ? fallback
                  : undefined
  if (reason === undefined) return error
  return new SqliteStoreFailure({ path, reason, detail, ...(reason === "locked" ? { busyTimeoutMs } : {}) })
}

/**
 * A case store on one SQLite database file, with a way to close it.
 *
 * @example
 * ```ts
 * import { openSqliteCaseStore } from "@minzheng/mediation/sqlite"
 * const store = openSqliteCaseStore(":memory:")
 * store.close()
 * ```
 * @category models
 * @since 0.1.0
 */
export interface SqliteCaseStore extends CaseStoreShape {
  /** The database file (or `":memory:"`). */
  readonly path: string
  /** Closes the database; the store must not be used afterwards. */
  readonly close: () => void
}

/**
 * Options of {@link openSqliteCaseStore}.
 *
 * @example
 * ```ts
 * import type { SqliteCaseStoreOptions } from "@minzheng/mediation/sqlite"
 * const options: SqliteCaseStoreOptions = { busyTimeoutMs: 10_000 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface SqliteCaseStoreOptions {
  /** How long a writer waits for another process's write lock (default 5,000 ms). */
  readonly busyTimeoutMs?: number
  /** Open the file read-only (it must exist): reads work, an append fails as `read-only`. */
  readonly readOnly?: boolean
  /** The clock for `recordedAt` (default: the current instant, ISO 8601). */
  readonly now?: () => string
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS case_events (
  case_id     TEXT    NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  event       TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (case_id, version)
);`

// A JavaScript caller can pass anything: a path or options of the wrong shape is a typed
// InvalidInput before SQLite sees them (node:sqlite would throw a TypeError).
const checkArguments = (path: unknown, options: unknown): void => {
  const issues: Issue[] = []
  if (typeof path !== "string") issues.push(issue(["path"], "invalid_text", "数据库路径应为文本", "the database path must be text"))
  if (options !== undefined) {
    if (typeof options !== "object" || options === null) issues.push(issue(["options"], "invalid_type", "选项应为对象", "options must be an object"))
    else {
      // busyTimeoutMs is read leniently (anything but a whole number means the default)
      const { now, readOnly } = options as { now?: unknown; readOnly?: unknown }
      if (now !== undefined && typeof now !== "function") issues.push(issue(["options", "now"], "invalid_type", "时钟应为函数", "the clock must be a function"))
      if (readOnly !== undefined && typeof readOnly !== "boolean") issues.push(issue(["options", "readOnly"], "invalid_type", "只读选项应为 true 或 false", "readOnly must be true or false"))
    }
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
}

const notJson = (): InvalidInput =>
  new InvalidInput({ issues: [issue(["events"], "not_json", "事件必须是可序列化为 JSON 的数据", "events must be JSON-serialisable data")] })

const COLUMNS = ["case_id", "version", "event", "recorded_at"]

/** Why an existing `case_events` table is not this store's, or undefined when it is. */
const foreignSchema = (db: DatabaseSync): string | undefined => {
  const columns = (db.prepare("PRAGMA table_info(case_events)").all() as Array<{ name: string }>).map((c) => c.name)
  if (columns.length === 0) return undefined // no such table yet: it is created
  if (columns.length !== COLUMNS.length || !COLUMNS.every((c) => columns.includes(c))) return `columns: ${columns.join(", ")}`
  const uniques = (db.prepare("PRAGMA index_list(case_events)").all() as Array<{ name: string; unique: number }>).filter((i) => i.unique === 1)
  const keyed = uniques.some((i) => {
    const cols = (db.prepare(`PRAGMA index_info("${i.name.replaceAll('"', '""')}")`).all() as Array<{ name: string }>).map((c) => c.name)
    return cols.length === 2 && cols[0] === "case_id" && cols[1] === "version"
  })
  return keyed ? undefined : "no UNIQUE(case_id, version)"
}

/**
 * Opens (creating if needed) a SQLite case store at `path`.
 *
 * **Details** Sets `journal_mode = WAL` (for a file) and a busy timeout so concurrent writers
 * wait for each other's lock instead of failing. `append` is all or nothing. A file whose
 * `case_events` table has other columns or lacks `UNIQUE(case_id, version)` is another program's
 * and is refused (`foreign-schema`), never written to. `read` checks that a case's versions run
 * 1, 2, 3 … without a gap and that every event parses. Failures of `append`, `read` and `list`
 * are defects carrying a {@link SqliteStoreFailure} (core's `CaseStoreShape` types only
 * `VersionConflict`); an event that is not JSON-serialisable is a defect carrying an `InvalidInput`.
 *
 * @example
 * ```ts
 * import { openSqliteCaseStore } from "@minzheng/mediation/sqlite"
 * import { Effect } from "effect"
 * const store = openSqliteCaseStore(":memory:")
 * Effect.runSync(store.append("c-1", 0, [{ type: "x" }]))[0]?.version //=> 1
 * store.close()
 * ```
 * @throws `InvalidInput` when `path` is not a text or `options` not an options object;
 * {@link SqliteStoreFailure} when the file cannot be opened, is not a database, holds a foreign
 * `case_events` table, or is locked past the busy timeout
 * @category constructors
 * @since 0.1.0
 */
export const openSqliteCaseStore = (path: string, options: SqliteCaseStoreOptions = {}): SqliteCaseStore => {
  checkArguments(path, options)
  const timeout = Number.isSafeInteger(options.busyTimeoutMs) ? Math.max(0, options.busyTimeoutMs ?? 0) : 5_000
  const readOnly = options.readOnly === true
  const fail = (error: unknown, fallback: SqliteStoreFailureReason): never => {
    throw classify(error, path, timeout, fallback)
  }
  let db: DatabaseSync
  try {
    db = new DatabaseSync(path, readOnly ? { readOnly: true } : {})
  } catch (error) {
    return fail(error, "cannot-open")
  }
  let statements: { versionOf: StatementSync; insert: StatementSync; readAll: StatementSync; listAll: StatementSync }
  try {
    db.exec(`PRAGMA busy_timeout = ${timeout}`)
    // The first read of the file: a file that is not a database fails here.
    const foreign = foreignSchema(db)
    if (foreign !== undefined) throw new SqliteStoreFailure({ path, reason: "foreign-schema", detail: foreign })
    if (!readOnly) {
      if (path !== ":memory:" && path !== "") db.exec("PRAGMA journal_mode = WAL")
      db.exec("PRAGMA synchronous = NORMAL")
      db.exec(SCHEMA)
    }
    statements = {
      versionOf: db.prepare("SELECT COUNT(*) AS n, COALESCE(MAX(version), 0) AS v FROM case_events WHERE case_id = ?"),
      insert: db.prepare("INSERT INTO case_events (case_id, version, event, recorded_at) VALUES (?, ?, ?, ?)"),
      readAll: db.prepare("SELECT version, event, recorded_at FROM case_events WHERE case_id = ? ORDER BY version"),
      listAll: db.prepare("SELECT case_id FROM case_events GROUP BY case_id ORDER BY MIN(rowid)")
    }
  } catch (error) {
    if (db.isOpen) db.close()
    // A file opened read-only without the table: not a case store, and nothing may be created in it.
    if (readOnly && error instanceof Error && /no such table/.test(error.message)) {
      return fail(new SqliteStoreFailure({ path, reason: "not-a-database", detail: error.message }), "not-a-database")
    }
    return fail(error, "not-a-database")
  }
  const { versionOf, insert, readAll, listAll } = statements
  const now = options.now ?? (() => new Date().toISOString())
  const die = (error: unknown, fallback: SqliteStoreFailureReason) => Effect.die(classify(error, path, timeout, fallback))

  const append = (caseId: string, expectedVersion: number, events: ReadonlyArray<unknown>): Effect.Effect<ReadonlyArray<StoredEvent>, VersionConflict> =>
    Effect.suspend(() => {
      const texts: string[] = []
      for (const e of events) {
        let text: string | undefined
        try {
          text = JSON.stringify(e)
        } catch {
          text = undefined // a cycle or a BigInt: reported just below as InvalidInput
        }
        if (text === undefined) return Effect.die(notJson())
        texts.push(text)
      }
      try {
        db.exec("BEGIN IMMEDIATE")
      } catch (error) {
        return die(error, "io-error")
      }
      try {
        const row = versionOf.get(caseId) as { n: number | bigint; v: number | bigint }
        const count = Number(row.n)
        const actual = Number(row.v)
        if (count !== actual) {
          db.exec("ROLLBACK")
          return Effect.die(new SqliteStoreFailure({ path, reason: "version-gap", caseId, detail: `${count} events, highest version ${actual}` }))
        }
        if (actual !== expectedVersion) {
          db.exec("ROLLBACK")
          return Effect.fail(new VersionConflict({ caseId, expected: expectedVersion, actual }))
        }
        const at = now()
        const stored: StoredEvent[] = texts.map((text, i) => {
          insert.run(caseId, expectedVersion + i + 1, text, at)
          return { caseId, version: expectedVersion + i + 1, event: JSON.parse(text) as unknown, recordedAt: at }
        })
        db.exec("COMMIT")
        return Effect.succeed(stored)
      } catch (error) {
        if (db.isTransaction) db.exec("ROLLBACK")
        // The UNIQUE(case_id, version) constraint is the last line of defence against a lost update.
        if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) {
          return Effect.fail(new VersionConflict({ caseId, expected: expectedVersion, actual: expectedVersion + 1 }))
        }
        return die(error, "io-error")
      }
    })

  const read = (caseId: string): Effect.Effect<ReadonlyArray<StoredEvent>> =>
    Effect.suspend(() => {
      let rows: Array<{ version: number | bigint; event: string; recorded_at: string }>
      try {
        rows = readAll.all(caseId) as typeof rows
      } catch (error) {
        return die(error, "io-error")
      }
      const out: StoredEvent[] = []
      for (const [i, r] of rows.entries()) {
        const version = Number(r.version)
        if (version !== i + 1) {
          return Effect.die(new SqliteStoreFailure({ path, reason: "version-gap", caseId, version, detail: `expected version ${i + 1}, found ${version}` }))
        }
        let event: unknown
        try {
          event = JSON.parse(r.event)
        } catch (error) {
          return Effect.die(new SqliteStoreFailure({ path, reason: "corrupt-event", caseId, version, detail: error instanceof Error ? error.message : "not JSON" }))
        }
        out.push({ caseId, version, event, recordedAt: r.recorded_at })
      }
      return Effect.succeed(out)
    })

  const list = (): Effect.Effect<ReadonlyArray<string>> =>
    Effect.suspend(() => {
      try {
        return Effect.succeed((listAll.all() as Array<{ case_id: string }>).map((r) => r.case_id))
      } catch (error) {
        return die(error, "io-error")
      }
    })

  return {
    path,
    append,
    read,
    list,
    close: () => {
      if (db.isOpen) db.close()
    }
  }
}

/**
 * A layer providing core's `CaseStore` on a SQLite file, closed when the layer's scope ends. A
 * file that cannot be opened (see {@link openSqliteCaseStore}) makes building the layer a defect
 * carrying the {@link SqliteStoreFailure}: find it with {@link sqliteStoreFailureOf}.
 *
 * @example
 * ```ts
 * import { sqliteCaseStoreLayer } from "@minzheng/mediation/sqlite"
 * import { runMediationCommand } from "@minzheng/mediation"
 * import { Effect } from "effect"
 * const program = runMediationCommand("c-1", { type: "accept", date: "2025-03-04" })
 * Effect.runSyncExit(program.pipe(Effect.provide(sqliteCaseStoreLayer("/tmp/cases.db"))))._tag //=> "Failure"
 * ```
 * @throws `InvalidInput` when `path` is not a text or `options` not an options object
 * @category services
 * @since 0.1.0
 */
export const sqliteCaseStoreLayer = (path: string, options: SqliteCaseStoreOptions = {}): Layer.Layer<CaseStore> => {
  checkArguments(path, options)
  return Layer.effect(
    CaseStore,
    Effect.acquireRelease(
      Effect.sync(() => openSqliteCaseStore(path, options)),
      (store) => Effect.sync(() => store.close())
    )
  )
}
