/**
 * 全国参数包 (the national relief bundle): the base a county derives its own bundle from — the
 * national series with their articles, illustrative placeholders for the figures each locality
 * sets, and an empty series for each figure only a locality can give (the 低保 standards, the
 * region's per-capita disposable income).
 *
 * @module
 */
import { definePolicyBundleUnsafe, type PolicyBundle } from "@minzheng/core"
import { RELIEF_PARAMETERS } from "../definitions.js"
import { ILLUSTRATIVE, commonLocalValues } from "./local-series.js"
import { NATIONAL_RELIEF_SERIES } from "./national.js"

const DOC = "全国通用示例参数（非全国统一规定）"
const FROM = "2021-07-01"

/** The figures only a locality gives: no placeholder, so a programme that reads one is unavailable until it is set. */
const LOCAL_ONLY: ReadonlyArray<string> = ["dibao.standard.urban", "dibao.standard.rural", "region.perCapitaDisposableIncome"]

const nationalBundle = (): PolicyBundle => {
  const placeholders: Record<string, { readonly value: unknown; readonly source: object }> = {
    ...commonLocalValues(DOC),
    "dibao.classifiedIncrements": { value: [], source: { document: DOC, note: `${ILLUSTRATIVE}（默认不设分类施保）` } }
  }
  const parameters: Record<string, unknown> = {}
  for (const def of Object.values(RELIEF_PARAMETERS)) {
    const national = (NATIONAL_RELIEF_SERIES as Readonly<Record<string, { readonly values: object }>>)[def.name]
    const placeholder = placeholders[def.name]
    const values =
      national !== undefined
        ? national.values
        : placeholder !== undefined && !LOCAL_ONLY.includes(def.name)
          ? { "000000": [{ effectiveFrom: FROM, value: placeholder.value, source: placeholder.source, illustrative: true }] }
          : {}
    parameters[def.name] = { label: def.label, unit: def.unit, values }
  }
  return definePolicyBundleUnsafe({
    id: "national-relief",
    version: "2025.1",
    label: { zh: "全国社会救助参数（含示例占位值）", en: "national relief parameters (with illustrative placeholders)" },
    description:
      "The national series with their articles; the figures each locality sets are illustrative placeholders (示例数据), and the 低保 standards and the per-capita disposable income are empty: derive a county's bundle from this one (derivePolicyBundle or JSON \"extends\": \"national-relief\") with at least its standards.",
    parameters
  })
}

/**
 * The national relief bundle, the base to derive a county's bundle from (`derivePolicyBundle`, or
 * a JSON bundle with `"extends": "national-relief"`): every relief parameter by name —
 *
 * - the **national series** of {@link NATIONAL_RELIEF_SERIES} (公示 7 days, 30/20/45 working days,
 *   渐退期, 低保边缘 1.5×, re-check intervals …), each with its article;
 * - **illustrative placeholders** (示例数据, on region `000000`) for what each locality sets — the
 *   minimum payment, rounding, income look-back and deductions, asset tests, 特困 care standards,
 *   临时救助 months and cap, no 分类施保 — named in every decision that uses one;
 * - **empty series** for what only the locality can give: `dibao.standard.urban`,
 *   `dibao.standard.rural` and `region.perCapitaDisposableIncome`. Until a derived bundle sets
 *   them, the programmes that read them come back `status: "unavailable"`.
 *
 * @example
 * ```ts
 * import { NATIONAL_RELIEF_BUNDLE } from "@minzheng/relief"
 * NATIONAL_RELIEF_BUNDLE.id //=> "national-relief"
 * NATIONAL_RELIEF_BUNDLE.parameters["review.noticeDays"]?.values["000000"]?.[0]?.value //=> 7
 * NATIONAL_RELIEF_BUNDLE.parameters["dibao.minimumPayment"]?.values["000000"]?.[0]?.illustrative //=> true
 * NATIONAL_RELIEF_BUNDLE.parameters["dibao.standard.urban"]?.values //=> {}
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const NATIONAL_RELIEF_BUNDLE: PolicyBundle = nationalBundle()
