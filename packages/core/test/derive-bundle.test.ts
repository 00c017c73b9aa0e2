import { describe, expect, it } from "vitest"
import {
  definePolicyBundle,
  definePolicyBundleUnsafe,
  defineParameter,
  derivePolicyBundle,
  derivePolicyBundleUnsafe,
  InvalidInput,
  isoDateUnsafe,
  MoneySchema,
  parameterAtUnsafe,
  regionCodeUnsafe,
  Result
} from "@minzheng/core"

const SOURCE = { document: "最低生活保障审核确认办法", article: "第十九条" }
const standard = defineParameter("dibao.standard.urban", MoneySchema, { label: { zh: "城市低保标准", en: "urban standard" }, unit: "CNY/month" })

const national = definePolicyBundleUnsafe({
  id: "national",
  version: "2025.1",
  label: { zh: "全国", en: "national" },
  illustrative: true,
  parameters: {
    "dibao.standard.urban": {
      values: {
        "000000": [{ effectiveFrom: "2021-01-01", value: "800.00", source: { document: "示例" } }],
        "370300": [
          { effectiveFrom: "2024-01-01", value: "1000.00", source: SOURCE, illustrative: false },
          { effectiveFrom: "2025-01-01", value: "1050.00", source: SOURCE, illustrative: false }
        ]
      }
    },
    "notice.days": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: SOURCE, illustrative: false }] } }
  }
})

const at = (bundle: Parameters<typeof parameterAtUnsafe>[0], region: string, date: string) =>
  parameterAtUnsafe(bundle, standard, regionCodeUnsafe(region), isoDateUnsafe(date))

describe("derived bundles (derivePolicyBundle, JSON \"extends\")", () => {
  const county = derivePolicyBundleUnsafe(national, {
    id: "zhangdian-2026",
    label: { zh: "张店区", en: "Zhangdian" },
    region: "370303",
    effectiveFrom: "2026-01-01",
    values: { "dibao.standard.urban": { value: "1100.00", source: { document: "张店区城乡低保标准通知" } } }
  })

  it("adds the county's dated value and keeps the base's history", () => {
    expect(at(county, "370303", "2026-03-01").value.toString()).toBe("1100.00")
    // before the county's own first date the parent region still answers
    expect(at(county, "370303", "2025-06-01").value.toString()).toBe("1050.00")
    expect(at(county, "370303", "2024-06-01").value.toString()).toBe("1000.00")
    expect(county.derivedFrom).toBe("national")
    expect(county.version).toBe("2025.1")
  })

  it("keeps every entry's own illustrative status: the base's illustrative flag does not leak or vanish", () => {
    expect(at(county, "110000", "2025-01-01").kind).toBe("illustrative")
    expect(at(county, "370303", "2025-06-01").kind).toBe("cited")
    expect(at(county, "370303", "2026-03-01").kind).toBe("cited")
  })

  it("is the same bundle in code and in JSON", () => {
    const json = definePolicyBundleUnsafe(
      {
        id: "zhangdian-2026",
        version: "2025.1",
        label: { zh: "张店区", en: "Zhangdian" },
        extends: "national",
        parameters: {
          "dibao.standard.urban": { values: { "370303": [{ effectiveFrom: "2026-01-01", value: "1100.00", source: { document: "张店区城乡低保标准通知" } }] } }
        }
      },
      { bases: [national] }
    )
    expect(json).toEqual(county)
  })

  it("a derived entry on a date the base has replaces it; other dates stay", () => {
    const d = derivePolicyBundleUnsafe(national, {
      id: "d",
      label: { zh: "派生", en: "derived" },
      region: "370300",
      effectiveFrom: "2025-01-01",
      values: { "dibao.standard.urban": { value: "1060.00", source: SOURCE } }
    })
    expect(d.parameters["dibao.standard.urban"]?.values["370300"]?.map((e) => e.value)).toEqual(["1000.00", "1060.00"])
  })

  it("a defined derived bundle can be defined again without its base (it holds the merged series)", () => {
    expect(definePolicyBundleUnsafe(county)).toEqual(county)
  })

  it("refuses a parameter the base does not have, offering the nearest name — a misspelt override silently ignored would leave the base deciding", () => {
    for (const [typo, near] of [
      ["dibao.standard.urbn", "dibao.standard.urban"],
      ["dibao.urbanStandard", "dibao.standard.urban"],
      ["notice.day", "notice.days"]
    ] as const) {
      const r = derivePolicyBundle(national, {
        id: "t",
        label: { zh: "错", en: "typo" },
        region: "370303",
        effectiveFrom: "2026-01-01",
        values: { [typo]: { value: 1, source: SOURCE } }
      })
      expect(Result.isFailure(r)).toBe(true)
      if (Result.isFailure(r)) {
        expect(r.failure).toBeInstanceOf(InvalidInput)
        expect(r.failure.issues).toHaveLength(1)
        expect(r.failure.issues[0]?.path).toEqual(["values", typo])
        expect(r.failure.issues[0]?.zh).toContain(`是否为 ${near}？`)
      }
    }
    const unrelated = derivePolicyBundle(national, { id: "t", label: { zh: "错", en: "typo" }, region: "370303", effectiveFrom: "2026-01-01", values: { colour: { value: 1, source: SOURCE } } })
    expect(Result.isFailure(unrelated) && unrelated.failure.issues[0]?.zh).toBe("基础参数包 national 中没有参数 colour")
  })

  it("accepts names the caller declares known beyond the base", () => {
    const r = derivePolicyBundle(
      national,
      { id: "t", label: { zh: "新", en: "new" }, region: "370303", effectiveFrom: "2026-01-01", values: { "local.bonus": { value: "10.00", source: SOURCE } } },
      { knownParameters: ["local.bonus"] }
    )
    expect(Result.isSuccess(r)).toBe(true)
  })

  it("lists every problem at once, at the caller's paths", () => {
    const r = derivePolicyBundle(national, {
      id: "",
      label: { zh: "错", en: "bad" },
      region: "3703",
      effectiveFrom: "2026-02-30",
      values: { "notice.days": [{ value: 10, source: SOURCE }, { value: 12, source: { document: "" }, effectiveFrom: "2026-06-01" }] }
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      const paths = r.failure.issues.map((i) => i.path.join("."))
      expect(paths).toContain("id")
      expect(paths.some((p) => p.startsWith("values.notice.days"))).toBe(true)
    }
  })

  it("an unknown base names the bases it knows; no bases at all says so", () => {
    const input = { id: "x", version: "1", label: { zh: "甲", en: "x" }, extends: "nationl", parameters: {} }
    const r = definePolicyBundle(input, { bases: [national] })
    expect(Result.isFailure(r) && r.failure.issues[0]).toMatchObject({ path: ["extends"], zh: "未知的基础参数包 nationl（可继承：national）" })
    const none = definePolicyBundle(input)
    expect(Result.isFailure(none) && none.failure.issues[0]?.zh).toBe("未知的基础参数包 nationl（未提供可继承的参数包）")
  })

  it("bad arguments are typed failures, not TypeErrors", () => {
    expect(Result.isFailure(derivePolicyBundle(null as never, null as never))).toBe(true)
    expect(Result.isFailure(derivePolicyBundle(national, { values: null } as never))).toBe(true)
    expect(Result.isFailure(definePolicyBundle({ id: "x", version: "1", label: { zh: "甲", en: "x" }, extends: "national", parameters: {} }, { bases: "no" as never }))).toBe(true)
  })
})
