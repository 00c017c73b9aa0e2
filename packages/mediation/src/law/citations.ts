/**
 * The articles this package implements, as `Citation` values: 《中华人民共和国人民调解法》
 * (2010), 司法部《人民调解工作若干规定》(2002), 《劳动争议调解仲裁法》, 最高人民法院《关于人民调解协议
 * 司法确认程序的若干规定》 and 《民事诉讼法》 on 司法确认. Rule files quote the article above the code
 * and return these same citations in their refusals and explanations.
 *
 * Articles of 《人民调解工作若干规定》 and of the 民事诉讼法 after its 2021 and 2023 renumbering are
 * taken from public mirrors as summarised in the domain spec: check the official text before
 * relying on them (their `note` says so).
 *
 * @module
 */
import { type Citation, cite, localPractice } from "@minzheng/core"

const PML = "中华人民共和国人民调解法"
const RULES = "人民调解工作若干规定"
const RULES_NO = "司法部令第75号"
const VERIFY = "据公开文本整理，引用前请核对官方文本"

/**
 * Articles of 《中华人民共和国人民调解法》 (People's Mediation Law, 2010, in force 2011-01-01),
 * keyed `artN` by article number.
 *
 * @example
 * ```ts
 * import { PEOPLES_MEDIATION_LAW } from "@minzheng/mediation"
 * PEOPLES_MEDIATION_LAW.art33.article //=> "第三十三条"
 * ```
 * @category law
 * @since 0.1.0
 */
export const PEOPLES_MEDIATION_LAW = {
  art8: cite(PML, { article: "第八条" }),
  art17: cite(PML, { article: "第十七条" }),
  art18: cite(PML, { article: "第十八条" }),
  art19: cite(PML, { article: "第十九条" }),
  art20: cite(PML, { article: "第二十条" }),
  art22: cite(PML, { article: "第二十二条" }),
  art23: cite(PML, { article: "第二十三条" }),
  art25: cite(PML, { article: "第二十五条" }),
  art26: cite(PML, { article: "第二十六条" }),
  art27: cite(PML, { article: "第二十七条" }),
  art28: cite(PML, { article: "第二十八条" }),
  art29: cite(PML, { article: "第二十九条" }),
  art30: cite(PML, { article: "第三十条" }),
  art31: cite(PML, { article: "第三十一条" }),
  art32: cite(PML, { article: "第三十二条" }),
  art33: cite(PML, { article: "第三十三条" }),
  art34: cite(PML, { article: "第三十四条" })
} as const satisfies Record<string, Citation>

/**
 * Articles of 司法部《人民调解工作若干规定》 (司法部令第75号, in force 2002-11-01). Each carries a note
 * to verify against the official text.
 *
 * @example
 * ```ts
 * import { MEDIATION_WORK_RULES } from "@minzheng/mediation"
 * MEDIATION_WORK_RULES.art33.article //=> "第三十三条"
 * ```
 * @category law
 * @since 0.1.0
 */
export const MEDIATION_WORK_RULES = {
  art22: cite(RULES, { number: RULES_NO, article: "第二十二条", note: VERIFY }),
  art29: cite(RULES, { number: RULES_NO, article: "第二十九条", note: VERIFY }),
  art30: cite(RULES, { number: RULES_NO, article: "第三十条", note: VERIFY }),
  art33: cite(RULES, { number: RULES_NO, article: "第三十三条", note: VERIFY }),
  art34: cite(RULES, { number: RULES_NO, article: "第三十四条", note: VERIFY }),
  art35: cite(RULES, { number: RULES_NO, article: "第三十五条", note: VERIFY }),
  recusal: cite(RULES, { number: RULES_NO, note: `当事人可要求调解员回避并由调委会更换（条文序号待核对；地方规定如乌鲁木齐第二十七条）；${VERIFY}` }),
  extension: cite(RULES, {
    number: RULES_NO,
    article: "第三十三条",
    note: `超过一个月须经双方当事人同意（地方规定）；${VERIFY}`
  })
} as const satisfies Record<string, Citation>

