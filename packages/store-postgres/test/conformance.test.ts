// core's CaseStore conformance suite on PostgreSQL: each check gets a schema of its own; reopening
// opens a new pool on the same schema (a second app instance).
import { caseStoreConformance, type ConformanceSubject } from "@minzheng/core/testing"
import { openPostgresCaseStore } from "@minzheng/store-postgres"
import { Effect } from "effect"
import { afterAll, describe, it } from "vitest"
import { dropSchemas, freshSchema, HAVE_SERVER, PG_URL } from "./server.js"

afterAll(dropSchemas)

const open = async (schema: string): Promise<ConformanceSubject> => {
  const store = await Effect.runPromise(openPostgresCaseStore({ connectionString: PG_URL, schema, poolSize: 4 }))
  return { store, close: () => store.close(), reopen: () => open(schema) }
}

describe.runIf(HAVE_SERVER)("the PostgreSQL store passes the CaseStore conformance suite", () => {
  for (const c of caseStoreConformance(() => open(freshSchema("conformance")), { writers: 8, appendsPerWriter: 25 })) it(c.name, c.run)
})
