import { CaseStore, chinaCalendar, isoDateUnsafe } from "@minzheng/core"
import {
  applyNonWorkingDayPolicy,
  buildNotice,
  buildNoticeUnsafe,
  checkDecisionTiming,
  coverageEffect,
  coverageReport,
  DEFAULT_MASKING_POLICY,
  describeCadence,
  dibaoNotice,
  dibaoNoticeEffect,
  findOverdue,
  icalendarEffect,
  LICANG_DUTIES,
  maskPersonal,
  noticeEffect,
  OCCURRENCE_TRACKING,
  occurrenceTitle,
  overdueEffect,
  publicNoticeEnd,
  renderNoticeHtml,
  renderNoticeMarkdown,
  renderNoticeText,
  scheduleCommunities,
  scheduleCommunitiesUnsafe,
  scheduleEffect,
  toICalendar,
  trackEffect,
  trackOccurrence
} from "@minzheng/disclosure"
import { Cause, Effect, Exit, Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const TYPED = new Set(["InvalidInput", "CalendarYearNotCovered", "TransitionRefused", "VersionConflict"])
const typedOnly = (f: () => unknown): boolean => {
  try {
    const r = f()
    if (Result.isResult(r) && Result.isFailure(r)) return TYPED.has((r.failure as { _tag: string })._tag)
    return true
  } catch (e) {
    const tag = (e as { _tag?: string } | null)?._tag
    if (tag === undefined || !TYPED.has(tag)) throw e
    if (tag === "InvalidInput") expect((e as { issues: unknown[] }).issues.length).toBeGreaterThan(0)
    return true
  }
}
const typedExit = (e: Effect.Effect<unknown, unknown, never>): boolean => {
  const exit = Effect.runSyncExit(e)
  if (Exit.isSuccess(exit)) return true
  if (Cause.hasDies(exit.cause)) throw Cause.squash(exit.cause)
  return true
}

const anything = fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 })
const params = { numRuns: Number(process.env.FUZZ_RUNS ?? 60) }
const schedule = scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-01-31" })
const notice = buildNoticeUnsafe({ title: "t", issuer: "i", period: { from: "2025-01-01", to: "2025-01-08" }, columns: [], rows: [] })

describe("arbitrary JSON gives only typed errors", () => {
  it("schedules", () => fc.assert(fc.property(anything, (x) => typedOnly(() => scheduleCommunities(x as never))), params))
  it("schedule requests with a valid shape but wrong parts", () =>
    fc.assert(fc.property(anything, anything, (a, b) => typedOnly(() => scheduleCommunities({ communities: a, dutySet: LICANG_DUTIES, from: "2025-01-01", to: b } as never))), params))
  it("the non-working-day policy, cadences and titles", () =>
    fc.assert(
      fc.property(anything, anything, (a, b) =>
        typedOnly(() => applyNonWorkingDayPolicy(a as never, b as never, chinaCalendar)) &&
        typedOnly(() => applyNonWorkingDayPolicy(isoDateUnsafe("2025-05-10"), b as never, chinaCalendar)) &&
        typedOnly(() => describeCadence(a as never)) &&
        typedOnly(() => occurrenceTitle(a as never, b as never))
      ),
      params
    ))
  it("public-notice periods and decision timing", () =>
    fc.assert(fc.property(anything, anything, (a, b) => typedOnly(() => publicNoticeEnd(a as never, b as never)) && typedOnly(() => checkDecisionTiming(a as never))), params))
  it("iCalendar export, both arguments", () =>
    fc.assert(
      fc.property(anything, (x) => typedOnly(() => toICalendar(x as never, { stamp: "2025-01-01T00:00:00Z" })) && typedOnly(() => toICalendar(schedule, x as never))),
      params
    ))
  it("tracking commands and states", () =>
    fc.assert(fc.property(anything, (x) => typedOnly(() => trackOccurrence(OCCURRENCE_TRACKING.initial, x)) && typedOnly(() => trackOccurrence(x as never, { type: "file", on: "2025-01-01", reviewer: "x" }))), params))
  it("overdue and coverage", () => fc.assert(fc.property(anything, (x) => typedOnly(() => findOverdue(x as never)) && typedOnly(() => coverageReport(x as never))), params))
  it("notices, masking and rendering", () =>
    fc.assert(
      fc.property(anything, (x) =>
        typedOnly(() => buildNotice(x as never)) &&
        typedOnly(() => buildNotice({ title: "t", issuer: "i", period: { from: "2025-01-01", to: "2025-01-08" }, columns: [{ key: "a", label: { zh: "a", en: "a" }, type: "phone" }], rows: [{ a: x }] })) &&
        typedOnly(() => buildNotice({ title: "t", issuer: "i", period: { from: "2025-01-01", to: "2025-01-08" }, columns: [], rows: [] }, x as never)) &&
        typedOnly(() => dibaoNotice(x as never)) &&
        typedOnly(() => maskPersonal(x as never, "13812341234", DEFAULT_MASKING_POLICY)) &&
        typedOnly(() => maskPersonal("phone", x as never, x as never)) &&
        typedOnly(() => renderNoticeText(x as never)) &&
        typedOnly(() => renderNoticeMarkdown(x as never)) &&
        typedOnly(() => renderNoticeHtml(x as never))
      ),
      params
    ))
  it("renders a real notice however its options are given", () =>
    fc.assert(fc.property(anything, (x) => typedOnly(() => renderNoticeHtml(notice, x as never)) && typedOnly(() => renderNoticeText(notice, x as never))), params))
  it("the Effect layer fails only with typed errors", () =>
    fc.assert(
      fc.property(anything, (x) =>
        typedExit(scheduleEffect(x)) &&
        typedExit(icalendarEffect(x, x)) &&
        typedExit(noticeEffect(x)) &&
        typedExit(dibaoNoticeEffect(x)) &&
        typedExit(coverageEffect(x)) &&
        typedExit(overdueEffect(x)) &&
        typedExit(Effect.provide(trackEffect(x), CaseStore.memory))
      ),
      { numRuns: 40 }
    ))
})
