import {
  assess, BARTHEL, BARTHEL_100, BUILT_IN_INSTRUMENTS, BUILT_IN_LOADED, determineEntitlements, isLoadedInstrument, loadInstrument, TEKUN_SELF_CARE,
  TEKUN_SELF_CARE_2021, TEKUN_SELF_CARE_LEVELS, tekunSelfCareLevel, tekunSelfCareLevelFromUnmet, XIASHAN_POLICY
} from "@minzheng/care-assessment"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { BUILT_IN_LEVEL_IDS } from "../src/internal/level-scales.js"
import { answersWithTotal } from "./helpers.js"

const INDICATORS = ["eating", "dressing", "getting-in-out-of-bed", "toileting", "indoor-walking", "bathing"]
const tekunForm = (unmet: number) => ({
  instrument: "tekun-self-care-2021",
  answers: INDICATORS.map((item, i) => ({ item, option: i < unmet ? "not-met" : "met" }))
})

describe("特困 self-care assessment (特困人员认定办法)", () => {
  const cases: Array<[number, string]> = [[0, "capable"], [1, "partially-lost"], [3, "partially-lost"], [4, "fully-lost"], [6, "fully-lost"]]
  for (const [unmet, level] of cases) {
    it(`${unmet} of the six indicators not met is ${level}`, () => {
      const a = Result.getOrThrow(assess(TEKUN_SELF_CARE, tekunForm(unmet)))
      expect(a.level).toBe(level)
      expect(Result.getOrThrow(tekunSelfCareLevel(a))).toBe(level)
      expect(tekunSelfCareLevelFromUnmet(unmet)).toBe(level)
    })
  }
  it("its levels are exactly the TekunSelfCareLevel values relief uses", () => {
    expect(TEKUN_SELF_CARE_2021.levels.map((l) => l.id)).toEqual([...TEKUN_SELF_CARE_LEVELS])
  })
  it("a provisional result cannot set the care standard", () => {
    const a = Result.getOrThrow(assess(TEKUN_SELF_CARE, { instrument: "tekun-self-care-2021", answers: [{ item: "eating", option: "met" }] }, { provisional: true }))
    expect(a.provisional).toBe(true)
    expect(Result.isFailure(tekunSelfCareLevel(a))).toBe(true)
  })
  it("a Barthel result is not a 特困 self-care result", () => {
    const a = Result.getOrThrow(assess(BARTHEL, { instrument: "barthel-100", answers: answersWithTotal(BARTHEL_100, 100) }))
    expect(Result.isFailure(tekunSelfCareLevel(a))).toBe(true)
  })
  it("an answer of 'yes' is not an allowed option", () => {
    const r = assess(TEKUN_SELF_CARE, { instrument: "tekun-self-care-2021", answers: INDICATORS.map((item) => ({ item, option: "yes" })) })
    expect(Result.isFailure(r) && r.failure.issues.filter((i) => i.code === "option_not_allowed")).toHaveLength(6)
  })
})

describe("Barthel Index (0–100, WS/T 431-2013 bands)", () => {
  const cases: Array<[number, string]> = [[100, "independent"], [95, "mild-dependence"], [65, "mild-dependence"], [60, "moderate-dependence"], [45, "moderate-dependence"], [40, "severe-dependence"], [0, "severe-dependence"]]
  for (const [total, level] of cases) {
    it(`a total of ${total} is ${level}`, () => {
      const a = Result.getOrThrow(assess(BARTHEL, { instrument: "barthel-100", answers: answersWithTotal(BARTHEL_100, total) }))
      expect(a.total).toBe(total)
      expect(a.level).toBe(level)
    })
  }
  it("the bands 61–99 and 41–60 meet at 60/61 with no gap", () => {
    expect(BARTHEL.levelOfTotal(61)).toBe("mild-dependence")
    expect(BARTHEL.levelOfTotal(41)).toBe("moderate-dependence")
  })
})

describe("loading a user-supplied instrument", () => {
  it("bands with a gap and an overlap are refused, naming the scores", () => {
    const bad = { ...BARTHEL_100, levelRule: { ...BARTHEL_100.levelRule, bands: [{ level: "independent", min: 95, max: 100 }, { level: "severe-dependence", min: 0, max: 96 }, { level: "nope", min: 0, max: 0 }] } }
    const r = loadInstrument(bad)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) expect(r.failure.issues.map((i) => i.code).sort()).toEqual(["band_overlap", "unknown_level"])
  })
  it("duplicate items and options and unknown domains are all listed", () => {
    const it0 = BARTHEL_100.items[0]!
    const bad = { ...BARTHEL_100, items: [...BARTHEL_100.items, { ...it0, clause: "99", domain: "x", options: [...it0.options, it0.options[0]!] }] }
    const r = loadInstrument(bad)
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code).sort()).toEqual(["band_gap", "duplicate_item", "duplicate_option", "unknown_domain"].sort())
  })
})

