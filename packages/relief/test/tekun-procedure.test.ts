/**
 * The 特困 认定 procedure of 《特困人员认定办法》第十三条至第十八条: 15 working days for the township,
 * the 7-day 公示, 15 working days after an objection, 15 working days and a ≥30% spot check for the
 * county, 3 working days to notify a refusal. Dates counted by hand on the 2025 calendar.
 */
import { CHINA_CALENDAR_DATA, TransitionRefused, WorkCalendar, definePolicyBundleUnsafe, handle, isoDateUnsafe, regionCodeUnsafe, replay } from "@minzheng/core"
import { renderNoticeText } from "@minzheng/disclosure"
import {
  type TekunCommand,
  type TekunContext,
  type TekunEvent,
  type TekunState,
  calendarGapOf,
  decodeTekunCommand,
  decodeTekunEvent,
  tekunContext,
  tekunDeadlines,
  tekunOverdueStages,
  tekunSpotCheckShareUnsafe,
  tekunStageDeadlines,
  tekunWorkflow
} from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const d = (s: string) => isoDateUnsafe(s)
const ctx = tekunContext()

const run = (commands: ReadonlyArray<TekunCommand>, context: TekunContext = ctx): { state: TekunState; events: TekunEvent[] } => {
  let state = tekunWorkflow.initial
  const events: TekunEvent[] = []
  for (const c of commands) {
    const r = handle(tekunWorkflow, state, c, context)
    if (Result.isFailure(r)) throw r.failure
    events.push(...r.success.events)
    state = r.success.state
  }
  return { state, events }
}
const refusal = (state: TekunState, c: TekunCommand, context: TekunContext = ctx): TransitionRefused => {
  const r = handle(tekunWorkflow, state, c, context)
  if (Result.isSuccess(r)) throw new Error("expected a refusal")
  return r.failure
}
const stage = (state: TekunState, name: string, asOf: string, context: TekunContext = ctx) => {
  const e = tekunStageDeadlines(state, context, d(asOf)).find((x) => x.stage === name)
  if (e === undefined) throw new Error(`no stage ${name}`)
  return e
}
const brief = (e: { due: string | null; status: string; daysOverdue: number }) => [e.due, e.status, e.daysOverdue]

const accepted: TekunCommand[] = [
  { type: "apply", on: d("2025-03-03"), applicantId: "p1" },
  { type: "accept", on: d("2025-03-03") }
]
const investigated: TekunCommand[] = [...accepted, { type: "record-investigation", on: d("2025-03-04"), method: "home-visit" }, { type: "record-investigation", on: d("2025-03-05"), method: "neighbour-visit" }]
const opinion = (on: string, o: "approve" | "refuse" = "approve"): TekunCommand => ({ type: "submit-opinion", on: d(on), opinion: o })
const startNotice = (on: string): TekunCommand => ({ type: "start-notice", on: d(on), issuer: "李村街道办事处", applicant: { name: "王五", community: "虎山社区" } })
const onNotice: TekunCommand[] = [...investigated, opinion("2025-03-24"), startNotice("2025-03-25")]
const submitted: TekunCommand[] = [...onNotice, { type: "submit-to-county", on: d("2025-04-02") }]

describe("第十三条: the township investigates and gives its opinion within 15 working days of acceptance", () => {
  it("accepted Monday 3 March 2025: due Monday 24 March; open on the 24th, overdue by 1 day on the 25th", () => {
    const { state } = run(accepted)
    expect(brief(stage(state, "township-review", "2025-03-23"))).toEqual(["2025-03-24", "open", 0])
    expect(brief(stage(state, "township-review", "2025-03-24"))).toEqual(["2025-03-24", "open", 0])
    expect(brief(stage(state, "township-review", "2025-03-25"))).toEqual(["2025-03-24", "overdue", 1])
    expect(tekunOverdueStages(state, ctx, d("2025-03-25")).map((e) => [e.stage, e.due, e.daysOverdue, e.citation.article])).toEqual([["township-review", "2025-03-24", 1, "第十三条"]])
  })
  it("an opinion on the 21st or the 24th is on time; on the 25th it is 1 day late", () => {
    expect(stage(run([...investigated, opinion("2025-03-21")]).state, "township-review", "2025-05-01").status).toBe("met")
    expect(stage(run([...investigated, opinion("2025-03-24")]).state, "township-review", "2025-05-01").status).toBe("met")
    expect(brief(stage(run([...investigated, opinion("2025-03-25")]).state, "township-review", "2025-05-01"))).toEqual(["2025-03-24", "late", 1])
  })
  it("no opinion without an investigation (第十三条)", () => {
    expect(refusal(run(accepted).state, opinion("2025-03-10")).citations.map((c) => c.article)).toEqual(["第十三条"])
  })
  it("a democratic appraisal may be recorded during the investigation (第十四条)", () => {
    expect(run([...investigated, { type: "record-appraisal", on: d("2025-03-12") }]).state.appraisedOn).toBe("2025-03-12")
  })
})

