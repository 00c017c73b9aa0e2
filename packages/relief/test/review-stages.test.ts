/**
 * 审核确认 stage limits: each stage's limit as the texts give it, with its due date, status and
 * overdue days — one group per article, each walked at the day before / on / after its due date.
 * Expected dates are counted by hand on the 2025 State Council calendar (清明 4–6 April 2025 rest).
 */
import fc from "fast-check"
import { CHINA_CALENDAR_DATA, type IsoDate, WorkCalendar, addDays, chinaCalendar, daysBetween, definePolicyBundleUnsafe, handle, isoDateUnsafe, regionCodeUnsafe, replay } from "@minzheng/core"
import {
  NATIONAL_PROCEDURE_SERIES,
  PROCEDURE_PARAMETERS,
  type ReviewCommand,
  type ReviewContext,
  type ReviewEvent,
  type ReviewState,
  calendarGapOf,
  decodeReviewEvent,
  procedureParameterAt,
  reviewContext,
  reviewContextAt,
  reviewContextUnsafe,
  determineUnsafe,
  resolveReliefPolicyUnsafe,
  LICANG_BUNDLE,
  reviewDeadlines,
  reviewOverdueStages,
  reviewStageDeadlines,
  reviewWorkflow
} from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { household, licang } from "./fixtures.js"

const d = (s: string) => isoDateUnsafe(s)
const ctx: ReviewContext = Result.getOrThrow(reviewContextAt(d("2025-03-03")))

const run = (commands: ReadonlyArray<ReviewCommand>, context: ReviewContext = ctx): { state: ReviewState; events: ReviewEvent[] } => {
  let state = reviewWorkflow.initial
  const events: ReviewEvent[] = []
  for (const c of commands) {
    const r = handle(reviewWorkflow, state, c, context)
    if (Result.isFailure(r)) throw r.failure
    events.push(...r.success.events)
    state = r.success.state
  }
  return { state, events }
}
const stage = (state: ReviewState, name: string, asOf: string, context: ReviewContext = ctx) => {
  const e = reviewStageDeadlines(state, context, d(asOf)).find((x) => x.stage === name)
  if (e === undefined) throw new Error(`no stage ${name}`)
  return e
}
const brief = (e: { due: string | null; status: string; daysOverdue: number }) => [e.due, e.status, e.daysOverdue]

const applyAccept = (on = "2025-03-03", delegated = false): ReviewCommand[] => [
  { type: "apply", on: d(on), householdId: "h1" },
  { type: "accept", on: d(on), delegated }
]
const notice: ReviewCommand = {
  type: "start-notice",
  on: d("2025-03-11"),
  issuer: "李村街道办事处",
  rows: [{ headOfHousehold: "张三丰", membersCovered: 2, monthlyAmount: "2100.00", community: "虎山社区", programme: "urban" }]
}
const throughNotice = (delegated = false): ReviewCommand[] => [
  ...applyAccept("2025-03-03", delegated),
  { type: "record-check", on: d("2025-03-05") },
  { type: "record-home-visit", on: d("2025-03-06") },
  { type: "submit-opinion", on: d("2025-03-10"), opinion: "approve" },
  notice
]

describe("第十五条: the investigation starts within 3 working days of acceptance", () => {
  it("accepted Monday 3 March 2025: due Thursday 6 March; open the day before and on it, overdue by 1 day after", () => {
    const { state } = run(applyAccept())
    expect(brief(stage(state, "investigation-start", "2025-03-05"))).toEqual(["2025-03-06", "open", 0])
    expect(brief(stage(state, "investigation-start", "2025-03-06"))).toEqual(["2025-03-06", "open", 0])
    expect(brief(stage(state, "investigation-start", "2025-03-07"))).toEqual(["2025-03-06", "overdue", 1])
    expect(stage(state, "investigation-start", "2025-03-07").citation.article).toBe("第十五条")
  })
  it("started the day before, on, or after the due date: met, met, late by 1 day", () => {
    for (const [on, status, late] of [["2025-03-05", "met", 0], ["2025-03-06", "met", 0], ["2025-03-07", "late", 1]] as const) {
      const { state } = run([...applyAccept(), { type: "start-investigation", on: d(on) }])
      expect(brief(stage(state, "investigation-start", "2025-03-20"))).toEqual(["2025-03-06", status, late])
    }
  })
  it("any investigation step starts it: a home visit on day 2 meets the limit", () => {
    const { state } = run([...applyAccept(), { type: "record-home-visit", on: d("2025-03-05") }])
    expect(stage(state, "investigation-start", "2025-03-20").status).toBe("met")
  })
  it("accepted on a Thursday, the count skips the weekend: due Tuesday 11 March", () => {
    const { state } = run(applyAccept("2025-03-06"))
    expect(brief(stage(state, "investigation-start", "2025-03-10"))).toEqual(["2025-03-11", "open", 0])
    expect(brief(stage(state, "investigation-start", "2025-03-12"))).toEqual(["2025-03-11", "overdue", 1])
  })
})

