import {
  assess, assessEffect, assessLevel, assignHours, decodeResponseSetEffect, determineEntitlementsEffect, gbt42195, InstrumentRegistry, isLoadedInstrument,
  levelRuleCitation, loadInstrumentUnsafe, ltc2021, mzt039, needsReassessmentEffect, nextReassessmentDate, tekunRules, tekunSelfCareLevelFromUnmet,
  UnknownInstrument, BARTHEL, BUILT_IN_LOADED, compareAssessments, determineEntitlements, GBT_42195, GBT_42195_2022,
  LICANG_CATALOGUE, loadDecisionTable, loadInstrument, needsReassessment, splitCost, TEKUN_SELF_CARE, tekunSelfCareLevel, XIASHAN_POLICY, ZIBO_CATEGORIES
} from "@minzheng/care-assessment"
import { isCoreError, isoDateUnsafe, Money, todayLayer } from "@minzheng/core"
import fc from "fast-check"
import { Cause, Effect, Exit, Result } from "effect"
import { describe, expect, it } from "vitest"

const instruments = [...BUILT_IN_LOADED.values()]

/** A full answer set: one option position per item. */
const answersArb = (ins = GBT_42195) => fc.tuple(...ins.data.items.map((it) => fc.nat({ max: it.options.length - 1 })))
const toForm = (ins: typeof GBT_42195, picks: ReadonlyArray<number>, extra: Record<string, unknown> = {}) => ({
  instrument: ins.data.id,
  answers: ins.data.items.map((it, i) => ({ item: it.id, option: it.options[picks[i] ?? 0]!.id })),
  ...extra
})
const contextArb = fc.record({
  diagnoses: fc.subarray(["F00", "F03.9", "F20", "F32.1", "I10", "E11"]),
  riskEvents: fc.record({ fall: fc.nat({ max: 3 }), choking: fc.nat({ max: 2 }), wandering: fc.nat({ max: 2 }) })
})

