/**
 * The case records as data and as Chinese text: 调解登记 (registration), 调解笔录 (the record of a
 * session, 第二十七条) and 回访记录 (a follow-up visit, 第三十一条). Party ID numbers and phone numbers
 * are always masked: none of these records legally needs them in full. Free text (the dispute
 * summary, the session record, the visit notes, names) goes through core's `maskPersonalNumbers`,
 * so a number typed into it is masked too.
 *
 * @module
 */
import { type Citation, InvalidInput, issue, type IsoDate } from "@minzheng/core"
import * as Result from "effect/Result"
import { CASE_SOURCE_NAMES, DECLINE_REASON_NAMES, PERFORMANCE_NAMES } from "../case/vocabulary.js"
import { COMMITTEE_KIND_NAMES } from "../case/committee.js"
import { DISPUTE_CATEGORY_NAMES } from "../case/dispute-category.js"
import type { Party } from "../case/party.js"
import type { MediationState } from "../case/state.js"
import { DocumentUnavailable } from "../errors.js"
import { requireDocument } from "../internal/document-guard.js"
import { stateProblem } from "../internal/state-guard.js"
import { MEDIATION_WORK_RULES, PEOPLES_MEDIATION_LAW } from "../law/citations.js"
import { free, partyLineZh, visibleParties } from "./render.js"

/**
 * The data of a 调解登记 (registration of a dispute).
 *
 * @example
 * ```ts
 * import type { RegistrationDocument } from "@minzheng/mediation"
 * const accepted = (d: RegistrationDocument) => d.acceptedOn !== undefined
 * ```
 * @category documents
 * @since 0.1.0
 */
export interface RegistrationDocument {
  readonly kind: "registration"
  readonly number?: string
  readonly registeredOn: IsoDate
  readonly committee: string
  readonly committeeKind: string
  readonly source: string
  readonly referredBy?: string
  readonly category: string
  readonly parties: ReadonlyArray<Party>
  readonly summary: string
  readonly amountInvolved?: string
  readonly acceptedOn?: IsoDate
  readonly declined?: { readonly date: IsoDate; readonly reason: string }
  readonly citations: ReadonlyArray<Citation>
}

/**
 * The data of a 调解笔录 (record of one session).
 *
 * @example
 * ```ts
 * import type { SessionRecordDocument } from "@minzheng/mediation"
 * const isPublic = (d: SessionRecordDocument) => d.openness === "公开"
 * ```
 * @category documents
 * @since 0.1.0
 */
export interface SessionRecordDocument {
  readonly kind: "session-record"
  readonly number?: string
  readonly sequence: number
  readonly date: IsoDate
  readonly openness: "公开" | "不公开"
  readonly mediators: ReadonlyArray<string>
  readonly attending: ReadonlyArray<string>
  readonly rightsExplained: boolean
  readonly record: string
  readonly citations: ReadonlyArray<Citation>
}

/**
 * The data of a 回访记录 (record of a follow-up visit).
 *
 * @example
 * ```ts
 * import type { FollowUpDocument } from "@minzheng/mediation"
 * const done = (d: FollowUpDocument) => d.performance === "已全部履行"
 * ```
 * @category documents
 * @since 0.1.0
 */
export interface FollowUpDocument {
  readonly kind: "follow-up"
  readonly number?: string
  readonly sequence: number
  readonly date: IsoDate
  readonly visitor: string
  readonly parties: ReadonlyArray<string>
  readonly agreementEffectiveOn?: IsoDate
  readonly performance: string
  readonly notes: string
  readonly citations: ReadonlyArray<Citation>
}

// A reason recorded as free text (not one of the listed reasons) is masked like any free text.
const declineReasonZh = (reason: string): string => (Object.hasOwn(DECLINE_REASON_NAMES, reason) ? DECLINE_REASON_NAMES[reason as keyof typeof DECLINE_REASON_NAMES].zh : free(reason))

const badIndex = (index: unknown): InvalidInput =>
  new InvalidInput({ issues: [issue(["index"], "invalid_index", "序号应为从 0 开始的整数", "the index must be a whole number from 0")] })

/**
 * The 调解登记 of a case (party IDs masked).
 *
 * @example
 * ```ts
 * import { registrationDocument, initialMediationState } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(registrationDocument(initialMediationState)) //=> true
 * ```
 * @category documents
 * @since 0.1.0
 */
