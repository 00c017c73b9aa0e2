/**
 * How a mediation case answers a command: the `decide` half of the workflow. Each branch checks
 * the command against the case's state and the law, and yields the events to record or a
 * `TransitionRefused` naming the article. Nothing else happens here: no clock, no storage.
 *
 * @module
 */
import { type Bilingual, type CalendarYearNotCovered, type Citation, type InvalidInput, issue, type WorkCalendar, chinaCalendar, TransitionRefused } from "@minzheng/core"
import * as Result from "effect/Result"
import { arrayOf, contextIssues, isObject, NO_ISSUES, oneOf, throwIfAny, toResult, under } from "../internal/guard.js"
import { stateIssues } from "../internal/state-guard.js"
import { JUDICIAL_CONFIRMATION, LABOUR_DISPUTE_LAW, LOCAL_PRACTICE, MEDIATION_WORK_RULES, PEOPLES_MEDIATION_LAW as PML } from "../law/citations.js"
import { missingSignatures } from "./agreement.js"
import { archiveChecklist } from "./archive-checklist.js"
import { CASE_DOCUMENT_NAMES } from "./vocabulary.js"
import { decodeMediationCommand, MEDIATION_COMMAND_NAMES, type MediationCommand } from "./commands.js"
import { confirmationWindowOf } from "./confirmation-window.js"
import { isLabourDispute } from "./dispute-category.js"
import type { MediationEvent } from "./events.js"
import { CASE_STATUS_NAMES, CASE_STATUSES, type CaseStatus, type MediationState } from "./state.js"
import { timeLimitOf } from "./time-limits.js"

/**
 * What `decide` may read besides the state: the work-day calendar (for the legal periods).
 *
 * @example
 * ```ts
 * import { defaultMediationContext } from "@minzheng/mediation"
 * defaultMediationContext.calendar.describe !== undefined //=> true
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MediationContext {
  readonly calendar: WorkCalendar
}

/**
 * The default context: the built-in China calendar.
 *
 * @example
 * ```ts
 * import { defaultMediationContext } from "@minzheng/mediation"
 * import { chinaCalendar } from "@minzheng/core"
 * defaultMediationContext.calendar === chinaCalendar //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const defaultMediationContext: MediationContext = { calendar: chinaCalendar }

type Decided = Result.Result<ReadonlyArray<MediationEvent>, TransitionRefused>
const objects = arrayOf(isObject)
const datedObjects = arrayOf((x) => isObject(x) && typeof x["date"] === "string")
const signatures = arrayOf((x) => isObject(x) && isObject(x["signature"]))
type Cmd<T extends MediationCommand["type"]> = Extract<MediationCommand, { type: T }>

const refuse = (s: MediationState, c: MediationCommand, reason: Bilingual, citations: ReadonlyArray<Citation>, details?: Record<string, unknown>): Decided =>
  Result.fail(new TransitionRefused({ state: s.status, command: c.type, reason, citations, ...(details === undefined ? {} : { details }) }))

const ok = (...events: ReadonlyArray<MediationEvent>): Decided => Result.succeed(events)

/** Which statuses accept which command, and the article that governs the step. */
const ALLOWED: Readonly<Record<MediationCommand["type"], { readonly in: ReadonlyArray<CaseStatus>; readonly cite: Citation }>> = {
  start: { in: ["new"], cite: PML.art17 },
  accept: { in: ["registered"], cite: PML.art17 },
  decline: { in: ["registered"], cite: MEDIATION_WORK_RULES.art22 },
  withdraw: { in: ["registered", "mediating"], cite: PML.art23 },
  "assign-mediators": { in: ["mediating"], cite: PML.art19 },
  "replace-mediator": { in: ["mediating"], cite: MEDIATION_WORK_RULES.recusal },
  "invite-participant": { in: ["mediating"], cite: PML.art20 },
  "record-investigation": { in: ["mediating"], cite: PML.art27 },
  "hold-session": { in: ["mediating"], cite: PML.art27 },
  "report-escalation": { in: ["registered", "mediating", "agreed"], cite: PML.art25 },
  "extend-time-limit": { in: ["mediating"], cite: LOCAL_PRACTICE.extensionConsent },
  "draft-agreement": { in: ["mediating"], cite: PML.art28 },
  "sign-agreement": { in: ["mediating"], cite: PML.art29 },
  "reach-oral-agreement": { in: ["mediating"], cite: PML.art30 },
  "end-mediation": { in: ["mediating"], cite: PML.art26 },
  "apply-for-confirmation": { in: ["agreed"], cite: PML.art33 },
  "record-court-decision": { in: ["agreed"], cite: PML.art33 },
  "apply-for-enforcement": { in: ["agreed"], cite: PML.art33 },
  "restart-mediation": { in: ["agreed"], cite: PML.art33 },
  "record-follow-up": { in: ["agreed"], cite: PML.art31 },
  archive: { in: ["agreed", "failed", "withdrawn", "not-accepted"], cite: PML.art27 },
}