describe("第十七条: the county starts the information check within 3 working days of the request", () => {
  const requested = [...applyAccept(), { type: "request-check", on: d("2025-03-04") }] as ReviewCommand[]
  it("requested Tuesday 4 March: due Friday 7 March; overdue from Saturday", () => {
    const { state } = run(requested)
    expect(brief(stage(state, "check-start", "2025-03-06"))).toEqual(["2025-03-07", "open", 0])
    expect(brief(stage(state, "check-start", "2025-03-07"))).toEqual(["2025-03-07", "open", 0])
    expect(brief(stage(state, "check-start", "2025-03-08"))).toEqual(["2025-03-07", "overdue", 1])
  })
  it("started on the due date is met; the Monday after is 3 days late", () => {
    expect(stage(run([...requested, { type: "start-check", on: d("2025-03-07") }]).state, "check-start", "2025-03-20").status).toBe("met")
    expect(brief(stage(run([...requested, { type: "start-check", on: d("2025-03-10") }]).state, "check-start", "2025-03-20"))).toEqual(["2025-03-07", "late", 3])
  })
  it("a check cannot be started that was never requested", () => {
    const r = handle(reviewWorkflow, run(applyAccept()).state, { type: "start-check", on: d("2025-03-04") }, ctx)
    expect(Result.isFailure(r) && r.failure.citations.map((c) => c.article)).toEqual(["第十七条"])
  })
  it("before any request the stage is listed as not started", () => {
    expect(stage(run(applyAccept()).state, "check-start", "2025-03-20").status).toBe("not-started")
  })
})

describe("the township's preliminary opinion: no national number (2022 通知 四(一) leaves it to localities)", () => {
  it("with the national parameters the stage is listed with no limit, saying why, in Chinese without English words", () => {
    const e = stage(run(applyAccept()).state, "township-opinion", "2025-04-30")
    expect(e.status).toBe("no-limit")
    expect(e.due).toBeNull()
    expect(e.note?.zh).toContain("四(一)")
    expect(e.note?.zh).not.toMatch(/[A-Za-z]/)
    expect(e.citation.article).toBe("四(一)")
    expect("review.townshipOpinionWorkingDays" in NATIONAL_PROCEDURE_SERIES).toBe(false)
  })
  it("a locality that sets 10 working days gets a due date 10 working days after acceptance, from the date its entry takes effect", () => {
    const local = definePolicyBundleUnsafe({
      id: "qingdao-procedure-test",
      version: "1",
      label: { zh: "测试用地方期限", en: "test local limits" },
      parameters: {
        "review.townshipOpinionWorkingDays": { values: { "370200": [{ effectiveFrom: "2025-03-01", value: 10, source: { document: "测试用地方规定" } }] } }
      }
    })
    const localCtx = Result.getOrThrow(reviewContextAt(d("2025-03-03"), { bundle: local, region: regionCodeUnsafe("370213") }))
    const { state } = run(applyAccept(), localCtx)
    expect(brief(stage(state, "township-opinion", "2025-03-17", localCtx))).toEqual(["2025-03-17", "open", 0])
    expect(brief(stage(state, "township-opinion", "2025-03-18", localCtx))).toEqual(["2025-03-17", "overdue", 1])
    expect(stage(state, "township-opinion", "2025-03-18", localCtx).limit?.source.document).toBe("测试用地方规定")
    // accepted before the local entry took effect: no limit was in force that day
    const early = run(applyAccept("2025-02-27"), localCtx).state
    expect(stage(early, "township-opinion", "2025-03-18", localCtx).status).toBe("no-limit")
  })
})

