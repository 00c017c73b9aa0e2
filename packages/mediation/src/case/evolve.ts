/**
 * How each event changes a mediation case: the `evolve` half of the workflow. Pure, total over
 * well-formed events, and the only place state changes.
 *
 * @module
 */
import { InvalidInput, issue } from "@minzheng/core"
import { arrayOf, isObject } from "../internal/guard.js"
import { stateIssues } from "../internal/state-guard.js"
import type { MediationEvent } from "./events.js"
import type { AgreementRecord, MediationState } from "./state.js"

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const objects = arrayOf(isObject)

// The guard runs once per event, so it checks only what `evolve` itself reads: the count, the
// lists it copies, and the agreement's signatures. A state that fails it fails the full guard
// too, which then names the bad fields.
const evolvable = (s: MediationState): boolean =>
  typeof s === "object" &&
  s !== null &&
  typeof s.eventCount === "number" &&
  Array.isArray(s.mediators) &&
  Array.isArray(s.replacedMediators) &&
  Array.isArray(s.participants) &&
  Array.isArray(s.investigations) &&
  Array.isArray(s.sessions) &&
  Array.isArray(s.escalations) &&
  Array.isArray(s.priorAgreements) &&
  Array.isArray(s.followUps) &&
  (s.agreement === undefined || (typeof s.agreement === "object" && s.agreement !== null && Array.isArray(s.agreement.signatures)))

const badEvent = (): InvalidInput =>
  new InvalidInput({ issues: [issue(["event"], "not_a_mediation_event", "不是调解案件事件（类型未知或内容不全）", "not a mediation case event (unknown type or missing contents)")] })

const badState = (s: unknown): InvalidInput => {
  const issues = stateIssues(s)
  return new InvalidInput({ issues: issues.length > 0 ? issues : [issue(["state", "mediators"], "not_a_case_state", "不是有效的调解案件状态（应由事件重放得到）", "not a valid mediation case state (replay the case's events to get one)")] })
}

/**
 * Applies one event to a case's state.
 *
 * @example
 * ```ts
 * import { evolveMediation, initialMediationState } from "@minzheng/mediation"
 * const s = evolveMediation(initialMediationState, { type: "accepted", date: "2025-03-04" as any })
 * s.acceptedOn //=> "2025-03-04"
 * ```
 * @throws `InvalidInput` when `s` is not a case state or `e` not a mediation event (its contents
 * are not decoded here: decode stored events with {@link decodeMediationEvent})
 * @category workflow
 * @since 0.1.0
 */
export const evolveMediation = (s: MediationState, e: MediationEvent): MediationState => {
  if (!evolvable(s)) throw badState(s)
  try {
    return applyEvent(s, e)
  } catch (error) {
    // An event whose fields cannot be read (a throwing getter, a revoked proxy) is not an event.
    if (error instanceof InvalidInput) throw error
    throw badEvent()
  }
}

/**
 * {@link evolveMediation} without the check of the state: for a replay, whose state is its own
 * from the initial one on. The event is still checked (an object with a known `type`). Not
 * exported from the package.
 */
