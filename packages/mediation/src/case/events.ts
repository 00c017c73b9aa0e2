/**
 * The events of a mediation case: what happened, in order, each with its civil date. A case's
 * state is a fold over them ({@link evolveMediation}); they are what a `CaseStore` keeps.
 *
 * @module
 */
import { type Result } from "effect"
import { decode, type InvalidInput, IsoDateSchema } from "@minzheng/core"
import { z } from "zod"
import { checkStart, shapes } from "../internal/case-shapes.js"
import { NameSchema } from "../internal/schemas.js"
import { AgreementContentsSchema } from "./agreement.js"
import { decodeSafely } from "../internal/guard.js"

/**
 * Zod schema of a {@link MediationEvent}.
 *
 * @example
 * ```ts
 * import { MediationEventSchema } from "@minzheng/mediation"
 * MediationEventSchema.safeParse({ type: "accepted", date: "2025-03-04" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MediationEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("started"), ...shapes.start }).strict().superRefine(checkStart),
  z.object({ type: z.literal("accepted"), ...shapes.accept }).strict(),
  z.object({ type: z.literal("declined"), ...shapes.decline }).strict(),
  z.object({ type: z.literal("mediatorsAssigned"), ...shapes.assignMediators }).strict(),
  z.object({ type: z.literal("mediatorReplaced"), ...shapes.replaceMediator }).strict(),
  z.object({ type: z.literal("participantInvited"), ...shapes.inviteParticipant }).strict(),
  z.object({ type: z.literal("investigationRecorded"), ...shapes.recordInvestigation }).strict(),
  z.object({ type: z.literal("sessionHeld"), ...shapes.holdSession }).strict(),
  z.object({ type: z.literal("escalationReported"), ...shapes.reportEscalation }).strict(),
  z.object({ type: z.literal("timeLimitExtended"), ...shapes.extendTimeLimit }).strict(),
  z.object({ type: z.literal("partyWithdrew"), ...shapes.withdraw }).strict(),
  z.object({ type: z.literal("agreementDrafted"), date: IsoDateSchema, form: z.literal(["written", "oral"]), contents: AgreementContentsSchema }).strict(),
  z.object({ type: z.literal("agreementSigned"), ...shapes.signAgreement }).strict(),
  z.object({ type: z.literal("agreementTookEffect"), date: IsoDateSchema }).strict(),
  z.object({ type: z.literal("mediationEnded"), ...shapes.endMediation }).strict(),
  z.object({ type: z.literal("confirmationApplied"), ...shapes.applyForConfirmation, windowEnd: IsoDateSchema }).strict(),
  z.object({ type: z.literal("courtDecided"), ...shapes.recordCourtDecision }).strict(),
  z.object({ type: z.literal("enforcementApplied"), ...shapes.applyForEnforcement }).strict(),
  z.object({ type: z.literal("mediationRestarted"), ...shapes.dateOnly }).strict(),
  z.object({ type: z.literal("followUpRecorded"), ...shapes.recordFollowUp }).strict(),
  z.object({ type: z.literal("archived"), date: IsoDateSchema, fileNumber: NameSchema }).strict()
])

/**
 * An event of a mediation case. `type` is one of: `started`, `accepted`, `declined`,
 * `mediatorsAssigned`, `mediatorReplaced`, `participantInvited`, `investigationRecorded`,
 * `sessionHeld`, `escalationReported`, `timeLimitExtended`, `partyWithdrew`, `agreementDrafted`,
 * `agreementSigned`, `agreementTookEffect`, `mediationEnded`, `confirmationApplied`,
 * `courtDecided`, `enforcementApplied`, `mediationRestarted`, `followUpRecorded`, `archived`.
 *
 * @example
 * ```ts
 * import type { MediationEvent } from "@minzheng/mediation"
 * const e: MediationEvent = { type: "agreementTookEffect", date: "2025-03-20" as any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediationEvent = z.infer<typeof MediationEventSchema>

/**
 * Decodes a stored event: the event, or an `InvalidInput` listing every problem.
 *
 * @example
 * ```ts
 * import { decodeMediationEvent } from "@minzheng/mediation"
 * import { Result } from "effect"
 * Result.isSuccess(decodeMediationEvent({ type: "accepted", date: "2025-03-04" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeMediationEvent = (input: unknown): Result.Result<MediationEvent, InvalidInput> => decodeSafely(() => decode(MediationEventSchema, input))
