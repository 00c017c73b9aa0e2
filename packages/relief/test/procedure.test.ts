import { TransitionRefused, chinaCalendar, handle, isoDateUnsafe, replay } from "@minzheng/core"
import { type ReviewCommand, type ReviewState, determine, noticeRow, reviewContext, reviewDeadlines, reviewWorkflow } from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { household, licang } from "./fixtures.js"

const ctx = reviewContext(licang, chinaCalendar)
const d = (s: string) => isoDateUnsafe(s)
const run = (commands: ReadonlyArray<ReviewCommand>): ReviewState => {
  let state = reviewWorkflow.initial
  for (const c of commands) {
    const r = handle(reviewWorkflow, state, c, ctx)
    if (Result.isFailure(r)) throw r.failure
    state = r.success.state
  }
  return state
}
const upToNotice: ReadonlyArray<ReviewCommand> = [
  { type: "apply", on: d("2025-03-03"), householdId: "h1" },
  { type: "accept", on: d("2025-03-03") },
  { type: "record-check", on: d("2025-03-05") },
  { type: "record-home-visit", on: d("2025-03-06") },
  { type: "submit-opinion", on: d("2025-03-10"), opinion: "approve" },
  { type: "start-notice", on: d("2025-03-11"), rows: [] }
]

describe("审核确认 procedure", () => {
  it("accepting on 3 March 2025 sets the 30-working-day limit (第二十二条) to 15 April (清明 4 April is a rest day)", () => {
    const s = run(upToNotice.slice(0, 2))
    expect(s.due).toBe("2025-04-15")
  })
  it("a delegated township case has 20 working days; an extension gives 45 from acceptance", () => {
    const delegated = run([upToNotice[0]!, { type: "accept", on: d("2025-03-03"), delegated: true }])
    expect(delegated.due).toBe("2025-03-31")
    const extended = run([...upToNotice.slice(0, 2), { type: "extend", on: d("2025-03-20"), reason: "人户分离" }])
    expect(extended.due).toBe("2025-05-08")
  })
  it("the 7-day 公示 started on 11 March ends on 18 March (第十九条)", () => {
    expect(run(upToNotice).noticeEnd).toBe("2025-03-18")
  })
  it("confirmation on the last day of the 公示 is refused, citing 第十九条; the day after it is accepted with payment from next month", () => {
    const s = run(upToNotice)
    const early = handle(reviewWorkflow, s, { type: "confirm", on: d("2025-03-18") }, ctx)
    expect(Result.isFailure(early)).toBe(true)
    const refusal = (early as Result.Failure<unknown, TransitionRefused>).failure
    expect(refusal).toBeInstanceOf(TransitionRefused)
    expect(refusal.citations.map((c) => c.article)).toEqual(["第十九条"])
    const late = run([...upToNotice, { type: "confirm", on: d("2025-03-19") }])
    expect(late.stage).toBe("confirmed")
    expect(late.paymentStart).toBe("2025-04-01")
  })
  it("confirmation without any 公示 is refused", () => {
    const s = run(upToNotice.slice(0, 5))
    expect(Result.isFailure(handle(reviewWorkflow, s, { type: "confirm", on: d("2025-04-01") }, ctx))).toBe(true)
  })
  it("an objection during the 公示 sends the case back to investigation and a new notice", () => {
    const s = run([...upToNotice, { type: "record-objection", on: d("2025-03-12"), note: "邻里反映有经营收入" }])
    expect(s.stage).toBe("investigating")
    expect(s.noticeEnd).toBeNull()
    expect(Result.isFailure(handle(reviewWorkflow, s, { type: "confirm", on: d("2025-04-01") }, ctx))).toBe(true)
  })
  it("replaying the stored events gives the same state", () => {
    let state = reviewWorkflow.initial
    const events = []
    for (const c of upToNotice) {
      const r = handle(reviewWorkflow, state, c, ctx)
      if (Result.isFailure(r)) throw r.failure
      events.push(...r.success.events)
      state = r.success.state
    }
    expect(replay(reviewWorkflow, JSON.parse(JSON.stringify(events)))).toEqual(state)
  })
  it("deadlines list the time limit and the end of the running notice", () => {
    expect(reviewDeadlines("c1", run(upToNotice)).map((x) => [x.kind, x.due])).toEqual([
      ["review.time-limit", "2025-04-15"],
      ["review.notice-end", "2025-03-18"]
    ])
  })
  it("the 公示 row masks the name and citizen ID and shows members and amount (第二十四条)", () => {
    const h = household({
      members: [
        { id: "a", name: "张三丰", relationship: "applicant", citizenId: "11010519491231002X" },
        { id: "b", name: "李梅", relationship: "spouse", birthDate: "1952-02-02" }
      ]
    })
    const row = noticeRow(h, determine(h, licang).determinations[0]!)
    expect(row).toEqual({ householdId: "h1", applicantName: "张**", citizenId: "110105********002X", memberCount: 2, programme: "最低生活保障", monthlyAmount: "2100.00" })
  })
})
