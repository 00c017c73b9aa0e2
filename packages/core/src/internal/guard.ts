/**
 * Runtime guards for public functions: a JavaScript caller (or JSON) can pass anything, and what
 * it gets back is a typed {@link InvalidInput}, never a TypeError.
 */
import { isIsoDate, type IsoDate } from "../date.js"
import { issue } from "../decode.js"
import { isZodSchema } from "./zod-schema.js"
import { InvalidInput } from "../errors.js"

export const requireDate = (u: unknown, name: string): IsoDate => {
  if (isIsoDate(u)) return u
  throw new InvalidInput({
    issues: [issue([name], "invalid_date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")]
  })
}

export const requireInteger = (u: unknown, name: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number => {
  if (typeof u === "number" && Number.isSafeInteger(u) && u >= min && u <= max) return u
  throw new InvalidInput({
    issues: [issue([name], "invalid_integer", `应为 ${min} 到 ${max} 之间的整数`, `expected an integer from ${min} to ${max}`)]
  })
}

const fail = (name: string, code: string, zh: string, en: string): never => {
  throw new InvalidInput({ issues: [issue([name], code, zh, en)] })
}

/** A zod schema (classic or mini: anything with zod's `_zod` internals), or a typed InvalidInput naming the argument. */
export const requireSchema = (u: unknown, name: string): void => {
  if (!isZodSchema(u)) {
    fail(name, "invalid_schema", "不是 zod 模式", "not a zod schema")
  }
}

/** A workflow (`initial`, `decide`, `evolve`), or a typed InvalidInput naming the argument. */
export const requireWorkflow = (u: unknown, name: string): void => {
  const w = u as { decide?: unknown; evolve?: unknown } | null
  if (typeof u !== "object" || u === null || !("initial" in u) || typeof w?.decide !== "function" || typeof w.evolve !== "function") {
    fail(name, "invalid_workflow", "不是工作流（需要 initial、decide、evolve）", "not a workflow (initial, decide and evolve are required)")
  }
}

/** An array (or other iterable) of events, or a typed InvalidInput naming the argument. */
export const requireIterable = (u: unknown, name: string): void => {
  if (typeof u !== "object" || u === null || typeof (u as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    fail(name, "invalid_list", "应为列表", "expected a list")
  }
}

/** A function, or a typed InvalidInput naming the argument. */
export const requireFunction = (u: unknown, name: string): void => {
  if (typeof u !== "function") fail(name, "invalid_function", "应为函数", "expected a function")
}

/** A string, or a typed InvalidInput naming the argument. */
export const requireString = (u: unknown, name: string): void => {
  if (typeof u !== "string") fail(name, "invalid_type", "应为字符串", "expected a string")
}
