/**
 * 积分台账记录 (ledger entry): one append-only line — an award, a deduction, a reversal, an expiry
 * or a redemption — with the person, item, points, date, recorder, approver, evidence and a unique
 * idempotency key. Corrections are reversals, never edits.
 *
 * @module
 */
import { type IsoDate, IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { IdSchema, PointsSchema } from "../internal/schemas.js"
import { ROLES, type Role } from "../scheme/vocabulary.js"

/**
 * The kinds of ledger entry, in the order the ledger's rules treat them.
 *
 * @example
 * ```ts
 * import { ENTRY_KINDS } from "@minzheng/credit"
 * ENTRY_KINDS //=> ["award", "deduction", "reversal", "expiry", "redemption"]
 * ```
 * @category ledger
 * @since 0.1.0
 */
export const ENTRY_KINDS = ["award", "deduction", "reversal", "expiry", "redemption"] as const

/**
 * The kinds of entry: `award` 加分, `deduction` 扣分, `reversal` 冲正, `expiry` 过期, `redemption` 兑换.
 *
 * @example
 * ```ts
 * import { ENTRY_KIND_NAMES } from "@minzheng/credit"
 * ENTRY_KIND_NAMES.reversal.zh //=> "冲正"
 * ```
 * @category ledger
 * @since 0.1.0
 */
export const ENTRY_KIND_NAMES: { readonly [K in (typeof ENTRY_KINDS)[number]]: { readonly zh: string; readonly en: string } } = {
  award: { zh: "加分", en: "award" },
  deduction: { zh: "扣分", en: "deduction" },
  reversal: { zh: "冲正", en: "reversal" },
  expiry: { zh: "过期", en: "expiry" },
  redemption: { zh: "兑换", en: "redemption" }
}

/**
 * An entry kind.
 *
 * @example
 * ```ts
 * import type { EntryKind } from "@minzheng/credit"
 * const k: EntryKind = "award"
 * ```
 * @category ledger
 * @since 0.1.0
 */
export type EntryKind = (typeof ENTRY_KINDS)[number]

const ActorSchema = z.strictObject({ id: IdSchema, role: z.literal(ROLES) })

const common = {
  key: IdSchema,
  person: IdSchema,
  date: IsoDateSchema,
  recorder: ActorSchema,
  note: z.optional(z.string().check(z.maxLength(2000)))
}

/**
 * Zod schema of what a caller asks to record ({@link EntryInput}). Awards and deductions name an
 * item and a quantity (points follow from the scheme; if `points` is given it must agree);
 * reversals name the entry they reverse; redemptions give the points spent and the order id;
 * expiries name the award lot they expire (normally written by `expirePoints`).
 *
 * @example
 * ```ts
 * import { EntryInputSchema } from "@minzheng/credit"
 * EntryInputSchema.safeParse({ kind: "award", key: "k1", person: "p1", item: "elder-care", date: "2025-04-02", recorder: { id: "c1", role: "collector" } }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const EntryInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal(["award", "deduction"]),
    ...common,
    item: IdSchema,
    quantity: z.optional(z.number().check(z.int(), z.positive(), z.maximum(1_000_000))),
    points: z.optional(PointsSchema),
    approver: z.optional(ActorSchema),
    evidenceId: z.optional(IdSchema)
  }),
  z.strictObject({ kind: z.literal("reversal"), ...common, reverses: IdSchema, approver: z.optional(ActorSchema) }),
  z.strictObject({ kind: z.literal("redemption"), ...common, points: PointsSchema.check(z.positive()), orderId: IdSchema }),
  z.strictObject({ kind: z.literal("expiry"), ...common, points: PointsSchema.check(z.positive()), lot: IdSchema })
])


/**
 * A request to record an entry (see {@link EntryInputSchema}).
 *
 * @example
 * ```ts
 * import type { EntryInput } from "@minzheng/credit"
 * const award: EntryInput = {
 *   kind: "award", key: "2025-04-02/elder-care/p1", person: "p1", item: "elder-care", date: "2025-04-02" as any,
 *   recorder: { id: "c1", role: "collector" }, approver: { id: "v1", role: "village-committee" }, evidenceId: "w-88"
 * }
 * ```
 * @category ledger
 * @since 0.1.0
 */
export type EntryInput = z.input<typeof EntryInputSchema> | z.output<typeof EntryInputSchema>

/**
 * Who recorded or approved an entry.
 *
 * @example
 * ```ts
 * import type { Actor } from "@minzheng/credit"
 * const collector: Actor = { id: "c-07", role: "collector" }
 * ```
 * @category ledger
 * @since 0.1.0
 */
export interface Actor {
  readonly id: string
  readonly role: Role
}

/**
 * A recorded entry. `points` is its signed effect: + for an award, − for a deduction, a
 * redemption or an expiry, and the negation of the reversed entry for a reversal. Fields a kind
 * does not use are `null`.
 *
 * @example
 * ```ts
 * import type { LedgerEntry } from "@minzheng/credit"
 * const e: LedgerEntry = {
 *   key: "k1", kind: "deduction", person: "p1", item: "rubbish-dumping", quantity: 1, points: -10, date: "2025-05-06" as any,
 *   recorder: { id: "c1", role: "collector" }, approver: { id: "v1", role: "village-committee" }, evidenceId: "ph-3",
 *   reverses: null, orderId: null, lot: null, note: null
 * }
 * ```
 * @category ledger
 * @since 0.1.0
 */
export interface LedgerEntry {
  readonly key: string
  readonly kind: EntryKind
  readonly person: string
  readonly item: string | null
  readonly quantity: number
  readonly points: number
  readonly date: IsoDate
  readonly recorder: Actor
  readonly approver: Actor | null
  readonly evidenceId: string | null
  readonly reverses: string | null
  readonly orderId: string | null
  readonly lot: string | null
  readonly note: string | null
}
