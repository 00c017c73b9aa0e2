/**
 * Running the `minzheng` command: parse the arguments, run the command, turn every outcome into
 * an exit code and at most a few one-line messages on stderr.
 *
 * @module
 */
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Cause, Effect, Exit, Layer, Result, Sink, Stdio, Stream } from "effect"
import { CliConfig, CliError, CliOutput, Command, GlobalFlag } from "effect/cli"
import { CliFailure } from "./cli-failure.js"
import { minzhengCommand } from "./command.js"
import { EXIT_CODES, type ExitCode } from "./exit-code.js"
import { calendarFailure } from "./internal/calendar-option.js"
import { describeError, oneLine } from "./internal/describe.js"
import { CLI_VERSION } from "./version.js"

/**
 * What {@link runCli} needs from the platform: Effect CLI's environment (file system, path,
 * terminal, stdio, child processes), as `NodeServices.layer` of `@effect/platform-node` provides.
 *
 * @example
 * ```ts
 * import type { CliEnvironment } from "@minzheng/cli"
 * type Needs = CliEnvironment
 * ```
 * @category running
 * @since 0.1.0
 */
export type CliEnvironment = Command.Environment

const write = (sink: Sink.Sink<void, string | Uint8Array, never, unknown>, text: string): Effect.Effect<void> =>
  Effect.ignore(Stream.run(Stream.make(text), sink))

const isCliError = (u: unknown): u is CliError.CliError => CliError.isCliError(u)

const report = (exit: Exit.Exit<void, unknown>, debug: boolean, stdio: Stdio.Stdio): Effect.Effect<ExitCode> =>
  Effect.gen(function* () {
    if (Exit.isSuccess(exit)) return EXIT_CODES.ok.code
    const err = (text: string) => write(stdio.stderr(), `${text}\n`)
    const cause = exit.cause
    if (Cause.hasInterruptsOnly(cause)) return EXIT_CODES.internal.code
    const failure = Cause.findError(cause)
    if (Result.isSuccess(failure)) {
      const e = failure.success
      if (e instanceof CliFailure) {
        if (e.reported !== true && e.message !== "") yield* err(`minzheng: ${oneLine(e.message)}`)
        if (debug && e.cause !== undefined) yield* err(e.cause instanceof Error && e.cause.stack !== undefined ? e.cause.stack : String(e.cause))
        return e.exitCode
      }
      if (isCliError(e)) {
        // Parse errors were printed by the presenter; a bare ShowHelp (no subcommand given) printed help.
        return EXIT_CODES.usage.code
      }
      // A year the calendar lacks is the user's to fix (--calendar, --provisional-calendar), wherever it surfaced.
      const calendar = calendarFailure(e)
      if (calendar !== undefined) {
        yield* err(`minzheng: ${calendar.message}`)
        return calendar.exitCode
      }
      yield* err(`minzheng: internal error: ${describeError(e)} (rerun with --debug for details)`)
      if (debug) yield* err(Cause.pretty(cause))
      return EXIT_CODES.internal.code
    }
    const defect = Cause.findDefect(cause)
    const d = Result.isSuccess(defect) ? defect.success : undefined
    const calendar = calendarFailure(d)
    if (calendar !== undefined) {
      yield* err(`minzheng: ${calendar.message}`)
      return calendar.exitCode
    }
    yield* err(`minzheng: internal error: ${d instanceof Error ? oneLine(d.message) : describeError(d)} (rerun with --debug for the stack trace)`)
    if (debug) yield* err(d instanceof Error && d.stack !== undefined ? d.stack : Cause.pretty(cause))
    return EXIT_CODES.internal.code
  })

const presenterFor = (stdio: Stdio.Stdio, colors: boolean): CliOutput.Presenter => {
  const formatter = CliOutput.defaultFormatter({ colors, globalFlags: "summary" })
  return {
    present: (event) => {
      switch (event._tag) {
        case "Help":
          return write(stdio.stdout(), `${formatter.formatHelpDoc(event.helpDoc)}\n`)
        case "Version":
          return write(stdio.stdout(), `${formatter.formatVersion(event.name, event.version)}\n`)
        case "InvalidInvocation": {
          const path = event.commandPath.join(" ")
          const lines = event.errors.map((e) => `${path}: ${oneLine(e.message)}`)
          return write(stdio.stderr(), `${lines.join("\n")}\nrun '${path} --help' for usage\n`)
        }
      }
    }
  }
}

