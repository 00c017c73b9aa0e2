/**
 * The commands a caseworker gives a mediation case, as data. Each names the date it happens on
 * (`date`, a civil date): the case's dates come from its events, never from the clock.
 *
 * @module
 */
import type * as Result from "effect/Result"
import { decode, type InvalidInput } from "@minzheng/core"
import * as z from "zod/mini"
import { checkStart, shapes } from "../internal/case-shapes.js"
import { IdSchema } from "../internal/schemas.js"
import { withCurrentType } from "../internal/legacy-types.js"
import { decodeSafely } from "../internal/guard.js"

const StartSchema = z.strictObject({ type: z.literal("start"), ...shapes.start }).check(z.superRefine(checkStart))

/**
 * Zod schema of a {@link MediationCommand}.
 *
 * @example
 * ```ts
 * import { MediationCommandSchema } from "@minzheng/mediation"
 * MediationCommandSchema.safeParse({ type: "accept", date: "2025-03-04" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MediationCommandSchema = z.discriminatedUnion("type", [
  StartSchema,
  z.strictObject({ type: z.literal("accept"), ...shapes.accept }),
  z.strictObject({ type: z.literal("decline"), ...shapes.decline }),
  z.strictObject({ type: z.literal("assign-mediators"), ...shapes.assignMediators }),
  z.strictObject({ type: z.literal("replace-mediator"), ...shapes.replaceMediator }),
  z.strictObject({ type: z.literal("invite-participant"), ...shapes.inviteParticipant }),
  z.strictObject({ type: z.literal("record-investigation"), ...shapes.recordInvestigation }),
  z.strictObject({ type: z.literal("hold-session"), ...shapes.holdSession, objectingPartyIds: z.optional(z.array(IdSchema).check(z.maxLength(50))) }),
  z.strictObject({ type: z.literal("report-escalation"), ...shapes.reportEscalation }),
  z.strictObject({ type: z.literal("extend-time-limit"), ...shapes.extendTimeLimit }),
  z.strictObject({ type: z.literal("withdraw"), ...shapes.withdraw }),
  z.strictObject({ type: z.literal("draft-agreement"), ...shapes.draftAgreement }),
  z.strictObject({ type: z.literal("sign-agreement"), ...shapes.signAgreement }),
  z.strictObject({ type: z.literal("reach-oral-agreement"), ...shapes.draftAgreement, partyAskedForWriting: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal("end-mediation"), ...shapes.endMediation }),
  z.strictObject({ type: z.literal("apply-for-confirmation"), ...shapes.applyForConfirmation }),
  z.strictObject({ type: z.literal("record-court-decision"), ...shapes.recordCourtDecision }),
  z.strictObject({ type: z.literal("apply-for-enforcement"), ...shapes.applyForEnforcement }),
  z.strictObject({ type: z.literal("restart-mediation"), ...shapes.dateOnly }),
  z.strictObject({ type: z.literal("record-follow-up"), ...shapes.recordFollowUp }),
  z.strictObject({ type: z.literal("archive"), ...shapes.archive })
])

/**
 * A command to a mediation case. `type` is one of: `start`, `accept`, `decline`,
 * `assign-mediators`, `replace-mediator`, `invite-participant`, `record-investigation`, `hold-session`,
 * `report-escalation`, `extend-time-limit`, `withdraw`, `draft-agreement`, `sign-agreement`,
 * `reach-oral-agreement`, `end-mediation`, `apply-for-confirmation`, `record-court-decision`,
 * `apply-for-enforcement`, `restart-mediation`, `record-follow-up`, `archive`.
 *
 * @example
 * ```ts
 * import type { MediationCommand } from "@minzheng/mediation"
 * const c: MediationCommand = { type: "restart-mediation", date: "2025-11-01" as any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediationCommand = z.infer<typeof MediationCommandSchema>

/**
 * The commands of a mediation case by `type`, each with the step's Chinese and English name.
 *
 * @example
 * ```ts
 * import { MEDIATION_COMMAND_NAMES } from "@minzheng/mediation"
 * MEDIATION_COMMAND_NAMES["apply-for-confirmation"].zh //=> "申请司法确认"
 * ```
 * @category models
 * @since 0.1.0
 */
export const MEDIATION_COMMAND_NAMES: Readonly<Record<MediationCommand["type"], { readonly zh: string; readonly en: string }>> = {
  start: { zh: "登记纠纷", en: "register a dispute" },
  accept: { zh: "受理", en: "accept" },
  decline: { zh: "不予受理", en: "decline" },
  withdraw: { zh: "拒绝或要求终止调解", en: "refuse or end mediation" },
  "assign-mediators": { zh: "确定人民调解员", en: "assign mediators" },
  "replace-mediator": { zh: "更换人民调解员", en: "replace a mediator" },
  "invite-participant": { zh: "邀请有关人员参与调解", en: "invite a participant" },
  "record-investigation": { zh: "记录调查情况", en: "record an investigation" },
  "hold-session": { zh: "进行调解", en: "hold a session" },
  "report-escalation": { zh: "报告可能激化的纠纷", en: "report a risk of escalation" },
  "extend-time-limit": { zh: "延长调解期限", en: "extend the time limit" },
  "draft-agreement": { zh: "制作调解协议书", en: "draft a written agreement" },
  "sign-agreement": { zh: "签署调解协议书", en: "sign the agreement" },
  "reach-oral-agreement": { zh: "达成口头调解协议", en: "reach an oral agreement" },
  "end-mediation": { zh: "终止调解", en: "end mediation" },
  "apply-for-confirmation": { zh: "申请司法确认", en: "apply for judicial confirmation" },
  "record-court-decision": { zh: "记录法院确认结果", en: "record the court's decision" },
  "apply-for-enforcement": { zh: "申请强制执行", en: "apply for enforcement" },
  "restart-mediation": { zh: "重新调解", en: "mediate again" },
  "record-follow-up": { zh: "回访并记录履行情况", en: "record a follow-up visit" },
  archive: { zh: "立卷归档", en: "archive" }
}

/**
 * Decodes a mediation command from unknown input: the command, or one `InvalidInput`
 * listing every problem.
 *
 * @example
 * ```ts
 * import { decodeMediationCommand } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeMediationCommand({ type: "accept", date: "2025-02-30" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeMediationCommand = (input: unknown): Result.Result<MediationCommand, InvalidInput> => decodeSafely(() => decode(MediationCommandSchema, withCurrentType(input)))
