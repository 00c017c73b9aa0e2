/**
 * The argument checks of the procedure workflows (审核确认, 特困, 流浪乞讨): their `decide` and
 * `evolve` take values from anywhere (a store, a caller that skipped the decoders), so a malformed
 * state, command, event or context is one typed `InvalidInput` listing every problem under its
 * argument (`state`, `command`, `event`, `context`), never a `TypeError` from reading a field of
 * `null`.
 *
 * The normal path stays as fast as before: a command or event that went through the package's
 * decoder, or that `decide` itself produced, is remembered (a WeakSet lookup) and not decoded
 * again; the state is checked field by field with `typeof` tests only.
 *
 * @internal
 * @module
 */
import { type InvalidInput, type Issue, invalidInput, isIsoDate, issue } from "@minzheng/core"
import * as Result from "effect/Result"

/** At most this many problems are listed: enough to fix the input, bounded on a huge one. */
const MAX_ISSUES = 100

/** A decoder that remembers what it (or the workflow) produced, so it is never decoded twice. */
export interface RememberingDecoder<T> {
  readonly decode: (u: unknown) => Result.Result<T, InvalidInput>
  readonly mark: <X>(x: X) => X
}

/** @internal */
export const rememberingDecoder = <T>(raw: (u: unknown) => Result.Result<T, InvalidInput>): RememberingDecoder<T> => {
  const seen = new WeakSet<object>()
  const mark = <X>(x: X): X => {
    if (typeof x === "object" && x !== null) seen.add(x)
    return x
  }
  const decode = (u: unknown): Result.Result<T, InvalidInput> => {
    if (typeof u === "object" && u !== null && seen.has(u)) return Result.succeed(u as T)
    const r = raw(u)
    if (Result.isSuccess(r)) mark(r.success)
    return r
  }
  return { decode, mark }
}

/** A field check of a state: true when the value is acceptable. */
export type Check = (u: unknown) => boolean

export const isDate: Check = (u) => isIsoDate(u)
export const dateOrNull: Check = (u) => u === null || isIsoDate(u)
/** A date field a state folded before the field existed lacks: undefined reads as "not recorded". */
export const dateOrAbsent: Check = (u) => u === undefined || u === null || isIsoDate(u)
export const isBool: Check = (u) => typeof u === "boolean"
export const boolOrAbsent: Check = (u) => u === undefined || typeof u === "boolean"
export const isCount: Check = (u) => typeof u === "number" && Number.isSafeInteger(u) && u >= 0
export const textOrNull: Check = (u) => u === null || typeof u === "string"
export const objectOrNull: Check = (u) => u === null || (typeof u === "object" && !Array.isArray(u))
export const objectOrAbsent: Check = (u) => u === undefined || objectOrNull(u)
export const isList: Check = (u) => Array.isArray(u)
export const oneOfOrNull =
  (values: ReadonlyArray<string>): Check =>
  (u) =>
    u === null || (typeof u === "string" && values.includes(u))
export const keyOf =
  (table: object): Check =>
  (u) =>
    typeof u === "string" && Object.hasOwn(table, u)

/**
 * Every problem of `state` as a state of the workflow: each field whose value the rules cannot
 * read. Only own, plain data is read (`Object.hasOwn`), so a `__proto__` key changes nothing.
 */
export const stateShapeIssues = (state: unknown, spec: Readonly<Record<string, Check>>, what: { readonly zh: string; readonly en: string }): Issue[] => {
  if (typeof state !== "object" || state === null || Array.isArray(state)) return [issue(["state"], "invalid_type", `不是${what.zh}（应由事件重放得到）`, `not a ${what.en} (replay the case's events to get one)`)]
  const issues: Issue[] = []
  const st = state as Record<string, unknown>
  for (const key in spec) {
    const v = Object.hasOwn(st, key) ? st[key] : undefined
    if (!spec[key]!(v)) issues.push(issue(["state", key], "invalid_state_field", `${what.zh}的字段 ${key} 无效`, `the ${what.en}'s field ${key} is not valid`))
  }
  return issues
}

/** The decoded value, or its issues under `at` (the argument's name). */
export const decodedOr = <T>(r: Result.Result<T, InvalidInput>, at: string, issues: Issue[]): T | undefined => {
  if (Result.isSuccess(r)) return r.success
  for (const i of r.failure.issues) issues.push({ ...i, path: [at, ...i.path] })
  return undefined
}

/** Throws one `InvalidInput` listing the problems (at most {@link MAX_ISSUES}), if there are any. */
export const throwIfAny = (issues: ReadonlyArray<Issue>): void => {
  if (issues.length === 0) return
  if (issues.length <= MAX_ISSUES) throw invalidInput(issues)
  throw invalidInput([
    ...issues.slice(0, MAX_ISSUES),
    issue([], "too_many_issues", `另有 ${issues.length - MAX_ISSUES} 个问题未列出`, `${issues.length - MAX_ISSUES} more problems not listed`)
  ])
}

/** The context problem, when `context` is not an object. */
export const contextNotObject = (context: unknown): Issue[] =>
  typeof context === "object" && context !== null ? [] : [issue(["context"], "invalid_context", "缺少办理上下文（请用对应的 context 函数构造）", "the workflow context is missing (build it with the matching context function)")]
