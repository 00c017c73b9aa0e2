/**
 * Citations: where a rule comes from. Every rule that decides something in minzheng carries one,
 * in code and in the explanation it returns.
 *
 * @module
 */
import * as z from "zod/mini"
import { InvalidInput } from "./errors.js"
import type { Citation } from "./model/citation.js"

/**
 * Zod schema of a {@link Citation}.
 *
 * @example
 * ```ts
 * import { CitationSchema } from "@minzheng/core"
 * CitationSchema.parse({ document: "人民调解法", article: "第三十三条" }).article //=> "第三十三条"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CitationSchema = z.strictObject({
  document: z.string().check(z.minLength(1)),
  number: z.optional(z.string().check(z.minLength(1))),
  article: z.optional(z.string().check(z.minLength(1))),
  url: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string().check(z.minLength(1)))
})

export type { Citation } from "./model/citation.js"

/**
 * Builds a citation.
 *
 * @throws {@link InvalidInput} when the result is not a valid citation
 *
 * @example
 * ```ts
 * import { cite } from "@minzheng/core"
 * cite("中华人民共和国民法典", { article: "第二百零一条" })
 * //=> { document: "中华人民共和国民法典", article: "第二百零一条" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const cite = (document: string, rest: Omit<Citation, "document"> = {}): Citation => {
  const r = { document, ...(typeof rest === "object" && rest !== null && !Array.isArray(rest) ? rest : { rest }) }
  if (!isCitation(r)) throw invalidCitation()
  return r as Citation
}

/**
 * A citation for local practice described in one of the project's seed reports.
 *
 * @example
 * ```ts
 * import { localPractice } from "@minzheng/core"
 * localPractice("seed 000", "李沧区 每月10日 公开")
 * //=> { document: "local practice: seed 000", note: "李沧区 每月10日 公开" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const localPractice = (seed: string, note: string): Citation => ({ document: `local practice: ${seed}`, note })

const SEED = /^(?:local practice: )?seed (\S+)$/

/**
 * Renders a citation the way Chinese official texts do: 《document》（number）article. Local
 * practice from a seed report reads as Chinese too: `地方实践：种子报告 000（note）`.
 *
 * @example
 * ```ts
 * import { formatCitation, localPractice } from "@minzheng/core"
 * formatCitation({ document: "最低生活保障审核确认办法", number: "民发〔2021〕57号", article: "第十条" })
 * //=> "《最低生活保障审核确认办法》（民发〔2021〕57号）第十条"
 * formatCitation(localPractice("seed 000", "每月10日为居务公开日"))
 * //=> "地方实践：种子报告 000（每月10日为居务公开日）"
 * formatCitation({ document: "local practice: domain spec", note: "超过一个月继续调解须经双方同意" })
 * //=> "地方实践（超过一个月继续调解须经双方同意）"
 * ```
 * @see {@link formatCitationEn}
 * @category formatting
 * @since 0.1.0
 */
export const formatCitation = (c: Citation): string => {
  if (!isCitation(c)) throw invalidCitation()
  const seed = SEED.exec(c.document)
  if (seed !== null) return `地方实践：种子报告 ${seed[1]}${c.article ?? ""}${c.note ? `（${c.note}）` : ""}`
  // Other local practice ("local practice: domain spec") reads as 地方实践 with its note; the
  // English source name stays in the data and in formatCitationEn.
  if (c.document.startsWith("local practice")) return `地方实践${c.note ? `（${c.note}）` : ""}`
  // Titles of Chinese documents take 《》; standards (GB…, MZ/T…) and English names do not.
  const isTitle = /[\u4e00-\u9fff]/.test(c.document) && !/^(GB|MZ|WS|DB)/.test(c.document)
  const doc = isTitle ? `《${c.document}》` : c.document
  return `${doc}${c.number ? `（${c.number}）` : ""}${c.article ?? ""}${c.note ? `（${c.note}）` : ""}`
}

/**
 * Renders a citation for English text: a Chinese document keeps its Chinese title (that is what
 * a reader looks up); local practice reads `local practice: seed 000 (note)`.
 *
 * @example
 * ```ts
 * import { formatCitationEn, localPractice } from "@minzheng/core"
 * formatCitationEn(localPractice("seed 000", "每月10日为居务公开日"))
 * //=> "local practice: seed 000 (每月10日为居务公开日)"
 * formatCitationEn({ document: "人民调解法", article: "第三十三条" }) //=> "《人民调解法》第三十三条"
 * ```
 * @category formatting
 * @since 0.1.0
 */
export const formatCitationEn = (c: Citation): string => {
  if (!isCitation(c)) throw invalidCitation()
  const seed = SEED.exec(c.document)
  if (seed !== null) return `local practice: seed ${seed[1]}${c.article ? ` ${c.article}` : ""}${c.note ? ` (${c.note})` : ""}`
  if (c.document.startsWith("local practice")) return `${c.document}${c.note ? ` (${c.note})` : ""}`
  return formatCitation(c)
}

const isCitation = (u: unknown): u is Citation => CitationSchema.safeParse(u).success

const invalidCitation = () =>
  new InvalidInput({
    issues: [{ path: ["citation"], code: "invalid_citation", zh: "不是有效的引用（至少需要 document）", en: "not a valid citation (a document is required)" }]
  })
