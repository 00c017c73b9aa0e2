/**
 * A linear pre-pass over untrusted input before zod sees it: a sparse array (holes) or an array
 * longer than any notice, schedule or report can hold is one issue at once. zod reports a hole as
 * a problem of its own, twice (English and Chinese): a sparse array of 1,000,000 took 8–16 s in
 * `scheduleCommunities`, `findOverdue` and `coverageReport`, for a million identical issues.
 */
import { decode, type InvalidInput, invalidInput, type Issue, issue } from "@minzheng/core"
import * as Result from "effect/Result"
import type * as z from "zod/mini"

/** The longest list any input of this package may hold (a notice's rows are capped lower). */
const MAX_ITEMS = 1_000_000
const MAX_DEPTH = 4

const walk = (u: unknown, path: Array<string | number>, depth: number, out: Issue[]): void => {
  if (out.length > 0 || depth > MAX_DEPTH || typeof u !== "object" || u === null) return
  if (Array.isArray(u)) {
    if (u.length > MAX_ITEMS) return void out.push(issue(path, "too_big", `列表不能超过 ${MAX_ITEMS} 项`, `a list may hold at most ${MAX_ITEMS} items`))
    for (let i = 0; i < u.length; i++) {
      if (!Object.hasOwn(u, i)) return void out.push(issue([...path, i], "sparse_array", "列表中有空位（稀疏数组）", "the list has holes (a sparse array)"))
    }
    for (let i = 0; i < u.length && out.length === 0; i++) walk(u[i], [...path, i], depth + 1, out)
    return
  }
  for (const k of Object.keys(u)) {
    walk((u as Record<string, unknown>)[k], [...path, k], depth + 1, out)
    if (out.length > 0) return
  }
}

/** The preflight issues of a value (at most one). */
export const preflightIssues = (u: unknown): Issue[] => {
  const out: Issue[] = []
  walk(u, [], 0, out)
  return out
}

/** core's `decode`, after the preflight. */
export const decodeInput = <S extends z.core.$ZodType>(schema: S, u: unknown): Result.Result<z.output<S>, InvalidInput> => {
  const early = preflightIssues(u)
  return early.length > 0 ? Result.fail(invalidInput(early)) : decode(schema, u)
}
