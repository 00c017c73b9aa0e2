/**
 * The closed sets of a mediation case's data — how it starts, why it is declined, how sessions are
 * held, what a court decides … — each as one typed constant with its Chinese and English names, and
 * the type of its members (kebab-case strings). The schemas, guards and documents of the package
 * draw their values from here: each set is defined once.
 *
 * @module
 */

type Names = Readonly<Record<string, { readonly zh: string; readonly en: string }>>

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
} as const satisfies Names

/**
 * How a case starts (a key of {@link CASE_SOURCE_NAMES}).
 *
 * @example
 * ```ts
 * import type { CaseSource } from "@minzheng/mediation"
 * const s: CaseSource = "police-referral"
 * ```
 * @category models
 * @since 0.1.0
 */
export type CaseSource = keyof typeof CASE_SOURCE_NAMES

/**
 * How a party applied (第十七条: 当事人可以向人民调解委员会申请调解), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { APPLICATION_FORM_NAMES } from "@minzheng/mediation"
 * APPLICATION_FORM_NAMES.oral.zh //=> "口头申请"
 * ```
 * @category models
 * @since 0.1.0
 */
export const APPLICATION_FORM_NAMES = {
  written: { zh: "书面申请", en: "written application" },
  oral: { zh: "口头申请", en: "oral application" }
} as const satisfies Names

/**
 * How a party applied (a key of {@link APPLICATION_FORM_NAMES}).
 *
 * @example
 * ```ts
 * import type { ApplicationForm } from "@minzheng/mediation"
 * const f: ApplicationForm = "written"
 * ```
 * @category models
 * @since 0.1.0
 */
export type ApplicationForm = keyof typeof APPLICATION_FORM_NAMES

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
} as const satisfies Names

/**
 * A reason to decline a case (a key of {@link DECLINE_REASON_NAMES}).
 *
 * @example
 * ```ts
 * import type { DeclineReason } from "@minzheng/mediation"
 * const r: DeclineReason = "not-mediable"
 * ```
 * @category models
 * @since 0.1.0
 */
export type DeclineReason = keyof typeof DECLINE_REASON_NAMES

/**
 * Whether a session is held in public (第二十二条: 根据需要可以公开进行), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { SESSION_OPENNESS_NAMES } from "@minzheng/mediation"
 * SESSION_OPENNESS_NAMES.private.zh //=> "不公开"
 * ```
 * @category models
 * @since 0.1.0
 */
export const SESSION_OPENNESS_NAMES = {
  public: { zh: "公开", en: "public" },
  private: { zh: "不公开", en: "private" }
} as const satisfies Names

/**
 * Whether a session is public (a key of {@link SESSION_OPENNESS_NAMES}).
 *
 * @example
 * ```ts
 * import type { SessionOpenness } from "@minzheng/mediation"
 * const o: SessionOpenness = "public"
 * ```
 * @category models
 * @since 0.1.0
 */
export type SessionOpenness = keyof typeof SESSION_OPENNESS_NAMES

/**
 * The risks a mediator reports (第二十五条: 纠纷有可能激化的……对有可能引起治安案件、刑事案件的纠纷，
 * 应当及时向当地公安机关或者其他有关部门报告), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { ESCALATION_RISK_NAMES } from "@minzheng/mediation"
 * ESCALATION_RISK_NAMES["criminal-case"].zh //=> "可能引起刑事案件"
 * ```
 * @category models
 * @since 0.1.0
 */
export const ESCALATION_RISK_NAMES = {
  violence: { zh: "纠纷有可能激化", en: "the dispute may turn violent" },
  "public-order-case": { zh: "可能引起治安案件", en: "may lead to a public-order case" },
  "criminal-case": { zh: "可能引起刑事案件", en: "may lead to a criminal case" }
} as const satisfies Names

