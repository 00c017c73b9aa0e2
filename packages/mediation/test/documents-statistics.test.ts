import { CaseStore, isoDateUnsafe as d } from "@minzheng/core"
import {
  agreementDocument,
  committeeStatistics,
  followUpDocument,
  listMediationDeadlines,
  type MediationState,
  registrationDocument,
  renderAgreementZh,
  renderFollowUpZh,
  renderRegistrationZh,
  renderSessionRecordZh,
  runMediationCommand,
  sessionRecordDocument
} from "@minzheng/mediation"
import { Effect, Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { committee, run, startCommand, toAgreement } from "./fixtures.js"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(String(r.failure))
  return r.success
}

describe("documents", () => {
  const agreed = run([
    ...toAgreement("2025-03-03", "2025-03-11", "2025-04-30"),
    { type: "record-follow-up", date: "2025-05-06", visitor: "王调解", performance: "performed", notes: "货款已付清" }
  ]).state

  it("the 调解协议书 carries the 第二十九条 contents, one copy per party plus one, and masks ID numbers by default", () => {
    const doc = ok(agreementDocument(agreed))
    expect(doc.copies).toBe(3)
    expect(doc.effectiveOn).toBe("2025-03-11")
    const text = renderAgreementZh(doc)
    expect(text).toContain("人民调解协议书")
    expect(text).toContain("纠纷的主要事实：")
    expect(text).toContain("争议事项：")
    expect(text).toContain("各方当事人的责任：")
    expect(text).toContain("一、青岛某商贸有限公司支付货款人民币 12000.00 元，履行方式：银行转账，履行期限：2025-04-30前。")
    expect(text).toContain("本协议一式三份，当事人各执一份，人民调解委员会留存一份。")
    expect(text).toContain("身份证号：110105********002X")
    expect(text).not.toContain("11010519491231002X")
    expect(text).toContain("电话：138****5678")
    expect(text).toContain("生效日期：2025-03-11")
  })

  it("the signed copy for the parties can state ID numbers in full", () => {
    expect(renderAgreementZh(ok(agreementDocument(agreed, { idNumbers: "full" })))).toContain("11010519491231002X")
  })

  it("the registration, session record and follow-up record render as Chinese text, IDs masked", () => {
    const reg = renderRegistrationZh(ok(registrationDocument(agreed)))
    expect(reg).toContain("纠纷来源：当事人申请（书面申请）")
    expect(reg).toContain("调解组织：城阳区中小企业协会人民调解委员会（社会组织人民调解委员会）")
    expect(reg).toContain("纠纷类别：合同纠纷")
    expect(reg).not.toContain("11010519491231002X")
    const rec = renderSessionRecordZh(ok(sessionRecordDocument(agreed, 0)))
    expect(rec).toContain("第1次调解　日期：2025-03-03　方式：不公开调解")
    expect(rec).toContain("已告知当事人在调解活动中享有的权利和承担的义务。")
    expect(renderFollowUpZh(ok(followUpDocument(agreed, 0)))).toContain("履行情况：已全部履行")
  })

  it("a document the case does not have yet is a typed DocumentUnavailable", () => {
    const r = followUpDocument(agreed, 3)
    expect(Result.isFailure(r) && r.failure._tag).toBe("DocumentUnavailable")
  })

  it("arbitrary input to the document functions gives typed errors only", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (state, index) => {
        const results: Array<Result.Result<unknown, { readonly _tag: string }>> = [agreementDocument(state as MediationState, index as never), registrationDocument(state as MediationState), sessionRecordDocument(state as MediationState, index as number), followUpDocument(agreed, index as number)]
        for (const r of results) {
          if (Result.isFailure(r)) expect(["InvalidInput", "DocumentUnavailable"]).toContain(r.failure._tag)
        }
      }),
      { numRuns: 200 }
    )
  })
})

describe("statistics per committee and period (青岛 pilot, seed 001)", () => {
  // The pilot's counts: 合同纠纷 25, 会员单位矛盾 18, 劳动关系纠纷 16, 邻里矛盾 12, 经济纠纷 6.
  const pilot: Array<[string, number]> = [["contract", 25], ["member-unit", 18], ["labour", 16], ["neighbour", 12], ["economic", 6]]
  const cases: MediationState[] = pilot.flatMap(([category, n]) => Array.from({ length: n }, () => run([startCommand("2025-02-01", { category })]).state))

  it("counts the pilot's 77 disputes by category", () => {
    const [row] = ok(committeeStatistics(cases, { from: "2025-01-01", to: "2025-12-31" }))
    expect(row?.cases).toBe(77)
    expect(row?.byCategory).toEqual({ contract: 25, "member-unit": 18, labour: 16, neighbour: 12, economic: 6 })
    expect(row?.committee).toEqual({ id: committee.id, name: committee.name, kind: "social-organisation" })
    expect(row?.outcomes.pending).toBe(77)
    expect(row?.amountInvolved).toBe("924000.00")
  })

  it("outcomes, mean duration, judicially confirmed agreements and amounts", () => {
    const confirmed = run([
      ...toAgreement("2025-03-03", "2025-03-11"),
      { type: "apply-for-confirmation", date: "2025-03-12", applicantPartyIds: ["p1", "o1"], court: "法院" },
      { type: "record-court-decision", date: "2025-03-20", outcome: "confirmed" }
    ]).state
    const declined = run([startCommand("2025-03-05"), { type: "decline", date: "2025-03-06", reason: "already-resolved-by-authority" }]).state
    const outside = run([startCommand("2024-12-31")]).state
    const [row] = ok(committeeStatistics([confirmed, declined, outside], { from: "2025-01-01", to: "2025-03-31" }))
    expect(row?.outcomes).toEqual({ agreed: 1, failed: 0, withdrawn: 0, notAccepted: 1, pending: 0 })
    expect(row?.meanDurationDays).toBe(4.5)
    expect(row?.judiciallyConfirmed).toBe(1)
    expect(row?.amountAgreed).toBe("12000.00")
  })

  it("a bad period and a non-state are reported together in one InvalidInput", () => {
    const r = committeeStatistics([cases[0] as MediationState, { status: "x" } as never], { from: "2025-13-01", to: "2025-12-31" })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.path.join("."))).toEqual(["from", "cases.1"])
  })

  it("arbitrary input gives a typed error only", () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => {
      const r = committeeStatistics(a as never, b as never)
      if (Result.isFailure(r)) expect(r.failure._tag).toBe("InvalidInput")
    }), { numRuns: 200 })
  })
})

describe("deadlines across the store (core listByDue)", () => {
  it("lists every case's open deadlines soonest first", () => {
    const program = Effect.gen(function* () {
      yield* Effect.forEach(toAgreement("2025-03-03", "2025-03-11").slice(0, 2), (c) => runMediationCommand("a", c))
      yield* Effect.forEach(toAgreement("2025-02-03", "2025-02-03"), (c) => runMediationCommand("b", c))
      return yield* listMediationDeadlines
    })
    const list = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(list.map((x) => [x.caseId, x.kind, x.due])).toEqual([
      ["b", "confirmation-window", "2025-03-05"],
      ["a", "time-limit", "2025-04-03"],
      ["b", "follow-up", "2025-12-31"]
    ])
    expect(d("2025-03-05")).toBe("2025-03-05")
  })
})
