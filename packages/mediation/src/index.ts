/**
 * `@minzheng/mediation`: people's-mediation cases under the 人民调解法 as event-sourced
 * aggregates on core's workflow kernel — deadlines, agreements, the judicial-confirmation window,
 * follow-up visits, documents and statistics — and the 议事协商 七步工作法 and 阳光报告会 workflows.
 * Cases persist in any core `CaseStore`: `@minzheng/store-sqlite` (a file) or
 * `@minzheng/store-postgres` (a database several app instances share).
 *
 * @packageDocumentation
 */
export * from "./law/citations.js"
export * from "./case/vocabulary.js"
export * from "./case/dispute-category.js"
export * from "./case/party.js"
export * from "./case/committee.js"
export * from "./case/people.js"
export * from "./case/agreement.js"
export * from "./case/commands.js"
export * from "./case/events.js"
export * from "./case/state.js"
export * from "./case/conclusion-date.js"
export { evolveMediation } from "./case/evolve.js"
export { decideMediation, decideMediationUnsafe, defaultMediationContext, type MediationContext } from "./case/decide.js"
export * from "./case/workflow.js"
export { type ConfirmationWindow, confirmationWindow, confirmationWindowUnsafe } from "./case/confirmation-window.js"
export { labourArbitrationRight, mediationTimeLimit, mediationTimeLimitUnsafe, type MediationTimeLimit } from "./case/time-limits.js"
export * from "./case/archive-checklist.js"
export * from "./case/deadlines.js"
export * from "./effect/command-outcome.js"
export * from "./effect/mediation-service.js"
export * from "./errors.js"
export * from "./documents/agreement-document.js"
export * from "./documents/case-records.js"
export * from "./statistics/committee-statistics.js"
export * from "./deliberation/model.js"
export * from "./deliberation/consultation.js"
export * from "./deliberation/sunshine-report.js"
export * from "./effect/deliberation-service.js"
