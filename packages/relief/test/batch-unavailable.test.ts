/**
 * Batch runs and the programmes a policy cannot decide (issue 13): a determination whose parameter
 * is missing or ended comes back `status: "unavailable"` with its typed failure; the row says which
 * programme and why, and the summary counts them per programme. And the monthly outlay counts each
 * person's benefit once (《社会救助暂行办法》第十五条第三款; 《特困人员认定办法》第二十七条).
 */
import { definePolicyBundleUnsafe, isoDateUnsafe } from "@minzheng/core"
import { type BatchRow, type BatchSummary, type DeterminationRow, JIMO_BUNDLE, LICANG_BUNDLE, runBatch } from "@minzheng/relief"
import { describe, expect, it } from "vitest"

const collect = async (it: AsyncIterable<BatchRow>) => {
  const out: BatchRow[] = []
  for await (const r of it) out.push(r)
  return out
}
const determinations = (rows: ReadonlyArray<BatchRow>) => rows.filter((r): r is DeterminationRow => r.kind === "determination")
const summaryOf = (rows: ReadonlyArray<BatchRow>): BatchSummary => (rows.at(-1) as { summary: BatchSummary }).summary
const ndjson = (...hs: ReadonlyArray<unknown>) => [hs.map((h) => JSON.stringify(h)).join("\n") + "\n"]

