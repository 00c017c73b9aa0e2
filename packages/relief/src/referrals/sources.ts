/**
 * The legal sources the referral catalogue cites: the 专项救助 chapters of 《社会救助暂行办法》, the
 * 2020 意见 on reforming social assistance, 《法律援助法》, the State Council opinion on the two
 * disability allowances, 《老年人权益保障法》 and the 即墨 seed report. One table, so an item and
 * the reason it gives cite the same words.
 *
 * Texts read (2026-12-04): 《社会救助暂行办法》 in the public corpus `LawRefBook/Laws`
 * (`行政法规/社会救助暂行办法.md`, 2019 revision); 《关于改革完善社会救助制度的意见》 in
 * `passwordgloo/Comet-law` (`docs/policy/2.1.md`); 《法律援助法》 in `Theonefkguy/Chinese-Laws`
 * (`社会法/法律援助法(2021-08-20).md`); 《老年人权益保障法》 in `LawRefBook/Laws`
 * (`社会法/老年人权益保障法.md`); 国发〔2015〕52号 from public reprints of its 补贴对象 paragraph
 * (the section number 二（一） follows the document's layout as reprinted; the full text was not read).
 *
 * @module
 */
import { type Citation, cite, localPractice } from "@minzheng/core"

const ZANXING = "社会救助暂行办法"
const ZANXING_NO = "国务院令第649号"
const YIJIAN_2020 = "关于改革完善社会救助制度的意见"
const FALV_YUANZHU = "中华人民共和国法律援助法"
const CANJI_52 = "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见"
const CANJI_52_NO = "国发〔2015〕52号"
const LAONIAN = "中华人民共和国老年人权益保障法"

/**
 * Citations of the articles the referral catalogue applies.
 *
 * **Details**: 《社会救助暂行办法》第二十八条 “下列人员可以申请相关医疗救助：（一）最低生活保障家庭成员；
 * （二）特困供养人员；（三）县级以上人民政府规定的其他特殊困难人员。” 第三十三条 “国家对在义务教育阶段
 * 就学的最低生活保障家庭成员、特困供养人员，给予教育救助。” 第三十七条 “国家对符合规定标准的住房困难的
 * 最低生活保障家庭、分散供养的特困人员，给予住房救助。” 第四十二条 “国家对最低生活保障家庭中有劳动能力
 * 并处于失业状态的成员……给予就业救助。” 《法律援助法》第四十二条 “法律援助申请人有材料证明属于下列
 * 人员之一的，免予核查经济困难状况：……（二）社会救助、司法救助或者优抚对象”. 国发〔2015〕52号：
 * “困难残疾人生活补贴主要补助残疾人因残疾产生的额外生活支出，对象为低保家庭中的残疾人……重度残疾人
 * 护理补贴主要补助残疾人因残疾产生的额外长期照护支出，对象为残疾等级被评定为一级、二级且需要长期照护
 * 的重度残疾人”.
 *
 * @example
 * ```ts
 * import { REFERRAL_SOURCES } from "@minzheng/relief"
 * REFERRAL_SOURCES.medicalWho.article //=> "第二十八条"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const REFERRAL_SOURCES = {
  medicalWho: cite(ZANXING, { number: ZANXING_NO, article: "第二十八条" }),
  medicalForms: cite(ZANXING, { number: ZANXING_NO, article: "第二十九条" }),
  medicalApply: cite(ZANXING, { number: ZANXING_NO, article: "第三十条" }),
  educationWho: cite(ZANXING, { number: ZANXING_NO, article: "第三十三条第一款" }),
  educationOther: cite(ZANXING, { number: ZANXING_NO, article: "第三十三条第二款" }),
  educationApply: cite(ZANXING, { number: ZANXING_NO, article: "第三十六条" }),
  housingWho: cite(ZANXING, { number: ZANXING_NO, article: "第三十七条" }),
  housingStandard: cite(ZANXING, { number: ZANXING_NO, article: "第三十九条" }),
  housingApply: cite(ZANXING, { number: ZANXING_NO, article: "第四十条" }),
  employmentWho: cite(ZANXING, { number: ZANXING_NO, article: "第四十二条" }),
  employmentZeroJob: cite(ZANXING, { number: ZANXING_NO, article: "第四十三条" }),
  employmentApply: cite(ZANXING, { number: ZANXING_NO, article: "第四十四条" }),
  temporaryExpenditure: cite(ZANXING, { number: ZANXING_NO, article: "第四十七条" }),
  singleWindow: cite(ZANXING, { number: ZANXING_NO, article: "第六十条" }),
  lowIncomeSpecial: cite(YIJIAN_2020, { article: "二（一）2" }),
  educationPreschool: cite(YIJIAN_2020, { article: "二（三）9" }),
  legalAidAndJudicial: cite(YIJIAN_2020, { article: "二（三）13" }),
  temporaryTypes: cite(YIJIAN_2020, { article: "二（四）15" }),
  charityLink: cite(YIJIAN_2020, { article: "二（五）18" }),
  oneWindow: cite(YIJIAN_2020, { article: "二（六）23" }),
  legalAidDefinition: cite(FALV_YUANZHU, { article: "第二条" }),
  legalAidApply: cite(FALV_YUANZHU, { article: "第三十八条" }),
  legalAidExempt: cite(FALV_YUANZHU, { article: "第四十二条" }),
  disabilityAllowances: cite(CANJI_52, { number: CANJI_52_NO, article: "二（一）" }),
  elderlyAge: cite(LAONIAN, { article: "第二条" }),
  elderlyCareAllowance: cite(LAONIAN, { article: "第三十条第二款" }),
  elderlyServiceAllowance: cite(LAONIAN, { article: "第三十七条第二款" }),
  elderlyLongevity: cite(LAONIAN, { article: "第三十三条第二款" }),
  seedJimoOneThing: localPractice(
    "seed 003",
    "即墨：民政、人社、住建、医保等部门14项救助帮扶业务纳入“社会救助一件事”线下申请，教育、民政、司法、人社等部门17项纳入线上申请"
  ),
  seedJimoCharity: localPractice("seed 003", "即墨：建立政府救助与慈善救助衔接机制，设立慈善“救急难”专项基金"),
  seedJimoElderly: localPractice(
    "seed 003",
    "即墨：80岁以上老年人体检补助和高龄补贴、经济困难老年人补贴、为城乡低保家庭失能失智老年人提供居家服务，为60岁以上老年人购买意外伤害保险"
  )
} as const satisfies Record<string, Citation>
