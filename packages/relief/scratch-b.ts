import { determine, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE, decisionText, noticeRow } from "@minzheng/relief"
import { isoDateUnsafe, regionCodeUnsafe } from "@minzheng/core"
const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
const h = decodeHouseholdUnsafe({
  "id": "LC-2025-0042",
  "residence": { "region": "370213", "area": "urban" },
  "members": [
    { "id": "a", "name": "李四", "relationship": "applicant", "citizenId": "11010519491231002X" },
    { "id": "b", "name": "王五", "relationship": "spouse", "birthDate": "1952-09-01",
      "disability": { "category": "physical", "grade": 2 } },
    { "id": "c", "name": "李小", "relationship": "grandchild", "birthDate": "2012-04-20",
      "livesTogether": true, "education": "junior-secondary", "circumstances": ["orphan"] }
  ],
  "incomes": [
    { "member": "a", "category": "transfer-in", "amount": "900.00" },
    { "member": "a", "category": "basic-pension", "amount": "180.00" },
    { "member": "c", "category": "reward", "amount": "50.00" }
  ],
  "assets": { "financial": "12000.00", "residentialUnits": 1 },
  "legalSupporters": [{ "relationship": "child", "birthDate": "1975-01-01" }]
})
const r = determine(h, policy)
for (const d of r.determinations) console.log(d.programme, d.eligible, d.status, d.amount?.toString())
console.log(r.monthlyPaidFen)
console.log(decisionText(r))
console.log(noticeRow(h, r.determinations[0], "虎山社区"))
