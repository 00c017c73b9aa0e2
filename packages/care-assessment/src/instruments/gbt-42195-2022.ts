/**
 * GB/T 42195-2022《老年人能力评估规范》: the national standard in force. Four first-level
 * indicators (一级指标) and 26 second-level indicators (二级指标), total 0–90, five levels.
 *
 * 附录B: B.1 自理能力 (8 items, 0–32), B.2 基础运动能力 (4 items, 0–15), B.3 精神状态 (9 items,
 * 0–28), B.4 感知觉与社会参与 (5 items, 0–15). Item texts follow the public transcriptions of 附录B
 * gathered in the domain specification (two independent sources agree on items and scores); the
 * official text was not available, so clauses are cited as the transcriptions number them.
 *
 * 等级变更: “处于昏迷状态者，直接评定为能力完全丧失”; “满足以下任一条件…上调一个能力等级”:
 * diagnosed dementia (ICD-10 F00–F03), a mental or behavioural disorder diagnosed by a psychiatric
 * specialist (F04–F99), or ≥ 2 care risk events (跌倒、噎食、自杀/自伤、走失) in the past 30 days.
 *
 * @module
 */
import { CAPABILITY_LEVEL_NAMES } from "../capability-level.js"
import { gbt42195, CARE_SOURCES } from "../sources.js"
import type { Instrument, InstrumentItem, InstrumentOption } from "../instrument/model.js"

type Row = readonly [score: number, zh: string, en: string]

const options = (rows: ReadonlyArray<Row>): Array<InstrumentOption> => rows.map(([score, zh, en]) => ({ id: String(score), score, text: { zh, en } }))

/** 标准协助量表: the 5-step assistance scale most B.1 / B.2 items use. */
const ASSISTANCE: ReadonlyArray<Row> = [
  [4, "独立完成，不需要协助", "does it alone, no help"],
  [3, "在他人指导或提示下完成", "does it with guidance or prompting"],
  [2, "需要他人协助，但以自身完成为主", "needs help but does most of it"],
  [1, "主要依靠他人协助，自身能给予配合", "relies mainly on others, cooperates"],
  [0, "完全依赖他人协助，且不能给予配合", "fully dependent, cannot cooperate"]
]

const item = (
  clause: string,
  id: string,
  domain: string,
  zh: string,
  en: string,
  rows: ReadonlyArray<Row> | Array<InstrumentOption>,
  extra: { definition?: string; note?: string } = {}
): InstrumentItem => ({
  id,
  clause,
  domain,
  name: { zh, en },
  ...(extra.definition === undefined ? {} : { definition: extra.definition }),
  options: Array.isArray(rows[0]) ? options(rows as ReadonlyArray<Row>) : (rows as Array<InstrumentOption>),
  citation: gbt42195(`附录B ${clause}`),
  ...(extra.note === undefined ? {} : { note: extra.note })
})

const B1 = "self-care"
const B2 = "basic-mobility"
const B3 = "mental-state"
const B4 = "perception-social"

