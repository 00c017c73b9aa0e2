/**
 * A filled GB/T 42195-2022 (老年人能力评估规范) form scored to a level, and the care entitlement the
 * 峡山 policy gives for it.
 */
import { assess, determineEntitlements, GBT_42195, XIASHAN_POLICY } from "@minzheng/care-assessment"
import { renderExplanationZh, Result } from "@minzheng/core"

// Scores item by item (option ids are the scores); 26 items, total 0–90.
const scores: Record<string, string> = {
  eating: "3", grooming: "2", bathing: "1", "upper-dressing": "2", "lower-dressing": "2", bladder: "3", bowel: "3", toileting: "2",
  "bed-mobility": "3", "bed-chair-transfer": "2", walking: "2", stairs: "1",
  "time-orientation": "3", "place-orientation": "3", "person-orientation": "4", memory: "2", comprehension: "3", expression: "3",
  aggression: "1", depression: "1", consciousness: "2", vision: "1", hearing: "1",
  "daily-affairs": "2", transport: "1", "social-interaction": "2"
}
const form = { instrument: "gbt-42195-2022", assessedOn: "2025-05-15", answers: Object.entries(scores).map(([item, option]) => ({ item, option })) }

const result = assess(GBT_42195, form)
if (Result.isFailure(result)) throw result.failure
const a = result.success
console.log(`total ${a.total}/${a.maxTotal}: ${a.levelName?.zh}`)
console.log(renderExplanationZh(a.explanation))

// The 峡山 policy: a 低保 recipient of moderate disability or worse in an institution — government 80%, person 20%.
const entitlement = determineEntitlements(XIASHAN_POLICY, { identity: "dibao", level: a.level, setting: "institution", monthlyCost: "3000.00" })
if (Result.isFailure(entitlement)) throw entitlement.failure
const first = entitlement.success.entitlements[0]
console.log(`entitlement: ${first?.label.zh}; government ${first?.costSplit?.government.toString()} 元, person ${first?.costSplit?.person.toString()} 元 a month`)

const total = Object.values(scores).reduce((s, v) => s + Number(v), 0)
if (a.total !== total) throw new Error(`expected a total of ${total}, got ${a.total}`)
// GB/T 42195-2022 能力等级: a total of 46–65 (here 55) is 能力中度受损 (moderate).
if (a.level !== "moderate") throw new Error(`expected moderate for ${total} points, got ${a.level}`)
if (first?.costSplit?.person.toString() !== "600.00") throw new Error("expected the person to pay 600.00 of 3000.00")
console.log("ok")
