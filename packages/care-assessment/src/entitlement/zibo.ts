/**
 * 淄博市 特殊困难家庭人员救助 (seed 001), 《关于进一步加强对特殊困难家庭人员救助的意见》（2020年3月）:
 *
 * “将特殊困难家庭人员分成五类：第一类是城乡低保、农村建档立卡贫困家庭、即时帮扶人口中的重度、中度、
 * 轻度失能人员；第二类是城乡特困供养人员；第三类是城乡低保边缘家庭中的重度、中度失能人员；第四类是
 * 因伤因病造成支出型困难家庭中的重度失能人员；第五类是…在校生…以及孤儿、重点困境儿童、事实无人抚养
 * 儿童等在校生。” They “享受基本生活照料、在校生教育免补…、财政全额承担合规的个人自负住院医疗费用、
 * 节日慰问金4项政策待遇”; “对特殊困难家庭中的重度失能人员，发放节日慰问金”.
 *
 * Levels are GB/T 42195-2022's. The 淄博 text has three degrees (重度、中度、轻度); its 重度 is read
 * as GB/T 重度 and 完全失能. Which of the four benefits each category gets is this package's
 * reading (care and hospital costs for categories 1–4, school waivers for category 5), marked in
 * each rule's note.
 *
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import type { DecisionTable } from "./decision-table.js"
import { CARE_SOURCES } from "../sources.js"

/**
 * 淄博's five categories of 特殊困难家庭人员, in the words of seed 001 (《关于进一步加强对特殊困难
 * 家庭人员救助的意见》, 2020年3月): “将特殊困难家庭人员分成五类：第一类是…；第二类是…”. The one
 * definition: {@link ZIBO_CATEGORIES} labels its rules with it, and `@minzheng/relief`
 * (`classifyZiboCategories`) imports it. Keys are the categories' numbers (第一类 = `1`).
 *
 * @example
 * ```ts
 * import { ZIBO_CATEGORY_NAMES } from "@minzheng/care-assessment"
 * ZIBO_CATEGORY_NAMES[2].zh //=> "城乡特困供养人员"
 * ZIBO_CATEGORY_NAMES[4].zh //=> "因伤因病造成支出型困难家庭中的重度失能人员"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const ZIBO_CATEGORY_NAMES = {
  1: {
    zh: "城乡低保、农村建档立卡贫困家庭、即时帮扶人口中的重度、中度、轻度失能人员",
    en: "people with a severe, moderate or mild disability in urban or rural dibao households, registered poor rural households or under instant assistance"
  },
  2: { zh: "城乡特困供养人员", en: "urban and rural tekun persons" },
  3: { zh: "城乡低保边缘家庭中的重度、中度失能人员", en: "people with a severe or moderate disability in urban or rural dibao-edge households" },
  4: { zh: "因伤因病造成支出型困难家庭中的重度失能人员", en: "people with a severe disability in households in expenditure hardship from injury or illness" },
  5: {
    zh: "城乡低保、特困供养、低保边缘、因伤因病支出型困难家庭中的在校生，农村建档立卡贫困家庭、即时帮扶人口中的在校生以及孤儿、重点困境儿童、事实无人抚养儿童等在校生",
    en: "students of urban or rural dibao, tekun, dibao-edge or injury-and-illness expenditure-hardship households, of registered poor rural households or under instant assistance, and orphans, children in particular difficulty and de facto unsupported children in school"
  }
} as const satisfies Record<number, Bilingual>

/**
 * One of 淄博's five categories: a key of {@link ZIBO_CATEGORY_NAMES} (`1`–`5`).
 *
 * @example
 * ```ts
 * import type { ZiboCategory } from "@minzheng/care-assessment"
 * const c: ZiboCategory = 5
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export type ZiboCategory = keyof typeof ZIBO_CATEGORY_NAMES

const ORDINAL = { 1: { zh: "第一类", en: "category 1" }, 2: { zh: "第二类", en: "category 2" }, 3: { zh: "第三类", en: "category 3" }, 4: { zh: "第四类", en: "category 4" }, 5: { zh: "第五类", en: "category 5" } } as const satisfies Record<ZiboCategory, Bilingual>

/** The rule label (第一类：…) and the category (`category-1`, 第一类) of category `n`. */
const category = (n: ZiboCategory) => ({
  label: { zh: `${ORDINAL[n].zh}：${ZIBO_CATEGORY_NAMES[n].zh}`, en: `${ORDINAL[n].en}: ${ZIBO_CATEGORY_NAMES[n].en}` },
  category: { id: `category-${n}`, name: ORDINAL[n] }
})

