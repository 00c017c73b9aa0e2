import { isoDateUnsafe, renderExplanationZh } from "@minzheng/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { assess, GBT_42195 } from "../src/index.js"

/** Latin letters outside standard numbers (GB/T …) and instrument codes in citations. */
const english = (text: string): string[] => text.replace(/GB\/T\s*\d+(\.\d+)?(-\d+)?/g, "").replace(/《[^》]*》/g, "").match(/[A-Za-z]{2,}/g) ?? []

describe("Chinese text reads as Chinese (issue 15)", () => {
  const answers = GBT_42195.data.items.map((item) => ({ item: item.id, option: item.options[2]?.id ?? item.options[0]!.id }))

  it("the explanation names levels in words: 初步等级 and 能力等级 show 能力…受损, never a level id", () => {
    const r = assess(GBT_42195, { instrument: "gbt-42195-2022", assessedOn: isoDateUnsafe("2026-12-01"), answers })
    if (Result.isFailure(r)) throw r.failure
    const text = renderExplanationZh(r.success.explanation)
    expect(text).not.toMatch(/：(intact|mild|moderate|severe|complete)\b/)
    expect(text.split("\n")[0]).toContain(r.success.levelName!.zh)
    expect(english(text.split("依据")[0] ?? "")).toEqual([])
  })

  it("a form with items missing names them in Chinese (缺少 1 项指标：社会交往能力), ids only in English", () => {
    const r = assess(GBT_42195, { instrument: "gbt-42195-2022", assessedOn: isoDateUnsafe("2026-12-01"), answers: answers.slice(0, -1) })
    if (Result.isSuccess(r)) throw new Error("expected a refusal")
    const missing = r.failure.issues.find((i) => i.code === "missing_items")!
    expect(missing.zh).toBe(`缺少 1 项指标：${GBT_42195.data.items.at(-1)!.name.zh}`)
    expect(missing.en).toContain("social-interaction")
  })
})
