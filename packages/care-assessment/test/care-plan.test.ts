import { assess, type CarePlan, entitledServicesEffect, GBT_42195, GBT_42195_2022, makeCarePlan, makeCarePlanEffect, NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
import { isoDateUnsafe, renderExplanationZh, todayLayer } from "@minzheng/core"
import { Effect, Exit, Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const base = {
  person: { birthDate: "1947-03-12", identity: "dibao" },
  assessment: { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", level: "moderate" },
  setting: "home",
  needs: ["daily-living", "nursing"],
  asOf: "2025-06-01"
}
const plan = (over: Record<string, unknown> = {}): CarePlan => Result.getOrThrow(makeCarePlan({ ...base, ...over }))

describe("李沧 社区长照 (seed 000): from an assessment to a care plan", () => {
  it("the worked example: a 78-year-old 低保 recipient of 中度失能 at home asking for 生活照顾 and 护理", () => {
    const p = plan({ hourlyRate: "25.00" })
    expect(p.covered).toBe(true)
    expect(p.age).toBe(78)
    expect(p.priorityGroups).toEqual(["hardship", "disabled-or-dementia"])
    expect(p.functions.map((f) => f.name.zh)).toEqual(["生活照顾", "护理"])
    // 峡山 table, 低保 + 中度 at home: 30 free hours a month (an illustrative figure within 10–60).
    expect(p.entitlement?.rule).toBe("home-dibao-poor-moderate")
    expect(p.monthlyFreeHours).toBe(30)
    expect(p.hours?.byFunction.find((f) => f.function === "daily-living")?.services).toEqual([
      { service: "cleaning", hours: 6 },
      { service: "feeding", hours: 6 },
      { service: "dressing", hours: 6 },
      { service: "shopping", hours: 6 }
    ])
    expect(p.hours?.byFunction.find((f) => f.function === "nursing")?.hours).toBe(6)
    expect(p.payment?.basis).toBe("free-hours")
    expect(p.payment?.government?.toString()).toBe("750.00")
    expect(p.payment?.person?.toString()).toBe("0.00")
    expect(p.reassessment).toEqual({ nextRoutineDate: "2026-05-15", needed: false, reasons: [] })
    expect(p.illustrative).toBe(true)
    expect(p.explanation.label.zh).toBe("照护计划：能力中度受损（中度失能），居家照料，每月免费护理 30 小时（含示例值）；下次常规复评 2026-05-15")
  })
  it("links the result of a filled GB/T 42195-2022 form (total 55 → 中度) straight into the plan", () => {
    const scores: Record<string, string> = {
      eating: "3", grooming: "2", bathing: "1", "upper-dressing": "2", "lower-dressing": "2", bladder: "3", bowel: "3", toileting: "2",
      "bed-mobility": "3", "bed-chair-transfer": "2", walking: "2", stairs: "1",
      "time-orientation": "3", "place-orientation": "3", "person-orientation": "4", memory: "2", comprehension: "3", expression: "3",
      aggression: "1", depression: "1", consciousness: "2", vision: "1", hearing: "1",
      "daily-affairs": "2", transport: "1", "social-interaction": "2"
    }
    const a = Result.getOrThrow(assess(GBT_42195, { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", answers: Object.entries(scores).map(([item, option]) => ({ item, option })) }))
    expect([a.total, a.level]).toEqual([55, "moderate"])
    expect(plan({ assessment: { instrument: a.instrument, assessedOn: a.assessedOn, level: a.level } }).monthlyFreeHours).toBe(30)
  })
  it("the Chinese rendering has the coverage, the priority groups, the hours and the reassessment, in Chinese", () => {
    const text = renderExplanationZh(plan({ hourlyRate: "25.00" }).explanation)
    expect(text).toContain("年满60周岁（现年78周岁），属社区长照服务对象")
    expect(text).toContain("重点服务对象：困难老人、失能失智老人")
    expect(text).toContain("每月 30 小时免费护理由政府承担（每小时 25.00 元，合计每月 750.00 元）")
    expect(text).toContain("下次常规复评 2026-05-15")
  })
})

describe("coverage at 60, on the birthday (李沧: 覆盖所有60岁以上老年人)", () => {
  const young = { person: { birthDate: "1965-06-01", identity: "other" }, assessment: { ...base.assessment, assessedOn: "2025-05-20" } }
  it("the day before the 60th birthday: not covered, nothing arranged", () => {
    const p = plan({ ...young, asOf: "2025-05-31" })
    expect([p.covered, p.age, p.monthlyFreeHours, p.payment]).toEqual([false, 59, 0, null])
  })
  it("on the 60th birthday: covered", () => {
    expect(plan({ ...young, asOf: "2025-06-01" }).covered).toBe(true)
  })
  it("高龄老人 from the 80th birthday (80 is this package's reading, marked illustrative)", () => {
    const p = { person: { birthDate: "1945-06-01", identity: "other" } }
    expect(plan({ ...p, asOf: "2025-05-31" }).priorityGroups).not.toContain("advanced-age")
    expect(plan({ ...p, asOf: "2025-06-01" }).priorityGroups).toContain("advanced-age")
  })
})

describe("level boundaries", () => {
  it("能力完好: only 健康养生 fits; 生活照顾 is listed as not fitting; no hours under the 峡山 table", () => {
    const p = plan({ assessment: { ...base.assessment, level: "intact" }, needs: ["daily-living", "wellness"] })
    expect(p.functions).toEqual([])
    expect(p.unmetNeeds.map((u) => u.reason.zh)).toEqual(["生活照顾不适配能力完好", "服务目录中健康养生暂无服务项目"])
    expect([p.monthlyFreeHours, p.payment, p.entitlement]).toEqual([0, null, null])
    expect(p.priorityGroups).toEqual(["hardship"])
  })
  it("轻度失能: 生活照顾 fits, 护理 does not; 15 hours for 低保 (illustrative), split in half hours 4 / 4 / 3.5 / 3.5", () => {
    const p = plan({ assessment: { ...base.assessment, level: "mild" } })
    expect(p.functions.map((f) => f.id)).toEqual(["daily-living"])
    expect(p.unmetNeeds.map((u) => u.function)).toEqual(["nursing"])
    expect(p.monthlyFreeHours).toBe(15)
    expect(p.hours?.byFunction[0]?.services.map((s) => s.hours)).toEqual([4, 4, 3.5, 3.5])
  })
  it("中度 and worse: all five functions fit; 医疗 has no service in the catalogue yet and says so", () => {
    const p = plan({ assessment: { ...base.assessment, level: "severe" }, needs: ["medical", "nursing"] })
    expect(p.functions.map((f) => f.id)).toEqual(["nursing"])
    expect(p.unmetNeeds[0]?.reason.zh).toBe("服务目录中医疗暂无服务项目")
    expect(p.monthlyFreeHours).toBe(40)
    expect(p.hours?.remaining).toBe(0)
  })
})

describe("who pays: the existing 峡山 cost-split table", () => {
  it("a 特困 person of 重度失能 in an institution: the government pays all 3200.00", () => {
    const p = plan({ person: { birthDate: "1940-01-01", identity: "tekun" }, assessment: { ...base.assessment, level: "severe" }, setting: "institution", monthlyCost: "3200.00" })
    expect([p.payment?.government?.toString(), p.payment?.person?.toString()]).toEqual(["3200.00", "0.00"])
    expect(p.illustrative).toBe(true) // the GB/T 42195 reassessment interval is illustrative
  })
  it("a 低保 person of 中度失能 in an institution pays 20%, exact to the 分", () => {
    const p = plan({ setting: "institution", monthlyCost: "2999.99" })
    expect([p.payment?.government?.toString(), p.payment?.person?.toString()]).toEqual(["2399.99", "600.00"])
    expect(p.explanation.label.zh).toContain("政府每月承担 2,399.99 元，个人每月承担 600.00 元")
  })
  it("with a local reassessment interval the plan no longer rests on the illustrative 12 months", () => {
    const p = plan({ setting: "institution", monthlyCost: "1000.00", intervalMonths: 6 })
    expect([p.reassessment.nextRoutineDate, p.illustrative]).toEqual(["2025-11-15", false])
  })
})

describe("hours asked for explicitly", () => {
  it("requests within the plan are honoured", () => {
    const p = plan({ requests: [{ service: "cleaning", hours: 10 }, { service: "medication", hours: 4.5 }] })
    expect([p.hours?.assigned, p.hours?.remaining]).toEqual([14.5, 15.5])
  })
  it("a service outside the plan is refused", () => {
    const r = makeCarePlan({ ...base, assessment: { ...base.assessment, level: "mild" }, requests: [{ service: "medication", hours: 2 }] })
    expect(Result.isFailure(r) && r.failure.issues[0]?.code).toBe("not_in_plan")
  })
  it("half hours at a rate in 分 are valued to the 分, 四舍五入 (25.01 元 × 14.5 h = 362.645 → 362.65 元), not thrown", () => {
    const p = plan({ hourlyRate: "25.01", requests: [{ service: "cleaning", hours: 10 }, { service: "medication", hours: 4.5 }] })
    expect(p.payment?.government?.toString()).toBe("362.65")
    expect(p.payment?.total?.toString()).toBe("362.65")
    expect(renderExplanationZh(p.explanation)).toContain("合计每月 362.65 元")
    // a rate whose product is exact is unchanged by the rounding
    expect(plan({ hourlyRate: "25.00", requests: [{ service: "cleaning", hours: 10 }, { service: "medication", hours: 4.5 }] }).payment?.government?.toString()).toBe("362.50")
  })
  it("more than the entitlement is refused", () => {
    const r = makeCarePlan({ ...base, requests: [{ service: "cleaning", hours: 30.5 }] })
    expect(Result.isFailure(r) && r.failure.issues[0]?.code).toBe("over_entitlement")
  })
})

describe("reassessment dates", () => {
  it("12 months after the assessment the routine reassessment is due (on the day, not the day before)", () => {
    expect(plan({ asOf: "2026-05-14" }).reassessment.needed).toBe(false)
    expect(plan({ asOf: "2026-05-15" }).reassessment.reasons).toEqual(["routine-due"])
  })
  it("a condition change after the assessment calls for an immediate one", () => {
    expect(plan({ conditionChanges: [{ on: "2025-05-20", note: "跌倒后骨折" }] }).reassessment.reasons).toEqual(["condition-changed"])
  })
  it("a provisional result calls for a full assessment", () => {
    expect(plan({ assessment: { ...base.assessment, provisional: true } }).reassessment.reasons).toEqual(["provisional"])
  })
})

describe("bad input", () => {
  it("every problem at once: the assessment after the plan date, an unknown function, a monthly cost at home", () => {
    const r = makeCarePlan({ ...base, assessment: { ...base.assessment, assessedOn: "2025-07-01" }, needs: ["dancing"], monthlyCost: "100.00" })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["after_as_of", "unknown_function", "not_for_home"])
  })
  it("garbage is InvalidInput, never a throw", () => {
    for (const bad of [null, 1, "x", [], { person: {} }]) expect(Result.isFailure(makeCarePlan(bad))).toBe(true)
  })
})

describe("laws (fast-check, fixed seed)", () => {
  it("hours assigned never exceed the entitlement, and a cost split always sums to the cost", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GBT_42195_2022.levels.map((l) => l.id)),
        fc.constantFrom("tekun", "dibao", "poverty-registered", "dibao-edge", "other"),
        fc.constantFrom("home", "institution"),
        fc.integer({ min: 0, max: 1_000_000 }),
        (level, identity, setting, fen) => {
          const cost = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`
          const p = plan({ person: { birthDate: "1940-01-01", identity }, assessment: { ...base.assessment, level }, setting, needs: ["daily-living", "wellness", "nursing"], ...(setting === "institution" ? { monthlyCost: cost } : {}) })
          if (p.hours !== null && p.hours.assigned > p.monthlyFreeHours) return false
          if (p.payment?.basis === "cost-share") return p.payment.government!.plus(p.payment.person!).toString() === p.payment.total!.toString()
          return true
        }
      ),
      { seed: 20261204, numRuns: 300 }
    )
  })
})

describe("today is a test date", () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10)
  it("a plan can be made at the machine's date and 400 days ahead (reassessment uses months, no calendar)", () => {
    const today = new Date()
    for (const d of [iso(today), iso(new Date(today.getTime() + 400 * 86_400_000))]) {
      const r = makeCarePlan({ ...base, asOf: d })
      expect(Result.isSuccess(r)).toBe(true)
      // assessed 2025-05-15: by then the routine reassessment is due
      expect(Result.isSuccess(r) && r.success.reassessment.reasons).toContain("routine-due")
    }
  })
})

describe("the Effect layer", () => {
  it("makeCarePlanEffect succeeds with the plan and fails with InvalidInput; entitledServicesEffect reads Today", () => {
    expect(Effect.runSync(makeCarePlanEffect(base)).monthlyFreeHours).toBe(30)
    expect(Exit.isFailure(Effect.runSyncExit(makeCarePlanEffect({ ...base, needs: [] })))).toBe(true)
    const e = Effect.runSync(entitledServicesEffect(NATIONAL_BASIC_ELDERLY_SERVICES_2023, { birthDate: "1945-06-01" }).pipe(Effect.provide(todayLayer(isoDateUnsafe("2025-05-31")))))
    expect(e.entitled.some((s) => s.item === "high-age-allowance")).toBe(false)
    const before = Effect.runSyncExit(entitledServicesEffect(NATIONAL_BASIC_ELDERLY_SERVICES_2023, { birthDate: "1945-06-01" }, "2023-01-01"))
    expect(Exit.isFailure(before)).toBe(true)
  })
})
