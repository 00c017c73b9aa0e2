/**
 * A community's 2025 居务公开 calendar from the 李沧 duty set: due days moved off weekends and
 * holidays by the China work calendar, a 低保 公示 after an event, written as an .ics file.
 */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { isoDateUnsafe, Result } from "@minzheng/core"
import { LICANG_DUTIES, occurrenceTitle, scheduleCommunities, toICalendar } from "@minzheng/disclosure"

const scheduled = scheduleCommunities({
  communities: [{ id: "cuihu", name: "翠湖社区", region: "370213" }],
  dutySet: LICANG_DUTIES,
  from: isoDateUnsafe("2025-01-01"),
  to: isoDateUnsafe("2025-12-31"),
  events: [{ communityId: "cuihu", dutyId: "licang.dibao-notice", on: "2025-09-26", ref: "dibao-2025-10" }]
})
// a Result: a year the calendar does not cover is a failure to handle, never a guess
if (Result.isFailure(scheduled)) throw scheduled.failure
const schedule = scheduled.success
for (const o of schedule.occurrences) {
  console.log(`${o.due}  ${occurrenceTitle(LICANG_DUTIES, o).zh}${o.noticeEnd ? ` 至 ${o.noticeEnd}` : ""}${o.moved ? `  (from ${o.nominal})` : ""}`)
}
const file = join(mkdtempSync(join(tmpdir(), "minzheng-calendar-")), "cuihu-2025.ics")
writeFileSync(file, Result.getOrThrow(toICalendar(schedule, { stamp: "2025-01-01T00:00:00Z", calendarName: "翠湖社区 居务公开 2025" })))
console.log(`\nwrote ${file}`)

// 2025-05-10 is a Saturday: the 10th-of-the-month 居务公开日 moves to Monday 2025-05-12.
const may = schedule.occurrences.find((o) => o.dutyId === "licang.monthly-affairs" && o.key === "2025-05")
if (may?.due !== "2025-05-12" || may.nominal !== "2025-05-10") throw new Error(`expected 2025-05-10 → 2025-05-12, got ${may?.nominal} → ${may?.due}`)
// A 7-day 公示 posted on 2025-09-26 runs over the National Day holiday: it ends on the first working day after it.
const notice = schedule.occurrences.find((o) => o.kind === "public-notice")
if (notice?.noticeEnd !== "2025-10-09") throw new Error(`expected the 公示 to end 2025-10-09, got ${notice?.noticeEnd}`)
console.log("ok")
