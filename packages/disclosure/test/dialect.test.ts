/**
 * Issue 16 (one API dialect) applied to disclosure: the plain name returns a Result, the `…Unsafe`
 * twin throws the very error instance the Result carries; every closed set is a typed constant
 * with kebab-case values and Chinese and English names; money comes in as core's MoneyInput.
 */
import { CalendarYearNotCovered, InvalidInput, isoDateUnsafe, Money, Result, chinaCalendar } from "@minzheng/core"
import * as disclosure from "@minzheng/disclosure"
import { describe, expect, it } from "vitest"

const {
  LICANG_DUTIES,
  buildNotice,
  buildNoticeUnsafe,
  dibaoNotice,
  dibaoNoticeUnsafe,
  scheduleCommunities,
  scheduleCommunitiesUnsafe,
  trackOccurrence,
  OCCURRENCE_TRACKING,
  TRACKING_EVENT_TYPES,
  TRACKING_COMMAND_TYPES,
  TrackingEventSchema,
  TrackingCommandSchema
} = disclosure

const thrown = (f: () => unknown): unknown => {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error("expected a throw")
}

describe("Result and …Unsafe twins", () => {
  const far = isoDateUnsafe("2040-03-02")
  const cases: ReadonlyArray<readonly [string, () => Result.Result<unknown, unknown>, () => unknown, string]> = [
    ["scheduleCommunities", () => scheduleCommunities({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2040-01-01", to: "2040-12-31" }), () => scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2040-01-01", to: "2040-12-31" }), "CalendarYearNotCovered"],
    ["publicNoticePeriod", () => disclosure.publicNoticePeriod(far, { days: 7 }), () => disclosure.publicNoticePeriodUnsafe(far, { days: 7 }), "CalendarYearNotCovered"],
    ["publicNoticeEnd", () => disclosure.publicNoticeEnd(far, { days: 7 }), () => disclosure.publicNoticeEndUnsafe(far, { days: 7 }), "CalendarYearNotCovered"],
    ["applyNonWorkingDayPolicy", () => disclosure.applyNonWorkingDayPolicy(far, "next", chinaCalendar), () => disclosure.applyNonWorkingDayPolicyUnsafe(far, "next", chinaCalendar), "CalendarYearNotCovered"],
    ["checkDecisionTiming", () => disclosure.checkDecisionTiming({ postedOn: far, duration: { days: 7 }, decidedOn: far }), () => disclosure.checkDecisionTimingUnsafe({ postedOn: far, duration: { days: 7 }, decidedOn: far }), "CalendarYearNotCovered"],
    ["coverageReport", () => disclosure.coverageReport({ communityId: "c", year: 2040, publications: [] }), () => disclosure.coverageReportUnsafe({ communityId: "c", year: 2040, publications: [] }), "CalendarYearNotCovered"],
    ["findOverdue", () => disclosure.findOverdue({ occurrences: [], records: {}, asOf: "2025-02-30" }), () => disclosure.findOverdueUnsafe({ occurrences: [], records: {}, asOf: "2025-02-30" }), "InvalidInput"],
    ["toICalendar", () => disclosure.toICalendar({} as never, { stamp: "2025-01-01T00:00:00Z" }), () => disclosure.toICalendarUnsafe({} as never, { stamp: "2025-01-01T00:00:00Z" }), "InvalidInput"],
    ["occurrenceNoticePeriod", () => disclosure.occurrenceNoticePeriod({ kind: "publication" } as never), () => disclosure.occurrenceNoticePeriodUnsafe({ kind: "publication" } as never), "InvalidInput"],
    ["dibaoNotice", () => dibaoNotice({ issuer: "i", period: { from: "2040-07-01", to: "2040-07-31" }, rows: [] }), () => dibaoNoticeUnsafe({ issuer: "i", period: { from: "2040-07-01", to: "2040-07-31" }, rows: [] }), "CalendarYearNotCovered"],
    ["buildNotice", () => buildNotice({ title: "t", issuer: "i", period: { from: "2025-07-07", to: "2025-07-10" }, columns: [], rows: [], kind: "tekun" }), () => buildNoticeUnsafe({ title: "t", issuer: "i", period: { from: "2025-07-07", to: "2025-07-10" }, columns: [], rows: [], kind: "tekun" }), "InvalidInput"]
  ]
  for (const [name, plain, unsafe, tag] of cases) {
    it(`${name}: the Result fails with ${tag}; ${name}Unsafe throws the same kind of error`, () => {
      const r = plain()
      expect(Result.isFailure(r) && (r.failure as { _tag: string })._tag).toBe(tag)
      const e = thrown(unsafe)
      expect(e).toBeInstanceOf(tag === "InvalidInput" ? InvalidInput : CalendarYearNotCovered)
      expect((e as { messageZh: string }).messageZh).toBe((Result.isFailure(r) && (r.failure as { messageZh: string }).messageZh) || "")
    })
  }
  it("a success of the plain name equals what the twin returns", () => {
    const req: disclosure.ScheduleRequest = { communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-05-01", to: "2025-05-31" }
    expect(Result.getOrThrow(scheduleCommunities(req))).toEqual(scheduleCommunitiesUnsafe(req))
  })
  it("a calendar year not covered names the year and both fixes (load the year, or opt in to the projection)", () => {
    const r = scheduleCommunities({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2040-01-01", to: "2040-12-31" })
    if (Result.isSuccess(r) || r.failure._tag !== "CalendarYearNotCovered") throw new Error("expected CalendarYearNotCovered")
    expect(r.failure.year).toBe(2040)
    expect(r.failure.messageZh).toContain("2040")
    const projected = scheduleCommunities({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2040-01-01", to: "2040-12-31" }, chinaCalendar.withProjection(2041))
    expect(Result.isSuccess(projected) && projected.success.occurrences.some((o) => o.provisional)).toBe(true)
  })
})

describe("closed sets: typed constants, kebab-case values, Chinese and English names", () => {
  const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/
  const tables = {
    DISCLOSURE_CATEGORIES: disclosure.DISCLOSURE_CATEGORIES,
    PUBLISHERS: disclosure.PUBLISHERS,
    CHANNELS: disclosure.CHANNELS,
    CADENCE_KINDS: disclosure.CADENCE_KINDS,
    NON_WORKING_DAY_POLICIES: disclosure.NON_WORKING_DAY_POLICIES,
    OCCURRENCE_KINDS: disclosure.OCCURRENCE_KINDS,
    TRACKING_STEPS: disclosure.TRACKING_STEPS,
    TRACKING_COMMAND_TYPES,
    TRACKING_EVENT_TYPES,
    OVERDUE_KINDS: disclosure.OVERDUE_KINDS,
    FIELD_TYPES: disclosure.FIELD_TYPES,
    DIBAO_PROGRAMMES: disclosure.DIBAO_PROGRAMMES,
    NAME_MASKING_LEVELS: disclosure.NAME_MASKING_LEVELS,
    ADDRESS_MASKING_LEVELS: disclosure.ADDRESS_MASKING_LEVELS
  }
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: every value is kebab-case and has a Chinese and an English name (no Latin letters in the Chinese)`, () => {
      for (const [key, v] of Object.entries(table as Record<string, { zh: string; en: string }>)) {
        expect(key).toMatch(kebab)
        expect(v.zh.length).toBeGreaterThan(0)
        expect(v.zh).not.toMatch(/[A-Za-z]/)
        expect(v.en.length).toBeGreaterThan(0)
      }
    })
  }
  it("the schemas accept exactly the constants' values (the old camelCase spellings are refused)", () => {
    for (const k of Object.keys(disclosure.DISCLOSURE_CATEGORIES)) expect(disclosure.DisclosureCategorySchema.safeParse(k).success).toBe(true)
    for (const k of Object.keys(disclosure.FIELD_TYPES)) expect(disclosure.FieldTypeSchema.safeParse(k).success).toBe(true)
    for (const old of ["generalAffairs", "majorMatters", "collectiveAssets"]) expect(disclosure.DisclosureCategorySchema.safeParse(old).success).toBe(false)
    for (const old of ["personName", "citizenId", "bankAccount"]) expect(disclosure.FieldTypeSchema.safeParse(old).success).toBe(false)
    expect(disclosure.ChannelSchema.safeParse("noticeBoard").success).toBe(false)
    expect(disclosure.PublisherSchema.safeParse("residentsCommittee").success).toBe(false)
  })
  it("the tracking command and event schemas hold exactly the types of TRACKING_COMMAND_TYPES and TRACKING_EVENT_TYPES", () => {
    // zod/mini schemas: the options and literal values are read from `_zod.def` (no classic `.options` / `.value`).
    const options = (s: typeof TrackingCommandSchema | typeof TrackingEventSchema) => s._zod.def.options.flatMap((o) => o.shape.type._zod.def.values).sort()
    expect(options(TrackingCommandSchema)).toEqual(Object.keys(TRACKING_COMMAND_TYPES).sort())
    expect(options(TrackingEventSchema)).toEqual(Object.keys(TRACKING_EVENT_TYPES).sort())
    expect(TrackingEventSchema.safeParse({ type: "Filed", on: "2025-01-06", reviewer: "街道" }).success).toBe(false)
  })
  it("the six steps emit kebab-case events, in order", () => {
    let state = OCCURRENCE_TRACKING.initial
    const types: string[] = []
    for (const command of [
      { type: "plan", on: "2025-01-03", summary: "方案", occurrence: { uid: "c1/licang.dibao-notice/x", dutyId: "licang.dibao-notice", due: "2025-01-06", noticeDuration: { days: 7 } } },
      { type: "file", on: "2025-01-04", reviewer: "街道" },
      { type: "publish", on: "2025-01-06", channel: "notice-board", photoEvidenceId: "IMG-1" },
      { type: "record-decision", on: "2025-01-10" },
      { type: "record-comments", on: "2025-01-14", comments: [] },
      { type: "give-feedback", on: "2025-01-15", feedback: "无异议" },
      { type: "archive", on: "2025-01-16", archiveRef: "2025-001" }
    ]) {
      const r = trackOccurrence(state, command)
      if (Result.isFailure(r)) throw r.failure
      state = r.success.state
      types.push(...r.success.events.map((e) => e.type))
    }
    expect(types).toEqual(["planned", "filed", "published", "decision-recorded", "comments-recorded", "feedback-given", "archived"])
    expect(state.earlyDecision).toBe(true)
  })
})

describe("money comes in as core's MoneyInput", () => {
  const row = { headOfHousehold: "欧阳娜娜", membersCovered: 2, community: "虎山社区", programme: "urban" } as const
  const period = { from: "2025-09-26", to: "2025-10-09" }
  it("a Money and the decimal string give the same cell", () => {
    const a = dibaoNoticeUnsafe({ issuer: "i", period, rows: [{ ...row, monthlyAmount: Money.yuan("1160") }] })
    const b = dibaoNoticeUnsafe({ issuer: "i", period, rows: [{ ...row, monthlyAmount: "1160.00" }] })
    expect(a.rows).toEqual(b.rows)
    expect(a.rows[0]?.[2]).toBe("1160.00")
  })
  it("a negative amount or one finer than 分 is refused, Money or string (at its path), and a float never passes", () => {
    for (const monthlyAmount of [Money.yuan("-1.00"), Money.yuan("1.005"), "-1.00", "1.005"]) {
      const r = dibaoNotice({ issuer: "i", period, rows: [{ ...row, monthlyAmount }] })
      expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues.map((i) => i.path.join("."))).toEqual(["rows.0.monthlyAmount"])
    }
    expect(Result.isFailure(dibaoNotice({ issuer: "i", period, rows: [{ ...row, monthlyAmount: 1160 as never }] }))).toBe(true)
    const cell = (amount: unknown) =>
      buildNotice({ title: "t", issuer: "i", period, columns: [{ key: "amount", label: { zh: "金额（元）", en: "amount" }, type: "money" }], rows: [{ amount }] })
    expect(Result.getOrThrow(cell(Money.fen(116_000))).rows).toEqual([["1160.00"]])
    expect(Result.isFailure(cell(1160.5))).toBe(true)
  })
})
