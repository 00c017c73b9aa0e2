import { CaseStore, chinaCalendar, handle, InvalidInput, isoDateUnsafe, todayLayer, TransitionRefused } from "@minzheng/core"
import {
  coverageReportUnsafe,
  findOverdueUnsafe,
  LICANG_DUTIES,
  OCCURRENCE_TRACKING,
  type OccurrenceRecord,
  overdueEffect,
  PINGYUAN_DUTIES,
  scheduleCommunitiesUnsafe,
  trackEffect,
  trackOccurrence,
  loadOccurrenceEffect
} from "@minzheng/disclosure"
import { Effect, Layer, Result } from "effect"
import { describe, expect, it } from "vitest"

const uid = "hushan/licang.monthly-affairs/2025-05"
const steps = [
  { type: "plan", on: "2025-05-06", summary: "5月居务公开方案", occurrence: { uid, dutyId: "licang.monthly-affairs", due: "2025-05-12" } },
  { type: "file", on: "2025-05-07", reviewer: "虎山路街道办事处" },
  { type: "publish", on: "2025-05-12", channel: "notice-board", photoEvidenceId: "IMG-20250512-01" },
  { type: "record-comments", on: "2025-05-20", comments: [{ text: "建议公开楼道照明维修费用明细" }] },
  { type: "give-feedback", on: "2025-05-26", feedback: "已在6月公开栏补充维修费用明细" },
  { type: "archive", on: "2025-05-30", archiveRef: "2025-居务-05" }
] as const

const run = (commands: ReadonlyArray<unknown>, start: OccurrenceRecord = OCCURRENCE_TRACKING.initial) => {
  let state = start
  for (const c of commands) {
    const r = trackOccurrence(state, c)
    if (Result.isFailure(r)) throw r.failure
    state = r.success.state
  }
  return state
}

describe("the six steps of seed 000 for one 居务公开日", () => {
  it("walks plan → street-office filing → publication → comments → feedback → archive", () => {
    const s = run(steps)
    expect(s.step).toBe("archived")
    expect(s).toMatchObject({ publishedOn: "2025-05-12", channel: "notice-board", photoEvidenceId: "IMG-20250512-01", late: false, archiveRef: "2025-居务-05" })
    expect(s.comments).toHaveLength(1)
  })
  it("refuses publication before the street office has reviewed and filed the plan", () => {
    const r = trackOccurrence(run(steps.slice(0, 1)), steps[2])
    expect(Result.isFailure(r) && r.failure).toBeInstanceOf(TransitionRefused)
    expect(Result.isFailure(r) && (r.failure as TransitionRefused).reason.zh).toContain("居委会制定方案")
  })
  it("refuses a notice-board posting without its photo evidence (并拍照存档)", () => {
    const r = trackOccurrence(run(steps.slice(0, 2)), { type: "publish", on: "2025-05-12", channel: "notice-board" })
    expect(Result.isFailure(r) && r.failure._tag).toBe("TransitionRefused")
    expect(Result.isFailure(r) && (r.failure as TransitionRefused).citations[0]?.document).toBe("local practice: seed 000")
  })
  it("accepts a web publication without a photo", () => {
    const r = trackOccurrence(run(steps.slice(0, 2)), { type: "publish", on: "2025-05-12", channel: "web" })
    expect(Result.isSuccess(r)).toBe(true)
  })
  it("refuses a step dated before the previous one", () => {
    const r = trackOccurrence(run(steps.slice(0, 2)), { type: "publish", on: "2025-05-06", channel: "web" })
    expect(Result.isFailure(r) && r.failure._tag).toBe("TransitionRefused")
  })
  it("records a publication after the due day as late", () => {
    expect(run([...steps.slice(0, 2), { type: "publish", on: "2025-05-13", channel: "web" }]).late).toBe(true)
  })
  it("replays the same events to the same state", () => {
    let state = OCCURRENCE_TRACKING.initial
    const events = []
    for (const c of steps) {
      const r = trackOccurrence(state, c)
      if (Result.isFailure(r)) throw r.failure
      events.push(...r.success.events)
      state = r.success.state
    }
    expect(events.reduce(OCCURRENCE_TRACKING.evolve, OCCURRENCE_TRACKING.initial)).toEqual(state)
  })
})

