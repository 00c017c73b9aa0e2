/**
 * 《国家基本养老服务清单》 (2023): the annex of 中共中央办公厅、国务院办公厅《关于推进基本养老服务
 * 体系建设的意见》 (published 2023-05-21), as dated data.
 *
 * What was read, and what was not: the 民政部 answers on the 意见 (a public translation) say the
 * list “includes 16 service items in three categories — 物质帮助、照护服务、关爱服务 — and defines
 * the service object and content of each”, that a local list “shall include the items of the
 * national list, and its coverage and realisation shall not be lower”, and that the list is
 * adjusted over time. The annex table itself was NOT found in a public copy reachable from here.
 * The 13 items below are therefore reconstructed from the national rules each rests on (cited in
 * `basis`), every one marked `verified: false`, and the explanation says so. Three of the 16 items
 * are not reconstructed. Replace this file from the annex text when it is at hand.
 *
 * @module
 */
import { cite, type Citation } from "@minzheng/core"
import { gbt42195, tekunRules } from "../sources.js"
import type { ServiceItem, ServiceList } from "./service-list.js"

const OPINIONS = "关于推进基本养老服务体系建设的意见"
const UNVERIFIED = "附件原文未见；本条据所依据的国家规定与民政部答问整理，待核对"

/** The list's own citation for one item. */
const listItem = (name: string): Citation => cite(OPINIONS, { article: `附件《国家基本养老服务清单》：${name}`, note: UNVERIFIED })

// 《社会救助暂行办法》(国务院令第649号): the 特困, 低保 and 医疗救助 articles quoted in each item.
const relief = (article: string, note: string): Citation => cite("社会救助暂行办法", { number: "国务院令第649号", article, note })
// 财政部 民政部 全国老龄办《关于建立健全经济困难的高龄 失能等老年人补贴制度的通知》.
const subsidies = (note: string): Citation => cite("关于建立健全经济困难的高龄 失能等老年人补贴制度的通知", { number: "财社〔2014〕113号", note })
const elderlyLaw = cite("中华人民共和国老年人权益保障法", { article: "第二条", note: "本法所称老年人是指六十周岁以上的公民" })

const MCA_MOF = { zh: "民政部、财政部", en: "Ministry of Civil Affairs, Ministry of Finance" }
const MCA = { zh: "民政部", en: "Ministry of Civil Affairs" }
const AGE_60 = { kind: "age", min: 60 } as const
const DISABLED = ["mild", "moderate", "severe", "complete"] as const

