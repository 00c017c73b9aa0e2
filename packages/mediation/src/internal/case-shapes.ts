/**
 * Field shapes shared by the mediation commands and the events they produce (not public).
 */
import { IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { AgreementContentsSchema, SignatureSchema } from "../case/agreement.js"
import { CommitteeSchema } from "../case/committee.js"
import { DisputeCategorySchema } from "../case/dispute-category.js"
import { PartySchema } from "../case/party.js"
import { MEDIATOR_SELECTION_NAMES, MediatorSchema, ParticipantSchema } from "../case/people.js"
import {
  APPLICATION_FORM_NAMES,
  CASE_SOURCE_NAMES,
  COURT_DECISION_NAMES,
  DECLINE_REASON_NAMES,
  ENFORCEMENT_GROUND_NAMES,
  ESCALATION_AUTHORITY_NAMES,
  ESCALATION_RISK_NAMES,
  PERFORMANCE_NAMES,
  ROUTE_NAMES,
  SESSION_OPENNESS_NAMES,
  WITHDRAWAL_KIND_NAMES
} from "../case/vocabulary.js"
import { membersOf } from "./members.js"
import { AmountSchema, IdSchema, NameSchema, TextSchema, uniqueBy } from "./schemas.js"

const date = IsoDateSchema
const partyIds = z.array(IdSchema).check(z.minLength(1), z.maxLength(50))

export const shapes = {
  dateOnly: { date },
  start: {
    date,
    source: z.literal(membersOf(CASE_SOURCE_NAMES)),
    applicationForm: z.optional(z.literal(membersOf(APPLICATION_FORM_NAMES))),
    referredBy: z.optional(NameSchema),
    category: DisputeCategorySchema,
    committee: CommitteeSchema,
    parties: z.array(PartySchema).check(z.minLength(2), z.maxLength(50)),
    summary: TextSchema,
    amountInvolved: z.optional(AmountSchema)
  },
  accept: { date, registrationNumber: z.optional(NameSchema) },
  decline: {
    date,
    reason: z.literal(membersOf(DECLINE_REASON_NAMES)),
    note: z.optional(TextSchema)
  },
  assignMediators: {
    date,
    selection: z.literal(membersOf(MEDIATOR_SELECTION_NAMES)),
    mediators: z.array(MediatorSchema).check(z.minLength(1), z.maxLength(20)),
    choosingPartyIds: z.optional(partyIds)
  },
  replaceMediator: { date, mediatorId: IdSchema, replacement: MediatorSchema, requestedBy: IdSchema, reason: TextSchema },
  inviteParticipant: { date, participant: ParticipantSchema, consentingPartyIds: partyIds },
  recordInvestigation: { date, findings: TextSchema },
  holdSession: {
    date,
    openness: z.literal(membersOf(SESSION_OPENNESS_NAMES)),
    mediatorIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(20)),
    attendingPartyIds: partyIds,
    rightsExplained: z.boolean(),
    record: TextSchema
  },
  reportEscalation: {
    date,
    time: z.string().check(z.refine((v: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { params: { zh: "时间应为 HH:mm", en: "time must be HH:mm" } })),
    risk: z.literal(membersOf(ESCALATION_RISK_NAMES)),
    reportedTo: z.literal(membersOf(ESCALATION_AUTHORITY_NAMES)),
    authorityName: NameSchema,
    measures: TextSchema
  },
  extendTimeLimit: { date, until: date, consentingPartyIds: partyIds },
  withdraw: { date, partyId: IdSchema, kind: z.literal(membersOf(WITHDRAWAL_KIND_NAMES)), statement: z.optional(TextSchema) },
  draftAgreement: { date, contents: AgreementContentsSchema },
  signAgreement: { date, signature: SignatureSchema },
  endMediation: { date, reason: TextSchema, routesExplained: z.array(z.literal(membersOf(ROUTE_NAMES))).check(z.maxLength(3)) },
  applyForConfirmation: { date, applicantPartyIds: partyIds, court: NameSchema },
  recordCourtDecision: { date, outcome: z.literal(membersOf(COURT_DECISION_NAMES)), rulingNumber: z.optional(NameSchema) },
  applyForEnforcement: { date, partyId: IdSchema, ground: z.literal(membersOf(ENFORCEMENT_GROUND_NAMES)) },
  recordFollowUp: {
    date,
    visitor: NameSchema,
    performance: z.literal(membersOf(PERFORMANCE_NAMES)),
    notes: TextSchema
  },
  archive: { date, fileNumber: NameSchema }
} as const

type StartFields = {
  readonly source: string
  readonly applicationForm?: string | undefined
  readonly referredBy?: string | undefined
  readonly parties: ReadonlyArray<{ readonly id: string }>
}

export const checkStart = (c: StartFields, ctx: z.core.$RefinementCtx): void => {
  if (!uniqueBy(c.parties, (p) => p.id)) {
    ctx.addIssue({ code: "custom", path: ["parties"], params: { zh: "当事人编号不得重复", en: "party ids must be unique" } })
  }
  if (c.source === "application" && c.applicationForm === undefined) {
    ctx.addIssue({ code: "custom", path: ["applicationForm"], params: { zh: "当事人申请的，应注明书面或口头申请", en: "an application must say whether it was written or oral" } })
  }
  if ((c.source === "police-referral" || c.source === "court-referral" || c.source === "government-assignment") && c.referredBy === undefined) {
    ctx.addIssue({ code: "custom", path: ["referredBy"], params: { zh: "移交、委托或指定的，应注明来源机关", en: "a referral must name the referring body" } })
  }
}
