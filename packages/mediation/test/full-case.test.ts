import { isoDateUnsafe as d } from "@minzheng/core"
import {
  archiveChecklist,
  handleMediationCommand,
  mediationDeadlines,

  replayMediation
} from "@minzheng/mediation"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { company, contents, flagsOf, run, startCommand, zhang } from "./fixtures.js"

describe("a contract case from application to archive (城阳区中小企业协会人民调解委员会)", () => {
  const commands = [
    startCommand("2025-03-03"),
    { type: "accept", date: "2025-03-04", registrationNumber: "城中调〔2025〕1号" },
    { type: "assign-mediators", date: "2025-03-04", selection: "committee-assigned", mediators: [{ id: "m1", name: "王调解" }] },
    { type: "record-investigation", date: "2025-03-05", findings: "核实供货单据及对账单" },
    { type: "invite-participant", date: "2025-03-05", participant: { name: "赵会计", role: "expert" }, consentingPartyIds: ["p1", "o1"] },
    { type: "hold-session", date: "2025-03-06", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "o1"], rightsExplained: true, record: "告知权利义务；双方陈述；达成初步共识" },
    { type: "draft-agreement", date: "2025-03-10", contents: contents("2025-04-30") },
    { type: "sign-agreement", date: "2025-03-10", signature: { by: "party", partyId: "p1", method: "fingerprint" } },
    { type: "sign-agreement", date: "2025-03-10", signature: { by: "party", partyId: "o1", method: "seal" } },
    { type: "sign-agreement", date: "2025-03-10", signature: { by: "mediator", mediatorId: "m1" } }
  ]

  it("the agreement is not in effect until the committee seals it, and takes effect that day (第二十九条)", () => {
    const before = run(commands)
    expect(before.state.status).toBe("mediating")
    expect(before.state.agreement?.effectiveOn).toBeUndefined()
    const sealed = run([{ type: "sign-agreement", date: "2025-03-11", signature: { by: "committee-seal" } }], before.state)
    expect(sealed.events.map((e) => e.type)).toEqual(["agreement-signed", "agreement-took-effect"])
    expect(sealed.state.status).toBe("agreed")
    expect(sealed.state.agreement?.effectiveOn).toBe("2025-03-11")
  })

  it("walks the whole case: confirmation inside the window, court confirms, follow-up finds it performed, archived", () => {
    const { state, events } = run([
      ...commands,
      { type: "sign-agreement", date: "2025-03-11", signature: { by: "committee-seal" } },
      { type: "apply-for-confirmation", date: "2025-03-20", applicantPartyIds: ["p1", "o1"], court: "青岛市城阳区人民法院" },
      { type: "record-court-decision", date: "2025-03-28", outcome: "confirmed", rulingNumber: "（2025）鲁0214民特1号" },
      { type: "record-follow-up", date: "2025-05-06", visitor: "王调解", performance: "performed", notes: "公司已于4月28日转账支付货款" },
      { type: "archive", date: "2025-05-08", fileNumber: "城中调档〔2025〕1号" }
    ])
    expect(state.status).toBe("archived")
    expect(state.confirmation?.windowEnd).toBe("2025-04-10")
    expect(state.confirmation?.decision?.outcome).toBe("confirmed")
    expect(replayMediation(events)).toEqual(state)
    expect(state.parties).toEqual([zhang, company])
  })

  it("while in mediation the case shows the one-month limit, then the confirmation window, then the follow-up visit", () => {
    const mediating = run(commands.slice(0, 3)).state
    // accepted 2025-03-04: one month ends 2025-04-04, 清明 holiday to 04-06, so the limit is 2025-04-07.
    expect(mediationDeadlines("c1", mediating).map((x) => [x.kind, x.due])).toEqual([["time-limit", "2025-04-07"]])
    expect(flagsOf(mediating, d("2025-04-07")).overdue).toBe(false)
    expect(flagsOf(mediating, d("2025-04-08")).overdue).toBe(true)
    const agreed = run([...commands, { type: "sign-agreement", date: "2025-03-11", signature: { by: "committee-seal" } }]).state
    expect(mediationDeadlines("c1", agreed).map((x) => [x.kind, x.due])).toEqual([
      ["confirmation-window", "2025-04-10"],
      ["follow-up", "2025-04-30"]
    ])
    expect(flagsOf(agreed, d("2025-04-30")).followUpDue).toBe(true)
    expect(flagsOf(agreed, d("2025-04-29")).followUpDue).toBe(false)
  })

  it("the archive is refused until the follow-up record is in the case file", () => {
    const agreed = run([...commands, { type: "sign-agreement", date: "2025-03-11", signature: { by: "committee-seal" } }]).state
    expect(archiveChecklist(agreed).missing).toEqual(["follow-up"])
    const r = handleMediationCommand(agreed, { type: "archive", date: "2025-03-12", fileNumber: "x" })
    expect(Result.isFailure(r) && r.failure._tag === "TransitionRefused" && r.failure.details).toEqual({ missing: ["follow-up"] })
    expect(Result.isFailure(r) && r.failure.messageZh).toContain("回访记录")
  })
})
