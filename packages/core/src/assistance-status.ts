/**
 * The social-assistance statuses a person or household can hold (低收入人口的类别): one closed set,
 * defined once, that relief's programmes and care-assessment's identities both draw from — so
 * "tekun" or "rigid-expenditure" means the same in every package.
 *
 * > 国办发〔2023〕39号《关于加强低收入人口动态监测做好分层分类社会救助工作的意见》：低收入人口范围
 * > ……包括低保对象、特困人员、防止返贫监测对象、低保边缘家庭成员、刚性支出困难家庭成员，以及其他
 * > 困难人员。
 *
 * Beside the national categories: 临时救助对象 (《社会救助暂行办法》第十一章), and two statuses of
 * local practice met in the seed reports (淄博: 农村建档立卡贫困家庭、即时帮扶人口).
 *
 * @module
 */
import { localPractice } from "./citation.js"
import { citeNational } from "./national-texts.js"
import type { Citation } from "./model/citation.js"
import type { Bilingual } from "./text.js"

/**
 * A status's names and the text that defines it.
 *
 * @example
 * ```ts
 * import { ASSISTANCE_STATUS_NAMES } from "@minzheng/core"
 * ASSISTANCE_STATUS_NAMES.tekun.zh //=> "特困人员"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface AssistanceStatusInfo extends Bilingual {
  readonly source: Citation
}

const ZIBO = localPractice("seed 001", "淄博市特殊困难家庭人员救助")
const LOW_INCOME = citeNational("lowIncomeMonitoring", undefined, "低收入人口范围")

/**
 * The social-assistance statuses, each with its Chinese and English name and source.
 *
 * @example
 * ```ts
 * import { ASSISTANCE_STATUS_NAMES } from "@minzheng/core"
 * ASSISTANCE_STATUS_NAMES["rigid-expenditure"].zh //=> "刚性支出困难家庭成员"
 * Object.keys(ASSISTANCE_STATUS_NAMES).length //=> 8
 * ```
 * @category constants
 * @since 0.1.0
 */
export const ASSISTANCE_STATUS_NAMES = {
  dibao: { zh: "低保对象", en: "dibao recipient", source: LOW_INCOME },
  tekun: { zh: "特困人员", en: "person in extreme poverty (tekun)", source: LOW_INCOME },
  "poverty-monitored": { zh: "防止返贫监测对象", en: "household monitored against return to poverty", source: LOW_INCOME },
  "dibao-edge": { zh: "低保边缘家庭成员", en: "member of a dibao-edge household", source: LOW_INCOME },
  "rigid-expenditure": { zh: "刚性支出困难家庭成员", en: "member of a household in hardship from rigid expenditure", source: LOW_INCOME },
  "temporary-assistance": {
    zh: "临时救助对象",
    en: "temporary assistance recipient",
    source: citeNational("socialAssistance", "第四十七条")
  },
  "poverty-registered": {
    zh: "农村建档立卡贫困家庭成员",
    en: "member of a registered poor rural household",
    source: ZIBO
  },
  "instant-assistance": {
    zh: "即时帮扶人口",
    en: "person under instant assistance",
    source: ZIBO
  }
} as const satisfies Record<string, AssistanceStatusInfo>

/**
 * One social-assistance status (a key of {@link ASSISTANCE_STATUS_NAMES}).
 *
 * @example
 * ```ts
 * import type { AssistanceStatus } from "@minzheng/core"
 * const s: AssistanceStatus = "dibao-edge"
 * ```
 * @category models
 * @since 0.1.0
 */
export type AssistanceStatus = keyof typeof ASSISTANCE_STATUS_NAMES

/**
 * Every social-assistance status, in the order of {@link ASSISTANCE_STATUS_NAMES}.
 *
 * @example
 * ```ts
 * import { ASSISTANCE_STATUSES } from "@minzheng/core"
 * ASSISTANCE_STATUSES.slice(0, 2) //=> ["dibao", "tekun"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const ASSISTANCE_STATUSES = Object.keys(ASSISTANCE_STATUS_NAMES) as ReadonlyArray<AssistanceStatus>
