/**
 * Issues: the items of an {@link InvalidInput} error.
 *
 * @module
 */
/**
 * One problem found in an input: where it is (`path`), what kind it is (`code`) and what it means
 * in Chinese and English.
 *
 * @example
 * ```ts
 * import type { Issue } from "@minzheng/core"
 * const issue: Issue = {
 *   path: ["members", 0, "birthDate"],
 *   code: "invalid_date",
 *   zh: "不是有效的日期（应为 YYYY-MM-DD）",
 *   en: "not a valid date (expected YYYY-MM-DD)"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Issue {
  readonly path: ReadonlyArray<string | number>
  readonly code: string
  readonly zh: string
  readonly en: string
}

/**
 * Formats an issue path the way a reader writes it: `members[0].birthDate`; the root is `(root)`.
 *
 * @example
 * ```ts
 * import { formatPath } from "@minzheng/core"
 * formatPath(["members", 0, "birthDate"]) //=> "members[0].birthDate"
 * ```
 * @category formatting
 * @since 0.1.0
 */
export const formatPath = (path: ReadonlyArray<string | number>): string => {
  if (!Array.isArray(path) || path.length === 0) return "(root)"
  let out = ""
  for (const part of path as ReadonlyArray<unknown>) {
    if (typeof part === "number") out += `[${part}]`
    else {
      const key = typeof part === "string" ? part : "?"
      out += out === "" ? key : `.${key}`
    }
  }
  return out
}

