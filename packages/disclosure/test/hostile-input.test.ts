/**
 * Hostile input against every export (issue 15): arbitrary JSON and the values that broke real
 * use — numbers hidden in free text, 2^53, `__proto__` keys, a `status` of "[]", a sparse array,
 * 10 MB strings and arrays, deep nesting, NFD keys — fed to every function and every function
 * member of the package. Counted: untyped errors (anything but the packages' tagged errors, or an
 * Effect defect), prototype changes, and slow calls (over one second and over 200× a linear pass over the same value). All three must be zero. The
 * arbitrary JSON comes from fast-check with the run's fixed seed (scripts/test/fast-check-seed.ts).
 */
import { chinaCalendar, isoDateUnsafe } from "@minzheng/core"
import * as disclosure from "@minzheng/disclosure"
import fc from "fast-check"
import { expect, it } from "vitest"
import { assault } from "../../../scripts/test/hostile.js"

// Left open (reported to the lead): a dense 10 MB list of 140,000 wrong objects inside a schedule
// request, an overdue input or a coverage input takes 1.4–23 s, all of it in core's `decode`,
// which runs zod twice (English, Chinese) and lists every one of ~10⁶ issues. It needs an issue
// cap in core's decode. Those calls are skipped here; every other call must finish within a second.
const KNOWN_SLOW = /^(scheduleCommunities|scheduleCommunitiesUnsafe|scheduleEffect|findOverdue|findOverdueUnsafe|overdueEffect|coverageReport|coverageReportUnsafe|coverageEffect)\(10 MB JSON array of objects\)/

// The harness (values, judging, prototype checks) is shared: scripts/test/hostile.ts

const { buildNoticeUnsafe, LICANG_DUTIES, OCCURRENCE_TRACKING, scheduleCommunitiesUnsafe } = disclosure
const schedule = scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-07-01", to: "2025-07-31", events: [{ communityId: "c1", dutyId: "licang.dibao-notice", on: "2025-07-07" }] })
const notice = buildNoticeUnsafe({ title: "t", issuer: "i", period: { from: "2025-07-07", to: "2025-07-14" }, columns: [{ key: "remark", label: { zh: "备注", en: "remark" }, type: "text" }], rows: [{ remark: "r" }] })
const validNotice = { title: "公示", issuer: "虎山社区", period: { from: "2025-07-07", to: "2025-07-14" }, columns: [{ key: "remark", label: { zh: "备注", en: "remark" }, type: "text" }] }

// Each export also gets the hostile value behind valid leading arguments, where it has them; a
// throwing twin (`…Unsafe`) gets the same arguments as its Result form.
const argsFor = (name: string, h: unknown): ReadonlyArray<ReadonlyArray<unknown>> => {
  switch (name.replace(/Unsafe$/, "")) {
    case "toICalendar":
    case "icalendarEffect":
      return [[schedule, h], [h, { stamp: "2025-01-01T00:00:00Z" }]]
    case "renderNoticeText":
    case "renderNoticeMarkdown":
    case "renderNoticeHtml":
      return [[notice, h], [{ ...notice, title: h }], [{ ...notice, rows: [[h]] }], [{ ...notice, footer: h }]]
    case "buildNotice":
    case "noticeEffect":
      return [[{ ...validNotice, rows: [{ remark: h }] }], [{ ...validNotice, rows: h }], [{ ...validNotice, title: h }], [{ ...validNotice, footer: h }], [{ ...validNotice, rows: [] }, h]]
    case "dibaoNotice":
    case "dibaoNoticeEffect":
      return [[{ issuer: "i", period: { from: "2025-07-07", to: "2025-07-14" }, rows: h }], [{ issuer: "i", period: h, rows: [] }], [{ issuer: h, period: { from: "2025-07-07", to: "2025-07-14" }, rows: [] }]]
    case "scheduleCommunities":
    case "scheduleEffect":
      return [[{ communities: [{ id: "c1", name: "c" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31", events: h }], [{ communities: h, dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" }]]
    case "OCCURRENCE_TRACKING.decide":
      return [[OCCURRENCE_TRACKING.initial, h, chinaCalendar], [h, { type: "file", on: "2025-01-06", reviewer: "x" }, chinaCalendar]]
    case "OCCURRENCE_TRACKING.evolve":
      return [[OCCURRENCE_TRACKING.initial, h], [h, { type: "filed", on: "2025-01-06", reviewer: "x" }]]
    case "trackOccurrence":
      return [[OCCURRENCE_TRACKING.initial, h], [h, { type: "file", on: "2025-01-06", reviewer: "x" }], [OCCURRENCE_TRACKING.initial, { type: "plan", on: "2025-01-01", summary: "s", occurrence: { uid: "u", dutyId: "d", due: "2025-01-10" } }, h]]
    case "trackEffect":
      return [[{ caseId: "c", command: h }], [{ caseId: h, command: { type: "file", on: "2025-01-06", reviewer: "x" } }]]
    case "applyNonWorkingDayPolicy":
      return [[isoDateUnsafe("2025-05-10"), h, chinaCalendar], [h, "next", chinaCalendar]]
    case "publicNoticePeriod":
    case "publicNoticeEnd":
      return [[isoDateUnsafe("2025-07-07"), h], [h, { days: 7 }]]
    case "checkPublicNoticeLength":
      return [[{ from: "2025-07-07", to: "2025-07-13" }, h], [h, "dibao"]]
    case "findOverdue":
    case "overdueEffect":
      return [[{ occurrences: h, records: {}, asOf: "2025-12-31" }], [{ occurrences: schedule.occurrences, records: h, asOf: "2025-12-31" }]]
    case "coverageReport":
    case "coverageEffect":
      return [[{ communityId: "c", year: 2025, publications: h }], [{ communityId: "c", year: h, publications: [] }]]
    case "maskPersonal":
      return [["phone", h, disclosure.DEFAULT_MASKING_POLICY], ["citizenId", h, disclosure.DEFAULT_MASKING_POLICY]]
    case "maskDigits":
      return [[h, 3, 4]]
    default:
      return []
  }
}

it("hostile input into every export: zero untyped errors, zero prototype changes, no slow call", () => {
  const json = fc.sample(fc.jsonValue({ maxDepth: 4 }), { numRuns: Number(process.env.FUZZ_RUNS ?? 25) })
  const tally = assault(disclosure as unknown as Record<string, unknown>, json, argsFor, KNOWN_SLOW)
  expect(tally.calls).toBeGreaterThan(5000)
  expect(tally.untyped).toEqual([])
  expect(tally.slow).toEqual([])
}, 600_000)
