/**
 * mediation's cases — a people's-mediation case, a 议事协商 topic, a 阳光报告会 — on the memory,
 * SQLite and PostgreSQL stores with the same tests (issue 17; the tests:
 * scripts/test/stores-suite.ts). PostgreSQL: `export MINZHENG_PG_URL="$(bash scripts/postgres.sh
 * start)"` (skipped without it on a developer's machine, a failure in CI).
 */
import { fileURLToPath } from "node:url"
import { expect } from "vitest"
import { describeWorkflowsOnStores } from "../../../scripts/test/stores-suite.js"
import { adapters, drivers } from "./stores-cases.js"

describeWorkflowsOnStores({
  label: "mediation",
  adapters,
  drivers,
  module: fileURLToPath(new URL("./stores-cases.ts", import.meta.url)),
  checkReadings: {
    // accepted 4 March 2025: one month ends 4 April, the 清明 holiday runs to the 6th, so the limit
    // is 7 April (人民调解法 and local practice); on 8 April the case in mediation is overdue
    mediation: (r) => {
      const read = r as { deadlines: ReadonlyArray<{ caseId: string; kind: string; due: string }>; flags: Record<string, { overdue: boolean }> }
      expect(read.deadlines.map((x) => [x.caseId, x.kind, x.due])).toEqual([["mediation-mid", "time-limit", "2025-04-07"]])
      expect(read.flags["mediation-mid"]?.overdue).toBe(true)
      expect(read.flags["mediation-full"]?.overdue).toBe(false)
    },
    // proposed in February: due at the meeting of April, the first month of the next quarter
    consultation: (r) => {
      const read = r as Record<string, ReadonlyArray<{ due: string }>>
      expect(read["consultation-mid"]?.map((x) => x.due)).toEqual(["2025-04-30"])
      expect(read["consultation-full"]).toEqual([])
    },
    // concluded with two items open (q2 by 31 January, q3 by 31 March), then closed item by item
    sunshine: (r) => {
      const read = r as Record<string, { stage: string; ledger: { open: number }; deadlines: ReadonlyArray<{ kind: string; due: string }> }>
      expect(read["sunshine-mid"]?.deadlines.map((x) => [x.kind, x.due])).toEqual([
        ["ledger-item:q2", "2025-01-31"],
        ["ledger-item:q3", "2025-03-31"],
        ["next-meeting", "2025-06-30"]
      ])
      expect(read["sunshine-mid"]?.ledger.open).toBe(2)
      expect(read["sunshine-full"]).toMatchObject({ stage: "closed", ledger: { open: 0 } })
    }
  }
})
