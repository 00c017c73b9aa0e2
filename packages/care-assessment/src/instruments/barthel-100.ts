/**
 * Barthel Index (Barthel 指数, Mahoney & Barthel 1965), the 0–100 version: ten activities of daily
 * living. Chinese nursing practice bands the total (WS/T 431-2013《护理分级》): 100 无需依赖,
 * 61–99 轻度依赖, 41–60 中度依赖, ≤ 40 重度依赖. The 0–20 Collin version is a different
 * instrument and would carry its own id.
 *
 * @module
 */
import type { Instrument, InstrumentItem } from "../instrument/model.js"
import { CARE_SOURCES } from "../sources.js"

type Row = readonly [score: number, zh: string, en: string]

/* @__NO_SIDE_EFFECTS__ */ const item = (n: number, id: string, zh: string, en: string, rows: ReadonlyArray<Row>): InstrumentItem => ({
  id,
  clause: String(n),
  domain: "adl",
  name: { zh, en },
  options: rows.map(([score, tzh, ten]) => ({ id: String(score), score, text: { zh: tzh, en: ten } })),
  citation: CARE_SOURCES.barthel
})

/**
 * The Barthel Index, 0–100 (see the module summary).
 *
 * @example
 * ```ts
 * import { BARTHEL_100 } from "@minzheng/care-assessment"
 * BARTHEL_100.items.length //=> 10
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const BARTHEL_100: Instrument = {
  id: "barthel-100",
  version: "1965.1",
  name: { zh: "Barthel 指数（日常生活活动能力）", en: "Barthel Index (0–100)" },
  citation: CARE_SOURCES.barthel,
  status: "in-force",
  levels: [
    { id: "independent", name: { zh: "无需依赖", en: "independent" } },
    { id: "mild-dependence", name: { zh: "轻度依赖", en: "mild dependence" } },
    { id: "moderate-dependence", name: { zh: "中度依赖", en: "moderate dependence" } },
    { id: "severe-dependence", name: { zh: "重度依赖", en: "severe dependence" } }
  ],
  domains: [{ id: "adl", clause: "ADL", name: { zh: "日常生活活动", en: "activities of daily living" }, citation: CARE_SOURCES.barthel }],
  items: [
    item(1, "feeding", "进食", "feeding", [
      [10, "独立", "independent"],
      [5, "需部分帮助（如协助把持餐具）", "needs some help"],
      [0, "需极大帮助或完全依赖他人，或有留置营养管", "dependent, or a feeding tube"]
    ]),
    item(2, "bathing", "洗澡", "bathing", [
      [5, "准备好洗澡水后，可自己独立完成", "independent once the bath is ready"],
      [0, "需他人帮助", "needs help"]
    ]),
    item(3, "grooming", "修饰", "grooming", [
      [5, "独立洗脸、刷牙、梳头、刮脸", "independent"],
      [0, "需他人帮助", "needs help"]
    ]),
    item(4, "dressing", "穿衣", "dressing", [
      [10, "独立", "independent"],
      [5, "需部分帮助", "needs some help"],
      [0, "需极大帮助或完全依赖", "dependent"]
    ]),
    item(5, "bowels", "大便控制", "bowels", [
      [10, "可控制", "continent"],
      [5, "偶尔失控（每周<1次）或需要他人提示", "occasional accident (<1/week) or needs prompting"],
      [0, "完全失控", "incontinent"]
    ]),
    item(6, "bladder", "小便控制", "bladder", [
      [10, "可控制", "continent"],
      [5, "偶尔失控（每天<1次，但每周>1次）或需要他人提示", "occasional accident (<1/day, >1/week) or needs prompting"],
      [0, "完全失控或留置导尿管", "incontinent or catheterised"]
    ]),
    item(7, "toilet-use", "如厕", "toilet use", [
      [10, "独立", "independent"],
      [5, "需部分帮助", "needs some help"],
      [0, "需极大帮助或完全依赖", "dependent"]
    ]),
    item(8, "transfer", "床椅转移", "bed–chair transfer", [
      [15, "独立", "independent"],
      [10, "需部分帮助（搀扶或拐杖）", "minor help"],
      [5, "需极大帮助", "major help"],
      [0, "完全依赖", "dependent"]
    ]),
    item(9, "mobility", "平地行走", "walking on level ground", [
      [15, "独立在平地上行走45m", "walks 45 m alone"],
      [10, "需部分帮助", "walks with help"],
      [5, "需极大帮助（或坐轮椅自行移动）", "wheelchair-independent or major help"],
      [0, "完全依赖", "immobile"]
    ]),
    item(10, "stairs", "上下楼梯", "stairs", [
      [10, "独立（连续上下10–15个台阶）", "independent (10–15 steps)"],
      [5, "需部分帮助", "needs help"],
      [0, "需极大帮助或完全依赖", "unable"]
    ])
  ],
  levelRule: {
    kind: "total-bands",
    bands: [
      { level: "independent", min: 100, max: 100 },
      { level: "mild-dependence", min: 61, max: 99 },
      { level: "moderate-dependence", min: 41, max: 60 },
      { level: "severe-dependence", min: 0, max: 40 }
    ],
    citation: CARE_SOURCES.barthelBands
  },
  adjustments: {},
  reassessment: { intervalMonths: 6, illustrative: true, citation: CARE_SOURCES.barthelBands },
  notes: ["0–100 版；0–20（Collin）版是另一工具，须另立 id。"]
}
