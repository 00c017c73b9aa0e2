/**
 * Decoding untrusted input at the edge: a zod schema in, the typed value or one
 * {@link InvalidInput} listing every problem (path + Chinese + English) out. Never a raw
 * TypeError, never a silent default.
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as z from "zod/mini"
// The two locales by name from zod's locale index: `z.locales.zhCN()` reaches the whole locales
// namespace object and pulls all 64 locales into a browser bundle, while named imports let a
// bundler drop the rest. (Not the per-file subpaths: "zod/v4/locales/en.js" is the ESM file
// under require too, and the CommonJS build then calls a namespace object — the consumer test
// caught it.)
import { en as enLocaleOf, zhCN as zhCNLocaleOf } from "zod/v4/locales"
import { compileSchema } from "#schema-compiler"
import { InvalidInput } from "./errors.js"
import { isZodSchema } from "./internal/zod-schema.js"
import type { Issue } from "./issue.js"

const enLocale = enLocaleOf().localeError
const zhLocale = zhCNLocaleOf().localeError

// One parse gives both languages: the error map writes an issue's English and Chinese message into
// one string, joined by a separator no input can contain (NUL, a per-process random word, NUL), and
// decode splits them. A message a schema gives itself (its own `error`) is used for both, as a
// second parse in Chinese would have done. (Before: a refused input was parsed twice.)
const LANGUAGES = `\u0000${Math.random().toString(36).slice(2)}\u0000`
const messageOf = (m: unknown): string | undefined =>
  typeof m === "string" ? m : typeof (m as { message?: unknown } | null)?.message === "string" ? (m as { message: string }).message : undefined
const bothLocales = (issue: z.core.$ZodRawIssue): string | undefined => {
  const en = messageOf(enLocale(issue))
  const zh = messageOf(zhLocale(issue))
  return en === undefined ? undefined : zh === undefined ? en : `${en}${LANGUAGES}${zh}`
}

// On Node, a schema decoded a second time is compiled (zod's `compile`: a generated parser, ~5–17×
// the runtime's speed on a valid object) and the compiled clone used from then on; a schema made
// afresh for one call is never compiled. The clone falls back to the runtime parser for any input
// it refuses, so a refusal's issues are the runtime's. In a browser bundle `compileSchema` is
// undefined (package.json "imports": `#schema-compiler`) and zod's compiler is not bundled.
const seen = new WeakMap<object, z.core.$ZodType | true>()
const parserOf = <S extends z.core.$ZodType>(schema: S): S => {
  if (compileSchema === undefined) return schema
  const known = seen.get(schema)
  if (known === undefined) {
    seen.set(schema, true)
    return schema
  }
  if (known !== true) return known as S
  let compiled: S = schema
  try {
    compiled = compileSchema(schema)
  } catch {
    // zod's compile never throws by contract; if it did, the runtime parser stays
  }
  seen.set(schema, compiled)
  return compiled
}

const toPath = (path: ReadonlyArray<PropertyKey>): Array<string | number> =>
  path.map((p) => (typeof p === "number" ? p : String(p)))

const bilingualParams = (issue: z.core.$ZodIssue): { zh: string; en: string } | undefined => {
  if (issue.code !== "custom") return undefined
  const params = issue.params as { zh?: unknown; en?: unknown } | undefined
  return typeof params?.zh === "string" && typeof params.en === "string" ? { zh: params.zh, en: params.en } : undefined
}

/**
 * Turns zod issues into minzheng {@link Issue}s with messages in both languages. Custom
 * refinements give their own texts through `params: { zh, en }`.
 *
 * @internal
 */
export const issuesFromZod = (
  enIssues: ReadonlyArray<z.core.$ZodIssue>,
  zhIssues: ReadonlyArray<z.core.$ZodIssue>
): Array<Issue> =>
  (Array.isArray(enIssues) ? enIssues : []).flatMap((issue, i) => {
    if (typeof issue !== "object" || issue === null || !Array.isArray(issue.path)) return []
    const own = bilingualParams(issue)
    const zhIssue = Array.isArray(zhIssues) ? zhIssues[i] : undefined
    return [{
      path: toPath(issue.path),
      code: String(issue.code),
      en: String(own?.en ?? issue.message),
      zh: String(own?.zh ?? zhIssue?.message ?? issue.message)
    }]
  })