const items: ReadonlyArray<ServiceItem> = [
  // 《社会救助暂行办法》第十四条：“国家对无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人，或者其
  // 法定赡养、抚养、扶养义务人无赡养、抚养、扶养能力的老年人、残疾人以及未满16周岁的未成年人，给予特困
  // 人员供养。” 第十五条：“（一）提供基本生活条件；（二）对生活不能自理的给予照料；（三）提供疾病治疗；
  // （四）办理丧葬事宜。”
  {
    id: "tekun-support",
    category: "material",
    name: { zh: "特困人员救助供养", en: "support for people in extreme poverty (tekun)" },
    target: { description: { zh: "60周岁及以上特困人员", en: "tekun aged 60 or over" }, all: [AGE_60, { kind: "identity", anyOf: ["tekun"] }] },
    content: { zh: "提供基本生活条件；对生活不能自理的给予照料；提供疾病治疗；办理丧葬事宜", en: "basic living conditions; care for those who cannot look after themselves; medical treatment; funeral arrangements" },
    department: MCA_MOF,
    citation: listItem("特困人员救助供养"),
    basis: [relief("第十四条、第十五条", "供养对象与供养内容"), elderlyLaw],
    verified: false
  },
  // 《社会救助暂行办法》第九条：“国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地
  // 最低生活保障家庭财产状况规定的家庭，给予最低生活保障。”
  {
    id: "dibao",
    category: "material",
    name: { zh: "最低生活保障", en: "minimum living guarantee (dibao)" },
    target: { description: { zh: "最低生活保障家庭中60周岁及以上的老年人", en: "people aged 60 or over in a dibao household" }, all: [AGE_60, { kind: "identity", anyOf: ["dibao"] }] },
    content: { zh: "按当地最低生活保障标准发放最低生活保障金", en: "the dibao payment at the local standard" },
    department: MCA_MOF,
    citation: listItem("最低生活保障"),
    basis: [relief("第九条", "最低生活保障对象"), elderlyLaw],
    verified: false
  },
  // 《社会救助暂行办法》第二十八条：最低生活保障家庭成员、特困供养人员可以申请医疗救助；第二十九条：
  // “对救助对象参加城镇居民基本医疗保险或者新型农村合作医疗的个人缴费部分，给予补贴”。
  {
    id: "medical-insurance-subsidy",
    category: "material",
    name: { zh: "参加城乡居民基本医疗保险个人缴费资助", en: "subsidy of the personal contribution to basic medical insurance" },
    target: { description: { zh: "60周岁及以上的特困人员、低保对象", en: "tekun and dibao recipients aged 60 or over" }, all: [AGE_60, { kind: "identity", anyOf: ["tekun", "dibao"] }] },
    content: { zh: "对参加城乡居民基本医疗保险的个人缴费部分给予补贴", en: "the personal contribution to residents' basic medical insurance is subsidised" },
    department: { zh: "国家医保局、财政部", en: "National Healthcare Security Administration, Ministry of Finance" },
    citation: listItem("医疗救助（参保资助）"),
    basis: [relief("第二十八条、第二十九条", "医疗救助对象与方式"), elderlyLaw],
    verified: false
  },
  {
    id: "high-age-allowance",
    category: "material",
    name: { zh: "高龄津贴", en: "old-age allowance" },
    target: { description: { zh: "高龄老年人（本表取80周岁及以上）", en: "people of advanced age (here: 80 or over)" }, all: [{ kind: "age", min: 80 }] },
    content: { zh: "发放高龄津贴，标准由各地确定", en: "an old-age allowance at the local standard" },
    department: MCA_MOF,
    citation: listItem("高龄津贴"),
    basis: [subsidies("高龄津贴")],
    verified: false,
    notes: ["“高龄”的起始年龄由各地确定；80 周岁为常见口径，本表取值待清单原文核对。"]
  },
  {
    id: "service-subsidy",
    category: "material",
    name: { zh: "养老服务补贴", en: "elderly-care service subsidy" },
    target: { description: { zh: "经济困难的60周岁及以上老年人", en: "people aged 60 or over in economic hardship" }, all: [AGE_60, { kind: "economic-hardship" }] },
    content: { zh: "为经济困难的老年人发放养老服务补贴，用于购买养老服务", en: "a subsidy to buy elderly-care services" },
    department: MCA_MOF,
    citation: listItem("养老服务补贴"),
    basis: [subsidies("养老服务补贴"), elderlyLaw],
    verified: false
  },
  {
    id: "care-subsidy",
    category: "material",
    name: { zh: "护理补贴", en: "care subsidy" },
    target: {
      description: { zh: "经济困难的失能老年人", en: "people with a disability in economic hardship" },
      all: [AGE_60, { kind: "economic-hardship" }, { kind: "level", anyOf: [...DISABLED] }]
    },
    content: { zh: "为经济困难的失能老年人发放护理补贴", en: "a care subsidy for people in economic hardship who have lost capability" },
    department: MCA_MOF,
    citation: listItem("护理补贴"),
    basis: [subsidies("护理补贴"), gbt42195("能力等级划分")],
    verified: false,
    notes: ["失能程度的门槛由各地确定；本表取 GB/T 42195-2022 轻度失能及以上。"]
  },
  // 民政部等《关于加快实施老年人居家适老化改造工程的指导意见》(民发〔2020〕86号): 经济困难的失能、残疾、
  // 高龄等老年人家庭.
  {
    id: "home-adaptation",
    category: "material",
    name: { zh: "居家适老化改造", en: "home adaptation for old age" },
    target: {
      description: { zh: "经济困难的失能、残疾、高龄等老年人家庭", en: "households in economic hardship of older people with a disability, an impairment or of advanced age" },
      all: [AGE_60, { kind: "economic-hardship" }, { kind: "any", of: [{ kind: "level", anyOf: [...DISABLED] }, { kind: "disability", maxGrade: 4 }, { kind: "age", min: 80 }] }]
    },
    content: { zh: "对经济困难的失能、残疾、高龄等老年人家庭实施居家适老化改造", en: "adaptation of the home" },
    department: MCA,
    citation: listItem("居家适老化改造"),
    basis: [cite("关于加快实施老年人居家适老化改造工程的指导意见", { number: "民发〔2020〕86号" })],
    verified: false,
    notes: ["“高龄”取 80 周岁（同高龄津贴）。"]
  },
  {
    id: "capability-assessment",
    category: "care",
    name: { zh: "老年人能力综合评估", en: "comprehensive capability assessment" },
    target: { description: { zh: "有需求的60周岁及以上老年人", en: "people aged 60 or over who ask for it" }, all: [AGE_60] },
    content: { zh: "为有需求的老年人提供能力综合评估，评估结果作为享受相关服务的依据", en: "a capability assessment on request, whose result is the basis for related services" },
    department: MCA,
    citation: listItem("老年人能力综合评估"),
    basis: [gbt42195("全文"), elderlyLaw],
    verified: false
  },
  {
    id: "health-management",
    category: "care",
    name: { zh: "老年人健康管理", en: "health management for older people" },
    target: { description: { zh: "65周岁及以上老年人", en: "people aged 65 or over" }, all: [{ kind: "age", min: 65 }] },
    content: { zh: "每年提供1次生活方式和健康状况评估、体格检查、辅助检查和健康指导", en: "once a year: lifestyle and health review, physical examination, tests and health advice" },
    department: { zh: "国家卫生健康委", en: "National Health Commission" },
    citation: listItem("老年人健康管理"),
    basis: [cite("国家基本公共卫生服务规范（第三版）", { article: "老年人健康管理服务规范", note: "服务对象为辖区内65岁及以上常住居民，每年提供1次健康管理服务" })],
    verified: false
  },
  // 《特困人员认定办法》第二十一、二十二条 define 生活不能自理 (部分或完全丧失生活自理能力); the
  // priority of 集中供养 for them is 《国务院关于进一步健全特困人员救助供养制度的意见》's.
  {
    id: "tekun-institutional-care",
    category: "care",
    name: { zh: "生活不能自理特困老年人集中供养", en: "institutional care for tekun who cannot look after themselves" },
    target: {
      description: { zh: "生活不能自理的60周岁及以上特困人员", en: "tekun aged 60 or over who cannot look after themselves" },
      all: [AGE_60, { kind: "identity", anyOf: ["tekun"] }, { kind: "tekun-self-care", anyOf: ["partially-lost", "fully-lost"] }]
    },
    content: { zh: "优先安排在供养服务机构集中供养，提供照料护理服务", en: "priority for care in a support institution, with personal care" },
    department: MCA,
    citation: listItem("特困人员集中供养"),
    basis: [cite("国务院关于进一步健全特困人员救助供养制度的意见", { number: "国发〔2016〕14号", note: "对生活不能自理的特困人员优先提供集中供养服务（条文序号未核对）" }), tekunRules()],
    verified: false
  },
  {
    id: "public-institution-admission",
    category: "care",
    name: { zh: "公办养老机构入住", en: "admission to a public elderly-care institution" },
    target: {
      description: { zh: "经济困难的失能、高龄老年人，以及计划生育特殊家庭老年人", en: "people in economic hardship with a disability or of advanced age, and older people of families with special family-planning hardship" },
      // (经济困难 ∧ (失能 ∨ 高龄)) ∨ 计划生育特殊家庭, written as a conjunction of two alternatives.
      all: [
        AGE_60,
        { kind: "any", of: [{ kind: "economic-hardship" }, { kind: "family-planning-special" }] },
        { kind: "any", of: [{ kind: "level", anyOf: [...DISABLED] }, { kind: "age", min: 80 }, { kind: "family-planning-special" }] }
      ]
    },
    content: { zh: "公办养老机构优先保障入住", en: "priority admission to a public institution" },
    department: MCA,
    citation: listItem("公办养老机构入住"),
    basis: [elderlyLaw],
    verified: false,
    notes: ["服务对象按公开解读整理；“高龄”取 80 周岁。"]
  },
  {
    id: "visiting-care",
    category: "caring",
    name: { zh: "探访关爱", en: "home visits" },
    target: {
      description: { zh: "独居、空巢、留守、失能、重度残疾、计划生育特殊家庭等特殊困难老年人", en: "older people in special difficulty: living alone, empty nest, left behind, disabled, severely impaired, special family-planning families" },
      all: [
        AGE_60,
        {
          kind: "any",
          of: [{ kind: "living", anyOf: ["alone", "empty-nest", "left-behind"] }, { kind: "level", anyOf: [...DISABLED] }, { kind: "disability", maxGrade: 2 }, { kind: "family-planning-special" }]
        }
      ]
    },
    content: { zh: "定期探访，了解生活、安全和健康状况，及时发现和处置风险", en: "regular visits to check living conditions, safety and health, and deal with risks" },
    department: MCA,
    citation: listItem("探访关爱"),
    basis: [cite("关于开展特殊困难老年人探访关爱服务的指导意见", { note: "民政部等部门 2022 年印发；文号未核对" })],
    verified: false,
    notes: ["“重度残疾”读作残疾人证一级、二级。"]
  },
  {
    id: "family-planning-special-support",
    category: "caring",
    name: { zh: "计划生育特殊家庭老年人扶助关爱", en: "support for older people of special family-planning families" },
    target: { description: { zh: "60周岁及以上计划生育特殊家庭老年人", en: "older people of families with special family-planning hardship" }, all: [AGE_60, { kind: "family-planning-special" }] },
    content: { zh: "按规定落实特别扶助，并提供关爱服务", en: "the special support allowance and caring services" },
    department: { zh: "国家卫生健康委", en: "National Health Commission" },
    citation: listItem("计划生育特殊家庭老年人扶助关爱"),
    basis: [cite("计划生育家庭特别扶助制度", { note: "文号未核对" })],
    verified: false
  }
]

