import { CaseStore, handle, replay } from "@minzheng/core"
import {
  consultationDeadlines,
  consultationWorkflow,
  FIXED_CONSULTATION_ROLES,
  ledgerSummary,
  runConsultationCommand,
  runSunshineCommand,
  sunshineDeadlines,
  sunshineReportWorkflow
} from "@minzheng/mediation"
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const seven = FIXED_CONSULTATION_ROLES.map((role, i) => ({ name: `成员${i + 1}`, role }))

describe("议事协商 七步工作法 (岱岳区, seed 001)", () => {
  const steps = [
    { type: "propose", date: "2025-02-10", village: "岱岳区某村", topic: "村内道路硬化", proposer: "村民代表", mandatory: true },
    { type: "review", date: "2025-02-12", approved: true, reason: "属于公共事务管理" },
    { type: "gather-consensus", date: "2025-03-20", opinions: "多数农户同意按户分摊", consulted: 120 },
    { type: "hold-meeting", date: "2025-04-08", participants: [...seven, { name: "施工方", role: "stakeholder" }], resolution: "按方案实施", votesFor: 28, votesAgainst: 2 },
    { type: "supervise", date: "2025-05-20", supervisor: "包村干部", progress: "完工" },
    { type: "publish", date: "2025-05-25", place: "村务公开栏", content: "道路硬化结果" },
    { type: "file", date: "2025-05-30", fileNumber: "议-2025-3" }
  ]

  it("walks the seven steps in order to 备案归档", () => {
    const program = Effect.forEach(steps, (c) => runConsultationCommand("topic-1", c))
    const outcomes = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(outcomes.at(-1)?.state.step).toBe("filed")
    expect(outcomes.at(-1)?.version).toBe(7)
  })

  it("a topic proposed in February is due at the meeting of April, the first month of the next quarter", () => {
    const s = replay(consultationWorkflow, [{ ...steps[0], type: "proposed" } as never])
    expect(consultationDeadlines("t", s).map((x) => x.due)).toEqual(["2025-04-30"])
    const january = replay(consultationWorkflow, [{ ...steps[0], date: "2025-01-05", type: "proposed" } as never])
    expect(consultationDeadlines("t", january).map((x) => x.due)).toEqual(["2025-01-31"])
  })

  it("a meeting without the legal adviser is refused: the seven fixed members of 7+X must all be there", () => {
    const program = Effect.gen(function* () {
      for (const c of steps.slice(0, 3)) yield* runConsultationCommand("t", c)
      return yield* Effect.flip(runConsultationCommand("t", { ...steps[3], participants: seven.filter((p) => p.role !== "legal-adviser") }))
    })
    const refusal = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(refusal._tag === "TransitionRefused" && refusal.details).toEqual({ missingRoles: ["legal-adviser"] })
  })

  it("skipping review is refused", () => {
    const s = replay(consultationWorkflow, [{ ...steps[0], type: "proposed" } as never])
    const r = handle(consultationWorkflow, s, steps[2] as never)
    expect(r._tag).toBe("Failure")
  })
})

