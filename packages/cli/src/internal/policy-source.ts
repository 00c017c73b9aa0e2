/**
 * Policy bundles by built-in id or from a JSON file.
 *
 * @internal
 * @module
 */
import { definePolicyBundle, InvalidInput, type PolicyBundle } from "@minzheng/core"
import { JIMO_BUNDLE, LICANG_BUNDLE, NANHAI_BUNDLE, TAISHAN_BUNDLE } from "@minzheng/relief"
import { Effect, type FileSystem, type Stdio } from "effect"
import { CliFailure } from "../cli-failure.js"
import { readJson } from "../io/records.js"
import { describeIssues } from "./describe.js"

/** The relief bundles shipped by `@minzheng/relief`, by id. */
export const BUILTIN_BUNDLES: ReadonlyMap<string, PolicyBundle> = new Map([LICANG_BUNDLE, JIMO_BUNDLE, TAISHAN_BUNDLE, NANHAI_BUNDLE].map((b) => [b.id, b]))

const looksLikeFile = (spec: string): boolean => spec === "-" || spec.includes("/") || spec.includes("\\") || spec.toLowerCase().endsWith(".json")

/** A built-in bundle by id, or a bundle file checked with core's `definePolicyBundle`. */
export const loadPolicy = (spec: string): Effect.Effect<PolicyBundle, CliFailure, FileSystem.FileSystem | Stdio.Stdio> => {
  const builtin = BUILTIN_BUNDLES.get(spec)
  if (builtin !== undefined) return Effect.succeed(builtin)
  if (!looksLikeFile(spec)) {
    return Effect.fail(
      new CliFailure({ exitCode: 2, message: `--policy ${spec}: not a built-in bundle (${[...BUILTIN_BUNDLES.keys()].join(", ")}) nor a .json file` })
    )
  }
  return Effect.flatMap(readJson(spec), (json) =>
    Effect.try({
      try: () => definePolicyBundle(json),
      catch: (e) =>
        new CliFailure({ exitCode: 3, message: `policy ${spec}: ${e instanceof InvalidInput ? describeIssues(e.issues) : String(e)}`, cause: e })
    })
  )
}
