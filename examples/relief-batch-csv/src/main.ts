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
    console.log(`line ${row.line}  ${row.result.householdId}  ${names}`)
  } else if (row.kind === "error") {
    const issue = row.error.issues[0]
    errors.push(`line ${row.line}, household ${row.householdId}: field ${issue === undefined ? "?" : formatPath(issue.path)}: ${issue?.en}`)
  } else summary = row.summary
}
for (const e of errors) console.error(e)
console.log(`\n${summary?.records} households, ${summary?.determined} determined, ${summary?.errors} failed; monthly outlay ${summary?.monthlyOutlay.format()}`)

// c3 has a birth date that is not a date: one error naming line 5 and the field, the rest determined.
if (summary?.records !== 4 || summary.errors !== 1 || summary.eligible.dibao !== 2) throw new Error(`unexpected summary ${JSON.stringify(summary)}`)
if (errors[0] !== "line 5, household c3: field members[0].birthDate: not a valid date (expected a real YYYY-MM-DD date in 1900–2199)") {
  throw new Error(`unexpected error line: ${errors[0]}`)
}
console.log("ok")