describe("“三务三资”阳光报告会 with its 问题台账 (平原县, seed 001)", () => {
  const meeting = [
    { type: "schedule", date: "2025-01-06", village: "西杨村", quarter: "2025Q1" },
    { type: "report", date: "2025-01-10", reporter: "村委会主任", content: "述职：低保、救灾款物、集体资产" },
    { type: "raise-question", date: "2025-01-10", itemId: "q1", asker: "村民甲", kind: "question", text: "救灾款如何发放", handling: "answered-on-spot", answer: "按户公示后发放" },
    { type: "raise-question", date: "2025-01-10", itemId: "q2", asker: "村民乙", kind: "question", text: "路灯损坏", handling: "answer-later" },
    { type: "raise-question", date: "2025-01-10", itemId: "q3", asker: "村民丙", kind: "idea", text: "宅基地历史遗留问题", handling: "county-township-coordination" },
    { type: "evaluate", date: "2025-01-10", subject: "director", satisfied: 40, basicallySatisfied: 5, dissatisfied: 1 },
    { type: "evaluate", date: "2025-01-10", subject: "committee-members", satisfied: 38, basicallySatisfied: 7, dissatisfied: 1 },
    { type: "evaluate", date: "2025-01-10", subject: "party-members", satisfied: 41, basicallySatisfied: 4, dissatisfied: 1 },
    { type: "fix", date: "2025-01-10", itemId: "q2", target: "修复路灯", measures: "报修", responsible: "村委委员张某", deadline: "2025-01-31" },
    { type: "fix", date: "2025-01-10", itemId: "q3", target: "明确权属", measures: "提请乡镇协调", responsible: "包村干部李某", deadline: "2025-03-31" }
  ]

  const run = (cmds: ReadonlyArray<unknown>) => Effect.runSync(Effect.forEach(cmds, (c) => runSunshineCommand("m", c)).pipe(Effect.provide(CaseStore.memory))).at(-1)

  it("一述、两问、三评、四定, then the ledger is closed item by item (销号管理)", () => {
    const concluded = run([...meeting, { type: "conclude", date: "2025-01-10" }])
    expect(concluded?.state.stage).toBe("ledger-open")
    expect(ledgerSummary(concluded?.state ?? sunshineReportWorkflow.initial)).toEqual({
      total: 3,
      byHandling: { "answered-on-spot": 1, "resolved-on-spot": 0, "answer-later": 1, "county-township-coordination": 1 },
      open: 2
    })
    expect(sunshineDeadlines("m", concluded?.state ?? sunshineReportWorkflow.initial).map((x) => [x.kind, x.due])).toEqual([
      ["ledger-item:q2", "2025-01-31"],
      ["ledger-item:q3", "2025-03-31"],
      ["next-meeting", "2025-06-30"]
    ])
    const closed = run([...meeting, { type: "conclude", date: "2025-01-10" }, { type: "close-item", date: "2025-01-25", itemId: "q2", result: "已修复" }, { type: "close-item", date: "2025-03-15", itemId: "q3", result: "乡镇协调确权" }])
    expect(closed?.state.stage).toBe("closed")
  })

  it("the meeting cannot conclude while a question needing measures has no 四定", () => {
    const exit = Effect.runSyncExit(Effect.forEach([...meeting.slice(0, 9), { type: "conclude", date: "2025-01-10" }], (c) => runSunshineCommand("m", c)).pipe(Effect.provide(CaseStore.memory)))
    expect(Exit.isFailure(exit) && String(exit.cause)).toContain("q3")
  })

  it("questions cannot be raised before the head has reported (一述 comes first)", () => {
    const r = handle(sunshineReportWorkflow, replay(sunshineReportWorkflow, [{ ...meeting[0], type: "scheduled" } as never]), meeting[2] as never)
    expect(r._tag).toBe("Failure")
  })

  it("arbitrary JSON commands to either deliberation workflow give typed errors and write nothing", () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const program = Effect.gen(function* () {
        const a = yield* Effect.flip(runSunshineCommand("m", input))
        const b = yield* Effect.flip(runConsultationCommand("t", input))
        const store = yield* CaseStore
        return [a._tag, b._tag, (yield* store.list()).length] as const
      })
      const exit = Effect.runSyncExit(program.pipe(Effect.provide(CaseStore.memory)))
      expect(Exit.isSuccess(exit)).toBe(true)
      if (Exit.isSuccess(exit)) {
        expect(["InvalidInput", "TransitionRefused"]).toContain(exit.value[0])
        expect(["InvalidInput", "TransitionRefused"]).toContain(exit.value[1])
        expect(exit.value[2]).toBe(0)
      }
    }), { numRuns: 150 })
  })
})