describe("第十九条 and 第二十条: the 7-day 公示, then 10 working days for the county", () => {
  it("the 公示 from 11 March runs until 18 March: open on the 18th, met on the 19th", () => {
    const { state } = run(throughNotice())
    expect(brief(stage(state, "notice", "2025-03-18"))).toEqual(["2025-03-18", "open", 0])
    expect(brief(stage(state, "notice", "2025-03-19"))).toEqual(["2025-03-18", "met", 0])
  })
  it("submission to the county is refused on the last day of the 公示 and accepted the day after", () => {
    const { state } = run(throughNotice())
    const early = handle(reviewWorkflow, state, { type: "submit-to-county", on: d("2025-03-18") }, ctx)
    expect(Result.isFailure(early) && early.failure.citations.map((c) => c.article)).toEqual(["第十九条"])
    expect(run([...throughNotice(), { type: "submit-to-county", on: d("2025-03-19") }]).state.stage).toBe("submitted")
  })
  it("submitted Wednesday 19 March: the county's opinion is due Wednesday 2 April (第二十条)", () => {
    const submitted = [...throughNotice(), { type: "submit-to-county", on: d("2025-03-19") }] as ReviewCommand[]
    const { state } = run(submitted)
    expect(brief(stage(state, "county-review", "2025-04-01"))).toEqual(["2025-04-02", "open", 0])
    expect(brief(stage(state, "county-review", "2025-04-02"))).toEqual(["2025-04-02", "open", 0])
    expect(brief(stage(state, "county-review", "2025-04-03"))).toEqual(["2025-04-02", "overdue", 1])
    expect(stage(run([...submitted, { type: "confirm", on: d("2025-04-02") }]).state, "county-review", "2025-05-01").status).toBe("met")
    expect(brief(stage(run([...submitted, { type: "confirm", on: d("2025-04-03") }]).state, "county-review", "2025-05-01"))).toEqual(["2025-04-02", "late", 1])
  })
  it("submitted Friday 28 March, the count skips 清明 (4–6 April): due Monday 14 April", () => {
    const { state } = run([...throughNotice(), { type: "submit-to-county", on: d("2025-03-28") }])
    expect(stage(state, "county-review", "2025-04-14").due).toBe("2025-04-14")
  })
  it("with approval delegated to the township there is no county stage and nothing is submitted (2022 通知 四(一))", () => {
    const { state } = run(throughNotice(true))
    expect(reviewStageDeadlines(state, ctx, d("2025-03-20")).map((e) => e.stage)).not.toContain("county-review")
    const r = handle(reviewWorkflow, state, { type: "submit-to-county", on: d("2025-03-19") }, ctx)
    expect(Result.isFailure(r) && r.failure.citations.map((c) => c.article)).toEqual(["四(一)"])
    expect(brief(stage(state, "time-limit", "2025-03-31"))).toEqual(["2025-03-31", "open", 0])
  })
})

describe("第二十一条: a refusal is notified in writing within 3 working days", () => {
  const refused = [...throughNotice(), { type: "refuse", on: d("2025-03-21"), reason: "家庭财产超过规定" }] as ReviewCommand[]
  it("refused Friday 21 March: notice due Wednesday 26 March; overdue on the 27th", () => {
    const { state } = run(refused)
    expect(brief(stage(state, "refusal-notice", "2025-03-25"))).toEqual(["2025-03-26", "open", 0])
    expect(brief(stage(state, "refusal-notice", "2025-03-26"))).toEqual(["2025-03-26", "open", 0])
    expect(brief(stage(state, "refusal-notice", "2025-03-27"))).toEqual(["2025-03-26", "overdue", 1])
    expect(reviewOverdueStages(state, ctx, d("2025-03-27")).map((e) => [e.stage, e.due, e.daysOverdue])).toEqual([["refusal-notice", "2025-03-26", 1]])
  })
  it("the closed case still takes the written notice, once: on time it is met, a day late it is late", () => {
    expect(stage(run([...refused, { type: "notify-refusal", on: d("2025-03-26") }]).state, "refusal-notice", "2025-04-30").status).toBe("met")
    const late = run([...refused, { type: "notify-refusal", on: d("2025-03-27") }]).state
    expect(brief(stage(late, "refusal-notice", "2025-04-30"))).toEqual(["2025-03-26", "late", 1])
    expect(Result.isFailure(handle(reviewWorkflow, late, { type: "notify-refusal", on: d("2025-03-28") }, ctx))).toBe(true)
    expect(Result.isFailure(handle(reviewWorkflow, late, { type: "confirm", on: d("2025-03-28") }, ctx))).toBe(true)
  })
  it("a confirmed case has nothing to notify", () => {
    const { state } = run([...throughNotice(), { type: "confirm", on: d("2025-03-19") }])
    expect(Result.isFailure(handle(reviewWorkflow, state, { type: "notify-refusal", on: d("2025-03-20") }, ctx))).toBe(true)
    expect(stage(state, "refusal-notice", "2025-04-30").status).toBe("not-started")
  })
})