describe("a 低保 公示 occurrence and its decision", () => {
  const notice = [
    { type: "plan", on: "2025-09-22", summary: "低保初审公示", occurrence: { uid: "hushan/licang.dibao-notice/d-031", dutyId: "licang.dibao-notice", due: "2025-09-26", noticeDuration: { days: 7 } } },
    { type: "file", on: "2025-09-24", reviewer: "虎山路街道" },
    { type: "publish", on: "2025-09-26", channel: "notice-board", photoEvidenceId: "IMG-0926" }
  ]
  it("fixes the notice's last day when it is posted (9 Oct 2025, after National Day)", () => {
    expect(run(notice).noticeEnd).toBe("2025-10-09")
  })
  it("flags a decision recorded on 9 Oct as taken before the notice ran its full length", () => {
    const s = run([...notice, { type: "record-decision", on: "2025-10-09" }])
    expect(s.earlyDecision).toBe(true)
    const findings = findOverdueUnsafe({
      occurrences: [{ uid: "hushan/licang.dibao-notice/d-031", communityId: "hushan", dutyId: "licang.dibao-notice", key: "d-031", kind: "public-notice", nominal: "2025-09-26", due: "2025-09-26", moved: false, noticeEnd: "2025-10-09", provisional: false }],
      records: { "hushan/licang.dibao-notice/d-031": s },
      asOf: "2025-10-20"
    })
    expect(findings.map((f) => f.kind)).toEqual(["early-decision"])
  })
  it("does not flag a decision on 10 Oct", () => {
    expect(run([...notice, { type: "record-decision", on: "2025-10-10" }]).earlyDecision).toBe(false)
  })
  it("refuses to record a decision on an ordinary publication", () => {
    const r = trackOccurrence(run(steps.slice(0, 3)), { type: "record-decision", on: "2025-05-20" })
    expect(Result.isFailure(r)).toBe(true)
  })
})

