import { assess, assessLevel, GBT_42195, GBT_42195_2022 } from "@minzheng/care-assessment"
import { renderExplanationZh } from "@minzheng/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { answersWithTotal, best } from "./helpers.js"

const form = (answers: Array<{ item: string; option: string }>, extra: Record<string, unknown> = {}) => ({
  instrument: "gbt-42195-2022",
  assessedOn: "2025-03-01",
  answers,
  ...extra
})

const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}

/** A worked form: 进食3 修饰3 洗澡2 穿上衣3 穿裤鞋2 小便3 大便4 如厕3 | 床上4 床椅3 行走3 楼梯1 | 时间3 空间3 人物4 记忆2 理解3 表达3 攻击1 抑郁0 意识2 | 视力1 听力1 事务2 交通1 社交3 */
const WORKED: Record<string, string> = {
  "B.1.1": "3", "B.1.2": "3", "B.1.3": "2", "B.1.4": "3", "B.1.5": "2", "B.1.6": "3", "B.1.7": "4", "B.1.8": "3",
  "B.2.1": "4", "B.2.2": "3", "B.2.3": "3", "B.2.4": "1",
  "B.3.1": "3", "B.3.2": "3", "B.3.3": "4", "B.3.4": "2", "B.3.5": "3", "B.3.6": "3", "B.3.7": "1", "B.3.8": "0", "B.3.9": "2",
  "B.4.1": "1", "B.4.2": "1", "B.4.3": "2", "B.4.4": "1", "B.4.5": "3"
}
const worked = Object.entries(WORKED).map(([item, option]) => ({ item, option }))

describe("GB/T 42195-2022 as data", () => {
  it("has 26 items in four domains with maxima 32 / 15 / 28 / 15 and a total of 90", () => {
    expect(GBT_42195_2022.items).toHaveLength(26)
    expect([...GBT_42195.domainMax]).toEqual([32, 15, 28, 15])
    expect(GBT_42195.maxTotal).toBe(90)
    expect(GBT_42195_2022.items.filter((i) => i.domain === "self-care").map((i) => i.name.zh)).toEqual([
      "进食", "修饰", "洗澡", "穿/脱上衣", "穿/脱裤子和鞋袜", "小便控制", "大便控制", "如厕"
    ])
  })
  it("has five levels, not four, and cites 附录B for every item", () => {
    expect(GBT_42195_2022.levels).toHaveLength(5)
    for (const i of GBT_42195_2022.items) expect(i.citation.article).toBe(`附录B ${i.clause}`)
  })
  it("keeps 昏迷 as its own option of 意识水平, scoring like 昏睡", () => {
    const c = GBT_42195_2022.items.find((i) => i.id === "consciousness")!
    expect(c.options.map((o) => [o.id, o.score])).toEqual([["2", 2], ["1", 1], ["0", 0], ["coma", 0]])
  })
})

describe("GB/T 42195-2022 levels at every boundary", () => {
  const cases: Array<[number, string]> = [
    [90, "intact"], [89, "mild"], [66, "mild"], [65, "moderate"], [46, "moderate"],
    [45, "severe"], [30, "severe"], [29, "complete"], [0, "complete"]
  ]
  for (const [total, level] of cases) {
    it(`a total of ${total} is ${level}`, () => {
      const a = ok(assess(GBT_42195, form(answersWithTotal(GBT_42195_2022, total))))
      expect(a.total).toBe(total)
      expect(a.level).toBe(level)
      expect(a.preliminaryLevel).toBe(level)
    })
  }
})

describe("a worked assessment", () => {
  it("scores 23 + 11 + 21 + 8 = 63: 中度失能", () => {
    const a = ok(assess(GBT_42195, form(worked)))
    expect(a.domains.map((d) => d.score)).toEqual([23, 11, 21, 8])
    expect(a.total).toBe(63)
    expect(a.level).toBe("moderate")
    expect(a.levelName?.zh).toBe("能力中度受损（中度失能）")
    expect(a.provisional).toBe(false)
  })
  it("one fall and one choking in 30 days count as two risk events and raise it to 重度失能", () => {
    const a = ok(assess(GBT_42195, form(worked, { riskEvents: { fall: 1, choking: 1 } })))
    expect(a.preliminaryLevel).toBe("moderate")
    expect(a.level).toBe("severe")
    expect(a.adjustments.map((x) => x.rule)).toEqual(["risk-events"])
  })
  it("a single fall does not raise the level", () => {
    expect(ok(assess(GBT_42195, form(worked, { riskEvents: { fall: 1 } }))).level).toBe("moderate")
  })
  it("dementia and a mental illness together still raise only one level (任一条件…上调一个等级)", () => {
    const a = ok(assess(GBT_42195, form(worked, { diagnoses: ["F01.1", "F32"], riskEvents: { fall: 3 } })))
    expect(a.level).toBe("severe")
    expect(a.adjustments.map((x) => x.rule)).toEqual(["dementia", "mental-illness", "risk-events"])
  })
  it("a diagnosis outside chapter F (hypertension I10) changes nothing", () => {
    expect(ok(assess(GBT_42195, form(worked, { diagnoses: ["I10"] }))).level).toBe("moderate")
  })
  it("a raise never goes past 完全失能", () => {
    const a = ok(assess(GBT_42195, form(answersWithTotal(GBT_42195_2022, 10), { diagnoses: ["F00"] })))
    expect(a.level).toBe("complete")
  })
  it("the explanation names each step and cites the clauses", () => {
    const a = ok(assess(GBT_42195, form(worked, { diagnoses: ["F03"] })))
    const text = renderExplanationZh(a.explanation)
    expect(text).toContain("B.1.1 进食")
    expect(text).toContain("附录B B.1.1")
    expect(text).toContain("总分（各项得分之和）：63")
    expect(text).toContain("确诊痴呆（ICD-10 F00–F03）：是")
    expect(a.explanation.outcome).toBe("severe")
  })
})

