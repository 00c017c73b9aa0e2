/**
 * The commands a caseworker gives a mediation case, as data. Each names the date it happens on
 * (`date`, a civil date): the case's dates come from its events, never from the clock.
 *
 * @module
 */
import { type Result } from "effect"
import { decode, type InvalidInput } from "@minzheng/core"
import { z } from "zod"
import { checkStart, shapes } from "../internal/case-shapes.js"
import { IdSchema } from "../internal/schemas.js"
import { decodeSafely } from "../internal/guard.js"

/**
 * How a case starts, each with its Chinese term: a party applies (当事人申请, 第十七条), the
 * committee mediates on its own initiative (调委会主动调解, 第十七条), the police or a court refers
 * it (公安机关移交 / 审判机关委托, 第十八条), or a government department assigns it (政府部门指定).
 *
 * @example
 * ```ts
 * import { CASE_SOURCE_NAMES } from "@minzheng/mediation"
 * CASE_SOURCE_NAMES["court-referral"].zh //=> "审判机关委托"
 * ```
 * @category models
 * @since 0.1.0
 */
export const CASE_SOURCE_NAMES = {
  application: { zh: "当事人申请", en: "application by a party" },
  "committee-initiative": { zh: "调委会主动调解", en: "committee's own initiative" },
  "police-referral": { zh: "公安机关移交", en: "referred by the police" },
  "court-referral": { zh: "审判机关委托", en: "referred by a court" },
  "government-assignment": { zh: "政府部门指定", en: "assigned by a government department" }
} as const

/**
 * Reasons a committee refuses to accept a case (若干规定 第二十二条), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { DECLINE_REASON_NAMES } from "@minzheng/mediation"
 * DECLINE_REASON_NAMES["already-accepted-by-authority"].zh //=> "人民法院、公安机关或者其他行政机关已经受理"
 * ```
 * @category models
 * @since 0.1.0
 */
export const DECLINE_REASON_NAMES = {
  "reserved-to-specialised-body": { zh: "法律、法规规定只能由专门机关管辖处理", en: "reserved by law to a specialised body" },
  "not-mediable": { zh: "法律、法规禁止采用民间调解方式解决", en: "the law forbids mediating it" },
  "already-accepted-by-authority": { zh: "人民法院、公安机关或者其他行政机关已经受理", en: "a court, the police or another administrative body has accepted it" },
  "already-resolved-by-authority": { zh: "人民法院、公安机关或者其他行政机关已经解决", en: "a court, the police or another administrative body has resolved it" }
} as const

/**
 * The routes a party is told of when mediation fails (第二十六条): 仲裁, 行政, 司法.
 *
 * @example
 * ```ts
 * import { ROUTE_NAMES } from "@minzheng/mediation"
 * ROUTE_NAMES.arbitration.zh //=> "仲裁"
 * ```
 * @category models
 * @since 0.1.0
 */
export const ROUTE_NAMES = {
  arbitration: { zh: "仲裁", en: "arbitration" },
  administrative: { zh: "行政", en: "administrative" },
  judicial: { zh: "司法（诉讼）", en: "judicial (litigation)" }
} as const

/**
 * Performance of the agreement as found on a follow-up visit (回访), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { PERFORMANCE_NAMES } from "@minzheng/mediation"
 * PERFORMANCE_NAMES["partly-performed"].zh //=> "部分履行"
 * ```
 * @category models
 * @since 0.1.0
 */
export const PERFORMANCE_NAMES = {
  performed: { zh: "已全部履行", en: "fully performed" },
  "partly-performed": { zh: "部分履行", en: "partly performed" },
  "not-performed": { zh: "未履行", en: "not performed" },
  "not-yet-due": { zh: "履行期限未届满", en: "not yet due" }
} as const

const StartSchema = z.object({ type: z.literal("start"), ...shapes.start }).strict().superRefine(checkStart)

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
  z.object({ type: z.literal("accept"), ...shapes.accept }).strict(),
  z.object({ type: z.literal("decline"), ...shapes.decline }).strict(),
  z.object({ type: z.literal("assignMediators"), ...shapes.assignMediators }).strict(),
  z.object({ type: z.literal("replaceMediator"), ...shapes.replaceMediator }).strict(),
  z.object({ type: z.literal("inviteParticipant"), ...shapes.inviteParticipant }).strict(),
  z.object({ type: z.literal("recordInvestigation"), ...shapes.recordInvestigation }).strict(),
  z.object({ type: z.literal("holdSession"), ...shapes.holdSession, objectingPartyIds: z.array(IdSchema).max(50).optional() }).strict(),
  z.object({ type: z.literal("reportEscalation"), ...shapes.reportEscalation }).strict(),
  z.object({ type: z.literal("extendTimeLimit"), ...shapes.extendTimeLimit }).strict(),
  z.object({ type: z.literal("withdraw"), ...shapes.withdraw }).strict(),
  z.object({ type: z.literal("draftAgreement"), ...shapes.draftAgreement }).strict(),
  z.object({ type: z.literal("signAgreement"), ...shapes.signAgreement }).strict(),
  z.object({ type: z.literal("reachOralAgreement"), ...shapes.draftAgreement, partyAskedForWriting: z.boolean().optional() }).strict(),
  z.object({ type: z.literal("endMediation"), ...shapes.endMediation }).strict(),
  z.object({ type: z.literal("applyForConfirmation"), ...shapes.applyForConfirmation }).strict(),
  z.object({ type: z.literal("recordCourtDecision"), ...shapes.recordCourtDecision }).strict(),
  z.object({ type: z.literal("applyForEnforcement"), ...shapes.applyForEnforcement }).strict(),
  z.object({ type: z.literal("restartMediation"), ...shapes.dateOnly }).strict(),
  z.object({ type: z.literal("recordFollowUp"), ...shapes.recordFollowUp }).strict(),
  z.object({ type: z.literal("archive"), ...shapes.archive }).strict()
])

/**
 * A command to a mediation case. `type` is one of: `start`, `accept`, `decline`,
 * `assignMediators`, `replaceMediator`, `inviteParticipant`, `recordInvestigation`, `holdSession`,
 * `reportEscalation`, `extendTimeLimit`, `withdraw`, `draftAgreement`, `signAgreement`,
 * `reachOralAgreement`, `endMediation`, `applyForConfirmation`, `recordCourtDecision`,
 * `applyForEnforcement`, `restartMediation`, `recordFollowUp`, `archive`.
 *
 * @example
 * ```ts
 * import type { MediationCommand } from "@minzheng/mediation"
 * const c: MediationCommand = { type: "restartMediation", date: "2025-11-01" as any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type MediationCommand = z.infer<typeof MediationCommandSchema>

/**
 * Decodes a mediation command from unknown input: the command, or one `InvalidInput`
 * listing every problem.
 *
 * @example
 * ```ts
 * import { decodeMediationCommand } from "@minzheng/mediation"
 * import { Result } from "effect"
 * Result.isFailure(decodeMediationCommand({ type: "accept", date: "2025-02-30" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeMediationCommand = (input: unknown): Result.Result<MediationCommand, InvalidInput> => decodeSafely(() => decode(MediationCommandSchema, input))
