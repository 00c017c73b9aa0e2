/**
 * Issue 16 (one API dialect): kebab-case command and event types (with the pre-0.2 camelCase ones
 * still read), every closed set exported with its Chinese and English names, the `…Unsafe` twin
 * throwing the error its `Result` carries, `undefined` only as a normal answer.
 */
import { CaseStore, Result } from "@minzheng/core"
import * as mediation from "@minzheng/mediation"
import {
  CASE_DOCUMENT_NAMES,
  conclusionDate,
  CONSULTATION_COMMAND_NAMES,
  ConsultationCommandSchema,
  decideMediation,
  decideMediationUnsafe,
  decodeConsultationCommand,
  decodeMediationCommand,
  decodeMediationEvent,
  decodeSunshineEvent,
  DocumentUnavailable,
  initialMediationState,
  labourArbitrationRight,
  loadMediationCase,
  MEDIATION_COMMAND_NAMES,
  MEDIATION_EVENT_NAMES,
  MediationCommandSchema,
  MediationEventSchema,
  nextFollowUpDue,
  SUNSHINE_COMMAND_NAMES,
  SunshineCommandSchema
} from "@minzheng/mediation"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { run, startCommand, toAgreement } from "./fixtures.js"

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/
// The schemas are zod/mini: a union's members are in `def.options`, a literal's values in `def.values`.
const optionsOf = (schema: { readonly def: { readonly options: ReadonlyArray<{ readonly shape: { readonly type: { readonly def: { readonly values: ReadonlyArray<unknown> } } } }> } }) =>
  schema.def.options.map((o) => o.shape.type.def.values[0] as string).sort()

describe("closed sets", () => {
  // Every exported *_NAMES table: kebab-case members, each with a Chinese name (no Latin letters)
  // and an English one.
  const tables = Object.entries(mediation).filter(([name, v]) => name.endsWith("_NAMES") && typeof v === "object" && v !== null) as Array<
    [string, Readonly<Record<string, { zh: string; en: string }>>]
  >

  it("are exported as *_NAMES tables, the committee kinds among them", () => {
    expect(tables.length).toBeGreaterThanOrEqual(30)
    expect(mediation.COMMITTEE_KIND_NAMES.residents.zh).toBe("居民委员会人民调解委员会")
    expect(mediation.COMMITTEE_KINDS).toContain("residents")
  })

  it.each(tables)("%s: kebab-case members with zh and en names", (_name, table) => {
    for (const [member, names] of Object.entries(table)) {
      // Outcome buckets are the keys of CommitteeStatistics.outcomes: data keys, camelCase.
      if (_name !== "OUTCOME_NAMES") expect(member).toMatch(KEBAB)
      expect(names.zh.length).toBeGreaterThan(0)
      expect(names.en.length).toBeGreaterThan(0)
      expect(names.zh).not.toMatch(/[A-Za-z]/)
    }
  })

  it("name every command and event type, and nothing else", () => {
    expect(Object.keys(MEDIATION_COMMAND_NAMES).sort()).toEqual(optionsOf(MediationCommandSchema as never))
    expect(Object.keys(MEDIATION_EVENT_NAMES).sort()).toEqual(optionsOf(MediationEventSchema as never))
    expect(Object.keys(CONSULTATION_COMMAND_NAMES).sort()).toEqual(optionsOf(ConsultationCommandSchema as never))
    expect(Object.keys(SUNSHINE_COMMAND_NAMES).sort()).toEqual(optionsOf(SunshineCommandSchema as never))
  })

  it("schemas take their values from the tables", () => {
    const s = startCommand("2025-03-03", { source: "government-assignment", referredBy: "城阳区信访局" })
    expect(Result.isSuccess(decodeMediationCommand(s))).toBe(true)
    const bad = decodeMediationCommand({ type: "record-court-decision", date: "2025-03-28", outcome: "approved" })
    expect(Result.isFailure(bad) && bad.failure.issues[0]?.path).toEqual(["outcome"])
  })

  it("DocumentUnavailable names the document from CASE_DOCUMENT_NAMES, in Chinese", () => {
    expect(CASE_DOCUMENT_NAMES["session-record"].zh).toBe("调解笔录（调解工作记录）")
    expect(new DocumentUnavailable({ document: "session-record", reason: { zh: "尚无调解记录", en: "no session yet" } }).messageZh).toBe("无法生成调解笔录：尚无调解记录")
  })
})

describe("kebab-case types, the camelCase ones of 0.1 still read", () => {
  it("decodes a camelCase command as its kebab-case one", () => {
    const r = decodeMediationCommand({ type: "assignMediators", date: "2025-03-04", selection: "committee-assigned", mediators: [{ id: "m1", name: "王调解" }] })
    expect(Result.isSuccess(r) && r.success.type).toBe("assign-mediators")
    const c = decodeConsultationCommand({ type: "gatherConsensus", date: "2025-04-01", opinions: "同意", consulted: 12 })
    expect(Result.isSuccess(c) && c.success.type).toBe("gather-consensus")
  })

  it("decodes a stored camelCase event as its kebab-case one", () => {
    const r = decodeMediationEvent({ type: "agreementTookEffect", date: "2025-03-11" })
    expect(Result.isSuccess(r) && r.success).toEqual({ type: "agreement-took-effect", date: "2025-03-11" })
    const s = decodeSunshineEvent({ type: "itemClosed", date: "2025-04-01", itemId: "q1", result: "已修路" })
    expect(Result.isSuccess(s) && s.success.type).toBe("item-closed")
  })

  it("an unknown type is still refused", () => {
    expect(Result.isFailure(decodeMediationCommand({ type: "AssignMediators", date: "2025-03-04" }))).toBe(true)
  })

  it("a case stored with the 0.1 event types loads and takes new commands", () => {
    const { events } = run(toAgreement("2025-03-03", "2025-03-11"))
    const camel = (type: string) => type.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    const legacy = events.map((e) => ({ ...e, type: camel(e.type) }))
    expect(legacy.some((e) => e.type === "agreementTookEffect")).toBe(true)
    const program = Effect.gen(function* () {
      const store = yield* CaseStore
      yield* store.append("c-old", 0, legacy)
      return yield* loadMediationCase("c-old")
    })
    const loaded = Effect.runSync(program.pipe(Effect.provide(CaseStore.memory)))
    expect(loaded.state.status).toBe("agreed")
    expect(loaded.events.every((e) => KEBAB.test(e.type))).toBe(true)
  })
})

describe("one way to fail", () => {
  it("decideMediationUnsafe throws the error decideMediation returns", () => {
    const command = { type: "accept", date: "2025-03-04" } as never
    const r = decideMediation(initialMediationState, command)
    expect(Result.isFailure(r) && r.failure._tag).toBe("TransitionRefused")
    let thrown: unknown
    try {
      decideMediationUnsafe(initialMediationState, command)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toEqual(Result.isFailure(r) ? r.failure : undefined)
    expect((thrown as { _tag?: string })._tag).toBe("TransitionRefused")
  })

  it("undefined is only the normal 'none' answer", () => {
    const { state } = run(toAgreement("2025-03-03", "2025-03-11"))
    expect(conclusionDate(initialMediationState)).toBeUndefined()
    expect(conclusionDate(state)).toBe("2025-03-11")
    expect(nextFollowUpDue(initialMediationState)).toBeUndefined()
    expect(labourArbitrationRight(state)).toBeUndefined() // a contract dispute
    // A broken precondition is a typed defect, never undefined.
    expect(() => conclusionDate({} as never)).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
  })
})
