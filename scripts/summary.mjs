// Prints the closing line CI reads: "N passed, N failed" (vitest's own summary is not in that form).
import { readFileSync } from "node:fs"
const report = JSON.parse(readFileSync(new URL("../.vitest-report.json", import.meta.url), "utf8"))
const passed = report.numPassedTests ?? 0
const failed = report.numFailedTests ?? 0
const skipped = report.numPendingTests ?? 0
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`)
if (failed > 0 || passed === 0) process.exit(1)