/**
 * A risk of escalation (a key of {@link ESCALATION_RISK_NAMES}).
 *
 * @example
 * ```ts
 * import type { EscalationRisk } from "@minzheng/mediation"
 * const r: EscalationRisk = "violence"
 * ```
 * @category models
 * @since 0.1.0
 */
export type EscalationRisk = keyof typeof ESCALATION_RISK_NAMES

/**
 * Whom a risk of escalation is reported to (第二十五条), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { ESCALATION_AUTHORITY_NAMES } from "@minzheng/mediation"
 * ESCALATION_AUTHORITY_NAMES.police.zh //=> "当地公安机关"
 * ```
 * @category models
 * @since 0.1.0
 */
export const ESCALATION_AUTHORITY_NAMES = {
  police: { zh: "当地公安机关", en: "the local police" },
  "other-authority": { zh: "其他有关部门", en: "another relevant department" }
} as const satisfies Names

/**
 * Whom a risk is reported to (a key of {@link ESCALATION_AUTHORITY_NAMES}).
 *
 * @example
 * ```ts
 * import type { EscalationAuthority } from "@minzheng/mediation"
 * const a: EscalationAuthority = "police"
 * ```
 * @category models
 * @since 0.1.0
 */
export type EscalationAuthority = keyof typeof ESCALATION_AUTHORITY_NAMES

/**
 * How a party leaves the mediation (第十七条: 当事人一方明确拒绝调解的，不得调解; 第二十三条: 当事人
 * 有权自主决定接受、不接受或者终止调解), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { WITHDRAWAL_KIND_NAMES } from "@minzheng/mediation"
 * WITHDRAWAL_KIND_NAMES["asks-to-end"].zh //=> "当事人要求终止调解"
 * ```
 * @category models
 * @since 0.1.0
 */
export const WITHDRAWAL_KIND_NAMES = {
  "refuses-mediation": { zh: "当事人明确拒绝调解", en: "a party refuses mediation" },
  "asks-to-end": { zh: "当事人要求终止调解", en: "a party asks to end mediation" }
} as const satisfies Names

/**
 * How a party leaves (a key of {@link WITHDRAWAL_KIND_NAMES}).
 *
 * @example
 * ```ts
 * import type { WithdrawalKind } from "@minzheng/mediation"
 * const k: WithdrawalKind = "refuses-mediation"
 * ```
 * @category models
 * @since 0.1.0
 */
export type WithdrawalKind = keyof typeof WITHDRAWAL_KIND_NAMES

/**
 * The form of an agreement (第二十八条: 可以采用书面形式……也可以采用口头形式), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { AGREEMENT_FORM_NAMES } from "@minzheng/mediation"
 * AGREEMENT_FORM_NAMES.oral.zh //=> "口头调解协议"
 * ```
 * @category models
 * @since 0.1.0
 */
export const AGREEMENT_FORM_NAMES = {
  written: { zh: "书面调解协议", en: "written agreement" },
  oral: { zh: "口头调解协议", en: "oral agreement" }
} as const satisfies Names

/**
 * The form of an agreement (a key of {@link AGREEMENT_FORM_NAMES}).
 *
 * @example
 * ```ts
 * import type { AgreementForm } from "@minzheng/mediation"
 * const f: AgreementForm = "oral"
 * ```
 * @category models
 * @since 0.1.0
 */
export type AgreementForm = keyof typeof AGREEMENT_FORM_NAMES

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
} as const satisfies Names

/**
 * A route after failed mediation (a key of {@link ROUTE_NAMES}).
 *
 * @example
 * ```ts
 * import type { Route } from "@minzheng/mediation"
 * const r: Route = "judicial"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Route = keyof typeof ROUTE_NAMES

/**
 * What the court decides on an application for judicial confirmation (第三十三条), each with its
 * Chinese term.
 *
 * @example
 * ```ts
 * import { COURT_DECISION_NAMES } from "@minzheng/mediation"
 * COURT_DECISION_NAMES.rejected.zh //=> "裁定驳回申请"
 * ```
 * @category models
 * @since 0.1.0
 */
