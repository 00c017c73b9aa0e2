import { CalendarYearNotCovered, CaseStore, chinaCalendar, InvalidInput, isoDateUnsafe } from "@minzheng/core"
import {
  applyNonWorkingDayPolicy,
  buildNoticeUnsafe,
  checkDecisionTiming,
  checkDecisionTimingUnsafe,
  checkPublicNoticeLength,
  coverageReport,
  coverageReportUnsafe,
  dibaoNotice,
  dibaoNoticeUnsafe,
  publicNoticeEnd,
  publicNoticePeriod,
  scheduleCommunities,
  LICANG_DUTIES,
  OCCURRENCE_TRACKING,
  occurrenceNoticePeriodUnsafe,
  publicNoticePeriodUnsafe,
  renderNoticeText,
  scheduleCommunitiesUnsafe,
  scheduleEffect,
  loadOccurrenceEffect,
  toICalendarUnsafe,
  trackEffect as disclosureTrack,
  trackOccurrence
} from "@minzheng/disclosure"
import { Effect, Exit, Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const period = { from: "2025-09-26", to: "2025-10-09" }
const textColumn = { key: "remark", label: { zh: "备注", en: "remark" }, type: "text" } as const
const withRemark = (remark: unknown, extra: Record<string, unknown> = {}) => ({ title: "公示", issuer: "虎山社区", period, columns: [textColumn], rows: [{ remark }], ...extra })
const issuesOf = (f: () => unknown): ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string; zh: string; en: string }> => {
  try {
    f()
  } catch (e) {
    if (e instanceof InvalidInput) return e.issues
    throw e
  }
  return []
}

describe("free text that hides a personal number is refused and never printed (issue 15)", () => {
  const hidden = ["138-1234-5678", "138 1234 1234", "+8613812341234", "身份证 110105 19491231 002X", "电话１３８１２３４５６７８", "0086 138 1234 5678"]
  for (const text of hidden) {
    it(`a remark "${text}" is refused with the kind of number named, not the number`, () => {
      const issues = issuesOf(() => buildNoticeUnsafe(withRemark(`联系人：${text}`)))
      expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([["rows.0.remark", "personal_number"]])
      expect(issues[0]?.zh).toMatch(/手机号码|身份证号码/)
      expect(JSON.stringify(issues)).not.toContain(text)
    })
  }
  it("the title, issuer, footer and column labels are searched too", () => {
    const issues = issuesOf(() =>
      buildNoticeUnsafe({
        title: "咨询 138-1234-5678",
        issuer: "虎山社区 +8613812341234",
        period,
        columns: [{ key: "remark", label: { zh: "备注 110105 19491231 002X", en: "remark" }, type: "text" }],
        rows: [],
        footer: "监督电话 １３８１２３４５６７８"
      })
    )
    expect(issues.map((i) => i.path.join("."))).toEqual(["columns.0.label.zh", "title", "issuer", "footer"])
  })
  it("an 11-digit integer cell is a mobile number, not a count", () => {
    const issues = issuesOf(() => buildNoticeUnsafe({ title: "公示", issuer: "虎山社区", period, columns: [{ key: "n", label: { zh: "人数", en: "members" }, type: "integer" }], rows: [{ n: 13812345678 }] }))
    expect(issues.map((i) => i.code)).toEqual(["personal_number"])
  })
  it("amounts, dates and counts in free text pass", () => {
    const n = buildNoticeUnsafe(withRemark("2025-07-13 起每月 1050.00 元，共 3 户 7 人"))
    expect(n.rows).toEqual([["2025-07-13 起每月 1050.00 元，共 3 户 7 人"]])
  })
  it("a renderer masks a number even in a masked notice assembled by hand", () => {
    const forged = { masked: true as const, title: "公示 138-1234-5678", issuer: "i", period, columns: [textColumn], rows: [["+8613812341234"]], footer: "身份证 110105 19491231 002X" }
    const text = renderNoticeText(forged)
    for (const raw of ["12345678", "13812341234", "19491231"]) expect(text.replace(/\D/g, "")).not.toContain(raw)
  })
  it("property: a mobile number split by any separators is refused", () =>
    fc.assert(
      fc.property(fc.constantFrom("-", " ", "　", ".", "－", ""), fc.constantFrom("", "+86", "+86 ", "0086"), fc.boolean(), (sep, prefix, fullWidth) => {
        let phone = `${prefix}138${sep}1234${sep}5678`
        if (fullWidth) phone = phone.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
        return issuesOf(() => buildNoticeUnsafe(withRemark(`请联系${phone}`))).some((i) => i.code === "personal_number")
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100) }
    ))
})

