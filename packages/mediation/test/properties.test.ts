import { addDays, CaseStore, isoDateUnsafe, makeMemoryCaseStore } from "@minzheng/core"
import {
  confirmationWindowUnsafe,
  handleMediationCommand,
  initialMediationState,
  type MediationEvent,
  type MediationState,
  replayMediation,
  runMediationCommand
} from "@minzheng/mediation"
import { Effect, Exit, Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { contents, run, startCommand, toAgreement } from "./fixtures.js"

const party = fc.constantFrom("p1", "o1", "zz")
const someParties = fc.constantFrom(["p1", "o1"], ["p1"], ["o1", "p1"], ["zz"])
const mediatorId = fc.constantFrom("m1", "m2", "m3")

/** A command template; its date is filled in by the sequence so dates mostly move forward. */
const commandAt = (date: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(startCommand(date)),
    fc.constant(startCommand(date, { category: "labour" })),
    fc.constant({ type: "accept", date }),
    fc.constantFrom("reserved-to-specialised-body", "already-resolved-by-authority").map((reason) => ({ type: "decline", date, reason })),
    fc.record({ ids: fc.uniqueArray(mediatorId, { minLength: 1, maxLength: 2 }), chosen: fc.boolean(), by: someParties }).map(({ ids, chosen, by }) => ({
      type: "assign-mediators",
      date,
      selection: chosen ? "parties-chosen" : "committee-assigned",
      mediators: ids.map((id) => ({ id, name: id })),
      ...(chosen ? { choosingPartyIds: by } : {})
    })),
    fc.record({ from: mediatorId, to: mediatorId, by: party }).map(({ from, to, by }) => ({ type: "replace-mediator", date, mediatorId: from, replacement: { id: to, name: to }, requestedBy: by, reason: "回避" })),
    someParties.map((ids) => ({ type: "invite-participant", date, participant: { name: "大姐说和队 王姐", role: "social-organisation" }, consentingPartyIds: ids })),
    fc.record({ m: mediatorId, pub: fc.boolean(), rights: fc.boolean(), obj: fc.boolean() }).map(({ m, pub, rights, obj }) => ({
      type: "hold-session",
      date,
      openness: pub ? "public" : "private",
      ...(obj ? { objectingPartyIds: ["o1"] } : {}),
      mediatorIds: [m],
      attendingPartyIds: ["p1", "o1"],
      rightsExplained: rights,
      record: "调解记录"
    })),
    fc.constant({ type: "report-escalation", date, time: "09:00", risk: "violence", reportedTo: "police", authorityName: "派出所", measures: "劝离" }),
    fc.record({ by: someParties, days: fc.integer({ min: 1, max: 90 }) }).map(({ by, days }) => ({ type: "extend-time-limit", date, until: addDays(isoDateUnsafe(date), days), consentingPartyIds: by })),
    party.map((partyId) => ({ type: "withdraw", date, partyId, kind: "asks-to-end" })),
    fc.constant({ type: "draft-agreement", date, contents: contents(addDays(isoDateUnsafe(date), 20)) }),
    fc.constant({ type: "reach-oral-agreement", date, contents: contents(addDays(isoDateUnsafe(date), 20)) }),
    fc.oneof(
      party.map((partyId) => ({ by: "party", partyId, method: "signature" })),
      mediatorId.map((id) => ({ by: "mediator", mediatorId: id })),
      fc.constant({ by: "committee-seal" })
    ).map((signature) => ({ type: "sign-agreement", date, signature })),
    fc.constantFrom([], ["judicial"], ["arbitration", "judicial"]).map((routes) => ({ type: "end-mediation", date, reason: "不成", routesExplained: routes })),
    someParties.map((ids) => ({ type: "apply-for-confirmation", date, applicantPartyIds: ids, court: "法院" })),
    fc.constantFrom("confirmed", "rejected").map((outcome) => ({ type: "record-court-decision", date, outcome })),
    party.map((partyId) => ({ type: "apply-for-enforcement", date, partyId, ground: "refused-to-perform" })),
    fc.constant({ type: "restart-mediation", date }),
    fc.constantFrom("performed", "not-performed").map((performance) => ({ type: "record-follow-up", date, visitor: "王", performance, notes: "回访" })),
    fc.constant({ type: "archive", date, fileNumber: "档" })
  )

const randomSequence = fc
  .array(fc.tuple(fc.integer({ min: -2, max: 12 }), fc.nat({ max: 1_000_000 })), { minLength: 1, maxLength: 45 })
  .chain((steps) => {
    let day = 0
    return fc.tuple(...steps.map(([step]) => {
      day = Math.max(0, day + step)
      return commandAt(addDays(isoDateUnsafe("2025-03-03"), day))
    }))
  })

/** Random commands, often after a prefix that takes the case to mediation or to an agreement. */
const sequence = fc
  .tuple(fc.constantFrom(0, 1, 4, 9), randomSequence)
  .map(([k, rest]) => [...toAgreement("2025-03-03", "2025-03-03").slice(0, k), ...rest])

/** Laws every reachable state keeps (spec: "Laws to test as properties"). */
const violations = (s: MediationState, events: ReadonlyArray<MediationEvent>): string[] => {
  const v: string[] = []
  if (s.agreement?.effectiveOn !== undefined && (s.acceptedOn === undefined || s.sessions.length === 0)) v.push("agreement without acceptance and a session")
  if (s.status === "agreed" && s.agreement?.effectiveOn === undefined) v.push("agreed without agreement")
  if (s.confirmation !== undefined) {
    const effective = s.agreement?.effectiveOn
    if (effective === undefined) v.push("confirmation without agreement")
    else if (s.confirmation.appliedOn > confirmationWindowUnsafe(effective).end) v.push("confirmation after window")
  }
  if (new Set(s.mediators.map((m) => m.id)).size !== s.mediators.length) v.push("duplicate mediator")
  for (let i = 1; i < events.length; i++) if ((events[i]?.date ?? "") < (events[i - 1]?.date ?? "")) v.push("dates go backwards")
  if (s.status === "archived" && events.at(-1)?.type !== "archived") v.push("event after archive")
  return v
}

describe("laws of the mediation case (fast-check)", () => {
  it("random command sequences never reach an inconsistent state, and replaying the events gives the same state", () => {
    const reached = new Set<string>()
    const run = (commands: ReadonlyArray<unknown>) => {
        let state = initialMediationState
        const events: MediationEvent[] = []
        for (const c of commands) {
          const before = state.status
          const r = handleMediationCommand(state, c)
          if (Result.isSuccess(r)) {
            if (["failed", "withdrawn", "not-accepted", "archived"].includes(before)) {
              expect((c as { type: string }).type).toBe("archive")
            }
            state = r.success.state
            events.push(...r.success.events)
          } else {
            expect(["TransitionRefused", "InvalidInput"]).toContain(r.failure._tag)
          }
          expect(violations(state, events)).toEqual([])
        }
        reached.add(state.status)
        expect(replayMediation(events)).toEqual(state)
        expect(replayMediation(JSON.parse(JSON.stringify(events)) as MediationEvent[])).toEqual(state)
    }
    fc.assert(fc.property(sequence, (commands) => run(commands)), { numRuns: 150 })
    // The generator reaches the interesting states, not only refusals. A random run of 150 may
    // miss one; a fixed-seed sample tops the coverage up so this check is deterministic.
    const wanted = ["agreed", "mediating", "failed", "withdrawn"]
    if (!wanted.every((s) => reached.has(s))) for (const commands of fc.sample(sequence, { seed: 20251001, numRuns: 400 })) run(commands)
    expect([...reached].sort()).toEqual(expect.arrayContaining(wanted))
  })

  it("no command sequence reaches an agreement without acceptance", () => {
    fc.assert(
      fc.property(sequence, (commands) => {
        let state = initialMediationState
        for (const c of commands) {
          if ((c as { type: string }).type === "accept" || (c as { type: string }).type === "reach-oral-agreement") continue
          const r = handleMediationCommand(state, c)
          if (Result.isSuccess(r)) state = r.success.state
        }
        expect(state.agreement?.effectiveOn).toBeUndefined()
      }),
      { numRuns: 80 }
    )
  })

  it("a confirmation application is accepted exactly up to the window's last day (holiday extension included)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 330 }), fc.integer({ min: 0, max: 45 }), (offset, after) => {
        const effectiveOn = addDays(isoDateUnsafe("2025-01-02"), offset)
        const { state } = run(toAgreement(effectiveOn, effectiveOn))
        const date = addDays(effectiveOn, after)
        const r = handleMediationCommand(state, { type: "apply-for-confirmation", date, applicantPartyIds: ["p1", "o1"], court: "法院" })
        expect(Result.isSuccess(r)).toBe(date <= confirmationWindowUnsafe(effectiveOn).end)
      }),
      { numRuns: 60 }
    )
  })
})

