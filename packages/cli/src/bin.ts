#!/usr/bin/env node
/**
 * The `minzheng` executable. It checks the running Node.js first — with code that imports
 * nothing heavy and parses on Node 18 and 20 — and prints one line and exits 1 on a Node that is
 * too old; only then does it load the command (Effect, `node:sqlite`, the packages) from
 * `main.js`.
 *
 * @module
 */
import { nodeVersionProblem } from "./node-version.js"

const problem = nodeVersionProblem(process.versions.node)
if (problem === undefined) {
  // Node's on-disk compile cache (Node ≥ 22.1): later starts skip compiling the bundled program
  // (docs/cli.md, "Performance"). Best effort: a cache that cannot be written changes nothing.
  try {
    ;(process as { getBuiltinModule?: (id: string) => { enableCompileCache?: () => unknown } | undefined }).getBuiltinModule?.("node:module")?.enableCompileCache?.()
  } catch {
    // no cache: the program still runs
  }
  import("./main.js").catch((error: unknown) => {
    process.stderr.write(`minzheng: cannot start: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 70
  })
} else {
  process.stderr.write(`${problem}\n`)
  process.exitCode = 1
}