describe("第二十二条: the whole review within 30 working days (45 extended)", () => {
  it("accepted 3 March: due 15 April; open on the 15th, overdue by 1 day on the 16th, listed with the overdue stages", () => {
    const { state } = run(applyAccept())
    expect(brief(stage(state, "time-limit", "2025-04-14"))).toEqual(["2025-04-15", "open", 0])
    expect(brief(stage(state, "time-limit", "2025-04-15"))).toEqual(["2025-04-15", "open", 0])
    expect(brief(stage(state, "time-limit", "2025-04-16"))).toEqual(["2025-04-15", "overdue", 1])
    expect(reviewOverdueStages(state, ctx, d("2025-04-16")).map((e) => e.stage)).toEqual(["investigation-start", "time-limit"])
  })
  it("extended: 45 working days, due 8 May", () => {
    const { state } = run([...applyAccept(), { type: "extend", on: d("2025-03-20"), reason: "人户分离" }])
    expect(stage(state, "time-limit", "2025-05-08").due).toBe("2025-05-08")
  })
  it("a whole case on time: every stage met, none overdue", () => {
    const { state } = run([
      ...applyAccept(),
      { type: "request-check", on: d("2025-03-04") },
      { type: "start-check", on: d("2025-03-05") },
      { type: "record-check", on: d("2025-03-06") },
      { type: "record-home-visit", on: d("2025-03-06") },
      { type: "submit-opinion", on: d("2025-03-10"), opinion: "approve" },
      notice,
      { type: "submit-to-county", on: d("2025-03-19") },
      { type: "confirm", on: d("2025-03-25") }
    ])
    const all = reviewStageDeadlines(state, ctx, d("2025-06-30"))
    expect(all.map((e) => [e.stage, e.status])).toEqual([
      ["investigation-start", "met"],
      ["check-start", "met"],
      ["township-opinion", "no-limit"],
      ["notice", "met"],
      ["county-review", "met"],
      ["refusal-notice", "not-started"],
      ["time-limit", "met"]
    ])
    expect(reviewOverdueStages(state, ctx, d("2025-06-30"))).toEqual([])
    expect(state.paymentStart).toBe("2025-04-01")
  })
  it("the context from a relief policy gives the same stages (limits from the policy, region from the policy)", () => {
    const fromPolicy = reviewContextUnsafe(licang)
    const { state } = run(applyAccept(), fromPolicy)
    expect(reviewStageDeadlines(state, fromPolicy, d("2025-03-07")).map(brief)).toEqual(reviewStageDeadlines(state, ctx, d("2025-03-07")).map(brief))
  })
})

