// Where the PostgreSQL tests find their server: MINZHENG_PG_URL, set by
//   export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"
// In CI (CI set) a missing server is a failure, never a silent skip; on a developer's machine the
// tests are skipped with a message naming the command.
import pg from "pg"

export const PG_URL = process.env["MINZHENG_PG_URL"] ?? ""
const inCi = (process.env["CI"] ?? "") !== "" && process.env["CI"] !== "false"

if (PG_URL === "" && inCi) {
  throw new Error("MINZHENG_PG_URL is not set in CI: start PostgreSQL with `export MINZHENG_PG_URL=\"$(bash scripts/postgres.sh start)\"` before the tests (.ci/run does)")
}
if (PG_URL === "") {
  console.warn("store-postgres: MINZHENG_PG_URL is not set, PostgreSQL tests skipped — run: export MINZHENG_PG_URL=\"$(bash scripts/postgres.sh start)\"")
}

/** Whether the tests run (false only outside CI without a server). */
export const HAVE_SERVER = PG_URL !== ""

let n = 0
/** A schema name of its own for one test (dropped by dropSchemas). */
export const freshSchema = (label: string): string => `t_${label}_${process.pid}_${++n}`.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 63)

/** Runs SQL on the server directly (setting up damaged or foreign tables). */
export const sql = async (text: string, params: unknown[] = []): Promise<pg.QueryResult> => {
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  try {
    return await client.query(text, params)
  } finally {
    await client.end()
  }
}

/** Drops every schema these tests made in this process. */
export const dropSchemas = async (): Promise<void> => {
  if (!HAVE_SERVER) return
  const rows = (await sql("SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", [`t\\_%\\_${process.pid}\\_%`])).rows as Array<{ nspname: string }>
  for (const r of rows) await sql(`DROP SCHEMA "${r.nspname}" CASCADE`)
}
