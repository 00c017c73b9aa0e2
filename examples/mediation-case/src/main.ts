/**
 * A contract dispute through the 人民调解法 procedure on an Effect case store: application,
 * acceptance, a session, a written agreement sealed by the committee, judicial confirmation
 * inside its 30-day window, a follow-up visit and the archive.
 */
import { CaseStore } from "@minzheng/core"
import { CASE_STATUS_NAMES, loadMediationCase, mediationDeadlines, runMediationCommand } from "@minzheng/mediation"
import { Effect } from "effect"

const committee = { id: "chengyang-sme", name: "城阳区中小企业协会人民调解委员会", kind: "social-organisation", region: "370214" }
const parties = [
  { kind: "person", id: "p1", name: "张三", citizenId: "11010519491231002X" },
  { kind: "organisation", id: "o1", name: "青岛某商贸有限公司", representative: "李四" }
]
const contents = {
  facts: "张三已交货，公司未付货款",
  issues: "货款支付",
  responsibilities: "公司应按约支付货款",
  terms: [{ obligorId: "o1", description: "支付货款", amount: "12000.00", manner: "银行转账", deadline: "2025-04-30" }]
}
const commands = [
  { type: "start", date: "2025-03-03", source: "application", applicationForm: "written", category: "contract", committee, parties, summary: "货款 12000 元逾期未付", amountInvolved: "12000.00" },
  { type: "accept", date: "2025-03-04", registrationNumber: "城中调〔2025〕1号" },
  { type: "assign-mediators", date: "2025-03-04", selection: "committee-assigned", mediators: [{ id: "m1", name: "王调解" }] },
  { type: "hold-session", date: "2025-03-06", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "o1"], rightsExplained: true, record: "双方陈述；达成初步共识" },
  { type: "draft-agreement", date: "2025-03-10", contents },
  { type: "sign-agreement", date: "2025-03-10", signature: { by: "party", partyId: "p1", method: "fingerprint" } },
  { type: "sign-agreement", date: "2025-03-10", signature: { by: "party", partyId: "o1", method: "seal" } },
  { type: "sign-agreement", date: "2025-03-10", signature: { by: "mediator", mediatorId: "m1" } },
  { type: "sign-agreement", date: "2025-03-11", signature: { by: "committee-seal" } }
]
const later = [
  { type: "apply-for-confirmation", date: "2025-03-20", applicantPartyIds: ["p1", "o1"], court: "青岛市城阳区人民法院" },
  { type: "record-court-decision", date: "2025-03-28", outcome: "confirmed" },
  { type: "record-follow-up", date: "2025-05-06", visitor: "王调解", performance: "performed", notes: "货款已付清" },
  { type: "archive", date: "2025-05-08", fileNumber: "城中调档〔2025〕1号" }
]

const program = Effect.gen(function* () {
  for (const c of commands) yield* runMediationCommand("c1", c)
  const agreed = yield* loadMediationCase("c1")
  const deadlines = mediationDeadlines("c1", agreed.state).map((d) => `${d.kind} ${d.due}`)
  console.log(`after the seal: ${CASE_STATUS_NAMES[agreed.state.status].zh}; deadlines: ${deadlines.join(", ")}`)
  // An archive now is refused: the follow-up visit is not in the case file yet.
  const early = yield* Effect.flip(runMediationCommand("c1", { type: "archive", date: "2025-03-12", fileNumber: "x" }))
  console.log(`archive refused: ${early.messageZh}`)
  for (const c of later) yield* runMediationCommand("c1", c)
  return { agreed, deadlines, final: yield* loadMediationCase("c1") }
})

const { agreed, deadlines, final } = await Effect.runPromise(program.pipe(Effect.provide(CaseStore.memory)))
for (const [i, e] of final.events.entries()) console.log(`${String(i + 1).padStart(2)}  ${e.date}  ${e.type}`)

// 人民调解法第三十三条: confirmation may be applied for within 30 days of the agreement taking effect (2025-03-11).
if (agreed.state.agreement?.effectiveOn !== "2025-03-11") throw new Error("the agreement takes effect when the committee seals it")
if (!deadlines.includes("confirmation-window 2025-04-10")) throw new Error(`expected the confirmation window to end 2025-04-10: ${deadlines.join(", ")}`)
if (final.state.status !== "archived") throw new Error(`expected an archived case, got ${final.state.status}`)
console.log("ok")
