/**
 * RFC 5545 content-line helpers: TEXT escaping (§3.3.11), DATE values (§3.3.4) and line folding
 * at 75 octets (§3.1) without splitting a UTF-8 character.
 */
import type { IsoDate } from "@minzheng/core"

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (§3.3.11). */
export const escapeText = (s: string): string =>
  s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n")

/** A DATE value: `YYYYMMDD`. */
export const icalDate = (d: IsoDate): string => `${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}`

const octets = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4)

/**
 * Folds a content line so that no physical line exceeds 75 octets (CRLF excluded): continuation
 * lines start with one space, and a multi-octet character is never split (§3.1).
 */
export const foldLine = (line: string): string => {
  let out = ""
  let width = 0
  let limit = 75
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0)
    if (width + n > limit) {
      out += "\r\n "
      width = 1
      limit = 75
    }
    out += ch
    width += n
  }
  return out
}
