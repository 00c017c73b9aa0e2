/**
 * Public functions over a case state may be called from JavaScript with anything: these guards
 * turn a value that is not a replayed mediation state into an `InvalidInput` naming the argument
 * and each bad field (not public).
 *
 * `stateIssues` checks every field the package's functions read, but not the elements of the
 * lists that grow with the case (sessions, follow-ups, …): it stays cheap on a long case, which
 * is what `decide` needs. `{ lists: true }` checks those elements too, for the functions that
 * read them (deadlines, documents). The lists of allowed values are built on first use, so this
 * module can be imported by the files that define them.
 */
import { InvalidInput, type Issue } from "@minzheng/core"
import { SIGNATURE_METHOD_NAMES } from "../case/agreement.js"
import { AGREEMENT_FORM_NAMES, APPLICATION_FORM_NAMES, CASE_SOURCE_NAMES, COURT_DECISION_NAMES, DECLINE_REASON_NAMES, PERFORMANCE_NAMES, SESSION_OPENNESS_NAMES } from "../case/vocabulary.js"
import { MEDIATOR_SELECTION_NAMES } from "../case/people.js"
import { COMMITTEE_KINDS } from "../case/committee.js"
import { DISPUTE_CATEGORIES } from "../case/dispute-category.js"
import { CASE_STATUSES, type MediationState } from "../case/state.js"
import { isAmount } from "./schemas.js"
import { arrayOf, type Check, fieldIssues, fields, isArray, isBoolean, isCount, isDate, isObject, isString, oneOf, optional } from "./guard.js"
import { isParty } from "./party-guard.js"

type Spec = ReadonlyArray<readonly [string, Check]>

const build = (): { readonly shallow: Spec; readonly deep: Spec } => {
  const text = optional(isString)
  const date = optional(isDate)
  const mediator = fields({ id: isString, name: isString })
  const method = oneOf(Object.keys(SIGNATURE_METHOD_NAMES))
  const signature: Check = (u) => {
    if (!isObject(u)) return false
    if (u["by"] === "party") return isString(u["partyId"]) && method(u["method"])
    if (u["by"] === "mediator") return isString(u["mediatorId"])
    return u["by"] === "committee-seal"
  }
  const term = fields({ obligorId: isString, description: isString, amount: optional(isAmount), manner: isString, place: text, deadline: isDate })
  const agreement = fields({
    form: oneOf(Object.keys(AGREEMENT_FORM_NAMES)),
    draftedOn: isDate,
    contents: fields({ facts: isString, issues: isString, responsibilities: isString, terms: arrayOf(term) }),
    signatures: arrayOf(fields({ date: isDate, signature })),
    effectiveOn: date
  })
  const shallow: Spec = [
    ["status", oneOf(CASE_STATUSES)],
    ["eventCount", isCount],
    ["lastDate", date],
    ["startedOn", date],
    ["source", optional(oneOf(Object.keys(CASE_SOURCE_NAMES)))],
    ["applicationForm", optional(oneOf(Object.keys(APPLICATION_FORM_NAMES)))],
    ["referredBy", text],
    ["category", optional(oneOf(DISPUTE_CATEGORIES))],
    ["committee", optional(fields({ id: isString, name: isString, kind: oneOf(COMMITTEE_KINDS) }))],
    ["parties", arrayOf(isParty)],
    ["summary", text],
    ["amountInvolved", optional(isAmount)],
    ["acceptedOn", date],
    ["restartedOn", date],
    ["registrationNumber", text],
    ["declined", optional(fields({ date: isDate, reason: oneOf(Object.keys(DECLINE_REASON_NAMES)) }))],
    ["mediators", arrayOf(mediator)],
    ["mediatorSelection", optional(oneOf(Object.keys(MEDIATOR_SELECTION_NAMES)))],
    ["replacedMediators", isArray],
    ["participants", isArray],
    ["investigations", isArray],
    ["sessions", isArray],
    ["escalations", isArray],
    ["timeLimitExtendedTo", date],
    ["withdrawal", optional(fields({ date: isDate, partyId: isString }))],
    ["agreement", optional(agreement)],
    ["priorAgreements", isArray],
    ["failure", optional(fields({ date: isDate, reason: isString, routesExplained: isArray }))],
    [
      "confirmation",
      optional(
        fields({
          appliedOn: isDate,
          court: isString,
          windowEnd: isDate,
          decision: optional(fields({ date: isDate, outcome: oneOf(Object.keys(COURT_DECISION_NAMES)) })),
          enforcement: optional(fields({ date: isDate }))
        })
      )
    ],
    ["followUps", isArray],
    ["archive", optional(fields({ date: isDate, fileNumber: isString }))]
  ]
  const lists: Spec = [
    ["replacedMediators", arrayOf(fields({ date: isDate, mediator }))],
    ["participants", arrayOf(isObject)],
    ["investigations", arrayOf(fields({ date: isDate }))],
    [
      "sessions",
      arrayOf(
        fields({
          date: isDate,
          openness: oneOf(Object.keys(SESSION_OPENNESS_NAMES)),
          mediatorIds: arrayOf(isString),
          attendingPartyIds: arrayOf(isString),
          rightsExplained: isBoolean,
          record: isString
        })
      )
    ],
    ["escalations", arrayOf(fields({ date: isDate }))],
    ["priorAgreements", arrayOf(agreement)],
    ["followUps", arrayOf(fields({ date: isDate, visitor: isString, performance: oneOf(Object.keys(PERFORMANCE_NAMES)), notes: isString }))]
  ]
  const byKey = new Map(lists)
  return { shallow, deep: shallow.map(([key, check]) => [key, byKey.get(key) ?? check] as const) }
}

let specs: ReturnType<typeof build> | undefined

const CODE = "not_a_case_state"
const ZH = "不是有效的调解案件状态（应由事件重放得到）"
const EN = "not a valid mediation case state (replay the case's events to get one)"

/** Every problem of `u` as a case state, under `path` (the argument's name first). */
export const stateIssues = (u: unknown, path: ReadonlyArray<string | number> = ["state"], options: { readonly lists?: boolean } = {}): ReadonlyArray<Issue> => {
  specs ??= build()
  return fieldIssues(u, path, options.lists === true ? specs.deep : specs.shallow, CODE, ZH, EN)
}

/** The state's problems as one `InvalidInput`, or undefined for a well-formed state. */
export const stateProblem = (u: unknown, path: ReadonlyArray<string | number> = ["state"], options: { readonly lists?: boolean } = {}): InvalidInput | undefined => {
  const issues = stateIssues(u, path, options)
  return issues.length === 0 ? undefined : new InvalidInput({ issues })
}

/** Throws `InvalidInput` unless `u` is a well-formed case state. */
export function requireMediationState(u: unknown, name?: string, options?: { readonly lists?: boolean }): asserts u is MediationState {
  const problem = stateProblem(u, [name ?? "state"], options)
  if (problem !== undefined) throw problem
}

export const isState = (u: unknown): u is MediationState => stateIssues(u).length === 0
