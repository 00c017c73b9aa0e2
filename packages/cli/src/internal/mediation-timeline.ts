/**
 * A mediation case's timeline as table rows: what happened on which day, in the caseworker's
 * words. The labels are `@minzheng/mediation`'s own names of its event types.
 *
 * @internal
 * @module
 */
import { chinaCalendar, maskPersonalNumbers, type WorkCalendar } from "@minzheng/core"
import {
  CASE_STATUS_NAMES,
  DISPUTE_CATEGORY_NAMES,
  AGREEMENT_FORM_NAMES,
  MEDIATION_EVENT_NAMES,
  type MediationEvent,
  type MediationState,
  mediationDeadlines,
  PERFORMANCE_NAMES,
  SESSION_OPENNESS_NAMES
} from "@minzheng/mediation"

const detail = (e: MediationEvent): string => {
  switch (e.type) {
    case "started":
      return `${DISPUTE_CATEGORY_NAMES[e.category].zh}，当事人 ${e.parties.length} 方${e.amountInvolved === undefined ? "" : `，涉及金额 ${e.amountInvolved} 元`}`
    case "accepted":
      return e.registrationNumber ?? ""
    case "mediators-assigned":
      return e.mediators.map((m) => m.name).join("、")
    case "session-held":
      return `${SESSION_OPENNESS_NAMES[e.openness].zh}，到场 ${e.attendingPartyIds.length} 方`
    case "agreement-drafted":
      return `${AGREEMENT_FORM_NAMES[e.form].zh}，${e.contents.terms.length} 项义务`
    case "agreement-signed":
      return e.signature.by === "party" ? `当事人 ${e.signature.partyId}` : e.signature.by === "mediator" ? `调解员 ${e.signature.mediatorId}` : "调委会印章"
    case "confirmation-applied":
      return `${e.court}，期限至 ${e.windowEnd}`
    case "court-decided":
      return `${e.outcome === "confirmed" ? "确认有效" : "驳回申请"}${e.rulingNumber === undefined ? "" : ` ${e.rulingNumber}`}`
    case "follow-up-recorded":
      return `${e.visitor}：${PERFORMANCE_NAMES[e.performance].zh}`
    case "archived":
      return e.fileNumber
    case "mediation-ended":
      return e.reason
    case "time-limit-extended":
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
  events.map((e, i) => [String(i + 1), e.date, MEDIATION_EVENT_NAMES[e.type]?.zh ?? e.type, unmasked ? detail(e) : maskPersonalNumbers(detail(e))])

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
