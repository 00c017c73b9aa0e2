/**
 * 重度残疾 (severe disability), unchecked: grade 1 or 2 of any category, or grade 3 intellectual or
 * mental (审核确认办法第八条; 特困人员认定办法第八条（四）). For decoded data only — the public
 * `isSevereDisability` checks its argument first.
 *
 * @internal
 * @module
 */
export const severeUnchecked = (d: { readonly category: string; readonly grade: number } | undefined): boolean =>
  d !== undefined && (d.grade <= 2 || (d.grade === 3 && (d.category === "intellectual" || d.category === "mental")))
