import { assess, compareAssessments, GBT_42195, GBT_42195_2022, needsReassessment, nextReassessmentDate, nextReassessmentDateUnsafe } from "@minzheng/care-assessment"
import { isoDateUnsafe } from "@minzheng/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { best } from "./helpers.js"

const history = (extra: Record<string, unknown> = {}) => ({ assessments: [{ instrument: "gbt-42195-2022", assessedOn: "2025-03-01", level: "mild" }], ...extra })
const status = (h: unknown, d: string) => Result.getOrThrow(needsReassessment(h, d))

describe("reassessment dates", () => {
  it("the routine reassessment is due 12 months later (an illustrative interval for GB/T 42195)", () => {
    expect(nextReassessmentDateUnsafe(GBT_42195_2022, isoDateUnsafe("2025-03-01"))).toBe("2026-03-01")
  })
  it("the day before it falls due nothing is needed; on the day it is", () => {
    expect(status(history(), "2026-02-28").needed).toBe(false)
    expect(status(history(), "2026-03-01").reasons).toEqual(["routine-due"])
  })
  it("a local 6-month rule (as in MZ/T 039) brings it forward", () => {
    expect(status(history({ intervalMonths: 6 }), "2025-09-01").reasons).toEqual(["routine-due"])
  })
  it("a fall reported after the assessment calls for an immediate reassessment", () => {
    const s = status(history({ conditionChanges: [{ on: "2025-05-20", note: "跌倒骨折" }] }), "2025-06-01")
    expect(s.reasons).toEqual(["condition-changed"])
    expect(s.nextRoutineDate).toBe("2026-03-01")
  })
  it("a change reported before the last assessment is already taken into account", () => {
    expect(status(history({ conditionChanges: [{ on: "2025-02-20" }] }), "2025-06-01").needed).toBe(false)
  })
  it("someone never assessed needs an assessment", () => expect(status({ assessments: [] }, "2025-06-01").reasons).toEqual(["never-assessed"]))
  it("a provisional last result needs a full assessment", () => {
    expect(status({ assessments: [{ instrument: "gbt-42195-2022", assessedOn: "2025-03-01", provisional: true }] }, "2025-03-02").reasons).toEqual(["provisional"])
  })
  it("a bad history and a bad date are reported together", () => {
    const r = needsReassessment({ assessments: [{ instrument: "gbt-42195-2022", assessedOn: "2025-02-30" }] }, "soon")
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.path[0])).toEqual(["history", "asOf"])
  })
})

describe("comparing two assessments", () => {
  const form = (changes: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    instrument: "gbt-42195-2022",
    answers: best(GBT_42195_2022).map((a) => ({ item: a.item, option: changes[a.item] ?? a.option })),
    ...extra
  })
  it("a person who now walks with help and has fallen twice is flagged as deteriorated", () => {
    const before = Result.getOrThrow(assess(GBT_42195, form({})))
    const after = Result.getOrThrow(assess(GBT_42195, form({ walking: "1", stairs: "0", bathing: "2" }, { riskEvents: { fall: 2 } })))
    const c = Result.getOrThrow(compareAssessments(GBT_42195, before, after))
    expect(c.changedItems.map((x) => [x.item, x.direction])).toEqual([["bathing", "worse"], ["walking", "worse"], ["stairs", "worse"]])
    expect(c.totalDelta).toBe(-8)
    expect(c.levelChange).toEqual({ from: "intact", to: "moderate", steps: 2, direction: "deteriorated" })
    expect(c.flags).toEqual(["level-deteriorated", "domain-declined", "new-adjustment"])
  })
  it("昏睡 → 昏迷 is the same score but flags entering a coma", () => {
    const before = Result.getOrThrow(assess(GBT_42195, form({ consciousness: "0" })))
    const after = Result.getOrThrow(assess(GBT_42195, form({ consciousness: "coma" })))
    const c = Result.getOrThrow(compareAssessments(GBT_42195, before, after))
    expect(c.changedItems[0]?.direction).toBe("same-score")
    expect(c.flags).toContain("entered-coma")
  })
})
