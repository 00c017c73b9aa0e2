/**
 * `minzheng credit payout`: a ledger (entries, one per line) and a fund → the payout list, exact
 * to the 分.
 *
 * @internal
 * @module
 */
import { appendEntry, decodeScheme, Ledger, rongchengVillageScheme, type Scheme, taishanTimeBankScheme } from "@minzheng/credit"
import { Money } from "@minzheng/core"
import { Effect, type FileSystem, Option, Result, type Stdio, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CliFailure } from "../cli-failure.js"
import { printError, writeOutput } from "../io/output.js"
import { detectFormat, type InputRecord, readJson, readRecords } from "../io/records.js"
import { ledgerPayout, payoutTable } from "../internal/credit-payout.js"
import { describeError, describeIssues, recordError } from "../internal/describe.js"
import { dateFlag, formatFlag, jsonFlag, outFlag } from "./flags.js"

/** Built-in schemes by id. */
export const SCHEMES: ReadonlyMap<string, Scheme> = new Map([rongchengVillageScheme, taishanTimeBankScheme].map((s) => [s.id, s]))

const loadScheme = (spec: string): Effect.Effect<Scheme, CliFailure, FileSystem.FileSystem | Stdio.Stdio> => {
  const builtin = SCHEMES.get(spec)
  if (builtin !== undefined) return Effect.succeed(builtin)
  if (!spec.toLowerCase().endsWith(".json")) {
    return Effect.fail(new CliFailure({ exitCode: 2, message: `--scheme ${spec}: not a built-in scheme (${[...SCHEMES.keys()].join(", ")}) nor a .json file` }))
  }
  return Effect.flatMap(readJson(spec), (json) => {
    const r = decodeScheme(json)
    return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(new CliFailure({ exitCode: 3, message: `scheme ${spec}: ${describeIssues(r.failure.issues)}` }))
  })
}

const payout = Command.make(
  "payout",
  {
    ledger: Argument.String("ledger").pipe(Argument.withDescription("ledger entries, one per line (.ndjson) or a .json array: { key, kind, person, date, item, recorder: { id, role } }"), Argument.withDefault("-")),
    fund: Flag.String("fund").pipe(
      Flag.withDescription("the fund to distribute, in 元 (e.g. 10000.00)"),
      Flag.filter((s) => /^\d{1,13}(\.\d{1,2})?$/.test(s), (s) => `not an amount in 元 with at most 2 decimals: ${s}`)
    ),
    from: dateFlag("from", "first day of the period"),
    to: dateFlag("to", "last day of the period"),
    scheme: Flag.String("scheme").pipe(Flag.withDescription(`a built-in scheme (${[...SCHEMES.keys()].join(", ")}) or a scheme .json file`), Flag.withDefault("rongcheng-village")),
    residents: Flag.String("residents").pipe(Flag.withDescription("names for the list (.csv with person,name): shown masked, surname only"), Flag.optional),
    format: formatFlag,
    json: jsonFlag,
    out: outFlag
  },
  (f) =>
    Effect.gen(function* () {
      const scheme = yield* loadScheme(f.scheme)
      const errors: Array<string> = []
      const fold = yield* Stream.runFold(
        readRecords(f.ledger, detectFormat(f.ledger, Option.getOrUndefined(f.format))),
        () => ({ ledger: Ledger.empty(), count: 0 }),
        (acc, r: InputRecord) => {
          acc.count++
          if (r.malformed !== undefined) {
            errors.push(recordError(r.label, "entry", null, { message: r.malformed }))
            return acc
          }
          const a = appendEntry(acc.ledger, [scheme], r.value)
          const key = typeof r.value === "object" && r.value !== null ? (r.value as { key?: unknown }).key : undefined
          if (Result.isFailure(a)) errors.push(recordError(r.label, "entry", typeof key === "string" ? key : null, a.failure))
          else acc.ledger = a.success.ledger
          return acc
        }
      )
      for (const e of errors) yield* printError(e)
      const names = new Map<string, string>()
      if (Option.isSome(f.residents)) {
        const rows = yield* Stream.runCollect(readRecords(f.residents.value, detectFormat(f.residents.value)))
        for (const r of rows) {
          const v = r.value as { person?: unknown; name?: unknown } | undefined
          if (typeof v?.person === "string" && typeof v.name === "string") names.set(v.person, v.name)
        }
      }
      if (fold.ledger.size === 0) return yield* Effect.fail(new CliFailure({ exitCode: 3, message: `${f.ledger}: no ledger entry was accepted, nothing to pay` }))
      const result = ledgerPayout(fold.ledger, scheme, Money.yuan(f.fund), f.from, f.to, names)
      if (Result.isFailure(result)) return yield* Effect.fail(new CliFailure({ exitCode: 3, message: `payout: ${describeError(result.failure)}` }))
      const { payout, lines } = result.success
      const text = f.json
        ? lines.map((l) => `${JSON.stringify({ kind: "payout", ...l })}\n`).join("") + `${JSON.stringify({ kind: "summary", fund: payout.fund.toString(), method: payout.method, totalWeight: payout.totalWeight, entries: fold.count, failed: errors.length })}\n`
        : payoutTable(payout, lines)
      yield* writeOutput(Option.getOrUndefined(f.out), Stream.make(text))
      if (errors.length > 0) return yield* Effect.fail(new CliFailure({ exitCode: 1, message: `${errors.length} of ${fold.count} ledger entries refused` }))
    })
).pipe(
  Command.withDescription(
    "Distribute a credit fund (信用基金) over the people of a ledger by their points in a period, exact to the 分 (largest remainder). A refused entry (unknown item, over its cap, wrong recorder, duplicate key) gets one line on stderr naming it and the run goes on (exit code 1)."
  ),
  Command.withExamples([
    { command: "minzheng credit payout ledger.ndjson --fund 10000.00 --from 2025-04-01 --to 2025-06-30", description: "the second-quarter payout list (Rongcheng-style scheme)" },
    { command: "minzheng credit payout ledger.ndjson --fund 10000.00 --from 2025-04-01 --to 2025-06-30 --residents residents.csv --json", description: "with masked names, as NDJSON" }
  ])
)

/** `minzheng credit` */
export const creditCommand = Command.make("credit").pipe(
  Command.withDescription(`Village credit points (信用积分): payouts. Built-in schemes: ${[...SCHEMES.keys()].join(", ")}.`),
  Command.withSubcommands([payout])
)
