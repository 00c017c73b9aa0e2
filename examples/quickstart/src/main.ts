import { addPeriodUnsafe, addWorkingDaysUnsafe, allocate, isoDateUnsafe, Money } from "@minzheng/core"

const posted = isoDateUnsafe("2025-09-26") // a 7-day 公示 posted before National Day
const noticeEnds = addPeriodUnsafe(posted, { days: 7 }) // 《民法典》第二百零一至二百零三条
const decisionDue = addWorkingDaysUnsafe(posted, 30) // 30 working days (审核确认 limit)
const shares = allocate(Money.yuan("10000.00"), [120, 95, 95, 40]) // credit-point payout

console.log(`公示 ends ${noticeEnds}; decision due ${decisionDue}`)
console.log(`shares: ${shares.map((s) => s.format()).join(" | ")}`)
if (noticeEnds !== "2025-10-09") throw new Error(`unexpected end ${noticeEnds}`)
