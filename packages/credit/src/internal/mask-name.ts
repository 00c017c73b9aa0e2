/**
 * Masks a personal name for a public board: the first character (usually the surname) stays, the
 * rest become `*` (张三 → 张*, 欧阳娜娜 → 欧***). A stand-in until @minzheng/disclosure's masking
 * rules are wired in.
 */
export const maskName = (name: string): string => {
  const chars = [...String(name ?? "").trim()]
  if (chars.length === 0) return ""
  if (chars.length === 1) return "*"
  return `${chars[0]}${"*".repeat(chars.length - 1)}`
}
