import { InvalidInput, TransitionRefused, formatCitation, handle, isoDateUnsafe, replay } from "@minzheng/core"
import {
  type VagrancyCaseRecord,
  type VagrancyCommand,
  type VagrancyEvent,
  type VagrancyRequestInput,
  type VagrancyState,
  VAGRANCY_STAY_LIMIT,
  assessVagrancyRequest,
  decodeVagrancyCommand,
  decodeVagrancyEvent,
  followUpStatus,
  repeatVagrancyRate,
  returnLedger,
  vagrancyContext,
  vagrancyDeadlines,
  vagrancyStay,
  vagrancyWorkflow
} from "@minzheng/relief"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const BINZHOU = vagrancyContext("371602") // 滨州市 滨城区
const d = isoDateUnsafe

const eligible = (person: VagrancyRequestInput["person"] = { id: "p1", name: "吴某", birthDate: "1970-05-01", hukouRegion: "371621" }): VagrancyRequestInput => ({
  person,
  information: "provided",
  circumstances: { canAffordFoodAndLodging: false, hasRelativesToRelyOn: false, receivesDibaoOrWubao: false, livingByVagrancyOrBegging: true }
})

type Cmd = VagrancyCommand | { readonly [k: string]: unknown }

/** Runs commands in order; returns the events, the state, and the first refusal (if any). */
const run = (commands: ReadonlyArray<Cmd>, ctx = BINZHOU) => {
  let state: VagrancyState = vagrancyWorkflow.initial
  const events: VagrancyEvent[] = []
  for (const c of commands) {
    const r = handle(vagrancyWorkflow, state, c as VagrancyCommand, ctx)
    if (Result.isFailure(r)) return { state, events, refusal: r.failure }
    events.push(...r.success.events)
    state = r.success.state
  }
  return { state, events, refusal: null as TransitionRefused | null }
}

const admit = (on = "2025-03-01", request = eligible()): Cmd => ({ type: "request-help", on, request })

describe("受助 conditions (实施细则 第二条、第五条)", () => {
  it("someone meeting all four circumstances is admitted, with the stay running to day 10", () => {
    const r = run([admit()])
    expect(r.state.stage).toBe("in-care")
    expect(r.state.limitEnd).toBe("2025-03-11")
  })

  it("each unmet circumstance is a reason told to the person; all are listed", () => {
    const a = assessVagrancyRequest({
      ...eligible(),
      circumstances: { canAffordFoodAndLodging: true, hasRelativesToRelyOn: true, receivesDibaoOrWubao: true, livingByVagrancyOrBegging: false }
    })
    expect(a.outcome).toBe("refused")
    expect(a.reasons.map((x) => x.zh)).toEqual([
      "有能力自行解决食宿，不属于救助对象",
      "有亲友可以投靠，不属于救助对象",
      "享受城市最低生活保障或者农村五保供养，不属于救助对象",
      "并非正在城市流浪乞讨度日，不属于救助对象"
    ])
    const r = run([admit("2025-03-01", { ...eligible(), circumstances: { ...eligible().circumstances!, receivesDibaoOrWubao: true } })])
    expect(r.state.stage).toBe("refused")
    expect(r.state.refusalReasons[0]!.zh).toBe("享受城市最低生活保障或者农村五保供养，不属于救助对象")
  })

  it("refusing to give personal information is refused; being unable (年老、年幼、残疾) is helped first", () => {
    expect(assessVagrancyRequest({ person: { id: "p2" }, information: "refused" }).outcome).toBe("refused")
    const unable = run([admit("2025-03-01", { person: { id: "p3" }, information: "unable" })])
    expect(unable.state.stage).toBe("in-care")
    expect(unable.state.pendingIdentity).toBe(true)
    const identified = run([admit("2025-03-01", { person: { id: "p3" }, information: "unable" }), { type: "identify", on: "2025-03-02", person: { id: "p3", hukouRegion: "371621" } }])
    expect(identified.state.pendingIdentity).toBe(false)
    expect(identified.state.person?.hukouRegion).toBe("371621")
  })

  it("the explanation cites 实施细则 第二条 in Chinese", () => {
    const a = assessVagrancyRequest(eligible())
    expect(a.explanation.citations.map(formatCitation)[0]).toBe("《城市生活无着的流浪乞讨人员救助管理办法实施细则》（民政部令第24号）第二条")
  })

  it("an invalid request gives one InvalidInput listing the problems", () => {
    expect(() => assessVagrancyRequest({ person: { id: "" }, information: "provided" } as VagrancyRequestInput)).toThrow(InvalidInput)
    const r = run([admit("2025-03-01", { person: { id: "" }, information: "nope" } as unknown as VagrancyRequestInput)])
    expect(r.refusal?.reason.zh).toBe("求助信息无效")
  })
})

