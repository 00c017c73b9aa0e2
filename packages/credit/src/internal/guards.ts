/**
 * Cheap structural guards for the arguments of public functions that take trusted values (a
 * ledger, scheme versions, dates): each problem becomes an issue of core's `InvalidInput`, never a
 * TypeError deeper down. Values are only inspected by `typeof`, `Array.isArray` and
 * `instanceof` — never converted to strings.
 */
import { decode, type Issue, InvalidInput, isIsoDate, issue, Money } from "@minzheng/core"
import * as Result from "effect/Result"
import { Ledger } from "../ledger/ledger.js"
import { SchemeSchema } from "../scheme/scheme.js"
import { knownSchemes } from "./known-schemes.js"

/** Issues for a value that should be a {@link Ledger}. */
export const ledgerIssues = (u: unknown, path = "ledger"): Issue[] =>
  Ledger.isLedger(u) ? [] : [issue([path], "invalid_ledger", "应为积分台账（Ledger）", "expected a Ledger")]

/** Issues for a value that should be a valid scheme version (decoded once, then remembered). */
export const schemeIssues = (u: unknown, path: ReadonlyArray<string | number> = ["scheme"]): Issue[] => {
  if (typeof u === "object" && u !== null && knownSchemes.has(u)) return []
  const r = decode(SchemeSchema, u)
  if (Result.isFailure(r)) return r.failure.issues.map((i) => ({ ...i, path: [...path, ...i.path] }))
  knownSchemes.add(u as object)
  return []
}

const MAX_VERSIONS = 1000

/** Issues for a value that should be a non-empty list of valid scheme versions. */
export const versionsIssues = (u: unknown, path = "versions"): Issue[] => {
  if (!Array.isArray(u) || u.length === 0) return [issue([path], "invalid_versions", "应为至少一个积分方案版本的列表", "expected a non-empty list of scheme versions")]
  // A scheme has a handful of versions; a list of thousands (or a sparse array of a million holes)
  // is refused at once rather than decoded item by item.
  if (u.length > MAX_VERSIONS) return [issue([path], "too_many_versions", `积分方案版本不能超过 ${MAX_VERSIONS} 个`, `at most ${MAX_VERSIONS} scheme versions`)]
  const out: Issue[] = []
  for (let i = 0; i < u.length; i++) for (const x of schemeIssues(u[i], [path, i])) out.push(x)
  return out
}

/** Issues for a value that should be a civil date `YYYY-MM-DD`. */
export const dateIssues = (u: unknown, path: string): Issue[] =>
  isIsoDate(u) ? [] : [issue([path], "invalid_date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")]

/** Issues for a value that should be a string (an id, a name). */
export const textIssues = (u: unknown, path: string): Issue[] =>
  typeof u === "string" ? [] : [issue([path], "invalid_text", "应为字符串", "expected a string")]

/** Issues for a value that should be a safe integer. */
export const integerIssues = (u: unknown, path: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Issue[] =>
  typeof u === "number" && Number.isSafeInteger(u) && u >= min && u <= max
    ? []
    : [issue([path], "invalid_integer", `应为 ${min} 至 ${max} 之间的整数`, `expected an integer from ${min} to ${max}`)]

/** Issues for a value that should be a Money. */
export const moneyIssues = (u: unknown, path: string): Issue[] => (Money.isMoney(u) ? [] : [issue([path], "invalid_money", "应为 Money 金额", "expected a Money")])

/** Throws one `InvalidInput` listing every issue, if there are any. */
export const check = (...lists: ReadonlyArray<ReadonlyArray<Issue>>): void => {
  const issues = lists.flat()
  if (issues.length > 0) throw new InvalidInput({ issues })
}

/** The `InvalidInput` listing every issue, or `undefined` when there are none. */
export const problems = (...lists: ReadonlyArray<ReadonlyArray<Issue>>): InvalidInput | undefined => {
  const issues = lists.flat()
  return issues.length > 0 ? new InvalidInput({ issues }) : undefined
}
