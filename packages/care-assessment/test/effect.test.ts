import { assessEffect, BARTHEL_100, determineEntitlementsEffect, InstrumentRegistry, needsReassessmentEffect, XIASHAN_POLICY } from "@minzheng/care-assessment"
import { isoDateUnsafe, todayLayer } from "@minzheng/core"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { answersWithTotal } from "./helpers.js"

const run = <A, E>(e: Effect.Effect<A, E, InstrumentRegistry>, layer = InstrumentRegistry.builtIn) => Effect.runSyncExit(e.pipe(Effect.provide(layer)))

describe("the Effect layer", () => {
  it("scores a Barthel form with the built-in registry", () => {
    const exit = run(assessEffect({ instrument: "barthel-100", answers: answersWithTotal(BARTHEL_100, 60) }))
    expect(Exit.isSuccess(exit) && exit.value.level).toBe("moderate-dependence")
  })
  it("an instrument nobody registered fails with UnknownInstrument, in both languages", () => {
    const exit = run(assessEffect({ instrument: "adl-2030", answers: [] }))
    expect(Exit.isFailure(exit)).toBe(true)
    const e = Exit.isFailure(exit) ? exit.cause.reasons[0] : undefined
    expect(JSON.stringify(e)).toContain("UnknownInstrument")
  })
  it("a city's own instrument can be registered from data and used", () => {
    const local = { ...BARTHEL_100, id: "barthel-local", version: "2025.1" }
    const exit = run(assessEffect({ instrument: "barthel-local", answers: answersWithTotal(BARTHEL_100, 100) }), InstrumentRegistry.withInstruments([local]) as never)
    expect(Exit.isSuccess(exit) && exit.value.version).toBe("2025.1")
  })
  it("a broken instrument fails the layer with InvalidInput", () => {
    const exit = run(assessEffect({ instrument: "x", answers: [] }), InstrumentRegistry.withInstruments([{ id: "x" }]) as never)
    expect(Exit.isFailure(exit)).toBe(true)
  })
  it("entitlements and reassessment run through the layer too", () => {
    const d = Effect.runSync(determineEntitlementsEffect(XIASHAN_POLICY, { identity: "other", level: "moderate", setting: "institution", monthlyCost: "100.00" }))
    expect(d.entitlements[0]?.costSplit?.person.toString()).toBe("70.00")
    const s = Effect.runSync(needsReassessmentEffect({ assessments: [] }).pipe(Effect.provide(todayLayer(isoDateUnsafe("2025-05-01")))))
    expect(s.reasons).toEqual(["never-assessed"])
  })
})
