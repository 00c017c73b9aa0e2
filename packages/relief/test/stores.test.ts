/**
 * relief's case workflows — 低保 审核确认, 特困 认定, 流浪乞讨 救助 — on the memory, SQLite and
 * PostgreSQL stores with the same tests (issue 17; the tests: scripts/test/stores-suite.ts).
 * PostgreSQL: `export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"` (skipped without it on
 * a developer's machine, a failure in CI).
 */
import { fileURLToPath } from "node:url"
import { expect } from "vitest"
import { describeWorkflowsOnStores } from "../../../scripts/test/stores-suite.js"
import { adapters, drivers } from "./stores-cases.js"

interface Listed {
  readonly listByDue: ReadonlyArray<{ readonly caseId: string; readonly kind: string; readonly due: string }>
  readonly cases: Readonly<Record<string, unknown>>
}
const brief = (r: unknown) => (r as Listed).listByDue.map((x) => [x.caseId, x.kind, x.due])

describeWorkflowsOnStores({
  label: "relief",
  adapters,
  drivers,
  module: fileURLToPath(new URL("./stores-cases.ts", import.meta.url)),
  checkReadings: {
    // accepted 3 March 2025: 30 working days to 15 April (暂行办法第二十二条, 清明 a rest day); the
    // 公示 started 11 March runs to 18 March (第十九条); the confirmed case has no open deadline
    review: (r) => {
      expect(brief(r)).toEqual([
        ["review-mid", "review.notice-end", "2025-03-18"],
        ["review-mid", "review.time-limit", "2025-04-15"]
      ])
      expect((r as Listed).cases["review-full"]).toMatchObject({ stage: "confirmed" })
    },
    // the township's 15 working days from 3 March end on 24 March (特困人员认定办法第十三条): on
    // 6 May, the case still waiting for the township's opinion is 43 days overdue
    tekun: (r) => {
      expect(brief(r)).toEqual([["tekun-mid", "tekun.township-review", "2025-03-24"]])
      expect((r as Listed).cases["tekun-mid"]).toMatchObject({ stages: expect.arrayContaining([expect.objectContaining({ stage: "township-review", status: "overdue", daysOverdue: 43 })]) })
      expect((r as Listed).cases["tekun-full"]).toMatchObject({ stage: "confirmed" })
    },
    // admitted 1 March: the 10-day stay ends 11 March (实施细则); on 12 March the person is over it
    vagrancy: (r) => {
      expect(brief(r)).toEqual([["vagrancy-mid", "vagrancy.stay-limit", "2025-03-11"]])
      expect((r as Listed).cases["vagrancy-mid"]).toMatchObject({ stage: "in-care", stay: { limitEnd: "2025-03-11", overLimit: true } })
      expect((r as Listed).cases["vagrancy-full"]).toMatchObject({ stage: "returned" })
    }
  }
})