const missingParties = (s: MediationState, ids: ReadonlyArray<string>): ReadonlyArray<string> => s.parties.filter((p) => !ids.includes(p.id)).map((p) => p.id)
const unknownParties = (s: MediationState, ids: ReadonlyArray<string>): ReadonlyArray<string> => ids.filter((id) => !s.parties.some((p) => p.id === id))

/**
 * Decides a command against a mediation case. The state and the context are checked and the
 * command decoded first: a malformed one fails with one `InvalidInput` listing every problem.
 *
 * **Details** Before the command's own rules: an archived case accepts nothing (第二十七条); a
 * concluded case (not accepted, failed, withdrawn) accepts only archiving; a command dated before
 * the case's last event is refused (event order is the only source of truth for dates).
 *
 * @example
 * ```ts
 * import { decideMediation, initialMediationState, defaultMediationContext } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * const r = decideMediation(initialMediationState, { type: "accept", date: "2025-03-04" as any }, defaultMediationContext)
 * Result.isFailure(r) && r.failure._tag === "TransitionRefused" && r.failure.citations[0]?.article //=> "第十七条"
 * ```
 * Fails with `TransitionRefused` when the rules say no; `CalendarYearNotCovered` when a legal
 * period the command needs ends in a year the calendar lacks (pass a context whose calendar has
 * it, or `chinaCalendar.withProjection(year)`); `InvalidInput` when `s` is not a case state, `c`
 * not a command or `context` not a context. Never throws them.
 * @category workflow
 * @since 0.1.0
 */
export const decideMediation = (
  s: MediationState,
  c: MediationCommand,
  context: MediationContext = defaultMediationContext
): Result.Result<ReadonlyArray<MediationEvent>, TransitionRefused | CalendarYearNotCovered | InvalidInput> =>
  toResult((): Result.Result<ReadonlyArray<MediationEvent>, TransitionRefused | InvalidInput> => {
    const command = decodeMediationCommand(c)
    throwIfAny(
      stateIssues(s, ["state"], { lists: true }),
      Result.isFailure(command) ? under("command", command.failure.issues) : NO_ISSUES,
      contextIssues(context)
    )
    if (Result.isFailure(command)) return Result.fail(command.failure) // not reached: its issues were thrown above
    return rules(s, command.success, context ?? defaultMediationContext)
  })

/**
 * {@link decideMediation}, throwing its typed errors (the same instances its `Result` carries):
 * for scripts and tests.
 *
 * @example
 * ```ts
 * import { decideMediationUnsafe, initialMediationState } from "@minzheng/mediation"
 * let tag = ""
 * try {
 *   decideMediationUnsafe(initialMediationState, { type: "accept", date: "2025-03-04" as any })
 * } catch (e) {
 *   tag = (e as { _tag: string })._tag
 * }
 * tag //=> "TransitionRefused"
 * ```
 * @throws `TransitionRefused`, `CalendarYearNotCovered` or `InvalidInput`, as {@link decideMediation} fails
 * @category workflow
 * @since 0.1.0
 */
