// A separate process writing to a shared SQLite file, run by sqlite.test.ts through tsx. It says
// "ready", then waits for the go file so that all workers write at the same time. Two modes:
//   race  N: append one event at version 0 to each of the cases race-0 … race-(N-1) (no retry):
//            per case, exactly one process may win; prints the cases it won.
//   retry N: append N events to the case "shared", reading the version and retrying on conflict.
import { existsSync } from "node:fs"
import { Effect, Exit } from "effect"
import { openSqliteCaseStoreUnsafe } from "@minzheng/store-sqlite"

const [path = "", worker = "", mode = "", countText = "0"] = process.argv.slice(2)
const store = openSqliteCaseStoreUnsafe(path, { busyTimeoutMs: 20_000 })
const count = Number(countText)
process.stdout.write("ready\n")
const pause = new Int32Array(new SharedArrayBuffer(4))
while (!existsSync(`${path}.go`)) Atomics.wait(pause, 0, 0, 5)
let conflicts = 0
const won: number[] = []
if (mode === "race") {
  for (let i = 0; i < count; i++) {
    const exit = Effect.runSyncExit(store.append(`race-${i}`, 0, [{ worker, i }]))
    if (Exit.isSuccess(exit)) won.push(i)
    else if (String(exit.cause).includes("VersionConflict")) conflicts++
    else throw new Error(String(exit.cause))
  }
} else {
  for (let i = 0; i < count; ) {
    const version = Effect.runSync(store.read("shared")).length
    const exit = Effect.runSyncExit(store.append("shared", version, [{ worker, i }]))
    if (Exit.isSuccess(exit)) i++
    else if (String(exit.cause).includes("VersionConflict")) conflicts++
    else throw new Error(String(exit.cause))
  }
}
store.close()
process.stdout.write(`${JSON.stringify({ worker, conflicts, won })}\n`)
