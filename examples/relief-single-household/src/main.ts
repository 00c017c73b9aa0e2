/**
 * One household's social-assistance determination (李沧, illustrative parameters): decode the
 * application, resolve the policy for its region and date, determine, and print the 告知书 text.
 */
import { isoDateUnsafe, regionCodeUnsafe, renderExplanationZh, Result } from "@minzheng/core"
import { decisionText, decodeHousehold, determine, LICANG_BUNDLE, resolveReliefPolicy } from "@minzheng/relief"

const application = {
  id: "t1",
  residence: { region: "370213", area: "urban" },
  members: [
    { id: "a", name: "李四", relationship: "applicant", birthDate: "1979-02-10", employed: true, labourCapacity: "full" },
    { id: "b", name: "王五", relationship: "spouse", birthDate: "1981-09-01", seriousIllness: true, labourCapacity: "partial" },
    { id: "c", name: "李小", relationship: "child", birthDate: "2012-04-20", education: "junior-secondary" }
  ],
  incomes: [
    { member: "a", category: "wages", amount: "1500.00" },
    { member: "b", category: "preferential-care", amount: "120.00" }, // 优待抚恤金: not counted (第十三条)
    { member: "c", category: "reward", amount: "50.00" } // 奖励性补助: not counted
  ],
  assets: { financial: "12000.00", residentialUnits: 1 }
}

const household = decodeHousehold(application)
if (Result.isFailure(household)) throw household.failure
const policy = resolveReliefPolicy(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
if (Result.isFailure(policy)) throw policy.failure

const determined = determine(household.success, policy.success, { explain: true })
if (Result.isFailure(determined)) throw determined.failure
const result = determined.success
console.log(decisionText(result))
if (result.explanation !== null) console.log(`\n${renderExplanationZh(result.explanation)}`)

// 1050.00 × 3 people − (1500.00 − 200.00 employment cost) = 3150.00 − 1300.00 = 1850.00 a month.
const dibao = result.programmes.dibao
if (!dibao.eligible || dibao.amount.toString() !== "1850.00") throw new Error(`expected 低保 1850.00 a month, got ${dibao.amount.toString()}`)
console.log(`\nok: 低保 ${dibao.amount.format()} a month from ${dibao.startDate}`)
