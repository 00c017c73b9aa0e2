/**
 * 李沧 社区长照 (seed 000): 需求评估 → 长照服务. A filled GB/T 42195-2022 form is scored to a level,
 * and the level is linked to a care plan: the catalogue's services that fit it, free hours a month,
 * who pays (the 峡山 cost-split table, seed 001), and the reassessment dates.
 */
import { assess, GBT_42195, LICANG_CATALOGUE, makeCarePlan } from "@minzheng/care-assessment"
import { renderExplanationZh, Result } from "@minzheng/core"

// 需求评估: a 78-year-old 低保 recipient in 李沧, assessed on 2025-05-15 (option ids are the scores).
const scores: Record<string, string> = {
  eating: "3", grooming: "2", bathing: "1", "upper-dressing": "2", "lower-dressing": "2", bladder: "3", bowel: "3", toileting: "2",
  "bed-mobility": "3", "bed-chair-transfer": "2", walking: "2", stairs: "1",
  "time-orientation": "3", "place-orientation": "3", "person-orientation": "4", memory: "2", comprehension: "3", expression: "3",
  aggression: "1", depression: "1", consciousness: "2", vision: "1", hearing: "1",
  "daily-affairs": "2", transport: "1", "social-interaction": "2"
}
const assessed = assess(GBT_42195, { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", answers: Object.entries(scores).map(([item, option]) => ({ item, option })) })
if (Result.isFailure(assessed)) throw assessed.failure
const a = assessed.success
console.log(`评估：总分 ${a.total}/${a.maxTotal}，${a.levelName?.zh}`)

// 长照服务 at home: the person asks for 生活照顾 and 护理; a home-care hour is valued at 25.00 元.
const home = makeCarePlan({
  person: { birthDate: "1947-03-12", identity: "dibao" },
  assessment: { instrument: a.instrument, assessedOn: a.assessedOn, level: a.level },
  setting: "home",
  needs: ["daily-living", "nursing", "medical"],
  asOf: "2025-06-01",
  hourlyRate: "25.00"
})
if (Result.isFailure(home)) throw home.failure
const plan = home.success
console.log(renderExplanationZh(plan.explanation))
const serviceName = (id: string) => LICANG_CATALOGUE.services.find((s) => s.id === id)?.name.zh ?? id
for (const f of plan.hours?.byFunction ?? []) if (f.hours > 0) console.log(`  ${f.name.zh}：${f.services.map((s) => `${serviceName(s.service)} ${s.hours} 小时`).join("，")}`)

// The same person in an institution costing 3,000.00 元 a month.
const institution = makeCarePlan({
  person: { birthDate: "1947-03-12", identity: "dibao" },
  assessment: { instrument: a.instrument, assessedOn: a.assessedOn, level: a.level },
  setting: "institution",
  needs: ["daily-living", "nursing"],
  asOf: "2025-06-01",
  monthlyCost: "3000.00"
})
if (Result.isFailure(institution)) throw institution.failure
console.log(institution.success.explanation.label.zh)

// Checks (the program fails if a key outcome changes).
if (a.level !== "moderate" || a.total !== 55) throw new Error(`expected 55 points, 中度; got ${a.total}, ${a.level}`)
if (plan.monthlyFreeHours !== 30) throw new Error(`expected 30 free hours (峡山 table, illustrative), got ${plan.monthlyFreeHours}`)
if (plan.payment?.government?.toString() !== "750.00") throw new Error("expected 30 hours × 25.00 元 = 750.00 元 borne by the government")
if (plan.unmetNeeds[0]?.function !== "medical") throw new Error("医疗 has no service in the catalogue yet and must be reported")
if (plan.reassessment.nextRoutineDate !== "2026-05-15") throw new Error("the routine reassessment falls 12 months after 2025-05-15")
if (institution.success.payment?.person?.toString() !== "600.00") throw new Error("a 低保 person of 中度失能 pays 20% of 3,000.00 元")
console.log("ok")