const CARE = { id: "basic-living-care", name: { zh: "基本生活照料", en: "basic living care" } }
const HOSPITAL = { id: "inpatient-self-pay", name: { zh: "财政全额承担合规的个人自负住院医疗费用", en: "eligible self-paid inpatient costs paid in full" } }
const SCHOOL = { id: "education-waivers", name: { zh: "在校生教育免补（免学杂费、免教科书费、补助寄宿生生活费）", en: "school fee and textbook waivers, boarding allowance" } }
const FESTIVAL = { id: "festival-allowance", name: { zh: "节日慰问金", en: "festival allowance" } }
const reading = { ...CARE_SOURCES.zibo, note: `${CARE_SOURCES.zibo.note}；各类享受哪几项待遇为本包的理解` }

/**
 * The five 淄博 categories of 特殊困难家庭人员 as a decision table (`collect` hit: a person may fall
 * in a category and also receive the 重度失能 festival allowance).
 *
 * @example
 * ```ts
 * import { ZIBO_CATEGORIES } from "@minzheng/care-assessment"
 * ZIBO_CATEGORIES.rules.map((r) => r.then.category?.id).filter(Boolean) //=> ["category-1", "category-2", "category-3", "category-4", "category-5"]
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const ZIBO_CATEGORIES: DecisionTable = {
  id: "zibo-2020",
  name: { zh: "淄博市特殊困难家庭人员救助", en: "Zibo assistance for people in households with special difficulties" },
  region: "370300",
  citation: CARE_SOURCES.zibo,
  levelScale: "gbt-42195-2022",
  hitPolicy: "collect",
  rules: [
    {
      id: "category-1",
      label: category(1).label,
      when: { identities: ["dibao", "poverty-registered", "instant-assistance"], levels: ["mild", "moderate", "severe", "complete"], inSchool: false },
      then: { category: category(1).category, benefits: [CARE, HOSPITAL] },
      citation: reading
    },
    {
      id: "category-2",
      label: category(2).label,
      when: { identities: ["tekun"], inSchool: false },
      then: { category: category(2).category, benefits: [CARE, HOSPITAL] },
      citation: reading
    },
    {
      id: "category-3",
      label: category(3).label,
      when: { identities: ["dibao-edge"], levels: ["moderate", "severe", "complete"], inSchool: false },
      then: { category: category(3).category, benefits: [CARE, HOSPITAL] },
      citation: reading
    },
    {
      id: "category-4",
      label: category(4).label,
      when: { identities: ["rigid-expenditure"], levels: ["severe", "complete"], inSchool: false },
      then: { category: category(4).category, benefits: [CARE, HOSPITAL] },
      citation: reading
    },
    {
      id: "category-5",
      label: category(5).label,
      when: { identities: ["dibao", "tekun", "dibao-edge", "rigid-expenditure", "poverty-registered", "instant-assistance", "child-in-difficulty"], inSchool: true },
      then: { category: category(5).category, benefits: [SCHOOL] },
      citation: reading
    },
    {
      id: "festival-allowance",
      label: { zh: "特殊困难家庭中的重度失能人员发放节日慰问金", en: "severely disabled members receive a festival allowance" },
      when: { identities: ["dibao", "poverty-registered", "instant-assistance", "tekun", "dibao-edge", "rigid-expenditure"], levels: ["severe", "complete"] },
      then: { benefits: [FESTIVAL] },
      citation: CARE_SOURCES.zibo
    }
  ],
  notes: ["淄博原文为重度、中度、轻度三档；按 GB/T 42195-2022，重度读作重度与完全失能。", "在校生（第五类）不另按失能等级判断。"]
}