describe("overdue as of a date", () => {
  const s = scheduleCommunitiesUnsafe({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-05-01", to: "2025-05-31" })
  const affairs = s.occurrences.filter((o) => o.dutyId === "licang.monthly-affairs")
  it("is not overdue on its (moved) due day, 12 May 2025", () => {
    expect(findOverdueUnsafe({ occurrences: affairs, records: {}, asOf: "2025-05-12" })).toEqual([])
  })
  it("is one day overdue on 13 May, citing 村民委员会组织法 第三十一条", () => {
    const f = findOverdueUnsafe({ occurrences: affairs, records: {}, asOf: "2025-05-13" })
    expect(f.map((x) => [x.kind, x.daysLate])).toEqual([["overdue", 1]])
    expect(f[0]?.explanation.citations[0]?.article).toBe("第三十一条")
  })
  it("is neither overdue nor late once published on the due day", () => {
    const rec = run(steps.slice(0, 3))
    expect(findOverdueUnsafe({ occurrences: affairs, records: { [uid]: rec }, asOf: "2025-06-30" })).toEqual([])
  })
  it("reports a publication one day after the due day as late", () => {
    const rec = run([...steps.slice(0, 2), { type: "publish", on: "2025-05-13", channel: "web" }])
    expect(findOverdueUnsafe({ occurrences: affairs, records: { [uid]: rec }, asOf: "2025-06-30" }).map((x) => [x.kind, x.daysLate])).toEqual([["published-late", 1]])
  })
  it("takes the as-of date from core's Today in the Effect layer", () => {
    const f = Effect.runSync(Effect.provide(overdueEffect({ occurrences: affairs, records: {} }), todayLayer(isoDateUnsafe("2025-05-20"))))
    expect(f.map((x) => x.daysLate)).toEqual([8])
  })
})

describe("coverage report of a village for a year", () => {
  const both = ["general-affairs", "finance"] as const
  const quarterly = (days: string[]) => days.map((publishedOn) => ({ categories: [...both], publishedOn }))
  it("is complete when general affairs and finance are published every quarter (the law's cadence)", () => {
    const r = coverageReportUnsafe({ communityId: "xiyang", year: 2025, publications: quarterly(["2025-03-28", "2025-06-27", "2025-09-26", "2025-12-26"]) })
    expect(r.complete).toBe(true)
    expect(r.skipped.map((s) => s.dutyId)).toEqual(["vcol.finance-monthly"])
  })
  it("lists the third quarter when nothing was published in it", () => {
    const r = coverageReportUnsafe({ communityId: "xiyang", year: 2025, publications: quarterly(["2025-03-28", "2025-06-27", "2025-12-26"]) })
    expect(r.gaps.map((g) => [g.period.key, g.category])).toEqual([["2025-Q3", "general-affairs"], ["2025-Q3", "finance"]])
    expect(r.gaps[0]?.citation.article).toBe("第三十条")
  })
  it("does not count a publication on 1 April for the first quarter when 31 March is a working day", () => {
    const r = coverageReportUnsafe({ communityId: "xiyang", year: 2025, publications: quarterly(["2025-04-01", "2025-06-27", "2025-09-26", "2025-12-26"]) })
    expect(r.gaps.map((g) => g.period.key)).toEqual(["2025-Q1", "2025-Q1"])
  })
  it("counts a publication on Monday 1 April 2024 for the first quarter, whose last day was a Sunday", () => {
    const r = coverageReportUnsafe({ communityId: "xiyang", year: 2024, publications: quarterly(["2024-04-01", "2024-06-28", "2024-09-27", "2024-12-27"]) })
    expect(r.complete).toBe(true)
  })
  it("asks for monthly finance when collective transactions are many", () => {
    const r = coverageReportUnsafe({ communityId: "xiyang", year: 2025, publications: quarterly(["2025-03-28", "2025-06-27", "2025-09-26", "2025-12-26"]), conditionsMet: ["vcol.finance-monthly"] })
    expect(r.gaps.filter((g) => g.dutyId === "vcol.finance-monthly")).toHaveLength(8)
  })
  it("checks a major matter was published the day it arose", () => {
    const r = coverageReportUnsafe({
      communityId: "xiyang", year: 2025, publications: [...quarterly(["2025-03-28", "2025-06-27", "2025-09-26", "2025-12-26"]), { categories: ["major-matters"], publishedOn: "2025-07-03" }],
      events: [{ dutyId: "vcol.major-matters", on: "2025-07-02" }, { dutyId: "vcol.major-matters", on: "2025-07-03" }]
    })
    expect(r.gaps.map((g) => g.period.key)).toEqual(["event-2025-07-02"])
  })
  it("checks 平原县's four 阳光报告会 against both 三务 and 三资", () => {
    const r = coverageReportUnsafe({ communityId: "xiyang", year: 2025, dutySet: PINGYUAN_DUTIES, publications: [{ categories: ["collective-assets"], publishedOn: "2025-03-20" }] })
    expect(r.gaps.filter((g) => g.dutyId === "pingyuan.three-assets").map((g) => g.period.key)).toEqual(["2025-Q2", "2025-Q3", "2025-Q4"])
    expect(r.gaps.filter((g) => g.dutyId === "pingyuan.three-affairs")).toHaveLength(20)
  })
})

describe("tracking in core's case store (Effect layer)", () => {
  it("stores each step as events and refuses a stale version", () => {
    const program = Effect.gen(function* () {
      let version = 0
      for (const command of steps) version = (yield* trackEffect({ caseId: uid, command, expectedVersion: version })).version
      const loaded = yield* loadOccurrenceEffect(uid)
      const stale = yield* Effect.result(trackEffect({ caseId: uid, command: steps[0], expectedVersion: 1 }))
      return { version, step: loaded.state.step, stale }
    })
    const r = Effect.runSync(Effect.provide(program, Layer.mergeAll(CaseStore.memory)))
    expect(r.version).toBe(6)
    expect(r.step).toBe("archived")
    expect(Result.isFailure(r.stale) && r.stale.failure._tag).toBe("VersionConflict")
  })
  it("fails with InvalidInput for a malformed command", () => {
    const r = Effect.runSync(Effect.provide(Effect.result(trackEffect({ caseId: uid, command: { type: "publish" } })), CaseStore.memory))
    expect(Result.isFailure(r) && r.failure).toBeInstanceOf(InvalidInput)
  })
  it("runs on the plain workflow kernel too", () => {
    const r = handle(OCCURRENCE_TRACKING, OCCURRENCE_TRACKING.initial, { type: "file", on: isoDateUnsafe("2025-05-07"), reviewer: "街道" }, chinaCalendar)
    expect(Result.isFailure(r)).toBe(true)
  })
})
