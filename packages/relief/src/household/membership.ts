/**
 * 共同生活的家庭成员 (who counts).
 *
 * 《最低生活保障审核确认办法》第七条：“共同生活的家庭成员包括：（一）配偶；（二）未成年子女；
 * （三）已成年但不能独立生活的子女，包括在校接受全日制本科及以下学历教育的子女；（四）其他具有法定
 * 赡养、扶养、抚养义务关系并长期共同居住的人员。下列人员不计入……（一）连续三年以上（含三年）脱离
 * 家庭独立生活的宗教教职人员；（二）在监狱内服刑、在戒毒所强制隔离戒毒或者宣告失踪人员；（三）省级
 * 人民政府民政部门……认定的其他人员。”
 *
 * @internal
 * @module
 */
import { explain } from "../internal/node.js"
import { type Bilingual, type Explanation } from "@minzheng/core"
import type { CountReason, Facts } from "../internal/facts.js"
import { memberZh } from "../internal/names.js"
import { RELIEF_SOURCES } from "../sources.js"
import { ABSENCE_NAMES, RELATIONSHIP_NAMES, type Relationship } from "./member.js"

const REASONS: Readonly<Record<CountReason, Bilingual>> = {
  applicant: { zh: "申请人本人", en: "the applicant" },
  spouse: { zh: "配偶", en: "spouse" },
  "minor-child": { zh: "未成年子女", en: "minor child" },
  "dependent-adult-child": { zh: "已成年但不能独立生活的子女", en: "adult child unable to live independently" },
  "in-education": { zh: "在校接受全日制本科及以下学历教育的子女", en: "child in full-time education up to 本科" },
  "supporter-living-together": { zh: "具有法定赡养、扶养、抚养义务关系并长期共同居住", en: "legal support duty and long-term living together" },
  absent: { zh: "不计入（第七条第二款）", en: "not counted (第七条, second paragraph)" },
  "independent-adult-child": { zh: "已成年且能独立生活、未长期共同居住的子女", en: "adult child living independently, not living together" },
  "not-living-together": { zh: "未长期共同居住", en: "not living together long-term" },
  "no-support-duty": { zh: "无法定赡养、扶养、抚养义务关系", en: "no legal duty of support" },
  "tekun-supported": { zh: "已纳入特困人员救助供养，不计入低保家庭", en: "in tekun support: left out of the dibao household" }
}

const MEMBER_CITATIONS = [RELIEF_SOURCES.householdMembers]
const MEMBER_TEKUN_CITATIONS = [RELIEF_SOURCES.householdMembers, RELIEF_SOURCES.tekunDibaoLink]

// Label pieces that never change, joined once: a member's label is then name + prefix + age + suffix.
const ZH_PREFIX = Object.fromEntries(Object.entries(RELATIONSHIP_NAMES).map(([k, r]) => [k, `（${r.zh}，`])) as Readonly<Record<Relationship, string>>
const EN_PREFIX = Object.fromEntries(Object.entries(RELATIONSHIP_NAMES).map(([k, r]) => [k, ` (${r.en}, `])) as Readonly<Record<Relationship, string>>
const ZH_SUFFIX = Object.fromEntries(Object.entries(REASONS).map(([k, r]) => [k, `岁）：${r.zh}`])) as Readonly<Record<CountReason, string>>
const EN_SUFFIX = Object.fromEntries(Object.entries(REASONS).map(([k, r]) => [k, `): ${r.en}`])) as Readonly<Record<CountReason, string>>
const MEMBERS_LABEL = Object.freeze({ zh: "共同生活的家庭成员", en: "household members counted" })

// What follows the name — relationship, age, reason — repeats from household to household: each
// (relationship, reason, age) is joined once and kept, so a member's label is one join, not three
// and a number's text (≈ 4% of an explained determination, measured). At most 8 × 11 × 200 entries.
const RELATIONSHIP_INDEX = new Map<string, number>(Object.keys(RELATIONSHIP_NAMES).map((k, i) => [k, i]))
const REASON_INDEX = new Map<string, number>(Object.keys(REASONS).map((k, i) => [k, i]))
const TAILS = new Map<number, { readonly zh: string; readonly en: string }>()
const tailOf = (relationship: Relationship, reason: CountReason, age: number): { readonly zh: string; readonly en: string } => {
  const r = RELATIONSHIP_INDEX.get(relationship)
  const c = REASON_INDEX.get(reason)
  const cacheable = r !== undefined && c !== undefined && Number.isInteger(age) && age >= 0 && age < 200
  const key = cacheable ? (r * 16 + c) * 256 + age : -1
  let t = cacheable ? TAILS.get(key) : undefined
  if (t === undefined) {
    t = { zh: ZH_PREFIX[relationship] + age + ZH_SUFFIX[reason], en: EN_PREFIX[relationship] + age + EN_SUFFIX[reason] }
    if (cacheable) TAILS.set(key, t)
  }
  return t
}

/** The membership node: one child per member with the reason (第七条). */
export const explainMembership = (f: Facts): Explanation => {
  const children: Explanation[] = []
  for (const m of f.members) {
    const member = m.member
    const absence = member.absence
    const tail = tailOf(member.relationship, m.reason, m.age)
    let zh = memberZh(member) + tail.zh
    let en = member.id + tail.en
    if (absence !== undefined) {
      zh += `：${ABSENCE_NAMES[absence].zh}`
      en += `: ${ABSENCE_NAMES[absence].en}`
    }
    children.push(
      explain({
        rule: "relief.household.member",
        label: { zh, en },
        outcome: m.counted,
        inputs: { member: member.id, age: m.age },
        citations: m.reason === "tekun-supported" ? MEMBER_TEKUN_CITATIONS : MEMBER_CITATIONS
      })
    )
  }
  return explain({ rule: "relief.household.members", label: MEMBERS_LABEL, outcome: f.counted, citations: MEMBER_CITATIONS, children })
}