describe("OCCURRENCE_TRACKING.decide and evolve give typed errors on hostile input (issue 15)", () => {
  const hostile: unknown[] = [null, undefined, 0, "[]", [], {}, { step: "[]" }, { step: "due" }, { step: "due", comments: "x" }, { step: "published", comments: [], lastOn: Symbol.for("x") }, JSON.parse('{"__proto__":{"step":"due"}}')]
  const command = { type: "file", on: "2025-01-06", reviewer: "街道" }
  it("decide on a bad state or command throws one InvalidInput, never a TypeError", () => {
    for (const h of hostile) {
      for (const [s, c] of [[h, command], [OCCURRENCE_TRACKING.initial, h]] as const) {
        let caught: unknown
        try {
          OCCURRENCE_TRACKING.decide(s as never, c as never, chinaCalendar)
        } catch (e) {
          caught = e
        }
        expect(caught).toBeInstanceOf(InvalidInput)
      }
    }
  })
  it("evolve on a bad state or event throws one InvalidInput", () => {
    for (const h of hostile) {
      for (const [s, e] of [[h, { type: "filed", on: "2025-01-06", reviewer: "x" }], [OCCURRENCE_TRACKING.initial, h], [OCCURRENCE_TRACKING.initial, { type: "comments-recorded", on: "2025-01-06", comments: "x" }]] as const) {
        expect(() => OCCURRENCE_TRACKING.evolve(s as never, e as never)).toThrow(InvalidInput)
      }
    }
  })
  it("a 公示 posted where the calendar ends fails with CalendarYearNotCovered, naming 2027 and both fixes", () => {
    const planned = trackOccurrence(OCCURRENCE_TRACKING.initial, { type: "plan", on: "2026-12-20", summary: "低保公示", occurrence: { uid: "c/d/x", dutyId: "d", due: "2026-12-28", noticeDuration: { days: 7 } } })
    if (Result.isFailure(planned)) throw planned.failure
    const filed = trackOccurrence(planned.success.state, { type: "file", on: "2026-12-21", reviewer: "街道" })
    if (Result.isFailure(filed)) throw filed.failure
    const r = trackOccurrence(filed.success.state, { type: "publish", on: "2026-12-28", channel: "web" })
    expect(Result.isFailure(r) && r.failure).toBeInstanceOf(CalendarYearNotCovered)
    if (Result.isFailure(r) && r.failure instanceof CalendarYearNotCovered) {
      expect(r.failure.year).toBe(2027)
      expect(r.failure.messageZh).toContain("--calendar")
      expect(r.failure.messageZh).toContain("--provisional-calendar")
    }
    const projected = trackOccurrence(filed.success.state, { type: "publish", on: "2026-12-28", channel: "web" }, chinaCalendar.withProjection(2027))
    expect(Result.isSuccess(projected) && projected.success.state.noticeEnd).toBe("2027-01-04")
  })
})

