import { Decimal } from "decimal.js"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocate, allocateUnits, InvalidInput, Money, MoneySchema } from "@minzheng/core"

describe("Money", () => {
  it("is built from strings in 元 or whole 分, never from a float", () => {
    expect(Money.yuan("1050").toString()).toBe("1050.00")
    expect(Money.fen(105050).toString()).toBe("1050.50")
    expect(() => Money.yuan(1050.5 as unknown as string)).toThrow(InvalidInput)
    expect(() => Money.fen(10.5)).toThrow(InvalidInput)
    expect(MoneySchema.safeParse(1050).success).toBe(false)
  })
  it("adds exactly: 0.1 + 0.2 is 0.30", () => {
    expect(Money.yuan("0.1").plus(Money.yuan("0.2")).equals(Money.yuan("0.3"))).toBe(true)
  })
  it("rounds explicitly: 四舍五入 to 分, 向上取整 to 元, to 角", () => {
    expect(Money.yuan("12.345").round({ unit: "fen", mode: "half-up" }).toString()).toBe("12.35")
    expect(Money.yuan("12.344").round({ unit: "fen", mode: "half-up" }).toString()).toBe("12.34")
    expect(Money.yuan("399.01").round({ unit: "yuan", mode: "up" }).toString()).toBe("400.00")
    expect(Money.yuan("399.45").round({ unit: "jiao", mode: "half-up" }).toString()).toBe("399.50")
    expect(Money.yuan("0.125").round({ unit: "fen", mode: "half-even" }).toString()).toBe("0.12")
    expect(Money.yuan("-1.005").round({ unit: "fen", mode: "down" }).toString()).toBe("-1.00")
  })
  it("multiplies by exact factors and divides only with a rounding", () => {
    expect(Money.yuan("1050").times("1.3").toString()).toBe("1365.00")
    expect(Money.yuan("100").dividedBy(3, { unit: "fen", mode: "half-up" }).toString()).toBe("33.33")
    expect(() => Money.yuan("1").dividedBy(0, { unit: "fen", mode: "half-up" })).toThrow(InvalidInput)
  })
  it("formats in 元 with separators", () => {
    expect(Money.yuan("1234567.8").format()).toBe("1,234,567.80 元")
    expect(Money.yuan("-5").format({ style: "symbol" })).toBe("-¥5.00")
    expect(JSON.stringify({ a: Money.yuan("5") })).toBe('{"a":"5.00"}')
  })
})

describe("allocate (largest remainder)", () => {
  it("100.00 over three equal shares: the first gets the extra 分", () => {
    expect(allocate(Money.yuan("100.00"), [1, 1, 1]).map(String)).toEqual(["33.34", "33.33", "33.33"])
  })
  it("the largest remainder wins, not the first index", () => {
    // exact shares 3.3333…, 6.6666… 分 of 10 分: floors 3 + 6, the extra 分 goes to the .666 remainder
    expect(allocate(Money.fen(10), [1, 2]).map((m) => m.toFen())).toEqual([3, 7])
  })
  it("in whole 元", () => {
    expect(allocate(Money.yuan("10"), [1, 1, 1], "yuan").map(String)).toEqual(["4.00", "3.00", "3.00"])
  })
  it("zero weights get zero; all-zero, negative and bad weights are refused together", () => {
    expect(allocate(Money.yuan("1.00"), [0, 1]).map(String)).toEqual(["0.00", "1.00"])
    expect(() => allocate(Money.yuan("1.00"), [0, 0])).toThrow(InvalidInput)
    try {
      allocate(Money.yuan("1.001"), [-1, "x" as unknown as number])
    } catch (e) {
      expect((e as InvalidInput).issues.map((i) => i.code).sort()).toEqual(["invalid_weight", "negative", "not_whole_unit"])
    }
  })
  it("parts always sum to the total exactly, each within one 分 of its exact share (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_00 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }).filter((ws) => ws.some((w) => w > 0)),
        (fen, weights) => {
          const parts = allocate(Money.fen(fen), weights)
          const sum = weights.reduce((a, b) => a + b, 0)
          if (!Money.sum(parts).equals(Money.fen(fen))) return false
          return parts.every((p, i) => {
            const exact = new Decimal(fen).times(weights[i] ?? 0).div(sum)
            return new Decimal(p.toFen()).minus(exact).abs().lessThan(1) && (weights[i] !== 0 || p.isZero())
          })
        }
      )
    )
  })
  it("the exact-integer path and the BigInt path agree: scaling every weight changes nothing (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_00 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }).filter((ws) => ws.some((w) => w > 0)),
        (fen, weights) => {
          const small = allocate(Money.fen(fen), weights).map(String)
          const huge = allocate(Money.fen(fen), weights.map((w) => `${w}000000000000`)).map(String)
          const decimal = allocate(Money.fen(fen), weights.map((w) => (w / 4).toString())).map(String)
          return JSON.stringify(small) === JSON.stringify(huge) && JSON.stringify(small) === JSON.stringify(decimal)
        }
      )
    )
  })
  it("more weight never gets less money (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 20 }), (fen, weights) => {
        const parts = allocate(Money.fen(fen), weights)
        for (let i = 0; i < weights.length; i++)
          for (let j = 0; j < weights.length; j++)
            if ((weights[i] ?? 0) > (weights[j] ?? 0) && (parts[i]?.lessThan(parts[j] as Money) ?? false)) return false
        return true
      })
    )
  })
})

describe("allocateUnits (plain integers at scale)", () => {
  it("gives exactly what allocate gives (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 50 }).filter((ws) => ws.some((w) => w > 0)),
        (fen, weights) =>
          JSON.stringify(allocateUnits(fen, weights)) === JSON.stringify(allocate(Money.fen(fen), weights).map((m) => m.toFen()))
      )
    )
  })
  it("handles a city-wide payout: 286,000 people, sums exactly", () => {
    const weights = Array.from({ length: 286_000 }, (_, i) => 60 + ((i * 7919) % 141))
    const shares = allocateUnits(36_000_000_00, weights)
    expect(shares.reduce((a, b) => a + b, 0)).toBe(36_000_000_00)
    const viaMoney = allocate(Money.yuan("36000000.00"), weights)
    expect(viaMoney.length).toBe(286_000)
    expect(viaMoney[12345]?.toFen()).toBe(shares[12345])
  })
  it("refuses bad figures together", () => {
    try {
      allocateUnits(-1, [1.5, -2])
      expect.unreachable()
    } catch (e) {
      expect((e as InvalidInput).issues.map((i) => i.code)).toEqual(["invalid_units", "invalid_weight", "invalid_weight"])
    }
  })
})
