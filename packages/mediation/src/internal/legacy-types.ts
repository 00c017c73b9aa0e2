/**
 * The camelCase `type`s commands and events had before 0.2 (`assignMediators`,
 * `mediatorsAssigned` …), read as their kebab-case names, so that histories stored by an
 * earlier version and command files written for it still decode (not public).
 */
import { isObject } from "./guard.js"

const LEGACY = [
  "assignMediators", "replaceMediator", "inviteParticipant", "recordInvestigation", "holdSession", "reportEscalation", "extendTimeLimit",
  "draftAgreement", "signAgreement", "reachOralAgreement", "endMediation", "applyForConfirmation", "recordCourtDecision", "applyForEnforcement",
  "restartMediation", "recordFollowUp",
  "mediatorsAssigned", "mediatorReplaced", "participantInvited", "investigationRecorded", "sessionHeld", "escalationReported",
  "timeLimitExtended", "partyWithdrew", "agreementDrafted", "agreementSigned", "agreementTookEffect", "mediationEnded",
  "confirmationApplied", "courtDecided", "enforcementApplied", "mediationRestarted", "followUpRecorded",
  "gatherConsensus", "holdMeeting", "consensusGathered", "meetingHeld",
  "raiseQuestion", "closeItem", "questionRaised", "itemClosed"
] as const

const KEBAB: ReadonlyMap<string, string> = new Map(LEGACY.map((name) => [name, name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]))

/** `u` with a pre-0.2 camelCase `type` replaced by its kebab-case name; anything else unchanged. */
export const withCurrentType = (u: unknown): unknown => {
  if (!isObject(u) || Array.isArray(u)) return u
  const type = u["type"]
  if (typeof type !== "string") return u
  const current = KEBAB.get(type)
  return current === undefined ? u : { ...u, type: current }
}
