/**
 * The shape of a party, as the masking and the document templates read it (not public).
 */
import type { Issue } from "@minzheng/core"
import { type Check, fieldIssues, fields, isString, oneOf, optional } from "./guard.js"

const text = optional(isString)

const PARTY_FIELDS: ReadonlyArray<readonly [string, Check]> = [
  ["kind", oneOf(["person", "organisation"])],
  ["id", isString],
  ["name", isString],
  ["citizenId", text],
  ["phone", text],
  ["address", text],
  ["creditCode", text],
  ["representative", text]
]

export const isParty: Check = fields(Object.fromEntries(PARTY_FIELDS))

export const partyIssues = (u: unknown, path: ReadonlyArray<string | number>): ReadonlyArray<Issue> =>
  fieldIssues(u, path, PARTY_FIELDS, "not_a_party", "不是有效的当事人（应有 kind、id、name 等文本字段）", "not a valid party (expected kind, id, name and other text fields)")
