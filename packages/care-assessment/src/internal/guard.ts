/**
 * Small guards for untrusted values.
 *
 * @internal
 * @module
 */

/** A plain object (not null, not an array). */
export const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** A short description of what a value is, for messages (never the value itself). */
export const kindOf = (u: unknown): string => (u === null ? "null" : Array.isArray(u) ? "array" : typeof u)
