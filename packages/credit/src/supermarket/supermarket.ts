/**
 * 信用超市 (credit supermarket): a catalogue of daily goods priced in points, with stock. A
 * redemption spends points from the ledger and takes goods from stock together, or neither: it
 * never overspends (the balance, net of points due to expire, stays at or above the scheme's
 * floor), never takes stock that is not there, and is idempotent by order id. Seed 001: 70% of
 * 荣成's villages run one, “守信群众随时可以用信用分兑换生活物品”.
 *
 * @module
 */
import { decode, type InvalidInput, invalidInput, IsoDateSchema, issue, localPractice } from "@minzheng/core"
import { ledgerIssues, problems, versionsIssues } from "../internal/guards.js"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { CreditRefused, IdempotencyConflict } from "../errors.js"
import { BilingualSchema, IdSchema } from "../internal/schemas.js"
import { appendEntry } from "../ledger/append.js"
import type { LedgerEntry } from "../ledger/entry.js"
import type { Ledger } from "../ledger/ledger.js"
import type { Scheme } from "../scheme/scheme.js"
import { ROLES } from "../scheme/vocabulary.js"

const SUPERMARKET = localPractice("seed 001", "70%的村居设立“信用超市”，守信群众随时可以用信用分兑换生活物品")

/**
 * Zod schema of a {@link Catalogue}.
 *
 * @example
 * ```ts
 * import { CatalogueSchema } from "@minzheng/credit"
 * CatalogueSchema.safeParse({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 5, stock: 20 }] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CatalogueSchema = z.strictObject({
  goods: z.array(
    z.strictObject({
      id: IdSchema,
      label: BilingualSchema,
      price: z.number().check(z.int(), z.positive(), z.maximum(1e9)),
      stock: z.number().check(z.int(), z.minimum(0), z.maximum(1e9))
    })
  )
})

/**
 * A supermarket's catalogue: goods with a price in points and the stock on the shelf.
 *
 * @example
 * ```ts
 * import type { Catalogue } from "@minzheng/credit"
 * const c: Catalogue = { goods: [{ id: "rice-5kg", label: { zh: "大米5公斤", en: "5 kg rice" }, price: 30, stock: 10 }] }
 * ```
 * @category supermarket
 * @since 0.1.0
 */
export type Catalogue = z.output<typeof CatalogueSchema>

/**
 * Zod schema of an {@link Order}.
 *
 * @example
 * ```ts
 * import { OrderSchema } from "@minzheng/credit"
 * OrderSchema.safeParse({ orderId: "o1", person: "p1", good: "soap", quantity: 1, date: "2025-06-01", clerk: { id: "c1", role: "collector" } }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const OrderSchema = z.strictObject({
  orderId: IdSchema,
  person: IdSchema,
  good: IdSchema,
  quantity: z.number().check(z.int(), z.positive(), z.maximum(10_000)),
  date: IsoDateSchema,
  clerk: z.strictObject({ id: IdSchema, role: z.literal(ROLES) })
})


/**
 * A redemption order.
 *
 * @example
 * ```ts
 * import type { Order } from "@minzheng/credit"
 * const o: Order = { orderId: "o1", person: "p1", good: "soap", quantity: 2, date: "2025-06-01" as any, clerk: { id: "c1", role: "collector" } }
 * ```
 * @category supermarket
 * @since 0.1.0
 */
export type Order = z.output<typeof OrderSchema>

/**
 * A supermarket: its catalogue (current stock) and the orders filled so far, by id.
 *
 * @example
 * ```ts
 * import { openSupermarketUnsafe } from "@minzheng/credit"
 * openSupermarketUnsafe({ goods: [] }).orders.size //=> 0
 * ```
 * @category supermarket
 * @since 0.1.0
 */
export interface Supermarket {
  readonly stock: ReadonlyMap<string, { readonly label: { readonly zh: string; readonly en: string }; readonly price: number; readonly stock: number }>
  readonly orders: ReadonlyMap<string, Order>
}

/**
 * Opens a supermarket from a catalogue (outside data: a file, a form).
 *
 * @returns the supermarket, or `InvalidInput` listing every problem of the catalogue
 * @example
 * ```ts
 * import { openSupermarket } from "@minzheng/credit"
 * import { Result } from "@minzheng/core"
 * const r = openSupermarket({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 5, stock: 3 }] })
 * Result.isSuccess(r) && r.success.stock.get("soap")?.stock //=> 3
 * Result.isFailure(openSupermarket({ goods: [{ id: "soap", price: 0 }] })) //=> true
 * ```
 * @category supermarket
 * @since 0.1.0
 */
export const openSupermarket = (catalogue: unknown): Result.Result<Supermarket, InvalidInput> => {
  const c = decode(CatalogueSchema, catalogue)
  if (Result.isFailure(c)) return Result.fail(c.failure)
  return Result.succeed({ stock: new Map(c.success.goods.map((g) => [g.id, { label: g.label, price: g.price, stock: g.stock }])), orders: new Map() })
}

