/**
 * 长期护理失能等级评估标准（试行） (国家医保局办公室、民政部办公厅, 医保办发〔2021〕37号): 3 一级指标
 * and 17 二级指标 — C1 日常生活活动能力 (10 items, 0–100), C2 认知能力 (4 items, 0–16), C3 感知觉与
 * 沟通能力 (3 items, 0–12) — combined by 组合法 into levels 0 基本正常 … 5 重度失能Ⅲ级.
 *
 * Items and scores follow two public transcriptions of 附件1 (C1/C2/C3) that agree. The domain
 * cut-offs and the combination table were NOT found in any source read, so this instrument gives
 * domain scores and no level (`levelRule: none`). A pilot city that has the table supplies it as a
 * `domain-table` level rule in its own copy of this instrument.
 *
 * @module
 */
import type { Instrument, InstrumentItem } from "../instrument/model.js"
import { ltc2021 } from "../sources.js"

type Row = readonly [score: number, zh: string, en: string]

/* @__NO_SIDE_EFFECTS__ */ const item = (clause: string, id: string, domain: string, zh: string, en: string, rows: ReadonlyArray<Row>, note?: string): InstrumentItem => ({
  id,
  clause,
  domain,
  name: { zh, en },
  options: rows.map(([score, tzh, ten]) => ({ id: String(score), score, text: { zh: tzh, en: ten } })),
  citation: ltc2021(`附件1 ${clause}`),
  ...(note === undefined ? {} : { note })
})

const ORIENT_NOTE = "转录只确认 4 分与 0 分的文字（与 GB/T 42195 B.3 相同），3–1 分文字取 GB/T 42195 对应条目，待原文核对；分值确定"

