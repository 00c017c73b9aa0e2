/**
 * Field shapes shared by the mediation commands and the events they produce (not public).
 */
import { IsoDateSchema } from "@minzheng/core"
import { z } from "zod"
import { AgreementContentsSchema, SignatureSchema } from "../case/agreement.js"
import { CommitteeSchema } from "../case/committee.js"
import { DisputeCategorySchema } from "../case/dispute-category.js"
import { PartySchema } from "../case/party.js"
import { MediatorSchema, ParticipantSchema } from "../case/people.js"
import { AmountSchema, IdSchema, NameSchema, TextSchema, uniqueBy } from "./schemas.js"

const date = IsoDateSchema
const partyIds = z.array(IdSchema).min(1).max(50)

export const shapes = {
  dateOnly: { date },
  start: {
    date,
    source: z.literal(["application", "committee-initiative", "police-referral", "court-referral", "government-assignment"]),
    applicationForm: z.literal(["written", "oral"]).optional(),
    referredBy: NameSchema.optional(),
    category: DisputeCategorySchema,
    committee: CommitteeSchema,
    parties: z.array(PartySchema).min(2).max(50),
    summary: TextSchema,
    amountInvolved: AmountSchema.optional()
  },
  accept: { date, registrationNumber: NameSchema.optional() },
  decline: {
    date,
    reason: z.literal(["reserved-to-specialised-body", "not-mediable", "already-accepted-by-authority", "already-resolved-by-authority"]),
    note: TextSchema.optional()
  },
  assignMediators: {
    date,
    selection: z.literal(["committee-assigned", "parties-chosen"]),
    mediators: z.array(MediatorSchema).min(1).max(20),
    choosingPartyIds: partyIds.optional()
  },
  replaceMediator: { date, mediatorId: IdSchema, replacement: MediatorSchema, requestedBy: IdSchema, reason: TextSchema },
  inviteParticipant: { date, participant: ParticipantSchema, consentingPartyIds: partyIds },
  recordInvestigation: { date, findings: TextSchema },
  holdSession: {
    date,
    openness: z.literal(["public", "private"]),
    mediatorIds: z.array(IdSchema).min(1).max(20),
    attendingPartyIds: partyIds,
    rightsExplained: z.boolean(),
    record: TextSchema
  },
  reportEscalation: {
    date,
    time: z.string().refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { params: { zh: "时间应为 HH:mm", en: "time must be HH:mm" } }),
    risk: z.literal(["violence", "public-order-case", "criminal-case"]),
    reportedTo: z.literal(["police", "other-authority"]),
    authorityName: NameSchema,
    measures: TextSchema
  },
  extendTimeLimit: { date, until: date, consentingPartyIds: partyIds },
  withdraw: { date, partyId: IdSchema, kind: z.literal(["refuses-mediation", "asks-to-end"]), statement: TextSchema.optional() },
  draftAgreement: { date, contents: AgreementContentsSchema },
  signAgreement: { date, signature: SignatureSchema },
  endMediation: { date, reason: TextSchema, routesExplained: z.array(z.literal(["arbitration", "administrative", "judicial"])).max(3) },
  applyForConfirmation: { date, applicantPartyIds: partyIds, court: NameSchema },
  recordCourtDecision: { date, outcome: z.literal(["confirmed", "rejected"]), rulingNumber: NameSchema.optional() },
  applyForEnforcement: { date, partyId: IdSchema, ground: z.literal(["refused-to-perform", "partly-performed"]) },
  recordFollowUp: {
    date,
    visitor: NameSchema,
    performance: z.literal(["performed", "partly-performed", "not-performed", "not-yet-due"]),
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

export const checkStart = (c: StartFields, ctx: z.RefinementCtx): void => {
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