export const decideMediationUnsafe = (s: MediationState, c: MediationCommand, context: MediationContext = defaultMediationContext): ReadonlyArray<MediationEvent> => {
  const r = decideMediation(s, c, context)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

// What the rules read of a state, checked on every decision of the workflow (so kept to plain
// property tests): the status, the last date, the parties, mediators and signatures they look
// up — and the count and lists `evolve` then copies, so the workflow's evolve need not check the
// state again. A state that fails it fails the full guard too, which then names the bad fields.
const isText = (u: unknown): boolean => u === undefined || typeof u === "string"
// The status indexes the tables of allowed commands and Chinese names: a text that is not a status
// (the fuzz found "[]") must stop here, not as a TypeError at CASE_STATUS_NAMES[s.status].zh.
const isStatus = oneOf(CASE_STATUSES)
const decidable = (s: MediationState): boolean => {
  if (typeof s !== "object" || s === null || !isStatus(s.status) || !isText(s.lastDate) || !isText(s.restartedOn) || !isText(s.category)) return false
  if (!objects(s.parties) || !objects(s.mediators) || typeof s.eventCount !== "number") return false
  if (!Array.isArray(s.sessions) || !Array.isArray(s.replacedMediators) || !Array.isArray(s.participants) || !Array.isArray(s.investigations)) return false
  if (!Array.isArray(s.escalations) || !Array.isArray(s.priorAgreements) || !Array.isArray(s.followUps)) return false
  if (s.restartedOn !== undefined && !datedObjects(s.sessions)) return false
  const a = s.agreement
  if (a !== undefined && (!isObject(a) || !signatures(a.signatures))) return false
  const c = s.confirmation
  return c === undefined || (isObject(c) && (c.decision === undefined || isObject(c.decision)))
}

/**
 * `decide` for a command already decoded: the workflow's, since `handle` and the Effect layer
 * decode commands before deciding, and its state comes from replaying events. It checks only
 * what the rules read (cheaply: it runs on every command) and the context. Not exported from the
 * package: {@link decideMediation} is the checked entry point.
 */
export const decideDecoded = (s: MediationState, c: MediationCommand, context: MediationContext = defaultMediationContext): Decided => {
  if (!decidable(s)) {
    const issues = stateIssues(s)
    throwIfAny(issues.length > 0 ? issues : [issue(["state"], "not_a_case_state", "不是有效的调解案件状态（应由事件重放得到）", "not a valid mediation case state (replay the case's events to get one)")])
  }
  if (context !== defaultMediationContext) throwIfAny(contextIssues(context))
  return rules(s, c, context)
}

const rules = (s: MediationState, c: MediationCommand, context: MediationContext): Decided => {
  const rule = ALLOWED[c.type]
  if (!rule.in.includes(s.status)) {
    if (c.type === "withdraw" && s.status === "agreed") {
      // 第三十一条: an agreement in effect binds the parties; a dispute about it goes to court (第三十二条).
      return refuse(s, c, { zh: "调解协议已生效，具有法律约束力，当事人应当履行；对履行或内容有争议的，可以向人民法院提起诉讼", en: "the agreement is in effect and binding; a dispute about it may go to court" }, [PML.art31, PML.art32])
    }
    return refuse(
      s,
      c,
      {
        zh: `案件${CASE_STATUS_NAMES[s.status].zh}，不能${MEDIATION_COMMAND_NAMES[c.type].zh}`,
        en: `cannot ${MEDIATION_COMMAND_NAMES[c.type].en} in a case that is ${s.status}`
      },
      s.status === "archived" ? [PML.art27] : [rule.cite],
      { allowedIn: rule.in }
    )
  }
  if (s.lastDate !== undefined && c.date < s.lastDate) {
    return refuse(s, c, { zh: `命令日期 ${c.date} 早于案件最后一条记录的日期 ${s.lastDate}`, en: `the command's date ${c.date} is before the case's last event on ${s.lastDate}` }, [LOCAL_PRACTICE.eventOrder], { lastDate: s.lastDate })
  }
  switch (c.type) {
    case "start":
      return ok({ ...c, type: "started" })
    case "accept":
      return ok({ ...c, type: "accepted" })
    case "decline":
      return ok({ ...c, type: "declined" })
    case "withdraw":
      return withdraw(s, c)
    case "assign-mediators":
      return assignMediators(s, c)
    case "replace-mediator":
      return replaceMediator(s, c)
    case "invite-participant":
      return inviteParticipant(s, c)
    case "record-investigation":
      return ok({ ...c, type: "investigation-recorded" })
    case "hold-session":
      return holdSession(s, c)
    case "report-escalation":
      return ok({ ...c, type: "escalation-reported" })
    case "extend-time-limit":
      return extendTimeLimit(s, c, context)
    case "draft-agreement":
      return draftAgreement(s, c)
    case "sign-agreement":
      return signAgreement(s, c)
    case "reach-oral-agreement":
      return reachOralAgreement(s, c)
    case "end-mediation":
      return endMediation(s, c)
    case "apply-for-confirmation":
      return applyForConfirmation(s, c, context)
    case "record-court-decision":
      return recordCourtDecision(s, c)
    case "apply-for-enforcement":
      return applyForEnforcement(s, c)
    case "restart-mediation":
      return restartMediation(s, c)
    case "record-follow-up":
      return ok({ ...c, type: "follow-up-recorded" })
    case "archive":
      return archive(s, c)
  }
}

// 第十七条: 当事人一方明确拒绝调解的，不得调解。第二十三条（二）: 接受调解、拒绝调解或者要求终止调解。
const withdraw = (s: MediationState, c: Cmd<"withdraw">): Decided => {
  if (unknownParties(s, [c.partyId]).length > 0) {
    return refuse(s, c, { zh: "只有本案当事人可以拒绝或要求终止调解", en: "only a party to the case may refuse or end mediation" }, [PML.art23], { partyId: c.partyId })
  }
  return ok({ ...c, type: "party-withdrew" })
}

// 第十九条: 指定一名或者数名人民调解员，也可以由当事人选择。第二十三条（一）: 选择或者接受人民调解员。
const assignMediators = (s: MediationState, c: Cmd<"assign-mediators">): Decided => {
  const ids = c.mediators.map((m) => m.id)
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i || s.mediators.some((m) => m.id === id))
  if (dup.length > 0) {
    return refuse(s, c, { zh: "该人民调解员已在本案中", en: "the mediator is already on the case" }, [PML.art19], { mediatorIds: dup })
  }
  if (c.selection === "parties-chosen") {
    const missing = missingParties(s, c.choosingPartyIds ?? [])
    if (missing.length > 0) {
      return refuse(s, c, { zh: "由当事人选择人民调解员的，须各方当事人共同选择", en: "mediators chosen by the parties must be chosen by every party" }, [PML.art19, PML.art23], { missingPartyIds: missing })
    }
  }
  return ok({ ...c, type: "mediators-assigned" })
}

