import { isoDateUnsafe as d, TransitionRefused } from "@minzheng/core"
import { handleMediationCommand, mediationDeadlines, type MediationState } from "@minzheng/mediation"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { contents, flagsOf, li, run, startCommand, toAgreement, zhang } from "./fixtures.js"

const refusal = (state: MediationState, command: unknown): TransitionRefused => {
  const r = handleMediationCommand(state, command)
  if (Result.isSuccess(r) || r.failure._tag !== "TransitionRefused") throw new Error(`expected a refusal, got ${JSON.stringify(r)}`)
  return r.failure
}

describe("a neighbour case that fails", () => {
  const mediated = run([
    startCommand("2025-06-02", { category: "neighbour", parties: [zhang, li], source: "committee-initiative", applicationForm: undefined, amountInvolved: undefined }),
    { type: "accept", date: "2025-06-02" },
    { type: "assign-mediators", date: "2025-06-03", selection: "parties-chosen", choosingPartyIds: ["p1", "p2"], mediators: [{ id: "m1", name: "丈母娘调解队 孙阿姨" }] },
    { type: "hold-session", date: "2025-06-05", openness: "public", mediatorIds: ["m1"], attendingPartyIds: ["p1", "p2"], rightsExplained: true, record: "双方就排水沟归属各执一词" }
  ]).state

  it("ending mediation without telling the parties of arbitration, administrative or judicial routes is refused (第二十六条)", () => {
    const r = refusal(mediated, { type: "end-mediation", date: "2025-06-20", reason: "双方分歧较大", routesExplained: [] })
    expect(r.citations.map((c) => c.article)).toEqual(["第二十六条"])
  })

  it("once ended, the case accepts nothing but archiving, and archives with its registration and session record", () => {
    const { state } = run([{ type: "end-mediation", date: "2025-06-20", reason: "双方分歧较大", routesExplained: ["administrative", "judicial"] }], mediated)
    expect(state.status).toBe("failed")
    expect(state.failure?.routesExplained).toEqual(["administrative", "judicial"])
    expect(refusal(state, { type: "hold-session", date: "2025-06-21", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1"], rightsExplained: true, record: "再谈" }).state).toBe("failed")
    expect(refusal(state, { type: "draft-agreement", date: "2025-06-21", contents: contents("2025-07-01", "p1") }).details).toEqual({ allowedIn: ["mediating"] })
    expect(mediationDeadlines("c", state)).toEqual([])
    expect(run([{ type: "archive", date: "2025-06-22", fileNumber: "档-2" }], state).state.status).toBe("archived")
  })

  it("a party who clearly refuses mediation ends it (第十七条), and nothing but archiving follows", () => {
    const { state } = run([{ type: "withdraw", date: "2025-06-06", partyId: "p2", kind: "refuses-mediation" }], mediated)
    expect(state.status).toBe("withdrawn")
    expect(refusal(state, { type: "record-investigation", date: "2025-06-07", findings: "x" }).command).toBe("record-investigation")
  })

  it("a public session is refused when a party asks for it to be private (第二十三条)", () => {
    const r = refusal(mediated, { type: "hold-session", date: "2025-06-06", openness: "public", objectingPartyIds: ["p2"], mediatorIds: ["m1"], attendingPartyIds: ["p1", "p2"], rightsExplained: true, record: "x" })
    expect(r.citations.map((c) => c.article)).toContain("第二十三条")
  })

  it("a mediation escalating towards violence is reported to the police with time and recipient (第二十五条)", () => {
    const { state } = run([{ type: "report-escalation", date: "2025-06-06", time: "21:30", risk: "violence", reportedTo: "police", authorityName: "城阳派出所", measures: "隔离双方，联系社区网格员" }], mediated)
    expect(state.escalations).toEqual([{ date: "2025-06-06", time: "21:30", risk: "violence", reportedTo: "police", authorityName: "城阳派出所", measures: "隔离双方，联系社区网格员" }])
  })
})

describe("acceptance and mediators", () => {
  const registered = run([startCommand("2025-03-03")]).state

  it("a dispute a court has already accepted is declined with its reason (若干规定 第二十二条)", () => {
    const { state } = run([{ type: "decline", date: "2025-03-04", reason: "already-accepted-by-authority", note: "已向城阳区人民法院起诉" }], registered)
    expect(state.status).toBe("not-accepted")
    expect(state.declined?.reason).toBe("already-accepted-by-authority")
  })

  it("a session before any mediator is assigned is refused (第十九条)", () => {
    const accepted = run([{ type: "accept", date: "2025-03-03" }], registered).state
    const r = refusal(accepted, { type: "hold-session", date: "2025-03-04", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1"], rightsExplained: true, record: "x" })
    expect(r.citations[0]?.article).toBe("第十九条")
  })

  it("the first session without telling the parties their rights is refused (若干规定 第三十条)", () => {
    const s = run([{ type: "accept", date: "2025-03-03" }, { type: "assign-mediators", date: "2025-03-03", selection: "committee-assigned", mediators: [{ id: "m1", name: "王" }] }], registered).state
    const r = refusal(s, { type: "hold-session", date: "2025-03-04", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1"], rightsExplained: false, record: "x" })
    expect(r.citations[0]?.article).toBe("第三十条")
  })

  it("a party may have a mediator replaced, and the replaced mediator can no longer lead a session", () => {
    const s = run([
      { type: "accept", date: "2025-03-03" },
      { type: "assign-mediators", date: "2025-03-03", selection: "committee-assigned", mediators: [{ id: "m1", name: "王" }] },
      { type: "replace-mediator", date: "2025-03-04", mediatorId: "m1", replacement: { id: "m2", name: "赵" }, requestedBy: "o1", reason: "调解员系张三亲属" }
    ], registered).state
    expect(s.mediators).toEqual([{ id: "m2", name: "赵" }])
    expect(s.replacedMediators[0]?.mediator.id).toBe("m1")
    expect(refusal(s, { type: "hold-session", date: "2025-03-05", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1"], rightsExplained: true, record: "x" }).details).toEqual({ mediatorIds: ["m1"] })
  })

  it("inviting a neighbour without every party's consent is refused (第二十条)", () => {
    const s = run([{ type: "accept", date: "2025-03-03" }], registered).state
    expect(refusal(s, { type: "invite-participant", date: "2025-03-04", participant: { name: "邻居", role: "neighbour" }, consentingPartyIds: ["p1"] }).details).toEqual({ missingPartyIds: ["o1"] })
  })

  it("going past one month needs both parties' consent, and then the limit moves", () => {
    const s = run([{ type: "accept", date: "2025-03-04" }], registered).state
    expect(refusal(s, { type: "extend-time-limit", date: "2025-03-30", until: "2025-04-30", consentingPartyIds: ["p1"] }).details).toEqual({ missingPartyIds: ["o1"] })
    const ext = run([{ type: "extend-time-limit", date: "2025-03-30", until: "2025-04-30", consentingPartyIds: ["p1", "o1"] }], s).state
    expect(mediationDeadlines("c", ext)[0]?.due).toBe("2025-04-30")
    expect(flagsOf(ext, d("2025-04-20")).overdue).toBe(false)
  })

  it("a command dated before the case's last event is refused", () => {
    expect(refusal(registered, { type: "accept", date: "2025-03-02" }).details).toEqual({ lastDate: "2025-03-03" })
  })
})

describe("a labour dispute (劳动争议调解仲裁法)", () => {
  const labour = run([
    startCommand("2025-03-03", { category: "labour", parties: [zhang, { kind: "organisation", id: "o1", name: "青岛某制造有限公司" }] }),
    { type: "accept", date: "2025-03-03" },
    { type: "assign-mediators", date: "2025-03-03", selection: "committee-assigned", mediators: [{ id: "m1", name: "王" }] },
    { type: "hold-session", date: "2025-03-05", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "o1"], rightsExplained: true, record: "工资差额争议" }
  ]).state

  it("applied on 3 March: on day 15 (18 March) no right to arbitration yet; on day 16 (19 March) the case shows it (第十四条)", () => {
    expect(flagsOf(labour, d("2025-03-18")).arbitrationAvailable).toBe(false)
    expect(flagsOf(labour, d("2025-03-19")).arbitrationAvailable).toBe(true)
    const deadline = mediationDeadlines("c", labour).find((x) => x.kind === "labour-arbitration")
    expect(deadline?.due).toBe("2025-03-18")
    expect(deadline?.citations[0]?.article).toBe("第十四条")
  })

  it("an oral agreement is refused: a labour agreement must be written (第十四条)", () => {
    const r = refusal(labour, { type: "reach-oral-agreement", date: "2025-03-06", contents: contents("2025-03-31") })
    expect(r.citations[0]).toMatchObject({ document: "中华人民共和国劳动争议调解仲裁法", article: "第十四条" })
  })

  it("a failed labour mediation must tell the parties of arbitration", () => {
    const r = refusal(labour, { type: "end-mediation", date: "2025-03-19", reason: "未达成协议", routesExplained: ["judicial"] })
    expect(r.citations[0]?.article).toBe("第五条")
  })

  it("once agreed, the right-to-arbitration flag is gone", () => {
    const agreed = run(toAgreement("2025-03-03", "2025-03-10", "2025-03-31", { category: "labour" })).state
    expect(flagsOf(agreed, d("2025-03-25")).arbitrationAvailable).toBe(false)
  })
})

describe("an oral agreement (第二十八条、第三十条)", () => {
  const s = run(toAgreement("2025-03-03", "2025-03-03").slice(0, 4)).state
  it("takes effect the day the parties agree", () => {
    const { state } = run([{ type: "reach-oral-agreement", date: "2025-03-06", contents: contents("2025-03-20") }], s)
    expect(state.agreement).toMatchObject({ form: "oral", effectiveOn: "2025-03-06" })
  })
  it("is refused when a party asks for a written agreement", () => {
    expect(refusal(s, { type: "reach-oral-agreement", date: "2025-03-06", contents: contents("2025-03-20"), partyAskedForWriting: true }).citations[0]?.article).toBe("第二十八条")
  })
})