/**
 * GB/T 42195-2022《老年人能力评估规范》 as instrument data (see the module summary). Levels:
 * `intact` 能力完好 90, `mild` 轻度失能 66–89, `moderate` 中度失能 46–65, `severe` 重度失能 30–45,
 * `complete` 完全失能 0–29.
 *
 * @example
 * ```ts
 * import { GBT_42195_2022 } from "@minzheng/care-assessment"
 * GBT_42195_2022.items.filter((i) => i.domain === "mental-state").length //=> 9
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const GBT_42195_2022: Instrument = {
  id: "gbt-42195-2022",
  version: "2022.1",
  name: { zh: "老年人能力评估规范", en: "Specification for ability assessment of older people" },
  citation: gbt42195("全文"),
  status: "in-force",
  // The names are the one definition in capability-level.ts (CAPABILITY_LEVEL_NAMES).
  levels: [
    { id: "intact", name: CAPABILITY_LEVEL_NAMES.intact },
    { id: "mild", name: CAPABILITY_LEVEL_NAMES.mild },
    { id: "moderate", name: CAPABILITY_LEVEL_NAMES.moderate },
    { id: "severe", name: CAPABILITY_LEVEL_NAMES.severe },
    { id: "complete", name: CAPABILITY_LEVEL_NAMES.complete }
  ],
  domains: [
    { id: B1, clause: "B.1", name: { zh: "自理能力", en: "self-care" }, citation: gbt42195("附录B B.1") },
    { id: B2, clause: "B.2", name: { zh: "基础运动能力", en: "basic mobility" }, citation: gbt42195("附录B B.2") },
    { id: B3, clause: "B.3", name: { zh: "精神状态", en: "mental state" }, citation: gbt42195("附录B B.3") },
    { id: B4, clause: "B.4", name: { zh: "感知觉与社会参与", en: "perception and social participation" }, citation: gbt42195("附录B B.4") }
  ],
  items: [
    item("B.1.1", "eating", B1, "进食", "eating", [
      [4, "独立使用器具将食物送进口中并咽下，没有呛咳", "feeds self with utensils and swallows, no choking"],
      [3, "在他人指导或提示下完成，或独立使用辅具，没有呛咳", "with guidance or prompting, or uses aids alone, no choking"],
      [2, "进食中至少需要少量接触式协助，偶尔（每月一次及以上）呛咳", "needs some hands-on help; chokes occasionally (monthly or more)"],
      [1, "在进食中需要大量接触式协助，经常（每周一次及以上）呛咳", "needs much hands-on help; chokes often (weekly or more)"],
      [0, "完全依赖他人协助进食，或吞咽困难，或留置营养管", "fully fed by others, or dysphagia, or a feeding tube"]
    ], { definition: "使用适当的器具将食物送入口中并咽下" }),
    item("B.1.2", "grooming", B1, "修饰", "grooming", ASSISTANCE, { definition: "洗脸、刷牙、梳头、刮脸、剪指（趾）甲等" }),
    item("B.1.3", "bathing", B1, "洗澡", "bathing", ASSISTANCE, { definition: "清洗和擦干身体" }),
    item("B.1.4", "upper-dressing", B1, "穿/脱上衣", "dressing the upper body", ASSISTANCE, { definition: "穿/脱上身衣服、系扣、拉拉链等" }),
    item("B.1.5", "lower-dressing", B1, "穿/脱裤子和鞋袜", "putting on trousers, shoes and socks", ASSISTANCE, { definition: "穿/脱裤子、鞋袜等" }),
    item("B.1.6", "bladder", B1, "小便控制", "bladder control", [
      [4, "可自行控制排尿，排尿次数、排尿控制均正常", "controls urination normally"],
      [3, "白天可自行控制排尿次数，夜间出现排尿次数增多、排尿控制较差，或自行使用尿布、尿垫等辅助用物", "controls by day, less at night, or uses pads alone"],
      [2, "白天大部分时间可自行控制排尿，偶出现（每天<1次，但每周>1次）尿失禁，夜间控制排尿较差，或他人少量协助使用尿布、尿垫等辅助用物", "occasional incontinence (<1/day, >1/week), or some help with pads"],
      [1, "白天大部分时间不能控制排尿（每天≥1次，但尚非完全失控），夜间出现尿失禁，或他人大量协助使用尿布、尿垫等辅助用物", "mostly uncontrolled (≥1/day), or much help with pads"],
      [0, "小便失禁，完全不能控制排尿，或留置导尿管", "fully incontinent, or an indwelling catheter"]
    ], { definition: "控制和排出尿液的能力" }),
    item("B.1.7", "bowel", B1, "大便控制", "bowel control", [
      [4, "可正常自行控制大便排出", "controls bowels normally"],
      [3, "有时出现（每周<1次）便秘或大便失禁，或自行使用开塞露、尿垫等辅助用物", "sometimes (<1/week) constipation or incontinence, or uses aids alone"],
      [2, "经常出现（每天<1次，但每周>1次）便秘或大便失禁，或他人少量协助使用开塞露、尿垫等辅助用物", "often (<1/day, >1/week), or some help with aids"],
      [1, "大部分时间均出现（每天≥1次）便秘或大便失禁，但尚非完全失控，或他人大量协助使用开塞露、尿垫等辅助用物", "most of the time (≥1/day), or much help with aids"],
      [0, "严重便秘或者完全大便失禁，需要依赖他人协助排便或清洁皮肤", "severe constipation or full incontinence, depends on others"]
    ], { definition: "控制和排出粪便的能力", note: "3 分的频次两份转录不一致（“每周<1次” / “每天<1次”），此处取“每周<1次”，待原文核对；不影响分值" }),
    item("B.1.8", "toileting", B1, "如厕", "toileting", ASSISTANCE, { definition: "上厕所排泄大小便，并清洁身体（注：强调排泄前解开裤子、完成排泄后清洁身体、穿上裤子）" }),
    item("B.2.1", "bed-mobility", B2, "床上体位转移", "turning and sitting up in bed", ASSISTANCE, { definition: "卧床翻身及坐起躺下" }),
    item("B.2.2", "bed-chair-transfer", B2, "床椅转移", "bed–chair transfer", ASSISTANCE, { definition: "从坐位到站位，再从站位到坐位的转换过程" }),
    item("B.2.3", "walking", B2, "平地行走", "walking on level ground", [
      [4, "独立平地行走50m左右，不需要协助，无摔倒风险", "walks about 50 m alone, no fall risk"],
      [3, "能平地行走50m左右，存在跌倒风险，需要他人监护或指导，或使用拐杖、助行器等辅助工具", "walks about 50 m with supervision or a walking aid"],
      [2, "在步行时需要他人少量扶持协助", "needs a little physical support"],
      [1, "在步行时需要他人大量扶持协助", "needs much physical support"],
      [0, "完全不能步行", "cannot walk"]
    ], { definition: "双脚交互的方式在地面行动，总是一只脚在前（包括他人辅助和使用辅具的步行）" }),
    item("B.2.4", "stairs", B2, "上下楼梯", "stairs", [
      [3, "可独立上下楼梯（连续上下10~15个台阶），不需要协助", "climbs 10–15 steps alone"],
      [2, "在他人指导或提示下完成", "with guidance or prompting"],
      [1, "需要他人协助，但以自身完成为主", "needs help but does most of it"],
      [0, "主要依靠他人协助，自身能给予配合；或者完全依赖他人协助，且不能给予配合", "relies on others or fully dependent"]
    ], { definition: "双脚交替完成楼梯台阶连续的上下移动" }),
    item("B.3.1", "time-orientation", B3, "时间定向", "orientation to time", [
      [4, "时间观念（年、月）清楚，日期（或星期几）可相差一天", "knows year and month; date within a day"],
      [3, "时间观念有些下降，年、月、日（或星期几）不能全部分清（相差两天或以上）", "somewhat reduced; off by two days or more"],
      [2, "时间观念较差，年、月、日不清楚，可知上半年或下半年或季节", "poor; knows only half-year or season"],
      [1, "时间观念很差，年、月、日不清楚，可知上午、下午或白天、夜间", "very poor; knows only morning/afternoon or day/night"],
      [0, "无时间观念", "no sense of time"]
    ]),
    item("B.3.2", "place-orientation", B3, "空间定向", "orientation to place", [
      [4, "能在日常生活范围内单独外出，如在日常居住小区内独自外出购物等", "goes out alone within the daily area"],
      [3, "不能单独外出，但能准确知道自己日常生活所在地的地址信息", "cannot go out alone but knows the address exactly"],
      [2, "不能单独外出，但知道较多有关自己日常生活的地址信息", "cannot go out alone, knows much of the address"],
      [1, "不能单独外出，但知道较少自己居住或生活所在地的地址信息", "cannot go out alone, knows little of the address"],
      [0, "不能单独外出，无空间观念", "cannot go out alone, no sense of place"]
    ]),
    item("B.3.3", "person-orientation", B3, "人物定向", "orientation to persons", [
      [4, "认识长期共同一起生活的人，能称呼并知道关系", "knows household members, names and relations"],
      [3, "能认识大部分共同生活居住的人，能称呼或知道关系", "knows most household members"],
      [2, "能认识部分日常同住的亲人或照护者等，能称呼或知道关系等", "knows some relatives or carers"],
      [1, "只认识自己或极少数日常同住的亲人或照护者等", "knows only self or very few"],
      [0, "不认识任何人（包括自己）", "knows no one, not even self"]
    ]),
    item("B.3.4", "memory", B3, "记忆", "memory", [
      [4, "总能保持与社会、年龄所适应的记忆能力，能完整的回忆", "memory normal for age"],
      [3, "出现轻度的记忆紊乱或回忆不能（不能回忆即时信息，3个词语经过5分钟后仅能回忆0~1个）", "mild disorder (recalls 0–1 of 3 words after 5 minutes)"],
      [2, "中度记忆紊乱或回忆不能（不能回忆近期记忆，不记得上一顿饭吃了什么）", "moderate disorder (no recent memory)"],
      [1, "重度记忆紊乱或回忆不能（不能回忆远期记忆，不记得自己老朋友）", "severe disorder (no remote memory)"],
      [0, "记忆完全紊乱或者完全不能对既往事物进行正确的回忆", "memory fully disordered"]
    ]),
    item("B.3.5", "comprehension", B3, "理解能力", "comprehension", [
      [4, "能正常理解他人的话", "understands others normally"],
      [3, "能理解他人的话，但需要增加时间", "understands, needs more time"],
      [2, "理解有困难，需要频繁重复或简化口头表达", "has difficulty; needs repetition or simplification"],
      [1, "理解有严重困难，需要大量他人帮助", "severe difficulty; needs much help"],
      [0, "完全不能理解他人的话", "cannot understand others"]
    ]),
    item("B.3.6", "expression", B3, "表达能力", "expression", [
      [4, "能正常表达自己的想法", "expresses self normally"],
      [3, "能表达自己的需要，但需要增加时间", "expresses needs, needs more time"],
      [2, "表达需要有困难，需频繁重复或简化口头表达", "has difficulty; needs repetition or simplification"],
      [1, "表达有严重困难，需要大量他人帮助", "severe difficulty; needs much help"],
      [0, "完全不能表达需要", "cannot express needs"]
    ]),
    item("B.3.7", "aggression", B3, "攻击行为", "aggressive behaviour", [
      [1, "未出现", "none"],
      [0, "近一个月内出现过攻击行为（身体攻击：打/踢/推/咬/抓/摔东西；语言攻击：骂人、语言威胁、尖叫）", "aggression in the past month (physical or verbal)"]
    ]),
    item("B.3.8", "depression", B3, "抑郁症状", "depressive symptoms", [
      [1, "未出现", "none"],
      [0, "近一个月内出现过负性情绪（情绪低落、兴趣减退、活力减退，甚至妄想、幻觉、自杀念头或自杀行为）", "negative mood in the past month"]
    ]),
    item("B.3.9", "consciousness", B3, "意识水平", "level of consciousness", [
      { id: "2", score: 2, text: { zh: "神志清醒，对周围环境能做出正确反映", en: "alert, responds correctly" } },
      { id: "1", score: 1, text: { zh: "嗜睡或意识模糊", en: "drowsy or confused" } },
      { id: "0", score: 0, text: { zh: "昏睡", en: "stupor" } },
      {
        id: "coma",
        score: 0,
        text: { zh: "昏迷", en: "coma" },
        note: "与“昏睡”同为 0 分，单列以便从答案直接触发昏迷规则（直接评定为完全失能）"
      }
    ], { note: "转录中本条注释有“直接评定为重度失能”字样，疑为 MZ/T 039 遗留；等级变更规则为完全失能，从之" }),
    item("B.4.1", "vision", B4, "视力", "vision (with best correction)", [
      [2, "视力正常", "normal"],
      [1, "能看清楚大字体，但看不清书报上的标准字体；视力有限，看不清报纸大标题，但能辨认物体", "reads large print only, or recognises objects only"],
      [0, "只能看到光、颜色和形状；完全失明", "sees only light, colour, shape; or blind"]
    ], { definition: "在最好矫正视力下评估" }),
    item("B.4.2", "hearing", B4, "听力", "hearing (with usual aid)", [
      [2, "听力正常", "normal"],
      [1, "在轻声说话或说话距离超过两米时听不清；正常交流有些困难，需要在安静的环境或大声说话才能听到", "misses soft or distant speech; needs quiet or loud speech"],
      [0, "讲话者大声说话或说话很慢，才能部分听见；完全失聪", "hears only loud slow speech partly, or deaf"]
    ], { definition: "可借助平时使用的助听设备" }),
    item("B.4.3", "daily-affairs", B4, "执行日常事务", "managing daily affairs", [
      [4, "能完全独立计划、安排和完成日常事务，无需协助", "plans and does daily affairs alone"],
      [3, "……需要他人监护或指导", "… needs supervision or guidance"],
      [2, "……需要少量协助", "… needs a little help"],
      [1, "……需要大量协助", "… needs much help"],
      [0, "完全依赖他人进行日常事务", "fully dependent for daily affairs"]
    ], { definition: "洗衣服、小金额购物、服药管理等", note: "3–1 分的选项文本在所见转录中有节略，分值确定；文本待原文核对" }),
    item("B.4.4", "transport", B4, "使用交通工具外出", "going out by transport", [
      [3, "能自己骑车或搭乘公共交通工具外出", "cycles or takes public transport alone"],
      [2, "能自己搭乘出租车，但不会搭乘其他公共交通工具外出", "takes a taxi alone, not other transport"],
      [1, "当有人协助或陪伴，可搭乘公共交通工具外出", "takes public transport with a companion"],
      [0, "只能在他人协助下搭乘出租车或私家车外出；完全不能出门，或者外出完全需要协助", "only by car with help, or cannot go out"]
    ]),
    item("B.4.5", "social-interaction", B4, "社会交往能力", "social interaction", [
      [4, "参与社会，在社会环境有一定的适应能力，待人接物恰当", "takes part in society, behaves appropriately"],
      [3, "能适应单纯环境，主动接触他人，初次见面时难让人发现智力问题，不能理解隐喻语", "copes with simple settings, approaches others"],
      [2, "脱离社会，可被动接触，不会主动待他人，谈话中很多不适词句，容易上当受骗", "withdrawn, passive contact, easily deceived"],
      [1, "勉强可与他人接触，谈吐内容不清楚，表情不恰当", "barely makes contact, unclear speech"],
      [0, "不能与人交往", "cannot interact"]
    ])
  ],
  levelRule: {
    kind: "total-bands",
    bands: [
      { level: "intact", min: 90, max: 90 },
      { level: "mild", min: 66, max: 89 },
      { level: "moderate", min: 46, max: 65 },
      { level: "severe", min: 30, max: 45 },
      { level: "complete", min: 0, max: 29 }
    ],
    citation: CARE_SOURCES.gbtLevels
  },
  adjustments: {
    coma: { level: "complete", answer: { item: "consciousness", option: "coma" }, citation: CARE_SOURCES.gbtAdjustments },
    raise: {
      dementia: true,
      mentalIllness: true,
      riskEventThreshold: 2,
      // The wording is “任一条件…上调一个能力等级”: one step however many conditions hold; the
      // Go seed sums event counts across types (1 fall + 1 choking = 2). Both are options.
      riskEventCounting: "total",
      stacking: "single-step",
      citation: CARE_SOURCES.gbtAdjustments
    }
  },
  reassessment: { intervalMonths: 12, illustrative: true, citation: CARE_SOURCES.gbtReassessment },
  notes: [
    "官方文本未获得：条目、选项与分值取自两份独立公开转录（一致），条文号按转录编号。",
    "昏迷：直接评定为完全失能，可不评其余条目。",
    "等级上调默认不叠加（一次最多上调一级，至完全失能为止）；风险事件默认各类合计计数。"
  ]
}
