// The compiled (fast) form check and the listing (full) check are internal; they are tested here
// directly because the public functions run the full check only when the fast one gives up.
import { assess, assessLevel, BUILT_IN_LOADED, GBT_42195, loadInstrument, TEKUN_SELF_CARE, TEKUN_SELF_CARE_2021 } from "@minzheng/care-assessment"
import { isIsoDate } from "@minzheng/core"
import fc from "fast-check"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { compiledOf } from "../src/internal/compiled-instrument.js"
import { type Checked, checkForm, fastCheck, fullCheck } from "../src/internal/form-check.js"

const instruments = [...BUILT_IN_LOADED.values()]
const runs = Number(process.env.FUZZ_RUNS ?? 300)

/** A checked form as plain data (the buffer copied), to compare two checks. */
const plain = (c: Checked | ReadonlyArray<unknown> | undefined): unknown =>
  c === undefined || Array.isArray(c) ? c : { ...(c as Checked), chosen: [...(c as Checked).chosen] }

/** A filled form for one instrument, in one of the ways caseworkers' systems send them. */
const validFormArb = (k: number) => {
  const ins = instruments[k]!
  const items = ins.data.items
  return fc
    .record({
      picks: fc.tuple(...items.map((it) => fc.nat({ max: it.options.length - 1 }))),
      byClause: fc.boolean(),
      shuffle: fc.boolean(),
      drop: fc.subarray(items.map((_, i) => i), { maxLength: 3 }),
      coma: fc.option(fc.boolean(), { nil: undefined }),
      diagnoses: fc.option(fc.subarray(["F00", "F03.9", "F20", "F32.1", "I10", "E11"]), { nil: undefined }),
      riskEvents: fc.option(fc.record({ fall: fc.nat({ max: 3 }), choking: fc.nat({ max: 2 }), "suicide-self-harm": fc.nat({ max: 1 }) }, { requiredKeys: [] }), { nil: undefined }),
      assessedOn: fc.option(fc.constantFrom("2025-03-01", "2024-02-29", "1900-01-01", "2199-12-31"), { nil: undefined })
    })
    .map((s) => {
      const answers = items.map((it, i) => ({ item: s.byClause ? it.clause : it.id, option: it.options[s.picks[i]!]!.id })).filter((_, i) => !s.drop.includes(i))
      if (s.shuffle) answers.reverse()
      return {
        form: {
          instrument: ins.data.id,
          answers,
          ...(s.coma === undefined ? {} : { coma: s.coma }),
          ...(s.diagnoses === undefined ? {} : { diagnoses: s.diagnoses }),
          ...(s.riskEvents === undefined ? {} : { riskEvents: s.riskEvents }),
          ...(s.assessedOn === undefined ? {} : { assessedOn: s.assessedOn })
        } as Record<string, unknown>,
        dropped: s.drop.length
      }
    })
}

/** One thing a badly filled or hostile form can get wrong. */
const mutationArb = fc.oneof(
  fc.record({
    at: fc.constant("one-risk-event"),
    key: fc.constantFrom("fall", "other", "wandering", "falls", "__proto__"),
    value: fc.oneof(fc.double(), fc.integer({ min: -5, max: 1005 }), fc.constant(undefined), fc.anything())
  }),
  fc.record({ at: fc.constant("one-diagnosis"), value: fc.oneof(fc.constantFrom("F01", "F1", "f01", "F01.", "F01.12345", "Z99.9", " F01"), fc.string({ maxLength: 6 }), fc.anything()) }),
  fc.record({ at: fc.constantFrom("instrument", "assessedOn", "coma", "diagnoses", "riskEvents", "answers", "extra"), value: fc.anything() }),
  fc.record({ answer: fc.nat({ max: 40 }), field: fc.constantFrom("item", "option", "extra", "whole", "duplicate"), value: fc.oneof(fc.anything(), fc.string(), fc.constantFrom("B.1.1", "eating", "0", "4", "coma", "met")) })
)

