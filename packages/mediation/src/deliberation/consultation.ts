/**
 * 议事协商 七步工作法 (the seven-step method of village/residents' consultation, 泰安市岱岳区,
 * seed 001) as a workflow on core's kernel:
 *
 * > 实行提、审、汇、议、督、示、档“七步工作法”，即提出议题、审查议题、汇聚共识、召开会议、督导落实、
 * > 结果公示、备案归档 — seed 001（岱岳区）
 *
 * One case is one topic (一事一议). The meeting needs the seven fixed members of "7+X" (村(居)“两委”
 * 成员、监督委员会成员、党员代表、居民代表、“两代表一委员”、县乡包村(居)干部、法律顾问); X are invited as
 * needed. Meetings are held in the first month of each quarter (每季度首月定期组织召开一次), which
 * gives the topic its deadline. The seed names "十必议" mandatory topics without listing them; a
 * topic only says whether it is one.
 *
 * @module
 */
import { decode, type Deadline, type InvalidInput, IsoDateSchema, TransitionRefused, type Workflow } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { consultationStateIssues } from "../internal/deliberation-guard.js"
import { withCurrentType } from "../internal/legacy-types.js"
import { decodeSafely, textIssues, throwIfAny } from "../internal/guard.js"
import { inFirstMonthOfQuarter, monthEnd, quarterStart } from "../internal/quarter.js"
import { NameSchema, TextSchema } from "../internal/schemas.js"
import { LOCAL_PRACTICE } from "../law/citations.js"
import { CONSULTATION_ROLE_NAMES, CONSULTATION_STEP_NAMES, FIXED_CONSULTATION_ROLES } from "./model.js"
import { addMonths } from "@minzheng/core"

const date = IsoDateSchema
const Role = z.literal([...FIXED_CONSULTATION_ROLES, "stakeholder", "department"])
const shapes = {
  propose: { date, village: NameSchema, topic: TextSchema, proposer: NameSchema, mandatory: z.boolean() },
  review: { date, approved: z.boolean(), reason: TextSchema },
  gatherConsensus: { date, opinions: TextSchema, consulted: z.number().check(z.int(), z.minimum(1), z.maximum(100_000)) },
  holdMeeting: { date, participants: z.array(z.strictObject({ name: NameSchema, role: Role })).check(z.minLength(1), z.maxLength(500)), resolution: TextSchema, votesFor: z.number().check(z.int(), z.minimum(0)), votesAgainst: z.number().check(z.int(), z.minimum(0)) },
  supervise: { date, supervisor: NameSchema, progress: TextSchema },
  publish: { date, place: NameSchema, content: TextSchema },
  file: { date, fileNumber: NameSchema }
}

