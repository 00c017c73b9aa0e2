// A second process for the store tests: opens the store named on the command line, records the
// entries it is given on one ledger, prints one JSON line of outcomes and exits. Also used in
// process (for the memory store, which two processes cannot share) through `recordAll`.
//   tsx --conditions=@minzheng/source test/store-child.ts '<json: { store, ledgerId, inputs }>'
import type { CaseStoreShape } from "@minzheng/core"
import { makeStoreCreditLedger, rongchengVillageScheme } from "@minzheng/credit"
import { Effect, Result } from "effect"

/** Where a child finds the store: a SQLite file, or a PostgreSQL schema. */
export type StoreAddress = { readonly kind: "sqlite"; readonly path: string } | { readonly kind: "postgres"; readonly url: string; readonly schema: string }

/** What one record came to: the entry's key and whether it was a repeat, or the error's tag. */
export type Outcome = { readonly key: string; readonly duplicate: boolean } | { readonly error: string }

/** Records the inputs one after another on a ledger of the store. */
export const recordAll = async (store: CaseStoreShape, ledgerId: string, inputs: ReadonlyArray<unknown>): Promise<Outcome[]> => {
  const ledger = makeStoreCreditLedger(store, [rongchengVillageScheme], { ledgerId, maxAttempts: 100 })
  const out: Outcome[] = []
  for (const input of inputs) {
    const r = await Effect.runPromise(Effect.result(ledger.record(input)))
    out.push(Result.isSuccess(r) ? { key: r.success.entry.key, duplicate: r.success.duplicate } : { error: r.failure._tag })
  }
  return out
}

const main = async (): Promise<void> => {
  const { store: address, ledgerId, inputs } = JSON.parse(process.argv[2] ?? "{}") as { store: StoreAddress; ledgerId: string; inputs: unknown[] }
  if (address.kind === "sqlite") {
    const { openSqliteCaseStoreUnsafe } = await import("@minzheng/store-sqlite")
    const store = openSqliteCaseStoreUnsafe(address.path)
    try {
      console.log(JSON.stringify(await recordAll(store, ledgerId, inputs)))
    } finally {
      store.close()
    }
  } else {
    const { openPostgresCaseStore } = await import("@minzheng/store-postgres")
    const store = await Effect.runPromise(openPostgresCaseStore({ connectionString: address.url, schema: address.schema, poolSize: 2 }))
    try {
      console.log(JSON.stringify(await recordAll(store, ledgerId, inputs)))
    } finally {
      await store.close()
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "\0")) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}
