/**
 * 星级服务员 (star-rated care attendants), seed 000 (李沧区社会福利院): “依据‘星级服务员’、‘星级管理员’的
 * 评定标准，结合年度考核细则和年终评议投票（员工、老人家、家属共同参加）等方式，按星级级别分别进行评选 … 对评选结果
 * 进行为期1周的公示”; 40 staff hold the title (11 five-star, 13 four-star, 9 three-star, 7 two-star).
 * The point split and the star thresholds below are ILLUSTRATIVE; the one-week notice is the seed's.
 *
 * @module
 */
import { addDays, explain, type Explanation, type IsoDate, localPractice } from "@minzheng/core"
import type { Checklist } from "./checklist.js"

const SEED = localPractice("seed 000", "李沧区社会福利院“星级上岗服务”：年度考核＋员工、老人、家属评议投票；评选结果公示1周；分值为示例")

/**
 * The illustrative 星级服务员 checklist: yearly assessment 60, votes by staff 10, residents 20 and
 * families 10; five stars from 90, four from 80, three from 70, two from 60.
 *
 * @example
 * ```ts
 * import { starAttendantChecklist } from "@minzheng/credit"
 * starAttendantChecklist.sections.map((s) => s.id) //=> ["annual-assessment", "staff-vote", "resident-vote", "family-vote"]
 * ```
 * @category ratings
 * @since 0.1.0
 */
export const starAttendantChecklist: Checklist = {
  id: "star-attendant",
  label: { zh: "星级服务员评定", en: "star-rated care attendant" },
  source: SEED,
  illustrative: true,
  sections: [
    { id: "annual-assessment", label: { zh: "年度考核", en: "yearly assessment" }, maxPoints: 60 },
    { id: "staff-vote", label: { zh: "员工评议", en: "staff vote" }, maxPoints: 10 },
    { id: "resident-vote", label: { zh: "老人评议", en: "residents' vote" }, maxPoints: 20 },
    { id: "family-vote", label: { zh: "家属评议", en: "families' vote" }, maxPoints: 10 }
  ],
  grades: [
    { id: "five-star", label: { zh: "五星级服务员", en: "five-star attendant" }, minTotal: 90, minPerSection: { "annual-assessment": 54 } },
    { id: "four-star", label: { zh: "四星级服务员", en: "four-star attendant" }, minTotal: 80, minPerSection: { "annual-assessment": 48 } },
    { id: "three-star", label: { zh: "三星级服务员", en: "three-star attendant" }, minTotal: 70, minPerSection: null },
    { id: "two-star", label: { zh: "二星级服务员", en: "two-star attendant" }, minTotal: 60, minPerSection: null }
  ]
}

/**
 * The one-week public notice of star-rating results (seed 000: “为期1周的公示”): from the day it is
 * posted, seven days (`noticeDays`, default 7), the last day being the posting day + 6; the result
 * stands after that day.
 *
 * @example
 * ```ts
 * import { starRatingNotice } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * starRatingNotice(isoDateUnsafe("2025-12-22")).lastDay //=> "2025-12-28"
 * ```
 * @category ratings
 * @since 0.1.0
 */
export const starRatingNotice = (postedOn: IsoDate, noticeDays = 7): { readonly postedOn: IsoDate; readonly lastDay: IsoDate; readonly finalOn: IsoDate; readonly explanation: Explanation } => {
  const lastDay = addDays(postedOn, noticeDays - 1)
  const finalOn = addDays(postedOn, noticeDays)
  return {
    postedOn,
    lastDay,
    finalOn,
    explanation: explain({
      rule: "rating.star-attendant.notice",
      label: { zh: `评选结果自 ${postedOn} 起公示${noticeDays}日，至 ${lastDay} 止；无异议的，${finalOn} 起生效`, en: `results posted ${postedOn} for one week to ${lastDay}; final from ${finalOn}` },
      outcome: lastDay,
      inputs: { postedOn },
      parameters: { noticeDays },
      citations: [SEED]
    })
  }
}
