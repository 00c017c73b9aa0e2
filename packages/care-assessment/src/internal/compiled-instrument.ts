/**
 * What scoring needs of a loaded instrument beyond its lookups, compiled once when the instrument
 * is loaded (`loadInstrument` calls {@link compileScoring}): the form validator, the explanation parts and a scratch buffer of chosen options.
 *
 * @internal
 * @module
 */
import type { LoadedInstrument } from "../instrument/model.js"
import { buildExplanationParts, type ExplanationParts } from "./explanation-parts.js"
import { compileFormValidator, type FormValidator } from "./form-check.js"

/** The compiled scoring pieces of one instrument. */
export interface CompiledInstrument {
  readonly validator: FormValidator
  readonly parts: ExplanationParts
  /** Per item position: the chosen option position (-1: none). Scoring is synchronous, so one buffer serves every call. */
  readonly chosen: Int32Array
}

const compiled = new WeakMap<object, CompiledInstrument>()

/** Compiles a freshly loaded instrument's scoring pieces (called by `loadInstrument`). */
export const compileScoring = (ins: LoadedInstrument): void => {
  compiled.set(ins, { validator: compileFormValidator(ins), parts: buildExplanationParts(ins), chosen: new Int32Array(ins.data.items.length) })
}

// The last instrument looked up and its pieces: a batch scores one instrument over and over, and
// comparing identities is cheaper than the WeakMap lookup. (It keeps that one instrument alive.)
let lastInstrument: object | undefined
let lastCompiled: CompiledInstrument | undefined

/** The compiled pieces of a loaded instrument, or `undefined` for anything `loadInstrument` did not give. */
export const compiledOf = (u: unknown): CompiledInstrument | undefined => {
  if (u === lastInstrument && lastCompiled !== undefined) return lastCompiled
  if (typeof u !== "object" || u === null) return undefined
  const c = compiled.get(u)
  if (c !== undefined) {
    lastInstrument = u
    lastCompiled = c
  }
  return c
}
