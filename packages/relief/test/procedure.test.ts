import { InvalidInput, TransitionRefused, chinaCalendar, handle, isoDateUnsafe, replay } from "@minzheng/core"
import { renderNoticeText } from "@minzheng/disclosure"
import {
  type ReviewCommand,
  type ReviewState,
  decodeReviewCommand,
  decodeReviewEvent,
  determineUnsafe,
  noticeRowUnsafe,
  publicNoticeUnsafe,
  reviewContextUnsafe,
  reviewDeadlines,
  reviewWorkflow
} from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { household, licang } from "./fixtures.js"

const ctx = reviewContextUnsafe(licang, chinaCalendar)
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
  {
    type: "start-notice",
    on: d("2025-03-11"),
    issuer: "李村街道办事处",
    rows: [{ headOfHousehold: "张三丰", membersCovered: 2, monthlyAmount: "2100.00", community: "虎山社区", programme: "urban" }]
  }
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
  it("the 公示 step publishes a masked disclosure notice over the 7 days, and the case stores only masked data (第十九条)", () => {
    const s = run(upToNotice)
    expect(s.notice?.period).toEqual({ from: "2025-03-11", to: "2025-03-18" })
    expect(s.notice?.rows).toEqual([["张**", "2", "2100.00", "虎山社区", "城市低保"]])
    expect(JSON.stringify(s)).not.toContain("张三丰")
    const text = renderNoticeText(s.notice!)
    expect(text).toContain("最低生活保障公示")
    expect(text).toContain("张**")
  })
  it("a 公示 command with no row, or a row carrying income, is refused as invalid input", () => {
    const base = { type: "start-notice", on: "2025-03-11", issuer: "李村街道办事处" }
    expect(decodeReviewCommand({ ...base, rows: [] })._tag).toBe("Failure")
    const withIncome = decodeReviewCommand({ ...base, rows: [{ headOfHousehold: "张三丰", membersCovered: 2, monthlyAmount: "2100.00", community: "虎山社区", programme: "urban", income: "800.00" }] })
    expect(withIncome._tag).toBe("Failure")
  })
  it("the stored notice-started event decodes again (the masked notice round-trips through JSON)", () => {
    const s = run(upToNotice.slice(0, 5))
    const r = handle(reviewWorkflow, s, upToNotice[5]!, ctx)
    if (Result.isFailure(r)) throw r.failure
    const stored = JSON.parse(JSON.stringify(r.success.events[0]))
    expect(Result.isSuccess(decodeReviewEvent(stored))).toBe(true)
  })
  it("the 公示 row of a household shows the head of household, members, amount, community and programme — no ID number (第二十四条)", () => {
    const h = household({
      members: [
        { id: "a", name: "张三丰", relationship: "applicant", citizenId: "11010519491231002X" },
        { id: "b", name: "李梅", relationship: "spouse", birthDate: "1952-02-02" }
      ]
    })
    // 张三丰 (76, no income, his 73-year-old wife cannot support him: 特困人员认定办法第八条（三）) is in
    // 特困 support, so the 低保 household is his wife alone (暂行办法第十五条第三款 衔接).
    const row = noticeRowUnsafe(h, determineUnsafe(h, licang).determinations[0]!, "虎山社区")
    expect(row).toEqual({ headOfHousehold: "张三丰", membersCovered: 1, monthlyAmount: "1050.00", community: "虎山社区", programme: "urban" })
  })
  it("a batch 公示 masks every confirmed household (compound surnames whole) and lists nothing else", () => {
    const mk = (id: string, name: string, area: "urban" | "rural") =>
      household({ id, residence: { region: "370213", area }, members: [{ id: "a", name, relationship: "applicant", birthDate: "1980-01-01" }] })
    const homes = [mk("h1", "欧阳娜娜", "urban"), mk("h2", "王小明", "rural"), mk("h3", "李四", "urban")]
    const notice = publicNoticeUnsafe(
      homes.map((h) => ({ household: h, determination: determineUnsafe(h, licang).determinations[0]!, community: "虎山社区" })),
      { issuer: "李村街道办事处", period: { from: d("2025-03-11"), to: d("2025-03-18") }, footer: "公示期内如有异议，请向街道办事处反映。" }
    )
    // 李沧 illustrative standards: urban 1,050 元, rural 1,050 元 (one person, no income)
    expect(notice.rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ["欧阳**", "1", "城市低保"],
      ["王**", "1", "农村低保"],
      ["李*", "1", "城市低保"]
    ])
    expect(notice.columns.map((c) => c.label.zh)).toEqual(["户主", "保障人数", "月保障金额（元）", "村（社区）", "救助项目"])
  })
  it("a batch 公示 refuses an ineligible household, a 特困 determination and a nameless applicant, listing each", () => {
    const rich = household({ id: "r", members: [{ id: "a", name: "赵六", relationship: "applicant", birthDate: "1970-01-01" }], incomes: [{ member: "a", category: "wages", amount: "9000.00" }] })
    const nameless = household({ id: "n", members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }] })
    const tekun = determineUnsafe(nameless, licang).determinations.find((x) => x.programme === "tekun")!
    try {
      publicNoticeUnsafe(
        [
          { household: rich, determination: determineUnsafe(rich, licang).determinations[0]!, community: "虎山社区" },
          { household: nameless, determination: tekun, community: "" }
        ],
        { issuer: "李村街道办事处", period: { from: d("2025-03-11"), to: d("2025-03-18") } }
      )
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInput)
      expect((e as InvalidInput).issues.map((i) => [i.path.join("."), i.code])).toEqual([
        ["households.0.determination.eligible", "not_eligible"],
        ["households.1.determination.programme", "not_dibao"],
        ["households.1.community", "invalid_community"],
        ["households.1.household.members", "missing_name"]
      ])
    }
  })
})
