/**
 * disclosure's tracking cases as the store tests and the store bench drive them (issue 17): an
 * occurrence followed through the six steps of seed 000 with `trackEffect` / `loadOccurrenceEffect`
 * on whatever `CaseStore` is provided — the worked examples of tracking.test.ts as JSON commands
 * (they cross to another process in the tests).
 */
import type { CaseStore } from "@minzheng/core"
import { findOverdueUnsafe, LICANG_DUTIES, loadOccurrenceEffect, OCCURRENCE_TRACKING, type OccurrenceRecord, scheduleCommunitiesUnsafe, trackEffect, trackOccurrence, type TrackingEvent } from "@minzheng/disclosure"
import * as postgres from "@minzheng/store-postgres"
import * as sqlite from "@minzheng/store-sqlite"
import { Effect, Result } from "effect"
import type { StoreAdapters, WorkflowDriver } from "../../../scripts/test/stores.js"

/** The store packages, as disclosure's tests import them. */
export const adapters: StoreAdapters = { sqlite, postgres }

const pure = (commands: ReadonlyArray<unknown>) => {
  let state: OccurrenceRecord = OCCURRENCE_TRACKING.initial
  const events: TrackingEvent[] = []
  for (const c of commands) {
    const r = trackOccurrence(state, c)
    if (Result.isFailure(r)) throw r.failure
    state = r.success.state
    events.push(...r.success.events)
  }
  return { state, events }
}

type Occurrence = Parameters<typeof findOverdueUnsafe>[0]["occurrences"][number]

/** The step and flags of each case, and what `findOverdue` finds over the records read from the store. */
const readingsOf =
  (occurrences: ReadonlyArray<Occurrence>, asOf: string, uid: string) =>
  (caseIds: ReadonlyArray<string>): Effect.Effect<unknown, unknown, CaseStore> =>
    Effect.gen(function* () {
      const cases: Record<string, unknown> = {}
      const findings: Record<string, unknown> = {}
      for (const id of caseIds) {
        const { state } = yield* loadOccurrenceEffect(id)
        cases[id] = { step: state.step, late: state.late, noticeEnd: state.noticeEnd, earlyDecision: state.earlyDecision }
        findings[id] = findOverdueUnsafe({ occurrences: [...occurrences], records: { [uid]: state }, asOf }).map((f) => ({ kind: f.kind, daysLate: f.daysLate, uid: f.uid, due: f.due }))
      }
      return { cases, findings }
    })

const driver = (spec: Omit<WorkflowDriver, "command" | "load" | "pure">): WorkflowDriver => ({
  ...spec,
  command: (caseId, command) => trackEffect({ caseId, command }),
  load: (caseId) => loadOccurrenceEffect(caseId),
  pure
})

const monthlyUid = "hushan/licang.monthly-affairs/2025-05"
const may = scheduleCommunitiesUnsafe({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-05-01", to: "2025-05-31" })

/** 虎山社区's 居务公开 of May 2025: plan → filing → publication (due 12 May) → comments → feedback → archive. */
export const monthly = driver({
  name: "monthly",
  title: "居务公开 six steps (OCCURRENCE_TRACKING)",
  commands: [
    { type: "plan", on: "2025-05-06", summary: "5月居务公开方案", occurrence: { uid: monthlyUid, dutyId: "licang.monthly-affairs", due: "2025-05-12" } },
    { type: "file", on: "2025-05-07", reviewer: "虎山路街道办事处" },
    { type: "publish", on: "2025-05-12", channel: "notice-board", photoEvidenceId: "IMG-20250512-01" },
    { type: "record-comments", on: "2025-05-20", comments: [{ text: "建议公开楼道照明维修费用明细" }] },
    { type: "give-feedback", on: "2025-05-26", feedback: "已在6月公开栏补充维修费用明细" },
    { type: "archive", on: "2025-05-30", archiveRef: "2025-居务-05" }
  ],
  split: 2,
  // two clerks post the same publication (one on the notice board, one on the web): the six steps
  // take one at a time, so the loser, having reloaded, records the residents' comments instead
  race: {
    at: 2,
    a: { type: "publish", on: "2025-05-12", channel: "notice-board", photoEvidenceId: "IMG-20250512-01" },
    b: { type: "publish", on: "2025-05-12", channel: "web" },
    retry: () => ({ type: "record-comments", on: "2025-05-20", comments: [{ text: "建议公开楼道照明维修费用明细" }] })
  },
  readings: readingsOf(
    may.occurrences.filter((o) => o.dutyId === "licang.monthly-affairs"),
    "2025-05-13",
    monthlyUid
  )
})

const noticeUid = "hushan/licang.dibao-notice/d-031"
const noticeOccurrence: Occurrence = {
  uid: noticeUid,
  communityId: "hushan",
  dutyId: "licang.dibao-notice",
  key: "d-031",
  kind: "public-notice",
  nominal: "2025-09-26",
  due: "2025-09-26",
  moved: false,
  noticeEnd: "2025-10-09",
  provisional: false
} as Occurrence

/** A 低保 初审公示 posted 26 September 2025 (its 7 days end 9 October, after National Day) and the decision it served. */
export const dibaoNotice = driver({
  name: "notice",
  title: "低保 公示 and its decision (OCCURRENCE_TRACKING)",
  commands: [
    { type: "plan", on: "2025-09-22", summary: "低保初审公示", occurrence: { uid: noticeUid, dutyId: "licang.dibao-notice", due: "2025-09-26", noticeDuration: { days: 7 } } },
    { type: "file", on: "2025-09-24", reviewer: "虎山路街道" },
    { type: "publish", on: "2025-09-26", channel: "notice-board", photoEvidenceId: "IMG-0926" },
    { type: "record-comments", on: "2025-10-09", comments: [{ text: "无异议" }] },
    { type: "record-decision", on: "2025-10-10" },
    { type: "give-feedback", on: "2025-10-15", feedback: "公示期满无异议，已报县级审批" },
    { type: "archive", on: "2025-10-20", archiveRef: "2025-低保公示-031" }
  ],
  split: 3,
  // after the posting, a clerk records the comments while another records the decision
  race: { at: 3, a: { type: "record-comments", on: "2025-10-09", comments: [{ text: "无异议" }] }, b: { type: "record-decision", on: "2025-10-10" } },
  readings: readingsOf([noticeOccurrence], "2025-10-20", noticeUid)
})

/** The tracking cases (the child process of the store tests looks them up by name). */
export const drivers: ReadonlyArray<WorkflowDriver> = [monthly, dibaoNotice]
