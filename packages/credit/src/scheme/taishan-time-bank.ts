/**
 * 泰山公益时间银行 (Taishan public-welfare time bank): seed 002 (泰山政办发〔2021〕9号) asks to
 * “做大做优泰山公益时间银行，鼓励全民参与养老志愿服务 … 发展互助式养老”. Volunteers bank hours of
 * service to older people and spend them later on services for themselves or their family. The
 * seed gives no rules: the items, the 1,500-hour personal cap and the star tiers below are
 * ILLUSTRATIVE; as the domain specification notes, time banks count hours, not points, and
 * banked hours do not expire.
 *
 * @module
 */
import { isoDateUnsafe, localPractice } from "@minzheng/core"
import type { Scheme } from "./scheme.js"

/**
 * The illustrative 泰山公益时间银行 scheme, version 2021.1 (effective 2021-08-31, the date of the
 * seed's notice): hours of service, no expiry, a 1,500-hour personal cap, star tiers by banked
 * hours, yearly periods carried over.
 *
 * Written as the scheme `defineSchemeUnsafe` makes of it, not decoded when the package loads: the
 * first function given it checks it once and remembers it, and the tests check that
 * `defineScheme` gives back this very scheme.
 *
 * @example
 * ```ts
 * import { taishanTimeBankScheme } from "@minzheng/credit"
 * taishanTimeBankScheme.unit.zh //=> "小时"
 * taishanTimeBankScheme.expiryMonths //=> null
 * ```
 * @category schemes
 * @since 0.1.0
 */
export const taishanTimeBankScheme: Scheme = {
  id: "taishan-time-bank",
  version: "2021.1",
  effectiveFrom: isoDateUnsafe("2021-08-31"),
  label: { zh: "泰山公益时间银行（示例规则）", en: "Taishan public-welfare time bank (illustrative rules)" },
  source: localPractice("seed 002", "泰山政办发〔2021〕9号：做大做优泰山公益时间银行，鼓励全民参与养老志愿服务；规则为示例"),
  illustrative: true,
  unit: { zh: "小时", en: "hours" },
  baseScore: 0,
  period: "year",
  carryOver: "all",
  items: [
    { id: "companion-visit", label: { zh: "陪伴探访高龄、失能老人", en: "visiting an older person" }, category: "mutual-aid", points: 1, capPerPeriod: null, evidence: "system-record", recordedBy: ["time-bank-station"], approvedBy: null },
    { id: "meal-help", label: { zh: "助餐配餐", en: "helping with meals" }, category: "mutual-aid", points: 1, capPerPeriod: null, evidence: "system-record", recordedBy: ["time-bank-station"], approvedBy: null },
    { id: "errand-help", label: { zh: "代购代办", en: "running errands" }, category: "mutual-aid", points: 1, capPerPeriod: null, evidence: "system-record", recordedBy: ["time-bank-station"], approvedBy: null },
    { id: "care-training", label: { zh: "参加照护技能培训", en: "care-skills training" }, category: "volunteering", points: 1, capPerPeriod: 40, evidence: "document", recordedBy: ["time-bank-station"], approvedBy: "town-office" }
  ],
  tiers: [
    { id: "five-star", minScore: 1500, label: { zh: "五星志愿者", en: "five-star volunteer" }, display: "★★★★★" },
    { id: "four-star", minScore: 1000, label: { zh: "四星志愿者", en: "four-star volunteer" }, display: "★★★★" },
    { id: "three-star", minScore: 600, label: { zh: "三星志愿者", en: "three-star volunteer" }, display: "★★★" },
    { id: "two-star", minScore: 300, label: { zh: "二星志愿者", en: "two-star volunteer" }, display: "★★" },
    { id: "one-star", minScore: 100, label: { zh: "一星志愿者", en: "one-star volunteer" }, display: "★" },
    { id: "registered", minScore: 0, label: { zh: "注册志愿者", en: "registered volunteer" }, display: "·" }
  ],
  appealWindowDays: 15,
  repairCleanDays: null,
  expiryMonths: null,
  balanceFloor: 0,
  lifetimeCap: 1500,
  payout: { method: "proportional" }
}
