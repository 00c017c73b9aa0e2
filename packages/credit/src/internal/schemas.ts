/**
 * Small zod building blocks shared by this package's schemas (not public).
 *
 * @module
 */
import { z } from "zod"

/** A bilingual text. */
export const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict()

/** A whole number of points (or hours), a safe integer. */
export const PointsSchema = z.number().int().refine((n) => Number.isSafeInteger(n), {
  params: { zh: "分值应为安全整数", en: "points must be a safe integer" }
})

/** A non-empty identifier. */
export const IdSchema = z.string().min(1).max(200)
