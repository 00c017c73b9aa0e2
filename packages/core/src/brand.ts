/**
 * Brands that hold across copies of a package. A program can load a package twice — once through
 * `require` (the CommonJS build) and once through `import` (the ES module build) — and a plain
 * `instanceof` then refuses a value made by the other copy (a calendar, an amount, a resolved
 * policy, a typed error). A brand marks a class's prototype with a registered symbol
 * (`Symbol.for`, one per process) and answers `instanceof` from the mark, so the check holds
 * whichever copy made the value. Core's own classes (`WorkCalendar`, `Money`, the typed errors)
 * are branded; the domain packages brand theirs with {@link defineBrand}.
 *
 * @module
 */
import { hasBrand, markPrototype } from "./internal/brand.js"

/**
 * A brand: `mark` a class with it once, answer `instanceof` with `is`.
 *
 * @example
 * ```ts
 * import { defineBrand } from "@minzheng/core"
 * const POLICY = defineBrand("@minzheng/example/Policy")
 * class Policy {
 *   static [Symbol.hasInstance](u: unknown): boolean {
 *     return POLICY.is(u)
 *   }
 * }
 * POLICY.mark(Policy)
 * const made = new Policy()
 * made instanceof Policy //=> true
 * POLICY.is({}) //=> false
 * ```
 * @category brands
 * @since 0.1.0
 */
export interface Brand {
  /** The registered symbol (`Symbol.for(name)`). */
  readonly symbol: symbol
  /** Whether a value carries the brand (made by any copy of the class). */
  readonly is: (u: unknown) => boolean
  /** Marks a class's prototype with the brand. */
  readonly mark: (cls: { readonly prototype: object }) => void
}

/**
 * Defines a brand under a name unique to its package and class (e.g.
 * `"@minzheng/relief/ReliefPolicy"`); the same name gives the same brand in every copy.
 *
 * @example
 * ```ts
 * import { defineBrand } from "@minzheng/core"
 * defineBrand("@minzheng/example/Ledger").symbol === Symbol.for("@minzheng/example/Ledger") //=> true
 * ```
 * @category brands
 * @since 0.1.0
 */
export const defineBrand = (name: string): Brand => {
  const symbol = Symbol.for(name)
  return { symbol, is: (u) => hasBrand(u, symbol), mark: (cls) => markPrototype(cls, symbol) }
}

