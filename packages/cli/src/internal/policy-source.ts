/**
 * Policy bundles by built-in id or from a JSON file.
 *
 * @internal
 * @module
 */
import { definePolicyBundle, type PolicyBundle } from "@minzheng/core"
import { RELIEF_BUNDLES } from "@minzheng/relief"
import * as Result from "effect/Result"
import { Effect, type FileSystem, type Stdio } from "effect"
import { CliFailure } from "../cli-failure.js"
import { readJson } from "../io/records.js"
import { describeIssues } from "./describe.js"

/** The relief bundles shipped by `@minzheng/relief`, by id (`national-relief` and the four localities). */
export const BUILTIN_BUNDLES: ReadonlyMap<string, PolicyBundle> = new Map(Object.values(RELIEF_BUNDLES).map((b) => [b.id, b]))

const looksLikeFile = (spec: string): boolean => spec === "-" || spec.includes("/") || spec.includes("\\") || spec.toLowerCase().endsWith(".json")

/**
 * A built-in bundle by id, or a bundle file checked with core's `definePolicyBundle`; a file may
 * start from a built-in bundle with `"extends": "<id>"`.
 */
export const loadPolicy = (spec: string): Effect.Effect<PolicyBundle, CliFailure, FileSystem.FileSystem | Stdio.Stdio> => {
  const builtin = BUILTIN_BUNDLES.get(spec)
  if (builtin !== undefined) return Effect.succeed(builtin)
  if (!looksLikeFile(spec)) {
    return Effect.fail(
      new CliFailure({ exitCode: 2, message: `--policy ${spec}: not a built-in bundle (${[...BUILTIN_BUNDLES.keys()].join(", ")}) nor a .json file` })
    )
  }
  return Effect.flatMap(readJson(spec), (json) => {
    const r = definePolicyBundle(json, { bases: [...BUILTIN_BUNDLES.values()] })
    return Result.isSuccess(r)
      ? Effect.succeed(r.success)
      : Effect.fail(new CliFailure({ exitCode: 3, message: `policy ${spec}: ${describeIssues(r.failure.issues)}`, cause: r.failure }))
  })
}
