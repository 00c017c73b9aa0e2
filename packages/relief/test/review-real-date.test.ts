/**
 * "Today is a test date": a 低保 review and a 特困 case opened on the machine's real date and 400
 * days later. With the shipped calendar every call either succeeds or fails with the documented
 * typed refusal naming the fix (a year to load, or the projection to opt in to); with the
 * projection opted in, it succeeds and the dates beyond the published data are marked provisional.
 * No date here is pinned: these tests must pass on any day they run.
 */
import { type IsoDate, type TransitionRefused, type Workflow, addDays, chinaCalendar, chinaDateOf, yearOf } from "@minzheng/core"
import {
  type ReviewCommand,
  type ReviewContext,
  type ReviewState,
  type StageDeadline,
  type TekunCommand,
  type TekunContext,
  type TekunState,
  calendarGapOf,
  reviewContextAt,
  reviewStageDeadlines,
  reviewWorkflow,
  tekunContext,
  tekunDeadlines,
  tekunStageDeadlines,
  tekunWorkflow
} from "@minzheng/relief"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const today = chinaDateOf(new Date())
const DATES: ReadonlyArray<[string, IsoDate]> = [
  ["today", today],
  ["400 days ahead", addDays(today, 400)]
]

/** Runs commands until one is refused; the refusal must be the documented calendar refusal. */
const runUntil = <S, C, E, X>(workflow: Workflow<S, C, E, X>, commands: ReadonlyArray<C>, context: X): { state: S; refusal: TransitionRefused | null } => {
  let state = workflow.initial
  for (const c of commands) {
    const r = workflow.decide(state, c, context)
    if (Result.isFailure(r)) return { state, refusal: r.failure }
    for (const e of r.success) state = workflow.evolve(state, e)
  }
  return { state, refusal: null }
}

const expectDocumentedCalendarRefusal = (refusal: TransitionRefused) => {
  const gap = calendarGapOf(refusal)
  expect(gap?._tag, refusal.message).toBe("CalendarYearNotCovered")
  expect(chinaCalendar.covers(`${gap!.year}-06-30`)).toBe(false)
  expect(refusal.details?.["code"]).toBe("calendar-year-not-covered")
  expect(refusal.reason.zh).toContain(`无法计算：未载入 ${gap!.year} 年工作日历`)
  expect(refusal.reason.zh).toContain(`国务院办公厅关于${gap!.year}年部分节假日安排的通知`)
  expect(refusal.reason.en).toContain(`cannot be computed: calendar for ${gap!.year} not loaded`)
  expect(refusal.reason.en).toContain(`withProjection(${gap!.year})`)
}

/** Every stage is listed; each has a due date or says why not — never silently missing. */
const expectNothingDropped = (entries: ReadonlyArray<StageDeadline>, calendarCoversAll: boolean) => {
  for (const e of entries) {
    if (e.status === "not-started") continue
    if (e.status === "no-limit") {
      expect(e.note?.zh.length).toBeGreaterThan(0)
      continue
    }
    if (e.due === null) {
      expect(e.status).toBe("uncomputable")
      expect(e.note?.zh).toMatch(/^无法计算：未载入 \d{4} 年工作日历/)
      expect(e.note?.en).toMatch(/^cannot be computed: calendar for \d{4} not loaded/)
      expect(e.problem?._tag).toBe("CalendarYearNotCovered")
      expect(calendarCoversAll).toBe(false)
    } else if (!e.provisional) {
      expect(chinaCalendar.covers(e.due)).toBe(true)
    }
  }
}

const reviewCommands = (on: IsoDate): ReviewCommand[] => {
  const next = (n: number) => addDays(on, n)
  return [
    { type: "apply", on, householdId: "h1" },
    { type: "accept", on },
    { type: "request-check", on: next(1) },
    { type: "start-check", on: next(2) },
    { type: "record-check", on: next(3) },
    { type: "record-home-visit", on: next(3) },
    { type: "submit-opinion", on: next(5), opinion: "approve" },
    { type: "start-notice", on: next(6), issuer: "李村街道办事处", rows: [{ headOfHousehold: "张三丰", membersCovered: 1, monthlyAmount: "1050.00", community: "虎山社区", programme: "urban" }] },
    { type: "submit-to-county", on: next(25) },
    { type: "confirm", on: next(27) }
  ]
}
const tekunCommands = (on: IsoDate): TekunCommand[] => {
  const next = (n: number) => addDays(on, n)
  return [
    { type: "apply", on, applicantId: "p1" },
    { type: "accept", on },
    { type: "record-investigation", on: next(1), method: "home-visit" },
    { type: "submit-opinion", on: next(5), opinion: "approve" },
    { type: "start-notice", on: next(6), issuer: "李村街道办事处", applicant: { name: "王五", community: "虎山社区" } },
    { type: "submit-to-county", on: next(25) },
    { type: "record-spot-check", on: next(26) },
    { type: "confirm", on: next(27) }
  ]
}

