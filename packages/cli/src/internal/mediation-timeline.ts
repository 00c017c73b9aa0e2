/**
 * A mediation case's timeline as table rows: what happened on which day, in the caseworker's
 * words. The labels are the CLI's presentation of `@minzheng/mediation`'s event types.
 *
 * @internal
 * @module
 */
import { chinaCalendar, maskPersonalNumbers, type WorkCalendar } from "@minzheng/core"
import {
  CASE_STATUS_NAMES,
  DISPUTE_CATEGORY_NAMES,
  type MediationEvent,
  type MediationState,
  mediationDeadlines,
  PERFORMANCE_NAMES
} from "@minzheng/mediation"

const EVENT_NAMES: Readonly<Record<MediationEvent["type"], string>> = {
  started: "申请调解 / 纠纷登记",
  accepted: "受理",
  declined: "不予受理",
  mediatorsAssigned: "指定调解员",
  mediatorReplaced: "更换调解员",
  participantInvited: "邀请参与调解",
  investigationRecorded: "调查核实",
  sessionHeld: "调解会",
  escalationReported: "矛盾激化报告",
  timeLimitExtended: "延长调解期限",
  partyWithdrew: "当事人退出",
  agreementDrafted: "制作调解协议",
  agreementSigned: "签名、盖章或按指印",
  agreementTookEffect: "调解协议生效",
  mediationEnded: "调解终止",
  confirmationApplied: "申请司法确认",
  courtDecided: "人民法院裁定",
  enforcementApplied: "申请强制执行",
  mediationRestarted: "重新调解",
  followUpRecorded: "回访",
  archived: "立卷归档"
}

const detail = (e: MediationEvent): string => {
  switch (e.type) {
    case "started":
      return `${DISPUTE_CATEGORY_NAMES[e.category].zh}，当事人 ${e.parties.length} 方${e.amountInvolved === undefined ? "" : `，涉及金额 ${e.amountInvolved} 元`}`
    case "accepted":
      return e.registrationNumber ?? ""
    case "mediatorsAssigned":
      return e.mediators.map((m) => m.name).join("、")
    case "sessionHeld":
      return `${e.openness === "public" ? "公开" : "不公开"}，到场 ${e.attendingPartyIds.length} 方`
    case "agreementDrafted":
      return `${e.form === "written" ? "书面" : "口头"}协议，${e.contents.terms.length} 项义务`
    case "agreementSigned":
      return e.signature.by === "party" ? `当事人 ${e.signature.partyId}` : e.signature.by === "mediator" ? `调解员 ${e.signature.mediatorId}` : "调委会印章"
    case "confirmationApplied":
      return `${e.court}，期限至 ${e.windowEnd}`
    case "courtDecided":
      return `${e.outcome === "confirmed" ? "确认有效" : "驳回申请"}${e.rulingNumber === undefined ? "" : ` ${e.rulingNumber}`}`
    case "followUpRecorded":
      return `${e.visitor}：${PERFORMANCE_NAMES[e.performance].zh}`
    case "archived":
      return e.fileNumber
    case "mediationEnded":
      return e.reason
    case "timeLimitExtended":
      return `至 ${e.until}`
    default:
      return ""
  }
}

/**
 * `[#, date, event, detail]` per event. Free text (a reason, a note) may hold an ID or phone
 * number: masked unless `unmasked`.
 */
export const timelineRows = (events: ReadonlyArray<MediationEvent>, unmasked = false): Array<Array<string>> =>
  events.map((e, i) => [String(i + 1), e.date, EVENT_NAMES[e.type] ?? e.type, unmasked ? detail(e) : maskPersonalNumbers(detail(e))])

/** A deadline as the mediation package gives it (older versions lack `status`, `note`, `missingYear`). */
interface ShownDeadline {
  readonly kind: string
  readonly due: string
  readonly label?: { readonly zh: string }
  readonly status?: "computed" | "provisional" | "uncomputable"
  readonly missingYear?: number
}

const deadlineText = (d: ShownDeadline): string => {
  const name = d.label?.zh ?? d.kind
  if (d.status === "uncomputable") {
    return `${name}：最早 ${d.due}（未载入 ${d.missingYear ?? ""} 年工作日历，无法确定；用 --calendar 载入或加 --provisional-calendar）`
  }
  return `${name} ${d.due}`
}

/**
 * The deadlines still running, one text: `调解期限 2025-04-10，…`; a deadline in a year the
 * calendar lacks is shown with the year and both fixes, never dropped.
 */
export const deadlinesText = (caseId: string, state: MediationState, calendar: WorkCalendar = chinaCalendar): string => {
  let deadlines: ReadonlyArray<ShownDeadline>
  try {
    deadlines = mediationDeadlines(caseId, state, calendar) as ReadonlyArray<ShownDeadline>
  } catch (e) {
    const year = typeof e === "object" && e !== null && (e as { _tag?: unknown })._tag === "CalendarYearNotCovered" ? (e as { year: number }).year : undefined
    return year === undefined
      ? `无法计算（${e instanceof Error ? e.message : String(e)}）`
      : `无法计算：未载入 ${year} 年工作日历（用 --calendar 载入或加 --provisional-calendar）`
  }
  return deadlines.length === 0 ? "无 none" : deadlines.map(deadlineText).join("，")
}

/** `case c1: 已立卷归档 (archived); deadlines 期限: 无 none` */
export const caseStatusLine = (caseId: string, state: MediationState, calendar: WorkCalendar = chinaCalendar): string =>
  `case ${caseId}: ${CASE_STATUS_NAMES[state.status].zh} (${state.status}); deadlines 期限: ${deadlinesText(caseId, state, calendar)}`
