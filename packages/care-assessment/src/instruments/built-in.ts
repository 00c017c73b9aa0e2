/**
 * The instruments shipped with the package, compiled once at module load.
 *
 * They are compiled without `loadInstrument`'s checks: the data is the package's own, and
 * `test/instruments.test.ts` checks that each one passes `loadInstrument` and compiles to the same
 * instrument. So a page does not carry the instrument schema, its zod parts and the cross-reference
 * checks only to load them (issue 18: about 12 KB minified, 3.6 KB gzipped), and the import does not
 * decode five instruments.
 *
 * @module
 */
import { compile } from "../internal/compile-instrument.js"
import type { Instrument, LoadedInstrument } from "../instrument/model.js"
import { BARTHEL_100 } from "./barthel-100.js"
import { GBT_42195_2022 } from "./gbt-42195-2022.js"
import { LTC_DISABILITY_2021 } from "./ltc-disability-2021.js"
import { MZT_039_2013 } from "./mzt-039-2013.js"
import { TEKUN_SELF_CARE_2021 } from "./tekun-self-care.js"

// The loads below are marked pure (and the helpers free of side effects) so that a bundler drops
// the instruments a page does not use: a browser page assessing with GB/T 42195 alone does not
// carry the other four instruments' items (about 25 KB minified).
/**
 * A copy of JSON data: new arrays and objects, the same strings. (Not `structuredClone`, which
 * copies the strings too: the item ids would then no longer be the very strings of the exported
 * data and of forms built from it, and the form check compares ids by reference first.)
 */
/* @__NO_SIDE_EFFECTS__ */
const copyJson = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(copyJson)
  if (typeof u !== "object" || u === null) return u
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(u)) out[k] = copyJson(v)
  return out
}

/**
 * A built-in instrument, compiled from a copy of its data (as `loadInstrument` compiles the copy
 * it decodes): changing the exported data afterwards does not change the loaded instrument.
 */
/* @__NO_SIDE_EFFECTS__ */
const builtIn = (data: Instrument): LoadedInstrument => compile(copyJson(data) as Instrument)
/* @__NO_SIDE_EFFECTS__ */
const instrumentsById = (list: ReadonlyArray<Instrument>): Readonly<Record<string, Instrument>> =>
  Object.fromEntries(list.map((i) => [i.id, i]))
/* @__NO_SIDE_EFFECTS__ */
const loadedById = (list: ReadonlyArray<LoadedInstrument>): ReadonlyMap<string, LoadedInstrument> =>
  new Map(list.map((l) => [l.data.id, l]))

/**
 * GB/T 42195-2022, loaded: pass it to {@link assess}.
 *
 * @example
 * ```ts
 * import { GBT_42195 } from "@minzheng/care-assessment"
 * GBT_42195.levelOfTotal(90) //=> "intact"
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const GBT_42195: LoadedInstrument = /* @__PURE__ */ builtIn(GBT_42195_2022)

/**
 * The 特困 six-item self-care instrument, loaded.
 *
 * @example
 * ```ts
 * import { TEKUN_SELF_CARE } from "@minzheng/care-assessment"
 * TEKUN_SELF_CARE.levelOfTotal(3) //=> "partially-lost"
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const TEKUN_SELF_CARE: LoadedInstrument = /* @__PURE__ */ builtIn(TEKUN_SELF_CARE_2021)

/**
 * The Barthel Index (0–100), loaded.
 *
 * @example
 * ```ts
 * import { BARTHEL } from "@minzheng/care-assessment"
 * BARTHEL.levelOfTotal(60) //=> "moderate-dependence"
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const BARTHEL: LoadedInstrument = /* @__PURE__ */ builtIn(BARTHEL_100)

/**
 * The 2021 long-term-care disability instrument, loaded (domain scores only).
 *
 * @example
 * ```ts
 * import { LTC_DISABILITY } from "@minzheng/care-assessment"
 * [...LTC_DISABILITY.domainMax] //=> [100, 16, 12]
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const LTC_DISABILITY: LoadedInstrument = /* @__PURE__ */ builtIn(LTC_DISABILITY_2021)

/**
 * MZ/T 039-2013 (superseded), loaded: domain scores and grades, and the coma rule.
 *
 * @example
 * ```ts
 * import { MZT_039 } from "@minzheng/care-assessment"
 * MZT_039.data.status //=> "superseded"
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const MZT_039: LoadedInstrument = /* @__PURE__ */ builtIn(MZT_039_2013)

/**
 * Every built-in instrument's data, by id.
 *
 * @example
 * ```ts
 * import { BUILT_IN_INSTRUMENTS } from "@minzheng/care-assessment"
 * Object.keys(BUILT_IN_INSTRUMENTS).includes("gbt-42195-2022") //=> true
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const BUILT_IN_INSTRUMENTS: Readonly<Record<string, Instrument>> = instrumentsById([
  GBT_42195_2022,
  TEKUN_SELF_CARE_2021,
  BARTHEL_100,
  LTC_DISABILITY_2021,
  MZT_039_2013
])

/**
 * Every built-in instrument, loaded, by id.
 *
 * @example
 * ```ts
 * import { BUILT_IN_LOADED } from "@minzheng/care-assessment"
 * BUILT_IN_LOADED.get("barthel-100")?.maxTotal //=> 100
 * ```
 * @category instruments
 * @since 0.1.0
 */
export const BUILT_IN_LOADED: ReadonlyMap<string, LoadedInstrument> = loadedById([GBT_42195, TEKUN_SELF_CARE, BARTHEL, LTC_DISABILITY, MZT_039])