// 回避: a party may ask the presiding mediator to step aside; the committee replaces them.
const replaceMediator = (s: MediationState, c: Cmd<"replace-mediator">): Decided => {
  if (!s.mediators.some((m) => m.id === c.mediatorId)) {
    return refuse(s, c, { zh: "被要求回避的人民调解员不在本案中", en: "the mediator to replace is not on the case" }, [MEDIATION_WORK_RULES.recusal], { mediatorId: c.mediatorId })
  }
  if (unknownParties(s, [c.requestedBy]).length > 0) {
    return refuse(s, c, { zh: "只有本案当事人可以要求人民调解员回避", en: "only a party may ask a mediator to step aside" }, [MEDIATION_WORK_RULES.recusal, PML.art23], { requestedBy: c.requestedBy })
  }
  if (c.replacement.id === c.mediatorId || s.mediators.some((m) => m.id === c.replacement.id)) {
    return refuse(s, c, { zh: "替换的人民调解员应为本案以外的人员", en: "the replacement must be a mediator not already on the case" }, [MEDIATION_WORK_RULES.recusal], { replacementId: c.replacement.id })
  }
  return ok({ ...c, type: "mediator-replaced" })
}

// 第二十条: 在征得当事人的同意后，可以邀请……参与调解。
const inviteParticipant = (s: MediationState, c: Cmd<"invite-participant">): Decided => {
  const missing = missingParties(s, c.consentingPartyIds)
  if (missing.length > 0) {
    return refuse(s, c, { zh: "邀请有关人员参与调解，应当征得当事人的同意", en: "inviting a participant needs the parties' consent" }, [PML.art20], { missingPartyIds: missing })
  }
  return ok({ ...c, type: "participant-invited" })
}

