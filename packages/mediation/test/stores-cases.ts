/**
 * mediation's cases as the store tests and the store bench drive them (issue 17): a people's-
 * mediation case (`runMediationCommand` / `loadMediationCase`, its deadlines and flags), a 议事协商
 * topic (`runConsultationCommand`) and a 阳光报告会 with its ledger (`runSunshineCommand`) on
 * whatever `CaseStore` is provided — the worked examples of full-case.test.ts and
 * deliberation.test.ts as JSON commands (they cross to another process in the tests).
 */
import { type CaseStore, handle, isoDateUnsafe, loadCase, todayLayer } from "@minzheng/core"
import {
  consultationDeadlines,
  consultationWorkflow,
  decodeConsultationCommand,
  decodeConsultationEvent,
  decodeSunshineCommand,
  decodeSunshineEvent,
  FIXED_CONSULTATION_ROLES,
  handleMediationCommand,
  initialMediationState,
  ledgerSummary,
  listMediationDeadlines,
  loadMediationCase,
  type MediationEvent,
  mediationCaseFlags,
  runConsultationCommand,
  runMediationCommand,
  runSunshineCommand,
  sunshineDeadlines,
  sunshineReportWorkflow
} from "@minzheng/mediation"
import * as postgres from "@minzheng/store-postgres"
import * as sqlite from "@minzheng/store-sqlite"
import { Effect, Result } from "effect"
import type { StoreAdapters, WorkflowDriver } from "../../../scripts/test/stores.js"
import { contents, startCommand } from "./fixtures.js"

/** The store packages, as mediation's tests import them. */
export const adapters: StoreAdapters = { sqlite, postgres }

/** Folds commands with a pure workflow function, failing on the first refusal. */
const fold = <S, E>(initial: S, step: (s: S, c: unknown) => Result.Result<{ readonly state: S; readonly events: ReadonlyArray<E> }, { readonly message: string }>) => (commands: ReadonlyArray<unknown>) => {
  let state = initial
  const events: E[] = []
  for (const c of commands) {
    const r = step(state, c)
    if (Result.isFailure(r)) throw new Error(`command ${JSON.stringify(c)} refused: ${r.failure.message}`)
    state = r.success.state
    events.push(...r.success.events)
  }
  return { state, events }
}

/** 城阳区中小企业协会人民调解委员会: a contract case from application to archive (人民调解法). */
export const mediation: WorkflowDriver = {
  name: "mediation",
  title: "a mediation case (runMediationCommand)",
  commands: [
    startCommand("2025-03-03"),
    { type: "accept", date: "2025-03-04", registrationNumber: "城中调〔2025〕1号" },
    { type: "assign-mediators", date: "2025-03-04", selection: "committee-assigned", mediators: [{ id: "m1", name: "王调解" }] },
    { type: "record-investigation", date: "2025-03-05", findings: "核实供货单据及对账单" },
    { type: "invite-participant", date: "2025-03-05", participant: { name: "赵会计", role: "expert" }, consentingPartyIds: ["p1", "o1"] },
    { type: "hold-session", date: "2025-03-06", openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "o1"], rightsExplained: true, record: "告知权利义务；双方陈述；达成初步共识" },
    { type: "draft-agreement", date: "2025-03-10", contents: contents("2025-04-30") },
    { type: "sign-agreement", date: "2025-03-10", signature: { by: "party", partyId: "p1", method: "fingerprint" } },
    { type: "sign-agreement", date: "2025-03-10", signature: { by: "party", partyId: "o1", method: "seal" } },
    { type: "sign-agreement", date: "2025-03-10", signature: { by: "mediator", mediatorId: "m1" } },
    { type: "sign-agreement", date: "2025-03-11", signature: { by: "committee-seal" } },
    { type: "apply-for-confirmation", date: "2025-03-20", applicantPartyIds: ["p1", "o1"], court: "青岛市城阳区人民法院" },
    { type: "record-court-decision", date: "2025-03-28", outcome: "confirmed", rulingNumber: "（2025）鲁0214民特1号" },
    { type: "record-follow-up", date: "2025-05-06", visitor: "王调解", performance: "performed", notes: "公司已于4月28日转账支付货款" },
    { type: "archive", date: "2025-05-08", fileNumber: "城中调档〔2025〕1号" }
  ],
  split: 3,
  // while the case is being mediated, one mediator records the investigation as another invites an expert
  race: {
    at: 3,
    a: { type: "record-investigation", date: "2025-03-05", findings: "核实供货单据及对账单" },
    b: { type: "invite-participant", date: "2025-03-05", participant: { name: "赵会计", role: "expert" }, consentingPartyIds: ["p1", "o1"] }
  },
  command: (caseId, command) => runMediationCommand(caseId, command),
  load: (caseId) => loadMediationCase(caseId),
  pure: fold<typeof initialMediationState, MediationEvent>(initialMediationState, (s, c) => handleMediationCommand(s, c)),
  // the deadlines of every mediation case (listMediationDeadlines) and each case's flags on 8 April 2025
  readings: (caseIds): Effect.Effect<unknown, unknown, CaseStore> =>
    Effect.gen(function* () {
      const deadlines = (yield* listMediationDeadlines).filter((x) => caseIds.includes(x.caseId))
      const flags: Record<string, unknown> = {}
      for (const id of caseIds) flags[id] = yield* Effect.provide(mediationCaseFlags(id), todayLayer(isoDateUnsafe("2025-04-08")))
      return { deadlines, flags }
    })
}

const seven = FIXED_CONSULTATION_ROLES.map((role, i) => ({ name: `成员${i + 1}`, role }))