describe("a year the calendar does not cover: a typed refusal or a visible entry, never a throw", () => {
  const through2025 = WorkCalendar.make({ years: CHINA_CALENDAR_DATA.filter((y) => y.year <= 2025) })
  const short = { ...ctx, calendar: through2025 }
  it("accepting on 1 December 2025 with data only to 2025 is refused, naming the year and both fixes; nothing is recorded", () => {
    const applied = run([{ type: "apply", on: d("2025-12-01"), householdId: "h1" }], short).state
    const r = handle(reviewWorkflow, applied, { type: "accept", on: d("2025-12-01") }, short)
    expect(Result.isFailure(r)).toBe(true)
    const refusal = (r as Result.Failure<unknown, import("@minzheng/core").TransitionRefused>).failure
    expect(calendarGapOf(refusal)?._tag).toBe("CalendarYearNotCovered")
    expect(calendarGapOf(refusal)?.year).toBe(2026)
    expect(refusal.details?.["code"]).toBe("calendar-year-not-covered")
    expect(refusal.reason.zh).toContain("无法计算：未载入 2026 年工作日历")
    expect(refusal.reason.zh).toContain("国务院办公厅关于2026年部分节假日安排的通知")
    expect(refusal.reason.en).toContain("cannot be computed: calendar for 2026 not loaded")
    expect(refusal.reason.en).toContain("withProjection(2026)")
    expect(refusal.citations.map((c) => c.article)).toEqual(["第二十二条"])
  })
  it("with the projection opted in the case is accepted and its dates are marked provisional", () => {
    const projected = { ...ctx, calendar: through2025.withProjection(2026) }
    const { state, events } = run(applyAccept("2025-12-01"), projected)
    expect(events[1]).toMatchObject({ type: "accepted", provisional: true })
    expect(state.provisional).toBe(true)
    expect(reviewDeadlines("c1", state)[0]?.label.zh).toBe("审核确认办理时限（临时推算）")
    const limit = stage(state, "time-limit", "2025-12-02", projected)
    expect(limit.provisional).toBe(true)
    expect(limit.due?.startsWith("2026-01")).toBe(true)
    expect(stage(state, "investigation-start", "2025-12-02", projected).provisional).toBe(false)
  })
  it("read back with the calendar that lacks 2026, the time limit is listed as cannot be computed, with its cause", () => {
    const projected = { ...ctx, calendar: through2025.withProjection(2026) }
    const { state } = run(applyAccept("2025-12-01"), projected)
    const e = stage(state, "time-limit", "2025-12-02", short)
    expect([e.status, e.due]).toEqual(["uncomputable", null])
    expect(e.note?.zh.startsWith("无法计算：未载入 2026 年工作日历")).toBe(true)
    expect(e.note?.en.startsWith("cannot be computed: calendar for 2026 not loaded")).toBe(true)
    expect(e.problem?._tag).toBe("CalendarYearNotCovered")
    expect(reviewOverdueStages(state, short, d("2025-12-02")).map((x) => x.stage)).toEqual(["time-limit"])
  })
  it("a 公示 whose end falls in an uncovered year is refused the same way", () => {
    const projected = { ...ctx, calendar: through2025.withProjection(2026) }
    const { state } = run(
      [
        ...applyAccept("2025-12-01"),
        { type: "record-check", on: d("2025-12-02") },
        { type: "record-home-visit", on: d("2025-12-02") },
        { type: "submit-opinion", on: d("2025-12-26"), opinion: "approve" }
      ],
      projected
    )
    const r = handle(reviewWorkflow, state, { ...notice, on: d("2025-12-29") }, short)
    expect(Result.isFailure(r) && calendarGapOf(r.failure)?.year).toBe(2026)
    expect(Result.isFailure(r) && r.failure.citations.map((c) => c.article)).toEqual(["第十九条"])
  })
})

describe("stored cases and bad input", () => {
  it("every new event round-trips through JSON and replays to the same state", () => {
    const { state, events } = run([
      ...applyAccept(),
      { type: "start-investigation", on: d("2025-03-04") },
      { type: "request-check", on: d("2025-03-04") },
      { type: "start-check", on: d("2025-03-05") },
      { type: "record-check", on: d("2025-03-06") },
      { type: "record-home-visit", on: d("2025-03-06") },
      { type: "submit-opinion", on: d("2025-03-10"), opinion: "refuse" },
      notice,
      { type: "submit-to-county", on: d("2025-03-19") },
      { type: "refuse", on: d("2025-03-21"), reason: "家庭财产超过规定" },
      { type: "notify-refusal", on: d("2025-03-24") }
    ])
    const stored = JSON.parse(JSON.stringify(events)) as unknown[]
    expect(stored.every((e) => Result.isSuccess(decodeReviewEvent(e)))).toBe(true)
    expect(replay(reviewWorkflow, stored as ReviewEvent[])).toEqual(state)
  })
  it("a state stored before the stage fields existed is read as 'not recorded'", () => {
    const { state } = run(applyAccept())
    const old = { ...state } as Record<string, unknown>
    for (const k of ["investigationStartedOn", "checkRequestedOn", "checkStartedOn", "opinionOn", "submittedOn", "refusalNotifiedOn", "provisional"]) delete old[k]
    expect(stage(old as unknown as ReviewState, "investigation-start", "2025-03-07").status).toBe("overdue")
  })
  it("a bad state, context or date is one InvalidInput listing each problem", () => {
    try {
      reviewStageDeadlines({ stage: "nope" } as never, { calendar: "x" } as never, "2025-13-01" as never)
      expect.unreachable()
    } catch (e) {
      expect((e as { _tag: string })._tag).toBe("InvalidInput")
      expect((e as { issues: Array<{ path: unknown[] }> }).issues.map((i) => i.path.join("."))).toEqual(
        expect.arrayContaining(["state.stage", "context.calendar", "context.limits.standard", "asOf"])
      )
    }
  })
  it("procedure parameters resolve from 2021-07-01, and not before", () => {
    expect(Result.isSuccess(procedureParameterAt(PROCEDURE_PARAMETERS.investigationStart, {}, d("2021-07-01")))).toBe(true)
    const before = procedureParameterAt(PROCEDURE_PARAMETERS.investigationStart, {}, d("2021-06-30"))
    expect(Result.isFailure(before) && before.failure._tag).toBe("ParameterMissing")
    expect(Result.isFailure(reviewContextAt(d("2021-06-30")))).toBe(true)
  })
})

