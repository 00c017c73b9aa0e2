/**
 * Typed errors of `@minzheng/credit`. Each carries its facts and a message in Chinese and English;
 * none ever echoes a full citizen ID number. Invalid input uses core's `InvalidInput`.
 *
 * @module
 */
import { type Bilingual, type Citation, maskPersonalNumbers } from "@minzheng/core"
import * as Data from "effect/Data"

/**
 * 幂等冲突 (idempotency conflict): the same idempotency key was recorded before with a different
 * payload. The ledger is unchanged — a retry with the same payload is a harmless no-op, a
 * different payload under a used key is a mistake to surface, never to swallow.
 *
 * **Details**: the messages never repeat the key (a key may be built from an ID or phone number),
 * and the `key` field keeps it with any personal number masked by core's `maskPersonalNumbers`;
 * the differing field is named in Chinese in `messageZh`.
 *
 * @example
 * ```ts
 * import { IdempotencyConflict } from "@minzheng/credit"
 * const e = new IdempotencyConflict({ key: "2025Q1-0007", field: "points" })
 * e.messageZh //=> "该幂等键已用于另一笔不同的记录（分值不同），本次未写入"
 * new IdempotencyConflict({ key: "award-13812345678", field: "date" }).message.includes("13812345678") //=> false
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
    const key = typeof args.key === "string" ? maskPersonalNumbers(args.key) : ""
    const field = typeof args.field === "string" ? args.field : ""
    super({
      key,
      field,
      message: `The idempotency key was already used for a different entry (${field} differs); nothing was written`,
      messageZh: `该幂等键已用于另一笔不同的记录（${FIELD_NAMES_ZH[field] ?? "内容"}不同），本次未写入`
    })
  }
}

// The Chinese names of the fields an idempotent repeat is compared on (entries and orders).
const FIELD_NAMES_ZH: Readonly<Record<string, string>> = {
  kind: "记录类型",
  person: "人员",
  item: "积分事项",
  quantity: "数量",
  points: "分值",
  date: "日期",
  evidenceId: "佐证材料编号",
  reverses: "被冲正的记录",
  orderId: "订单号",
  lot: "积分批次",
  note: "备注",
  recorder: "记录人",
  approver: "审核人",
  good: "商品",
  ledger: "台账"
}

/**
 * The reasons a credit operation can be refused, each a stable kebab-case code (the keys of
 * {@link REFUSAL_CODE_NAMES}).
 *
 * @example
 * ```ts
 * import { REFUSAL_CODES } from "@minzheng/credit"
 * REFUSAL_CODES.includes("no-scheme-in-force") //=> true
 * ```
 * @category errors
 * @since 0.1.0
 */
export const REFUSAL_CODES = [
  "unknown-item",
  "points-mismatch",
  "recorder-not-allowed",
  "approval-required",
  "evidence-required",
  "entry-not-found",
  "already-reversed",
  "not-reversible",
  "appeal-window-closed",
  "insufficient-balance",
  "out-of-stock",
  "unknown-good",
  "no-scheme-in-force",
  "order-conflict",
  "no-eligible-points"
] as const

/**
 * A refusal code (see {@link REFUSAL_CODES}).
 *
 * @example
 * ```ts
 * import type { RefusalCode } from "@minzheng/credit"
 * const code: RefusalCode = "insufficient-balance"
 * ```
 * @category errors
 * @since 0.1.0
 */
export type RefusalCode = (typeof REFUSAL_CODES)[number]

/**
 * Chinese and English names of the refusal codes (the Chinese name is what
 * `CreditRefused.messageZh` shows in brackets).
 *
 * @example
 * ```ts
 * import { REFUSAL_CODE_NAMES } from "@minzheng/credit"
 * REFUSAL_CODE_NAMES["no-scheme-in-force"].zh //=> "无有效方案"
 * REFUSAL_CODE_NAMES["appeal-window-closed"].en //=> "appeal window closed"
 * ```
 * @category errors
 * @since 0.1.0
 */
export const REFUSAL_CODE_NAMES: Readonly<Record<RefusalCode, Bilingual>> = {
  "unknown-item": { zh: "积分事项不存在", en: "unknown item" },
  "points-mismatch": { zh: "分值与事项不符", en: "points do not match the item" },
  "recorder-not-allowed": { zh: "记录人无权记录", en: "recorder not allowed" },
  "approval-required": { zh: "须经审核", en: "approval required" },
  "evidence-required": { zh: "须有佐证材料", en: "evidence required" },
  "entry-not-found": { zh: "记录不存在", en: "entry not found" },
  "already-reversed": { zh: "已冲正", en: "already reversed" },
  "not-reversible": { zh: "不可冲正", en: "not reversible" },
  "appeal-window-closed": { zh: "异议期已过", en: "appeal window closed" },
  "insufficient-balance": { zh: "积分余额不足", en: "insufficient balance" },
  "out-of-stock": { zh: "库存不足", en: "out of stock" },
  "unknown-good": { zh: "商品不存在", en: "unknown good" },
  "no-scheme-in-force": { zh: "无有效方案", en: "no scheme in force" },
  "order-conflict": { zh: "订单号冲突", en: "order id conflict" },
  "no-eligible-points": { zh: "无可分配积分", en: "no eligible points" }
}

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
 * e.messageZh //=> "不予办理（积分余额不足）：积分余额不足"
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
      messageZh: `不予办理（${REFUSAL_CODE_NAMES[args.code]?.zh ?? "规则不允许"}）：${args.reason.zh}`
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
