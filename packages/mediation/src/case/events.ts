/**
 * The events of a mediation case: what happened, in order, each with its civil date. A case's
 * state is a fold over them ({@link evolveMediation}); they are what a `CaseStore` keeps.
 *
 * @module
 */
import type * as Result from "effect/Result"
import { decode, type InvalidInput, IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { checkStart, shapes } from "../internal/case-shapes.js"
import { NameSchema } from "../internal/schemas.js"
import { AgreementContentsSchema } from "./agreement.js"
import { membersOf } from "../internal/members.js"
import { AGREEMENT_FORM_NAMES } from "./vocabulary.js"
import { withCurrentType } from "../internal/legacy-types.js"
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
  z.strictObject({ type: z.literal("started"), ...shapes.start }).check(z.superRefine(checkStart)),
  z.strictObject({ type: z.literal("accepted"), ...shapes.accept }),
  z.strictObject({ type: z.literal("declined"), ...shapes.decline }),
  z.strictObject({ type: z.literal("mediators-assigned"), ...shapes.assignMediators }),
  z.strictObject({ type: z.literal("mediator-replaced"), ...shapes.replaceMediator }),
  z.strictObject({ type: z.literal("participant-invited"), ...shapes.inviteParticipant }),
  z.strictObject({ type: z.literal("investigation-recorded"), ...shapes.recordInvestigation }),
  z.strictObject({ type: z.literal("session-held"), ...shapes.holdSession }),
  z.strictObject({ type: z.literal("escalation-reported"), ...shapes.reportEscalation }),
  z.strictObject({ type: z.literal("time-limit-extended"), ...shapes.extendTimeLimit }),
  z.strictObject({ type: z.literal("party-withdrew"), ...shapes.withdraw }),
  z.strictObject({ type: z.literal("agreement-drafted"), date: IsoDateSchema, form: z.literal(membersOf(AGREEMENT_FORM_NAMES)), contents: AgreementContentsSchema }),
  z.strictObject({ type: z.literal("agreement-signed"), ...shapes.signAgreement }),
  z.strictObject({ type: z.literal("agreement-took-effect"), date: IsoDateSchema }),
  z.strictObject({ type: z.literal("mediation-ended"), ...shapes.endMediation }),
  z.strictObject({ type: z.literal("confirmation-applied"), ...shapes.applyForConfirmation, windowEnd: IsoDateSchema }),
  z.strictObject({ type: z.literal("court-decided"), ...shapes.recordCourtDecision }),
  z.strictObject({ type: z.literal("enforcement-applied"), ...shapes.applyForEnforcement }),
  z.strictObject({ type: z.literal("mediation-restarted"), ...shapes.dateOnly }),
  z.strictObject({ type: z.literal("follow-up-recorded"), ...shapes.recordFollowUp }),
  z.strictObject({ type: z.literal("archived"), date: IsoDateSchema, fileNumber: NameSchema })
])

/**
 * An event of a mediation case. `type` is one of: `started`, `accepted`, `declined`,
 * `mediators-assigned`, `mediator-replaced`, `participant-invited`, `investigation-recorded`,
 * `session-held`, `escalation-reported`, `time-limit-extended`, `party-withdrew`, `agreement-drafted`,
 * `agreement-signed`, `agreement-took-effect`, `mediation-ended`, `confirmation-applied`,
 * `court-decided`, `enforcement-applied`, `mediation-restarted`, `follow-up-recorded`, `archived`.
 *
 * @example
 * ```ts
 * import type { MediationEvent } from "@minzheng/mediation"
 * const e: MediationEvent = { type: "agreement-took-effect", date: "2025-03-20" as any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediationEvent = z.infer<typeof MediationEventSchema>

/**
 * The events of a mediation case by `type`, each with what happened in Chinese and English (the
 * words a case timeline shows).
 *
 * @example
 * ```ts
 * import { MEDIATION_EVENT_NAMES } from "@minzheng/mediation"
 * MEDIATION_EVENT_NAMES["agreement-took-effect"].zh //=> "调解协议生效"
 * ```
 * @category models
 * @since 0.1.0
 */
export const MEDIATION_EVENT_NAMES: Readonly<Record<MediationEvent["type"], { readonly zh: string; readonly en: string }>> = {
  started: { zh: "申请调解 / 纠纷登记", en: "dispute registered" },
  accepted: { zh: "受理", en: "accepted" },
  declined: { zh: "不予受理", en: "not accepted" },
  "mediators-assigned": { zh: "确定调解员", en: "mediators assigned" },
  "mediator-replaced": { zh: "更换调解员", en: "mediator replaced" },
  "participant-invited": { zh: "邀请参与调解", en: "participant invited" },
  "investigation-recorded": { zh: "调查核实", en: "investigation recorded" },
  "session-held": { zh: "调解会", en: "session held" },
  "escalation-reported": { zh: "矛盾激化报告", en: "risk of escalation reported" },
  "time-limit-extended": { zh: "延长调解期限", en: "time limit extended" },
  "party-withdrew": { zh: "当事人拒绝或要求终止调解", en: "a party refused or asked to end mediation" },
  "agreement-drafted": { zh: "制作调解协议", en: "agreement drafted" },
  "agreement-signed": { zh: "签名、盖章或按指印", en: "agreement signed" },
  "agreement-took-effect": { zh: "调解协议生效", en: "agreement took effect" },
  "mediation-ended": { zh: "调解终止", en: "mediation ended" },
  "confirmation-applied": { zh: "申请司法确认", en: "judicial confirmation applied for" },
  "court-decided": { zh: "人民法院裁定", en: "court decided" },
  "enforcement-applied": { zh: "申请强制执行", en: "enforcement applied for" },
  "mediation-restarted": { zh: "重新调解", en: "mediation restarted" },
  "follow-up-recorded": { zh: "回访", en: "follow-up visit recorded" },
  archived: { zh: "立卷归档", en: "archived" }
}

/**
 * Decodes a stored event: the event, or an `InvalidInput` listing every problem.
 *
 * @example
 * ```ts
 * import { decodeMediationEvent } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(decodeMediationEvent({ type: "accepted", date: "2025-03-04" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeMediationEvent = (input: unknown): Result.Result<MediationEvent, InvalidInput> => decodeSafely(() => decode(MediationEventSchema, withCurrentType(input)))
