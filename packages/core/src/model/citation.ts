/**
 * The citation type, on its own so that the typed errors can name it without importing the
 * citation functions (no import cycle).
 *
 * @module
 */

/**
 * A source: the document (law, regulation, standard, notice, or a seed report for local practice),
 * its number, the article, an address and a note.
 *
 * @example
 * ```ts
 * import type { Citation } from "@minzheng/core"
 * const article10: Citation = {
 *   document: "最低生活保障审核确认办法",
 *   number: "民发〔2021〕57号",
 *   article: "第十条"
 * }
 * const localPractice: Citation = { document: "seed 001", note: "峡山区 1126+ 模式" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Citation {
  readonly document: string
  readonly number?: string | undefined
  readonly article?: string | undefined
  readonly url?: string | undefined
  readonly note?: string | undefined
}