describe("第十五条: the opinion is on 公示 for 7 days, masked", () => {
  it("a 公示 posted 25 March runs until 1 April: open on 1 April, met on the 2nd", () => {
    const { state } = run(onNotice)
    expect(brief(stage(state, "notice", "2025-04-01"))).toEqual(["2025-04-01", "open", 0])
    expect(brief(stage(state, "notice", "2025-04-02"))).toEqual(["2025-04-01", "met", 0])
    expect(stage(state, "notice", "2025-04-02").citation.article).toBe("第十五条")
  })
  it("a 公示 posted 26 September 2025 ends after the National Day holiday, on 9 October (民法典 第二百零三条)", () => {
    const { state } = run([
      { type: "apply", on: d("2025-09-15"), applicantId: "p1" },
      { type: "accept", on: d("2025-09-15") },
      { type: "record-investigation", on: d("2025-09-16"), method: "information-check" },
      opinion("2025-09-25"),
      startNotice("2025-09-26")
    ])
    expect(state.noticeEnd).toBe("2025-10-09")
  })
  it("the notice shows the masked name, the community and the opinion; the case stores nothing unmasked", () => {
    const { state } = run(onNotice)
    expect(state.notice?.rows).toEqual([["王*", "虎山社区", "同意"]])
    expect(state.notice?.title).toBe("特困人员救助供养初审意见公示")
    expect(JSON.stringify(state)).not.toContain("王五")
    expect(renderNoticeText(state.notice!)).toContain("王*")
  })
  it("an ID number or any other field in the applicant is refused as invalid input", () => {
    expect(Result.isFailure(decodeTekunCommand({ type: "start-notice", on: "2025-03-25", issuer: "街道", applicant: { name: "王五", community: "虎山社区", citizenId: "11010519491231002X" } }))).toBe(true)
  })
  it("submission to the county is refused on the last day of the 公示 and accepted the day after", () => {
    const { state } = run(onNotice)
    const early = refusal(state, { type: "submit-to-county", on: d("2025-04-01") })
    expect(early.citations.map((c) => c.article)).toEqual(["第十五条"])
    expect(early.details?.["noticeEnd"]).toBe("2025-04-01")
    expect(run(submitted).state.stage).toBe("submitted")
  })
})

describe("第十五条第二款: after an objection, a new investigation and opinion within 15 working days, and a new 公示", () => {
  const objected: TekunCommand[] = [...onNotice, { type: "record-objection", on: d("2025-03-27"), note: "邻里反映其子女有赡养能力" }]
  it("objection on 27 March: the new opinion is due 18 April (15 working days, 清明 4–6 April skipped)", () => {
    const { state } = run(objected)
    expect(state.stage).toBe("reinvestigating")
    expect(brief(stage(state, "objection-review", "2025-04-18"))).toEqual(["2025-04-18", "open", 0])
    expect(brief(stage(state, "objection-review", "2025-04-19"))).toEqual(["2025-04-18", "overdue", 1])
  })
  it("the new opinion needs a new investigation; on the 18th it is met, on Monday the 21st 3 days late", () => {
    expect(refusal(run(objected).state, opinion("2025-04-01")).citations.map((c) => c.article)).toEqual(["第十五条第二款"])
    const reinvestigated = [...objected, { type: "record-investigation", on: d("2025-04-01"), method: "letter" }] as TekunCommand[]
    expect(stage(run([...reinvestigated, opinion("2025-04-18")]).state, "objection-review", "2025-05-01").status).toBe("met")
    expect(brief(stage(run([...reinvestigated, opinion("2025-04-21")]).state, "objection-review", "2025-05-01"))).toEqual(["2025-04-18", "late", 3])
  })
  it("no submission and no confirmation until the new 公示 has run", () => {
    const { state } = run(objected)
    expect(Result.isFailure(handle(tekunWorkflow, state, { type: "submit-to-county", on: d("2025-04-10") }, ctx))).toBe(true)
    expect(Result.isFailure(handle(tekunWorkflow, state, { type: "confirm", on: d("2025-04-10") }, ctx))).toBe(true)
  })
  it("the first opinion's deadline stays as it was (met on 24 March)", () => {
    expect(stage(run(objected).state, "township-review", "2025-05-01").status).toBe("met")
  })
})

