/**
 * "Today is a test date": an agreement made on the machine's real date, and one 400 days ahead,
 * with the shipped calendar and with the provisional projection opted in. Nothing here is pinned:
 * the built-in calendar may or may not cover the year a period ends in, and each call must either
 * give its date or say, in a typed way, which year is missing and how to add it — never throw an
 * untyped error, never drop a deadline.
 */
import { addDays, CalendarYearNotCovered, CaseStore, calendarLayer, chinaCalendar, chinaDateOf, type IsoDate, type WorkCalendar } from "@minzheng/core"
import {
  confirmationWindow,
  handleMediationCommand,
  listMediationDeadlines,
  type MediationDeadline,
  mediationDeadlines,
  mediationFlags,
  mediationTimeLimit,
  type MediationState,
  runMediationCommand
} from "@minzheng/mediation"
import { Effect, Layer, Result } from "effect"
import { describe, expect, it } from "vitest"
import { run, startCommand, toAgreement } from "./fixtures.js"

const today = chinaDateOf(new Date())
const dates: ReadonlyArray<readonly [string, IsoDate]> = [
  ["today", today],
  ["400 days ahead", addDays(today, 400)]
]
const yearOf = (d: IsoDate): number => Number(d.slice(0, 4))

/** A two-party contract case whose written agreement takes effect on `on`. */
const agreedOn = (on: IsoDate): MediationState => run(toAgreement(on, on, addDays(on, 60))).state
/** A case accepted on `on`, in mediation. */
const mediatingFrom = (on: IsoDate): MediationState => run([startCommand(on), { type: "accept", date: on }]).state

const expectUncoveredNamingTheFix = (e: unknown, needed: number) => {
  expect(e).toBeInstanceOf(CalendarYearNotCovered)
  const error = e as CalendarYearNotCovered
  expect(error.year).toBeGreaterThanOrEqual(chinaCalendar.coveredYears[1] ?? 0)
  expect(error.year).toBeLessThanOrEqual(needed)
  expect(error.messageZh).toContain(String(error.year))
  expect(error.message).toContain(String(error.year))
}

/** Every deadline is dated (computed / provisional) or listed as uncomputable with the year and a note. */
const expectVisible = (d: MediationDeadline, calendar: WorkCalendar) => {
  if (d.status === "uncomputable") {
    expect(d.missingYear).toBeDefined()
    expect(calendar.covers(`${d.missingYear}-01-01`)).toBe(false)
    expect(d.note?.zh).toBe(`无法计算：未载入 ${d.missingYear} 年工作日历`)
    expect(d.note?.en).toBe(`cannot be computed: calendar for ${d.missingYear} not loaded`)
    expect(d.label.zh).toContain(d.note?.zh)
  } else if (d.kind === "confirmation-window" || d.kind === "time-limit") {
    // periods extended past rest days (民法典 第二百零三条) need the calendar; a follow-up date does not
    expect(calendar.covers(d.due)).toBe(true)
  }
}

