import fc from "fast-check"
import { afterEach, describe, expect, it } from "vitest"
import { addDays, addMonths, addYears, daysBetween, InvalidInput, dayOfWeek, fromDayNumber, isIsoDate, isoDateUnsafe as d, isoDate, toDayNumber } from "@minzheng/core"
import { Result } from "effect"
import { UTCDate } from "@date-fns/utc"
import { addMonths as addMonthsFns } from "date-fns/addMonths"
import { addYears as addYearsFns } from "date-fns/addYears"

describe("civil dates", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true)
    expect(isIsoDate("2025-02-29")).toBe(false)
    expect(isIsoDate("2100-02-29")).toBe(false)
    expect(isIsoDate("2025-1-01")).toBe(false)
    expect(isIsoDate("2025-01-01T00:00:00Z")).toBe(false)
    expect(Result.isFailure(isoDate(20250101))).toBe(true)
  })
  it("month arithmetic keeps the month-end rule", () => {
    expect(addMonths(d("2025-01-31"), 1)).toBe("2025-02-28")
    expect(addMonths(d("2025-03-31"), -1)).toBe("2025-02-28")
    expect(addYears(d("2024-02-29"), 1)).toBe("2025-02-28")
    expect(addYears(d("2024-02-29"), 4)).toBe("2028-02-29")
  })
  it("weekdays and day differences", () => {
    expect(dayOfWeek(d("2025-10-01"))).toBe(3)
    expect(dayOfWeek(d("2025-10-05"))).toBe(7)
    expect(daysBetween(d("2024-01-01"), d("2025-01-01"))).toBe(366)
  })
})

describe("isIsoDate (char-code parser) against a regex-and-calendar reference", () => {
  const reference = (u: unknown): boolean => {
    if (typeof u !== "string") return false
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(u)
    if (m === null) return false
    const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate()
    return y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 && da >= 1 && da <= dim
  }
  it("agrees on dates, near-dates, mangled strings and anything (fast-check)", () => {
    const dateLike = fc
      .tuple(fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, da]) => `${y}-${String(m).padStart(2, "0")}-${String(da).padStart(2, "0")}`)
    const mangled = fc
      .tuple(dateLike, fc.nat({ max: 9 }), fc.constantFrom("/", "x", " ", "٣", "-", "0", "9", ":"))
      .map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1))
    fc.assert(fc.property(fc.oneof(dateLike, mangled, fc.string({ maxLength: 12 }), fc.anything()), (u) => isIsoDate(u) === reference(u)), { numRuns: 2000 })
  })
})

describe("no host time-zone drift", () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })
  it.each([
    ["Pacific/Kiritimati", "1995-01-31", -1, "1994-12-31"],
    ["Pacific/Kiritimati", "1994-11-30", 1, "1994-12-30"],
    ["Pacific/Apia", "2011-11-30", 1, "2011-12-30"]
  ] as const)("a day the host zone skipped still exists: in %s, %s plus %i month is %s", (tz, from, k, expected) => {
    process.env.TZ = tz
    expect(addMonths(d(from), k)).toBe(expected)
  })
  it.each(["America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati", "America/Sao_Paulo", "UTC"])("date arithmetic gives the same day in %s", (tz) => {
    process.env.TZ = tz
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(d("1950-01-01")), max: toDayNumber(d("2150-12-31")) }), fc.integer({ min: -240, max: 240 }), (n, k) => {
        const day = fromDayNumber(n)
        const months = addMonths(day, k)
        const expectedMonth = (((Number(day.slice(5, 7)) - 1 + k) % 12) + 12) % 12 + 1
        return (
          addDays(day, k) === fromDayNumber(n + k) &&
          Number(months.slice(5, 7)) === expectedMonth &&
          Number(months.slice(8, 10)) <= Number(day.slice(8, 10))
        )
      }),
      { numRuns: 200 }
    )
  })
})

describe("month and year arithmetic agree with date-fns over UTC dates (the oracle; core computes on the numbers)", () => {
  const throwsInvalidInput = (f: () => unknown): boolean => {
    try {
      f()
      return false
    } catch (e) {
      return e instanceof InvalidInput
    }
  }
  const viaFns = (day: string, f: (x: UTCDate) => Date): string => {
    const out = f(new UTCDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))))
    return out.toISOString().slice(0, 10)
  }
  it("addMonths equals date-fns addMonths for every day 1900–2199 and any shift that stays in range", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(d("1900-01-01")), max: toDayNumber(d("2199-12-31")) }), fc.integer({ min: -3_600, max: 3_600 }), (n, k) => {
        const day = fromDayNumber(n)
        const expected = viaFns(day, (x) => addMonthsFns(x, k))
        const inRange = expected >= "1900-01-01" && expected <= "2199-12-31"
        return inRange ? addMonths(day, k) === expected : throwsInvalidInput(() => addMonths(day, k))
      }),
      { seed: 20261204, numRuns: 2_000 }
    )
  })
  it("addYears equals date-fns addYears (02-29 to 02-28 in a common year)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(d("1900-01-01")), max: toDayNumber(d("2199-12-31")) }), fc.integer({ min: -300, max: 300 }), (n, k) => {
        const day = fromDayNumber(n)
        const expected = viaFns(day, (x) => addYearsFns(x, k))
        const inRange = expected >= "1900-01-01" && expected <= "2199-12-31"
        return inRange ? addYears(day, k) === expected : throwsInvalidInput(() => addYears(day, k))
      }),
      { seed: 20261204, numRuns: 2_000 }
    )
  })
  it("every month end and 02-29 across 1900–2199", () => {
    for (let y = 1900; y <= 2199; y++) {
      for (const md of ["01-31", "03-31", "05-31", "08-31", "10-31", "12-31", "02-28"]) {
        const day = d(`${y}-${md}`)
        for (const k of [-13, -1, 1, 11, 12, 13]) {
          const expected = viaFns(day, (x) => addMonthsFns(x, k))
          if (expected >= "1900-01-01" && expected <= "2199-12-31") expect(addMonths(day, k), `${day} ${k}`).toBe(expected)
        }
      }
    }
    expect(addYears(d("2024-02-29"), -4)).toBe("2020-02-29")
    expect(addYears(d("2000-02-29"), 100)).toBe("2100-02-28")
  })
})
