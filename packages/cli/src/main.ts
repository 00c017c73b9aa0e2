/**
 * Runs the `minzheng` command on Node's standard streams and file system and exits with its code.
 * Loaded by `bin.ts` once the Node.js version check has passed.
 *
 * @internal
 * @module
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Effect } from "effect"
import { runCli } from "./run-cli.js"

NodeRuntime.runMain(
  runCli(process.argv.slice(2)).pipe(
    Effect.provide(NodeServices.layer),
    Effect.flatMap((code) =>
      Effect.sync(() => {
        process.exitCode = code
      })
    )
  ),
  { disableErrorReporting: true }
)