describe("第十六条: the county confirms within 15 working days, spot-checking at least 30% of cases", () => {
  it("submitted Wednesday 2 April: due Thursday 24 April; open on the 24th, overdue by 1 day on the 25th", () => {
    const { state } = run(submitted)
    expect(brief(stage(state, "county-confirmation", "2025-04-23"))).toEqual(["2025-04-24", "open", 0])
    expect(brief(stage(state, "county-confirmation", "2025-04-24"))).toEqual(["2025-04-24", "open", 0])
    expect(brief(stage(state, "county-confirmation", "2025-04-25"))).toEqual(["2025-04-24", "overdue", 1])
  })
  it("confirmed on the 24th: met, paid from 1 May (第十七条); on the 25th: 1 day late", () => {
    const onTime = run([...submitted, { type: "record-spot-check", on: d("2025-04-10") }, { type: "confirm", on: d("2025-04-24") }]).state
    expect(stage(onTime, "county-confirmation", "2025-06-01").status).toBe("met")
    expect(onTime.paymentStart).toBe("2025-05-01")
    expect(brief(stage(run([...submitted, { type: "confirm", on: d("2025-04-25") }]).state, "county-confirmation", "2025-06-01"))).toEqual(["2025-04-24", "late", 1])
  })
  it("confirmation before the submission is refused citing 第十六条", () => {
    expect(refusal(run(onNotice).state, { type: "confirm", on: d("2025-04-03") }).citations.map((c) => c.article)).toEqual(["第十六条"])
  })
  it("a case is spot-checked once, after submission", () => {
    expect(Result.isFailure(handle(tekunWorkflow, run(onNotice).state, { type: "record-spot-check", on: d("2025-03-26") }, ctx))).toBe(true)
    const checked = run([...submitted, { type: "record-spot-check", on: d("2025-04-10") }]).state
    expect(Result.isFailure(handle(tekunWorkflow, checked, { type: "record-spot-check", on: d("2025-04-11") }, ctx))).toBe(true)
  })
  it("the spot-check share: of 10 submitted cases at least 3 (30%); 3 checked meets it, 2 do not; of 4 cases at least 2 (1.2 rounded up)", () => {
    const sub = run(submitted).state
    const chk = run([...submitted, { type: "record-spot-check", on: d("2025-04-10") }]).state
    const notYet = run(onNotice).state
    const share = (checked: number, total: number) => tekunSpotCheckShareUnsafe([...Array(checked).fill(chk), ...Array(total - checked).fill(sub), notYet], ctx, d("2025-04-30"))
    expect([share(3, 10).required, share(3, 10).met]).toEqual([3, true])
    expect([share(2, 10).required, share(2, 10).met]).toEqual([3, false])
    expect([share(1, 4).submitted, share(1, 4).required, share(1, 4).met]).toEqual([4, 2, false])
    expect(share(2, 10).share?.value).toBe("0.3")
    expect(share(2, 10).citation.article).toBe("第十六条")
  })
  it("a locality may set a shorter county limit and a higher share in its own bundle", () => {
    const local = definePolicyBundleUnsafe({
      id: "tekun-local-test",
      version: "1",
      label: { zh: "测试用地方期限", en: "test local limits" },
      parameters: {
        "tekun.countyConfirmationWorkingDays": { values: { "370213": [{ effectiveFrom: "2025-01-01", value: 10, source: { document: "测试用地方规定" } }] } },
        "tekun.spotCheckMinimumShare": { values: { "370213": [{ effectiveFrom: "2025-01-01", value: "0.5", source: { document: "测试用地方规定" } }] } }
      }
    })
    const localCtx = tekunContext({ bundle: local, region: regionCodeUnsafe("370213") })
    const { state } = run(submitted, localCtx)
    expect(stage(state, "county-confirmation", "2025-04-17", localCtx).due).toBe("2025-04-17")
    expect(tekunSpotCheckShareUnsafe([state, state, state], localCtx, d("2025-04-30")).required).toBe(2)
  })
})

describe("第十八条: a refusal is notified in writing within 3 working days", () => {
  const refused = [...submitted, { type: "refuse", on: d("2025-04-18"), reason: "有法定赡养义务人且具备履行能力" }] as TekunCommand[]
  it("refused Friday 18 April: notice due Wednesday 23 April; overdue on the 24th; met when notified on the 23rd", () => {
    const { state } = run(refused)
    expect(brief(stage(state, "refusal-notice", "2025-04-23"))).toEqual(["2025-04-23", "open", 0])
    expect(brief(stage(state, "refusal-notice", "2025-04-24"))).toEqual(["2025-04-23", "overdue", 1])
    expect(stage(run([...refused, { type: "notify-refusal", on: d("2025-04-23") }]).state, "refusal-notice", "2025-05-30").status).toBe("met")
    expect(brief(stage(run([...refused, { type: "notify-refusal", on: d("2025-04-24") }]).state, "refusal-notice", "2025-05-30"))).toEqual(["2025-04-23", "late", 1])
  })
})

