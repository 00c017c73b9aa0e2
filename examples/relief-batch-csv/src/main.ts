/**
 * A CSV of households (one row per member) streamed through relief's batch run: the file is read
 * in chunks, so memory stays flat for a file of any size.
 */
import { createReadStream } from "node:fs"
import { fileURLToPath } from "node:url"
import { formatPath, isoDateUnsafe } from "@minzheng/core"
import { type BatchSummary, LICANG_BUNDLE, PROGRAMME_NAMES, runBatch } from "@minzheng/relief"

const file = fileURLToPath(new URL("../households.csv", import.meta.url))
const errors: string[] = []
let summary: BatchSummary | undefined

for await (const row of runBatch(createReadStream(file), { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "csv" })) {
  if (row.kind === "determination") {
    const eligible = row.result.determinations.filter((d) => d.eligible)
    const names = eligible.map((d) => `${PROGRAMME_NAMES[d.programme].zh} ${d.amount.toString()}`).join("、") || "不符合条件"
    // A programme whose parameter is missing or ended for the region and date is not decided: say why.
    const unavailable = row.unavailable.map((u) => `；${u.reason.zh}`).join("")
    console.log(`line ${row.line}  ${row.result.householdId}  ${names}${unavailable}`)
  } else if (row.kind === "error") {
    const issue = row.error.issues[0]
    errors.push(`line ${row.line}, household ${row.householdId}: field ${issue === undefined ? "?" : formatPath(issue.path)}: ${issue?.en}`)
  } else summary = row.summary
}
for (const e of errors) console.error(e)
const notDecided = Object.entries(summary?.unavailable ?? {}).filter(([, n]) => n > 0).map(([p, n]) => `${p} ${n}`).join(", ") || "none"
console.log(`\n${summary?.records} households, ${summary?.determined} determined, ${summary?.errors} failed; monthly outlay ${summary?.monthlyOutlay.format()}; not decidable: ${notDecided}`)

// c3 has a birth date that is not a date: one error naming line 5 and the field, the rest determined.
// c1 (two people in their sixties, 300 元 a month) gets 低保: 2 × 1,050 − 300 = 1,800.00.
// c2 (孙三, 75, alone, no income, no one obliged to support them) is 特困 — and only 特困: a person in
// 特困 support is not also given 低保 (《社会救助暂行办法》第十五条第三款：“特困人员供养应当与……最低生活
// 保障……等制度相衔接”；《特困人员认定办法》第二十七条: 低保 follows only when 特困 ends). So one 低保
// household and one 特困 person, and the monthly outlay counts each person's benefit once:
// 1,800.00 + 1,365.00 (1.3 × the 1,050 standard) = 3,165.00.
if (
  summary?.records !== 4 ||
  summary.errors !== 1 ||
  summary.eligible.dibao !== 1 ||
  summary.eligible.tekun !== 1 ||
  summary.monthlyOutlay.toString() !== "3165.00" ||
  Object.values(summary.unavailable).some((n) => n !== 0)
) {
  throw new Error(`unexpected summary ${JSON.stringify(summary)}`)
}
if (errors[0] !== "line 5, household c3: field members[0].birthDate: not a valid date (expected a real YYYY-MM-DD date in 1900–2199)") {
  throw new Error(`unexpected error line: ${errors[0]}`)
}
console.log("ok")
