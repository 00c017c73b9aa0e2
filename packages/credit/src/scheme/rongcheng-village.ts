/**
 * A 荣成-style village credit scheme (“信用+”乡村治理). Seed 001 reports the shape: 村规民约 items
 * such as 尊老爱幼 become points, an information collector in every village records them by the
 * city's rules, scores are posted on the public board as red flags / stars, village welfare money
 * became a credit fund paid out “积分多奖励就多” at a ceremony at least every quarter, and 70% of
 * villages run a 信用超市. The items, point values, caps, tiers and periods below are
 * ILLUSTRATIVE (the seed gives none): −10 for dumping rubbish and +1 per 4 hours of volunteering
 * follow the examples in the domain specification.
 *
 * @module
 */
import { isoDateUnsafe, localPractice } from "@minzheng/core"
import type { Scheme } from "./scheme.js"

/**
 * The illustrative 荣成-style village scheme, version 2025.1 (effective 2025-01-01): base score
 * 100, quarterly periods with the score carried over, tiers AAA / AA / A / B / C / D shown as
 * stars and flags, a 7-day appeal window, repair after 365 clean days, points expiring after 24
 * months, payout in proportion to the quarter's points.
 *
 * Written as the scheme `defineSchemeUnsafe` makes of it, not decoded when the package loads: the
 * first function given it checks it once and remembers it, and the tests check that
 * `defineScheme` gives back this very scheme.
 *
 * @example
 * ```ts
 * import { rongchengVillageScheme } from "@minzheng/credit"
 * rongchengVillageScheme.items.find((i) => i.id === "rubbish-dumping")?.points //=> -10
 * rongchengVillageScheme.illustrative //=> true
 * ```
 * @category schemes
 * @since 0.1.0
 */
export const rongchengVillageScheme: Scheme = {
  id: "rongcheng-village",
  version: "2025.1",
  effectiveFrom: isoDateUnsafe("2025-01-01"),
  label: { zh: "村居信用积分方案（荣成“信用+”式，示例）", en: "village credit-point scheme (Rongcheng style, illustrative)" },
  source: localPractice("seed 001", "荣成市“信用+”乡村治理：村规民约事项信用积分、信息采集员赋分、公开栏公示、信用基金、信用超市；分值为示例"),
  illustrative: true,
  unit: { zh: "分", en: "points" },
  baseScore: 100,
  period: "quarter",
  carryOver: "all",
  items: [
    { id: "elder-care", label: { zh: "孝老爱亲：照料孤寡老人", en: "caring for a lone older person" }, category: "filial-piety", points: 5, capPerPeriod: 20, evidence: "witness", recordedBy: ["collector"], approvedBy: "village-committee" },
    { id: "environment-cleanup", label: { zh: "参与环境整治", en: "joining an environment clean-up" }, category: "environment", points: 2, capPerPeriod: 10, evidence: "photo", recordedBy: ["collector", "grid-worker"], approvedBy: null },
    { id: "volunteer-4h", label: { zh: "志愿服务（每4小时）", en: "volunteering (per 4 hours)" }, category: "volunteering", points: 1, capPerPeriod: 12, evidence: "system-record", recordedBy: ["collector", "grid-worker"], approvedBy: null },
    { id: "frugal-ceremony", label: { zh: "移风易俗：婚事新办、丧事简办", en: "a frugal wedding or funeral" }, category: "customs-reform", points: 10, capPerPeriod: 10, evidence: "document", recordedBy: ["collector"], approvedBy: "village-committee" },
    { id: "dispute-resolved", label: { zh: "主动化解邻里纠纷", en: "settling a neighbours' dispute" }, category: "neighbourliness", points: 3, capPerPeriod: 9, evidence: "witness", recordedBy: ["grid-worker", "collector"], approvedBy: "village-committee" },
    { id: "village-affairs", label: { zh: "参加村民会议、议事协商", en: "attending a village meeting" }, category: "public-affairs", points: 1, capPerPeriod: 4, evidence: "system-record", recordedBy: ["collector"], approvedBy: null },
    { id: "rubbish-dumping", label: { zh: "乱倒垃圾", en: "dumping rubbish" }, category: "environment", points: -10, capPerPeriod: null, evidence: "photo", recordedBy: ["collector", "grid-worker"], approvedBy: "village-committee" },
    { id: "illegal-building", label: { zh: "私搭乱建", en: "unauthorised building" }, category: "law-abiding", points: -10, capPerPeriod: null, evidence: "photo", recordedBy: ["collector", "grid-worker"], approvedBy: "village-committee" },
    { id: "neglecting-parents", label: { zh: "不赡养老人", en: "neglecting one's parents" }, category: "filial-piety", points: -20, capPerPeriod: null, evidence: "document", recordedBy: ["collector"], approvedBy: "review-panel" },
    { id: "law-violation", label: { zh: "违法行为受到处理", en: "sanctioned for breaking the law" }, category: "law-abiding", points: -20, capPerPeriod: null, evidence: "document", recordedBy: ["collector"], approvedBy: "review-panel" }
  ],
  tiers: [
    { id: "AAA", minScore: 120, label: { zh: "AAA级（诚信示范户）", en: "AAA (model household)" }, display: "★★★", payoutWeight: "3" },
    { id: "AA", minScore: 110, label: { zh: "AA级（诚信户）", en: "AA" }, display: "★★", payoutWeight: "2" },
    { id: "A", minScore: 100, label: { zh: "A级（守信户）", en: "A" }, display: "★", payoutWeight: "1" },
    { id: "B", minScore: 90, label: { zh: "B级（基本守信）", en: "B" }, display: "🚩", payoutWeight: "0" },
    { id: "C", minScore: 80, label: { zh: "C级（警示）", en: "C (warning)" }, display: "△", payoutWeight: "0" },
    { id: "D", minScore: 0, label: { zh: "D级（失信）", en: "D (in breach)" }, display: "✕", payoutWeight: "0" }
  ],
  appealWindowDays: 7,
  repairCleanDays: 365,
  expiryMonths: 24,
  balanceFloor: 0,
  lifetimeCap: null,
  payout: { method: "proportional" }
}
