/**
 * ICD-10 codes the level-changing rules read.
 *
 * @internal
 * @module
 */

/** ICD-10 code: a letter, two digits, an optional decimal part. */
export const ICD10 = /^[A-Z]\d{2}(\.\d{1,4})?$/

const chapterF = (code: string): number => (code.charCodeAt(0) === 70 /* F */ ? Number(code.slice(1, 3)) : -1)

/** 痴呆 F00–F03. */
export const isDementia = (code: string): boolean => {
  const n = chapterF(code)
  return n >= 0 && n <= 3
}

/** 其他精神和行为障碍 F04–F99. */
export const isMentalIllness = (code: string): boolean => chapterF(code) >= 4
