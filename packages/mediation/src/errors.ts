/**
 * The package's own typed error: a document asked of a case that does not (yet) have it.
 *
 * @module
 */
import { Data } from "effect"
import type { Bilingual } from "@minzheng/core"

/**
 * A document cannot be produced from the case as it stands (e.g. a 调解协议书 before any
 * agreement, a 回访记录 that was never made).
 *
 * @example
 * ```ts
 * import { DocumentUnavailable } from "@minzheng/mediation"
 * const e = new DocumentUnavailable({ document: "agreement", reason: { zh: "尚未达成调解协议", en: "no agreement yet" } })
 * e.messageZh //=> "无法生成文书 agreement：尚未达成调解协议"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class DocumentUnavailable extends Data.TaggedError("DocumentUnavailable")<{
  readonly document: string
  readonly reason: Bilingual
  readonly message: string
  readonly messageZh: string
}> {
  constructor(args: { readonly document: string; readonly reason: Bilingual }) {
    super({ ...args, message: `Cannot produce document ${args.document}: ${args.reason.en}`, messageZh: `无法生成文书 ${args.document}：${args.reason.zh}` })
  }
}