describe("coma (昏迷)", () => {
  it("a person in a coma is rated 完全失能 directly, even with high item scores", () => {
    const a = ok(assess(GBT_42195, form(best(GBT_42195_2022), { coma: true })))
    expect(a.total).toBe(90)
    expect(a.level).toBe("complete")
    expect(a.adjustments[0]?.rule).toBe("coma")
  })
  it("choosing 昏迷 for 意识水平 triggers the rule without the other items", () => {
    const a = ok(assess(GBT_42195, form([{ item: "B.3.9", option: "coma" }])))
    expect(a.level).toBe("complete")
    expect(a.provisional).toBe(false)
    expect(a.missing).toHaveLength(25)
  })
  it("昏睡 scores the same 0 but is not a coma", () => {
    const answers = best(GBT_42195_2022).map((x) => (x.item === "consciousness" ? { item: x.item, option: "0" } : x))
    const a = ok(assess(GBT_42195, form(answers)))
    expect(a.total).toBe(88)
    expect(a.level).toBe("mild")
  })
})

describe("checking a response set", () => {
  it("lists every problem at once: unknown item, option not allowed, duplicate, missing items, bad field", () => {
    const answers = [
      ...best(GBT_42195_2022).slice(0, 24),
      { item: "B.1.1", option: "4" },
      { item: "flying", option: "4" },
      { item: "stairs", option: "4" }
    ]
    const r = assess(GBT_42195, { ...form(answers), extra: 1, riskEvents: { fall: -1 } })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      const codes = r.failure.issues.map((i) => i.code).sort()
      expect(codes).toEqual(["duplicate_item", "invalid_count", "missing_items", "option_not_allowed", "unknown_item", "unrecognized_key"])
      const notAllowed = r.failure.issues.find((i) => i.code === "option_not_allowed")!
      expect(notAllowed.path).toEqual(["answers", 26, "option"])
      expect(notAllowed.zh).toContain("stairs")
      const missing = r.failure.issues.find((i) => i.code === "missing_items")!
      expect(missing.en).toContain("social-interaction")
    }
  })
  it("an item given by id and again by clause is a duplicate", () => {
    const r = assess(GBT_42195, form([...best(GBT_42195_2022), { item: "B.1.1", option: "3" }]))
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["duplicate_item"])
  })
  it("a form for another instrument is refused", () => {
    const r = assess(GBT_42195, { instrument: "barthel-100", answers: best(GBT_42195_2022) })
    expect(Result.isFailure(r) && r.failure.issues[0]?.code).toBe("instrument_mismatch")
  })
  it("a partial form gives a provisional result on request, with the range of levels still possible", () => {
    const answers = best(GBT_42195_2022).filter((x) => x.item !== "stairs" && x.item !== "eating")
    const a = ok(assess(GBT_42195, form(answers), { provisional: true }))
    expect(a.provisional).toBe(true)
    expect(a.total).toBe(83)
    expect(a.missing).toEqual(["eating", "stairs"])
    expect(a.level).toBe("mild")
    expect(a.levelRange).toEqual({ best: "intact", worst: "mild" })
    expect(a.explanation.provisional).toBe(true)
  })
  it("the numbers-only path agrees with the full path", () => {
    const full = ok(assess(GBT_42195, form(worked, { riskEvents: { wandering: 2 } })))
    const quick = ok(assessLevel(GBT_42195, form(worked, { riskEvents: { wandering: 2 } })))
    expect(quick).toEqual({ total: full.total, domainScores: full.domains.map((d) => d.score), preliminaryLevel: full.preliminaryLevel, level: full.level, provisional: false })
  })
})
