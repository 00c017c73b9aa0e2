/**
 * 特困人员生活自理能力评估 (tekun self-care assessment), 《特困人员认定办法》（民发〔2021〕43号）:
 * “特困人员生活自理能力，一般依据以下6项指标综合评估：自主吃饭、自主穿衣、自主上下床、自主如厕、
 * 室内行走、自主洗澡。” “6项指标全部达到的，可以视为具备生活自理能力；有3项以下（含3项）指标不能
 * 达到的，可以视为部分丧失生活自理能力；有4项以上（含4项）指标不能达到的，可以视为完全丧失生活
 * 自理能力。”
 *
 * Encoded as data: each indicator is 达到 (`met`, 1 point) or 未达到 (`not-met`, 0 points), so the
 * total is the number met (0–6) and the three levels are bands of it: 6 → capable, 3–5 (1–3 not
 * met) → partially lost, 0–2 (4 or more not met) → fully lost.
 *
 * @module
 */
import type { Instrument, InstrumentItem } from "../instrument/model.js"
import { tekunRules } from "../sources.js"

/* @__NO_SIDE_EFFECTS__ */ const indicator = (n: string, id: string, zh: string, en: string): InstrumentItem => ({
  id,
  clause: n,
  domain: "self-care",
  name: { zh, en },
  options: [
    { id: "met", score: 1, text: { zh: "达到", en: "met" } },
    { id: "not-met", score: 0, text: { zh: "未达到", en: "not met" } }
  ],
  citation: tekunRules()
})

/**
 * The six-item 特困 self-care instrument (see the module summary). Its levels are the
 * {@link TekunSelfCareLevel} values relief uses for 照料护理标准.
 *
 * @example
 * ```ts
 * import { TEKUN_SELF_CARE_2021 } from "@minzheng/care-assessment"
 * TEKUN_SELF_CARE_2021.items.map((i) => i.name.zh) //=> ["自主吃饭", "自主穿衣", "自主上下床", "自主如厕", "室内行走", "自主洗澡"]
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const TEKUN_SELF_CARE_2021: Instrument = {
  id: "tekun-self-care-2021",
  version: "2021.1",
  name: { zh: "特困人员生活自理能力评估", en: "tekun self-care assessment" },
  citation: tekunRules(),
  status: "in-force",
  levels: [
    { id: "capable", name: { zh: "具备生活自理能力", en: "capable of self-care" } },
    { id: "partially-lost", name: { zh: "部分丧失生活自理能力", en: "partially lost self-care capacity" } },
    { id: "fully-lost", name: { zh: "完全丧失生活自理能力", en: "fully lost self-care capacity" } }
  ],
  domains: [{ id: "self-care", clause: "六项指标", name: { zh: "生活自理能力", en: "self-care" }, citation: tekunRules() }],
  items: [
    indicator("（一）", "eating", "自主吃饭", "eats unaided"),
    indicator("（二）", "dressing", "自主穿衣", "dresses unaided"),
    indicator("（三）", "getting-in-out-of-bed", "自主上下床", "gets in and out of bed unaided"),
    indicator("（四）", "toileting", "自主如厕", "uses the toilet unaided"),
    indicator("（五）", "indoor-walking", "室内行走", "walks indoors unaided"),
    indicator("（六）", "bathing", "自主洗澡", "bathes unaided")
  ],
  levelRule: {
    kind: "total-bands",
    bands: [
      { level: "capable", min: 6, max: 6 },
      { level: "partially-lost", min: 3, max: 5 },
      { level: "fully-lost", min: 0, max: 2 }
    ],
    citation: tekunRules("6项全部达到：具备；3项以下（含3项）不能达到：部分丧失；4项以上（含4项）不能达到：完全丧失")
  },
  adjustments: {},
  reassessment: { intervalMonths: 12, illustrative: true, citation: tekunRules("办法未定周期；状况变化时复核评估。12 个月为示例参数") },
  notes: ["总分为“达到”的项数（0–6）：6 → 具备，3–5 → 部分丧失，0–2 → 完全丧失。"]
}
