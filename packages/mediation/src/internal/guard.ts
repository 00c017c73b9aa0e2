/**
 * Small structural guards for public functions called from JavaScript with anything (not public).
 * Each check reads only plain properties and compares with `typeof`, `===` and `includes`: it never
 * converts a foreign value to a string, so an object with a throwing `toString` is refused, not run.
 */
import { CalendarYearNotCovered, catchTyped, InvalidInput, type Issue, isIsoDate, issue, WorkCalendar } from "@minzheng/core"
import * as Result from "effect/Result"

/** A check of one value. */
export type Check = (u: unknown) => boolean

/** No problems: shared, so a passing guard allocates nothing. */
export const NO_ISSUES: ReadonlyArray<Issue> = Object.freeze([])

export const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null
export const isString: Check = (u) => typeof u === "string"
export const isBoolean: Check = (u) => typeof u === "boolean"
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/
/**
 * A `YYYY-MM-DD` text: the shape a stored date has. Cheap (a state holds many dates and the guard
 * runs on every decision); whether the day exists is for core's date functions, which throw a
 * typed error for one that does not.
 */
export const isDate: Check = (u) => typeof u === "string" && DATE_TEXT.test(u)
export const isCount: Check = (u) => typeof u === "number" && Number.isSafeInteger(u) && u >= 0
export const isArray: Check = (u) => Array.isArray(u)

export const optional =
  (check: Check): Check =>
  (u) =>
    u === undefined || check(u)

export const oneOf = (values: ReadonlyArray<string>): Check => {
  const set = new Set<unknown>(values)
  return (u) => set.has(u)
}

/** An array every element of which passes (holes included: they read as `undefined`). */
export const arrayOf =
  (check: Check): Check =>
  (u) => {
    if (!Array.isArray(u)) return false
    for (let i = 0; i < u.length; i++) if (!check(u[i])) return false
    return true
  }

/** An object whose listed fields pass their checks (other fields are not read). */
export const fields = (spec: Readonly<Record<string, Check>>): Check => {
  const entries = Object.entries(spec)
  return (u) => {
    if (!isObject(u)) return false
    for (const [key, check] of entries) if (!check(u[key])) return false
    return true
  }
}

/**
 * The problems of `u` against a field spec, one issue per bad field under `path`. The first field
 * tells what the value is (a status, a kind): when `u` is not an object or that field is wrong,
 * the one issue is `u` itself.
 */
export const fieldIssues = (
  u: unknown,
  path: ReadonlyArray<string | number>,
  spec: ReadonlyArray<readonly [string, Check]>,
  code: string,
  zh: string,
  en: string
): ReadonlyArray<Issue> => {
  const [first] = spec
  if (!isObject(u) || (first !== undefined && !first[1](u[first[0]]))) return [issue(path, code, zh, en)]
  let out: Issue[] | undefined
  for (const [key, check] of spec) {
    if (!check(u[key])) (out ??= []).push(issue([...path, key], code, zh, en))
  }
  return out ?? NO_ISSUES
}

/** Throws one `InvalidInput` listing every problem found, if any. */
export const throwIfAny = (...lists: ReadonlyArray<ReadonlyArray<Issue>>): void => {
  let total = 0
  for (const l of lists) total += l.length
  if (total > 0) throw new InvalidInput({ issues: lists.flat() })
}

export const textIssues = (u: unknown, name: string): ReadonlyArray<Issue> =>
  typeof u === "string" ? NO_ISSUES : [issue([name], "invalid_text", "应为文本", "expected text")]

export const dateIssues = (u: unknown, name: string): ReadonlyArray<Issue> =>
  isIsoDate(u) ? NO_ISSUES : [issue([name], "invalid_date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")]

/** An optional work-day calendar argument: absent, or core's `WorkCalendar`. */
export const calendarIssues = (u: unknown, path: ReadonlyArray<string | number> = ["calendar"]): ReadonlyArray<Issue> =>
  u === undefined || u instanceof WorkCalendar ? NO_ISSUES : [issue(path, "invalid_calendar", "不是工作日历对象", "not a WorkCalendar")]

/** A mediation context argument: absent, or an object whose `calendar` is absent or a `WorkCalendar`. */
export const contextIssues = (u: unknown): ReadonlyArray<Issue> => {
  if (u === undefined) return NO_ISSUES
  if (!isObject(u)) return [issue(["context"], "invalid_context", "调解上下文应为对象（含工作日历 calendar）", "the context must be an object (with a work-day calendar)")]
  return calendarIssues(u["calendar"], ["context", "calendar"])
}

/** Issues of a decoded argument, moved under the argument's name. */
export const under = (name: string, issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> => issues.map((i) => ({ ...i, path: [name, ...i.path] }))

/** At most this many problems are listed one by one; the rest are counted in one more issue. */
export const MAX_LISTED_ISSUES = 100

/** One issue saying how many more problems were found than are listed. */
export const moreIssues = (path: ReadonlyArray<string | number>, more: number): Issue =>
  issue(path, "more_issues", `另有 ${more} 处同类问题未逐一列出`, `${more} more problems of the same kind are not listed`)

export const arrayIssues = (u: unknown, name: string, check: Check, zh: string, en: string): ReadonlyArray<Issue> => {
  if (!Array.isArray(u)) return [issue([name], "invalid_type", zh, en)]
  let out: Issue[] | undefined
  let more = 0
  // A sparse or huge list (length 10⁶) is checked in one pass, but only its first problems are listed.
  for (let i = 0; i < u.length; i++) {
    if (check(u[i])) continue
    if ((out ??= []).length < MAX_LISTED_ISSUES) out.push(issue([name, i], "invalid_type", zh, en))
    else more++
  }
  if (out !== undefined && more > 0) out.push(moreIssues([name], more))
  return out ?? NO_ISSUES
}

/**
 * Runs a decoder over input that may be hostile: a value whose getter or proxy trap throws while
 * it is read is one typed `InvalidInput`, never the getter's own error.
 */
export const decodeSafely = <A>(decodeIt: () => Result.Result<A, InvalidInput>): Result.Result<A, InvalidInput> => {
  try {
    return decodeIt()
  } catch (e) {
    if (e instanceof InvalidInput) return Result.fail(e)
    return Result.fail(new InvalidInput({ issues: [issue([], "unreadable_input", "无法读取输入：读取其中的值时出错", "the input cannot be read: reading a value in it failed")] }))
  }
}

/**
 * Runs `f` (which checks its arguments with `throwIfAny`) and returns what it returns, with an
 * `InvalidInput` or `CalendarYearNotCovered` it throws as the failure: for the public functions
 * that return a `Result`, so neither is ever thrown out of them. Any other error is rethrown.
 */
export const toResult = <A, E>(f: () => Result.Result<A, E>): Result.Result<A, E | InvalidInput | CalendarYearNotCovered> =>
  Result.flatMap(catchTyped(f, [InvalidInput, CalendarYearNotCovered]), (r): Result.Result<A, E | InvalidInput | CalendarYearNotCovered> => r)
