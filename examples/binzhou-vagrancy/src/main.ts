/**
 * 滨州 “244” 流浪乞讨 源头治理 (seed 001) on the rules of 《城市生活无着的流浪乞讨人员救助管理办法》
 * and its 实施细则: a stay at the 救助站 (受助, the 10-day limit of 第十二条 and an extension), return home,
 * the monthly 回访, the 返乡安置 ledger and the seed's measure — the share of people helped who become
 * homeless again, 20% in 2019 and 10% in 2021 — computed from the cases.
 */
import { handle, isoDateUnsafe, renderExplanationZh, Result } from "@minzheng/core"
import {
  type VagrancyCaseRecord,
  type VagrancyCommand,
  type VagrancyState,
  repeatVagrancyRate,
  returnLedger,
  vagrancyContext,
  vagrancyStay,
  vagrancyWorkflow
} from "@minzheng/relief"

const station = vagrancyContext("371602") // 滨州市救助管理站 (滨城区)

/** Runs a case's commands; a refusal is printed and stops the case. */
const run = (commands: ReadonlyArray<unknown>): VagrancyState => {
  let state = vagrancyWorkflow.initial
  for (const c of commands) {
    const r = handle(vagrancyWorkflow, state, c as VagrancyCommand, station)
    if (Result.isFailure(r)) {
      console.log(`  拒绝：${r.failure.reason.zh}`)
      return state
    }
    state = r.success.state
  }
  return state
}

const needsHelp = { canAffordFoodAndLodging: false, hasRelativesToRelyOn: false, receivesDibaoOrWubao: false, livingByVagrancyOrBegging: true }
const help = (on: string, id: string, extra: Record<string, unknown> = {}) => ({
  type: "request-help",
  on,
  request: { person: { id, hukouRegion: "371621", ...extra }, information: "provided", circumstances: needsHelp }
})

// 吴某: admitted 2021-03-01; a meal on day 11 is refused until the stay is extended (备案).
console.log("吴某：")
const wu = run([
  help("2021-03-01", "wu", { name: "吴某", risks: ["mental-disorder"] }),
  { type: "provide-service", on: "2021-03-11", service: "food" }, // day 10: within the limit
  { type: "provide-service", on: "2021-03-12", service: "food" } // day 11: refused
])
console.log(`  第 ${vagrancyStay(wu, isoDateUnsafe("2021-03-12")).day} 天，期限至 ${wu.limitEnd}`)
const wuExtended = run([
  help("2021-03-01", "wu", { name: "吴某", risks: ["mental-disorder"] }),
  { type: "extend", on: "2021-03-11", until: "2021-03-18", reason: "等待家属接回", filedWith: "滨州市民政局" },
  { type: "provide-service", on: "2021-03-12", service: "food" },
  { type: "discharge", on: "2021-03-16", mode: "collected", destination: "371621" },
  { type: "follow-up", on: "2021-04-08", outcome: "settled", visitor: "social-worker", guardian: "present" }
])
if (wuExtended.limitEnd !== "2021-03-18" || wuExtended.stage !== "returned") throw new Error("expected the extended stay and the return home")

// The seed's measure: 10 people helped in 2019, 2 of them again; 10 in 2021, 1 of them again.
const cohort = (year: number, repeaters: number): VagrancyCaseRecord[] => {
  const out: VagrancyCaseRecord[] = []
  for (let i = 0; i < 10; i++) {
    const id = `${year}-${i}`
    const stay = (admitted: string, left: string, suffix: string) => ({
      caseId: `${id}-${suffix}`,
      state: run([help(admitted, id), { type: "discharge", on: left, mode: "returned", destination: "371621", ticket: true }])
    })
    out.push(stay(`${year}-03-01`, `${year}-03-04`, "a"))
    if (i < repeaters) out.push(stay(`${year}-08-01`, `${year}-08-03`, "b"))
  }
  return out
}
const r2019 = repeatVagrancyRate(cohort(2019, 2), 2019)
const r2021 = repeatVagrancyRate(cohort(2021, 1), 2021)
console.log(`\n${renderExplanationZh(r2019.explanation)}\n${renderExplanationZh(r2021.explanation)}`)
if (r2019.percent !== "20.0" || r2021.percent !== "10.0") throw new Error(`expected 20.0% and 10.0%, got ${r2019.percent}% and ${r2021.percent}%`)

const ledger = returnLedger([{ caseId: "wu", state: wuExtended }], isoDateUnsafe("2021-06-01"))
for (const row of ledger) {
  console.log(`\n返乡安置台账：${row.name ?? row.personId}，${row.atRisk ? `易流浪走失（${row.risks.map((r) => r.zh).join("、")}）` : "一般"}，未回访月份：${row.followUp.missedMonths.join("、") || "无"}`)
}
if (JSON.stringify(ledger[0]?.followUp.missedMonths) !== JSON.stringify(["2021-05"])) throw new Error("expected May 2021 to be a missed 回访 month")
console.log("\nok: 10-day limit, return home, 回访 ledger, 20.0% → 10.0%")
