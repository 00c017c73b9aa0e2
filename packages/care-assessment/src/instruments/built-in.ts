/**
 * The instruments shipped with the package, loaded (checked and compiled) once at module load.
 *
 * @module
 */
import { loadInstrumentUnsafe, type Instrument, type LoadedInstrument } from "../instrument/instrument.js"
import { BARTHEL_100 } from "./barthel-100.js"
import { GBT_42195_2022 } from "./gbt-42195-2022.js"
import { LTC_DISABILITY_2021 } from "./ltc-disability-2021.js"
import { MZT_039_2013 } from "./mzt-039-2013.js"
import { TEKUN_SELF_CARE_2021 } from "./tekun-self-care.js"

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
export const GBT_42195: LoadedInstrument = loadInstrumentUnsafe(GBT_42195_2022)

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
export const TEKUN_SELF_CARE: LoadedInstrument = loadInstrumentUnsafe(TEKUN_SELF_CARE_2021)

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
export const BARTHEL: LoadedInstrument = loadInstrumentUnsafe(BARTHEL_100)

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
export const LTC_DISABILITY: LoadedInstrument = loadInstrumentUnsafe(LTC_DISABILITY_2021)

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
export const MZT_039: LoadedInstrument = loadInstrumentUnsafe(MZT_039_2013)

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
export const BUILT_IN_INSTRUMENTS: Readonly<Record<string, Instrument>> = {
  [GBT_42195_2022.id]: GBT_42195_2022,
  [TEKUN_SELF_CARE_2021.id]: TEKUN_SELF_CARE_2021,
  [BARTHEL_100.id]: BARTHEL_100,
  [LTC_DISABILITY_2021.id]: LTC_DISABILITY_2021,
  [MZT_039_2013.id]: MZT_039_2013
}

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
export const BUILT_IN_LOADED: ReadonlyMap<string, LoadedInstrument> = new Map([
  [GBT_42195.data.id, GBT_42195],
  [TEKUN_SELF_CARE.data.id, TEKUN_SELF_CARE],
  [BARTHEL.data.id, BARTHEL],
  [LTC_DISABILITY.data.id, LTC_DISABILITY],
  [MZT_039.data.id, MZT_039]
])