const mutate = (form: Record<string, unknown>, m: unknown): Record<string, unknown> => {
  const mm = m as { at?: string; key?: string; value: unknown; answer?: number; field?: string }
  const out: Record<string, unknown> = { ...form, answers: Array.isArray(form.answers) ? [...(form.answers as Array<unknown>)] : form.answers }
  if (mm.at === "one-risk-event") {
    const ev = typeof out.riskEvents === "object" && out.riskEvents !== null ? { ...out.riskEvents } : {}
    Object.defineProperty(ev, mm.key!, { value: mm.value, enumerable: true, configurable: true, writable: true })
    out.riskEvents = ev
    return out
  }
  if (mm.at === "one-diagnosis") {
    out.diagnoses = [...(Array.isArray(out.diagnoses) ? out.diagnoses : []), mm.value]
    return out
  }
  if (mm.at !== undefined) {
    out[mm.at === "extra" ? "remarks" : mm.at] = mm.value
    return out
  }
  const answers = out.answers
  if (!Array.isArray(answers) || answers.length === 0) return out
  const i = (mm.answer ?? 0) % answers.length
  const a: unknown = answers[i]
  const fields = typeof a === "object" && a !== null ? { ...a } : {}
  if (mm.field === "whole") answers[i] = mm.value
  else if (mm.field === "duplicate") answers.push(fields)
  else answers[i] = { ...fields, [mm.field === "extra" ? "note" : mm.field!]: mm.value }
  return out
}

describe("the compiled form check agrees with the full check", () => {
  it("a correctly filled form (any order, by id or clause, complete or provisional) is accepted on the fast path with the full path's result", () => {
    fc.assert(
      fc.property(fc.nat({ max: instruments.length - 1 }).chain((k) => fc.tuple(fc.constant(k), validFormArb(k))), ([k, { form, dropped }]) => {
        const v = compiledOf(instruments[k]!)!.validator
        const n = instruments[k]!.data.items.length
        const fast = fastCheck(v, form, true, new Int32Array(n))
        expect(fast).toBeDefined()
        expect(plain(fast)).toEqual(plain(fullCheck(v, form, true, new Int32Array(n))))
        if (dropped === 0) expect(plain(fastCheck(v, form, false, new Int32Array(n)))).toEqual(plain(fast))
      }),
      { numRuns: runs }
    )
  })
  it("a form with mistakes gets the same answer on both paths: the fast path gives up, the full path lists every problem", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: instruments.length - 1 }).chain((k) => fc.tuple(fc.constant(k), validFormArb(k), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.boolean())),
        ([k, { form }, mutations, provisional]) => {
          const bad = mutations.reduce<Record<string, unknown>>((f, m) => mutate(f, m), form)
          const v = compiledOf(instruments[k]!)!.validator
          const n = instruments[k]!.data.items.length
          const full = fullCheck(v, bad, provisional, new Int32Array(n))
          const fast = fastCheck(v, bad, provisional, new Int32Array(n))
          if (Array.isArray(full)) expect(fast).toBeUndefined()
          if (fast !== undefined) expect(plain(fast)).toEqual(plain(full))
          expect(plain(checkForm(v, bad, provisional, new Int32Array(n)))).toEqual(plain(full))
        }
      ),
      { numRuns: runs }
    )
  })
  it("anything at all gets the same answer on both paths", () => {
    const v = compiledOf(GBT_42195)!.validator
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), fc.boolean(), (input, provisional) => {
        const full = fullCheck(v, input, provisional, new Int32Array(26))
        const fast = fastCheck(v, input, provisional, new Int32Array(26))
        if (Array.isArray(full)) expect(fast).toBeUndefined()
        else expect(plain(fast ?? full)).toEqual(plain(full))
      }),
      { numRuns: runs }
    )
  })
  it("the fast path does not depend on what the shared buffer holds from an earlier form (answers in order, one moved, one answered twice)", () => {
    // The fast path clears the buffer only from the first answer out of place (issue 18): a
    // buffer left dirty by another form must not change its answer.
    fc.assert(
      fc.property(
        fc.nat({ max: instruments.length - 1 }).chain((k) =>
          fc.tuple(
            fc.constant(k),
            validFormArb(k),
            fc.array(fc.integer({ min: -1, max: 5 }), { minLength: instruments[k]!.data.items.length, maxLength: instruments[k]!.data.items.length }),
            fc.nat(),
            fc.nat(),
            fc.constantFrom("none", "move", "twice"),
            fc.boolean()
          )
        ),
        ([k, { form }, dirty, from, to, change, provisional]) => {
          const answers = [...(form.answers as Array<unknown>)]
          if (answers.length > 0 && change === "move") answers.splice(to % answers.length, 0, answers.splice(from % answers.length, 1)[0])
          if (answers.length > 0 && change === "twice") answers.splice(to % (answers.length + 1), 0, { ...(answers[from % answers.length] as object) })
          const changed = { ...form, answers }
          const v = compiledOf(instruments[k]!)!.validator
          const n = instruments[k]!.data.items.length
          const full = fullCheck(v, changed, provisional, new Int32Array(n))
          const fast = fastCheck(v, changed, provisional, Int32Array.from(dirty))
          if (Array.isArray(full)) expect(fast).toBeUndefined()
          else expect(plain(fast ?? full)).toEqual(plain(full))
          if (change === "none" && !Array.isArray(full)) expect(fast).toBeDefined()
        }
      ),
      { numRuns: runs }
    )
  })
  it("a form with two problems still gets both listed (the fast path never hides the second)", () => {
    const answers = GBT_42195.data.items.map((it) => ({ item: it.id, option: it.options[0]!.id }))
    answers[0] = { item: "eating", option: "7" }
    answers[1] = { item: "eating", option: "0" }
    const r = assess(GBT_42195, { instrument: "gbt-42195-2022", answers, coma: "yes" })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["invalid_type", "option_not_allowed", "missing_items"])
  })
})

