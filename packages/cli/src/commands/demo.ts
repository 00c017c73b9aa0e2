/**
 * `minzheng demo`: the end-to-end demo over a generated 街道.
 *
 * @internal
 * @module
 */
import { Effect, Option } from "effect"
import { Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { runDemo } from "../demo/run-demo.js"
import { printOut } from "../io/output.js"

export const demoCommand = Command.make(
  "demo",
  {
    out: Flag.String("out").pipe(Flag.withDescription("folder for the files the demo writes (default: minzheng-demo in the temporary folder)"), Flag.withMetavar("DIR"), Flag.optional),
    seed: Flag.Int("seed").pipe(Flag.withDescription("the seed of the generated street (same seed, same files)"), Flag.withDefault(2025)),
    households: Flag.Int("households-per-community").pipe(
      Flag.withDescription("households in each of the 20 communities"),
      Flag.filter((n) => n >= 1 && n <= 5000, (n) => `between 1 and 5000: ${n}`),
      Flag.withDefault(150)
    )
  },
  ({ out, seed, households }) =>
    Effect.gen(function* () {
      const chunks: Array<string> = []
      const dir = Option.getOrUndefined(out)
      yield* Effect.tryPromise({
        try: () => runDemo({ seed, householdsPerCommunity: households, print: (t) => void chunks.push(t), ...(dir === undefined ? {} : { out: dir }) }),
        catch: (e) => new CliFailure({ exitCode: e instanceof Error && "code" in e ? 4 : 70, message: `demo: ${e instanceof Error ? e.message : String(e)}`, cause: e })
      })
      yield* printOut(chunks.join(""))
    })
).pipe(
  Command.withDescription(
    "The end-to-end demo: a generated 街道 (20 communities, 3,000 households, their older people, a year of disclosure duties, a dozen disputes, a village credit quarter) through all five packages — determinations with the caseload summary, a masked 公示 notice, care levels and entitlements, a community's .ics calendar, a mediation timeline and a payout list. Deterministic for a seed, no network, a few seconds."
  ),
  Command.withExamples([
    { command: "minzheng demo", description: "run it, files in the temporary folder" },
    { command: "minzheng demo --out ./demo-out --seed 7", description: "another street, files in ./demo-out" }
  ])
)