describe("arbitrary JSON as a command", () => {
  it("the pure entry point returns a typed error, never throws", () => {
    const agreed = run(toAgreement("2025-03-03", "2025-03-11")).state
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(initialMediationState, agreed), (input, state) => {
        const r = handleMediationCommand(state, input)
        expect(Result.isFailure(r) ? ["InvalidInput", "TransitionRefused"] : ["x"]).toContain(Result.isFailure(r) ? r.failure._tag : "x")
      }),
      { numRuns: 300 }
    )
  })

  it("through the store: a typed error and not a single event written", () => {
    const store = makeMemoryCaseStore()
    Effect.runSync(Effect.forEach(toAgreement("2025-03-03", "2025-03-11"), (c) => runMediationCommand("c", c)).pipe(Effect.provideService(CaseStore, store)))
    const before = Effect.runSync(store.read("c")).length
    fc.assert(
      fc.property(fc.oneof(fc.constant("c"), fc.anything()), fc.anything(), (caseId, input) => {
        const exit = Effect.runSyncExit(
          Effect.flip(runMediationCommand(caseId, input)).pipe(Effect.provideService(CaseStore, store))
        )
        expect(Exit.isSuccess(exit)).toBe(true)
        if (Exit.isSuccess(exit)) expect(["InvalidInput", "TransitionRefused", "VersionConflict", "CalendarYearNotCovered"]).toContain(exit.value._tag)
        expect(Effect.runSync(store.read("c")).length).toBe(before)
      }),
      { numRuns: 200 }
    )
  })
})
