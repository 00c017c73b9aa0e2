/**
 * 卷宗 (the case file) and what it must hold before a case is archived.
 *
 * > 人民调解员应当记录调解情况。人民调解委员会应当建立调解工作档案，将调解登记、调解工作记录、
 * > 调解协议书等材料立卷归档。 — 《人民调解法》第二十七条
 *
 * The 回访记录 requirement for an agreed case and the recommended 调查记录 follow a county case-file
 * checklist (齐河县司法局, as summarised in the domain spec; not in the seed reports).
 *
 * @module
 */
import { type Citation } from "@minzheng/core"
import { requireMediationState } from "../internal/state-guard.js"
import { LOCAL_PRACTICE, PEOPLES_MEDIATION_LAW } from "../law/citations.js"
import type { MediationState } from "./state.js"
import type { CaseDocumentKind } from "./vocabulary.js"

/**
 * What a case file needs, what it has, and what is missing, with the rule behind each requirement.
 *
 * @example
 * ```ts
 * import type { ArchiveChecklist } from "@minzheng/mediation"
 * const ready = (c: ArchiveChecklist) => c.missing.length === 0
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ArchiveChecklist {
  readonly required: ReadonlyArray<CaseDocumentKind>
  readonly recommended: ReadonlyArray<CaseDocumentKind>
  readonly present: ReadonlyArray<CaseDocumentKind>
  readonly missing: ReadonlyArray<CaseDocumentKind>
  readonly citations: ReadonlyArray<Citation>
}

/**
 * The case-file checklist of a case as its events stand: registration always; the application for
 * a case a party applied for; session records for a case that was mediated to an agreement or to
 * failure; the agreement (in effect) for an agreed case; a follow-up record for an agreed case.
 *
 * @example
 * ```ts
 * import { archiveChecklist, initialMediationState } from "@minzheng/mediation"
 * archiveChecklist({ ...initialMediationState, status: "failed", startedOn: "2025-03-03" as any }).missing
 * //=> ["session-record"]
 * ```
 * @throws `InvalidInput` when `s` is not a case state
 * @category rules
 * @since 0.1.0
 */
export const archiveChecklist = (s: MediationState): ArchiveChecklist => {
  requireMediationState(s)
  const required: CaseDocumentKind[] = ["registration"]
  const citations: Citation[] = [PEOPLES_MEDIATION_LAW.art27]
  if (s.source === "application") required.push("application")
  const concludedBySessions = s.status === "agreed" || s.status === "failed" || (s.status === "archived" && (s.agreement !== undefined || s.failure !== undefined))
  if (concludedBySessions) required.push("session-record")
  if (s.agreement?.effectiveOn !== undefined) {
    required.push("agreement", "follow-up")
    citations.push(PEOPLES_MEDIATION_LAW.art31, LOCAL_PRACTICE.caseFileChecklist)
  }
  const present: CaseDocumentKind[] = []
  if (s.startedOn !== undefined) present.push("registration")
  if (s.source === "application") present.push("application")
  if (s.investigations.length > 0) present.push("investigation")
  if (s.sessions.length > 0) present.push("session-record")
  if (s.agreement?.effectiveOn !== undefined) present.push("agreement")
  if (s.followUps.length > 0) present.push("follow-up")
  const recommended: CaseDocumentKind[] = s.acceptedOn !== undefined ? ["investigation"] : []
  return { required, recommended, present, missing: required.filter((k) => !present.includes(k)), citations }
}
