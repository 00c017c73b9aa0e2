/**
 * 泰安市泰山区 (370902) illustrative bundle: every local figure is illustrative.
 *
 * @module
 */
import type { PolicyBundle } from "@minzheng/core"
import { commonLocalValues, illustrative, localBundle } from "./local-series.js"

const DOC = "泰安市泰山区社会救助参数（示例）"

/**
 * 泰山区 relief bundle (illustrative).
 *
 * @example
 * ```ts
 * import { TAISHAN_BUNDLE } from "@minzheng/relief"
 * TAISHAN_BUNDLE.id //=> "taian-taishan"
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const TAISHAN_BUNDLE: PolicyBundle = localBundle({
  id: "taian-taishan",
  label: { zh: "泰安市泰山区社会救助参数（示例）", en: "Tai'an Taishan district relief parameters (illustrative)" },
  region: "370902",
  effectiveFrom: "2024-01-01",
  values: {
    ...commonLocalValues(DOC),
    "dibao.standard.urban": illustrative("880.00", DOC),
    "dibao.standard.rural": illustrative("760.00", DOC),
    "region.perCapitaDisposableIncome": illustrative("40000.00", DOC),
    "dibao.classifiedIncrements": illustrative(
      [
        { category: "elderly", amount: "50.00" },
        { category: "minor", amount: "50.00" },
        { category: "severe-disability", amount: "100.00" },
        { category: "serious-illness", amount: "100.00" }
      ],
      DOC
    )
  }
})