describe("the 10-day limit (实施细则 第十二条; 民法典 第二百零一条)", () => {
  const service = (on: string): Cmd => ({ type: "provide-service", on, service: "food" })

  it("day 9 and day 10 are within the stay; day 11 is refused without an extension", () => {
    expect(run([admit(), service("2025-03-10")]).refusal).toBeNull() // day 9
    expect(run([admit(), service("2025-03-11")]).refusal).toBeNull() // day 10
    const late = run([admit(), service("2025-03-12")]) // day 11
    expect(late.refusal?.reason.zh).toBe("救助期限至 2025-03-11 届满；因特殊情况需要延长的，应报上级民政主管部门备案后继续救助")
    expect(late.refusal?.details).toEqual({ limitEnd: "2025-03-11", day: 11 })
    expect(late.refusal?.citations.map(formatCitation)).toContain("《城市生活无着的流浪乞讨人员救助管理办法实施细则》（民政部令第24号）第十二条")
  })

  it("vagrancyStay marks day 11 over the limit, day 10 not", () => {
    const s = run([admit()]).state
    expect(vagrancyStay(s, d("2025-03-11"))).toEqual({ day: 10, limitEnd: "2025-03-11", overLimit: false, extended: false })
    expect(vagrancyStay(s, d("2025-03-12")).overLimit).toBe(true)
    expect(vagrancyDeadlines("c1", s)).toEqual([{ caseId: "c1", kind: "vagrancy.stay-limit", due: "2025-03-11", label: { zh: "救助期限届满", en: "end of the stay" } }])
  })

  it("an extension filed by day 10 carries the stay on; filed on day 11 it is refused", () => {
    const extend = (on: string, until = "2025-03-20"): Cmd => ({ type: "extend", on, until, reason: "等待亲属接回", filedWith: "滨州市民政局" })
    const ok = run([admit(), extend("2025-03-11"), service("2025-03-12")])
    expect(ok.refusal).toBeNull()
    expect(ok.state.limitEnd).toBe("2025-03-20")
    expect(vagrancyStay(ok.state, d("2025-03-12")).extended).toBe(true)
    expect(run([admit(), extend("2025-03-12")]).refusal?.reason.zh).toBe("救助期限已于 2025-03-11 届满，不能事后延长")
    expect(run([admit(), extend("2025-03-05", "2025-03-11")]).refusal?.reason.zh).toBe("延长后的期限应晚于 2025-03-11")
  })

  it("a province's shorter limit is a context value", () => {
    const seven = vagrancyContext("371602", 7)
    expect(run([admit()], seven).state.limitEnd).toBe("2025-03-08")
    expect(VAGRANCY_STAY_LIMIT.days).toBe(10)
    expect(() => vagrancyContext("999999", 0)).toThrow(InvalidInput)
  })

  it("property: a service on day n is accepted exactly when n ≤ 10 (seed 20261204)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (n) => {
        const on = new Date(Date.UTC(2025, 2, 1 + n)).toISOString().slice(0, 10)
        expect(run([admit(), service(on)]).refusal === null).toBe(n <= 10)
      }),
      { seed: 20261204, numRuns: 100 }
    )
  })
})

