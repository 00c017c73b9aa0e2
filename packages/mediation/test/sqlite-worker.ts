// A separate process appending to a shared case: read the version, append one event at it, retry on
// VersionConflict. Run by sqlite.test.ts through tsx; it says "ready", then waits for the go file so
// that all workers write at the same time.
import { existsSync } from "node:fs"
import { Effect } from "effect"
import { openSqliteCaseStore } from "@minzheng/mediation/sqlite"

const [path = "", worker, countText] = process.argv.slice(2)
const store = openSqliteCaseStore(path, { busyTimeoutMs: 20_000 })
const count = Number(countText)
process.stdout.write("ready\n")
const pause = new Int32Array(new SharedArrayBuffer(4))
while (!existsSync(`${path}.go`)) Atomics.wait(pause, 0, 0, 5)
let conflicts = 0
for (let i = 0; i < count; ) {
  const version = Effect.runSync(store.read("shared")).length
  const exit = Effect.runSyncExit(store.append("shared", version, [{ worker, i }]))
  if (exit._tag === "Success") i++
  else conflicts++
}
store.close()
process.stdout.write(`${JSON.stringify({ worker, conflicts })}\n`)