describe("laws of scoring (fast-check)", () => {
  it("the total is the sum of the item scores, and the domains add up to it", () => {
    fc.assert(
      fc.property(answersArb(), (picks) => {
        const a = Result.getOrThrow(assess(GBT_42195, toForm(GBT_42195, picks)))
        expect(a.total).toBe(a.items.reduce((s, i) => s + i.score, 0))
        expect(a.domains.reduce((s, d) => s + d.score, 0)).toBe(a.total)
      }),
      { numRuns: 200 }
    )
  })
  it("a worse answer on any item never gives a better level, with the same context", () => {
    fc.assert(
      fc.property(answersArb(), fc.nat({ max: 25 }), contextArb, (picks, item, ctx) => {
        const it0 = GBT_42195.data.items[item]!
        const p = picks[item] ?? 0
        const worse = [...picks]
        worse[item] = Math.min(p + 1, it0.options.length - 1)
        if ((it0.options[worse[item]!]?.score ?? 0) > (it0.options[p]?.score ?? 0)) return
        const ctxNoComa = { ...ctx }
        const a = Result.getOrThrow(assessLevel(GBT_42195, toForm(GBT_42195, picks, ctxNoComa)))
        const b = Result.getOrThrow(assessLevel(GBT_42195, toForm(GBT_42195, worse, ctxNoComa)))
        expect(GBT_42195.levelRank.get(b.level!)!).toBeGreaterThanOrEqual(GBT_42195.levelRank.get(a.level!)!)
      }),
      { numRuns: 300 }
    )
  })
  it("levels partition the score range: every total 0–max has exactly one level, and higher totals never worse", () => {
    for (const ins of instruments.filter((i) => i.data.levelRule.kind === "total-bands")) {
      let prev = -1
      for (let t = ins.maxTotal; t >= 0; t--) {
        const r = ins.rankByTotal[t]!
        expect(r).toBeGreaterThanOrEqual(0)
        expect(r).toBeGreaterThanOrEqual(prev)
        prev = r
      }
      if (ins.data.levelRule.kind === "total-bands") {
        const covered = ins.data.levelRule.bands.reduce((s, b) => s + (b.max - b.min + 1), 0)
        expect(covered).toBe(ins.maxTotal + 1)
      }
    }
  })
  it("adjustments never lower a level: the final level is never better than the preliminary one", () => {
    fc.assert(
      fc.property(answersArb(), contextArb, fc.boolean(), (picks, ctx, coma) => {
        const a = Result.getOrThrow(assessLevel(GBT_42195, toForm(GBT_42195, picks, { ...ctx, coma })))
        expect(GBT_42195.levelRank.get(a.level!)!).toBeGreaterThanOrEqual(GBT_42195.levelRank.get(a.preliminaryLevel!)!)
      }),
      { numRuns: 300 }
    )
  })
  it("the numbers-only path always agrees with the explained path", () => {
    fc.assert(
      fc.property(answersArb(), contextArb, (picks, ctx) => {
        const full = Result.getOrThrow(assess(GBT_42195, toForm(GBT_42195, picks, ctx)))
        const quick = Result.getOrThrow(assessLevel(GBT_42195, toForm(GBT_42195, picks, ctx)))
        expect([quick.total, quick.preliminaryLevel, quick.level]).toEqual([full.total, full.preliminaryLevel, full.level])
      }),
      { numRuns: 100 }
    )
  })
  it("the numbers-only path agrees with the explained path on every instrument: any answer order, instrument named or not, complete, provisional or refused", () => {
    // Calls follow one another on the shared scratch buffer, as in a batch (issue 18).
    fc.assert(
      fc.property(
        fc.nat({ max: instruments.length - 1 }).chain((k) =>
          fc.tuple(
            fc.constant(instruments[k]!),
            answersArb(instruments[k]!),
            fc.subarray(instruments[k]!.data.items.map((_, i) => i), { maxLength: 3 }),
            fc.nat({ max: 2 }),
            fc.constantFrom("in-order", "reversed", "one-moved"),
            fc.nat(),
            fc.boolean(),
            fc.boolean(),
            contextArb,
            fc.option(fc.constantFrom("answered-twice", "unknown-option", "extra-field"), { nil: undefined })
          )
        ),
        (args) => {
          const [ins, picks, dropped, tail, order, at, named, provisional, ctx, mistake] = args
          const { instrument, ...unnamed } = toForm(ins, picks, ctx)
          // some items left out, and `tail` more at the end (an in-order form that stops early)
          const n = ins.data.items.length
          const drop = [...new Set([...dropped, ...Array.from({ length: tail }, (_, j) => n - 1 - j)])]
          let answers: Array<Record<string, unknown>> = unnamed.answers.filter((_, i) => !drop.includes(i))
          if (order === "reversed") answers.reverse()
          if (order === "one-moved" && answers.length > 1) answers.splice(at % answers.length, 0, answers.splice((at >> 3) % answers.length, 1)[0]!)
          if (mistake === "answered-twice" && answers.length > 0) answers.push({ ...answers[at % answers.length]! })
          if (mistake === "unknown-option" && answers.length > 0) answers = answers.map((a, i) => (i === at % answers.length ? { ...a, option: "9x" } : a))
          if (mistake === "extra-field" && answers.length > 0) answers = answers.map((a, i) => (i === at % answers.length ? { ...a, note: "" } : a))
          const form = named ? { instrument, ...unnamed, answers } : { ...unnamed, answers }
          const full = assess(ins, form, { provisional })
          const quick = assessLevel(ins, form, { provisional })
          if (Result.isFailure(full)) {
            expect(Result.isFailure(quick) && quick.failure.issues).toEqual(full.failure.issues)
            if (mistake === undefined) expect(drop.length > 0 && !provisional).toBe(true)
            return
          }
          expect(mistake).toBeUndefined()
          const q = Result.getOrThrow(quick)
          const f = full.success
          expect([q.total, q.domainScores, q.preliminaryLevel, q.level, q.provisional]).toEqual([f.total, f.domains.map((d) => d.score), f.preliminaryLevel, f.level, f.provisional])
          expect([...f.missing].sort()).toEqual(drop.map((i) => ins.data.items[i]!.id).sort())
          expect(f.items.reduce((sum, i) => sum + i.score, 0)).toBe(f.total)
        }
      ),
      { numRuns: 300 }
    )
  })
  it("a provisional level range always contains the level of any completion", () => {
    fc.assert(
      fc.property(answersArb(), fc.subarray(GBT_42195_2022.items.map((i) => i.id), { minLength: 1, maxLength: 8 }), (picks, drop) => {
        const full = toForm(GBT_42195, picks)
        const partial = { ...full, answers: full.answers.filter((a) => !drop.includes(a.item)) }
        const p = Result.getOrThrow(assess(GBT_42195, partial, { provisional: true }))
        if (p.coma) return void expect(p.level).toBe("complete")
        const f = Result.getOrThrow(assessLevel(GBT_42195, full))
        const rank = (l: string | null) => GBT_42195.levelRank.get(l!)!
        expect(rank(f.level)).toBeGreaterThanOrEqual(rank(p.levelRange!.best))
        expect(rank(f.level)).toBeLessThanOrEqual(rank(p.levelRange!.worst))
      }),
      { numRuns: 150 }
    )
  })
  it("cost splits always sum to the cost exactly, to the 分", () => {
    const shares = fc.constantFrom({ government: "1", person: "0" }, { government: "0.8", person: "0.2" }, { government: "0.3", person: "0.7" }, { government: "0.333333", person: "0.666667" })
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), shares, (fen, share) => {
        const s = Result.getOrThrow(splitCost(Money.fen(fen), share))
        expect(s.government.plus(s.person).equals(s.total)).toBe(true)
        expect(s.government.decimal.times(100).isInteger() && s.person.decimal.times(100).isInteger()).toBe(true)
      }),
      { numRuns: 300 }
    )
  })
})

