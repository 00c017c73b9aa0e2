/**
 * Issue 18 (footprint): the package's schemas are zod/mini, so an app bundling several minzheng
 * packages carries one zod flavour. The move changed no behaviour: the same values are accepted
 * and refused with the same issue codes, paths and messages (pinned below from the classic
 * schemas of 0.2), and histories stored with the 0.1 camelCase types still decode.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { CaseStore, Result } from "@minzheng/core"
import {
  CommitteeSchema,
  committeeStatistics,
  decodeConsultationCommand,
  decodeConsultationEvent,
  decodeMediationCommand,
  decodeMediationEvent,
  decodeSunshineCommand,
  decodeSunshineEvent,
  MediatorSchema,
  PartySchema,
  runMediationCommand
} from "@minzheng/mediation"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { describe, expect, it } from "vitest"
import * as z from "zod/mini"
import { committee, company, contents, startCommand, zhang } from "./fixtures.js"

type Issue = { readonly path: ReadonlyArray<string | number>; readonly code: string; readonly zh: string; readonly en: string }

const issuesOf = (r: Result.Result<unknown, { readonly issues: ReadonlyArray<Issue> }>): ReadonlyArray<Issue> => {
  if (Result.isSuccess(r)) throw new Error(`expected a refusal, got ${JSON.stringify(r.success)}`)
  return r.failure.issues.map(({ path, code, zh, en }) => ({ path, code, zh, en }))
}

const runFailure = (caseId: unknown, expectedVersion: unknown): ReadonlyArray<Issue> => {
  const program = runMediationCommand(caseId, startCommand("2025-03-03"), { expectedVersion } as never)
  const exit = Effect.runSyncExit(program.pipe(Effect.provide(CaseStore.memory)))
  if (Exit.isSuccess(exit)) throw new Error("expected a refusal")
  const e = Cause.squash(exit.cause) as { readonly issues: ReadonlyArray<Issue> }
  return e.issues.map(({ path, code, zh, en }) => ({ path, code, zh, en }))
}

describe("zod/mini", () => {
  it("src imports zod only as zod/mini", () => {
    const files: string[] = []
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) walk(p)
        else if (p.endsWith(".ts")) files.push(p)
      }
    }
    walk(join(import.meta.dirname, "..", "src"))
    expect(files.length).toBeGreaterThan(30)
    const offenders = files.filter((f) => /from\s+["']zod(\/v4)?(\/classic)?["']/.test(readFileSync(f, "utf8")))
    expect(offenders).toEqual([])
  })

  it("exported schemas take mini's functions, and keep parse/safeParse", () => {
    expect("optional" in MediatorSchema).toBe(false)
    const WithPhone = z.extend(MediatorSchema, { phone: z.optional(z.string()) })
    expect(WithPhone.safeParse({ id: "m1", name: "王调解", phone: "123" }).success).toBe(true)
    expect(z.optional(PartySchema).safeParse(undefined).success).toBe(true)
    expect(CommitteeSchema.parse(committee)).toEqual(committee)
    // Still strict: an unknown key is refused, never stripped.
    expect(CommitteeSchema.safeParse({ ...committee, extra: 1 }).success).toBe(false)
  })
})

describe("refusals are those of the classic schemas (0.2), issue for issue", () => {
  const start = { ...startCommand("2025-03-03"), parties: [zhang, { ...company, creditCode: "91370200MA3C1234XY" }] }

  it.each<[string, unknown, ReadonlyArray<Issue>]>([
    [
      "text is trimmed, then measured",
      { ...start, summary: "   " },
      [{ path: ["summary"], code: "too_small", en: "Too small: expected string to have >=1 characters", zh: "数值过小：期望 string >=1 字符" }]
    ],
    [
      "a phone over 40 characters",
      { ...start, parties: [{ ...zhang, phone: "x".repeat(41) }, company] },
      [{ path: ["parties", 0, "phone"], code: "too_big", en: "Too big: expected string to have <=40 characters", zh: "数值过大：期望 string <=40 字符" }]
    ],
    [
      "fewer than two parties",
      { ...start, parties: [] },
      [{ path: ["parties"], code: "too_small", en: "Too small: expected array to have >=2 items", zh: "数值过小：期望 array >=2 项" }]
    ],
    ["duplicate party ids", { ...start, parties: [zhang, zhang] }, [{ path: ["parties"], code: "custom", en: "party ids must be unique", zh: "当事人编号不得重复" }]],
    [
      "an application that does not say written or oral",
      { ...start, applicationForm: undefined },
      [{ path: ["applicationForm"], code: "custom", en: "an application must say whether it was written or oral", zh: "当事人申请的，应注明书面或口头申请" }]
    ],
    ["an unknown key", { ...start, extra: 1 }, [{ path: [], code: "unrecognized_keys", en: 'Unrecognized key: "extra"', zh: '出现未知的键(key): "extra"' }]],
    [
      "an amount with three decimals",
      { ...start, amountInvolved: "1200.001" },
      [
        {
          path: ["amountInvolved"],
          code: "custom",
          en: 'an amount must be a non-negative decimal string in 元 with at most 2 decimals, e.g. "1200.00"',
          zh: '金额应为非负十进制字符串（单位：元，至多两位小数），如 "1200.00"'
        }
      ]
    ],
    [
      "a credit code that is not 18 characters",
      { ...start, parties: [zhang, { ...company, creditCode: "91370200MA3C1234XI" }] },
      [{ path: ["parties", 1, "creditCode"], code: "custom", en: "a unified social credit code has 18 characters", zh: "统一社会信用代码应为 18 位" }]
    ],
    [
      "a source outside the list",
      { ...start, source: "abc" },
      [
        {
          path: ["source"],
          code: "invalid_value",
          en: 'Invalid option: expected one of "application"|"committee-initiative"|"police-referral"|"court-referral"|"government-assignment"',
          zh: '无效选项：期望以下之一 "application"|"committee-initiative"|"police-referral"|"court-referral"|"government-assignment"'
        }
      ]
    ],
    [
      "an escalation time of 24:00",
      { type: "report-escalation", date: "2025-03-03", time: "24:00", risk: "violence", reportedTo: "police", authorityName: "派出所", measures: "稳控" },
      [{ path: ["time"], code: "custom", en: "time must be HH:mm", zh: "时间应为 HH:mm" }]
    ],
    [
      "more than three routes explained",
      { type: "end-mediation", date: "2025-03-03", reason: "调解不成", routesExplained: ["arbitration", "administrative", "judicial", "arbitration"] },
      [{ path: ["routesExplained"], code: "too_big", en: "Too big: expected array to have <=3 items", zh: "数值过大：期望 array <=3 项" }]
    ]
  ])("mediation command: %s", (_what, input, expected) => {
    expect(issuesOf(decodeMediationCommand(input))).toEqual(expected)
  })

  it("a trimmed text is stored trimmed", () => {
    const r = decodeMediationCommand({ ...start, source: "police-referral", referredBy: "  派出所  " })
    expect(Result.isSuccess(r) && r.success.type === "start" && r.success.referredBy).toBe("派出所")
  })

  it.each<[string, unknown, ReadonlyArray<Issue>]>([
    [
      "a count that is not whole",
      { type: "gather-consensus", date: "2025-04-01", opinions: "同意", consulted: 1.5 },
      [{ path: ["consulted"], code: "invalid_type", en: "Invalid input: expected int, received number", zh: "无效输入：期望 int，实际接收 数字" }]
    ],
    [
      "nobody consulted",
      { type: "gather-consensus", date: "2025-04-01", opinions: "同意", consulted: 0 },
      [{ path: ["consulted"], code: "too_small", en: "Too small: expected number to be >=1", zh: "数值过小：期望 number >=1" }]
    ],
    [
      "more than 100,000 consulted",
      { type: "gather-consensus", date: "2025-04-01", opinions: "同意", consulted: 100_001 },
      [{ path: ["consulted"], code: "too_big", en: "Too big: expected number to be <=100000", zh: "数值过大：期望 number <=100000" }]
    ],
    [
      "negative votes",
      { type: "hold-meeting", date: "2025-04-01", participants: [{ name: "甲", role: "stakeholder" }], resolution: "通过", votesFor: -1, votesAgainst: 0 },
      [{ path: ["votesFor"], code: "too_small", en: "Too small: expected number to be >=0", zh: "数值过小：期望 number >=0" }]
    ]
  ])("consultation command: %s", (_what, input, expected) => {
    expect(issuesOf(decodeConsultationCommand(input))).toEqual(expected)
  })

  it("sunshine command: a quarter not written 2025Q1", () => {
    expect(issuesOf(decodeSunshineCommand({ type: "schedule", date: "2025-01-05", village: "某村", quarter: "2025Q5" }))).toEqual([
      { path: ["quarter"], code: "custom", en: "a quarter is written 2025Q1", zh: "季度应写作 2025Q1" }
    ])
  })

  it("statistics: a period with an unknown key", () => {
    expect(issuesOf(committeeStatistics([], { from: "2025-01-01", to: "2025-12-31", extra: 1 } as never))).toEqual([
      { path: [], code: "unrecognized_keys", en: 'Unrecognized key: "extra"', zh: '出现未知的键(key): "extra"' }
    ])
  })

  it("the Effect entry: a blank case id, a negative or fractional expected version", () => {
    expect(runFailure("   ", undefined)).toEqual([{ path: [], code: "too_small", en: "Too small: expected string to have >=1 characters", zh: "数值过小：期望 string >=1 字符" }])
    expect(runFailure("c-1", -1)).toEqual([{ path: [], code: "too_small", en: "Too small: expected number to be >=0", zh: "数值过小：期望 number >=0" }])
    expect(runFailure("c-1", 1.5)).toEqual([{ path: [], code: "invalid_type", en: "Invalid input: expected int, received number", zh: "无效输入：期望 int，实际接收 数字" }])
  })
})

describe("every 0.1 camelCase type still decodes as its kebab-case one", () => {
  const date = "2025-03-03"
  const mediator = { id: "m1", name: "王调解" }
  const mediationCommands: Record<string, Record<string, unknown>> = {
    assignMediators: { date, selection: "committee-assigned", mediators: [mediator] },
    replaceMediator: { date, mediatorId: "m1", replacement: { id: "m2", name: "赵调解" }, requestedBy: "p1", reason: "申请回避" },
    inviteParticipant: { date, participant: { name: "王大姐", role: "social-organisation", organisation: "大姐说和队" }, consentingPartyIds: ["p1"] },
    recordInvestigation: { date, findings: "核实供货单据" },
    holdSession: { date, openness: "private", mediatorIds: ["m1"], attendingPartyIds: ["p1", "o1"], rightsExplained: true, record: "双方陈述" },
    reportEscalation: { date, time: "09:30", risk: "violence", reportedTo: "police", authorityName: "派出所", measures: "稳控" },
    extendTimeLimit: { date, until: "2025-05-01", consentingPartyIds: ["p1", "o1"] },
    draftAgreement: { date, contents: contents("2025-12-31") },
    signAgreement: { date, signature: { by: "committee-seal" } },
    reachOralAgreement: { date, contents: contents("2025-12-31") },
    endMediation: { date, reason: "调解不成", routesExplained: ["judicial"] },
    applyForConfirmation: { date, applicantPartyIds: ["p1", "o1"], court: "城阳区人民法院" },
    recordCourtDecision: { date, outcome: "confirmed" },
    applyForEnforcement: { date, partyId: "p1", ground: "refused-to-perform" },
    restartMediation: { date },
    recordFollowUp: { date, visitor: "王调解", performance: "performed", notes: "已付清" }
  }
  const mediationEvents: Record<string, Record<string, unknown>> = {
    mediatorsAssigned: mediationCommands["assignMediators"]!,
    mediatorReplaced: mediationCommands["replaceMediator"]!,
    participantInvited: mediationCommands["inviteParticipant"]!,
    investigationRecorded: mediationCommands["recordInvestigation"]!,
    sessionHeld: mediationCommands["holdSession"]!,
    escalationReported: mediationCommands["reportEscalation"]!,
    timeLimitExtended: mediationCommands["extendTimeLimit"]!,
    partyWithdrew: { date, partyId: "p1", kind: "refuses-mediation" },
    agreementDrafted: { date, form: "written", contents: contents("2025-12-31") },
    agreementSigned: mediationCommands["signAgreement"]!,
    agreementTookEffect: { date },
    mediationEnded: mediationCommands["endMediation"]!,
    confirmationApplied: { ...mediationCommands["applyForConfirmation"]!, windowEnd: "2025-04-02" },
    courtDecided: mediationCommands["recordCourtDecision"]!,
    enforcementApplied: mediationCommands["applyForEnforcement"]!,
    mediationRestarted: { date },
    followUpRecorded: mediationCommands["recordFollowUp"]!
  }
  const meeting = { date: "2025-04-01", participants: [{ name: "甲", role: "stakeholder" }], resolution: "通过", votesFor: 5, votesAgainst: 0 }
  const question = { date: "2025-01-15", itemId: "q1", asker: "村民甲", kind: "question", text: "修路款去向", handling: "answer-later" }
  const kebab = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  type Decoder = (u: unknown) => Result.Result<{ readonly type: string }, unknown>
  type Case = [what: string, type: string, decode: Decoder, body: Record<string, unknown>]
  const cases: Array<Case> = [
    ...Object.entries(mediationCommands).map(([t, b]): Case => ["mediation command", t, decodeMediationCommand, b]),
    ...Object.entries(mediationEvents).map(([t, b]): Case => ["mediation event", t, decodeMediationEvent, b]),
    ["consultation command", "gatherConsensus", decodeConsultationCommand, { date: "2025-04-01", opinions: "同意", consulted: 12 }],
    ["consultation command", "holdMeeting", decodeConsultationCommand, meeting],
    ["consultation event", "consensusGathered", decodeConsultationEvent, { date: "2025-04-01", opinions: "同意", consulted: 12 }],
    ["consultation event", "meetingHeld", decodeConsultationEvent, meeting],
    ["sunshine command", "raiseQuestion", decodeSunshineCommand, question],
    ["sunshine command", "closeItem", decodeSunshineCommand, { date: "2025-04-01", itemId: "q1", result: "已修路" }],
    ["sunshine event", "questionRaised", decodeSunshineEvent, question],
    ["sunshine event", "itemClosed", decodeSunshineEvent, { date: "2025-04-01", itemId: "q1", result: "已修路" }]
  ]

  it("covers all 41 names of 0.1", () => {
    expect(cases.length).toBe(41)
  })

  it.each(cases)("%s %s", (_what, type, decode, body) => {
    const r = decode({ type, ...body })
    if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
    expect(r.success.type).toBe(kebab(type))
  })
})
