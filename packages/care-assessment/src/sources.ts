/**
 * The documents this package encodes, as citations. Clause numbers are given where the sources
 * gathered in the domain specification show them; where they do not, the citation says so in its
 * note instead of guessing a number.
 *
 * @module
 */
import { type Citation, cite, localPractice, NATIONAL_TEXTS } from "@minzheng/core"

const GBT_42195 = "老年人能力评估规范"
const MZT_039 = "老年人能力评估"
const LTC_2021 = "长期护理失能等级评估标准（试行）"
const TEKUN = NATIONAL_TEXTS.tekunRules.document // title and number once, in core

/**
 * A clause of GB/T 42195-2022《老年人能力评估规范》 (e.g. `"附录B B.1.1"`).
 *
 * @example
 * ```ts
 * import { gbt42195 } from "@minzheng/care-assessment"
 * gbt42195("附录B B.1.1") //=> { document: "老年人能力评估规范", number: "GB/T 42195-2022", article: "附录B B.1.1" }
 * ```
 * @category sources
 * @since 0.1.0
 */
/* @__NO_SIDE_EFFECTS__ */ export const gbt42195 = (clause: string, note?: string): Citation =>
  cite(GBT_42195, { number: "GB/T 42195-2022", article: clause, ...(note === undefined ? {} : { note }) })

/**
 * A clause of MZ/T 039-2013《老年人能力评估》 (superseded by GB/T 42195-2022).
 *
 * @example
 * ```ts
 * import { mzt039 } from "@minzheng/care-assessment"
 * mzt039("附录B B.1").number //=> "MZ/T 039-2013"
 * ```
 * @category sources
 * @since 0.1.0
 */
/* @__NO_SIDE_EFFECTS__ */ export const mzt039 = (clause: string, note?: string): Citation =>
  cite(MZT_039, { number: "MZ/T 039-2013", article: clause, ...(note === undefined ? {} : { note }) })

/**
 * A part of 《长期护理失能等级评估标准（试行）》 (医保办发〔2021〕37号).
 *
 * @example
 * ```ts
 * import { ltc2021 } from "@minzheng/care-assessment"
 * ltc2021("附件1 C1").number //=> "医保办发〔2021〕37号"
 * ```
 * @category sources
 * @since 0.1.0
 */
/* @__NO_SIDE_EFFECTS__ */ export const ltc2021 = (clause: string, note?: string): Citation =>
  cite(LTC_2021, { number: "医保办发〔2021〕37号", article: clause, ...(note === undefined ? {} : { note }) })

/**
 * The 特困 self-care assessment of 《特困人员认定办法》 (民发〔2021〕43号).
 *
 * @example
 * ```ts
 * import { tekunRules } from "@minzheng/care-assessment"
 * tekunRules().document //=> "特困人员认定办法"
 * ```
 * @category sources
 * @since 0.1.0
 */
/* @__NO_SIDE_EFFECTS__ */ export const tekunRules = (note?: string): Citation =>
  cite(TEKUN, {
    number: NATIONAL_TEXTS.tekunRules.number,
    article: "第二十一条、第二十二条",
    note: note ?? "生活自理能力六项指标（第二十一条）；全部达到为具备，3项以下不能达到为部分丧失，4项以上为完全丧失（第二十二条）"
  })

/**
 * Citations used across the package.
 *
 * @example
 * ```ts
 * import { CARE_SOURCES } from "@minzheng/care-assessment"
 * CARE_SOURCES.barthel.document //=> "Mahoney FI, Barthel DW. Functional evaluation: the Barthel Index"
 * ```
 * @category sources
 * @since 0.1.0
 */
export const CARE_SOURCES = {
  barthel: cite("Mahoney FI, Barthel DW. Functional evaluation: the Barthel Index", { number: "Md State Med J 1965;14:61-65" }),
  barthelBands: cite("护理分级", { number: "WS/T 431-2013", note: "Barthel 指数分级：≤40 重度依赖，41–60 中度依赖，61–99 轻度依赖，100 无需依赖" }),
  gbtLevels: gbt42195("能力等级划分", "条文序号未见原文核对；阈值 90 / 66–89 / 46–65 / 30–45 / 0–29 取自公开转录"),
  gbtAdjustments: gbt42195("等级变更", "条文序号未见原文核对；取自评估师培训材料与公开转录"),
  gbtReassessment: gbt42195("评估实施（复评）", "复评周期未见原文：12 个月为示例参数，须按当地规定设置"),
  mztProcess: mzt039("4 评估实施", "无变化者每 6 个月常规评估一次；状况变化时即时评估"),
  xiashan: localPractice("seed 001", "潍坊峡山区《峡山区关于深入推进精准扶贫健全完善特殊困难群体帮扶救助体系的意见》：机构养老费用分担与居家照料 10–60 小时"),
  zibo: localPractice("seed 001", "淄博市《关于进一步加强对特殊困难家庭人员救助的意见》（2020年3月）：特殊困难家庭人员五类"),
  licang: localPractice("seed 000", "青岛李沧区社区长照体系：生活照顾、健康养生、康复、医疗、护理五大功能"),
  tekunReview: cite(TEKUN, { number: NATIONAL_TEXTS.tekunRules.number, article: "第二十三条", note: "生活自理能力发生变化的，县级民政部门自接到报告之日起10个工作日内组织复核评估" })
} as const satisfies Record<string, Citation>
