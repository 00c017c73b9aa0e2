/**
 * The Effect layer of `@minzheng/care-assessment`: an {@link InstrumentRegistry} service (the
 * built-in instruments are its default layer; a city adds its own from data), and effects that
 * decode untrusted input with typed errors and call the pure core. Nothing is implemented twice.
 *
 * @module
 */
import { decodeEffect, type InvalidInput, invalidInput, issue, type IsoDate, IsoDateSchema, Today } from "@minzheng/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import { type DecisionTable, determineEntitlements, type EntitlementDecision, loadDecisionTable } from "../entitlement/decision-table.js"
import { UnknownInstrument } from "../errors.js"
import { loadInstrument } from "../instrument/instrument.js"
import type { LoadedInstrument } from "../instrument/model.js"
import { BUILT_IN_LOADED } from "../instruments/built-in.js"
import { needsReassessment, type ReassessmentStatus } from "../reassessment/reassessment.js"
import { assess } from "../scoring/assess.js"
import type { Assessment, AssessOptions } from "../scoring/model.js"
import { decodeResponseSet, type ResponseSet } from "../scoring/response-set.js"
import { isRecord } from "../internal/guard.js"

/**
 * What the registry offers: look an instrument up by id, and list what is registered.
 *
 * @example
 * ```ts
 * import type { InstrumentRegistryShape } from "@minzheng/care-assessment"
 * const ids = (r: InstrumentRegistryShape) => r.ids
 * ```
 * @category effect
 * @since 0.1.0
 */
export interface InstrumentRegistryShape {
  readonly get: (id: string) => Effect.Effect<LoadedInstrument, UnknownInstrument>
  readonly ids: ReadonlyArray<string>
}

const make = (instruments: ReadonlyMap<string, LoadedInstrument>): InstrumentRegistryShape => {
  const ids = [...instruments.keys()]
  return {
    ids,
    get: (id) => {
      const found = instruments.get(id)
      return found === undefined ? Effect.fail(new UnknownInstrument({ id: String(id), known: ids })) : Effect.succeed(found)
    }
  }
}

/**
 * 评估工具登记 (instrument registry): the instruments an application scores with.
 * `InstrumentRegistry.builtIn` (GB/T 42195-2022, 特困 self-care, Barthel) is the default layer;
 * `InstrumentRegistry.withInstruments(data)` adds instruments supplied as data (checked, each
 * problem listed; an instrument with a built-in id replaces it).
 *
 * @example
 * ```ts
 * import { InstrumentRegistry } from "@minzheng/care-assessment"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const registry = yield* InstrumentRegistry
 *   return (yield* registry.get("gbt-42195-2022")).maxTotal
 * })
 * Effect.runSync(program.pipe(Effect.provide(InstrumentRegistry.builtIn))) //=> 90
 * ```
 * @category effect
 * @since 0.1.0
 */
export class InstrumentRegistry extends Context.Service<InstrumentRegistry, InstrumentRegistryShape>()("@minzheng/care-assessment/InstrumentRegistry") {
  /**
   * The built-in instruments: the default layer.
   *
   * @example
   * ```ts
   * import { InstrumentRegistry } from "@minzheng/care-assessment"
   * const layer = InstrumentRegistry.builtIn
   * ```
   */
  static readonly builtIn: Layer.Layer<InstrumentRegistry> = Layer.succeed(InstrumentRegistry, make(BUILT_IN_LOADED))

  /**
   * The built-in instruments plus instruments supplied as data.
   *
   * @example
   * ```ts
   * import { InstrumentRegistry, BARTHEL_100 } from "@minzheng/care-assessment"
   * const layer = InstrumentRegistry.withInstruments([{ ...BARTHEL_100, id: "barthel-100-local" }])
   * ```
   */
  static withInstruments(instruments: ReadonlyArray<unknown>): Layer.Layer<InstrumentRegistry, InvalidInput> {
    return Layer.effect(
      InstrumentRegistry,
      Effect.gen(function* () {
        const map = new Map(BUILT_IN_LOADED)
        const list: ReadonlyArray<unknown> = Array.isArray(instruments) ? instruments : [instruments]
        for (const data of list) {
          const r = loadInstrument(data)
          if (Result.isFailure(r)) return yield* Effect.fail(r.failure)
          map.set(r.success.data.id, r.success)
        }
        return make(map)
      })
    )
  }
}