// 第二十三条（三）: 要求调解公开进行或者不公开进行; 若干规定 第二十九条: public unless a party objects;
// 若干规定 第三十条: tell the parties their rights and duties before mediating; 第二十七条: record it.
const holdSession = (s: MediationState, c: Cmd<"hold-session">): Decided => {
  if (s.mediators.length === 0) {
    return refuse(s, c, { zh: "尚未确定人民调解员，不能进行调解", en: "no mediator has been assigned" }, [PML.art19])
  }
  const strangers = c.mediatorIds.filter((id) => !s.mediators.some((m) => m.id === id))
  if (strangers.length > 0) {
    return refuse(s, c, { zh: "主持调解的应为本案的人民调解员", en: "the session must be led by the case's mediators" }, [PML.art19], { mediatorIds: strangers })
  }
  const unknown = unknownParties(s, c.attendingPartyIds)
  if (unknown.length > 0) {
    return refuse(s, c, { zh: "出席人员中有非本案当事人", en: "an attending party is not a party to the case" }, [PML.art23], { partyIds: unknown })
  }
  const objecting = (c.objectingPartyIds ?? []).filter((id) => s.parties.some((p) => p.id === id))
  if (c.openness === "public" && objecting.length > 0) {
    return refuse(s, c, { zh: "当事人要求不公开调解的，不得公开进行", en: "a party asked for a private session: it may not be public" }, [PML.art23, MEDIATION_WORK_RULES.art29], { objectingPartyIds: objecting })
  }
  const sinceStart = s.restartedOn === undefined ? s.sessions : s.sessions.filter((x) => x.date >= (s.restartedOn ?? x.date))
  if (sinceStart.length === 0 && !c.rightsExplained) {
    return refuse(s, c, { zh: "调解前应当告知当事人的权利和义务", en: "the parties must be told their rights and duties before the first session" }, [MEDIATION_WORK_RULES.art30, PML.art23])
  }
  const { objectingPartyIds: _objections, ...session } = c
  return ok({ ...session, type: "session-held" })
}

// 若干规定 第三十三条: 人民调解委员会调解纠纷，一般在一个月内调结。It says nothing about going past the
// month; local regulations let mediation go on with both parties' consent ("有特殊情况一个月内不能完成
// 调解的，经纠纷双方当事人同意可以继续调解"): local practice, cited as such.
const extendTimeLimit = (s: MediationState, c: Cmd<"extend-time-limit">, context: MediationContext): Decided => {
  const missing = missingParties(s, c.consentingPartyIds)
  if (missing.length > 0) {
    return refuse(
      s,
      c,
      { zh: "超过一个月继续调解的，须经双方当事人同意（地方实践）", en: "going past the one-month limit needs every party's consent (local practice)" },
      [MEDIATION_WORK_RULES.art33, LOCAL_PRACTICE.extensionConsent],
      { missingPartyIds: missing }
    )
  }
  const limit = timeLimitOf(s, context.calendar)
  if (Result.isFailure(limit)) throw limit.failure // the workflow's channel for it: see decideMediation and handleMediationCommand
  if (limit.success !== undefined && c.until <= limit.success.due) {
    const due = limit.success.due
    return refuse(s, c, { zh: `延长后的期限应晚于现有期限 ${due}`, en: `the new limit must be after the current one, ${due}` }, [MEDIATION_WORK_RULES.art33, LOCAL_PRACTICE.extensionConsent], { currentDue: due })
  }
  return ok({ ...c, type: "time-limit-extended" })
}

// 第二十二条: 帮助当事人自愿达成调解协议 — an agreement comes out of mediation, so after a session.
const checkAgreementBasis = (s: MediationState, c: Cmd<"draft-agreement"> | Cmd<"reach-oral-agreement">): Decided | undefined => {
  if (s.sessions.length === 0) {
    return refuse(s, c, { zh: "尚未进行调解，不能达成调解协议", en: "no session has been held: there is nothing to agree on yet" }, [PML.art22, PML.art27])
  }
  if (s.agreement !== undefined && s.agreement.signatures.length > 0) {
    return refuse(s, c, { zh: "调解协议书已有签署，不能另行制作", en: "the agreement already bears signatures and cannot be replaced" }, [PML.art29])
  }
  const unknown = unknownParties(s, c.contents.terms.map((t) => t.obligorId))
  if (unknown.length > 0) {
    return refuse(s, c, { zh: "履行义务人应为本案当事人", en: "every obligor must be a party to the case" }, [PML.art29], { obligorIds: unknown })
  }
  const early = c.contents.terms.filter((t) => t.deadline < c.date).map((t) => t.deadline)
  if (early.length > 0) {
    return refuse(s, c, { zh: "履行期限不得早于协议日期", en: "a performance deadline may not be before the agreement" }, [PML.art29, MEDIATION_WORK_RULES.art35], { deadlines: early })
  }
  return undefined
}

// 第二十八条 (written), 第二十九条 (contents, effective on every signature and the seal).
const draftAgreement = (s: MediationState, c: Cmd<"draft-agreement">): Decided =>
  checkAgreementBasis(s, c) ?? ok({ type: "agreement-drafted", date: c.date, form: "written", contents: c.contents })

