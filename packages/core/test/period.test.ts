import { describe, expect, it } from "vitest"
import { addPeriod, explainPeriod, isoDateUnsafe as d } from "@minzheng/core"

describe("legal periods, 《民法典》第二百零一至二百零三条", () => {
  it("a 7-day period whose 7th day falls in the National Day holiday ends on the first working day after it", () => {
    const r = explainPeriod(d("2025-09-26"), { days: 7 })
    expect(r.nominalEnd).toBe("2025-10-03")
    expect(r.end).toBe("2025-10-09")
    expect(r.extended).toBe(true)
  })
  it("one month from 01-31 ends on the last day of February (第二百零二条)", () => {
    expect(addPeriod(d("2025-01-31"), { months: 1 })).toBe("2025-02-28")
    expect(addPeriod(d("2024-01-31"), { months: 1 })).toBe("2024-02-29")
  })
})
