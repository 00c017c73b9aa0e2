/**
 * MZ/T 039-2013《老年人能力评估》 (民政行业标准, in force 2013-10-01; superseded by GB/T
 * 42195-2022 but still keyed on by local subsidy tables): four domains — 日常生活活动 (Barthel,
 * 0–100), 精神状态 (3 items, 0–6, higher is worse), 感知觉与沟通 (4 items, levelled by rules),
 * 社会参与 (5 items, 0–20, higher is worse) — each graded 0–3 and combined into 能力完好 / 轻度 /
 * 中度 / 重度失能.
 *
 * Kept so older records re-score reproducibly. The combination text leaves 9 combinations
 * uncovered and 60 matching two levels; the 附录D 判定卡 that resolves them was not found, so this
 * instrument gives domain scores and grades (where a domain is graded by its sum) and no combined
 * level — except the coma rule (“处于昏迷状态者，直接评定为重度失能”), which needs no combination.
 * The option texts of 社会参与 were not transcribed in the sources read: its options carry the
 * scores (0–4) only.
 *
 * @module
 */
import type { Instrument, InstrumentItem } from "../instrument/model.js"
import { CARE_SOURCES, mzt039 } from "../sources.js"
import { BARTHEL_100 } from "./barthel-100.js"

type Row = readonly [score: number, zh: string, en: string]

/* @__NO_SIDE_EFFECTS__ */ const item = (clause: string, id: string, domain: string, zh: string, en: string, rows: ReadonlyArray<Row>, note?: string): InstrumentItem => ({
  id,
  clause,
  domain,
  name: { zh, en },
  options: rows.map(([score, tzh, ten]) => ({ id: String(score), score, text: { zh: tzh, en: ten } })),
  citation: mzt039(`附录B ${clause}`),
  ...(note === undefined ? {} : { note })
})

const SOCIAL_NOTE = "选项文字未见于所读转录，只列分值；请对照 MZ/T 039-2013 附录B B.4 原文"
/* @__NO_SIDE_EFFECTS__ */ const scoresOnly = (max: number): ReadonlyArray<Row> =>
  Array.from({ length: max + 1 }, (_, s) => [s, `${s} 分（文字见原文 附录B B.4）`, `${s} points (see the standard's text)`] as const)

