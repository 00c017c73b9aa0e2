import { TransitionRefused } from "@minzheng/core"
import { confirmationWindowUnsafe, handleMediationCommand, type MediationState } from "@minzheng/mediation"
import { isoDateUnsafe as d } from "@minzheng/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { run, toAgreement } from "./fixtures.js"

const apply = (state: MediationState, date: string, applicants = ["p1", "o1"]) =>
  handleMediationCommand(state, { type: "apply-for-confirmation", date, applicantPartyIds: applicants, court: "青岛市城阳区人民法院" })

const refusalOf = (r: ReturnType<typeof apply>): TransitionRefused => {
  if (Result.isSuccess(r) || r.failure._tag !== "TransitionRefused") throw new Error("expected a refusal")
  return r.failure
}

describe("judicial confirmation within 30 days of the agreement taking effect (第三十三条)", () => {
  // In effect on Tuesday 2025-03-11: day 30 is Thursday 2025-04-10, a working day.
  const agreed = run(toAgreement("2025-03-03", "2025-03-11")).state

  it("a joint application on day 30 (10 April) is accepted", () => {
    const r = apply(agreed, "2025-04-10")
    expect(Result.isSuccess(r) && r.success.state.confirmation?.appliedOn).toBe("2025-04-10")
  })

  it("on day 31 (11 April) it is refused, naming 第三十三条 and the day the window closed", () => {
    const r = refusalOf(apply(agreed, "2025-04-11"))
    expect(r.citations[0]?.article).toBe("第三十三条")
    expect(r.details).toMatchObject({ windowClosed: "2025-04-10", effectiveOn: "2025-03-11", extended: false })
    expect(r.messageZh).toContain("2025-04-10")
  })

  it("an application by one party alone is refused: it must be joint", () => {
    expect(refusalOf(apply(agreed, "2025-03-20", ["p1"])).details).toEqual({ missingPartyIds: ["o1"] })
  })

  it("a second application is refused", () => {
    const once = run([{ type: "apply-for-confirmation", date: "2025-03-20", applicantPartyIds: ["p1", "o1"], court: "法院" }], agreed).state
    expect(refusalOf(apply(once, "2025-03-21")).details).toEqual({ appliedOn: "2025-03-20" })
  })
})

describe("a window whose 30th day falls in the National Day holiday (2025-10-01 to 10-08)", () => {
  // In effect on 2025-09-01: day 30 is 2025-10-01, a holiday; the window runs to 2025-10-09 (民法典 第二百零三条).
  const agreed = run(toAgreement("2025-08-25", "2025-09-01")).state

  it("the window is extended to the first working day after the holiday", () => {
    const w = confirmationWindowUnsafe(d("2025-09-01"))
    expect([w.nominalEnd, w.end, w.extended]).toEqual(["2025-10-01", "2025-10-09", true])
  })

  it("day 30 (1 October) and day 31 (2 October) are both inside the window", () => {
    expect(Result.isSuccess(apply(agreed, "2025-10-01"))).toBe(true)
    expect(Result.isSuccess(apply(agreed, "2025-10-02"))).toBe(true)
    expect(Result.isSuccess(apply(agreed, "2025-10-09"))).toBe(true)
  })

  it("on 10 October it is refused, saying the window closed on 9 October", () => {
    expect(refusalOf(apply(agreed, "2025-10-10")).details).toEqual({ effectiveOn: "2025-09-01", windowClosed: "2025-10-09", nominalEnd: "2025-10-01", extended: true })
  })
})

describe("after the court decides", () => {
  const applied = run([...toAgreement("2025-03-03", "2025-03-11"), { type: "apply-for-confirmation", date: "2025-03-20", applicantPartyIds: ["p1", "o1"], court: "法院" }]).state

  it("a confirmed agreement may be enforced when a party does not perform", () => {
    const { state } = run([
      { type: "record-court-decision", date: "2025-03-28", outcome: "confirmed" },
      { type: "apply-for-enforcement", date: "2026-01-05", partyId: "p1", ground: "refused-to-perform" }
    ], applied)
    expect(state.confirmation?.enforcement?.partyId).toBe("p1")
  })

  it("a rejected agreement goes back to mediation, the old one kept as history, and a new one can be reached", () => {
    const { state } = run([
      { type: "record-court-decision", date: "2025-03-28", outcome: "rejected" },
      { type: "restart-mediation", date: "2025-04-01" }
    ], applied)
    expect(state.status).toBe("mediating")
    expect(state.agreement).toBeUndefined()
    expect(state.priorAgreements).toHaveLength(1)
    expect(Result.isFailure(handleMediationCommand(state, { type: "apply-for-enforcement", date: "2025-04-02", partyId: "p1", ground: "refused-to-perform" }))).toBe(true)
  })

  it("enforcement of an agreement the court has not confirmed is refused", () => {
    expect(refusalOf(handleMediationCommand(applied, { type: "apply-for-enforcement", date: "2025-03-21", partyId: "p1", ground: "refused-to-perform" })).citations[0]?.article).toBe("第三十三条")
  })

  it("the case cannot be archived while the court is still deciding", () => {
    const withVisit = run([{ type: "record-follow-up", date: "2025-03-25", visitor: "王", performance: "not-yet-due", notes: "x" }], applied).state
    expect(refusalOf(handleMediationCommand(withVisit, { type: "archive", date: "2025-03-26", fileNumber: "x" })).reason.en).toContain("court")
  })
})