/**
 * 《国家基本养老服务清单》 (2023), reconstructed (see the module summary): 13 of its 16 items, each
 * marked `verified: false` and citing the national rule it rests on. In force from 2023-05-21,
 * region `100000` (the whole country).
 *
 * @example
 * ```ts
 * import { NATIONAL_BASIC_ELDERLY_SERVICES_2023 } from "@minzheng/care-assessment"
 * NATIONAL_BASIC_ELDERLY_SERVICES_2023.items.length //=> 13
 * NATIONAL_BASIC_ELDERLY_SERVICES_2023.items.every((i) => i.verified === false) //=> true
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const NATIONAL_BASIC_ELDERLY_SERVICES_2023: ServiceList = {
  id: "national-2023",
  name: { zh: "国家基本养老服务清单", en: "national list of basic elderly-care services" },
  region: "100000",
  effectiveFrom: "2023-05-21" as ServiceList["effectiveFrom"],
  citation: cite(OPINIONS, { article: "附件《国家基本养老服务清单》", note: "中共中央办公厅、国务院办公厅印发，2023年5月21日公布；清单含物质帮助、照护服务、关爱服务3大类16个服务项目（民政部答问）" }),
  items: [...items],
  notes: [
    "附件原文未在可查的公开副本中找到：13 个条目据各自依据的国家规定与民政部答问重构，均标记为未核对（verified: false）；另 3 个条目未能重构。",
    "地方清单应包含国家清单的全部项目，覆盖范围和实现程度不得低于国家清单（民政部答问）：见 extendServiceList。"
  ]
}
