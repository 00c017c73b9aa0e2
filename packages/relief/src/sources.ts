/**
 * The legal sources relief rules cite: national texts by document, number and article, and the
 * seed reports for local practice. One table, so a rule and its explanation cite the same words.
 *
 * @module
 */
import { type Citation, cite, localPractice, NATIONAL_TEXTS } from "@minzheng/core"

// The national texts' titles and numbers live once, in core (NATIONAL_TEXTS, with how far each
// number is confirmed); relief, care-assessment and disclosure all cite them from there.
const ZANXING = NATIONAL_TEXTS.socialAssistance.document
const ZANXING_NO = NATIONAL_TEXTS.socialAssistance.number
const SHENHE = NATIONAL_TEXTS.dibaoReview.document
const SHENHE_NO = NATIONAL_TEXTS.dibaoReview.number
const TEKUN = NATIONAL_TEXTS.tekunRules.document
const TEKUN_NO = NATIONAL_TEXTS.tekunRules.number
const GANGXING = "刚性支出困难家庭认定办法"
const TONGZHI_2022 = "关于进一步做好最低生活保障等社会救助兜底工作的通知"
const LINSHI_2018 = "关于进一步加强和改进临时救助工作的意见"
const CIVIL_CODE = "中华人民共和国民法典"

/**
 * Citations of the articles the relief rules apply.
 *
 * **Details**: 《最低生活保障审核确认办法》 (民政部, in force 2021-07-01) is cited as 民发〔2021〕57号 and
 * 《特困人员认定办法》 (民政部, in force 2021-07-01) as 民发〔2021〕43号 — the same way
 * `@minzheng/disclosure` and `@minzheng/care-assessment` cite them, so one document reads the same
 * in every package. Verification (2026-12): the articles were read in a public full text
 * (passwordgloo/Comet-law, docs/department/1.1.1.md and 1.2.md), which does not reproduce the
 * issuing notices; 民发〔2021〕57号 is corroborated by a secondary source, 民发〔2021〕43号 by none
 * found. The numbers live here only: correct them here if the issuing notice says otherwise.
 *
 * @example
 * ```ts
 * import { RELIEF_SOURCES } from "@minzheng/relief"
 * RELIEF_SOURCES.dibaoEligibility.article //=> "第九条"
 * ```
 * @category sources
 * @since 0.1.0
 */
