/**
 * The duty set of the law: 《中华人民共和国村民委员会组织法》第三十条.
 *
 * > 第三十条 村民委员会实行村务公开制度。……前款规定事项中，一般事项至少每季度公布一次；集体财务
 * > 往来较多的，财务收支情况应当每月公布一次；涉及村民利益的重大事项应当随时公布。
 *
 * 随时公布 is read here as "on the day of the event" (`withinDays: 0`); a local rule may give N
 * days instead. The monthly finance duty applies only where collective financial transactions are
 * many (its `condition`); the coverage report asks whether it applies.
 *
 * @module
 */
import { type Citation, decodeUnsafe } from "@minzheng/core"
import { type DutySet, DutySetSchema } from "./duty.js"

/**
 * The citation of 《村民委员会组织法》第三十条.
 *
 * @example
 * ```ts
 * import { VILLAGE_COMMITTEE_LAW_ART30 } from "@minzheng/disclosure"
 * VILLAGE_COMMITTEE_LAW_ART30.article //=> "第三十条"
 * ```
 * @category citations
 * @since 0.1.0
 */
export const VILLAGE_COMMITTEE_LAW_ART30: Citation = {
  document: "中华人民共和国村民委员会组织法",
  article: "第三十条"
}

const art30 = (note: string): Citation => ({ ...VILLAGE_COMMITTEE_LAW_ART30, note })

/**
 * 村务公开 duties of 《村民委员会组织法》第三十条: general items at least each quarter, financial
 * income and expenditure each month where transactions are many, major matters as they arise.
 *
 * @example
 * ```ts
 * import { VILLAGE_COMMITTEE_LAW_DUTIES } from "@minzheng/disclosure"
 * VILLAGE_COMMITTEE_LAW_DUTIES.duties.map((d) => d.cadence.kind) //=> ["quarterly", "monthly", "on-event"]
 * ```
 * @category duty sets
 * @since 0.1.0
 */
export const VILLAGE_COMMITTEE_LAW_DUTIES: DutySet = /* @__PURE__ */ (() =>
  // Checked when first evaluated; the pure call lets a bundler drop the set from a page that never reads it.
  decodeUnsafe(DutySetSchema, {
    id: "law.vcol-art30",
    name: { zh: "村民委员会组织法 村务公开", en: "Organic Law of Villagers' Committees: village-affairs disclosure" },
    citation: VILLAGE_COMMITTEE_LAW_ART30,
    duties: [
      {
        id: "vcol.general-quarterly",
        title: { zh: "村务公开（一般事项）", en: "village affairs (general items)" },
        categories: ["general-affairs", "finance"],
        contents: [
          "村民会议、村民代表会议讨论决定的事项及其实施情况",
          "国家计划生育政策的落实方案",
          "政府拨付和接受社会捐赠的救灾救助、补贴补助等资金、物资的管理使用情况",
          "村民委员会协助人民政府开展工作的情况",
          "涉及本村村民利益，村民普遍关心的其他事项"
        ],
        publisher: "village-committee",
        cadence: { kind: "quarterly" },
        channels: ["notice-board"],
        citation: art30("一般事项至少每季度公布一次")
      },
      {
        id: "vcol.finance-monthly",
        title: { zh: "财务收支公开", en: "financial income and expenditure" },
        categories: ["finance"],
        contents: ["集体财务收支情况"],
        publisher: "village-committee",
        cadence: { kind: "monthly" },
        channels: ["notice-board"],
        citation: art30("集体财务往来较多的，财务收支情况应当每月公布一次"),
        condition: { zh: "集体财务往来较多的", en: "where collective financial transactions are many" }
      },
      {
        id: "vcol.major-matters",
        title: { zh: "重大事项公开", en: "major matters" },
        categories: ["major-matters"],
        contents: ["涉及村民利益的重大事项"],
        publisher: "village-committee",
        cadence: { kind: "on-event", withinDays: 0 },
        channels: ["notice-board"],
        citation: art30("涉及村民利益的重大事项应当随时公布（随时 read as: the same day）")
      }
    ]
  })
)()