/**
 * Decodes untrusted input with a zod schema: the value, or one {@link InvalidInput} error listing
 * every problem with its path and messages in Chinese and English.
 *
 * Any zod 4 schema, classic or `zod/mini`. On Node, a schema decoded a second time is parsed
 * through zod's compiled parser (`compile`), which falls back to the runtime parser for an input it
 * refuses — the same answers, faster; a browser bundle does not carry the compiler. Decode with a
 * schema made once, not one made per call.
 *
 * @param schema - the zod schema of the expected type
 * @param input - anything (parsed JSON, a form, a CSV row)
 * @returns `Result.succeed(value)` or `Result.fail(InvalidInput)`
 *
 * @example
 * ```ts
 * import { decode, IsoDateSchema } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = decode(IsoDateSchema, "2025-02-30")
 * Result.isFailure(r) //=> true
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decode = <S extends z.core.$ZodType>(schema: S, input: unknown): Result.Result<z.output<S>, InvalidInput> => {
  if (!isZodSchema(schema)) {
    return Result.fail(new InvalidInput({ issues: [{ path: ["schema"], code: "invalid_schema", zh: "不是 zod 模式", en: "not a zod schema" }] }))
  }
  const parsed = z.safeParse(parserOf(schema), input, { error: bothLocales })
  if (parsed.success) return Result.succeed(parsed.data)
  const enIssues: Array<z.core.$ZodIssue> = []
  const zhIssues: Array<z.core.$ZodIssue> = []
  for (const issue of parsed.error.issues) {
    const at = issue.message.indexOf(LANGUAGES)
    enIssues.push(at < 0 ? issue : { ...issue, message: issue.message.slice(0, at) })
    zhIssues.push(at < 0 ? issue : { ...issue, message: issue.message.slice(at + LANGUAGES.length) })
  }
  return Result.fail(new InvalidInput({ issues: issuesFromZod(enIssues, zhIssues) }))
}

/**
 * Like {@link decode}, but throws the {@link InvalidInput} error: for trusted data such as a
 * bundle shipped with a package.
 *
 * @throws {@link InvalidInput} listing every problem
 * @example
 * ```ts
 * import { decodeUnsafe, IsoDateSchema } from "@minzheng/core"
 * decodeUnsafe(IsoDateSchema, "2025-10-01") //=> "2025-10-01"
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decodeUnsafe = <S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> => {
  const r = decode(schema, input)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * Like {@link decode}, as an Effect that fails with {@link InvalidInput}: the edge of every
 * package's Effect layer.
 *
 * @example
 * ```ts
 * import { decodeEffect, IsoDateSchema } from "@minzheng/core"
 * import { Effect } from "effect"
 * Effect.runSync(decodeEffect(IsoDateSchema, "2025-10-01")) //=> "2025-10-01"
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decodeEffect = <S extends z.core.$ZodType>(schema: S, input: unknown): Effect.Effect<z.output<S>, InvalidInput> =>
  Effect.suspend(() => {
    const r = decode(schema, input)
    return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
  })

const isIssueLike = (u: unknown): boolean =>
  typeof u === "object" &&
  u !== null &&
  Array.isArray((u as Issue).path) &&
  typeof (u as Issue).code === "string" &&
  typeof (u as Issue).zh === "string" &&
  typeof (u as Issue).en === "string"

/**
 * Builds an {@link InvalidInput} from hand-made issues (for checks a schema cannot express).
 *
 * @example
 * ```ts
 * import { invalidInput } from "@minzheng/core"
 * const e = invalidInput([{ path: ["weights"], code: "empty", zh: "权重不能为空", en: "weights must not be empty" }])
 * e.issues.length //=> 1
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const invalidInput = (issues: ReadonlyArray<Issue>): InvalidInput =>
  new InvalidInput({
    issues:
      Array.isArray(issues) && issues.every(isIssueLike)
        ? issues
        : [{ path: ["issues"], code: "invalid_issues", zh: "问题列表应为 { path, code, zh, en } 的数组", en: "the issues must be a list of { path, code, zh, en }" }]
  })

/**
 * One issue, at a path, with its Chinese and English message.
 *
 * @example
 * ```ts
 * import { issue } from "@minzheng/core"
 * issue(["total"], "not_whole_fen", "金额必须精确到分", "the amount must be whole 分")
 * //=> { path: ["total"], code: "not_whole_fen", zh: "金额必须精确到分", en: "the amount must be whole 分" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const issue = (path: ReadonlyArray<string | number>, code: string, zh: string, en: string): Issue => ({ path, code, zh, en })