// 第二十九条: 调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。
const signAgreement = (s: MediationState, c: Cmd<"sign-agreement">): Decided => {
  const a = s.agreement
  if (a === undefined || a.form !== "written") {
    return refuse(s, c, { zh: "尚未制作调解协议书", en: "no written agreement has been drafted" }, [PML.art28, PML.art29])
  }
  const sig = c.signature
  const already = a.signatures.some(({ signature: x }) =>
    sig.by === "party" ? x.by === "party" && x.partyId === sig.partyId : sig.by === "mediator" ? x.by === "mediator" && x.mediatorId === sig.mediatorId : x.by === "committee-seal"
  )
  if (already) return refuse(s, c, { zh: "已经签署，不能重复签署", en: "already signed" }, [PML.art29])
  if (sig.by === "party" && unknownParties(s, [sig.partyId]).length > 0) {
    return refuse(s, c, { zh: "签署人不是本案当事人", en: "the signer is not a party to the case" }, [PML.art29], { partyId: sig.partyId })
  }
  if (sig.by === "mediator" && !s.mediators.some((m) => m.id === sig.mediatorId)) {
    return refuse(s, c, { zh: "签名的人民调解员不在本案中", en: "the signing mediator is not on the case" }, [PML.art29], { mediatorId: sig.mediatorId })
  }
  const signed = { ...c, type: "agreement-signed" as const }
  const remaining = missingSignatures(
    s.parties.map((p) => p.id),
    [...a.signatures.map((x) => x.signature), sig]
  )
  return remaining.length === 0 ? ok(signed, { type: "agreement-took-effect", date: c.date }) : ok(signed)
}

// 第二十八条: 当事人认为无需制作调解协议书的，可以采取口头协议方式。第三十条: 口头调解协议自各方当事人达成协议之日起生效。
// 劳动争议调解仲裁法 第十四条: 经调解达成协议的，应当制作调解协议书。
const reachOralAgreement = (s: MediationState, c: Cmd<"reach-oral-agreement">): Decided => {
  const basis = checkAgreementBasis(s, c)
  if (basis !== undefined) return basis
  if (s.category !== undefined && isLabourDispute(s.category)) {
    return refuse(s, c, { zh: "劳动争议经调解达成协议的，应当制作调解协议书", en: "a labour dispute settled by mediation needs a written agreement" }, [LABOUR_DISPUTE_LAW.art14])
  }
  if (c.partyAskedForWriting === true) {
    return refuse(s, c, { zh: "当事人要求制作书面调解协议的，应当制作调解协议书", en: "a party asked for a written agreement" }, [PML.art28, MEDIATION_WORK_RULES.art34])
  }
  return ok({ type: "agreement-drafted", date: c.date, form: "oral", contents: c.contents }, { type: "agreement-took-effect", date: c.date })
}

// 第二十六条: 调解不成的，应当终止调解，并……告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。
const endMediation = (s: MediationState, c: Cmd<"end-mediation">): Decided => {
  if (s.sessions.length === 0) {
    return refuse(s, c, { zh: "尚未进行调解，不能以调解不成终止", en: "no session has been held: mediation cannot have failed yet" }, [PML.art26])
  }
  if (c.routesExplained.length === 0) {
    return refuse(s, c, { zh: "终止调解时应告知当事人通过仲裁、行政、司法等途径维护权利", en: "ending mediation, the parties must be told of the arbitration, administrative and judicial routes" }, [PML.art26])
  }
  if (s.category !== undefined && isLabourDispute(s.category) && !c.routesExplained.includes("arbitration")) {
    return refuse(s, c, { zh: "劳动争议调解不成的，应告知当事人可以申请劳动争议仲裁", en: "a failed labour mediation must tell the parties of labour arbitration" }, [LABOUR_DISPUTE_LAW.art5, PML.art26])
  }
  return ok({ ...c, type: "mediation-ended" })
}