describe("返乡 and 接送 (办法 第十一条; 实施细则 第十一条 and the 接回 clause)", () => {
  const minor = eligible({ id: "p9", name: "小刚", birthDate: "2010-02-01", hukouRegion: "371621" })

  it("an adult returns on their own with a ticket (乘车凭证)", () => {
    const r = run([admit(), { type: "discharge", on: "2025-03-03", mode: "returned", destination: "371621", ticket: true }])
    expect(r.state.stage).toBe("returned")
    expect(r.state.ticket).toBe(true)
  })

  it("a minor may not be sent home alone nor leave: relatives, the employer or the home department collect him", () => {
    const alone = run([admit("2025-03-01", minor), { type: "discharge", on: "2025-03-03", mode: "returned" }])
    expect(alone.refusal?.reason.zh).toBe("受助人员为未成年人，应通知其亲属或者所在单位接回，或由流出地民政部门接回、户籍所在地人民政府安置")
    expect(run([admit("2025-03-01", minor), { type: "discharge", on: "2025-03-03", mode: "left" }]).refusal).not.toBeNull()
    expect(run([admit("2025-03-01", minor), { type: "discharge", on: "2025-03-03", mode: "collected" }]).state.stage).toBe("returned")
  })

  it("the day a person turns 18 they may go home alone", () => {
    const turning = eligible({ id: "p8", birthDate: "2007-03-03" })
    expect(run([admit("2025-03-01", turning), { type: "discharge", on: "2025-03-02", mode: "returned" }]).refusal).not.toBeNull()
    expect(run([admit("2025-03-01", turning), { type: "discharge", on: "2025-03-03", mode: "returned" }]).refusal).toBeNull()
  })

  it("接回 by the home department: within Shandong the county level, across provinces the provincial level", () => {
    const within = run([admit("2025-03-01", minor), { type: "discharge", on: "2025-03-04", mode: "transferred", destination: "370215" }])
    expect(within.state.escortLevel).toBe("county")
    const across = run([admit("2025-03-01", minor), { type: "discharge", on: "2025-03-04", mode: "transferred", destination: "410102" }])
    expect(across.state.escortLevel).toBe("provincial")
    expect(run([admit("2025-03-01", minor), { type: "discharge", on: "2025-03-04", mode: "transferred" }]).refusal).not.toBeNull()
  })

  it("a ticket goes only with a return on one's own; termination needs a reason", () => {
    expect(run([admit(), { type: "discharge", on: "2025-03-03", mode: "collected", ticket: true }]).refusal?.citations.map(formatCitation)).toEqual([
      "《城市生活无着的流浪乞讨人员救助管理办法实施细则》（民政部令第24号）第十一条"
    ])
    expect(run([admit(), { type: "discharge", on: "2025-03-03", mode: "terminated" }]).refusal).not.toBeNull()
    const ended = run([admit(), { type: "discharge", on: "2025-03-03", mode: "terminated", reason: "故意提供虚假个人情况" }])
    expect(ended.state.stage).toBe("closed")
    expect(run([admit(), { type: "discharge", on: "2025-03-03", mode: "terminated", reason: "虚假" }, { type: "provide-service", on: "2025-03-04", service: "food" }]).refusal?.reason.zh).toBe(
      "本次求助已办结，再次求助应新建案件"
    )
  })

  it("a step dated before the previous one is refused", () => {
    expect(run([admit("2025-03-05"), { type: "provide-service", on: "2025-03-04", service: "food" }]).refusal?.reason.zh).toBe("日期 2025-03-04 早于上一步骤日期 2025-03-05")
  })
})

