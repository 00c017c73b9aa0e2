/**
 * Text from an untrusted value: strings pass, numbers become their decimal text, anything else is
 * a typed InvalidInput (never `String(object)`, which can throw a TypeError).
 */
import { InvalidInput, issue } from "@minzheng/core"

export const requireText = (u: unknown, name: string): string => {
  if (typeof u === "string") return u
  if (typeof u === "number" && Number.isFinite(u)) return String(u)
  throw new InvalidInput({ issues: [issue([name], "invalid_text", "应为文本", "expected text")] })
}

/** The longest personal value masked (an address is at most 300 characters on a notice). */
export const MAX_PERSONAL_VALUE = 1000