// 第三十三条: 双方当事人……可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。
const applyForConfirmation = (s: MediationState, c: Cmd<"apply-for-confirmation">, context: MediationContext): Decided => {
  const effectiveOn = s.agreement?.effectiveOn
  if (effectiveOn === undefined) return refuse(s, c, { zh: "调解协议尚未生效", en: "no agreement is in effect" }, [PML.art33])
  if (s.confirmation !== undefined) {
    return refuse(s, c, { zh: "已经申请司法确认", en: "judicial confirmation has already been applied for" }, [PML.art33], { appliedOn: s.confirmation.appliedOn })
  }
  const missing = missingParties(s, c.applicantPartyIds)
  if (missing.length > 0) {
    return refuse(s, c, { zh: "司法确认应由双方当事人共同申请", en: "judicial confirmation must be applied for jointly by the parties" }, [PML.art33, JUDICIAL_CONFIRMATION.civilProcedure], { missingPartyIds: missing })
  }
  const windowed = confirmationWindowOf(effectiveOn, context.calendar)
  if (Result.isFailure(windowed)) throw windowed.failure // the workflow's channel for it: see decideMediation and handleMediationCommand
  const window = windowed.success
  if (c.date > window.end) {
    return refuse(
      s,
      c,
      {
        zh: `司法确认申请期限已于 ${window.end} 届满（调解协议 ${effectiveOn} 生效，三十日内申请）`,
        en: `the window for judicial confirmation closed on ${window.end} (agreement in effect on ${effectiveOn}; 30 days)`
      },
      [PML.art33, JUDICIAL_CONFIRMATION.civilProcedure],
      { effectiveOn, windowClosed: window.end, nominalEnd: window.nominalEnd, extended: window.extended }
    )
  }
  return ok({ ...c, type: "confirmation-applied", windowEnd: window.end })
}

const recordCourtDecision = (s: MediationState, c: Cmd<"record-court-decision">): Decided => {
  if (s.confirmation === undefined) return refuse(s, c, { zh: "尚未申请司法确认", en: "no judicial confirmation has been applied for" }, [PML.art33])
  if (s.confirmation.decision !== undefined) {
    return refuse(s, c, { zh: "法院已作出确认决定", en: "the court has already decided" }, [PML.art33], { decidedOn: s.confirmation.decision.date })
  }
  return ok({ ...c, type: "court-decided" })
}

// 第三十三条: 人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。
const applyForEnforcement = (s: MediationState, c: Cmd<"apply-for-enforcement">): Decided => {
  if (s.confirmation?.decision?.outcome !== "confirmed") {
    return refuse(s, c, { zh: "调解协议未经人民法院确认有效，不能申请强制执行", en: "only an agreement the court confirmed can be enforced" }, [PML.art33])
  }
  if (unknownParties(s, [c.partyId]).length > 0) {
    return refuse(s, c, { zh: "申请人不是本案当事人", en: "the applicant is not a party to the case" }, [PML.art33], { partyId: c.partyId })
  }
  if (s.confirmation.enforcement !== undefined) {
    return refuse(s, c, { zh: "已经申请强制执行", en: "enforcement has already been applied for" }, [PML.art33])
  }
  return ok({ ...c, type: "enforcement-applied" })
}

// 第三十三条: 人民法院依法确认调解协议无效的，当事人可以通过人民调解方式变更原调解协议或者达成新的调解协议。
const restartMediation = (s: MediationState, c: Cmd<"restart-mediation">): Decided => {
  if (s.confirmation?.decision?.outcome !== "rejected") {
    return refuse(s, c, { zh: "只有人民法院驳回确认申请后，才可重新调解", en: "mediation restarts only after the court declined to confirm the agreement" }, [PML.art33])
  }
  return ok({ ...c, type: "mediation-restarted" })
}

// 第二十七条: 立卷归档 — the case file must hold the registration, records and agreement.
const archive = (s: MediationState, c: Cmd<"archive">): Decided => {
  if (s.confirmation !== undefined && s.confirmation.decision === undefined) {
    return refuse(s, c, { zh: "司法确认尚在审查中，不能归档", en: "the court has not yet decided on confirmation" }, [PML.art33, JUDICIAL_CONFIRMATION.spcArt5])
  }
  const checklist = archiveChecklist(s)
  if (checklist.missing.length > 0) {
    return refuse(
      s,
      c,
      { zh: `卷宗材料不全，缺少：${checklist.missing.map((k) => CASE_DOCUMENT_NAMES[k].zh).join("、")}`, en: `the case file is incomplete; missing: ${checklist.missing.join(", ")}` },
      checklist.citations,
      { missing: checklist.missing }
    )
  }
  return ok({ ...c, type: "archived" })
}