export const registrationDocument = (state: MediationState): Result.Result<RegistrationDocument, DocumentUnavailable | InvalidInput> => {
  const problem = stateProblem(state)
  if (problem !== undefined) return Result.fail(problem)
  const s = state
  if (s.startedOn === undefined || s.committee === undefined || s.category === undefined || s.source === undefined) {
    return Result.fail(new DocumentUnavailable({ document: "registration", reason: { zh: "本案尚未登记", en: "the case has not been registered" } }))
  }
  return Result.succeed({
    kind: "registration",
    ...(s.registrationNumber === undefined ? {} : { number: s.registrationNumber }),
    registeredOn: s.startedOn,
    committee: free(s.committee.name),
    committeeKind: COMMITTEE_KIND_NAMES[s.committee.kind].zh,
    source: CASE_SOURCE_NAMES[s.source].zh + (s.applicationForm === undefined ? "" : s.applicationForm === "oral" ? "（口头申请，当场记录）" : "（书面申请）"),
    ...(s.referredBy === undefined ? {} : { referredBy: free(s.referredBy) }),
    category: DISPUTE_CATEGORY_NAMES[s.category].zh,
    parties: visibleParties(s.parties, "masked"),
    summary: free(s.summary ?? ""),
    ...(s.amountInvolved === undefined ? {} : { amountInvolved: s.amountInvolved }),
    ...(s.acceptedOn === undefined ? {} : { acceptedOn: s.acceptedOn }),
    ...(s.declined === undefined
      ? {}
      : { declined: { date: s.declined.date, reason: declineReasonZh(s.declined.reason) } }),
    citations: [PEOPLES_MEDIATION_LAW.art17, PEOPLES_MEDIATION_LAW.art27, ...(s.declined === undefined ? [] : [MEDIATION_WORK_RULES.art22])]
  })
}

/**
 * The Chinese text of a 调解登记.
 *
 * @example
 * ```ts
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { renderRegistrationZh, type RegistrationDocument } from "@minzheng/mediation"
 * const d: RegistrationDocument = {
 *   kind: "registration", number: "城中调〔2025〕1号", registeredOn: isoDateUnsafe("2025-03-03"),
 *   committee: "城阳区中小企业协会人民调解委员会", committeeKind: "社会组织人民调解委员会", source: "当事人申请（书面申请）",
 *   category: "合同纠纷", parties: [{ kind: "person", id: "p1", name: "张三" }], summary: "货款 12000 元逾期未付",
 *   amountInvolved: "12000.00", acceptedOn: isoDateUnsafe("2025-03-04"), citations: []
 * }
 * renderRegistrationZh(d).split("\n")
 * //=> ["人民调解登记表", "编号：城中调〔2025〕1号", "登记日期：2025-03-03", "调解组织：城阳区中小企业协会人民调解委员会（社会组织人民调解委员会）", "纠纷来源：当事人申请（书面申请）", "纠纷类别：合同纠纷", "当事人：张三（自然人）", "纠纷简要情况：货款 12000 元逾期未付", "涉及金额：人民币 12000.00 元", "受理日期：2025-03-04"]
 * ```
 * @throws `InvalidInput` when `d` is not a registration document
 * @category documents
 * @since 0.1.0
 */
export const renderRegistrationZh = (d: RegistrationDocument): string => {
  requireDocument(d, "registration")
  return [
    "人民调解登记表",
    d.number === undefined ? "" : `编号：${free(d.number)}`,
    `登记日期：${d.registeredOn}`,
    `调解组织：${free(d.committee)}（${free(d.committeeKind)}）`,
    `纠纷来源：${free(d.source)}${d.referredBy === undefined ? "" : `，来源机关：${free(d.referredBy)}`}`,
    `纠纷类别：${free(d.category)}`,
    ...d.parties.map((p) => `当事人：${partyLineZh(p)}`),
    `纠纷简要情况：${free(d.summary)}`,
    d.amountInvolved === undefined ? "" : `涉及金额：人民币 ${free(d.amountInvolved)} 元`,
    d.acceptedOn !== undefined ? `受理日期：${d.acceptedOn}` : d.declined !== undefined ? `不予受理（${d.declined.date}）：${free(d.declined.reason)}` : "受理情况：待受理"
  ]
    .filter((l) => l !== "")
    .join("\n")
}

/**
 * The 调解笔录 of the case's `index`-th session (0 for the first).
 *
 * @example
 * ```ts
 * import { sessionRecordDocument, initialMediationState } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(sessionRecordDocument(initialMediationState, 0)) //=> true
 * ```
 * @category documents
 * @since 0.1.0
 */
export const sessionRecordDocument = (state: MediationState, index: number): Result.Result<SessionRecordDocument, DocumentUnavailable | InvalidInput> => {
  const problem = stateProblem(state, ["state"], { lists: true })
  if (problem !== undefined) return Result.fail(problem)
  if (!Number.isSafeInteger(index) || index < 0) return Result.fail(badIndex(index))
  const session = state.sessions[index]
  if (session === undefined) return Result.fail(new DocumentUnavailable({ document: "session-record", reason: { zh: `本案没有第 ${index + 1} 次调解`, en: `the case has no session number ${index + 1}` } }))
  return Result.succeed({
    kind: "session-record",
    ...(state.registrationNumber === undefined ? {} : { number: state.registrationNumber }),
    sequence: index + 1,
    date: session.date,
    openness: session.openness === "public" ? "公开" : "不公开",
    mediators: session.mediatorIds.map((id) => free(state.mediators.find((m) => m.id === id)?.name ?? state.replacedMediators.find((r) => r.mediator.id === id)?.mediator.name ?? id)),
    attending: session.attendingPartyIds.map((id) => free(state.parties.find((p) => p.id === id)?.name ?? id)),
    rightsExplained: session.rightsExplained,
    record: free(session.record),
    citations: [PEOPLES_MEDIATION_LAW.art27, PEOPLES_MEDIATION_LAW.art23]
  })
}

