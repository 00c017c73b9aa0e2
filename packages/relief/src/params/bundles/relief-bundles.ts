/**
 * The shipped relief bundles by id: the bases a derived bundle may name (`derivePolicyBundle`, or
 * `definePolicyBundle(json, { bases })` for a JSON bundle with `"extends"`).
 *
 * @module
 */
import type { PolicyBundle } from "@minzheng/core"
import { JIMO_BUNDLE } from "./jimo.js"
import { LICANG_BUNDLE } from "./licang.js"
import { NANHAI_BUNDLE } from "./nanhai.js"
import { NATIONAL_RELIEF_BUNDLE } from "./national-bundle.js"
import { TAISHAN_BUNDLE } from "./taishan.js"

/**
 * The ids of the shipped relief bundles.
 *
 * @example
 * ```ts
 * import type { ReliefBundleId } from "@minzheng/relief"
 * const id: ReliefBundleId = "national-relief"
 * ```
 * @category bundles
 * @since 0.1.0
 */
export type ReliefBundleId = "national-relief" | "qingdao-licang" | "qingdao-jimo" | "taian-taishan" | "foshan-nanhai"

/**
 * The relief bundles shipped with the package, by id ({@link NATIONAL_RELIEF_BUNDLE} and the
 * illustrative bundles of the seed localities). `Object.values(RELIEF_BUNDLES)` is the list of
 * bases a JSON bundle with `"extends": "<id>"` may name.
 *
 * @example
 * ```ts
 * import { RELIEF_BUNDLES } from "@minzheng/relief"
 * import { definePolicyBundle, Result } from "@minzheng/core"
 * Object.keys(RELIEF_BUNDLES) //=> ["national-relief", "qingdao-licang", "qingdao-jimo", "taian-taishan", "foshan-nanhai"]
 * const county = definePolicyBundle(
 *   { id: "zhangdian-2026", version: "2026.1", label: { zh: "张店区社会救助参数", en: "Zhangdian relief parameters" }, extends: "national-relief",
 *     parameters: { "dibao.standard.urban": { values: { "370303": [{ effectiveFrom: "2026-01-01", value: "1100.00", source: { document: "张店区城乡低保标准通知" } }] } } } },
 *   { bases: Object.values(RELIEF_BUNDLES) }
 * )
 * Result.isSuccess(county) //=> true
 * ```
 * @category bundles
 * @since 0.1.0
 */
export const RELIEF_BUNDLES: Readonly<Record<ReliefBundleId, PolicyBundle>> = Object.freeze({
  "national-relief": NATIONAL_RELIEF_BUNDLE,
  "qingdao-licang": LICANG_BUNDLE,
  "qingdao-jimo": JIMO_BUNDLE,
  "taian-taishan": TAISHAN_BUNDLE,
  "foshan-nanhai": NANHAI_BUNDLE
})