export const RELIEF_SOURCES = {
  dibaoEligibility: cite(ZANXING, { number: ZANXING_NO, article: "第九条" }),
  dibaoAmount: cite(ZANXING, { number: ZANXING_NO, article: "第十二条" }),
  dibaoAmountMethod: cite(SHENHE, { number: SHENHE_NO, article: "第二十三条" }),
  classifiedSupport: cite(SHENHE, { number: SHENHE_NO, article: "第二十七条" }),
  householdMembers: cite(SHENHE, { number: SHENHE_NO, article: "第七条" }),
  singlePerson: cite(SHENHE, { number: SHENHE_NO, article: "第八条" }),
  singlePersonSevereDisability: cite(TONGZHI_2022, { article: "一(一)" }),
  edgeHousehold: cite(TONGZHI_2022, { article: "一(四)" }),
  edgeDefinition: cite(SHENHE, { number: SHENHE_NO, article: "第八条第二款" }),
  income: cite(SHENHE, { number: SHENHE_NO, article: "第十三条" }),
  assets: cite(SHENHE, { number: SHENHE_NO, article: "第十四条" }),
  assetRules: cite(ZANXING, { number: ZANXING_NO, article: "第十条" }),
  noticeDibao: cite(SHENHE, { number: SHENHE_NO, article: "第十九条" }),
  timeLimit: cite(SHENHE, { number: SHENHE_NO, article: "第二十二条" }),
  timeLimitDelegated: cite(TONGZHI_2022, { article: "四(一)" }),
  paymentStart: cite(SHENHE, { number: SHENHE_NO, article: "第二十一条" }),
  publication: cite(SHENHE, { number: SHENHE_NO, article: "第二十四条" }),
  recheck: cite(SHENHE, { number: SHENHE_NO, article: "第三十一条" }),
  gradualExit: cite(SHENHE, { number: SHENHE_NO, article: "第三十三条" }),
  gradualExitSixMonths: cite(TONGZHI_2022, { article: "一(三)" }),
  tekunConditions: cite(TEKUN, { number: TEKUN_NO, article: "第四条" }),
  tekunNoLabour: cite(TEKUN, { number: TEKUN_NO, article: "第五条" }),
  tekunNoMeans: cite(TEKUN, { number: TEKUN_NO, article: "第六条" }),
  tekunIncome: cite(TEKUN, { number: TEKUN_NO, article: "第六条第二款" }),
  tekunSupporter: cite(TEKUN, { number: TEKUN_NO, article: "第八条" }),
  tekunSelfCare: cite(TEKUN, { number: TEKUN_NO, article: "第二十二条" }),
  tekunMinors: cite(TEKUN, { number: TEKUN_NO, article: "第二十四条第二款" }),
  tekunPublication: cite(TEKUN, { number: TEKUN_NO, article: "第十五条" }),
  spouseMaintenance: cite(CIVIL_CODE, { article: "第一千零五十九条" }),
  parentUpbringing: cite(CIVIL_CODE, { article: "第一千零六十七条第一款" }),
  childSupport: cite(CIVIL_CODE, { article: "第一千零六十七条第二款" }),
  grandparentDuty: cite(CIVIL_CODE, { article: "第一千零七十四条" }),
  siblingDuty: cite(CIVIL_CODE, { article: "第一千零七十五条" }),
  tekunStandards: cite(ZANXING, { number: ZANXING_NO, article: "第十五条" }),
  tekunStandardsLocal: cite(ZANXING, { number: ZANXING_NO, article: "第十五条第二款" }),
  tekunDibaoLink: cite(ZANXING, { number: ZANXING_NO, article: "第十五条第三款" }),
  tekunTermination: cite(TEKUN, { number: TEKUN_NO, article: "第二十四条" }),
  tekunTransfer: cite(TEKUN, { number: TEKUN_NO, article: "第二十七条" }),
  tekunApplication: cite(TEKUN, { number: TEKUN_NO, article: "第十条" }),
  socialAssistanceIncomeExcluded: cite(SHENHE, { number: SHENHE_NO, article: "第十三条第二款第（二）项" }),
  singlePersonReading: cite("“成年无业重度残疾人参照单人户”政策解读", {
    note: "其个人收入财产符合条件的，也可以纳入低保范围",
    url: "http://liujiang.gov.cn/wsbs/yjsfw/zdshbz/t19700101_3508429.shtml"
  }),
  tekunLinkLocal: cite("大理州关于进一步健全特困人员救助供养制度的通知（大理日报报道）", {
    note: "对纳入特困人员救助供养范围的，不再适用最低生活保障政策",
    url: "http://dali8.net/thread-92032-1-1.html"
  }),
  rigidConditions: cite(GANGXING, { article: "第四条" }),
  rigidSpending: cite(GANGXING, { article: "第五条" }),
  temporaryScope: cite(ZANXING, { number: ZANXING_NO, article: "第四十七条" }),
  temporaryApproval: cite(ZANXING, { number: ZANXING_NO, article: "第四十八条" }),
  temporaryTypes: cite(LINSHI_2018, { article: "二(一)" }),
  temporaryProcedure: cite(LINSHI_2018, { article: "二(二)" }),
  temporaryStandard: cite(LINSHI_2018, { article: "二(三)" }),
  seedLicang: localPractice("seed 000", "李沧区：五关、分类施保（孤寡老人、孤儿、残疾、单亲）、动态管理、低保边缘人群"),
  seedZibo: localPractice("seed 001", "淄博：特殊困难家庭人员五类"),
  seedRencheng: localPractice("seed 001", "济宁任城：低保失能老人集中托养，数额参考特困人员基本生活标准，先从低保金支付，缺口由“情暖夕阳”项目补齐"),
  seedLuozhuang: localPractice("seed 001", "临沂罗庄：监护缺失困境儿童生活扶助费每人每月500元"),
  seedJimo: localPractice("seed 003", "即墨：特困人员基本生活标准达到低保标准的1.5倍，临时救助提高至3万元，严格落实低保渐退期制度")
} as const satisfies Record<string, Citation>