/**
 * MZ/T 039-2013 as instrument data, marked `superseded` by GB/T 42195-2022 (see the module summary).
 *
 * @example
 * ```ts
 * import { MZT_039_2013 } from "@minzheng/care-assessment"
 * ;[MZT_039_2013.status, MZT_039_2013.supersededBy] //=> ["superseded", "gbt-42195-2022"]
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const MZT_039_2013: Instrument = {
  id: "mzt-039-2013",
  version: "2013.1",
  name: { zh: "老年人能力评估（MZ/T 039-2013，已被 GB/T 42195-2022 替代）", en: "Ability assessment for older adults (MZ/T 039-2013, superseded)" },
  citation: mzt039("全文"),
  status: "superseded",
  supersededBy: "gbt-42195-2022",
  levels: [
    { id: "intact", name: { zh: "能力完好", en: "ability intact" } },
    { id: "mild", name: { zh: "轻度失能", en: "mild disability" } },
    { id: "moderate", name: { zh: "中度失能", en: "moderate disability" } },
    { id: "severe", name: { zh: "重度失能", en: "severe disability" } }
  ],
  domains: [
    {
      id: "adl",
      clause: "B.1",
      name: { zh: "日常生活活动", en: "activities of daily living" },
      citation: mzt039("表2"),
      // 表2: 0 = 100, 1 = 65–95, 2 = 45–60, 3 = ≤ 40; totals move in steps of 5, so the unreachable
      // 96–99, 61–64 and 41–44 are joined to the band below to make the bands a partition.
      bands: [{ grade: 0, min: 100, max: 100 }, { grade: 1, min: 65, max: 99 }, { grade: 2, min: 45, max: 64 }, { grade: 3, min: 0, max: 44 }]
    },
    {
      id: "mental",
      clause: "B.2",
      name: { zh: "精神状态", en: "mental state" },
      citation: mzt039("表3"),
      bands: [{ grade: 0, min: 0, max: 0 }, { grade: 1, min: 1, max: 1 }, { grade: 2, min: 2, max: 3 }, { grade: 3, min: 4, max: 6 }]
    },
    { id: "sensory", clause: "B.3", name: { zh: "感知觉与沟通", en: "perception and communication" }, citation: mzt039("附录B B.3", "分级按规则而非总分，未编码") },
    {
      id: "social",
      clause: "B.4",
      name: { zh: "社会参与", en: "social participation" },
      citation: mzt039("附录B B.4", "分级 0–2 / 3–7 / 8–13 / 14–20 取自代码转录"),
      bands: [{ grade: 0, min: 0, max: 2 }, { grade: 1, min: 3, max: 7 }, { grade: 2, min: 8, max: 13 }, { grade: 3, min: 14, max: 20 }]
    }
  ],
  items: [
    .../* @__PURE__ */ BARTHEL_100.items.map((i) => ({ ...i, clause: `B.1.${i.clause}`, citation: mzt039(`附录B B.1.${i.clause}`) })),
    item("B.2.1", "cognition", "mental", "认知功能", "cognition", [[0, "画钟正确且能回忆出2–3个词", "clock drawn correctly, recalls 2–3 words"], [1, "画钟错误或只回忆出0–1个词", "clock wrong or recalls 0–1 words"], [2, "已确诊为认知障碍，如老年痴呆", "diagnosed cognitive impairment"]]),
    item("B.2.2", "aggression", "mental", "攻击行为", "aggressive behaviour", [[0, "无", "none"], [1, "每月有几次身体攻击或每周有几次语言攻击", "monthly physical or weekly verbal aggression"], [2, "每周有几次身体攻击或每日有语言攻击", "weekly physical or daily verbal aggression"]]),
    item("B.2.3", "depression", "mental", "抑郁症状", "depressive symptoms", [[0, "无", "none"], [1, "情绪低落、不爱说话、不爱梳洗、不爱活动", "low mood, withdrawn"], [2, "有自杀念头或自杀行为", "suicidal thoughts or acts"]]),
    item("B.3.1", "consciousness", "sensory", "意识水平", "level of consciousness", [[0, "神志清醒", "alert"], [1, "嗜睡", "drowsy"], [2, "昏睡", "stupor"], [3, "昏迷", "coma"]]),
    item("B.3.2", "vision", "sensory", "视力", "vision (with glasses)", [[0, "能看清书报上的标准字体", "reads normal print"], [1, "能看清大字体", "reads large print"], [2, "看不清报纸大标题但能辨认物体", "recognises objects"], [3, "只能看到光、颜色和形状", "light, colour, shape only"], [4, "没有视力", "blind"]]),
    item("B.3.3", "hearing", "sensory", "听力", "hearing (with aid)", [[0, "可正常交谈", "normal conversation"], [1, "轻声或>2米听不清", "misses soft or distant speech"], [2, "需安静环境或大声说话", "needs quiet or loud speech"], [3, "大声或很慢才能部分听见", "hears loud slow speech partly"], [4, "完全听不见", "deaf"]]),
    item("B.3.4", "communication", "sensory", "沟通交流", "communication", [[0, "无困难", "no difficulty"], [1, "需增加时间或帮助", "needs time or help"], [2, "表达或理解有困难，需频繁重复或简化", "difficulty, needs repetition"], [3, "不能表达需要或理解他人的话", "cannot express or understand"]]),
    item("B.4.1", "living-ability", "social", "生活能力", "living ability", scoresOnly(4), SOCIAL_NOTE),
    item("B.4.2", "work-ability", "social", "工作能力", "work ability", scoresOnly(4), SOCIAL_NOTE),
    item("B.4.3", "time-place-orientation", "social", "时间/空间定向", "orientation to time and place", scoresOnly(4), SOCIAL_NOTE),
    item("B.4.4", "person-orientation", "social", "人物定向", "orientation to persons", scoresOnly(4), SOCIAL_NOTE),
    item("B.4.5", "social-interaction", "social", "社会交往能力", "social interaction", scoresOnly(4), SOCIAL_NOTE)
  ],
  levelRule: {
    kind: "none",
    reason: { zh: "附录D 判定卡未获原文：组合文字有 9 种组合无对应等级、60 种对应两个等级，未编码", en: "the 附录D decision card was not found: the combination text leaves 9 combinations uncovered and 60 ambiguous" },
    citation: mzt039("5 评估结果", "组合规则取自代码转录；判定卡未获")
  },
  adjustments: {
    coma: { level: "severe", answer: { item: "consciousness", option: "3" }, citation: mzt039("等级变更条款", "处于昏迷状态者，直接评定为重度失能") },
    raise: {
      dementia: true,
      mentalIllness: true,
      riskEventThreshold: 2,
      riskEventCounting: "total",
      stacking: "single-step",
      noRaiseFrom: "severe",
      citation: mzt039("等级变更条款", "初步等级为重度失能的，不再提高")
    }
  },
  reassessment: { intervalMonths: 6, illustrative: false, citation: CARE_SOURCES.mztProcess },
  notes: ["总分为各条目分值之和，四个一级指标方向不同（日常生活活动越高越好，其余越高越差），总分本身无意义，只用一级指标得分与分级。"]
}
