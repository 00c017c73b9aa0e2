/**
 * The package's own typed error: a document asked of a case that does not (yet) have it.
 *
 * @module
 */
import * as Data from "effect/Data"
import { type Bilingual, InvalidInput, issue } from "@minzheng/core"
import { CASE_DOCUMENT_NAMES, type CaseDocumentKind } from "./case/vocabulary.js"

// Chinese text names the document in Chinese (调解协议书, 调解笔录 …, without the table's note in
// brackets); an id that is not a case-file document is called a 文书 rather than echoed in English.
const documentNameZh = (document: string): string =>
  Object.hasOwn(CASE_DOCUMENT_NAMES, document) ? CASE_DOCUMENT_NAMES[document as CaseDocumentKind].zh.replace(/（[^）]*）$/, "") : "文书"

/**
 * A document cannot be produced from the case as it stands (e.g. a 调解协议书 before any
 * agreement, a 回访记录 that was never made). `document` is the kind of document asked for, a key
 * of `CASE_DOCUMENT_NAMES`.
 *
 * @example
 * ```ts
 * import { DocumentUnavailable } from "@minzheng/mediation"
 * const e = new DocumentUnavailable({ document: "agreement", reason: { zh: "尚未达成调解协议", en: "no agreement yet" } })
 * e.messageZh //=> "无法生成调解协议书：尚未达成调解协议"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class DocumentUnavailable extends Data.TaggedError("DocumentUnavailable")<{
  readonly document: CaseDocumentKind
  readonly reason: Bilingual
  readonly message: string
  readonly messageZh: string
}> {
  constructor(args: { readonly document: CaseDocumentKind; readonly reason: Bilingual }) {
    const a: unknown = args
    const reason = typeof a === "object" && a !== null ? (a as { reason?: unknown }).reason : undefined
    if (
      typeof a !== "object" || a === null || typeof (a as { document?: unknown }).document !== "string" ||
      typeof reason !== "object" || reason === null || typeof (reason as { zh?: unknown }).zh !== "string" || typeof (reason as { en?: unknown }).en !== "string"
    ) {
      throw new InvalidInput({ issues: [issue(["args"], "invalid_type", "应为 { document, reason: { zh, en } }", "expected { document, reason: { zh, en } }")] })
    }
    super({ ...args, message: `Cannot produce document ${args.document}: ${args.reason.en}`, messageZh: `无法生成${documentNameZh(args.document)}：${args.reason.zh}` })
  }
}
