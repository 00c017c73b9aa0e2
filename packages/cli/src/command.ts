/**
 * The `minzheng` command tree.
 *
 * @module
 */
import { Command, Flag, GlobalFlag } from "effect/cli"
import { careCommand } from "./commands/care.js"
import { creditCommand } from "./commands/credit.js"
import { demoCommand } from "./commands/demo.js"
import { disclosureCommand } from "./commands/disclosure.js"
import { mediationCommand } from "./commands/mediation.js"
import { policyCommand } from "./commands/policy.js"
import { reliefCommand } from "./commands/relief.js"

/**
 * The global `--debug` flag: print the stack trace of an internal error (exit code 70) instead of
 * the one-line message only.
 *
 * @example
 * ```ts
 * import { DebugFlag } from "@minzheng/cli"
 * DebugFlag.id //=> "debug"
 * ```
 * @category commands
 * @since 0.1.0
 */
export const DebugFlag = GlobalFlag.Setting("debug")({
  flag: Flag.Boolean("debug").pipe(Flag.withDescription("print stack traces of internal errors (exit code 70)"), Flag.withDefault(false))
})

/**
 * The root `minzheng` command with every subcommand, for embedding in another Effect CLI or for
 * running with `Command.runWith` (most callers want {@link runCli} instead, which also maps
 * errors to exit codes).
 *
 * @example
 * ```ts
 * import { minzhengCommand } from "@minzheng/cli"
 * minzhengCommand.name //=> "minzheng"
 * ```
 * @category commands
 * @since 0.1.0
 */
export const minzhengCommand = Command.make("minzheng").pipe(
  Command.withDescription(
    "minzheng (民政): China's grassroots civil-affairs rules as typed, tested TypeScript — batch runs over CSV/JSON/NDJSON, calendars, notices, case files, payouts and the end-to-end demo. Exit codes: 0 ok, 1 some records failed, 2 usage error, 3 invalid input or policy, 4 file cannot be read or written, 70 internal error (rerun with --debug)."
  ),
  Command.withSubcommands([reliefCommand, careCommand, disclosureCommand, mediationCommand, creditCommand, policyCommand, demoCommand]),
  Command.withGlobalFlags([DebugFlag])
)
