/**
 * The parameter definitions the organisation-list rules read from `ORG_CREDIT_BUNDLE` (not
 * public: the bundle is the public face of these periods and amounts).
 */
import { defineParameter, MoneySchema } from "@minzheng/core"
import * as z from "zod/mini"

/** The parameter definitions the list rules need. */
export const ORG_CREDIT_PARAMETERS = {
  removalWorkingDays: defineParameter("orgCredit.removalWorkingDays", z.number().check(z.int(), z.positive()), { label: { zh: "查实后移出期限", en: "removal after verification" }, unit: "working days" }),
  noDutyRemovalMonths: defineParameter("orgCredit.noDutyRemovalMonths", z.number().check(z.int(), z.positive()), { label: { zh: "无整改义务的移出期", en: "removal with nothing to rectify" }, unit: "months" }),
  abnormalToSeriousYears: defineParameter("orgCredit.abnormalToSeriousYears", z.number().check(z.int(), z.positive()), { label: { zh: "异常名录转严重失信名单期限", en: "abnormal list to serious list" }, unit: "years" }),
  largeFineYuan: defineParameter("orgCredit.largeFineYuan", MoneySchema, { label: { zh: "较大数额罚款", en: "large fine threshold" }, unit: "CNY" }),
  repeatPenaltyYears: defineParameter("orgCredit.repeatPenaltyYears", z.number().check(z.int(), z.positive()), { label: { zh: "多次处罚统计期", en: "repeat-penalty window" }, unit: "years" }),
  repeatPenaltyCount: defineParameter("orgCredit.repeatPenaltyCount", z.number().check(z.int(), z.positive()), { label: { zh: "多次处罚次数", en: "repeat-penalty count" }, unit: "times" }),
  seriousRemovalYears: defineParameter("orgCredit.seriousRemovalYears", z.number().check(z.int(), z.positive()), { label: { zh: "严重失信名单最短列入期", en: "minimum time on the serious list" }, unit: "years" }),
  letterIntervalDays: defineParameter("orgCredit.letterIntervalDays", z.object({ min: z.number().check(z.int()), max: z.number().check(z.int()) }), { label: { zh: "两次邮寄间隔", en: "interval between the two letters" }, unit: "days" })
}
