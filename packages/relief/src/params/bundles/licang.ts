/**
 * 青岛市李沧区 (370213) illustrative bundle. The 分类施保 categories — 孤寡老人, 孤儿, 残疾, 单亲 —
 * are the ones seed 000 names; their rates, and every amount here, are illustrative.
 *
 * @module
 */
import type { PolicyBundle } from "@minzheng/core"
import { RELIEF_SOURCES as S } from "../../sources.js"
import { commonLocalValues, illustrative, localBundle } from "./local-series.js"

const DOC = "青岛市李沧区社会救助参数（示例）"

/**
 * 李沧区 relief bundle (illustrative except the national figures and the seed's categories).
 *
 * @example
 * ```ts
 * import { LICANG_BUNDLE } from "@minzheng/relief"
 * LICANG_BUNDLE.parameters["dibao.standard.urban"].values["370213"][0].illustrative //=> true
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const LICANG_BUNDLE: PolicyBundle = localBundle({
  id: "qingdao-licang",
  label: { zh: "青岛市李沧区社会救助参数（示例）", en: "Qingdao Licang district relief parameters (illustrative)" },
  region: "370213",
  effectiveFrom: "2024-01-01",
  values: {
    ...commonLocalValues(DOC),
    "dibao.standard.urban": illustrative("1050.00", DOC),
    "dibao.standard.rural": illustrative("1050.00", DOC),
    "region.perCapitaDisposableIncome": illustrative("58000.00", DOC),
    "dibao.classifiedIncrements": {
      value: [
        { category: "elderly-alone", rate: "0.20" },
        { category: "orphan", rate: "0.30" },
        { category: "severe-disability", rate: "0.20" },
        { category: "single-parent-child", rate: "0.10" }
      ],
      source: { ...S.seedLicang, note: `${S.seedLicang.note}；增发比例为示例数据` }
    }
  }
})