describe("laws of a stage deadline (property, fixed seed)", () => {
  const covered = fc.integer({ min: 0, max: daysBetween(d("2021-07-01"), d("2026-10-31")) }).map((n) => addDays(d("2021-07-01"), n))
  it("the due date is exactly the limit in working days after the start; met iff done by it; days overdue count from it", () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 0, max: 40 }), (accepted: IsoDate, after) => {
        const { state } = run(applyAccept(accepted))
        const done = addDays(accepted, after)
        const e = stage(run([...applyAccept(accepted), { type: "start-investigation", on: done }]).state, "investigation-start", "2026-12-31")
        const open = stage(state, "investigation-start", done)
        expect(chinaCalendar.workingDaysBetweenUnsafe(accepted, e.due!)).toBe(3)
        expect(chinaCalendar.isWorkingDayUnsafe(e.due!)).toBe(true)
        expect(e.status).toBe(done <= e.due! ? "met" : "late")
        expect(e.daysOverdue).toBe(Math.max(0, daysBetween(e.due!, done)))
        expect(open.status).toBe(done > open.due! ? "overdue" : "open")
        expect(open.daysOverdue).toBe(e.daysOverdue)
      }),
      { seed: 20261204, numRuns: 150 }
    )
  })
})

describe("the review context of a policy whose time limit has ended (第二十二条, issue 13)", () => {
  // The 30 working days of 《最低生活保障审核确认办法》第二十二条 ended for the region on 2026-01-01 with no successor.
  const bundle = definePolicyBundleUnsafe({
    ...LICANG_BUNDLE,
    parameters: {
      ...LICANG_BUNDLE.parameters,
      "review.timeLimitWorkingDays": {
        values: {
          "000000": [
            { effectiveFrom: "2021-07-01", value: 30, source: { document: "最低生活保障审核确认办法", article: "第二十二条" } },
            { effectiveFrom: "2026-01-01", value: null, source: { document: "最低生活保障审核确认办法", article: "第二十二条" } }
          ]
        }
      }
    }
  })
  const policy = resolveReliefPolicyUnsafe(bundle, regionCodeUnsafe("370213"), d("2026-03-15"))
  it("is the typed PolicyBundleIncomplete naming exactly that limit — never a placeholder of 1 day", () => {
    const r = reviewContext(policy)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) throw new Error("expected a failure")
    const failure = r.failure
    expect(failure._tag).toBe("PolicyBundleIncomplete")
    if (failure._tag !== "PolicyBundleIncomplete") return
    expect(failure.problems.map((p) => [p._tag, p._tag === "ParameterMissing" ? p.name : null])).toEqual([["ParameterMissing", "review.timeLimitWorkingDays"]])
    expect(failure).toEqual(policy.unavailable("review", "rural"))
    expect(() => reviewContextUnsafe(policy)).toThrow(/review.timeLimitWorkingDays/)
  })
  it("leaves the eligibility determination alone: 低保 is still decided", () => {
    expect(determineUnsafe(household({}), policy).determinations[0]!.status).toBe("determined")
  })
  it("the same policy before the end gives the cited 30 days", () => {
    const before = resolveReliefPolicyUnsafe(bundle, regionCodeUnsafe("370213"), d("2025-12-31"))
    expect(Result.getOrThrow(reviewContext(before)).limits.standard).toBe(30)
  })
})
