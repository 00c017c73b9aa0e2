/**
 * Small zod building blocks shared by this package's schemas (not public).
 *
 * @module
 */
import * as z from "zod/mini"

/** A bilingual text. */
export const BilingualSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })

/** A whole number of points (or hours), a safe integer. */
export const PointsSchema = z.number().check(
  z.int(),
  z.refine((n) => Number.isSafeInteger(n), {
    params: { zh: "分值应为安全整数", en: "points must be a safe integer" }
  })
)

/** A non-empty identifier. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(200))