describe.each(DATES)("a 低保 review opened %s", (_, on) => {
  const shipped = reviewContextAt(on)
  it("the procedure's limits resolve on that date (they need no eligibility parameter)", () => {
    expect(Result.isSuccess(shipped)).toBe(true)
  })
  it("with the shipped calendar each step succeeds or is refused with the typed calendar refusal naming the fix", () => {
    const ctx = Result.getOrThrow(shipped)
    const { state, refusal } = runUntil(reviewWorkflow, reviewCommands(on), ctx)
    if (refusal !== null) expectDocumentedCalendarRefusal(refusal)
    else expect(state.stage).toBe("confirmed")
    expectNothingDropped(reviewStageDeadlines(state, ctx, on), false)
  })
  it("with the projection opted in the whole case runs; dates beyond the published calendar are provisional", () => {
    const projected = Result.getOrThrow(reviewContextAt(on, { calendar: chinaCalendar.withProjection(yearOf(on) + 2) }))
    const { state, refusal } = runUntil(reviewWorkflow, reviewCommands(on), projected)
    expect(refusal?.message ?? null).toBeNull()
    expect(state.stage).toBe("confirmed")
    const stages = reviewStageDeadlines(state, projected, on)
    expectNothingDropped(stages, true)
    expect(stages.filter((e) => e.status === "uncomputable")).toEqual([])
    const limit = stages.find((e) => e.stage === "time-limit")!
    expect(limit.provisional).toBe(!chinaCalendar.covers(limit.due!))
    if (!chinaCalendar.covers(on)) expect(state.provisional).toBe(true)
  })
})

describe.each(DATES)("a 特困 case opened %s", (_, on) => {
  it("with the shipped calendar each step succeeds or is refused with the typed calendar refusal; deadlines are listed or marked uncomputable", () => {
    const ctx = tekunContext()
    const { state, refusal } = runUntil(tekunWorkflow, tekunCommands(on), ctx)
    if (refusal !== null) expectDocumentedCalendarRefusal(refusal)
    else expect(state.stage).toBe("confirmed")
    const stages = tekunStageDeadlines(state, ctx, on)
    expectNothingDropped(stages, false)
    const r = tekunDeadlines("t1", state, ctx, on)
    if (Result.isFailure(r)) expect(r.failure._tag).toBe("CalendarYearNotCovered")
  })
  it("the township's 15-day deadline right after acceptance: a date, or the visible uncomputable entry", () => {
    const ctx = tekunContext()
    const { state } = runUntil(tekunWorkflow, tekunCommands(on).slice(0, 2), ctx)
    const e = tekunStageDeadlines(state, ctx, on).find((x) => x.stage === "township-review")!
    expect(e.startedOn).toBe(on)
    if (e.due === null) expect(e.status).toBe("uncomputable")
    else expect(e.status).toBe("open")
  })
  it("with the projection opted in the whole case runs and its dates are marked provisional where projected", () => {
    const ctx = tekunContext({ calendar: chinaCalendar.withProjection(yearOf(on) + 2) })
    const { state, refusal } = runUntil(tekunWorkflow, tekunCommands(on), ctx)
    expect(refusal?.message ?? null).toBeNull()
    expect(state.stage).toBe("confirmed")
    const stages = tekunStageDeadlines(state, ctx, on)
    expect(stages.filter((e) => e.status === "uncomputable")).toEqual([])
    for (const e of stages) if (e.due !== null) expect(e.provisional).toBe(!chinaCalendar.covers(e.due) || !chinaCalendar.covers(e.startedOn!))
  })
})
