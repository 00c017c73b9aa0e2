import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { elderlyCareInstitutionChecklist, rateChecklist, starAttendantChecklist, starRatingNotice } from "@minzheng/credit"
import { d } from "./helpers.js"

const grade = (scores: Record<string, number>, cl = elderlyCareInstitutionChecklist) => {
  const r = rateChecklist(cl, scores)
  if (Result.isFailure(r)) throw r.failure
  return r.success.grade?.id ?? null
}

describe("养老机构等级 (GB/T 37276-2018 structure)", () => {
  it("900 is grade 5, 899 grade 4", () => {
    expect(grade({ environment: 120, facilities: 130, management: 150, service: 500 })).toBe("grade-5")
    expect(grade({ environment: 120, facilities: 130, management: 150, service: 499 })).toBe("grade-4")
  })
  it("360 is grade 1, 359 no grade", () => {
    expect(grade({ environment: 60, facilities: 60, management: 60, service: 180 })).toBe("grade-1")
    expect(grade({ environment: 60, facilities: 60, management: 60, service: 179 })).toBeNull()
  })
  it("a part scored above its maximum is invalid input, with every problem listed", () => {
    const r = rateChecklist(elderlyCareInstitutionChecklist, { environment: 121, facilities: -1, service: 10, extra: 1 })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["out_of_range", "out_of_range", "missing", "unknown_section"])
  })
})

describe("星级服务员 (seed 000)", () => {
  it("92 points with a strong yearly assessment is five stars; 92 with a weak one is four", () => {
    expect(grade({ "annual-assessment": 55, "staff-vote": 9, "resident-vote": 19, "family-vote": 9 }, starAttendantChecklist)).toBe("five-star")
    expect(grade({ "annual-assessment": 52, "staff-vote": 10, "resident-vote": 20, "family-vote": 10 }, starAttendantChecklist)).toBe("four-star")
  })
  it("results are posted for one week: posted 2025-12-22, last day 2025-12-28, final 2025-12-29", () => {
    expect(starRatingNotice(d("2025-12-22"))).toMatchObject({ lastDay: "2025-12-28", finalOn: "2025-12-29" })
  })
})