describe.each(dates)("an agreement that takes effect %s (%s)", (_, on) => {
  const agreed = agreedOn(on)
  const mediating = mediatingFrom(on)
  const needed = yearOf(addDays(on, 45)) // every period here ends within 45 days
  const projected = chinaCalendar.withProjection(Math.min(2099, needed + 1))

  it("with the shipped calendar: the confirmation window is its date or CalendarYearNotCovered naming the year", () => {
    const w = confirmationWindow(on)
    if (Result.isSuccess(w)) {
      expect(w.success.end >= addDays(on, 30)).toBe(true)
      expect(w.success.provisional).toBe(false)
    } else expectUncoveredNamingTheFix(w.failure, needed)
  })

  it("with the shipped calendar: the one-month limit is its date or CalendarYearNotCovered", () => {
    const l = mediationTimeLimit(mediating)
    if (Result.isSuccess(l)) expect(l.success?.due).toBeDefined()
    else expectUncoveredNamingTheFix(l.failure, needed)
  })

  it("with the shipped calendar: no deadline disappears — each is dated or marked uncomputable with the year", () => {
    const agreedDeadlines = mediationDeadlines("c", agreed)
    expect(agreedDeadlines.map((d) => d.kind)).toEqual(expect.arrayContaining(["confirmation-window", "follow-up"]))
    const mediatingDeadlines = mediationDeadlines("c", mediating)
    expect(mediatingDeadlines.map((d) => d.kind)).toEqual(["time-limit"])
    for (const d of [...agreedDeadlines, ...mediatingDeadlines]) expectVisible(d, chinaCalendar)
    const window = agreedDeadlines.find((d) => d.kind === "confirmation-window")
    // the earliest the window can close: day 30 (an uncomputable entry shows it as `due`)
    expect((window?.due ?? "") >= addDays(on, 30)).toBe(true)
  })

  it("with the shipped calendar: the flags as of that day are settled without the missing year", () => {
    const flags = mediationFlags(agreed, on)
    expect(Result.isSuccess(flags) && flags.success.confirmationWindowOpen).toBe(true)
    const late = mediationFlags(agreed, addDays(on, 31))
    if (Result.isFailure(late)) expectUncoveredNamingTheFix(late.failure, needed)
    else expect(typeof late.success.confirmationWindowOpen).toBe("boolean")
  })

  it("with the shipped calendar: applying for confirmation that day succeeds or fails with CalendarYearNotCovered (typed, nothing applied)", () => {
    const r = handleMediationCommand(agreed, { type: "apply-for-confirmation", date: on, applicantPartyIds: ["p1", "o1"], court: "青岛市城阳区人民法院" })
    if (Result.isFailure(r)) expectUncoveredNamingTheFix(r.failure, needed)
    else expect(r.success.state.confirmation?.appliedOn).toBe(on)
    expect(agreed.confirmation).toBeUndefined()
  })

  it("the store lists the case's deadlines (listByDue): none dropped", () => {
    const program = Effect.gen(function* () {
      for (const c of toAgreement(on, on, addDays(on, 60))) yield* runMediationCommand("c-today", c)
      return yield* listMediationDeadlines
    })
    const deadlines = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(deadlines.map((d) => d.kind)).toEqual(expect.arrayContaining(["confirmation-window", "follow-up"]))
    for (const d of deadlines as ReadonlyArray<MediationDeadline>) expectVisible(d, chinaCalendar)
  })

  it("with the projection opted in: every date is computed, and marked provisional where it rests on a projected year", () => {
    const w = confirmationWindow(on, projected)
    expect(Result.isSuccess(w)).toBe(true)
    if (Result.isSuccess(w)) expect(w.success.provisional).toBe(!chinaCalendar.covers(w.success.end))
    const deadlines = [...mediationDeadlines("c", agreed, projected), ...mediationDeadlines("c", mediating, projected)]
    for (const d of deadlines) {
      expect(d.status).not.toBe("uncomputable")
      if (d.kind === "confirmation-window" || d.kind === "time-limit") expect(d.status).toBe(chinaCalendar.covers(d.due) ? "computed" : "provisional")
      if (d.status === "provisional") expect(d.label.zh).toContain("临时")
    }
    const applied = handleMediationCommand(agreed, { type: "apply-for-confirmation", date: on, applicantPartyIds: ["p1", "o1"], court: "法院" }, { calendar: projected })
    expect(Result.isSuccess(applied)).toBe(true)
    const listed = Effect.runSync(
      Effect.gen(function* () {
        for (const c of toAgreement(on, on, addDays(on, 60))) yield* runMediationCommand("c-today", c)
        return yield* listMediationDeadlines
      }).pipe(Effect.provide(Layer.merge(CaseStore.memory, calendarLayer(projected))))
    ) as ReadonlyArray<MediationDeadline>
    expect(listed.every((d) => d.status !== "uncomputable")).toBe(true)
  })
})

describe("pinned to the calendar's edge: an agreement in effect on 2026-12-04 (the built-in calendar ends 2026-12-31)", () => {
  const on = "2026-12-04" as IsoDate
  const agreed = agreedOn(on)

  it("the confirmation window is CalendarYearNotCovered for 2027 with the shipped calendar, provisional 2027-01-04 with the projection", () => {
    const shipped = confirmationWindow(on)
    expect(Result.isFailure(shipped) && shipped.failure._tag === "CalendarYearNotCovered" && shipped.failure.year).toBe(chinaCalendar.covers("2027-01-04") ? false : 2027)
    const projected = confirmationWindow(on, chinaCalendar.withProjection(2027))
    // day 30 is 2027-01-03, a Sunday (元旦 falls on Friday 01-01): moved to Monday 2027-01-04
    expect(Result.isSuccess(projected) && [projected.success.nominalEnd, projected.success.end, projected.success.provisional]).toEqual(
      chinaCalendar.covers("2027-01-04") ? expect.anything() : ["2027-01-03", "2027-01-04", true]
    )
  })

  it("the case's deadline list shows the window as uncomputable, in Chinese and English, instead of dropping it", () => {
    if (chinaCalendar.covers("2027-01-04")) return // a calendar shipping 2027 computes it (the real-date tests cover that)
    const window = mediationDeadlines("c", agreed).find((d) => d.kind === "confirmation-window")
    expect(window).toMatchObject({
      status: "uncomputable",
      missingYear: 2027,
      due: "2027-01-03",
      note: { zh: "无法计算：未载入 2027 年工作日历", en: "cannot be computed: calendar for 2027 not loaded" },
      label: { zh: "司法确认申请期限（无法计算：未载入 2027 年工作日历）" }
    })
    const provisional = mediationDeadlines("c", agreed, chinaCalendar.withProjection(2027)).find((d) => d.kind === "confirmation-window")
    expect(provisional).toMatchObject({ status: "provisional", due: "2027-01-04" })
  })
})
