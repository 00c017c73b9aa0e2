/**
 * 评估记录 (response set): one filled form — which instrument, when, the option chosen for each
 * item, and the facts the level-changing rules read (coma, diagnoses, care risk events in the
 * past 30 days).
 *
 * @module
 */
import { decode, type InvalidInput, IsoDateSchema } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod"
import { ICD10 } from "../internal/icd10.js"

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
export const ResponseSetSchema = z
  .object({
    instrument: z.string().min(1).optional(),
    assessedOn: IsoDateSchema.optional(),
    answers: z.array(z.object({ item: z.string().min(1), option: z.string().min(1) }).strict()).max(200),
    coma: z.boolean().optional(),
    diagnoses: z.array(z.string().regex(ICD10)).max(50).optional(),
    riskEvents: z
      .object({
        fall: z.number().int().min(0).max(1000).optional(),
        wandering: z.number().int().min(0).max(1000).optional(),
        choking: z.number().int().min(0).max(1000).optional(),
        "suicide-self-harm": z.number().int().min(0).max(1000).optional(),
        other: z.number().int().min(0).max(1000).optional()
      })
      .strict()
      .optional()
  })
  .strict()

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