/**
 * {@link decodeResponseSet} as an Effect failing with `InvalidInput`.
 *
 * @example
 * ```ts
 * import { decodeResponseSetEffect } from "@minzheng/care-assessment"
 * import { Effect } from "effect"
 * Effect.runSync(decodeResponseSetEffect({ instrument: "barthel-100", answers: [] })).answers //=> []
 * ```
 * @category effect
 * @since 0.1.0
 */
export const decodeResponseSetEffect = (input: unknown): Effect.Effect<ResponseSet, InvalidInput> =>
  Effect.suspend(() => {
    const r = decodeResponseSet(input)
    return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
  })

/**
 * Scores a response set with the instrument it names, taken from the {@link InstrumentRegistry}
 * (see {@link assess}). Here the form's `instrument` is required: it is how the registry finds
 * the instrument (with {@link assess}, where the instrument is passed in, it is optional). A form
 * without it fails with `InvalidInput` at path `["instrument"]`; an id the registry does not know
 * fails with {@link UnknownInstrument}.
 *
 * @example
 * ```ts
 * import { assessEffect, InstrumentRegistry } from "@minzheng/care-assessment"
 * import { Effect } from "effect"
 * const ids = ["eating", "dressing", "getting-in-out-of-bed", "toileting", "indoor-walking", "bathing"]
 * const form = { instrument: "tekun-self-care-2021", answers: ids.map((item) => ({ item, option: "met" })) }
 * Effect.runSync(assessEffect(form).pipe(Effect.provide(InstrumentRegistry.builtIn))).level //=> "capable"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const assessEffect = (input: unknown, options: AssessOptions = {}): Effect.Effect<Assessment, InvalidInput | UnknownInstrument, InstrumentRegistry> =>
  Effect.gen(function* () {
    const id = isRecord(input) && typeof input.instrument === "string" ? input.instrument : undefined
    if (id === undefined) {
      const r = decodeResponseSet(input)
      const missing = issue(["instrument"], "required", "缺少评估工具编号（按编号查找评估工具）", "the instrument id is missing (the registry looks the instrument up by it)")
      const others = Result.isFailure(r) ? r.failure.issues.filter((i) => i.path[0] !== "instrument") : []
      return yield* Effect.fail(invalidInput([missing, ...others]))
    }
    const registry = yield* InstrumentRegistry
    const instrument = yield* registry.get(id)
    const r = assess(instrument, input, options)
    return Result.isSuccess(r) ? r.success : yield* Effect.fail(r.failure)
  })

/**
 * Asks a decision table (checked first, see {@link loadDecisionTable}) what care a person is
 * entitled to (see {@link determineEntitlements}).
 *
 * @example
 * ```ts
 * import { determineEntitlementsEffect, XIASHAN_POLICY } from "@minzheng/care-assessment"
 * import { Effect } from "effect"
 * const d = Effect.runSync(determineEntitlementsEffect(XIASHAN_POLICY, { identity: "tekun", level: "severe", setting: "institution" }))
 * d.entitlements[0]?.rule //=> "institution-tekun"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const determineEntitlementsEffect = (table: unknown, facts: unknown): Effect.Effect<EntitlementDecision, InvalidInput> =>
  Effect.suspend(() => {
    const t = loadDecisionTable(table)
    if (Result.isFailure(t)) return Effect.fail(t.failure)
    const r = determineEntitlements(t.success as DecisionTable, facts)
    return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
  })

/**
 * Whether a reassessment is needed (see {@link needsReassessment}), on `asOf` or, when absent,
 * on core's `Today`.
 *
 * @example
 * ```ts
 * import { needsReassessmentEffect } from "@minzheng/care-assessment"
 * import { todayLayer, isoDateUnsafe } from "@minzheng/core"
 * import { Effect } from "effect"
 * const h = { assessments: [{ instrument: "gbt-42195-2022", assessedOn: "2024-01-05" }] }
 * Effect.runSync(needsReassessmentEffect(h).pipe(Effect.provide(todayLayer(isoDateUnsafe("2025-01-05"))))).needed //=> true
 * ```
 * @category effect
 * @since 0.1.0
 */
export const needsReassessmentEffect = (history: unknown, asOf?: unknown): Effect.Effect<ReassessmentStatus, InvalidInput> =>
  Effect.gen(function* () {
    const date: IsoDate = asOf === undefined ? yield* Effect.service(Today) : yield* decodeEffect(IsoDateSchema, asOf)
    const r = needsReassessment(history, date)
    return Result.isSuccess(r) ? r.success : yield* Effect.fail(r.failure)
  })