describe("deadlines as core Deadlines, calendar gaps, stored cases", () => {
  it("tekunDeadlines lists each started, unfinished stage for a case store", () => {
    const r = tekunDeadlines("t1", run(onNotice).state, ctx, d("2025-03-26"))
    expect(Result.isSuccess(r) && r.success.map((x) => [x.kind, x.due])).toEqual([["tekun.notice", "2025-04-01"]])
  })
  it("with data only to 2025, a case accepted 15 December 2025 lists its 15-day deadline as cannot be computed; tekunDeadlines returns the typed error", () => {
    const through2025 = WorkCalendar.make({ years: CHINA_CALENDAR_DATA.filter((y) => y.year <= 2025) })
    const short = tekunContext({ calendar: through2025 })
    const { state } = run([{ type: "apply", on: d("2025-12-15"), applicantId: "p1" }, { type: "accept", on: d("2025-12-15") }], short)
    const e = stage(state, "township-review", "2025-12-16", short)
    expect([e.status, e.due, e.problem?._tag]).toEqual(["uncomputable", null, "CalendarYearNotCovered"])
    expect(e.note?.zh.startsWith("无法计算：未载入 2026 年工作日历")).toBe(true)
    expect(tekunOverdueStages(state, short, d("2025-12-16")).map((x) => x.stage)).toEqual(["township-review"])
    const r = tekunDeadlines("t1", state, short, d("2025-12-16"))
    expect(Result.isFailure(r) && [r.failure._tag, r.failure.year]).toEqual(["CalendarYearNotCovered", 2026])
    const projected = tekunContext({ calendar: through2025.withProjection(2026) })
    const p = stage(state, "township-review", "2025-12-16", projected)
    expect([p.status, p.provisional]).toEqual(["open", true])
  })
  it("a 公示 whose end the calendar cannot compute is refused with the fix named, citing 第十五条", () => {
    const through2025 = WorkCalendar.make({ years: CHINA_CALENDAR_DATA.filter((y) => y.year <= 2025) })
    const short = tekunContext({ calendar: through2025 })
    const { state } = run([{ type: "apply", on: d("2025-12-15"), applicantId: "p1" }, { type: "accept", on: d("2025-12-15") }, { type: "record-investigation", on: d("2025-12-16"), method: "home-visit" }, opinion("2025-12-26")], short)
    const r = refusal(state, startNotice("2025-12-29"), short)
    expect([calendarGapOf(r)?.year, r.citations.map((c) => c.article)]).toEqual([2026, ["第十五条"]])
    const ok = run([{ type: "apply", on: d("2025-12-15"), applicantId: "p1" }, { type: "accept", on: d("2025-12-15") }, { type: "record-investigation", on: d("2025-12-16"), method: "home-visit" }, opinion("2025-12-26"), startNotice("2025-12-29")], tekunContext({ calendar: through2025.withProjection(2026) }))
    expect([ok.state.noticeEnd, ok.state.provisional, ok.events.at(-1)]).toEqual(["2026-01-05", true, expect.objectContaining({ provisional: true })])
  })
  it("every event round-trips through JSON and replays to the same state", () => {
    const { state, events } = run([
      ...onNotice,
      { type: "record-objection", on: d("2025-03-27"), note: "异议" },
      { type: "record-investigation", on: d("2025-03-28"), method: "information-check" },
      { type: "record-appraisal", on: d("2025-03-31") },
      opinion("2025-04-01", "refuse"),
      startNotice("2025-04-02"),
      { type: "submit-to-county", on: d("2025-04-10") },
      { type: "record-spot-check", on: d("2025-04-11") },
      { type: "refuse", on: d("2025-04-14"), reason: "不符合条件" },
      { type: "notify-refusal", on: d("2025-04-15") }
    ])
    const stored = JSON.parse(JSON.stringify(events)) as unknown[]
    expect(stored.every((e) => Result.isSuccess(decodeTekunEvent(e)))).toBe(true)
    expect(replay(tekunWorkflow, stored as TekunEvent[])).toEqual(state)
    expect(state.notice?.rows).toEqual([["王*", "虎山社区", "不同意"]])
  })
  it("a step dated before the previous one, or any step on a closed case, is refused", () => {
    expect(Result.isFailure(handle(tekunWorkflow, run(accepted).state, { type: "record-investigation", on: d("2025-03-01"), method: "home-visit" }, ctx))).toBe(true)
    const closed = run([...submitted, { type: "confirm", on: d("2025-04-10") }]).state
    expect(refusal(closed, { type: "refuse", on: d("2025-04-11"), reason: "x" }).reason.zh).toBe("案件已办结")
  })
  it("bad options, state or date are one InvalidInput", () => {
    expect(() => tekunContext({ calendar: "x" as never, region: "999999" as never })).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
    expect(() => tekunStageDeadlines({ stage: "x" } as never, ctx, "no" as never)).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
    expect(() => tekunSpotCheckShareUnsafe("x" as never, ctx, d("2025-01-01"))).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
  })
})
