/**
 * Typed errors of `@minzheng/credit`. Each carries its facts and a message in Chinese and English;
 * none ever echoes a full citizen ID number. Invalid input uses core's `InvalidInput`.
 *
 * @module
 */
import type { Bilingual, Citation } from "@minzheng/core"
import { Data } from "effect"

/**
 * 幂等冲突 (idempotency conflict): the same idempotency key was recorded before with a different
 * payload. The ledger is unchanged — a retry with the same payload is a harmless no-op, a
 * different payload under a used key is a mistake to surface, never to swallow.
 *
 * @example
 * ```ts
 * import { IdempotencyConflict } from "@minzheng/credit"
 * const e = new IdempotencyConflict({ key: "2025Q1-0007", field: "points" })
 * e.messageZh //=> "幂等键 2025Q1-0007 已用于另一笔不同的记录（points 不同），本次未写入"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class IdempotencyConflict extends Data.TaggedError("IdempotencyConflict")<{
  readonly key: string
  readonly field: string
  readonly message: string
  readonly messageZh: string
}> {
  constructor(args: { readonly key: string; readonly field: string }) {
    super({
      ...args,
      message: `Idempotency key ${args.key} was already used for a different entry (${args.field} differs); nothing was written`,
      messageZh: `幂等键 ${args.key} 已用于另一笔不同的记录（${args.field} 不同），本次未写入`
    })
  }
}

/**
 * The reasons a credit operation can be refused, each a stable code.
 *
 * - `unknown-item` 积分事项不存在 · `points-mismatch` 分值与事项不符 · `recorder-not-allowed` 记录人无权记录
 * - `approval-required` 须经审核 · `evidence-required` 须有佐证材料 · `entry-not-found` 记录不存在
 * - `already-reversed` 已冲正 · `not-reversible` 不可冲正 · `appeal-window-closed` 异议期已过
 * - `insufficient-balance` 积分余额不足 · `out-of-stock` 库存不足 · `unknown-good` 商品不存在
 * - `no-scheme-in-force` 无有效方案 · `order-conflict` 订单号冲突 · `no-eligible-points` 无可分配积分
 *
 * @example
 * ```ts
 * import type { RefusalCode } from "@minzheng/credit"
 * const code: RefusalCode = "insufficient-balance"
 * ```
 * @category errors
 * @since 0.1.0
 */
export type RefusalCode =
  | "unknown-item"
  | "points-mismatch"
  | "recorder-not-allowed"
  | "approval-required"
  | "evidence-required"
  | "entry-not-found"
  | "already-reversed"
  | "not-reversible"
  | "appeal-window-closed"
  | "insufficient-balance"
  | "out-of-stock"
  | "unknown-good"
  | "no-scheme-in-force"
  | "order-conflict"
  | "no-eligible-points"

/**
 * A credit operation refused by a rule (an expired appeal window, a redemption that would
 * overspend, a second reversal …), with the reason in both languages and the rule's citation.
 * Nothing was written.
 *
 * @example
 * ```ts
 * import { CreditRefused } from "@minzheng/credit"
 * const e = new CreditRefused({ code: "insufficient-balance", reason: { zh: "积分余额不足", en: "not enough points" } })
 * e.message //=> "Refused (insufficient-balance): not enough points"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class CreditRefused extends Data.TaggedError("CreditRefused")<{
  readonly code: RefusalCode
  readonly reason: Bilingual
  readonly citations: ReadonlyArray<Citation>
  readonly details?: Readonly<Record<string, unknown>>
  readonly message: string
  readonly messageZh: string
}> {
  constructor(args: {
    readonly code: RefusalCode
    readonly reason: Bilingual
    readonly citations?: ReadonlyArray<Citation>
    readonly details?: Readonly<Record<string, unknown>>
  }) {
    super({
      code: args.code,
      reason: args.reason,
      citations: args.citations ?? [],
      ...(args.details === undefined ? {} : { details: args.details }),
      message: `Refused (${args.code}): ${args.reason.en}`,
      messageZh: `不予办理（${args.code}）：${args.reason.zh}`
    })
  }
}

/**
 * Any error of this package's own (core's `InvalidInput` and friends come on top).
 *
 * @example
 * ```ts
 * import type { CreditError } from "@minzheng/credit"
 * const text = (e: CreditError) => e.messageZh
 * ```
 * @category errors
 * @since 0.1.0
 */
export type CreditError = IdempotencyConflict | CreditRefused
