/**
 * The duty set of 李沧区 (Qingdao), from seed 000 (李沧区“四项举措”深化社区居务公开工作).
 *
 * > 一般事项每月一公开，重大事项做到一事一公开……统一公开时间，每月的10日为居务公开日；统一公开
 * > 内容，对当月的办公经费、低保申请审批、土地征用、计生等情况进行公开……财务代理中心将公开榜一式
 * > 两份，分别张贴到代理中心公开栏和社区公开栏，并拍照存档。(seed 000)
 *
 * 即时公开 (major matters, collected fees, donations) is read as "the same day" (`withinDays: 0`).
 * The 低保 公示 lasts 7 days (《最低生活保障审核确认办法》; the seed's 两级公示) and the 星级 results
 * of the district welfare home one week (seed 000: 为期1周的公示).
 *
 * @module
 */
import { type Citation, citeNational, decodeUnsafe, localPractice } from "@minzheng/core"
import { type DutySet, DutySetSchema } from "./duty.js"

/**
 * The citation of 《最低生活保障审核确认办法》 (民发〔2021〕57号) for the 7-day 低保 公示.
 *
 * @example
 * ```ts
 * import { DIBAO_REVIEW_MEASURES } from "@minzheng/disclosure"
 * DIBAO_REVIEW_MEASURES.number //=> "民发〔2021〕57号"
 * ```
 * @category citations
 * @since 0.1.0
 */
export const DIBAO_REVIEW_MEASURES: Citation = citeNational("dibaoReview", "第十九条", "公示期为7天")

/**
 * 李沧区 居务公开 duties (seed 000): the monthly 居务公开日 on the 10th, the finance agency's
 * monthly board, 即时公开 of major matters, the 7-day 低保 公示 and the one-week 星级 公示.
 *
 * @example
 * ```ts
 * import { LICANG_DUTIES } from "@minzheng/disclosure"
 * LICANG_DUTIES.duties.filter((d) => d.cadence.kind === "monthly").length //=> 2
 * ```
 * @category duty sets
 * @since 0.1.0
 */
export const LICANG_DUTIES: DutySet = /* @__PURE__ */ (() =>
  // Checked when first evaluated; the pure call lets a bundler drop the set from a page that never reads it.
  decodeUnsafe(DutySetSchema, {
    id: "licang.residents-affairs",
    name: { zh: "李沧区 社区居务公开", en: "Licang District: community affairs disclosure" },
    region: "370213",
    citation: localPractice("seed 000", "李沧区“四项举措”深化社区居务公开工作"),
    duties: [
      {
        id: "licang.monthly-affairs",
        title: { zh: "居务公开日", en: "monthly community-affairs disclosure day" },
        categories: ["general-affairs", "dibao", "land-requisition", "family-planning"],
        contents: ["当月低保申请审批", "土地征用", "计生"],
        publisher: "residents-committee",
        cadence: { kind: "monthly", day: 10 },
        channels: ["notice-board", "web", "meeting"],
        citation: localPractice("seed 000", "一般事项每月一公开；每月的10日为居务公开日；统一公开内容")
      },
      {
        id: "licang.monthly-finance",
        title: { zh: "财务公开榜", en: "monthly finance board" },
        categories: ["finance"],
        contents: ["当月办公经费"],
        publisher: "finance-agency",
        cadence: { kind: "monthly", day: 10 },
        channels: ["notice-board"],
        citation: localPractice("seed 000", "财务代理中心将公开榜一式两份，分别张贴到代理中心公开栏和社区公开栏，并拍照存档")
      },
      {
        id: "licang.major-matters",
        title: { zh: "重大事项即时公开", en: "immediate disclosure of major matters" },
        categories: ["major-matters"],
        contents: ["社区重大事项", "代收费用", "社会捐赠", "募捐款物收支使用"],
        publisher: "residents-committee",
        cadence: { kind: "on-event", withinDays: 0 },
        channels: ["in-work", "notice-board"],
        citation: localPractice("seed 000", "重大事项做到一事一公开；凡涉及社区重大事项、代收费用、社会捐赠、募捐款物收支使用等情况做到即时公开")
      },
      {
        id: "licang.dibao-notice",
        title: { zh: "低保公示", en: "dibao public notice" },
        categories: ["dibao"],
        contents: ["低保家庭户主（脱敏）、保障人数、月保障金额、所在社区"],
        publisher: "residents-committee",
        cadence: { kind: "public-notice", duration: { days: 7 } },
        channels: ["notice-board"],
        citation: DIBAO_REVIEW_MEASURES
      },
      {
        id: "licang.star-rating-notice",
        title: { zh: "星级评定结果公示", en: "star-rating results notice" },
        categories: ["star-rating"],
        contents: ["星级服务员、星级管理员评选结果"],
        publisher: "institution",
        cadence: { kind: "public-notice", duration: { days: 7 } },
        channels: ["notice-board"],
        citation: localPractice("seed 000", "对评选结果进行为期1周的公示（李沧区社会福利院）")
      }
    ]
  })
)()