describe("the one-character option table of the fast path (issue 18)", () => {
  // 特困 self-care with its options renamed: one-character ids outside ASCII ("是"/"否"), and ids
  // that share a first character ("a"/"ab"), so the table, its miss and the id scan all run.
  const renamed = (id: string, i: number): string => (i % 2 === 0 ? (id === "met" ? "是" : "否") : id === "met" ? "a" : "ab")
  const ins = Result.getOrThrow(
    loadInstrument({ ...TEKUN_SELF_CARE_2021, id: "tekun-renamed", items: TEKUN_SELF_CARE_2021.items.map((it, i) => ({ ...it, options: it.options.map((o) => ({ ...o, id: renamed(o.id, i) })) })) })
  )
  const v = compiledOf(ins)!.validator
  it("every one of the 64 forms gets the same check on both paths, and the level of the original ids", () => {
    for (let mask = 0; mask < 64; mask++) {
      const pick = (i: number): string => ((mask >> i) & 1 ? "met" : "not-met")
      const form = { instrument: "tekun-renamed", answers: TEKUN_SELF_CARE_2021.items.map((it, i) => ({ item: it.id, option: renamed(pick(i), i) })) }
      const fast = fastCheck(v, form, false, new Int32Array(6))
      expect(fast).toBeDefined()
      expect(plain(fast)).toEqual(plain(fullCheck(v, form, false, new Int32Array(6))))
      const original = { instrument: "tekun-self-care-2021", answers: TEKUN_SELF_CARE_2021.items.map((it, i) => ({ item: it.id, option: pick(i) })) }
      expect(Result.getOrThrow(assessLevel(ins, form)).level).toBe(Result.getOrThrow(assessLevel(TEKUN_SELF_CARE, original)).level)
    }
  })
  it("an id the item does not have is refused on both paths, whatever its first character", () => {
    for (const option of ["b", "a ", "是否", "否 ", "", "1"]) {
      const form = { instrument: "tekun-renamed", answers: TEKUN_SELF_CARE_2021.items.map((it, i) => ({ item: it.id, option: i === 1 ? option : renamed("met", i) })) }
      expect(fastCheck(v, form, false, new Int32Array(6))).toBeUndefined()
      expect(Array.isArray(fullCheck(v, form, false, new Int32Array(6)))).toBe(true)
    }
  })
})
