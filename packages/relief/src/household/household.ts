/**
 * 申请家庭 (household application): the members, their incomes, the household's assets, rigid
 * expenditures and the applicant's legal supporters, with the region and urban/rural standard
 * that apply — decoded once at the edge, trusted inside.
 *
 * @module
 */
import { type InvalidInput, decode, toJsonSchema } from "@minzheng/core"
import * as Result from "effect/Result"
import { fastDecodeHousehold } from "../internal/fast-household.js"
import { markDecoded } from "../internal/validated.js"
import { type Household, HouseholdSchema } from "./household-schema.js"

export { AREA_NAMES, type Area, type Household, type HouseholdInput, HouseholdSchema } from "./household-schema.js"

/**
 * Decodes an untrusted value into a {@link Household}: one `InvalidInput` lists every problem
 * (path, Chinese and English message).
 *
 * **Details**: a hand-written check that accepts exactly what {@link HouseholdSchema} accepts (and
 * yields an equal value) runs first; zod runs only when it fails, to list every issue.
 *
 * @example
 * ```ts
 * import { decodeHousehold } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * const r = decodeHousehold({ id: "h1" })
 * Result.isFailure(r) && r.failure.issues.length > 1 //=> true
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decodeHousehold = (input: unknown): Result.Result<Household, InvalidInput> => {
  // The hand-written check accepts exactly what the schema accepts (a property test proves it)
  // at a fraction of the cost; zod runs only to list the issues of an invalid household.
  const fast = fastDecodeHousehold(input)
  if (fast !== undefined) return Result.succeed(markDecoded(fast))
  const r = decode(HouseholdSchema, input)
  if (Result.isSuccess(r)) markDecoded(r.success)
  return r
}

/**
 * Like {@link decodeHousehold}, throwing the `InvalidInput`.
 *
 * @throws `InvalidInput` listing every problem
 * @example
 * ```ts
 * import { decodeHouseholdUnsafe } from "@minzheng/relief"
 * decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1958-03-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * }).incomes //=> []
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decodeHouseholdUnsafe = (input: unknown): Household => {
  const r = decodeHousehold(input)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * JSON Schema of a household application, for teams calling from other languages.
 *
 * @example
 * ```ts
 * import { householdJsonSchema } from "@minzheng/relief"
 * householdJsonSchema.type //=> "object"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const householdJsonSchema: Record<string, unknown> = toJsonSchema(HouseholdSchema)
