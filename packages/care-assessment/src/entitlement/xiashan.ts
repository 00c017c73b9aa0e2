/**
 * 潍坊峡山区 “1126+失能群体救助供养模式” (seed 001), from 《峡山区关于深入推进精准扶贫健全完善特殊
 * 困难群体帮扶救助体系的意见》 as the seed reports it:
 *
 * “选择入住养老机构养老的，特困人员护理费用由政府全部承担；低保户、贫困户中度以上失能老人政府承担
 * 费用的80%，个人承担20%；其他社会上的中度以上失能老人政府承担30%，个人承担70%。选择居家照料
 * 服务的，根据不同身份差别和失能等级，由政府提供每月10至60小时不等的免费护理服务，包括清洁、进食、
 * 更衣、代购、给药等28项具体内容。”
 *
 * The institution shares are the seed's. The seed gives only the range of home-care hours (10–60);
 * the hours per identity and level below are illustrative, marked so, until the 意见 itself is read.
 * Levels are GB/T 42195-2022's; “中度以上” is read as 中度、重度、完全失能, and 特困 cover as any
 * 失能 level (轻度 or worse), since the policy is for 失能 people.
 *
 * @module
 */
import type { DecisionTable, EntitlementRule } from "./decision-table.js"
import { CARE_SOURCES } from "../sources.js"
import { LICANG_CATALOGUE } from "./service-catalogue.js"

const DISABLED = ["mild", "moderate", "severe", "complete"]
const MODERATE_UP = ["moderate", "severe", "complete"]
const SERVICES = LICANG_CATALOGUE.services.map((s) => s.id)

const home = (id: string, identities: EntitlementRule["when"]["identities"], who: { zh: string; en: string }, hours: readonly [number, number, number, number]): Array<EntitlementRule> =>
  (["mild", "moderate", "severe", "complete"] as const).map((level, i) => ({
    id: `home-${id}-${level}`,
    label: { zh: `居家照料：${who.zh}${["轻度", "中度", "重度", "完全"][i]}失能，每月免费护理 ${hours[i]} 小时`, en: `home care: ${who.en}, ${level} disability, ${hours[i]} free hours a month` },
    when: { ...(identities === undefined ? {} : { identities }), levels: [level], settings: ["home"] },
    then: { monthlyFreeHours: hours[i] ?? 0, services: SERVICES },
    citation: { ...CARE_SOURCES.xiashan, note: "每月10至60小时（种子原文）；各身份、等级的具体小时数为示例，待政策原文核对" },
    illustrative: true
  }))

/**
 * The 峡山 policy as a decision table (`first` hit), levels of GB/T 42195-2022: the institution
 * cost shares (100% / 80–20 / 30–70) from seed 001, and illustrative home-care hours (10–60 a
 * month) with the catalogue's services.
 *
 * @example
 * ```ts
 * import { XIASHAN_POLICY } from "@minzheng/care-assessment"
 * XIASHAN_POLICY.rules.filter((r) => r.illustrative !== true).length //=> 3
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const XIASHAN_POLICY: DecisionTable = {
  id: "xiashan-2020",
  name: { zh: "峡山区失能群体救助供养", en: "Xiashan support for people with disabilities" },
  citation: CARE_SOURCES.xiashan,
  levelScale: "gbt-42195-2022",
  hitPolicy: "first",
  services: SERVICES,
  rules: [
    {
      id: "institution-tekun",
      label: { zh: "入住养老机构：特困人员护理费用由政府全部承担", en: "institution: the government pays all care costs of tekun" },
      when: { identities: ["tekun"], levels: DISABLED, settings: ["institution"] },
      then: { costShare: { government: "1", person: "0" } },
      citation: CARE_SOURCES.xiashan
    },
    {
      id: "institution-dibao-poor",
      label: { zh: "入住养老机构：低保户、贫困户中度以上失能，政府承担80%，个人承担20%", en: "institution: dibao or poor household, moderate or worse: government 80%, person 20%" },
      when: { identities: ["dibao", "poverty-registered"], levels: MODERATE_UP, settings: ["institution"] },
      then: { costShare: { government: "0.8", person: "0.2" } },
      citation: CARE_SOURCES.xiashan
    },
    {
      id: "institution-others",
      label: { zh: "入住养老机构：其他中度以上失能老人，政府承担30%，个人承担70%", en: "institution: anyone else, moderate or worse: government 30%, person 70%" },
      when: { levels: MODERATE_UP, settings: ["institution"] },
      then: { costShare: { government: "0.3", person: "0.7" } },
      citation: CARE_SOURCES.xiashan
    },
    ...home("tekun", ["tekun"], { zh: "特困人员", en: "tekun" }, [20, 40, 50, 60]),
    ...home("dibao-poor", ["dibao", "poverty-registered"], { zh: "低保户、贫困户", en: "dibao or poor household" }, [15, 30, 40, 50]),
    ...home("others", undefined, { zh: "其他人员", en: "anyone else" }, [10, 20, 30, 40])
  ],
  notes: [
    "机构养老费用分担比例取自种子 001 原文。",
    "居家照料小时数：原文只给出每月 10–60 小时的范围，表中各档为示例值（illustrative），须按政策原文替换。",
    "《峡山区关于深入推进精准扶贫健全完善特殊困难群体帮扶救助体系的意见》原文未在可查的公开副本中找到（2026-12-04 检索）；各身份、等级的小时数来源不明。",
    "“中度以上”按 GB/T 42195-2022 读作中度、重度、完全失能。峡山区为潍坊市功能区，未给地区代码。"
  ]
}
