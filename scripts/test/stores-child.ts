/**
 * The "other process" of the store tests (issue 17): opens cases on a SQLite file or a PostgreSQL
 * schema through a package's workflow drivers, then exits. Run by `runInChild` (./stores.ts):
 *
 *   node --conditions=@minzheng/source --import tsx scripts/test/stores-child.ts '<ChildJob JSON>'
 *
 * The job names the module exporting `drivers` and `adapters` (a package's test/stores-cases.ts),
 * so the package's own copies of its workflows and of the store packages are used. Prints one line
 * of JSON: `{ pid, versions }`.
 */
import { pathToFileURL } from "node:url"
import { type ChildJob, type ChildReport, openAddress, runCommands, type StoreAdapters, type WorkflowDriver } from "./stores.js"
import { CaseStore } from "@minzheng/core"
import { Effect, Layer } from "effect"

const job = JSON.parse(process.argv[2] ?? "{}") as ChildJob
const mod = (await import(pathToFileURL(job.module).href)) as { drivers: ReadonlyArray<WorkflowDriver>; adapters: StoreAdapters }
const { store, close } = await openAddress(mod.adapters, job.address)
const layer = Layer.succeed(CaseStore, store)
const versions: Record<string, number> = {}
try {
  for (const c of job.cases) {
    const driver = mod.drivers.find((d) => d.name === c.driver)
    if (driver === undefined) throw new Error(`no driver ${c.driver}`)
    const run = <A, E>(e: Effect.Effect<A, E, CaseStore>) => Effect.runPromise(Effect.provide(e, layer))
    versions[c.caseId] = await runCommands({ run }, driver, c.caseId, driver.commands.slice(0, c.upTo))
  }
} finally {
  await close()
}
const report: ChildReport = { pid: process.pid, versions }
process.stdout.write(`${JSON.stringify(report)}\n`)