const typed = (f: () => unknown): void => {
  try {
    const r = f()
    if (Result.isResult(r) && Result.isFailure(r)) expect(isCoreError(r.failure)).toBe(true)
  } catch (e) {
    expect(isCoreError(e)).toBe(true)
  }
}

describe("arbitrary JSON gives only typed errors (fc.anything)", () => {
  const anything = fc.anything({ withObjectString: true, withNullPrototype: true })
  const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 150) }
  it("assess / assessLevel with any input and any options", () => {
    fc.assert(fc.property(anything, anything, (input, options) => {
      for (const ins of [GBT_42195, TEKUN_SELF_CARE, BARTHEL]) {
        typed(() => assess(ins, input, options as never))
        typed(() => assessLevel(ins, input, options as never))
      }
      typed(() => assess(input as never, input))
    }), runs)
  })
  it("assess with a form-shaped object whose fields are anything", () => {
    fc.assert(fc.property(anything, anything, anything, anything, (answers, diagnoses, riskEvents, coma) => {
      typed(() => assess(GBT_42195, { instrument: "gbt-42195-2022", answers, diagnoses, riskEvents, coma }))
      typed(() => assess(GBT_42195, { instrument: "gbt-42195-2022", answers: [answers, { item: "eating", option: answers }] }))
    }), runs)
  })
  it("loadInstrument, loadDecisionTable, determineEntitlements, needsReassessment, splitCost, assignHours, compare, tekunSelfCareLevel", () => {
    fc.assert(fc.property(anything, anything, (a, b) => {
      typed(() => loadInstrument(a))
      typed(() => loadDecisionTable(a, b as never))
      typed(() => determineEntitlements(XIASHAN_POLICY, a))
      typed(() => determineEntitlements(a as never, b))
      typed(() => determineEntitlements(ZIBO_CATEGORIES, { identity: "dibao", level: a, monthlyCost: b }))
      typed(() => needsReassessment(a, b))
      typed(() => splitCost(a as never, b as never))
      typed(() => assignHours(LICANG_CATALOGUE, a as never, b))
      typed(() => compareAssessments(GBT_42195, a as never, b as never))
      typed(() => tekunSelfCareLevel(a as never))
    }), runs)
  })
  it("the citation helpers, guards, unsafe loaders, reassessment date and 特困 count", () => {
    fc.assert(fc.property(anything, anything, anything, (a, b, c) => {
      typed(() => gbt42195(a as never, b as never))
      typed(() => mzt039(a as never, b as never))
      typed(() => ltc2021(a as never, b as never))
      typed(() => tekunRules(a as never))
      expect(typeof isLoadedInstrument(a)).toBe("boolean")
      typed(() => levelRuleCitation(a as never))
      typed(() => loadInstrumentUnsafe(a))
      typed(() => nextReassessmentDate(a as never, b as never, c as never))
      typed(() => tekunSelfCareLevelFromUnmet(a as never))
    }), runs)
  })
  it("the Effect layer fails only with typed errors (never a defect)", () => {
    const typedExit = (exit: Exit.Exit<unknown, unknown>): void => {
      if (Exit.isSuccess(exit)) return
      for (const reason of exit.cause.reasons) {
        expect(Cause.isFailReason(reason)).toBe(true)
        if (Cause.isFailReason(reason)) expect(isCoreError(reason.error) || reason.error instanceof UnknownInstrument).toBe(true)
      }
    }
    const today = todayLayer(isoDateUnsafe("2025-05-01"))
    fc.assert(fc.property(anything, anything, (a, b) => {
      typedExit(Effect.runSyncExit(decodeResponseSetEffect(a)))
      typedExit(Effect.runSyncExit(assessEffect(a, b as never).pipe(Effect.provide(InstrumentRegistry.builtIn))))
      typedExit(Effect.runSyncExit(assessEffect({ instrument: "gbt-42195-2022", answers: a }).pipe(Effect.provide(InstrumentRegistry.builtIn))))
      typedExit(Effect.runSyncExit(assessEffect(b).pipe(Effect.provide(InstrumentRegistry.withInstruments(a as never) as never)) as never))
      typedExit(Effect.runSyncExit(determineEntitlementsEffect(a, b)))
      typedExit(Effect.runSyncExit(determineEntitlementsEffect(XIASHAN_POLICY, a)))
      typedExit(Effect.runSyncExit(needsReassessmentEffect(a, b).pipe(Effect.provide(today))))
    }), { numRuns: Math.min(runs.numRuns, 100) })
  })
})
