/**
 * ICD-10 codes the level-changing rules read.
 *
 * @internal
 * @module
 */

/** ICD-10 code: a letter, two digits, an optional decimal part. */
export const ICD10 = /^[A-Z]\d{2}(\.\d{1,4})?$/

/** The two digits after an F, or -1 (for a code {@link ICD10} accepts: the digits are there). */
const chapterF = (code: string): number => (code.charCodeAt(0) === 70 /* F */ ? (code.charCodeAt(1) - 48) * 10 + code.charCodeAt(2) - 48 : -1)

/** 痴呆 F00–F03. */
export const isDementia = (code: string): boolean => {
  const n = chapterF(code)
  return n >= 0 && n <= 3
}

/** 其他精神和行为障碍 F04–F99. */
export const isMentalIllness = (code: string): boolean => chapterF(code) >= 4
