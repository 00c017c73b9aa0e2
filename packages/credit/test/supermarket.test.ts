import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { balanceAtUnsafe, incentivesForUnsafe, openSupermarketUnsafe, publicBoard, redeem, rongchengIncentives } from "@minzheng/credit"
import { award, build, collector, d, schemes } from "./helpers.js"

const ledger = build([award("a1", "p1", "frugal-ceremony", "2025-04-10")])
const shop = openSupermarketUnsafe({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 4, stock: 2 }, { id: "oil", label: { zh: "食用油", en: "cooking oil" }, price: 20, stock: 9 }] })
const order = (orderId: string, good: string, quantity: number) => ({ orderId, person: "p1", good, quantity, date: "2025-04-20", clerk: collector })

describe("信用超市", () => {
  it("buying 2 bars of soap at 4 points spends 8 points and takes 2 from stock", () => {
    const r = redeem(shop, ledger, schemes, order("o1", "soap", 2))
    if (Result.isFailure(r)) throw r.failure
    expect(r.success.supermarket.stock.get("soap")?.stock).toBe(0)
    expect(balanceAtUnsafe(r.success.ledger, schemes, "p1", d("2025-04-20")).available).toBe(2)
  })
  it("an order for more than the shelf holds is refused and nothing moves", () => {
    const r = redeem(shop, ledger, schemes, order("o1", "soap", 3))
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("out-of-stock")
    expect(shop.stock.get("soap")?.stock).toBe(2)
  })
  it("an order the points cannot pay for is refused and the stock stays", () => {
    const r = redeem(shop, ledger, schemes, order("o1", "oil", 1))
    expect(Result.isFailure(r) && r.failure._tag === "CreditRefused" && r.failure.code).toBe("insufficient-balance")
  })
  it("the same order sent twice is filled once", () => {
    const first = redeem(shop, ledger, schemes, order("o1", "soap", 1))
    if (Result.isFailure(first)) throw first.failure
    const again = redeem(first.success.supermarket, first.success.ledger, schemes, order("o1", "soap", 1))
    expect(Result.isSuccess(again) && again.success.duplicate).toBe(true)
    expect(Result.isSuccess(again) && again.success.supermarket.stock.get("soap")?.stock).toBe(1)
  })
  it("a different order under a used order id is a conflict", () => {
    const first = redeem(shop, ledger, schemes, order("o1", "soap", 1))
    if (Result.isFailure(first)) throw first.failure
    const r = redeem(first.success.supermarket, first.success.ledger, schemes, order("o1", "soap", 2))
    expect(Result.isFailure(r) && r.failure._tag).toBe("IdempotencyConflict")
  })
})

describe("incentives by tier and the public board", () => {
  const l = build([award("a1", "p1", "frugal-ceremony", "2025-04-10"), award("a2", "p1", "elder-care", "2025-04-11", {}), award("a3", "p1", "elder-care", "2025-04-12"), award("a4", "p2", "elder-care", "2025-04-12")])
  it("an AAA villager (120) rides buses free and may choose a school", () => {
    expect(incentivesForUnsafe(l, schemes, rongchengIncentives, "p1", d("2025-06-30")).incentives.map((i) => i.id)).toEqual(["free-bus", "school-choice", "supermarket-discount"])
  })
  it("an A villager (105) gets the supermarket discount only", () => {
    expect(incentivesForUnsafe(l, schemes, rongchengIncentives, "p2", d("2025-06-30")).incentives.map((i) => i.id)).toEqual(["supermarket-discount"])
  })
  it("the board ranks by score and masks names (a compound surname kept whole) and ID numbers", () => {
    const b = publicBoard(l, schemes, [{ person: "p2", name: "李四", citizenId: "11010519491231002X" }, { person: "p1", name: "欧阳娜娜", citizenId: "370682198001011234" }], d("2025-06-30"))
    if (Result.isFailure(b)) throw b.failure
    expect(b.success.rows).toEqual([
      { rank: 1, name: "欧阳**", citizenId: "370682********1234", score: 120, tier: "AAA级（诚信示范户）", display: "★★★" },
      { rank: 2, name: "李*", citizenId: "110105********002X", score: 105, tier: "A级（守信户）", display: "★" }
    ])
    expect(JSON.stringify(b.success)).not.toContain("19491231")
  })
  it("when not every resident gave an ID number, the board shows no ID column at all", () => {
    const b = publicBoard(l, schemes, [{ person: "p2", name: "李四", citizenId: "11010519491231002X" }, { person: "p1", name: "欧阳娜娜" }], d("2025-06-30"))
    if (Result.isFailure(b)) throw b.failure
    expect(b.success.notice.columns.map((c) => c.key)).toEqual(["rank", "name", "score", "tier", "display"])
    expect(b.success.rows.map((r) => r.citizenId)).toEqual([null, null])
    expect(JSON.stringify(b.success)).not.toContain("1101051949")
  })
})