/**
 * Runs the `minzheng` command on `args` (the arguments after the program name) and returns its
 * exit code (see {@link EXIT_CODES}); never fails. Output goes to the `Stdio` service, files
 * through the `FileSystem` service: provide `NodeServices.layer` (as the `minzheng` binary does),
 * or use {@link runInProcess} to capture the output.
 *
 * @example
 * ```ts
 * import { runCli } from "@minzheng/cli"
 * import * as NodeServices from "@effect/platform-node/NodeServices"
 * import { Effect } from "effect"
 * const code = await Effect.runPromise(Effect.provide(runCli(["policy", "check", "--help"]), NodeServices.layer))
 * //=> 0
 * ```
 * @category running
 * @since 0.1.0
 */
export const runCli = (args: ReadonlyArray<string>): Effect.Effect<ExitCode, never, CliEnvironment> =>
  Effect.gen(function* () {
    const stdio = yield* Stdio.Stdio
    const debug = args.includes("--debug")
    const colors = (yield* stdio.stdoutIsTerminal) && globalThis.process?.env?.NO_COLOR === undefined
    const program = Command.runWith(minzhengCommand, { version: CLI_VERSION, renderErrors: true })(args).pipe(
      Effect.provide(Layer.mergeAll(CliConfig.layer({ builtIns: [GlobalFlag.Help, GlobalFlag.Version] }), CliOutput.layerPresenter(presenterFor(stdio, colors))))
    )
    const exit = yield* Effect.exit(program)
    return yield* report(exit, debug, stdio)
  })

/**
 * Runs `minzheng` on `args` with Node's real standard streams and file system (what the binary
 * does, without exiting the process) and resolves to the exit code — for scripts such as the
 * repository's `pnpm demo`.
 *
 * @example
 * ```ts
 * import { runOnNode } from "@minzheng/cli"
 * const code = await runOnNode(["policy", "check", "--help"])
 * //=> 0
 * ```
 * @category running
 * @since 0.1.0
 */
export const runOnNode = (args: ReadonlyArray<string>): Promise<ExitCode> => Effect.runPromise(Effect.provide(runCli(args), NodeServices.layer))

/**
 * The captured outcome of {@link runInProcess}: the exit code and everything written to stdout
 * and stderr.
 *
 * @example
 * ```ts
 * import type { CapturedRun } from "@minzheng/cli"
 * const r: CapturedRun = { exitCode: 0, stdout: "ok\n", stderr: "" }
 * ```
 * @category running
 * @since 0.1.0
 */
export interface CapturedRun {
  /** The exit code. */
  readonly exitCode: ExitCode
  /** Everything written to standard output. */
  readonly stdout: string
  /** Everything written to standard error. */
  readonly stderr: string
}

/**
 * Options of {@link runInProcess}: the text on standard input, and whether standard error is to
 * look like a terminal (the progress bar is drawn only then).
 *
 * @example
 * ```ts
 * import type { InProcessOptions } from "@minzheng/cli"
 * const o: InProcessOptions = { stdin: '{"id":"h1"}\n', stderrIsTerminal: false }
 * ```
 * @category running
 * @since 0.1.0
 */
export interface InProcessOptions {
  /** The text on standard input (default: empty). */
  readonly stdin?: string
  /** Whether standard error looks like a terminal (default: no). */
  readonly stderrIsTerminal?: boolean
}

/**
 * Runs `minzheng` in this process with the real file system and captured standard streams — for
 * tests, and for programs that embed the command.
 *
 * @example
 * ```ts
 * import { runInProcess } from "@minzheng/cli"
 * const r = await runInProcess(["policy", "check", "--policy", "qingdao-licang", "--region", "370213", "--as-of", "2025-03-15"])
 * r.exitCode //=> 0
 * ```
 * @category running
 * @since 0.1.0
 */
export const runInProcess = async (args: ReadonlyArray<string>, options: InProcessOptions = {}): Promise<CapturedRun> => {
  const out: Array<string> = []
  const err: Array<string> = []
  const decoder = new TextDecoder()
  const collect = (into: Array<string>) => () =>
    Sink.forEach((chunk: string | Uint8Array) =>
      Effect.sync(() => {
        into.push(typeof chunk === "string" ? chunk : decoder.decode(chunk))
      })
    )
  const stdin = options.stdin ?? ""
  const stdio = Stdio.make({
    args: Effect.succeed(args),
    stdout: collect(out),
    stderr: collect(err),
    stdin: stdin === "" ? Stream.empty : Stream.make(new TextEncoder().encode(stdin)),
    stdinIsTerminal: Effect.succeed(false),
    stdoutIsTerminal: Effect.succeed(false),
    stderrIsTerminal: Effect.succeed(options.stderrIsTerminal === true)
  })
  const exitCode = await Effect.runPromise(runCli(args).pipe(Effect.provideService(Stdio.Stdio, stdio), Effect.provide(NodeServices.layer)))
  return { exitCode, stdout: out.join(""), stderr: err.join("") }
}