/** 岱岳区's 议事协商 七步工作法 on a village road (seed 001). */
export const consultation: WorkflowDriver = {
  name: "consultation",
  title: "议事协商 七步工作法 (runConsultationCommand)",
  commands: [
    { type: "propose", date: "2025-02-10", village: "岱岳区某村", topic: "村内道路硬化", proposer: "村民代表", mandatory: true },
    { type: "review", date: "2025-02-12", approved: true, reason: "属于公共事务管理" },
    { type: "gather-consensus", date: "2025-03-20", opinions: "多数农户同意按户分摊", consulted: 120 },
    { type: "hold-meeting", date: "2025-04-08", participants: [...seven, { name: "施工方", role: "stakeholder" }], resolution: "按方案实施", votesFor: 28, votesAgainst: 2 },
    { type: "supervise", date: "2025-05-20", supervisor: "包村干部", progress: "完工" },
    { type: "publish", date: "2025-05-25", place: "村务公开栏", content: "道路硬化结果" },
    { type: "file", date: "2025-05-30", fileNumber: "议-2025-3" }
  ],
  split: 2,
  // two members of the village committee record the review at once; the seven steps take one at a
  // time, so the loser, having reloaded, goes on to gather the villagers' opinions
  race: {
    at: 1,
    a: { type: "review", date: "2025-02-12", approved: true, reason: "属于公共事务管理" },
    b: { type: "review", date: "2025-02-12", approved: true, reason: "涉及村民切身利益" },
    retry: () => ({ type: "gather-consensus", date: "2025-03-20", opinions: "多数农户同意按户分摊", consulted: 120 })
  },
  command: (caseId, command) => runConsultationCommand(caseId, command),
  load: (caseId) => loadCase(consultationWorkflow, caseId, decodeConsultationEvent),
  pure: fold(consultationWorkflow.initial, (s, c) => Result.flatMap(decodeConsultationCommand(c), (command) => handle(consultationWorkflow, s, command))),
  readings: (caseIds): Effect.Effect<unknown, unknown, CaseStore> =>
    Effect.gen(function* () {
      const out: Record<string, unknown> = {}
      for (const id of caseIds) out[id] = consultationDeadlines(id, (yield* loadCase(consultationWorkflow, id, decodeConsultationEvent)).state)
      return out
    })
}

/** 平原县's “三务三资”阳光报告会 of 西杨村 and its 问题台账, closed item by item (seed 001). */
export const sunshine: WorkflowDriver = {
  name: "sunshine",
  title: "阳光报告会 and its ledger (runSunshineCommand)",
  commands: [
    { type: "schedule", date: "2025-01-06", village: "西杨村", quarter: "2025Q1" },
    { type: "report", date: "2025-01-10", reporter: "村委会主任", content: "述职：低保、救灾款物、集体资产" },
    { type: "raise-question", date: "2025-01-10", itemId: "q1", asker: "村民甲", kind: "question", text: "救灾款如何发放", handling: "answered-on-spot", answer: "按户公示后发放" },
    { type: "raise-question", date: "2025-01-10", itemId: "q2", asker: "村民乙", kind: "question", text: "路灯损坏", handling: "answer-later" },
    { type: "raise-question", date: "2025-01-10", itemId: "q3", asker: "村民丙", kind: "idea", text: "宅基地历史遗留问题", handling: "county-township-coordination" },
    { type: "evaluate", date: "2025-01-10", subject: "director", satisfied: 40, basicallySatisfied: 5, dissatisfied: 1 },
    { type: "evaluate", date: "2025-01-10", subject: "committee-members", satisfied: 38, basicallySatisfied: 7, dissatisfied: 1 },
    { type: "evaluate", date: "2025-01-10", subject: "party-members", satisfied: 41, basicallySatisfied: 4, dissatisfied: 1 },
    { type: "fix", date: "2025-01-10", itemId: "q2", target: "修复路灯", measures: "报修", responsible: "村委委员张某", deadline: "2025-01-31" },
    { type: "fix", date: "2025-01-10", itemId: "q3", target: "明确权属", measures: "提请乡镇协调", responsible: "包村干部李某", deadline: "2025-03-31" },
    { type: "conclude", date: "2025-01-10" },
    { type: "close-item", date: "2025-01-25", itemId: "q2", result: "已修复" },
    { type: "close-item", date: "2025-03-15", itemId: "q3", result: "乡镇协调确权" }
  ],
  split: 11,
  // two clerks enter two villagers' questions at once
  race: {
    at: 2,
    a: { type: "raise-question", date: "2025-01-10", itemId: "q1", asker: "村民甲", kind: "question", text: "救灾款如何发放", handling: "answered-on-spot", answer: "按户公示后发放" },
    b: { type: "raise-question", date: "2025-01-10", itemId: "q2", asker: "村民乙", kind: "question", text: "路灯损坏", handling: "answer-later" }
  },
  command: (caseId, command) => runSunshineCommand(caseId, command),
  load: (caseId) => loadCase(sunshineReportWorkflow, caseId, decodeSunshineEvent),
  pure: fold(sunshineReportWorkflow.initial, (s, c) => Result.flatMap(decodeSunshineCommand(c), (command) => handle(sunshineReportWorkflow, s, command))),
  readings: (caseIds): Effect.Effect<unknown, unknown, CaseStore> =>
    Effect.gen(function* () {
      const out: Record<string, unknown> = {}
      for (const id of caseIds) {
        const { state } = yield* loadCase(sunshineReportWorkflow, id, decodeSunshineEvent)
        out[id] = { stage: state.stage, ledger: ledgerSummary(state), deadlines: sunshineDeadlines(id, state) }
      }
      return out
    })
}

/** The mediation package's workflows (the child process of the store tests looks them up by name). */
export const drivers: ReadonlyArray<WorkflowDriver> = [mediation, consultation, sunshine]
