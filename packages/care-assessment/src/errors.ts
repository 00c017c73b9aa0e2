/**
 * The package's own typed errors (Effect `Data.TaggedError`), each with an English `message` and
 * a Chinese `messageZh`.
 *
 * @module
 */
import * as Data from "effect/Data"

/**
 * No instrument with this id is registered.
 *
 * @example
 * ```ts
 * import { UnknownInstrument } from "@minzheng/care-assessment"
 * const e = new UnknownInstrument({ id: "adl-2030", known: ["gbt-42195-2022"] })
 * e.messageZh //=> "未登记的评估工具 adl-2030（已登记：gbt-42195-2022）"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class UnknownInstrument extends Data.TaggedError("UnknownInstrument")<{
  readonly id: string
  readonly known: ReadonlyArray<string>
  readonly message: string
  readonly messageZh: string
}> {
  constructor(args: { readonly id: string; readonly known: ReadonlyArray<string> }) {
    super({
      ...args,
      message: `Unknown instrument ${args.id} (registered: ${args.known.join(", ")})`,
      messageZh: `未登记的评估工具 ${args.id}（已登记：${args.known.join("、")}）`
    })
  }
}
