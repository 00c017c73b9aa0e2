/**
 * 佛山市南海区 (440605) illustrative bundle: every local figure is illustrative.
 *
 * @module
 */
import type { PolicyBundle } from "@minzheng/core"
import { commonLocalValues, illustrative, localBundle } from "./local-series.js"

const DOC = "佛山市南海区社会救助参数（示例）"

/**
 * 南海区 relief bundle (illustrative).
 *
 * @example
 * ```ts
 * import { NANHAI_BUNDLE } from "@minzheng/relief"
 * NANHAI_BUNDLE.id //=> "foshan-nanhai"
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const NANHAI_BUNDLE: PolicyBundle = localBundle({
  id: "foshan-nanhai",
  label: { zh: "佛山市南海区社会救助参数（示例）", en: "Foshan Nanhai district relief parameters (illustrative)" },
  region: "440605",
  effectiveFrom: "2024-01-01",
  values: {
    ...commonLocalValues(DOC),
    "dibao.standard.urban": illustrative("1230.00", DOC),
    "dibao.standard.rural": illustrative("1230.00", DOC),
    "dibao.rounding": illustrative({ unit: "fen", mode: "half-up" }, DOC),
    "income.lookbackMonths": illustrative(12, DOC),
    "region.perCapitaDisposableIncome": illustrative("70000.00", DOC),
    "dibao.classifiedIncrementMode": illustrative("sum", DOC),
    "dibao.classifiedIncrements": illustrative(
      [
        { category: "elderly", rate: "0.10" },
        { category: "minor", rate: "0.10" },
        { category: "severe-disability", rate: "0.30" },
        { category: "serious-illness", rate: "0.20" }
      ],
      DOC
    )
  }
})
