/**
 * A durable `CaseStore` on SQLite through Node's built-in `node:sqlite` (`DatabaseSync`, no
 * native addon, no flag on Node 24). One table, `case_events`, with `UNIQUE(case_id, version)`;
 * each append runs in a `BEGIN IMMEDIATE` transaction that takes the write lock first, checks the
 * case's version, then inserts — so two processes appending to the same case never both win: the
 * later one sees the new version and gets `VersionConflict`, and nothing is lost or
 * overwritten. Node only: import it from `@minzheng/mediation/sqlite`, never from the browser.
 *
 * @module
 */
import { DatabaseSync, type StatementSync } from "node:sqlite"
import { CaseStore, type CaseStoreShape, InvalidInput, type Issue, issue, type StoredEvent, VersionConflict } from "@minzheng/core"
import { Effect, Layer } from "effect"

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
      const { now } = options as { now?: unknown }
      if (now !== undefined && typeof now !== "function") issues.push(issue(["options", "now"], "invalid_type", "时钟应为函数", "the clock must be a function"))
    }
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
}

const notJson = (): InvalidInput =>
  new InvalidInput({ issues: [issue(["events"], "not_json", "事件必须是可序列化为 JSON 的数据", "events must be JSON-serialisable data")] })

/**
 * Opens (creating if needed) a SQLite case store at `path`.
 *
 * **Details** Sets `journal_mode = WAL` (for a file) and a busy timeout so concurrent writers
 * wait for each other's lock instead of failing. `append` is all or nothing. An event that is not
 * JSON-serialisable is a defect carrying an `InvalidInput` (the store's typed error channel
 * is `VersionConflict` only, as core's `CaseStoreShape` defines it).
 *
 * @example
 * ```ts
 * import { openSqliteCaseStore } from "@minzheng/mediation/sqlite"
 * import { Effect } from "effect"
 * const store = openSqliteCaseStore(":memory:")
 * Effect.runSync(store.append("c-1", 0, [{ type: "x" }]))[0]?.version //=> 1
 * store.close()
 * ```
 * @throws `InvalidInput` when `path` is not a text or `options` not an options object
 * @category constructors
 * @since 0.1.0
 */
export const openSqliteCaseStore = (path: string, options: SqliteCaseStoreOptions = {}): SqliteCaseStore => {
  checkArguments(path, options)
  const db = new DatabaseSync(path)
  const timeout = Number.isSafeInteger(options.busyTimeoutMs) ? Math.max(0, options.busyTimeoutMs ?? 0) : 5_000
  db.exec(`PRAGMA busy_timeout = ${timeout}`)
  if (path !== ":memory:" && path !== "") db.exec("PRAGMA journal_mode = WAL")
  db.exec("PRAGMA synchronous = NORMAL")
  db.exec(SCHEMA)
  const now = options.now ?? (() => new Date().toISOString())
  const versionOf: StatementSync = db.prepare("SELECT COALESCE(MAX(version), 0) AS v FROM case_events WHERE case_id = ?")
  const insert: StatementSync = db.prepare("INSERT INTO case_events (case_id, version, event, recorded_at) VALUES (?, ?, ?, ?)")
  const readAll: StatementSync = db.prepare("SELECT version, event, recorded_at FROM case_events WHERE case_id = ? ORDER BY version")
  const listAll: StatementSync = db.prepare("SELECT case_id FROM case_events GROUP BY case_id ORDER BY MIN(rowid)")

  const append = (caseId: string, expectedVersion: number, events: ReadonlyArray<unknown>): Effect.Effect<ReadonlyArray<StoredEvent>, VersionConflict> =>
    Effect.suspend(() => {
      const texts: string[] = []
      for (const e of events) {
        let text: string | undefined
        try {
          text = JSON.stringify(e)
        } catch {
          text = undefined
        }
        if (text === undefined) return Effect.die(notJson())
        texts.push(text)
      }
      db.exec("BEGIN IMMEDIATE")
      try {
        const actual = Number((versionOf.get(caseId) as { v: number | bigint }).v)
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
        return Effect.die(error)
      }
    })

  return {
    path,
    append,
    read: (caseId) =>
      Effect.sync(() =>
        (readAll.all(caseId) as Array<{ version: number | bigint; event: string; recorded_at: string }>).map((r) => ({
          caseId,
          version: Number(r.version),
          event: JSON.parse(r.event) as unknown,
          recordedAt: r.recorded_at
        }))
      ),
    list: () => Effect.sync(() => (listAll.all() as Array<{ case_id: string }>).map((r) => r.case_id)),
    close: () => {
      if (db.isOpen) db.close()
    }
  }
}

/**
 * A layer providing core's `CaseStore` on a SQLite file, closed when the layer's scope ends.
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
