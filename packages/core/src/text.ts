/**
 * Bilingual text: every domain term and message in minzheng carries its Chinese and English form.
 *
 * @module
 */

/**
 * A pair of texts, Chinese first (the language of the regulation), English second.
 *
 * @example
 * ```ts
 * import type { Bilingual } from "@minzheng/core"
 * const term: Bilingual = { zh: "最低生活保障", en: "minimum living guarantee (dibao)" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Bilingual {
  readonly zh: string
  readonly en: string
}

/**
 * Builds a {@link Bilingual} text.
 *
 * @example
 * ```ts
 * import { bilingual } from "@minzheng/core"
 * bilingual("公示", "public notice") //=> { zh: "公示", en: "public notice" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const bilingual = (zh: string, en: string): Bilingual => ({ zh, en })
