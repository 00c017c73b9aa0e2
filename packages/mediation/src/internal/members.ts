/**
 * The members of a names table (`CASE_SOURCE_NAMES` …) as the non-empty tuple `z.literal`
 * takes, so a schema's values come from the one table that names them (not public).
 */
type Names = Readonly<Record<string, { readonly zh: string; readonly en: string }>>

export const membersOf = <T extends Names>(names: T): readonly [keyof T & string, ...Array<keyof T & string>] =>
  Object.keys(names) as unknown as readonly [keyof T & string, ...Array<keyof T & string>]