// 《最低生活保障审核确认办法》第十三条 keeps 基础养老金 out of 低保 income “‘十四五’期间”. A bundle that
// ends the series on 2026-01-01 with no successor (instead of carrying it forward) leaves every
// programme that reads it undecidable — 低保, 低保边缘, 刚性支出 — while 特困 (which reads
// tekun.basicPensionExcluded, 特困认定办法第六条) is still decided.
const ended = definePolicyBundleUnsafe({
  ...LICANG_BUNDLE,
  id: "licang-ended-test",
  parameters: {
    ...LICANG_BUNDLE.parameters,
    "income.basicPensionExcluded": {
      values: {
        "000000": [
          { effectiveFrom: "2021-07-01", value: true, source: { document: "最低生活保障审核确认办法", article: "第十三条" } },
          { effectiveFrom: "2026-01-01", value: null, source: { document: "最低生活保障审核确认办法", article: "第十三条" } }
        ]
      }
    }
  }
})
const alone1945 = { id: "e1", residence: { region: "370213", area: "urban" }, members: [{ id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1945-06-01" }], assets: { financial: "0", residentialUnits: 1 } }
const worker = { id: "w1", residence: { region: "370213", area: "urban" }, members: [{ id: "a", name: "张丽", relationship: "applicant", birthDate: "1980-01-01" }], incomes: [{ member: "a", category: "wages", amount: "600.00" }], assets: { financial: "0", residentialUnits: 1 } }

describe("a batch under a policy with an ended parameter: unavailable programmes are shown and counted", () => {
  it("each row names the programmes it could not decide, with the parameter and its reason in Chinese and English", async () => {
    const rows = await collect(runBatch(ndjson(alone1945, worker), { bundle: ended, asOf: isoDateUnsafe("2026-03-15"), format: "ndjson" }))
    const [e1, w1] = determinations(rows)
    expect(e1!.unavailable.map((u) => u.programme)).toEqual(["dibao", "dibao-edge", "rigid-expenditure"])
    expect(e1!.unavailable[0]!.reason).toEqual({
      zh: "最低生活保障无法认定（政策参数缺失或已停止适用：income.basicPensionExcluded已停止适用）",
      en: "minimum living guarantee (dibao) cannot be determined (a policy parameter is missing or ended: income.basicPensionExcluded ended)"
    })
    expect(e1!.unavailable[0]!.failure._tag).toBe("PolicyBundleIncomplete")
    expect(e1!.unavailable[0]!.failure.problems.map((p) => (p as { name?: string }).name)).toEqual(["income.basicPensionExcluded"])
    // the row's list is exactly the determinations whose status is unavailable
    expect(e1!.unavailable.map((u) => u.programme)).toEqual(e1!.result.determinations.filter((d) => d.status === "unavailable").map((d) => d.programme))
    // 特困 is still decided: 1.3 × 1,050 = 1,365 元
    const tekun = e1!.result.determinations.find((d) => d.programme === "tekun")!
    expect([tekun.status, tekun.eligible, tekun.amount.toString()]).toEqual(["determined", true, "1365.00"])
    expect(w1!.unavailable.map((u) => u.programme)).toEqual(["dibao", "dibao-edge", "rigid-expenditure"])
  })
  it("the summary counts unavailable determinations per programme, never as eligible, and pays nothing for them", async () => {
    const rows = await collect(runBatch(ndjson(alone1945, worker), { bundle: ended, asOf: isoDateUnsafe("2026-03-15"), format: "ndjson" }))
    const s = summaryOf(rows)
    expect(s.unavailable).toEqual({
      dibao: 2,
      "dibao-single-person": 0,
      tekun: 0,
      "dibao-edge": 2,
      "rigid-expenditure": 2,
      "temporary-assistance": 0,
      "gradual-exit": 0
    })
    expect([s.records, s.determined, s.errors]).toEqual([2, 2, 0])
    expect(s.eligible.dibao).toBe(0)
    expect(s.eligible.tekun).toBe(1)
    expect(s.monthlyOutlay.toString()).toBe("1365.00")
  })
  it("the same households under the shipped bundle (value carried forward) are all decided: nothing unavailable", async () => {
    const rows = await collect(runBatch(ndjson(alone1945, worker), { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2026-03-15"), format: "ndjson" }))
    expect(determinations(rows).map((r) => r.unavailable)).toEqual([[], []])
    expect(Object.values(summaryOf(rows).unavailable).every((n) => n === 0)).toBe(true)
  })
})

describe("the monthly outlay counts each person's benefit once (暂行办法第十五条第三款; 特困认定办法第二十七条)", () => {
  const jimo = { bundle: JIMO_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson" as const }
  it("即墨: a 1945-born person alone is 特困 1.5 × 1,050 = 1,575 元 and not also 低保 — the outlay is 1,575.00", async () => {
    const h = { ...alone1945, residence: { region: "370215", area: "urban" } }
    const s = summaryOf(await collect(runBatch(ndjson(h), jimo)))
    expect([s.eligible.tekun, s.eligible.dibao]).toEqual([1, 0])
    expect(s.monthlyOutlay.toString()).toBe("1575.00")
  })
  it("即墨: a 特困 applicant, and his spouse alone on 低保 (1,050 − 600 = 450, + 20% for her grade-2 disability 210 = 660): 1,575 + 660 = 2,235.00, each person once", async () => {
    const h = {
      id: "j2",
      residence: { region: "370215", area: "urban" },
      members: [
        { id: "a", name: "刘大爷", relationship: "applicant", birthDate: "1945-06-01" },
        { id: "b", name: "王阿姨", relationship: "spouse", birthDate: "1975-06-01", disability: { category: "mental", grade: 2 }, employed: false }
      ],
      incomes: [
        { member: "a", category: "other", amount: "400.00" },
        { member: "b", category: "other", amount: "600.00" }
      ],
      assets: { financial: "0", residentialUnits: 1 }
    }
    const rows = await collect(runBatch(ndjson(h), jimo))
    const s = summaryOf(rows)
    expect([s.eligible.tekun, s.eligible.dibao]).toEqual([1, 1])
    const dibao = determinations(rows)[0]!.result.determinations.find((d) => d.programme === "dibao")!
    expect([dibao.memberIds, dibao.amount.toString()]).toEqual([["b"], "660.00"])
    expect(determinations(rows)[0]!.result.monthlyPaidFen).toBe(223_500)
    expect(s.monthlyOutlay.toString()).toBe("2235.00")
  })
})
