/**
 * Households that went through `decodeHousehold`. Rule entry points check membership (a WeakSet
 * lookup, ≈ 20 ns) and decode anything else first, so a hand-built or arbitrary value can only
 * produce a typed `InvalidInput`, while decoded households pay nothing.
 *
 * @internal
 * @module
 */
const decoded = new WeakSet<object>()

export const markDecoded = <T extends object>(h: T): T => {
  decoded.add(h)
  return h
}

export const isDecoded = (u: unknown): boolean => typeof u === "object" && u !== null && decoded.has(u)
