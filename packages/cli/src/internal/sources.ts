/**
 * Checks a command makes before it writes anything: every input file exists (so a missing file
 * is one line and exit 4, not an empty "0 records" report followed by the error), and `--out` does
 * not name an input (opening it for writing would truncate the input before it is read).
 *
 * @internal
 * @module
 */
import { resolve } from "node:path"
import { Effect, FileSystem } from "effect"
import { CliFailure } from "../cli-failure.js"

const realOr = (fs: FileSystem.FileSystem, path: string) => Effect.orElseSucceed(fs.realPath(path), () => resolve(path))

/**
 * Fails with exit code 4 for an input file that does not exist, and exit code 2 when `out`
 * is one of the inputs. `-` (standard input or output) and `undefined` are skipped.
 */
export const checkSources = (inputs: ReadonlyArray<string | undefined>, out: string | undefined): Effect.Effect<void, CliFailure, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const files = inputs.filter((i): i is string => i !== undefined && i !== "-")
    for (const file of files) {
      const exists = yield* Effect.orElseSucceed(fs.exists(file), () => false)
      if (!exists) return yield* Effect.fail(new CliFailure({ exitCode: 4, message: `cannot read ${file}: no such file or directory` }))
    }
    if (out === undefined || out === "-") return
    const target = yield* realOr(fs, out)
    for (const file of files) {
      if ((yield* realOr(fs, file)) === target) {
        return yield* Effect.fail(
          new CliFailure({ exitCode: 2, message: `--out ${out} is the input file ${file}: writing it would destroy the input before it is read; choose another file（输出文件与输入文件相同，请另选输出文件）` })
        )
      }
    }
  })
