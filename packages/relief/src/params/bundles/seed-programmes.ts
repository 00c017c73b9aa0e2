/**
 * Parameters of the seed localities' own programmes: 临沂市罗庄区 (371311) 监护缺失困境儿童
 * 生活扶助费 500 元/月 (cited, seed 001) and 济宁市任城区 (370811) 特困 basic standard referenced by
 * the 集中托养 cost (illustrative: the seed gives no figure).
 *
 * @module
 */
import { definePolicyBundleUnsafe, type PolicyBundle } from "@minzheng/core"
import { RELIEF_SOURCES as S } from "../../sources.js"

/**
 * Bundle of the seed programmes' parameters.
 *
 * @example
 * ```ts
 * import { SEED_PROGRAMMES_BUNDLE } from "@minzheng/relief"
 * SEED_PROGRAMMES_BUNDLE.parameters["luozhuang.childAllowance"].values["371311"][0].value //=> "500.00"
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const SEED_PROGRAMMES_BUNDLE: PolicyBundle = definePolicyBundleUnsafe({
  id: "seed-programmes",
  version: "2025.1",
  label: { zh: "种子材料中的地方救助项目参数", en: "parameters of the seed localities' programmes" },
  parameters: {
    "luozhuang.childAllowance": {
      unit: "CNY/child/month",
      values: { "371311": [{ effectiveFrom: "2021-01-01", value: "500.00", source: { ...S.seedLuozhuang, note: "生活扶助费标准为每人每月500元（effective date approximate: the seed reports 2021 practice）" }, illustrative: false }] }
    },
    "rencheng.tekunBasicStandard": {
      unit: "CNY/person/month",
      values: {
        "370811": [
          {
            effectiveFrom: "2021-05-01",
            value: "1205.11",
            source: { ...S.seedRencheng, note: "示例数据：种子报告只提及参照特困人员基本生活标准，未给出数值" },
            illustrative: true
          }
        ]
      }
    }
  }
})
