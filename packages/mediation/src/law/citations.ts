/**
 * The articles this package implements, as `Citation` values: 《中华人民共和国人民调解法》
 * (2010), 司法部《人民调解工作若干规定》(2002), 《劳动争议调解仲裁法》, 最高人民法院《关于人民调解协议
 * 司法确认程序的若干规定》 and 《民事诉讼法》 on 司法确认. Rule files quote the article above the code
 * and return these same citations in their refusals and explanations.
 *
 * The articles of 《人民调解工作若干规定》 were checked against a public copy of the text (see
 * {@link MEDIATION_WORK_RULES}); those of the 民事诉讼法 after its 2021 and 2023 renumbering are taken
 * from the domain spec and still carry a note asking to check the official text.
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
 * Articles of 司法部《人民调解工作若干规定》 (司法部令第75号, in force 2002-11-01), checked against a
 * public copy of the text (lawfaq.cn, 第二十七至三十五条). The articles this package applies say:
 *
 * > 第二十九条 人民调解委员会调解纠纷，根据需要可以公开进行，允许当事人的亲属、邻里和当地（本单位）
 * > 群众旁听。但是涉及当事人的隐私、商业秘密或者当事人表示反对的除外。
 * >
 * > 第三十条 人民调解委员会调解纠纷，在调解前应当以口头或者书面形式告知当事人人民调解的性质、原则
 * > 和效力，以及当事人在调解活动中享有的权利和承担的义务。
 * >
 * > 第三十三条 人民调解委员会调解纠纷，一般在一个月内调结。
 * >
 * > 第三十四条 经人民调解委员会调解解决的纠纷，有民事权利义务内容的，或者当事人要求制作书面调解
 * > 协议的，应当制作书面调解协议。
 * >
 * > 第三十五条 调解协议应当载明下列事项：……（四）履行协议的方式、地点、期限；……
 *
 * 第三十三条 says nothing about extending the month: the rule that going past it needs both
 * parties' consent is local practice ({@link LOCAL_PRACTICE}`.extensionConsent`). 第二十二条 (what a
 * committee must not accept) was checked against a published translation only, and the article
 * on 回避 (a party may ask for the presiding mediator to be replaced) was found in its words but
 * not with its number: their notes say so.
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
  art22: cite(RULES, { number: RULES_NO, article: "第二十二条", note: "不得受理：法律、法规规定只能由专门机关管辖处理或者禁止采用民间调解方式解决的；人民法院、公安机关或者其他行政机关已经受理或者解决的（据公开译本核对，中文原文待核对）" }),
  art29: cite(RULES, { number: RULES_NO, article: "第二十九条" }),
  art30: cite(RULES, { number: RULES_NO, article: "第三十条" }),
  art33: cite(RULES, { number: RULES_NO, article: "第三十三条" }),
  art34: cite(RULES, { number: RULES_NO, article: "第三十四条" }),
  art35: cite(RULES, { number: RULES_NO, article: "第三十五条" }),
  recusal: cite(RULES, {
    number: RULES_NO,
    note: "“当事人对调解主持人提出回避要求的，人民调解委员会应当予以调换”（条文序号未见于所查公开文本；地方规定如《乌鲁木齐市人民调解工作条例》第二十七条）"
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
  eventOrder: localPractice("domain spec", "事件顺序是日期的唯一依据：命令日期不得早于案件最后一条记录的日期"),
  // 《人民调解工作若干规定》第三十三条 only says "一般在一个月内调结". A local regulation found in a public
  // copy (第三十六条 of a local 人民调解 regulation, its title not shown in that copy) says:
  // "一般在一个月内完成调解，有特殊情况一个月内不能完成调解的，经纠纷双方当事人同意可以继续调解。"
  extensionConsent: localPractice(
    "domain spec",
    "超过一个月继续调解的，须经双方当事人同意（地方人民调解条例的做法，如“有特殊情况一个月内不能完成调解的，经纠纷双方当事人同意可以继续调解”；《人民调解工作若干规定》第三十三条未作此规定）"
  )
} as const satisfies Record<string, Citation>
