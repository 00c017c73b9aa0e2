import * as core from "@minzheng/core"
import { Result } from "effect"
import { z } from "zod"
import { describe, expect, it } from "vitest"
import {
  defineParameter,
  definePolicyBundleUnsafe,
  InvalidInput,
  isoDateUnsafe as d,
  Money,
  MoneySchema,
  ParameterMissing,
  parameterAt,
  regionCodeUnsafe as r,
  resolveParameters,
  parameterAtUnsafe
} from "@minzheng/core"

const standard = defineParameter("dibao.urbanStandard", MoneySchema, { label: { zh: "城市低保标准", en: "urban dibao standard" }, unit: "CNY/month" })
const noticeDays = defineParameter("dibao.noticeDays", z.number().int().positive(), { label: { zh: "公示天数", en: "notice days" }, unit: "days" })
const src = (note: string) => ({ document: "test data", note })

const bundle = definePolicyBundleUnsafe({
  id: "test-bundle",
  version: "1",
  label: { zh: "测试", en: "test" },
  parameters: {
    "dibao.urbanStandard": {
      unit: "CNY/month",
      values: {
        "370200": [
          { effectiveFrom: "2024-07-01", value: "1050.00", source: src("b") },
          { effectiveFrom: "2023-07-01", value: "1000.00", source: src("a") }
        ],
        "370215": [
          { effectiveFrom: "2023-01-01", value: "900.00", source: src("c") },
          { effectiveFrom: "2025-01-01", value: null, source: src("ended") }
        ]
      }
    },
    "dibao.noticeDays": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: 7, source: { document: "最低生活保障审核确认办法", article: "第十九条" } }] } }
  }
})

describe("parameters over time", () => {
  it("takes the latest entry on or before the date, from the most specific region", () => {
    expect(parameterAtUnsafe(bundle, standard, r("370213"), d("2024-06-30")).value.toString()).toBe("1000.00")
    expect(parameterAtUnsafe(bundle, standard, r("370213"), d("2024-07-01")).value.toString()).toBe("1050.00")
    const res = parameterAt(bundle, standard, r("370213"), d("2025-01-01"))
    expect(Result.isSuccess(res) && [res.success.region, res.success.effectiveFrom, res.success.source.note]).toEqual(["370200", "2024-07-01", "b"])
  })
  it("a county series overrides its city; asking before its first entry is an error, not a fallback", () => {
    expect(parameterAtUnsafe(bundle, standard, r("370215"), d("2024-01-01")).value.equals(Money.yuan("900"))).toBe(true)
    const early = parameterAt(bundle, standard, r("370215"), d("2022-12-31"))
    expect(Result.isFailure(early) && (early.failure as ParameterMissing).reason).toBe("before-first-entry")
  })
  it("null ends a series", () => {
    const ended = parameterAt(bundle, standard, r("370215"), d("2025-06-01"))
    expect(Result.isFailure(ended) && (ended.failure as ParameterMissing).reason).toBe("ended")
  })
  it("falls back to the nationwide series", () => {
    expect(parameterAtUnsafe(bundle, noticeDays, r("440605"), d("2025-01-01")).value).toBe(7)
  })
  it("a region without any series is not-defined", () => {
    const res = parameterAt(bundle, standard, r("440605"), d("2025-01-01"))
    expect(Result.isFailure(res) && (res.failure as ParameterMissing).reason).toBe("not-defined")
  })
  it("validating a bundle for a run lists every missing or malformed parameter at once", () => {
    const broken = definePolicyBundleUnsafe({
      ...bundle,
      parameters: { ...bundle.parameters, "dibao.noticeDays": { values: { "000000": [{ effectiveFrom: "2021-07-01", value: "seven", source: src("x") }] } } }
    })
    const res = resolveParameters(broken, { standard, noticeDays }, r("440605"), d("2025-01-01"))
    expect(Result.isFailure(res)).toBe(true)
    if (Result.isFailure(res)) {
      expect(res.failure.problems.map((p) => p._tag).sort()).toEqual(["InvalidInput", "ParameterMissing"])
      expect(res.failure.messageZh).toContain("dibao.urbanStandard")
    }
  })
  it("resolves a complete bundle once for a run", () => {
    const res = resolveParameters(bundle, { standard, noticeDays }, r("370213"), d("2025-01-01"))
    expect(Result.isSuccess(res) && [res.success.standard.value.toString(), res.success.noticeDays.value]).toEqual(["1050.00", 7])
  })
  it("a malformed bundle is one InvalidInput with every path", () => {
    try {
      definePolicyBundleUnsafe({
        id: "x",
        version: "1",
        label: { zh: "x", en: "x" },
        parameters: { p: { values: { "370200": [{ effectiveFrom: "2024-13-01", value: 1, source: {} }, { effectiveFrom: "2024-01-01", value: 1, source: { document: "d" } }, { effectiveFrom: "2024-01-01", value: 2, source: { document: "d" } }] } } }
      })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInput)
      const paths = (e as InvalidInput).issues.map((i) => i.path.join("."))
      expect(paths).toEqual(expect.arrayContaining(["parameters.p.values.370200.0.effectiveFrom", "parameters.p.values.370200.0.source.document"]))
    }
  })
})

describe("carried-forward values (a text whose own period has run out)", () => {
  const { definePolicyBundleUnsafe, defineParameter, parameterAt, regionCodeUnsafe, isoDateUnsafe, CARRIED_FORWARD_NOTE } = core
  const excluded = defineParameter("income.basicPensionExcluded", z.boolean(), { label: { zh: "基础养老金不计入收入", en: "basic pension excluded" }, unit: "flag" })
  const text = { document: "最低生活保障审核确认办法", number: "民发〔2021〕57号", article: "第十三条", note: "十四五期间" }
  const bundle = definePolicyBundleUnsafe({
    id: "n", version: "1", label: { zh: "全国", en: "national" },
    parameters: {
      "income.basicPensionExcluded": {
        values: {
          "000000": [
            { effectiveFrom: "2021-07-01", value: true, source: text },
            { effectiveFrom: "2026-01-01", value: true, source: text, carriedForward: true }
          ],
          "370215": [{ effectiveFrom: "2026-03-01", value: false, source: { document: "某县通知" } }]
        }
      }
    }
  })
  const at = (region: string, date: string) => {
    const r = parameterAt(bundle, excluded, regionCodeUnsafe(region), isoDateUnsafe(date))
    if (Result.isFailure(r)) throw r.failure
    return r.success
  }
  it("inside the text's period the value is cited", () => {
    expect(at("370213", "2025-12-31")).toMatchObject({ value: true, kind: "cited", illustrative: false })
  })
  it("from the day after the period it resolves, marked carried forward (not illustrative)", () => {
    expect(at("370213", "2026-01-01")).toMatchObject({ value: true, kind: "carried-forward", illustrative: false, source: text })
    expect(CARRIED_FORWARD_NOTE.zh).toBe("沿用：原文期限已届满，尚未见新规定")
  })
  it("a locality's own dated value overrides it", () => {
    expect(at("370215", "2026-02-28")).toMatchObject({ kind: "carried-forward" })
    expect(at("370215", "2026-03-01")).toMatchObject({ value: false, kind: "cited", region: "370215" })
  })
  it("a value cannot be both illustrative and carried forward", () => {
    expect(() =>
      definePolicyBundleUnsafe({
        id: "x", version: "1", label: { zh: "x", en: "x" },
        parameters: { p: { values: { "000000": [{ effectiveFrom: "2021-01-01", value: 1, source: { document: "x" }, illustrative: true, carriedForward: true }] } } }
      })
    ).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
  })
})
