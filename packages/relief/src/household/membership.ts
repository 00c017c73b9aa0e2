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
import { explain } from "@minzheng/core"
import { type Bilingual, type Explanation } from "@minzheng/core"
import type { CountReason, Facts } from "../internal/facts.js"
import { memberZh } from "../internal/names.js"
import { RELIEF_SOURCES } from "../sources.js"
import { ABSENCE_NAMES, RELATIONSHIP_NAMES } from "./member.js"

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

/** The membership node: one child per member with the reason (第七条). */
export const explainMembership = (f: Facts): Explanation =>
  explain({
    rule: "relief.household.members",
    label: { zh: "共同生活的家庭成员", en: "household members counted" },
    outcome: f.counted,
    citations: [RELIEF_SOURCES.householdMembers],
    children: f.members.map((m) => {
      const absence = m.member.absence
      return explain({
        rule: "relief.household.member",
        label: {
          zh: `${memberZh(m.member)}（${RELATIONSHIP_NAMES[m.member.relationship].zh}，${m.age}岁）：${REASONS[m.reason].zh}${absence === undefined ? "" : `：${ABSENCE_NAMES[absence].zh}`}`,
          en: `${m.member.id} (${RELATIONSHIP_NAMES[m.member.relationship].en}, ${m.age}): ${REASONS[m.reason].en}${absence === undefined ? "" : `: ${ABSENCE_NAMES[absence].en}`}`
        },
        outcome: m.counted,
        inputs: { member: m.member.id, age: m.age },
        citations: m.reason === "tekun-supported" ? MEMBER_TEKUN_CITATIONS : MEMBER_CITATIONS
      })
    })
  })
