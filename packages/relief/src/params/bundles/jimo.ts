/**
 * 青岛市即墨区 (370215) bundle. Cited from seed 003: 特困 basic-living standard = 1.5 × the 低保
 * standard, and 临时救助 up to 30,000 元 (“临时救助保障标准提高至3万元”, read as the per-case cap).
 * Everything else is illustrative.
 *
 * @module
 */
import type { PolicyBundle } from "@minzheng/core"
import { RELIEF_SOURCES as S } from "../../sources.js"
import { commonLocalValues, illustrative, localBundle } from "./local-series.js"

const DOC = "青岛市即墨区社会救助参数（示例）"

/**
 * 即墨区 relief bundle: 1.5× 特困 multiplier and 30,000 元 临时救助 cap cited (seed 003); the rest
 * illustrative.
 *
 * @example
 * ```ts
 * import { JIMO_BUNDLE } from "@minzheng/relief"
 * JIMO_BUNDLE.parameters["tekun.basicLivingMultiplier"].values["370215"][0].value //=> "1.5"
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const JIMO_BUNDLE: PolicyBundle = localBundle({
  id: "qingdao-jimo",
  label: { zh: "青岛市即墨区社会救助参数", en: "Qingdao Jimo district relief parameters" },
  region: "370215",
  effectiveFrom: "2024-01-01",
  values: {
    ...commonLocalValues(DOC),
    "dibao.standard.urban": illustrative("1050.00", DOC),
    "dibao.standard.rural": illustrative("1050.00", DOC),
    "region.perCapitaDisposableIncome": illustrative("52000.00", DOC),
    "dibao.classifiedIncrements": illustrative(
      [
        { category: "elderly", rate: "0.10" },
        { category: "minor", rate: "0.10" },
        { category: "severe-disability", rate: "0.20" },
        { category: "serious-illness", rate: "0.15" }
      ],
      DOC
    ),
    "tekun.basicLivingMultiplier": { value: "1.5", source: { ...S.seedJimo, note: "特困人员基本生活标准达到低保标准的1.5倍" }, cited: true },
    "temporary.cap": { value: "30000.00", source: { ...S.seedJimo, note: "临时救助保障标准提高至3万元" }, cited: true }
  }
})
