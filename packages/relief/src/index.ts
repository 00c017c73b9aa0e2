/**
 * `@minzheng/relief`: social-assistance eligibility and amounts — 低保, 单人户施保, 特困, 低保边缘,
 * 刚性支出困难, 临时救助 and 渐退期 — with explanation trees citing the articles they apply, policy
 * bundles over time per region, the 审核确认 procedure and batch runs.
 *
 * @packageDocumentation
 */
export * from "./sources.js"
export * from "./household/amount.js"
export * from "./household/member.js"
export * from "./household/income.js"
export * from "./household/assets.js"
export * from "./household/rigid-expenditure.js"
export * from "./household/legal-supporter.js"
export * from "./temporary-assistance/incident.js"
export * from "./gradual-exit/previous-support.js"
export * from "./household/household.js"
export * from "./params/definitions.js"
export {
  type BundleReport,
  type ReliefParameters,
  ReliefPolicy,
  resolveReliefPolicy,
  resolveReliefPolicyUnsafe,
  validateReliefBundle
} from "./params/policy.js"
export type { ProgrammeKey } from "./params/usage.js"
export * from "./params/bundles/national.js"
export * from "./params/bundles/national-bundle.js"
export * from "./params/bundles/relief-bundles.js"
export * from "./params/bundles/licang.js"
export * from "./params/bundles/jimo.js"
export * from "./params/bundles/taishan.js"
export * from "./params/bundles/nanhai.js"
export * from "./params/bundles/seed-programmes.js"
export {
  AMOUNT_TERM_KIND_NAMES,
  APPROVAL_LEVEL_NAMES,
  type AmountTerm,
  type AmountTermKind,
  type ApprovalLevel,
  DETERMINATION_STATUS_NAMES,
  type Determination,
  type DeterminationStatus,
  FREQUENCY_NAMES,
  type Frequency,
  type HouseholdDetermination,
  PROGRAMME_KEYS,
  PROGRAMME_NAMES,
  PROGRAMME_STATUSES,
  type Programme,
  type ProgrammeDeterminations,
  type UsedParameter,
  monthlyPayments
} from "./determination/determination.js"
export * from "./determination/determine.js"
export * from "./determination/decision-text.js"
export {
  INCAPACITY_GROUND_NAMES,
  type IncapacityGround,
  type LegalObligor,
  OBLIGATION_NAMES,
  type Obligation,
  legalObligors,
  legalObligorsUnsafe
} from "./tekun/legal-obligor.js"
export * from "./local/zibo-categories.js"
export * from "./local/rencheng-funding.js"
export * from "./local/luozhuang-children.js"
export * from "./review/public-notice.js"
export * from "./review/review.js"
export * from "./review/procedure-parameters.js"
export {
  STAGE_STATUS_NAMES,
  type StageDeadline,
  type StageStatus,
  calendarGapOf,
  uncomputableNote
} from "./review/stage-deadline.js"
export * from "./review/tekun-procedure.js"
export * from "./batch/batch-row.js"
export { CSV_COLUMNS, CSV_HEADERS, CSV_REQUIRE_ONE_OF, matchHouseholdCsvHeader } from "./batch/csv.js"
export { type BatchOptions } from "./batch/batch-processor.js"
export * from "./batch/run-batch.js"
export * from "./batch/batch-stream.js"
export * from "./effect/relief-service.js"
export * from "./referrals/sources.js"
export * from "./referrals/referral-item.js"
export * from "./referrals/catalogue.js"
export * from "./referrals/referrals.js"
export * from "./vagrancy/sources.js"
export * from "./vagrancy/request.js"
export * from "./vagrancy/case.js"
export * from "./vagrancy/ledger.js"