describe("the 公示期: one last day for the notice text and the .ics (issue 15)", () => {
  it("a 低保 公示 posted 2025-07-07 runs to 2025-07-14 (第二百零一条: the posting day is not counted)", () => {
    expect(publicNoticePeriodUnsafe(isoDateUnsafe("2025-07-07"), { days: 7 })).toMatchObject({ from: "2025-07-07", to: "2025-07-14", extended: false })
  })
  it("the schedule, the notice and the .ics show the same last day; the .ics DTEND is the next day (exclusive, RFC 5545)", () => {
    const s = scheduleCommunitiesUnsafe({ communities: [{ id: "c1", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-07-01", to: "2025-07-31", events: [{ communityId: "c1", dutyId: "licang.dibao-notice", on: "2025-07-07" }] })
    const occ = s.occurrences.find((o) => o.kind === "public-notice")
    if (occ === undefined) throw new Error("no notice")
    const p = occurrenceNoticePeriodUnsafe(occ)
    expect(p).toEqual({ from: "2025-07-07", to: "2025-07-14" })
    const text = renderNoticeText(dibaoNoticeUnsafe({ issuer: "虎山社区", period: p, rows: [] }))
    expect(text).toContain("公示期：2025-07-07 至 2025-07-14")
    const ics = toICalendarUnsafe(s, { stamp: "2025-01-01T00:00:00Z", todos: false }).replace(/\r\n /g, "")
    expect(ics).toContain("DTSTART;VALUE=DATE:20250707")
    expect(ics).toContain("DTEND;VALUE=DATE:20250715")
    expect(ics).toContain("公示期：2025-07-07 至 2025-07-14")
  })
  it("the demo's 至 2025-07-13 is one day short and refused, citing 第十九条; at 07-14 it passes; 07-15 too", () => {
    const short = issuesOf(() => dibaoNoticeUnsafe({ issuer: "虎山社区", period: { from: "2025-07-07", to: "2025-07-13" }, rows: [] }))
    expect(short.map((i) => [i.path.join("."), i.code])).toEqual([["period.to", "notice_too_short"]])
    expect(short[0]?.zh).toContain("《最低生活保障审核确认办法》")
    expect(short[0]?.zh).toContain("第十九条")
    expect(short[0]?.zh).toContain("至少至 2025-07-14")
    expect(issuesOf(() => dibaoNoticeUnsafe({ issuer: "虎山社区", period: { from: "2025-07-07", to: "2025-07-14" }, rows: [] }))).toEqual([])
    expect(issuesOf(() => dibaoNoticeUnsafe({ issuer: "虎山社区", period: { from: "2025-07-07", to: "2025-07-15" }, rows: [] }))).toEqual([])
  })
  // checkPublicNoticeLength answers with a Result: the too-short issue is its InvalidInput failure.
  const tooShort = (r: ReturnType<typeof checkPublicNoticeLength>) =>
    Result.isFailure(r) && r.failure._tag === "InvalidInput" ? r.failure.issues.map((i) => [i.path.join("."), i.code, i.zh]) : []
  it("a 7th day in the National Day holiday extends the minimum (第二百零三条): posted 09-26, at least to 10-09", () => {
    const short = tooShort(checkPublicNoticeLength({ from: "2025-09-26", to: "2025-10-08" }, "dibao"))
    expect(short.map(([path, code]) => [path, code])).toEqual([["period.to", "notice_too_short"]])
    expect(short[0]?.[2]).toContain("至少至 2025-10-09")
    const ok = checkPublicNoticeLength({ from: "2025-09-26", to: "2025-10-09" }, "dibao")
    expect(Result.isSuccess(ok) && ok.success.to).toBe("2025-10-09")
    expect(Result.isSuccess(checkPublicNoticeLength({ from: "2025-09-26", to: "2025-10-10" }, "dibao"))).toBe(true)
  })
  it("checkPublicNoticeLength: a bad kind is InvalidInput at `kind`; a minimum past the calendar is CalendarYearNotCovered", () => {
    const bad = checkPublicNoticeLength({ from: "2025-07-07", to: "2025-07-20" }, "weekly" as never)
    expect(Result.isFailure(bad) && bad.failure._tag === "InvalidInput" && bad.failure.issues[0]?.path[0]).toBe("kind")
    const far = checkPublicNoticeLength({ from: "2040-07-02", to: "2040-07-20" }, "dibao")
    expect(Result.isFailure(far) && far.failure._tag).toBe("CalendarYearNotCovered")
  })
  it("a 特困 公示 cites 《特困人员认定办法》第十五条; the 星级 公示 cites seed 000 in Chinese", () => {
    expect(tooShort(checkPublicNoticeLength({ from: "2025-07-07", to: "2025-07-10" }, "tekun"))[0]?.[2]).toContain("《特困人员认定办法》（民发〔2021〕43号）第十五条")
    const star = String(tooShort(checkPublicNoticeLength({ from: "2025-07-07", to: "2025-07-10" }, "star-rating"))[0]?.[2] ?? "")
    expect(star).toContain("地方实践：种子报告 000")
    expect(star).not.toMatch(/[A-Za-z]/)
  })
  it("buildNoticeUnsafe checks the minimum only when told the programme", () => {
    const input = { title: "特困公示", issuer: "虎山社区", period: { from: "2025-07-07", to: "2025-07-10" }, columns: [], rows: [] }
    expect(issuesOf(() => buildNoticeUnsafe(input))).toEqual([])
    expect(issuesOf(() => buildNoticeUnsafe({ ...input, kind: "tekun" })).map((i) => i.code)).toEqual(["notice_too_short"])
  })
})

// The machine's civil date in China (UTC+8), not pinned: "today is a test date".
const todayInChina = (offsetDays = 0) => isoDateUnsafe(new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10))
const yearOf = (d: string) => Number(d.slice(0, 4))

describe("schedules at the real date and 400 days ahead (issue 13)", () => {
  const request = (from: string, to: string) => ({
    communities: [{ id: "c1", name: "虎山社区" }],
    dutySet: LICANG_DUTIES,
    from,
    to,
    events: [{ communityId: "c1", dutyId: "licang.dibao-notice", on: from }]
  })
  const succeedsOrNamesTheFix = (f: () => unknown) => {
    try {
      f()
      return "ok"
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarYearNotCovered)
      const c = e as CalendarYearNotCovered
      expect(c.year).toBeGreaterThan(2026)
      expect(c.messageZh).toContain(String(c.year))
      expect(c.messageZh).toContain("--calendar")
      expect(c.messageZh).toContain("--provisional-calendar")
      return "not-covered"
    }
  }
  for (const offset of [0, 400]) {
    it(`${offset === 0 ? "today" : "400 days ahead"}: with the shipped calendar each call succeeds or fails with CalendarYearNotCovered naming the fix`, () => {
      const day = todayInChina(offset)
      const to = todayInChina(offset + 40)
      for (const f of [
        () => scheduleCommunitiesUnsafe(request(day, to)),
        () => publicNoticePeriodUnsafe(day, { days: 7 }),
        () => checkDecisionTimingUnsafe({ postedOn: day, duration: { days: 7 }, decidedOn: to }),
        () => coverageReportUnsafe({ communityId: "c1", year: yearOf(day), publications: [] }),
        () => dibaoNoticeUnsafe({ issuer: "虎山社区", period: { from: day, to }, rows: [] })
      ]) {
        succeedsOrNamesTheFix(f)
      }
      // The plain names return the same outcome as a Result: never a throw.
      for (const r of [
        scheduleCommunities(request(day, to)),
        publicNoticePeriod(day, { days: 7 }),
        publicNoticeEnd(day, { days: 7 }),
        checkDecisionTiming({ postedOn: day, duration: { days: 7 }, decidedOn: to }),
        coverageReport({ communityId: "c1", year: yearOf(day), publications: [] }),
        dibaoNotice({ issuer: "虎山社区", period: { from: day, to }, rows: [] }),
        applyNonWorkingDayPolicy(to, "next", chinaCalendar),
        checkPublicNoticeLength({ from: day, to }, "dibao")
      ]) {
        succeedsOrNamesTheFix(() => Result.getOrThrow(r as Result.Result<unknown, unknown>))
      }
      const exit = Effect.runSyncExit(scheduleEffect(request(day, to)))
      if (Exit.isFailure(exit)) expect(JSON.stringify(exit.cause)).toContain("CalendarYearNotCovered")
    })
    it(`${offset === 0 ? "today" : "400 days ahead"}: with the projection opted in every call succeeds, marked provisional past the data`, () => {
      const day = todayInChina(offset)
      const to = todayInChina(offset + 40)
      const projected = chinaCalendar.withProjection(yearOf(to) + 1)
      const s = scheduleCommunitiesUnsafe(request(day, to), projected)
      expect(s.occurrences.length).toBeGreaterThan(0)
      const beyond = !chinaCalendar.covers(to) || !chinaCalendar.covers(s.occurrences.find((o) => o.kind === "public-notice")?.noticeEnd ?? day)
      if (beyond) expect(s.occurrences.some((o) => o.provisional)).toBe(true)
      expect(publicNoticePeriodUnsafe(day, { days: 7 }, projected).to >= day).toBe(true)
      const r = coverageReportUnsafe({ communityId: "c1", year: yearOf(day), publications: [] }, projected)
      if (yearOf(day) > 2026) expect(r.provisional).toBe(true)
      expect(checkDecisionTimingUnsafe({ postedOn: day, duration: { days: 7 }, decidedOn: to }, projected).noticeEnd >= day).toBe(true)
    })
  }
  it("a 2027 schedule fails with the typed error (year 2027) through the pure function and the Effect layer", () => {
    const req = request("2027-01-01", "2027-12-31")
    expect(() => scheduleCommunitiesUnsafe(req)).toThrow(CalendarYearNotCovered)
    const exit = Effect.runSyncExit(scheduleEffect(req))
    expect(Exit.isFailure(exit) && JSON.stringify(exit.cause)).toContain('"year":2027')
    const s = scheduleCommunitiesUnsafe(req, chinaCalendar.withProjection(2028))
    expect(s.occurrences.filter((o) => o.moved).every((o) => o.provisional)).toBe(true)
  })
})

it("in core's case store a 公示 posted past the calendar fails with CalendarYearNotCovered, nothing stored", () => {
  const caseId = "c1/licang.dibao-notice/late"
  const steps = [
    { type: "plan", on: "2026-12-20", summary: "低保公示", occurrence: { uid: caseId, dutyId: "licang.dibao-notice", due: "2026-12-28", noticeDuration: { days: 7 } } },
    { type: "file", on: "2026-12-21", reviewer: "街道" },
    { type: "publish", on: "2026-12-28", channel: "web" }
  ]
  const program = Effect.gen(function* () {
    for (const command of steps.slice(0, 2)) yield* disclosureTrack({ caseId, command })
    const exit = yield* Effect.exit(disclosureTrack({ caseId, command: steps[2] }))
    const after = yield* loadOccurrenceEffect(caseId)
    return { exit, version: after.version }
  })
  const { exit, version } = Effect.runSync(Effect.provide(program, CaseStore.memory))
  expect(Exit.isFailure(exit) && JSON.stringify(exit.cause)).toContain("CalendarYearNotCovered")
  expect(version).toBe(2)
})
