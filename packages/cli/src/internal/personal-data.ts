/**
 * Personal numbers in machine output: `mediation apply --json` and `mediation timeline --json`
 * print stored events, which carry parties' citizen ID and phone numbers and free text that may
 * hold more. By default every string in them goes through core's `maskPersonalNumbers` (IDs as
 * `maskCitizenId` does, phones `138****5678`, bank cards by Luhn) — DESIGN.md principle 7,
 * personal data protected by default; `--unmasked` prints them as stored.
 *
 * @internal
 * @module
 */
import { maskPersonalNumbers } from "@minzheng/core"

/**
 * A copy of a JSON-like value with every string masked. Keys are kept as they are (an own
 * `"__proto__"` key stays a plain key: the copy is built with `Object.fromEntries`); a value with
 * `toJSON` (a date, a decimal) is masked as its JSON form.
 */
export const maskDeep = (value: unknown): unknown => {
  if (typeof value === "string") return maskPersonalNumbers(value)
  if (Array.isArray(value)) return value.map(maskDeep)
  if (typeof value === "object" && value !== null) {
    const toJson = (value as { readonly toJSON?: unknown }).toJSON
    if (typeof toJson === "function") return maskDeep(toJson.call(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)]))
  }
  return value
}