describe("回访 and the ledgers (seed 001, 滨州 “244”)", () => {
  const home = (personId: string, admitted: string, discharged: string, extra: ReadonlyArray<Cmd> = [], hukou = "371621") =>
    run([admit(admitted, eligible({ id: personId, hukouRegion: hukou })), { type: "discharge", on: discharged, mode: "collected", destination: hukou }, ...extra])

  it("a 回访 before the person is home is refused, citing the seed in Chinese", () => {
    const r = run([admit(), { type: "follow-up", on: "2025-03-02", outcome: "settled", visitor: "liaison" }])
    expect(r.refusal?.citations.map(formatCitation)[0]).toMatch(/^地方实践：种子报告 001（滨州“244”/)
  })

  it("every month after the month of return needs a visit (每月不少于1次)", () => {
    const s = home("p1", "2021-01-10", "2021-01-15", [{ type: "follow-up", on: "2021-02-20", outcome: "settled", visitor: "liaison", guardian: "present" }]).state
    expect(followUpStatus(s, d("2021-02-28")).missedMonths).toEqual([]) // February visited
    expect(followUpStatus(s, d("2021-03-31"))).toMatchObject({ missedMonths: [], visitedThisMonth: false }) // March still open
    expect(followUpStatus(s, d("2021-04-01")).missedMonths).toEqual(["2021-03"])
    expect(followUpStatus(s, d("2022-01-01")).missedMonths).toHaveLength(10) // March to December
    expect(() => followUpStatus(run([admit()]).state, d("2021-04-01"))).toThrow(InvalidInput)
  })

  it("the 返乡安置台账 lists returned people, and the at-risk ones for the 易流浪走失人员台账", () => {
    const plain = home("p1", "2021-01-10", "2021-01-15")
    const risky = run([
      admit("2021-02-01", eligible({ id: "p2", name: "孙某", hukouRegion: "371622", risks: ["dementia"] })),
      { type: "discharge", on: "2021-02-03", mode: "transferred", destination: "371622" }
    ])
    const left = run([admit("2021-02-01", eligible({ id: "p3" })), { type: "discharge", on: "2021-02-02", mode: "left" }])
    const cases: VagrancyCaseRecord[] = [
      { caseId: "c1", state: plain.state },
      { caseId: "c2", state: risky.state },
      { caseId: "c3", state: left.state }
    ]
    const ledger = returnLedger(cases, d("2021-03-01"))
    expect(ledger.map((r) => r.caseId)).toEqual(["c1", "c2"])
    expect(ledger.filter((r) => r.atRisk).map((r) => [r.name, r.risks[0]!.zh])).toEqual([["孙某", "阿尔茨海默病患者"]])
    expect(ledger[0]!.followUp.missedMonths).toEqual(["2021-02"])
  })

  it("the seed's measure: 2 of 10 people repeat in 2019 (20.0%), 1 of 10 in 2021 (10.0%)", () => {
    const year = (y: number, repeaters: number): VagrancyCaseRecord[] => {
      const out: VagrancyCaseRecord[] = []
      for (let i = 0; i < 10; i++) {
        const id = `${y}-${i}`
        out.push({ caseId: `${id}-a`, state: home(id, `${y}-03-01`, `${y}-03-05`).state })
        if (i < repeaters) out.push({ caseId: `${id}-b`, state: home(id, `${y}-06-01`, `${y}-06-04`).state })
      }
      return out
    }
    const r2019 = repeatVagrancyRate(year(2019, 2), 2019)
    expect([r2019.persons, r2019.repeatPersons, r2019.admissions, r2019.percent]).toEqual([10, 2, 12, "20.0"])
    const r2021 = repeatVagrancyRate(year(2021, 1), 2021)
    expect([r2021.persons, r2021.repeatPersons, r2021.admissions, r2021.percent]).toEqual([10, 1, 11, "10.0"])
    expect(r2021.explanation.citations.map(formatCitation)[0]).toBe("地方实践：种子报告 001（滨州：流浪乞讨人员反复流浪的比例由2019年的20%下降到2021年的10%）")
  })

  it("a 回访 finding the person wandering again counts as a repeat; 滨州籍 (3716) can be counted apart", () => {
    const again = home("q1", "2021-01-10", "2021-01-15", [{ type: "follow-up", on: "2021-05-02", outcome: "wandering-again", visitor: "social-worker" }])
    const stable = home("q2", "2021-01-10", "2021-01-15", [], "410102")
    const third = home("q3", "2021-02-10", "2021-02-15")
    const cases = [
      { caseId: "a", state: again.state },
      { caseId: "b", state: stable.state },
      { caseId: "c", state: third.state }
    ]
    expect(repeatVagrancyRate(cases, 2021).percent).toBe("33.3")
    const local = repeatVagrancyRate(cases, 2021, "3716")
    expect([local.persons, local.repeatPersons, local.percent]).toEqual([2, 1, "50.0"])
    expect(repeatVagrancyRate(cases, 2020).percent).toBeNull()
    expect(() => repeatVagrancyRate(cases, 2021.5)).toThrow(InvalidInput)
  })
})

describe("event sourcing", () => {
  it("replaying the stored events gives the same state, and every event decodes", () => {
    const r = run([
      admit(),
      { type: "provide-service", on: "2025-03-01", service: "lodging" },
      { type: "extend", on: "2025-03-10", until: "2025-03-15", reason: "待接回", filedWith: "滨州市民政局" },
      { type: "discharge", on: "2025-03-14", mode: "collected" },
      { type: "follow-up", on: "2025-04-02", outcome: "settled", visitor: "liaison" }
    ])
    expect(r.refusal).toBeNull()
    const stored = JSON.parse(JSON.stringify(r.events)) as unknown[]
    expect(stored.every((e) => Result.isSuccess(decodeVagrancyEvent(e)))).toBe(true)
    expect(replay(vagrancyWorkflow, stored as VagrancyEvent[])).toEqual(r.state)
    expect(Result.isFailure(decodeVagrancyCommand({ type: "discharge", on: "2025-03-14", mode: "flew" }))).toBe(true)
  })
})

describe("vagrancy at the real date (today is a test date)", () => {
  it("admits, serves on day 10 and refuses day 11, today and 400 days ahead (no calendar year needed)", () => {
    for (const offset of [0, 400]) {
      const day = (n: number) => new Date(Date.now() + (offset + n) * 86_400_000).toISOString().slice(0, 10)
      expect(run([admit(day(0)), { type: "provide-service", on: day(10), service: "food" }]).refusal).toBeNull()
      expect(run([admit(day(0)), { type: "provide-service", on: day(11), service: "food" }]).refusal).toBeInstanceOf(TransitionRefused)
    }
  })
})
