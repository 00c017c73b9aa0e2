/**
 * The duty set of 平原县 (Dezhou), from seed 001 (“三务三资”阳光报告会实现公开“三实”).
 *
 * > “三务”包括低保基本信息、救灾救济款物明细等30项内容；“三资”包括固定资产等6项内容……坚持每
 * > 季度召开一次“三务三资”阳光报告会。(seed 001)
 *
 * The seed names only some of the 30 + 6 items; the content lists say so. No day of the quarter is
 * fixed, so each report is due by the quarter's last day.
 *
 * @module
 */
import { decodeUnsafe, localPractice } from "@minzheng/core"
import { type DutySet, DutySetSchema } from "./duty.js"

/**
 * 平原县 “三务三资” duties (seed 001): 党务、财务、村务 (30 items) and 资金、资产、资源 (6 items),
 * each reported at the quarterly 阳光报告会.
 *
 * @example
 * ```ts
 * import { PINGYUAN_DUTIES } from "@minzheng/disclosure"
 * PINGYUAN_DUTIES.duties.map((d) => d.cadence.kind) //=> ["quarterly", "quarterly"]
 * ```
 * @category duty sets
 * @since 0.1.0
 */
export const PINGYUAN_DUTIES: DutySet = /* @__PURE__ */ (() =>
  // Checked when first evaluated; the pure call lets a bundler drop the set from a page that never reads it.
  decodeUnsafe(DutySetSchema, {
    id: "pingyuan.three-affairs-three-assets",
    name: { zh: "平原县 “三务三资”阳光报告会", en: "Pingyuan County: quarterly sunshine report on three affairs and three assets" },
    region: "371426",
    citation: localPractice("seed 001", "德州平原县“三务三资”阳光报告会"),
    duties: [
      {
        id: "pingyuan.three-affairs",
        title: { zh: "“三务”公开（党务、财务、村务）", en: "party, finance and village affairs" },
        categories: ["party-affairs", "finance", "general-affairs", "dibao", "relief-funds"],
        contents: ["党务、财务、村务共30项（seed 001 names: 低保基本信息、救灾救济款物明细）"],
        publisher: "village-committee",
        cadence: { kind: "quarterly" },
        channels: ["meeting"],
        citation: localPractice("seed 001", "“三务”包括低保基本信息、救灾救济款物明细等30项内容；每季度召开一次阳光报告会")
      },
      {
        id: "pingyuan.three-assets",
        title: { zh: "“三资”公开（资金、资产、资源）", en: "collective funds, assets and resources" },
        categories: ["collective-assets"],
        contents: ["资金、资产、资源共6项（seed 001 names: 固定资产）"],
        publisher: "village-committee",
        cadence: { kind: "quarterly" },
        channels: ["meeting"],
        citation: localPractice("seed 001", "“三资”包括固定资产等6项内容；每季度召开一次阳光报告会")
      }
    ]
  })
)()
