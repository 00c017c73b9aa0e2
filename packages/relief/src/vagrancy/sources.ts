/**
 * The legal sources the 流浪乞讨 救助 workflow cites: 《城市生活无着的流浪乞讨人员救助管理办法》
 * (国务院令第381号), its 实施细则 (民政部令第24号), 《社会救助暂行办法》第五十条, the 2020 意见, the
 * 民法典's counting of periods, and seed 001 (滨州 “244”).
 *
 * Texts read (2026-12-04): the 办法 in full in `LawRefBook/Laws` (`行政法规/城市生活无着的流浪乞讨人员
 * 救助管理办法.md`). The 实施细则 in reprints of its text: 第一条至第五条 in full (a reprint of 民政部令
 * 第24号 and the 中新网 2003-07-21 release); 第八条 in a 兵团 list of powers; 第十一条 and 第十二条 as
 * quoted, with the gov.cn 公报 address, in a public research note. The 接回 clause and the clause ending
 * 救助 for false information were read in a 雁江区 guide quoting them without article numbers: they are
 * cited without one. “因特殊情况需要延长的，报上级民政主管部门备案” (the end of 第十二条) was read only in
 * reprints that paraphrase it.
 *
 * @module
 */
import { type Citation, cite, localPractice } from "@minzheng/core"

const BANFA = "城市生活无着的流浪乞讨人员救助管理办法"
const BANFA_NO = "国务院令第381号"
const XIZE = "城市生活无着的流浪乞讨人员救助管理办法实施细则"
const XIZE_NO = "民政部令第24号"

/**
 * Citations of the articles the 流浪乞讨 救助 rules apply.
 *
 * **Details**: 实施细则 第二条：“《救助管理办法》规定的‘城市生活无着的流浪乞讨人员’是指因自身无力解决食宿，
 * 无亲友投靠，又不享受城市最低生活保障或者农村五保供养，正在城市流浪乞讨度日的人员。虽有流浪乞讨行为，但
 * 不具备前款规定情形的，不属于救助对象。” 第十二条：“救助站应当根据受助人员的情况确定救助期限，一般不超过
 * 10天”. 办法 第十一条：“救助站应当劝导受助人员返回其住所地或者所在单位，不得限制受助人员离开救助站。
 * 救助站对受助的残疾人、未成年人、老年人应当给予照顾；对查明住址的，及时通知其亲属或者所在单位领回；对无家
 * 可归的，由其户籍所在地人民政府妥善安置。”
 *
 * @example
 * ```ts
 * import { VAGRANCY_SOURCES } from "@minzheng/relief"
 * VAGRANCY_SOURCES.stayLimit.article //=> "第十二条"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VAGRANCY_SOURCES = {
  temporaryMeasure: cite(BANFA, { number: BANFA_NO, article: "第二条" }),
  escortToStation: cite(BANFA, { number: BANFA_NO, article: "第五条" }),
  registration: cite(BANFA, { number: BANFA_NO, article: "第六条" }),
  services: cite(BANFA, { number: BANFA_NO, article: "第七条" }),
  noFees: cite(BANFA, { number: BANFA_NO, article: "第十条" }),
  returnAndCare: cite(BANFA, { number: BANFA_NO, article: "第十一条" }),
  homeCounty: cite(BANFA, { number: BANFA_NO, article: "第十二条" }),
  whoIsCovered: cite(XIZE, { number: XIZE_NO, article: "第二条" }),
  information: cite(XIZE, { number: XIZE_NO, article: "第三条" }),
  admission: cite(XIZE, { number: XIZE_NO, article: "第五条" }),
  foodAndLodging: cite(XIZE, { number: XIZE_NO, article: "第八条" }),
  ticket: cite(XIZE, { number: XIZE_NO, article: "第十一条" }),
  stayLimit: cite(XIZE, { number: XIZE_NO, article: "第十二条" }),
  collection: cite(XIZE, { number: XIZE_NO, note: "接回条款：亲属或者所在单位拒不接回的，省内由流入地民政部门通知流出地民政部门接回，跨省由省级民政部门通知" }),
  falseInformation: cite(XIZE, { number: XIZE_NO, note: "救助站发现受助人员故意提供虚假个人情况的，应当终止救助" }),
  nationalBasis: cite("社会救助暂行办法", { number: "国务院令第649号", article: "第五十条" }),
  sourceGovernance: cite("关于改革完善社会救助制度的意见", { article: "二（四）16" }),
  periodCounting: cite("中华人民共和国民法典", { article: "第二百零一条" }),
  seedBinzhou: localPractice("seed 001", "滨州“244”：建立返乡安置和易流浪走失人员2个信息台账，走访频次每月不少于1次"),
  seedBinzhouMeasure: localPractice("seed 001", "滨州：流浪乞讨人员反复流浪的比例由2019年的20%下降到2021年的10%")
} as const satisfies Record<string, Citation>
