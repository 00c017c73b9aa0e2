/**
 * Masks a personal name for a public notice: the surname (first character) stays, every other
 * character becomes `*` (“张三丰” → “张**”). Core has `maskCitizenId` but no name mask yet; the
 * disclosure package owns the full masking rules and will replace this once it lands.
 *
 * @internal
 * @module
 */
export const maskName = (name: string): string => {
  const chars = Array.from(typeof name === "string" ? name.trim() : "")
  if (chars.length === 0) return ""
  if (chars.length === 1) return "*"
  return `${chars[0]}${"*".repeat(chars.length - 1)}`
}
