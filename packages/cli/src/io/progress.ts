/**
 * A progress bar on standard error, drawn only when standard error is a terminal (so logs and
 * pipes never see it), redrawn at most ten times a second, erased when the run ends.
 *
 * @module
 */
import { Effect, Stdio, Stream } from "effect"
import type { ReadProgress } from "./source.js"

/**
 * A progress reporter: `update(records)` after each record, `finish` at the end.
 *
 * @example
 * ```ts
 * import { makeProgress, type Progress } from "@minzheng/cli"
 * import { Effect, Sink, Stdio } from "effect"
 * const drawn: string[] = []
 * const stderr = () => Sink.forEach((chunk: string | Uint8Array) => Effect.sync(() => void drawn.push(String(chunk))))
 * const run = Effect.gen(function* () {
 *   const p: Progress = yield* makeProgress("relief determine", undefined, true) // true: draw as on a terminal
 *   yield* p.update(120)
 *   yield* p.finish
 * })
 * Effect.runSync(Effect.provide(run, Stdio.layerTest({ stderr })))
 * drawn //=> ["\r\u001b[2Krelief determine 120 records", "\r\u001b[2K"]
 * ```
 * @category output
 * @since 0.1.0
 */
export interface Progress {
  /** Redraws the bar for a record count (at most ten times a second). */
  readonly update: (records: number) => Effect.Effect<void, never, Stdio.Stdio>
  /** Erases the bar. */
  readonly finish: Effect.Effect<void, never, Stdio.Stdio>
}

const WIDTH = 24

/**
 * The bar's text for a count and, when the input's size is known, the share of it read.
 *
 * @example
 * ```ts
 * import { progressLine } from "@minzheng/cli"
 * progressLine("relief determine", 300, { read: 50, total: 100 })
 * //=> "relief determine [############------------]  50% 300 records"
 * ```
 * @category output
 * @since 0.1.0
 */
export const progressLine = (label: string, records: number, bytes?: ReadProgress): string => {
  const total = bytes?.total ?? null
  if (bytes === undefined || total === null || total === 0) return `${label} ${records} records`
  const share = Math.min(1, bytes.read / total)
  const filled = Math.round(share * WIDTH)
  const pct = String(Math.round(share * 100)).padStart(3)
  return `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${pct}% ${records} records`
}

const noop: Progress = { update: () => Effect.void, finish: Effect.void }

/**
 * A progress reporter that draws on standard error when it is a terminal, and does nothing
 * otherwise (`force` overrides the check, for tests).
 *
 * @example
 * ```ts
 * import { makeProgress } from "@minzheng/cli"
 * const progress = makeProgress("relief determine") // Effect<Progress, never, Stdio>
 * ```
 * @category output
 * @since 0.1.0
 */
export const makeProgress = (label: string, bytes?: ReadProgress, force?: boolean): Effect.Effect<Progress, never, Stdio.Stdio> =>
  Effect.gen(function* () {
    const stdio = yield* Stdio.Stdio
    const tty = force ?? (yield* stdio.stderrIsTerminal)
    if (!tty) return noop
    let last = 0
    let drawn = false
    const draw = (text: string) => Effect.ignore(Stream.run(Stream.make(text), stdio.stderr()))
    return {
      update: (records: number) =>
        Effect.suspend(() => {
          const now = Date.now()
          if (now - last < 100) return Effect.void
          last = now
          drawn = true
          return draw(`\r\x1b[2K${progressLine(label, records, bytes)}`)
        }),
      finish: Effect.suspend(() => (drawn ? draw("\r\x1b[2K") : Effect.void))
    }
  })