export const COURT_DECISION_NAMES = {
  confirmed: { zh: "确认调解协议有效", en: "agreement confirmed as valid" },
  rejected: { zh: "裁定驳回申请", en: "application rejected" }
} as const satisfies Names

/**
 * A court's decision (a key of {@link COURT_DECISION_NAMES}).
 *
 * @example
 * ```ts
 * import type { CourtDecision } from "@minzheng/mediation"
 * const d: CourtDecision = "confirmed"
 * ```
 * @category models
 * @since 0.1.0
 */
export type CourtDecision = keyof typeof COURT_DECISION_NAMES

/**
 * Why a party applies for enforcement of a confirmed agreement (第三十三条: 一方当事人拒绝履行或者
 * 未全部履行的，对方当事人可以向人民法院申请强制执行), each with its Chinese term.
 *
 * @example
 * ```ts
 * import { ENFORCEMENT_GROUND_NAMES } from "@minzheng/mediation"
 * ENFORCEMENT_GROUND_NAMES["partly-performed"].zh //=> "未全部履行"
 * ```
 * @category models
 * @since 0.1.0
 */
export const ENFORCEMENT_GROUND_NAMES = {
  "refused-to-perform": { zh: "拒绝履行", en: "refused to perform" },
  "partly-performed": { zh: "未全部履行", en: "did not perform in full" }
} as const satisfies Names

/**
 * A ground for enforcement (a key of {@link ENFORCEMENT_GROUND_NAMES}).
 *
 * @example
 * ```ts
 * import type { EnforcementGround } from "@minzheng/mediation"
 * const g: EnforcementGround = "refused-to-perform"
 * ```
 * @category models
 * @since 0.1.0
 */
export type EnforcementGround = keyof typeof ENFORCEMENT_GROUND_NAMES

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
} as const satisfies Names

/**
 * Performance found on a visit (a key of {@link PERFORMANCE_NAMES}).
 *
 * @example
 * ```ts
 * import type { Performance } from "@minzheng/mediation"
 * const p: Performance = "not-yet-due"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Performance = keyof typeof PERFORMANCE_NAMES

/**
 * Kinds of document in a case file, each with its Chinese term in {@link CASE_DOCUMENT_NAMES}.
 *
 * @example
 * ```ts
 * import { CASE_DOCUMENT_KINDS } from "@minzheng/mediation"
 * CASE_DOCUMENT_KINDS.includes("agreement") //=> true
 * ```
 * @category models
 * @since 0.1.0
 */
export const CASE_DOCUMENT_KINDS = ["application", "registration", "investigation", "session-record", "agreement", "follow-up"] as const

/**
 * A kind of document in a case file.
 *
 * @example
 * ```ts
 * import type { CaseDocumentKind } from "@minzheng/mediation"
 * const k: CaseDocumentKind = "session-record"
 * ```
 * @category models
 * @since 0.1.0
 */
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number]

/**
 * Chinese and English names of the case-file documents.
 *
 * @example
 * ```ts
 * import { CASE_DOCUMENT_NAMES } from "@minzheng/mediation"
 * CASE_DOCUMENT_NAMES["follow-up"].zh //=> "回访记录"
 * ```
 * @category models
 * @since 0.1.0
 */
export const CASE_DOCUMENT_NAMES: Readonly<Record<CaseDocumentKind, { readonly zh: string; readonly en: string }>> = {
  application: { zh: "调解申请书（口头申请记录）", en: "application (or record of an oral application)" },
  registration: { zh: "调解登记", en: "registration" },
  investigation: { zh: "调解调查记录", en: "investigation record" },
  "session-record": { zh: "调解笔录（调解工作记录）", en: "session record" },
  agreement: { zh: "调解协议书（口头协议记录）", en: "agreement (or record of an oral agreement)" },
  "follow-up": { zh: "回访记录", en: "follow-up record" }
}
