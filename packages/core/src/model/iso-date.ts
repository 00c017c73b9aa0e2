/**
 * The civil-date type, on its own so that every module can name it without importing the date
 * functions (no import cycle).
 *
 * @module
 */

/**
 * A civil date in China, `YYYY-MM-DD` (years 1900–2199), validated: a real calendar day.
 *
 * @example
 * ```ts
 * import { isoDateUnsafe, type IsoDate } from "@minzheng/core"
 * const d: IsoDate = isoDateUnsafe("2025-10-01")
 * ```
 * @category models
 * @since 0.1.0
 */
export type IsoDate = string & { readonly "~brand": "IsoDate" }
