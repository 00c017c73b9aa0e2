/**
 * Brands that hold across copies of a class (not public).
 *
 * A program can load core twice — once through `require` (the CommonJS build) and once through
 * `import` (the ES module build) — and a plain `instanceof` then refuses a calendar, an amount of
 * money or a typed error made by the other copy. Each branded class marks its prototype with a
 * registered symbol (`Symbol.for`, shared by every copy in the process) and answers `instanceof`
 * from that mark, so `x instanceof WorkCalendar` holds whichever copy made `x`.
 */
export const brandOf = (name: string): symbol => Symbol.for(`@minzheng/core/${name}`)

/** Whether a value carries a brand. */
export const hasBrand = (u: unknown, brand: symbol): boolean =>
  (typeof u === "object" || typeof u === "function") && u !== null && (u as Record<symbol, unknown>)[brand] === true

/** Marks a class's prototype with its brand. */
export const markPrototype = (cls: { readonly prototype: object }, brand: symbol): void => {
  Object.defineProperty(cls.prototype, brand, { value: true, enumerable: false })
}