/**
 * The 2021 long-term-care disability instrument (see the module summary): domain scores only.
 *
 * @example
 * ```ts
 * import { LTC_DISABILITY_2021 } from "@minzheng/care-assessment"
 * LTC_DISABILITY_2021.items.length //=> 17
 * LTC_DISABILITY_2021.levelRule.kind //=> "none"
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const LTC_DISABILITY_2021: Instrument = {
  id: "ltc-disability-2021",
  version: "2021.1",
  name: { zh: "长期护理失能等级评估标准（试行）", en: "Long-term-care disability rating standard (trial)" },
  citation: ltc2021("全文"),
  status: "pilot",
  levels: [
    { id: "0", name: { zh: "基本正常", en: "basically normal" } },
    { id: "1", name: { zh: "轻度失能", en: "mild disability" } },
    { id: "2", name: { zh: "中度失能", en: "moderate disability" } },
    { id: "3", name: { zh: "重度失能Ⅰ级", en: "severe disability, grade I" } },
    { id: "4", name: { zh: "重度失能Ⅱ级", en: "severe disability, grade II" } },
    { id: "5", name: { zh: "重度失能Ⅲ级", en: "severe disability, grade III" } }
  ],
  domains: [
    { id: "adl", clause: "C1", name: { zh: "日常生活活动能力", en: "activities of daily living" }, citation: ltc2021("附件1 C1") },
    { id: "cognition", clause: "C2", name: { zh: "认知能力", en: "cognition" }, citation: ltc2021("附件1 C2") },
    { id: "perception-communication", clause: "C3", name: { zh: "感知觉与沟通能力", en: "perception and communication" }, citation: ltc2021("附件1 C3") }
  ],
  items: [
    item("C1.1", "eating", "adl", "进食", "eating", [[10, "自理", "independent"], [5, "需部分帮助（夹菜、盛饭）", "needs some help"], [0, "较大或完全依赖，或有留置营养管", "largely dependent or tube-fed"]]),
    item("C1.2", "dressing", "adl", "穿衣", "dressing", [[10, "自理", "independent"], [5, "需要部分帮助", "needs some help"], [0, "依赖他人", "dependent"]]),
    item("C1.3", "face-mouth-care", "adl", "面部与口腔清洁", "face and mouth care", [[5, "独立洗脸、梳头、刷牙、剃须", "independent"], [0, "需要帮助", "needs help"]]),
    item("C1.4", "bowel", "adl", "大便控制", "bowel control", [[10, "能控制", "continent"], [5, "偶有失禁（每周<1次）或需要他人提示或便秘需要人工帮助取便", "occasional accident, prompting or manual help"], [0, "失禁（平均每周≥1次…）", "incontinent (≥1/week …)"]], "0 分文字在转录中有节略"),
    item("C1.5", "bladder", "adl", "小便控制", "bladder control", [[10, "能控制（或留置导尿管可自行管理）", "continent or self-managed catheter"], [5, "偶有失禁（每24h<1次，但每周>1次）或需要他人提示", "occasional accident or prompting"], [0, "失禁（平均每天≥1次…；或留置导尿管但无法自行管理）", "incontinent or unmanaged catheter"]], "0 分文字在转录中有节略"),
    item("C1.6", "toileting", "adl", "用厕", "toilet use", [[10, "自理", "independent"], [5, "需部分帮助", "needs some help"], [0, "需要极大帮助或完全依赖", "dependent"]]),
    item("C1.7", "walking", "adl", "平地行走", "walking on level ground", [[15, "独立步行", "walks alone"], [10, "需少量帮助（1人搀扶或提示）", "needs a little help"], [5, "较大程度依赖他人搀扶（≥2人）或依赖他人帮助使用轮椅", "largely dependent or pushed in a wheelchair"], [0, "卧床不起…", "bedridden …"]], "0 分文字在转录中有节略"),
    item("C1.8", "transfer", "adl", "床椅转移", "bed–chair transfer", [[15, "自理", "independent"], [10, "需少量帮助", "needs a little help"], [5, "需大量帮助（至少2人），能坐", "needs much help, can sit"], [0, "完全依赖他人，不能坐", "fully dependent, cannot sit"]]),
    item("C1.9", "stairs", "adl", "上下楼", "stairs", [[10, "独立", "independent"], [5, "部分帮助", "needs some help"], [0, "不能", "unable"]], "转录只给出“不能 / 部分帮助 / 独立”"),
    item("C1.10", "bathing", "adl", "洗澡", "bathing", [[5, "准备好洗澡水后可独立完成", "independent once ready"], [0, "洗澡过程中需他人帮助", "needs help"]]),
    item("C2.1", "time-orientation", "cognition", "时间定向", "orientation to time", [
      [4, "时间观念（年、月）清楚，日期（或星期几）可相差一天", "knows year and month"], [3, "时间观念有些下降，年、月、日（或星期几）不能全部分清（相差两天或以上）", "somewhat reduced"],
      [2, "时间观念较差，年、月、日不清楚，可知上半年或下半年或季节", "knows only half-year or season"], [1, "时间观念很差，年、月、日不清楚，可知上午、下午或白天、夜间", "knows only time of day"], [0, "无时间观念", "no sense of time"]
    ]),
    item("C2.2", "person-orientation", "cognition", "人物定向", "orientation to persons", [
      [4, "认识长期共同生活的人，能称呼并知道关系", "knows household members"], [3, "能认识大部分共同生活居住的人，能称呼或知道关系", "knows most"],
      [2, "能认识一半日常同住的亲人或照护者", "knows half of them"], [1, "只认识自己或极少数日常同住的亲人或照护者等", "knows very few"], [0, "不认识任何人（包括自己）", "knows no one"]
    ], ORIENT_NOTE),
    item("C2.3", "place-orientation", "cognition", "空间定向", "orientation to place", [
      [4, "能在日常生活范围内单独外出", "goes out alone"], [3, "不能单独外出，但能准确知道自己日常生活所在地的地址信息", "knows the address exactly"],
      [2, "不能单独外出，但知道较多有关自己日常生活的地址信息", "knows much of it"], [1, "不能单独外出，但知道较少自己居住或生活所在地的地址信息", "knows little of it"], [0, "不能单独外出，无空间观念", "no sense of place"]
    ], ORIENT_NOTE),
    item("C2.4", "memory", "cognition", "记忆力", "memory", [
      [4, "能够完整回忆既往事物，记住3个词语", "full recall, 3 words"], [3, "能回忆大部分既往事物，记住2个词语", "most recall, 2 words"], [2, "能回忆大部分既往事物，记住1个词语", "most recall, 1 word"],
      [1, "对既往事物能有少部分正确的回忆，没有近期记忆", "little recall, no recent memory"], [0, "完全不能回忆即时信息，并且完全不能对既往事物进行正确的回忆", "no recall"]
    ]),
    item("C3.1", "vision", "perception-communication", "视力", "vision", [
      [4, "基本正常", "normal"], [3, "能看清楚大字体…", "reads large print …"], [2, "看不清报纸大标题，但能辨认较大的物体", "recognises large objects only"], [1, "只能看到光、颜色和形状", "light, colour and shape only"], [0, "完全失明", "blind"]
    ], "3 分文字在转录中有节略"),
    item("C3.2", "hearing", "perception-communication", "听力", "hearing", [
      [4, "基本正常", "normal"], [3, "轻声或>2米听不清", "misses soft or distant speech"], [2, "需安静环境大声说话", "needs quiet and loud speech"], [1, "大声或很慢才能部分听见", "hears loud slow speech partly"], [0, "完全失聪", "deaf"]
    ]),
    item("C3.3", "communication", "perception-communication", "沟通能力", "communication", [
      [4, "无困难", "no difficulty"], [3, "需增加时间或帮助", "needs time or help"], [2, "勉强可交流，需频繁重复或简化", "barely, with repetition"], [1, "只能以简单的单词或手势表达", "single words or gestures"], [0, "完全不能理解也无法表达", "cannot understand or express"]
    ])
  ],
  levelRule: {
    kind: "none",
    reason: { zh: "组合法分级表未见原文，未编码；请由试点城市提供", en: "the combination table was not found in any source and is not encoded; supply your city's" },
    citation: ltc2021("评估结果（组合法）", "分级阈值与组合表未获原文，未编码")
  },
  adjustments: {},
  reassessment: { intervalMonths: 12, illustrative: true, citation: ltc2021("评估实施", "复评周期各试点城市自定；12 个月为示例参数") },
  notes: ["条目与分值取自两份一致的公开转录（附件1 C1/C2/C3）；等级组合表未获原文，故只给出一级指标得分。"]
}
