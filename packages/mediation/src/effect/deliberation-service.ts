/**
 * The Effect shell of the two deliberation workflows: their commands as Effects over core's
 * `CaseStore`, with typed errors only.
 *
 * @module
 */
import type { CaseStore } from "@minzheng/core"
import type { Effect } from "effect"
import { type ConsultationEvent, type ConsultationState, consultationWorkflow, decodeConsultationCommand, decodeConsultationEvent } from "../deliberation/consultation.js"
import { decodeSunshineCommand, decodeSunshineEvent, type SunshineEvent, type SunshineState, sunshineReportWorkflow } from "../deliberation/sunshine-report.js"
import { type CommandOutcome, executeWorkflowCommand } from "../internal/execute.js"
import type { MediationCommandError } from "./mediation-service.js"

/**
 * Runs a 议事协商 七步工作法 command (unknown input) against a stored topic.
 *
 * @example
 * ```ts
 * import { runConsultationCommand } from "@minzheng/mediation"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = runConsultationCommand("topic-1", { type: "propose", date: "2025-02-10", village: "某村", topic: "道路硬化", proposer: "村民代表", mandatory: false })
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))).state.step //=> "proposed"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const runConsultationCommand = (
  caseId: unknown,
  command: unknown,
  options: { readonly expectedVersion?: number } = {}
): Effect.Effect<CommandOutcome<ConsultationState, ConsultationEvent>, MediationCommandError, CaseStore> =>
  executeWorkflowCommand(consultationWorkflow, decodeConsultationCommand, decodeConsultationEvent, caseId, command, undefined, (options as { expectedVersion?: unknown } | null)?.expectedVersion)

/**
 * Runs a 阳光报告会 command (unknown input) against a stored meeting.
 *
 * @example
 * ```ts
 * import { runSunshineCommand } from "@minzheng/mediation"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = runSunshineCommand("meeting-1", { type: "schedule", date: "2025-01-06", village: "西杨村", quarter: "2025Q1" })
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))).state.stage //=> "scheduled"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const runSunshineCommand = (
  caseId: unknown,
  command: unknown,
  options: { readonly expectedVersion?: number } = {}
): Effect.Effect<CommandOutcome<SunshineState, SunshineEvent>, MediationCommandError, CaseStore> =>
  executeWorkflowCommand(sunshineReportWorkflow, decodeSunshineCommand, decodeSunshineEvent, caseId, command, undefined, (options as { expectedVersion?: unknown } | null)?.expectedVersion)
