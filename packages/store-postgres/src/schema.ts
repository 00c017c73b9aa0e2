/**
 * The PostgreSQL store's schema and migrations (not public). The version lives in
 * `<schema>.case_store_schema`; migrations run in one transaction under a transaction-level
 * advisory lock, so several app instances starting at once migrate the database once.
 */

/** The schema version this library writes. */
export const LATEST_SCHEMA_VERSION = 1

const q = (schema: string, table: string): string => `"${schema}"."${table}"`

export interface Migration {
  readonly to: number
  readonly description: string
  readonly statements: (schema: string) => ReadonlyArray<string>
}

/** The migrations, in order. */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  {
    to: 1,
    description: "case_events with UNIQUE(case_id, version) and a position counter; idempotency keys",
    statements: (s) => [
      `CREATE TABLE ${q(s, "case_events")} (
        position    bigint  PRIMARY KEY,
        case_id     text    NOT NULL,
        version     integer NOT NULL CHECK (version >= 1),
        event       json    NOT NULL,
        recorded_at text    NOT NULL,
        CONSTRAINT case_events_case_version UNIQUE (case_id, version)
      )`,
      // One row: the last position handed out. An append updates it in its transaction, so the row
      // lock orders appends and positions become visible in the order they were given.
      `CREATE TABLE ${q(s, "case_positions")} (
        singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_position bigint  NOT NULL
      )`,
      `INSERT INTO ${q(s, "case_positions")} (singleton, last_position) VALUES (true, 0)`,
      `CREATE TABLE ${q(s, "case_append_keys")} (
        idempotency_key text    PRIMARY KEY,
        case_id         text    NOT NULL,
        first_position  bigint  NOT NULL,
        event_count     integer NOT NULL,
        fingerprint     text    NOT NULL
      )`
    ]
  }
]

export const SCHEMA_TABLE = (s: string): string => `CREATE TABLE IF NOT EXISTS ${q(s, "case_store_schema")} (
  version     integer     PRIMARY KEY,
  applied_at  timestamptz NOT NULL DEFAULT now(),
  description text        NOT NULL
)`

export const EVENT_COLUMNS = ["position", "case_id", "version", "event", "recorded_at"]

export { q as qualified }
