/**
 * Whether a value is a zod 4 schema, classic or mini: anything carrying zod's `_zod` internals.
 * The one test `decode`, `defineParameter` and the argument guards use.
 */
export const isZodSchema = (u: unknown): boolean =>
  typeof u === "object" && u !== null && typeof (u as { _zod?: unknown })._zod === "object"