import { LTC_DISABILITY, LTC_DISABILITY_2021, MZT_039, MZT_039_2013 } from "@minzheng/care-assessment"

describe("长期护理失能等级评估标准（试行）2021", () => {
  it("has 3 domains and 17 items with maxima 100 / 16 / 12", () => {
    expect(LTC_DISABILITY_2021.items).toHaveLength(17)
    expect([...LTC_DISABILITY.domainMax]).toEqual([100, 16, 12])
    expect(LTC_DISABILITY_2021.levels.map((l) => l.name.zh)).toEqual(["基本正常", "轻度失能", "中度失能", "重度失能Ⅰ级", "重度失能Ⅱ级", "重度失能Ⅲ级"])
  })
  it("gives domain scores but no level, saying the combination table is not encoded", () => {
    const pick: Record<string, string> = { eating: "5", walking: "10", memory: "2" }
    const answers = LTC_DISABILITY_2021.items.map((i) => ({ item: i.id, option: pick[i.id] ?? i.options[0]!.id }))
    const a = Result.getOrThrow(assess(LTC_DISABILITY, { instrument: "ltc-disability-2021", answers }))
    expect(a.domains.map((d) => d.score)).toEqual([90, 14, 12])
    expect(a.level).toBeNull()
    expect(a.explanation.children[1]?.label.zh).toContain("组合法分级表未见原文")
  })
})

describe("MZ/T 039-2013 (superseded)", () => {
  it("is marked superseded by GB/T 42195-2022 and keeps its 22 items", () => {
    expect(MZT_039_2013.status).toBe("superseded")
    expect(MZT_039_2013.items).toHaveLength(22)
  })
  it("grades its domains: ADL 100 → 0, mental 2 → 2, social 14 → 3", () => {
    const answers = MZT_039_2013.items.map((i) => {
      if (i.id === "cognition") return { item: i.id, option: "2" }
      if (i.domain === "social") return { item: i.id, option: i.id === "social-interaction" ? "2" : "3" }
      return { item: i.id, option: i.options[0]!.id }
    })
    const a = Result.getOrThrow(assess(MZT_039, { instrument: "mzt-039-2013", answers }))
    expect(a.domains.map((d) => [d.domain, d.score, d.grade ?? null])).toEqual([["adl", 100, 0], ["mental", 2, 2], ["sensory", 0, null], ["social", 14, 3]])
    expect(a.level).toBeNull()
  })
  it("a person in a coma (意识水平 3) is rated 重度失能 directly, its worst level", () => {
    const a = Result.getOrThrow(assess(MZT_039, { instrument: "mzt-039-2013", answers: [{ item: "consciousness", option: "3" }] }))
    expect(a.level).toBe("severe")
  })
})

describe("the built-in instruments as a bundler sees them (issue 18)", () => {
  it("each built-in instrument (compiled at import without the checks) passes loadInstrument and compiles to the same instrument", () => {
    expect(Object.keys(BUILT_IN_INSTRUMENTS).sort()).toEqual([...BUILT_IN_LOADED.keys()].sort())
    for (const [id, data] of Object.entries(BUILT_IN_INSTRUMENTS)) {
      const built = BUILT_IN_LOADED.get(id)!
      const checked = Result.getOrThrow(loadInstrument(data))
      expect(isLoadedInstrument(built)).toBe(true)
      expect(built.data).toStrictEqual(checked.data)
      expect(built.data).not.toBe(data)
      const { data: _a, levelOfTotal: _b, ...tables } = built
      const { data: _c, levelOfTotal: _d, ...checkedTables } = checked
      expect(tables).toStrictEqual(checkedTables)
      for (let total = -1; total <= built.maxTotal + 1; total++) expect(built.levelOfTotal(total)).toBe(checked.levelOfTotal(total))
    }
  })
  it("the level ids decision tables check against are each built-in instrument's own levels", () => {
    const fromData = new Map(Object.values(BUILT_IN_INSTRUMENTS).map((i) => [i.id, i.levels.map((l) => l.id)]))
    expect(new Map(BUILT_IN_LEVEL_IDS)).toEqual(fromData)
    expect([...BUILT_IN_LOADED.keys()]).toEqual(Object.keys(BUILT_IN_INSTRUMENTS))
  })
  it("a level outside the table's built-in scale is refused, even one named like an Object method", () => {
    const r = determineEntitlements(XIASHAN_POLICY, { identity: "dibao", level: "toString", setting: "institution" })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["unknown_level"])
  })
})