/**
 * The Chinese text of a 调解笔录.
 *
 * @example
 * ```ts
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { renderSessionRecordZh, type SessionRecordDocument } from "@minzheng/mediation"
 * const d: SessionRecordDocument = {
 *   kind: "session-record", number: "城中调〔2025〕1号", sequence: 1, date: isoDateUnsafe("2025-03-06"), openness: "不公开",
 *   mediators: ["王调解"], attending: ["张三", "青岛某商贸有限公司"], rightsExplained: true, record: "双方陈述；达成初步共识", citations: []
 * }
 * renderSessionRecordZh(d).split("\n")
 * //=> ["人民调解笔录", "案件编号：城中调〔2025〕1号", "第1次调解　日期：2025-03-06　方式：不公开调解", "人民调解员：王调解", "到场当事人：张三、青岛某商贸有限公司", "已告知当事人在调解活动中享有的权利和承担的义务。", "调解情况：双方陈述；达成初步共识"]
 * ```
 * @throws `InvalidInput` when `d` is not a session record document
 * @category documents
 * @since 0.1.0
 */
export const renderSessionRecordZh = (d: SessionRecordDocument): string => {
  requireDocument(d, "session-record")
  return [
    "人民调解笔录",
    d.number === undefined ? "" : `案件编号：${free(d.number)}`,
    `第${d.sequence}次调解　日期：${d.date}　方式：${d.openness}调解`,
    `人民调解员：${d.mediators.map(free).join("、")}`,
    `到场当事人：${d.attending.map(free).join("、")}`,
    d.rightsExplained ? "已告知当事人在调解活动中享有的权利和承担的义务。" : "",
    `调解情况：${free(d.record)}`
  ]
    .filter((l) => l !== "")
    .join("\n")
}

/**
 * The 回访记录 of the case's `index`-th follow-up visit (0 for the first).
 *
 * @example
 * ```ts
 * import { followUpDocument, initialMediationState } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(followUpDocument(initialMediationState, 0)) //=> true
 * ```
 * @category documents
 * @since 0.1.0
 */
export const followUpDocument = (state: MediationState, index: number): Result.Result<FollowUpDocument, DocumentUnavailable | InvalidInput> => {
  const problem = stateProblem(state, ["state"], { lists: true })
  if (problem !== undefined) return Result.fail(problem)
  if (!Number.isSafeInteger(index) || index < 0) return Result.fail(badIndex(index))
  const visit = state.followUps[index]
  if (visit === undefined) return Result.fail(new DocumentUnavailable({ document: "follow-up", reason: { zh: `本案没有第 ${index + 1} 次回访`, en: `the case has no follow-up number ${index + 1}` } }))
  return Result.succeed({
    kind: "follow-up",
    ...(state.registrationNumber === undefined ? {} : { number: state.registrationNumber }),
    sequence: index + 1,
    date: visit.date,
    visitor: free(visit.visitor),
    parties: state.parties.map((p) => free(p.name)),
    ...(state.agreement?.effectiveOn === undefined ? {} : { agreementEffectiveOn: state.agreement.effectiveOn }),
    performance: PERFORMANCE_NAMES[visit.performance].zh,
    notes: free(visit.notes),
    citations: [PEOPLES_MEDIATION_LAW.art31]
  })
}

/**
 * The Chinese text of a 回访记录.
 *
 * @example
 * ```ts
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { renderFollowUpZh, type FollowUpDocument } from "@minzheng/mediation"
 * const d: FollowUpDocument = {
 *   kind: "follow-up", number: "城中调〔2025〕1号", sequence: 1, date: isoDateUnsafe("2025-05-06"), visitor: "王调解",
 *   parties: ["张三", "青岛某商贸有限公司"], agreementEffectiveOn: isoDateUnsafe("2025-03-11"), performance: "已全部履行", notes: "已付清", citations: []
 * }
 * renderFollowUpZh(d).split("\n")
 * //=> ["人民调解回访记录", "案件编号：城中调〔2025〕1号", "第1次回访　日期：2025-05-06　回访人：王调解", "当事人：张三、青岛某商贸有限公司", "调解协议生效日期：2025-03-11", "履行情况：已全部履行", "回访情况：已付清"]
 * ```
 * @throws `InvalidInput` when `d` is not a follow-up document
 * @category documents
 * @since 0.1.0
 */
export const renderFollowUpZh = (d: FollowUpDocument): string => {
  requireDocument(d, "follow-up")
  return [
    "人民调解回访记录",
    d.number === undefined ? "" : `案件编号：${free(d.number)}`,
    `第${d.sequence}次回访　日期：${d.date}　回访人：${free(d.visitor)}`,
    `当事人：${d.parties.map(free).join("、")}`,
    d.agreementEffectiveOn === undefined ? "" : `调解协议生效日期：${d.agreementEffectiveOn}`,
    `履行情况：${free(d.performance)}`,
    `回访情况：${free(d.notes)}`
  ]
    .filter((l) => l !== "")
    .join("\n")
}