/**
 * Zod schema of a {@link ConsultationCommand}.
 *
 * @example
 * ```ts
 * import { ConsultationCommandSchema } from "@minzheng/mediation"
 * ConsultationCommandSchema.safeParse({ type: "file", date: "2025-05-01", fileNumber: "议-1" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ConsultationCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("propose"), ...shapes.propose }),
  z.strictObject({ type: z.literal("review"), ...shapes.review }),
  z.strictObject({ type: z.literal("gather-consensus"), ...shapes.gatherConsensus }),
  z.strictObject({ type: z.literal("hold-meeting"), ...shapes.holdMeeting }),
  z.strictObject({ type: z.literal("supervise"), ...shapes.supervise }),
  z.strictObject({ type: z.literal("publish"), ...shapes.publish }),
  z.strictObject({ type: z.literal("file"), ...shapes.file })
])

/**
 * A command of the seven-step method: `propose`, `review`, `gather-consensus`, `hold-meeting`,
 * `supervise`, `publish`, `file`.
 *
 * @example
 * ```ts
 * import type { ConsultationCommand } from "@minzheng/mediation"
 * const c: ConsultationCommand = { type: "file", date: "2025-05-01" as any, fileNumber: "议-1" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ConsultationCommand = z.infer<typeof ConsultationCommandSchema>

/**
 * Zod schema of a {@link ConsultationEvent}.
 *
 * @example
 * ```ts
 * import { ConsultationEventSchema } from "@minzheng/mediation"
 * ConsultationEventSchema.safeParse({ type: "filed", date: "2025-05-01", fileNumber: "议-1" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ConsultationEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("proposed"), ...shapes.propose }),
  z.strictObject({ type: z.literal("reviewed"), ...shapes.review }),
  z.strictObject({ type: z.literal("consensus-gathered"), ...shapes.gatherConsensus }),
  z.strictObject({ type: z.literal("meeting-held"), ...shapes.holdMeeting }),
  z.strictObject({ type: z.literal("supervised"), ...shapes.supervise }),
  z.strictObject({ type: z.literal("published"), ...shapes.publish }),
  z.strictObject({ type: z.literal("filed"), ...shapes.file })
])

/**
 * An event of the seven-step method.
 *
 * @example
 * ```ts
 * import type { ConsultationEvent } from "@minzheng/mediation"
 * const e: ConsultationEvent = { type: "filed", date: "2025-05-01" as any, fileNumber: "议-1" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ConsultationEvent = z.infer<typeof ConsultationEventSchema>

/**
 * The state of one consultation topic.
 *
 * @example
 * ```ts
 * import { consultationWorkflow } from "@minzheng/mediation"
 * consultationWorkflow.initial.step //=> "new"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ConsultationState {
  readonly step: keyof typeof CONSULTATION_STEP_NAMES
  readonly history: ReadonlyArray<ConsultationEvent>
  readonly lastDate?: string
}

type Step = ConsultationState["step"]
const NEXT: Readonly<Record<ConsultationCommand["type"], Step>> = {
  propose: "new",
  review: "proposed",
  "gather-consensus": "reviewed",
  "hold-meeting": "consensus-gathered",
  supervise: "meeting-held",
  publish: "supervised",
  file: "publicised"
}

const refuse = (s: ConsultationState, c: ConsultationCommand, zh: string, en: string, details?: Record<string, unknown>) =>
  Result.fail(new TransitionRefused({ state: s.step, command: c.type, reason: { zh, en }, citations: [c.type === "hold-meeting" ? LOCAL_PRACTICE.daiyueSevenPlusX : LOCAL_PRACTICE.daiyueSevenSteps], ...(details === undefined ? {} : { details }) }))

/**
 * 议事协商 七步工作法 as a workflow: each step only after the one before it; the meeting only with
 * all seven fixed roles present.
 *
 * @example
 * ```ts
 * import { consultationWorkflow } from "@minzheng/mediation"
 * import { handle } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = handle(consultationWorkflow, consultationWorkflow.initial, { type: "propose", date: "2025-02-10" as any, village: "岱岳区某村", topic: "修建村内道路", proposer: "村民代表", mandatory: true })
 * Result.isSuccess(r) && r.success.state.step //=> "proposed"
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const consultationWorkflow: Workflow<ConsultationState, ConsultationCommand, ConsultationEvent> = {
  name: "consultation-seven-steps",
  initial: { step: "new", history: [] },
  decide: (s, c) => {
    const expected = NEXT[c.type]
    if (s.step !== expected) {
      return refuse(s, c, `当前为“${CONSULTATION_STEP_NAMES[s.step].zh}”，不能进行“${c.type}”`, `step ${c.type} needs the topic at ${expected}, not ${s.step}`, { expectedStep: expected })
    }
    if (s.lastDate !== undefined && c.date < s.lastDate) return refuse(s, c, `日期早于上一步（${s.lastDate}）`, `dated before the previous step (${s.lastDate})`)
    switch (c.type) {
      case "propose":
        return Result.succeed([{ ...c, type: "proposed" }])
      case "review":
        return Result.succeed([{ ...c, type: "reviewed" }])
      case "gather-consensus":
        return Result.succeed([{ ...c, type: "consensus-gathered" }])
      case "hold-meeting": {
        const missing = FIXED_CONSULTATION_ROLES.filter((r) => !c.participants.some((p) => p.role === r))
        if (missing.length > 0) {
          return refuse(s, c, `“7+X”固定成员未到齐，缺少：${missing.map((r) => CONSULTATION_ROLE_NAMES[r].zh).join("、")}`, `the seven fixed members are not all present; missing: ${missing.join(", ")}`, { missingRoles: missing })
        }
        return Result.succeed([{ ...c, type: "meeting-held" }])
      }
      case "supervise":
        return Result.succeed([{ ...c, type: "supervised" }])
      case "publish":
        return Result.succeed([{ ...c, type: "published" }])
      case "file":
        return Result.succeed([{ ...c, type: "filed" }])
    }
  },
  evolve: (s, e) => {
    const step: Step =
      e.type === "proposed" ? "proposed"
      : e.type === "reviewed" ? (e.approved ? "reviewed" : "rejected")
      : e.type === "consensus-gathered" ? "consensus-gathered"
      : e.type === "meeting-held" ? "meeting-held"
      : e.type === "supervised" ? "supervised"
      : e.type === "published" ? "publicised"
      : "filed"
    return { step, history: [...s.history, e], lastDate: e.date }
  }
}

/**
 * Decodes a seven-step command from unknown input.
 *
 * @example
 * ```ts
 * import { decodeConsultationCommand } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeConsultationCommand({ type: "propose" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeConsultationCommand = (u: unknown): Result.Result<ConsultationCommand, InvalidInput> => decodeSafely(() => decode(ConsultationCommandSchema, withCurrentType(u)))

/**
 * Decodes a stored seven-step event.
 *
 * @example
 * ```ts
 * import { decodeConsultationEvent } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(decodeConsultationEvent({ type: "filed", date: "2025-05-01", fileNumber: "议-1" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeConsultationEvent = (u: unknown): Result.Result<ConsultationEvent, InvalidInput> => decodeSafely(() => decode(ConsultationEventSchema, withCurrentType(u)))

/**
 * The deadline of a topic awaiting its meeting: the last day of the next quarter's first month —
 * or of this quarter's first month, for a topic proposed in it (每季度首月定期组织召开一次).
 *
 * @example
 * ```ts
 * import { consultationDeadlines, consultationWorkflow } from "@minzheng/mediation"
 * import { replay } from "@minzheng/core"
 * const s = replay(consultationWorkflow, [{ type: "proposed", date: "2025-02-10" as any, village: "某村", topic: "道路", proposer: "代表", mandatory: false }])
 * consultationDeadlines("t-1", s)[0]?.due //=> "2025-04-30"
 * ```
 * @throws `InvalidInput` when `caseId` is not a text or `s` not a topic's state
 * @category rules
 * @since 0.1.0
 */
export const consultationDeadlines = (caseId: string, s: ConsultationState): ReadonlyArray<Deadline> => {
  throwIfAny(textIssues(caseId, "caseId"), consultationStateIssues(s))
  const proposed = s.history.find((e) => e.type === "proposed")
  if (proposed === undefined || !["proposed", "reviewed", "consensus-gathered"].includes(s.step)) return []
  const first = inFirstMonthOfQuarter(proposed.date) ? quarterStart(proposed.date) : addMonths(quarterStart(proposed.date), 3)
  return [{ caseId, kind: "consultation-meeting", due: monthEnd(first), label: { zh: "季度首月议事协商会议", en: "consultation meeting in the first month of the quarter" } }]
}
