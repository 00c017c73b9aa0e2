/**
 * The end-to-end demo (`pnpm demo`). Deterministic, no network.
 */
import {
  addPeriod,
  addWorkingDays,
  allocate,
  chinaCalendar,
  explainPeriod,
  isoDateUnsafe as d,
  maskCitizenId,
  Money,
  parseCitizenId,
  renderExplanationZh
} from "@minzheng/core"
import { Result } from "effect"

const section = (title: string) => console.log(`\n== ${title} ${"=".repeat(Math.max(0, 70 - title.length))}`)

section("core: the China work-day calendar and legal periods")
console.log(`calendar covers ${chinaCalendar.coveredYears.join("–")}`)
const posted = d("2025-09-26")
console.log(renderExplanationZh(explainPeriod(posted, { days: 7 }).explanation))
console.log(`30 working days from ${posted}: ${addWorkingDays(posted, 30)}`)
console.log(`one month from 2024-01-31: ${addPeriod(d("2024-01-31"), { months: 1 })}`)

section("core: citizen ID numbers (GB 11643-1999) and money")
const id = "11010519491231002X"
const parsed = parseCitizenId(id)
if (Result.isSuccess(parsed)) console.log(`${maskCitizenId(id)} → born ${parsed.success.birthDate}, ${parsed.success.sex}`)
const shares = allocate(Money.yuan("10000.00"), [120, 95, 95, 40])
console.log(`10,000.00 元 over points 120/95/95/40: ${shares.map((s) => s.format()).join(", ")} (sum ${Money.sum(shares).format()})`)
