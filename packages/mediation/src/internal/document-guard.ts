/**
 * The shapes of the case documents, as the Chinese templates read them (not public): a template
 * interpolates text fields, so each must be a string — never a foreign object whose `toString`
 * could throw.
 */
import type { Issue } from "@minzheng/core"
import { arrayOf, type Check, fieldIssues, fields, isBoolean, isCount, isDate, isString, oneOf, optional, throwIfAny } from "./guard.js"
import { isParty } from "./party-guard.js"

type Spec = ReadonlyArray<readonly [string, Check]>

const text = optional(isString)
const date = optional(isDate)
const texts = arrayOf(isString)

const SPECS: Readonly<Record<"agreement" | "registration" | "session-record" | "follow-up", Spec>> = {
  agreement: [
    ["kind", oneOf(["agreement"])],
    ["form", oneOf(["written", "oral"])],
    ["number", text],
    ["committee", isString],
    ["parties", arrayOf(isParty)],
    ["facts", isString],
    ["issues", isString],
    ["responsibilities", isString],
    ["terms", arrayOf(fields({ obligor: isString, description: isString, amount: text, manner: isString, place: text, deadline: isDate }))],
    ["signatures", arrayOf(fields({ date: isDate, signer: isString, method: isString }))],
    ["mediators", texts],
    ["effectiveOn", date],
    ["copies", (u) => isCount(u) && (u as number) >= 1]
  ],
  registration: [
    ["kind", oneOf(["registration"])],
    ["number", text],
    ["registeredOn", isDate],
    ["committee", isString],
    ["committeeKind", isString],
    ["source", isString],
    ["referredBy", text],
    ["category", isString],
    ["parties", arrayOf(isParty)],
    ["summary", isString],
    ["amountInvolved", text],
    ["acceptedOn", date],
    ["declined", optional(fields({ date: isDate, reason: isString }))]
  ],
  "session-record": [
    ["kind", oneOf(["session-record"])],
    ["number", text],
    ["sequence", isCount],
    ["date", isDate],
    ["openness", oneOf(["公开", "不公开"])],
    ["mediators", texts],
    ["attending", texts],
    ["rightsExplained", isBoolean],
    ["record", isString]
  ],
  "follow-up": [
    ["kind", oneOf(["follow-up"])],
    ["number", text],
    ["sequence", isCount],
    ["date", isDate],
    ["visitor", isString],
    ["parties", texts],
    ["agreementEffectiveOn", date],
    ["performance", isString],
    ["notes", isString]
  ]
}

const NAMES = {
  agreement: { zh: "调解协议书", en: "agreement document" },
  registration: { zh: "调解登记", en: "registration document" },
  "session-record": { zh: "调解笔录", en: "session record document" },
  "follow-up": { zh: "回访记录", en: "follow-up document" }
} as const

export const documentIssues = (u: unknown, kind: keyof typeof SPECS): ReadonlyArray<Issue> =>
  fieldIssues(
    u,
    ["document"],
    SPECS[kind],
    "not_a_document",
    `不是有效的${NAMES[kind].zh}数据（应由相应的文书函数生成）`,
    `not a valid ${NAMES[kind].en} (build it with the matching document function)`
  )

/** Throws `InvalidInput` unless `u` is a document of `kind`. */
export const requireDocument = (u: unknown, kind: keyof typeof SPECS): void => throwIfAny(documentIssues(u, kind))
