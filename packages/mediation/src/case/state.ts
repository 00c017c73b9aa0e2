/**
 * The state of a mediation case: what its events add up to. Never stored; always replayed.
 * Types and constants only, so every file that reads a state (the guards included) can import
 * this one; functions over a state live beside their use (`conclusion-date.ts`, `deadlines.ts` …).
 *
 * @module
 */
import type { IsoDate } from "@minzheng/core"
import type { AgreementContents, Signature } from "./agreement.js"
import type { Committee } from "./committee.js"
import type { DisputeCategory } from "./dispute-category.js"
import type { Party } from "./party.js"
import type { Mediator, MediatorSelection, Participant } from "./people.js"
import type { AgreementForm, ApplicationForm, CaseSource, CourtDecision, DeclineReason, EnforcementGround, EscalationAuthority, EscalationRisk, Performance, Route, SessionOpenness, WithdrawalKind } from "./vocabulary.js"

/**
 * Where a case stands, each with its Chinese term in {@link CASE_STATUS_NAMES}.
 *
 * @example
 * ```ts
 * import { CASE_STATUSES } from "@minzheng/mediation"
 * CASE_STATUSES.length //=> 8
 * ```
 * @category models
 * @since 0.1.0
 */
export const CASE_STATUSES = ["new", "registered", "not-accepted", "mediating", "agreed", "failed", "withdrawn", "archived"] as const

/**
 * A case status.
 *
 * @example
 * ```ts
 * import type { CaseStatus } from "@minzheng/mediation"
 * const s: CaseStatus = "mediating"
 * ```
 * @category models
 * @since 0.1.0
 */
export type CaseStatus = (typeof CASE_STATUSES)[number]

/**
 * Chinese and English names of the case statuses.
 *
 * @example
 * ```ts
 * import { CASE_STATUS_NAMES } from "@minzheng/mediation"
 * CASE_STATUS_NAMES.failed.zh //=> "调解不成，已终止"
 * ```
 * @category models
 * @since 0.1.0
 */
export const CASE_STATUS_NAMES: Readonly<Record<CaseStatus, { readonly zh: string; readonly en: string }>> = {
  new: { zh: "未登记", en: "not yet registered" },
  registered: { zh: "已登记，待受理", en: "registered, awaiting acceptance" },
  "not-accepted": { zh: "不予受理", en: "not accepted" },
  mediating: { zh: "调解中", en: "in mediation" },
  agreed: { zh: "已达成调解协议", en: "agreement in effect" },
  failed: { zh: "调解不成，已终止", en: "mediation failed and ended" },
  withdrawn: { zh: "当事人拒绝或要求终止调解", en: "a party refused or asked to end mediation" },
  archived: { zh: "已立卷归档", en: "archived" }
}

/**
 * An agreement as the case holds it: written or oral, its contents, the signatures gathered and
 * the date it took effect (undefined while signatures are missing).
 *
 * @example
 * ```ts
 * import type { AgreementRecord } from "@minzheng/mediation"
 * const isInForce = (a: AgreementRecord) => a.effectiveOn !== undefined
 * ```
 * @category models
 * @since 0.1.0
 */
export interface AgreementRecord {
  readonly form: AgreementForm
  readonly draftedOn: IsoDate
  readonly contents: AgreementContents
  readonly signatures: ReadonlyArray<{ readonly date: IsoDate; readonly signature: Signature }>
  readonly effectiveOn?: IsoDate
}

/**
 * A mediation session (调解) and its record (调解笔录, 第二十七条).
 *
 * @example
 * ```ts
 * import type { SessionRecord } from "@minzheng/mediation"
 * const isPublic = (s: SessionRecord) => s.openness === "public"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface SessionRecord {
  readonly date: IsoDate
  readonly openness: SessionOpenness
  readonly mediatorIds: ReadonlyArray<string>
  readonly attendingPartyIds: ReadonlyArray<string>
  readonly rightsExplained: boolean
  readonly record: string
}

/**
 * A follow-up visit (回访) and the performance it found.
 *
 * @example
 * ```ts
 * import type { FollowUp } from "@minzheng/mediation"
 * const done = (f: FollowUp) => f.performance === "performed"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface FollowUp {
  readonly date: IsoDate
  readonly visitor: string
  readonly performance: Performance
  readonly notes: string
}

/**
 * The state of a mediation case.
 *
 * @example
 * ```ts
 * import { initialMediationState } from "@minzheng/mediation"
 * initialMediationState.status //=> "new"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MediationState {
  readonly status: CaseStatus
  readonly eventCount: number
  readonly lastDate?: IsoDate
  readonly startedOn?: IsoDate
  readonly source?: CaseSource
  readonly applicationForm?: ApplicationForm
  readonly referredBy?: string
  readonly category?: DisputeCategory
  readonly committee?: Committee
  readonly parties: ReadonlyArray<Party>
  readonly summary?: string
  readonly amountInvolved?: string
  readonly acceptedOn?: IsoDate
  /** Set when mediation started again after a court found the agreement invalid (第三十三条). */
  readonly restartedOn?: IsoDate
  readonly registrationNumber?: string
  readonly declined?: { readonly date: IsoDate; readonly reason: DeclineReason; readonly note?: string }
  readonly mediators: ReadonlyArray<Mediator>
  readonly mediatorSelection?: MediatorSelection
  readonly replacedMediators: ReadonlyArray<{ readonly date: IsoDate; readonly mediator: Mediator; readonly requestedBy: string; readonly reason: string }>
  readonly participants: ReadonlyArray<Participant>
  readonly investigations: ReadonlyArray<{ readonly date: IsoDate; readonly findings: string }>
  readonly sessions: ReadonlyArray<SessionRecord>
  readonly escalations: ReadonlyArray<{ readonly date: IsoDate; readonly time: string; readonly risk: EscalationRisk; readonly reportedTo: EscalationAuthority; readonly authorityName: string; readonly measures: string }>
  readonly timeLimitExtendedTo?: IsoDate
  readonly withdrawal?: { readonly date: IsoDate; readonly partyId: string; readonly kind: WithdrawalKind; readonly statement?: string }
  readonly agreement?: AgreementRecord
  readonly priorAgreements: ReadonlyArray<AgreementRecord>
  readonly failure?: { readonly date: IsoDate; readonly reason: string; readonly routesExplained: ReadonlyArray<Route> }
  readonly confirmation?: {
    readonly appliedOn: IsoDate
    readonly court: string
    readonly windowEnd: IsoDate
    readonly decision?: { readonly date: IsoDate; readonly outcome: CourtDecision; readonly rulingNumber?: string }
    readonly enforcement?: { readonly date: IsoDate; readonly partyId: string; readonly ground: EnforcementGround }
  }
  readonly followUps: ReadonlyArray<FollowUp>
  readonly archive?: { readonly date: IsoDate; readonly fileNumber: string }
}

/**
 * The state before any event: status `"new"`.
 *
 * @example
 * ```ts
 * import { initialMediationState } from "@minzheng/mediation"
 * initialMediationState.parties //=> []
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const initialMediationState: MediationState = {
  status: "new",
  eventCount: 0,
  parties: [],
  mediators: [],
  replacedMediators: [],
  participants: [],
  investigations: [],
  sessions: [],
  escalations: [],
  priorAgreements: [],
  followUps: []
}