/**
 * Articles of 《中华人民共和国劳动争议调解仲裁法》 used for labour disputes mediated by a
 * basic-level people's mediation organisation (第十条).
 *
 * @example
 * ```ts
 * import { LABOUR_DISPUTE_LAW } from "@minzheng/mediation"
 * LABOUR_DISPUTE_LAW.art14.article //=> "第十四条"
 * ```
 * @category law
 * @since 0.1.0
 */
export const LABOUR_DISPUTE_LAW = {
  art5: cite("中华人民共和国劳动争议调解仲裁法", { article: "第五条" }),
  art10: cite("中华人民共和国劳动争议调解仲裁法", { article: "第十条" }),
  art12: cite("中华人民共和国劳动争议调解仲裁法", { article: "第十二条" }),
  art14: cite("中华人民共和国劳动争议调解仲裁法", { article: "第十四条" }),
  art27: cite("中华人民共和国劳动争议调解仲裁法", { article: "第二十七条" })
} as const satisfies Record<string, Citation>

/**
 * The court side of 司法确认: 最高人民法院《关于人民调解协议司法确认程序的若干规定》(法释〔2011〕5号)
 * and 《民事诉讼法》.
 *
 * @example
 * ```ts
 * import { JUDICIAL_CONFIRMATION } from "@minzheng/mediation"
 * JUDICIAL_CONFIRMATION.spcArt5.number //=> "法释〔2011〕5号"
 * ```
 * @category law
 * @since 0.1.0
 */
export const JUDICIAL_CONFIRMATION = {
  spcArt4: cite("最高人民法院关于人民调解协议司法确认程序的若干规定", { number: "法释〔2011〕5号", article: "第四条" }),
  spcArt5: cite("最高人民法院关于人民调解协议司法确认程序的若干规定", { number: "法释〔2011〕5号", article: "第五条" }),
  civilProcedure: cite("中华人民共和国民事诉讼法", {
    article: "第二百零五条",
    note: `2023年修正文本；2021年修正文本为第二百零一条；${VERIFY}`
  })
} as const satisfies Record<string, Citation>

/**
 * Local practices from the seed reports (seed 001: 青岛 社会组织人民调解, 岱岳区 议事协商,
 * 平原县 阳光报告会; seed 003: 即墨区 community mediation teams).
 *
 * @example
 * ```ts
 * import { LOCAL_PRACTICE } from "@minzheng/mediation"
 * LOCAL_PRACTICE.daiyueQuarterlyMeeting.document //=> "local practice: seed 001"
 * ```
 * @category law
 * @since 0.1.0
 */
export const LOCAL_PRACTICE = {
  qingdaoSocialOrganisations: localPractice("seed 001", "青岛：社会组织设立人民调解委员会，调解合同纠纷、会员单位矛盾、劳动关系纠纷、邻里矛盾、经济纠纷"),
  jimoCommunityTeams: localPractice("seed 003", "即墨区：丈母娘调解队、大姐说和队等品牌社区社会组织"),
  daiyueSevenSteps: localPractice("seed 001", "岱岳区：提、审、汇、议、督、示、档“七步工作法”"),
  daiyueSevenPlusX: localPractice("seed 001", "岱岳区：“7+X”议事协商主体，7 为固定成员"),
  daiyueQuarterlyMeeting: localPractice("seed 001", "岱岳区：每季度首月定期组织召开一次议事协商会议"),
  daiyueOneTopic: localPractice("seed 001", "岱岳区：议事协商会议实行一事一议"),
  pingyuanProcedure: localPractice("seed 001", "平原县：按照“一述、两问、三评、四定”的程序进行"),
  pingyuanLedger: localPractice("seed 001", "平原县：对需要制定措施解决的，建立问题台账，实行销号管理"),
  pingyuanQuarterly: localPractice("seed 001", "平原县：坚持每季度召开一次“三务三资”阳光报告会"),
  caseFileChecklist: localPractice("domain spec", "齐河县司法局卷宗清单：调解申请书、受理登记表、调查记录、调解记录、调解协议书、回访笔录（未在种子报告中，待核对）"),
  eventOrder: localPractice("domain spec", "事件顺序是日期的唯一依据：命令日期不得早于案件最后一条记录的日期")
} as const satisfies Record<string, Citation>
