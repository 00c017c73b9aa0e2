/**
 * JSON Schemas of core's public input types, for teams calling minzheng from other languages.
 *
 * @module
 */
import * as z from "zod/mini"
import { requireSchema } from "./internal/guard.js"
import { CalendarYearDataSchema, LocalRestDaySchema } from "./calendar/model.js"
import { CitationSchema } from "./citation.js"
import { IsoDateSchema } from "./date.js"
import { MoneySchema } from "./money.js"
import { PolicyBundleSchema } from "./parameter.js"
import { PeriodLengthSchema } from "./period.js"
import { RegionCodeSchema } from "./region.js"

/**
 * Converts a zod schema to a JSON Schema (draft 2020-12) of its input side: what a caller sends.
 *
 * @throws {@link InvalidInput} for anything but a zod schema
 *
 * @example
 * ```ts
 * import { toJsonSchema, IsoDateSchema } from "@minzheng/core"
 * toJsonSchema(IsoDateSchema).type //=> "string"
 * ```
 * @category json-schema
 * @since 0.1.0
 */
export const toJsonSchema = (schema: z.core.$ZodType): Record<string, unknown> => {
  requireSchema(schema, "schema")
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>
}

// An object whose values are computed on first read and kept: zod's JSON-Schema conversion then
// runs only for a caller who asks (not on import), and a bundle that never reads it drops it.
function lazyRecord<V>(thunks: Readonly<Record<string, () => V>>): Readonly<Record<string, V>> {
  const out: Record<string, V> = {}
  const made = new Map<string, V>()
  for (const [key, thunk] of Object.entries(thunks)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        if (!made.has(key)) made.set(key, thunk())
        return made.get(key) as V
      }
    })
  }
  return Object.freeze(out)
}

/**
 * JSON Schemas of core's input types: dates, region codes, money, citations, period lengths,
 * calendar year data, local rest days and policy bundles.
 *
 * @example
 * ```ts
 * import { coreJsonSchemas } from "@minzheng/core"
 * Object.keys(coreJsonSchemas).includes("PolicyBundle") //=> true
 * ```
 * @category json-schema
 * @since 0.1.0
 */
export const coreJsonSchemas: Readonly<Record<string, Record<string, unknown>>> = /* @__PURE__ */ lazyRecord({
  IsoDate: () => ({ ...toJsonSchema(IsoDateSchema), pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "civil date in China, YYYY-MM-DD" }),
  RegionCode: () => ({ ...toJsonSchema(RegionCodeSchema), pattern: "^\\d{6}$", description: "GB/T 2260 region code" }),
  Money: () => ({ ...toJsonSchema(MoneySchema), pattern: "^-?\\d{1,15}(\\.\\d{1,10})?$", description: "amount in 元 as a decimal string" }),
  Citation: () => toJsonSchema(CitationSchema),
  PeriodLength: () => toJsonSchema(PeriodLengthSchema),
  CalendarYearData: () => toJsonSchema(CalendarYearDataSchema),
  LocalRestDay: () => toJsonSchema(LocalRestDaySchema),
  PolicyBundle: () => toJsonSchema(PolicyBundleSchema)
})
