/**
 * 评估记录 (response set): one filled form — which instrument, when, the option chosen for each
 * item, and the facts the level-changing rules read (coma, diagnoses, care risk events in the
 * past 30 days).
 *
 * @module
 */
import { decode, type InvalidInput, IsoDateSchema } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { ICD10 } from "../internal/icd10.js"

const NonEmpty = () => z.string().check(z.minLength(1))
const EventCount = () => z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1000)))

/**
 * Zod schema of a {@link ResponseSet}. Scoring checks the same rules by hand on its hot path (this
 * schema is for documentation and the JSON Schema); both list every problem.
 *
 * @example
 * ```ts
 * import { ResponseSetSchema } from "@minzheng/care-assessment"
 * ResponseSetSchema.safeParse({ answers: [{ item: "feeding", option: "10" }] }).success //=> true
 * ResponseSetSchema.safeParse({ instrument: "barthel-100", answers: [{ item: "feeding", option: "10" }] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ResponseSetSchema = z.strictObject({
  instrument: z.optional(NonEmpty()),
  assessedOn: z.optional(IsoDateSchema),
  answers: z.array(z.strictObject({ item: NonEmpty(), option: NonEmpty() })).check(z.maxLength(200)),
  coma: z.optional(z.boolean()),
  diagnoses: z.optional(z.array(z.string().check(z.regex(ICD10))).check(z.maxLength(50))),
  riskEvents: z.optional(
    z.strictObject({
      fall: EventCount(),
      wandering: EventCount(),
      choking: EventCount(),
      "suicide-self-harm": EventCount(),
      other: EventCount()
    })
  )
})

/**
 * A filled assessment form:
 * - `instrument`: the instrument id (`"gbt-42195-2022"`). Optional for {@link assess} and
 *   {@link assessLevel}, where the instrument passed as the first argument decides (a form that
 *   names another instrument is refused at path `["instrument"]`); required by {@link assessEffect},
 *   which looks the instrument up in the {@link InstrumentRegistry} by this id;
 * - `assessedOn`: the assessment date;
 * - `answers`: one `{ item, option }` per item — `item` is the item id or its clause (`"B.1.1"`),
 *   `option` the option id (for scored options, the score as a string: `"4"`);
 * - `coma`: 昏迷 recorded (GB/T 42195 附录A A.5);
 * - `diagnoses`: ICD-10 codes of confirmed diagnoses (F00–F03 dementia; F04–F99 only when
 *   diagnosed by a psychiatric specialist, 精神科专科医生诊断);
 * - `riskEvents`: counts of care risk events in the past 30 days.
 *
 * @example
 * ```ts
 * import type { ResponseSet } from "@minzheng/care-assessment"
 * const form: ResponseSet = {
 *   answers: [{ item: "eating", option: "met" }],
 *   riskEvents: { fall: 1 }
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ResponseSet = z.input<typeof ResponseSetSchema>

/**
 * Decodes a response set: its shape only (fields, ICD-10 codes, risk-event counts, a valid date);
 * {@link assess} checks the answers against the instrument.
 *
 * @param input - the response set (untrusted JSON)
 * @returns the {@link ResponseSet}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { decodeResponseSet } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * Result.getOrThrow(decodeResponseSet({ answers: [{ item: "feeding", option: "10" }] })).answers.length //=> 1
 * const bad = decodeResponseSet({ answers: [], riskEvents: { fall: -1 } })
 * Result.isFailure(bad) && bad.failure.issues[0]?.path //=> ["riskEvents", "fall"]
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decodeResponseSet = (input: unknown): Result.Result<ResponseSet, InvalidInput> => decode(ResponseSetSchema, input)

/**
 * Like {@link decodeResponseSet}, but throws the same `InvalidInput`: for scripts and tests.
 *
 * @throws `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { decodeResponseSetUnsafe } from "@minzheng/care-assessment"
 * decodeResponseSetUnsafe({ instrument: "barthel-100", answers: [] }).instrument //=> "barthel-100"
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decodeResponseSetUnsafe = (input: unknown): ResponseSet => {
  const r = decodeResponseSet(input)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