/**
 * Like {@link openSupermarket}, throwing the `InvalidInput`.
 *
 * @throws `InvalidInput` listing every problem of the catalogue
 * @example
 * ```ts
 * import { openSupermarketUnsafe } from "@minzheng/credit"
 * openSupermarketUnsafe({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 5, stock: 3 }] }).stock.get("soap")?.price //=> 5
 * ```
 * @category supermarket
 * @since 0.1.0
 */
export const openSupermarketUnsafe = (catalogue: unknown): Supermarket => {
  const r = openSupermarket(catalogue)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * The outcome of a redemption: the new supermarket and ledger, the redemption entry, and whether
 * the order was a repeat of one already filled.
 *
 * @example
 * ```ts
 * import type { Redeemed } from "@minzheng/credit"
 * const spent = (r: Redeemed) => -r.entry.points
 * ```
 * @category supermarket
 * @since 0.1.0
 */
export interface Redeemed {
  readonly supermarket: Supermarket
  readonly ledger: Ledger
  readonly entry: LedgerEntry
  readonly duplicate: boolean
}

/**
 * Fills an order (see the module summary): both the stock and the points move, or neither.
 *
 * @returns the outcome, or `InvalidInput`, `IdempotencyConflict` (same order id, different order),
 * `CreditRefused` (`unknown-good`, `out-of-stock`, `insufficient-balance`)
 * @example
 * ```ts
 * import { Ledger, appendEntryUnsafe, openSupermarketUnsafe, redeem, rongchengVillageScheme } from "@minzheng/credit"
 * import { Result } from "@minzheng/core"
 * const schemes = [rongchengVillageScheme]
 * const ledger = appendEntryUnsafe(Ledger.empty(), schemes, {
 *   kind: "award", key: "a1", person: "p1", item: "frugal-ceremony", date: "2025-04-10",
 *   recorder: { id: "c1", role: "collector" }, approver: { id: "v1", role: "village-committee" }, evidenceId: "doc-1"
 * }).ledger
 * const shop = openSupermarketUnsafe({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 4, stock: 5 }] })
 * const r = redeem(shop, ledger, schemes, { orderId: "o1", person: "p1", good: "soap", quantity: 2, date: "2025-04-20", clerk: { id: "c1", role: "collector" } })
 * Result.isSuccess(r) && r.success.supermarket.stock.get("soap")?.stock //=> 3
 * ```
 * @category supermarket
 * @since 0.1.0
 */
export const redeem = (
  supermarket: Supermarket,
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  order: unknown
): Result.Result<Redeemed, InvalidInput | IdempotencyConflict | CreditRefused> => {
  const d = decode(OrderSchema, order)
  const shopOk = typeof supermarket === "object" && supermarket !== null && supermarket.stock instanceof Map && supermarket.orders instanceof Map
  const bad = problems(
    shopOk ? [] : [issue(["supermarket"], "invalid_supermarket", "不是信用超市", "not a supermarket")],
    ledgerIssues(ledger),
    versionsIssues(versions),
    Result.isFailure(d) ? d.failure.issues : []
  )
  if (bad !== undefined || Result.isFailure(d)) return Result.fail(bad ?? invalidInput([]))
  // Order ids are idempotency keys: compared in Unicode NFC (an NFD copy is the same order).
  const o = { ...(d.success as Order), orderId: (d.success as Order).orderId.normalize("NFC") }
  const earlier = supermarket.orders.get(o.orderId)
  if (earlier !== undefined) {
    for (const f of ["person", "good", "quantity", "date"] as const) {
      if (earlier[f] !== o[f]) return Result.fail(new IdempotencyConflict({ key: o.orderId, field: f }))
    }
    const entry = ledger.find(`order:${o.orderId}`)
    if (entry !== undefined) return Result.succeed({ supermarket, ledger, entry, duplicate: true })
  }
  const good = supermarket.stock.get(o.good)
  if (good === undefined) return Result.fail(new CreditRefused({ code: "unknown-good", reason: { zh: `目录中没有商品 ${o.good}`, en: `no good ${o.good} in the catalogue` }, citations: [SUPERMARKET] }))
  if (good.stock < o.quantity) {
    return Result.fail(new CreditRefused({ code: "out-of-stock", reason: { zh: `${good.label.zh} 库存 ${good.stock}，不足 ${o.quantity}`, en: `${good.label.en}: ${good.stock} in stock, ${o.quantity} asked` }, citations: [SUPERMARKET] }))
  }
  const r = appendEntry(ledger, versions, {
    kind: "redemption",
    key: `order:${o.orderId}`,
    person: o.person,
    date: o.date,
    recorder: o.clerk,
    points: good.price * o.quantity,
    orderId: o.orderId,
    note: `${good.label.zh} × ${o.quantity}`
  })
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const stock = new Map(supermarket.stock)
  stock.set(o.good, { ...good, stock: good.stock - o.quantity })
  const orders = new Map(supermarket.orders)
  orders.set(o.orderId, o)
  return Result.succeed({ supermarket: { stock, orders }, ledger: r.success.ledger, entry: r.success.entry, duplicate: false })
}
