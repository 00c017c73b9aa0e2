import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addPeriodUnsafe, CalendarYearNotCovered, chinaCalendar, explainPeriodUnsafe, fromDayNumber, isoDateUnsafe as d, InvalidInput, toDayNumber } from "@minzheng/core"

describe("legal periods, 《民法典》第二百零一至二百零四条", () => {
  it("a 7-day period whose 7th day falls in the National Day holiday ends on the first working day after it", () => {
    const r = explainPeriodUnsafe(d("2025-09-26"), { days: 7 })
    expect(r.nominalEnd).toBe("2025-10-03")
    expect(r.end).toBe("2025-10-09")
    expect(r.extended).toBe(true)
    expect(r.explanation.children.map((c) => c.citations[0]?.article)).toEqual(["第二百零一条", "第二百零一条", "第二百零三条"])
  })
  it("the starting day is not counted (第二百零一条): 7 days from Monday 2025-11-03 end Monday 11-10", () => {
    expect(addPeriodUnsafe(d("2025-11-03"), { days: 7 })).toBe("2025-11-10")
  })
  it("one month from 01-31 ends on the last day of February (第二百零二条)", () => {
    expect(addPeriodUnsafe(d("2025-01-31"), { months: 1 })).toBe("2025-02-28")
    expect(addPeriodUnsafe(d("2024-01-31"), { months: 1 })).toBe("2024-02-29")
  })
  it("a period ending on a Sunday moves to Monday; one ending on a 调休 Saturday does not move", () => {
    expect(addPeriodUnsafe(d("2025-11-02"), { days: 7 })).toBe("2025-11-10") // 11-09 is a Sunday
    expect(addPeriodUnsafe(d("2025-10-04"), { days: 7 })).toBe("2025-10-11") // 调休 Saturday, a working day
  })
  it("a 30-day window over the Spring Festival 2026: 01-17 + 30 days = 02-16 (holiday) → 02-24", () => {
    expect(addPeriodUnsafe(d("2026-01-17"), { days: 30 })).toBe("2026-02-24")
  })
  it("one year from 2024-02-29 ends 2025-02-28", () => {
    expect(addPeriodUnsafe(d("2024-02-29"), { years: 1 })).toBe("2025-02-28")
  })
  it("another law may count otherwise (第二百零四条): start day included, no extension", () => {
    expect(addPeriodUnsafe(d("2025-09-26"), { days: 7 }, chinaCalendar, { startDay: "included", holidayExtension: false })).toBe("2025-10-02")
    expect(addPeriodUnsafe(d("2030-01-01"), { days: 7 }, chinaCalendar, { holidayExtension: false })).toBe("2030-01-08")
  })
  it("an end beyond the calendar's years is an error, not a guess", () => {
    expect(() => addPeriodUnsafe(d("2026-12-28"), { days: 7 })).toThrow(CalendarYearNotCovered)
    expect(chinaCalendar.withProjection(2027).isProvisional(d("2027-01-04"))).toBe(true)
    expect(explainPeriodUnsafe(d("2026-12-28"), { days: 7 }, chinaCalendar.withProjection(2027)).provisional).toBe(true)
  })
  it("refuses a length with two units or a negative count", () => {
    expect(() => addPeriodUnsafe(d("2025-01-01"), { days: 1, months: 1 } as never)).toThrow(InvalidInput)
    expect(() => addPeriodUnsafe(d("2025-01-01"), { days: -1 })).toThrow(InvalidInput)
  })
  it("periods are monotone in the start and in the length (fast-check)", () => {
    const day = fc.integer({ min: toDayNumber(d("2020-01-01")), max: toDayNumber(d("2026-06-30")) }).map(fromDayNumber)
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (a, b, m, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const [short, long] = m <= n ? [m, n] : [n, m]
        return (
          addPeriodUnsafe(lo, { days: short }) <= addPeriodUnsafe(hi, { days: short }) &&
          addPeriodUnsafe(lo, { days: short }) <= addPeriodUnsafe(lo, { days: long }) &&
          addPeriodUnsafe(lo, { months: Math.min(short, 5) }) <= addPeriodUnsafe(lo, { months: Math.min(long, 5) })
        )
      })
    )
  })
})
