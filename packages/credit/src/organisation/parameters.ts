/**
 * The periods and amounts of 《社会组织信用信息管理办法》 (民政部令第60号, 2018) as a core policy
 * bundle, each entry with its source. The figures were checked against the text of the 2017
 * consultation draft (征求意见稿, 第十一条–第十六条) and against summaries of the final text
 * (5 working days to record; 2 years on the abnormal list → serious list; removal from the serious
 * list after 2 years, “严进严出”). The final text's article numbers and its mailing interval could
 * not be read here, so citations name the draft's articles in a note; the letter interval (20–60
 * days) is the draft's and is marked unverified for the final text.
 *
 * @module
 */
import { type Citation, invalidInput, isoDateUnsafe, issue, type PolicyBundle } from "@minzheng/core"

/**
 * A citation of 《社会组织信用信息管理办法》 on a topic, noting the consultation draft's article
 * (the final text's article number is not verified here).
 *
 * @throws `InvalidInput` when either argument is not a string
 * @example
 * ```ts
 * import { orgCreditCitation } from "@minzheng/credit"
 * orgCreditCitation("列入活动异常名录的情形", "第十一条").number //=> "民政部令第60号"
 * ```
 * @category organisations
 * @since 0.1.0
 */
export const orgCreditCitation = (topic: string, draftArticle: string): Citation => {
  const issues = [
    ...(typeof topic === "string" ? [] : [issue(["topic"], "invalid_text", "主题应为字符串", "the topic must be a string")]),
    ...(typeof draftArticle === "string" ? [] : [issue(["draftArticle"], "invalid_text", "条号应为字符串", "the article must be a string")])
  ]
  if (issues.length > 0) throw invalidInput(issues)
  return { document: "社会组织信用信息管理办法", number: "民政部令第60号", note: `${topic}；终稿条号未核实，对应征求意见稿${draftArticle}` }
}

const source = (topic: string, draftArticle: string, verified: boolean) => ({
  source: { ...orgCreditCitation(topic, draftArticle), ...(verified ? {} : { note: `${topic}；数值取自征求意见稿${draftArticle}，终稿未核实` }) },
  ...(verified ? {} : { illustrative: true })
})

const IN_FORCE = isoDateUnsafe("2018-01-24")

const nationwide = (value: unknown, topic: string, draftArticle: string, verified = true) => ({
  values: { "000000": [{ effectiveFrom: IN_FORCE, value, ...source(topic, draftArticle, verified) }] }
})

/**
 * The parameters of the organisation credit lists, nationwide from 2018-01-24.
 *
 * Written as the bundle `definePolicyBundleUnsafe` makes of it (one entry per series, so nothing
 * to sort), not decoded when the package loads: `resolveParameters` checks each value against its
 * definition on use, and the tests check that `definePolicyBundle` gives back this very bundle.
 *
 * @example
 * ```ts
 * import { ORG_CREDIT_BUNDLE } from "@minzheng/credit"
 * Object.keys(ORG_CREDIT_BUNDLE.parameters).length //=> 8
 * ```
 * @category organisations
 * @since 0.1.0
 */
export const ORG_CREDIT_BUNDLE: PolicyBundle = {
  id: "org-credit-mca-60",
  version: "2018.1",
  label: { zh: "社会组织信用信息管理办法（民政部令第60号）", en: "MCA Order No. 60 on social-organisation credit information" },
  parameters: {
    "orgCredit.removalWorkingDays": nationwide(5, "履行义务或完成整改后，自查实之日起5个工作日内移出活动异常名录", "第十四条"),
    "orgCredit.noDutyRemovalMonths": nationwide(6, "不存在应当整改或履行义务情形的，自列入之日起满6个月移出", "第十四条"),
    "orgCredit.abnormalToSeriousYears": nationwide(2, "被列入活动异常名录满2年的，列入严重违法失信名单", "第十五条"),
    "orgCredit.largeFineYuan": nationwide("50000", "50000元以上罚款列入严重违法失信名单；不满50000元列入活动异常名录", "第十一条、第十五条"),
    "orgCredit.repeatPenaltyYears": nationwide(3, "三年内两次以上受到警告或者不满50000元罚款", "第十五条"),
    "orgCredit.repeatPenaltyCount": nationwide(2, "三年内两次以上受到警告或者不满50000元罚款", "第十五条"),
    "orgCredit.seriousRemovalYears": nationwide(2, "列入严重违法失信名单满2年，且在此期间没有出现应当列入活动异常名录或者严重违法失信名单的情形的，可以申请移出（严进严出，据民政部解读）", "（征求意见稿无此条）"),
    "orgCredit.letterIntervalDays": nationwide({ min: 20, max: 60 }, "两次邮寄专用信函无人签收视为无法联系，两次邮寄间隔", "第十一条", false)
  }
}
