/**
 * disclosure's tracking cases (the six steps of seed 000) on the memory, SQLite and PostgreSQL
 * stores with the same tests (issue 17; the tests: scripts/test/stores-suite.ts). PostgreSQL:
 * `export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"` (skipped without it on a
 * developer's machine, a failure in CI).
 */
import { fileURLToPath } from "node:url"
import { expect } from "vitest"
import { describeWorkflowsOnStores } from "../../../scripts/test/stores-suite.js"
import { adapters, drivers } from "./stores-cases.js"

interface Read {
  readonly cases: Readonly<Record<string, unknown>>
  readonly findings: Readonly<Record<string, ReadonlyArray<{ readonly kind: string; readonly daysLate: number }>>>
}

describeWorkflowsOnStores({
  label: "disclosure",
  adapters,
  drivers,
  module: fileURLToPath(new URL("./stores-cases.ts", import.meta.url)),
  checkReadings: {
    // due Monday 12 May 2025 (moved from the 10th, a Saturday): on the 13th the case still at its
    // filing is one day overdue (村民委员会组织法第三十一条); the one published on the 12th is not
    monthly: (r) => {
      const read = r as Read
      expect(read.findings["monthly-mid"]?.map((f) => [f.kind, f.daysLate])).toEqual([["overdue", 1]])
      expect(read.findings["monthly-full"]).toEqual([])
      expect(read.cases["monthly-full"]).toMatchObject({ step: "archived", late: false })
    },
    // the 公示 posted 26 September 2025 ends 9 October (National Day); the decision of the 10th is
    // not early
    notice: (r) => {
      const read = r as Read
      expect(read.cases["notice-full"]).toMatchObject({ step: "archived", noticeEnd: "2025-10-09", earlyDecision: false })
      expect(read.cases["notice-mid"]).toMatchObject({ step: "published", noticeEnd: "2025-10-09" })
      expect(read.findings["notice-full"]).toEqual([])
    }
  }
})
