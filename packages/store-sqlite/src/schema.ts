/**
 * The SQLite store's schema and its migrations (not public). The schema version lives in the
 * table `case_store_schema`; each migration runs in one `BEGIN IMMEDIATE` transaction, so two
 * processes opening an old file at once migrate it once.
 *
 * Version 1 is the layout of `@minzheng/mediation/sqlite` 0.x (one table `case_events` without
 * a position column and without a schema table); version 2 adds the global `position` (the
 * table's INTEGER PRIMARY KEY, so SQLite never renumbers it), the idempotency keys and the schema
 * table.
 */
import type { DatabaseSync } from "node:sqlite"

/** The schema version this library writes. */
export const LATEST_SCHEMA_VERSION = 2

export const EVENTS_TABLE_V2 = (name: string): string => `
CREATE TABLE ${name} (
  position    INTEGER PRIMARY KEY,
  case_id     TEXT    NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  event       TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (case_id, version)
)`

const KEYS_TABLE = `
CREATE TABLE case_append_keys (
  idempotency_key TEXT    PRIMARY KEY,
  case_id         TEXT    NOT NULL,
  first_position  INTEGER NOT NULL,
  event_count     INTEGER NOT NULL,
  fingerprint     TEXT    NOT NULL
)`

const SCHEMA_TABLE = `
CREATE TABLE case_store_schema (
  version     INTEGER PRIMARY KEY,
  applied_at  TEXT    NOT NULL,
  description TEXT    NOT NULL
)`

const V1_COLUMNS = ["case_id", "version", "event", "recorded_at"]
const V2_COLUMNS = ["position", "case_id", "version", "event", "recorded_at"]

const columnsOf = (db: DatabaseSync, table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name)

const hasUniqueCaseVersion = (db: DatabaseSync): boolean =>
  (db.prepare("PRAGMA index_list(case_events)").all() as Array<{ name: string; unique: number }>)
    .filter((i) => i.unique === 1)
    .some((i) => {
      const cols = (db.prepare(`PRAGMA index_info("${i.name.replaceAll('"', '""')}")`).all() as Array<{ name: string }>).map((c) => c.name)
      return cols.length === 2 && cols[0] === "case_id" && cols[1] === "version"
    })

const sameSet = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => a.length === b.length && b.every((c) => a.includes(c))

/** What an opened file holds. */
export type Found =
  | { readonly kind: "empty" }
  | { readonly kind: "version"; readonly version: number }
  | { readonly kind: "foreign"; readonly detail: string }

/** Reads the file's schema version, or why its tables are not this store's. */
export const inspect = (db: DatabaseSync): Found => {
  const events = columnsOf(db, "case_events")
  const schema = columnsOf(db, "case_store_schema")
  if (schema.length > 0) {
    const row = db.prepare("SELECT MAX(version) AS v FROM case_store_schema").get() as { v: number | bigint | null }
    const version = Number(row.v ?? 0)
    if (version > LATEST_SCHEMA_VERSION) return { kind: "version", version }
    if (!sameSet(events, V2_COLUMNS)) return { kind: "foreign", detail: `columns: ${events.join(", ")}` }
    if (!hasUniqueCaseVersion(db)) return { kind: "foreign", detail: "no UNIQUE(case_id, version)" }
    return { kind: "version", version }
  }
  if (events.length === 0) return { kind: "empty" }
  if (!sameSet(events, V1_COLUMNS)) return { kind: "foreign", detail: `columns: ${events.join(", ")}` }
  if (!hasUniqueCaseVersion(db)) return { kind: "foreign", detail: "no UNIQUE(case_id, version)" }
  return { kind: "version", version: 1 }
}

interface Migration {
  readonly to: number
  readonly description: string
  readonly up: (db: DatabaseSync) => void
}

/** The migrations, in order; `up` runs inside the caller's transaction. */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  {
    to: 2,
    description: "global position (INTEGER PRIMARY KEY), idempotency keys, schema table",
    up: (db) => {
      db.exec(EVENTS_TABLE_V2("case_events_v2"))
      // The old rowids are the order the events were written in: they become the positions.
      db.exec("INSERT INTO case_events_v2 (position, case_id, version, event, recorded_at) SELECT rowid, case_id, version, event, recorded_at FROM case_events ORDER BY rowid")
      db.exec("DROP TABLE case_events")
      db.exec("ALTER TABLE case_events_v2 RENAME TO case_events")
    }
  }
]

/** Creates the latest schema in an empty file (inside the caller's transaction). */
export const createLatest = (db: DatabaseSync): void => {
  db.exec(EVENTS_TABLE_V2("case_events"))
}

/** Brings a file at `from` (0 = empty) to the latest version, inside the caller's transaction. */
export const migrate = (db: DatabaseSync, from: number, now: string): void => {
  if (from === 0) createLatest(db)
  else for (const m of MIGRATIONS) if (m.to > from) m.up(db)
  if (columnsOf(db, "case_append_keys").length === 0) db.exec(KEYS_TABLE)
  if (columnsOf(db, "case_store_schema").length === 0) db.exec(SCHEMA_TABLE)
  const record = db.prepare("INSERT OR IGNORE INTO case_store_schema (version, applied_at, description) VALUES (?, ?, ?)")
  if (from <= 1) record.run(1, now, from === 0 ? "case_events with UNIQUE(case_id, version)" : "case_events (@minzheng/mediation/sqlite 0.x)")
  for (const m of MIGRATIONS) if (m.to > from) record.run(m.to, now, m.description)
}