export const applyEvent = (s: MediationState, e: MediationEvent): MediationState => {
  if (typeof e !== "object" || e === null || typeof e.type !== "string") throw badEvent()
  // One copy per event, then the event's own fields: two spreads per event measured ~1.9 s per
  // million events in the bench, this ~1.3 s. The copy is fresh, so writing to it is safe.
  const base: Mutable<MediationState> = { ...s, eventCount: s.eventCount + 1, lastDate: e.date }
  switch (e.type) {
    case "started":
      return {
        ...base,
        status: "registered",
        startedOn: e.date,
        source: e.source,
        ...(e.applicationForm === undefined ? {} : { applicationForm: e.applicationForm }),
        ...(e.referredBy === undefined ? {} : { referredBy: e.referredBy }),
        category: e.category,
        committee: e.committee,
        parties: e.parties,
        summary: e.summary,
        ...(e.amountInvolved === undefined ? {} : { amountInvolved: e.amountInvolved })
      }
    case "accepted":
      base.status = "mediating"
      base.acceptedOn = e.date
      if (e.registrationNumber !== undefined) base.registrationNumber = e.registrationNumber
      return base
    case "declined":
      return { ...base, status: "not-accepted", declined: { date: e.date, reason: e.reason, ...(e.note === undefined ? {} : { note: e.note }) } }
    case "mediators-assigned": {
      if (!objects(e.mediators)) throw badEvent()
      if (!objects(s.mediators)) throw badState(s)
      const known = new Set(s.mediators.map((m) => m.id))
      return { ...base, mediators: [...s.mediators, ...e.mediators.filter((m) => !known.has(m.id))], mediatorSelection: e.selection }
    }
    case "mediator-replaced": {
      if (!isObject(e.replacement)) throw badEvent()
      if (!objects(s.mediators)) throw badState(s)
      const old = s.mediators.find((m) => m.id === e.mediatorId)
      return {
        ...base,
        mediators: [...s.mediators.filter((m) => m.id !== e.mediatorId), e.replacement],
        replacedMediators: old === undefined ? s.replacedMediators : [...s.replacedMediators, { date: e.date, mediator: old, requestedBy: e.requestedBy, reason: e.reason }]
      }
    }
    case "participant-invited":
      base.participants = [...s.participants, e.participant]
      return base
    case "investigation-recorded":
      base.investigations = [...s.investigations, { date: e.date, findings: e.findings }]
      return base
    case "session-held":
      base.sessions = [
        ...s.sessions,
        { date: e.date, openness: e.openness, mediatorIds: e.mediatorIds, attendingPartyIds: e.attendingPartyIds, rightsExplained: e.rightsExplained, record: e.record }
      ]
      return base
    case "escalation-reported":
      return {
        ...base,
        escalations: [...s.escalations, { date: e.date, time: e.time, risk: e.risk, reportedTo: e.reportedTo, authorityName: e.authorityName, measures: e.measures }]
      }
    case "time-limit-extended":
      base.timeLimitExtendedTo = e.until
      return base
    case "party-withdrew":
      return {
        ...base,
        status: "withdrawn",
        withdrawal: { date: e.date, partyId: e.partyId, kind: e.kind, ...(e.statement === undefined ? {} : { statement: e.statement }) }
      }
    case "agreement-drafted": {
      const agreement: AgreementRecord = { form: e.form, draftedOn: e.date, contents: e.contents, signatures: [] }
      return { ...base, agreement }
    }
    case "agreement-signed":
      if (s.agreement !== undefined) base.agreement = { ...s.agreement, signatures: [...s.agreement.signatures, { date: e.date, signature: e.signature }] }
      return base
    case "agreement-took-effect":
      if (s.agreement !== undefined) {
        base.status = "agreed"
        base.agreement = { ...s.agreement, effectiveOn: e.date }
      }
      return base
    case "mediation-ended":
      return { ...base, status: "failed", failure: { date: e.date, reason: e.reason, routesExplained: e.routesExplained } }
    case "confirmation-applied":
      base.confirmation = { appliedOn: e.date, court: e.court, windowEnd: e.windowEnd }
      return base
    case "court-decided":
      return s.confirmation === undefined
        ? base
        : {
            ...base,
            confirmation: {
              ...s.confirmation,
              decision: { date: e.date, outcome: e.outcome, ...(e.rulingNumber === undefined ? {} : { rulingNumber: e.rulingNumber }) }
            }
          }
    case "enforcement-applied":
      return s.confirmation === undefined
        ? base
        : { ...base, confirmation: { ...s.confirmation, enforcement: { date: e.date, partyId: e.partyId, ground: e.ground } } }
    case "mediation-restarted": {
      const { agreement, confirmation: _confirmation, timeLimitExtendedTo: _extension, ...rest } = base
      return { ...rest, status: "mediating", restartedOn: e.date, priorAgreements: agreement === undefined ? s.priorAgreements : [...s.priorAgreements, agreement] }
    }
    case "follow-up-recorded":
      base.followUps = [...s.followUps, { date: e.date, visitor: e.visitor, performance: e.performance, notes: e.notes }]
      return base
    case "archived":
      return { ...base, status: "archived", archive: { date: e.date, fileNumber: e.fileNumber } }
    default:
      throw badEvent()
  }
}
