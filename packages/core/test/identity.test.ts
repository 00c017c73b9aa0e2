import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  ageFromCitizenId,
  ageOn,
  citizenIdCheckCharacter,
  CitizenIdSchema,
  isoDateUnsafe as d,
  isRegionCode,
  isWithinRegion,
  maskCitizenId,
  mostSpecific,
  parentRegion,
  parseCitizenId,
  regionChain,
  regionCodeUnsafe as r,
  regionLevel
} from "@minzheng/core"

const codeOf = (id: string): string | undefined => {
  const p = parseCitizenId(id)
  return Result.isFailure(p) ? p.failure.issues[0]?.code : undefined
}

describe("citizen ID numbers (GB 11643-1999)", () => {
  it("the standard's own example 11010519491231002X: 北京市朝阳区, 1949-12-31, female, check X", () => {
    expect(citizenIdCheckCharacter("11010519491231002")).toBe("X")
    const p = parseCitizenId("11010519491231002X")
    expect(Result.isSuccess(p) && p.success).toEqual({ regionCode: "110105", birthDate: "1949-12-31", sex: "female", legacy: false })
  })
  it("odd sequence numbers are male", () => {
    const first17 = "37021319580307001"
    const id = first17 + citizenIdCheckCharacter(first17)
    const p = parseCitizenId(id)
    expect(Result.isSuccess(p) && p.success.sex).toBe("male")
    expect(Result.isSuccess(p) && p.success.birthDate).toBe("1958-03-07")
  })
  it("accepts a lower-case x", () => {
    expect(CitizenIdSchema.parse("11010519491231002x")).toBe("11010519491231002X")
  })
  it("names the wrong part and never echoes the number", () => {
    expect(codeOf("1101051949123100")).toBe("citizen_id_length")
    expect(codeOf("11010519491231002A")).toBe("citizen_id_characters")
    expect(codeOf("99010519491231002X")).toBe("citizen_id_region")
    expect(codeOf("110105194902300026")).toBe("citizen_id_birthDate")
    expect(codeOf("110105194912310021")).toBe("citizen_id_checksum")
    expect(codeOf(110105194912310021 as unknown as string)).toBe("citizen_id_type")
    const p = parseCitizenId("110105194912310021")
    expect(Result.isFailure(p) && JSON.stringify(p.failure)).not.toContain("110105194912310021")
  })
  it("the legacy 15-digit form only when asked: birth year 19YY, no check digit", () => {
    expect(codeOf("110105491231002")).toBe("citizen_id_length")
    const p = parseCitizenId("110105491231002", { allowLegacy: true })
    expect(Result.isSuccess(p) && p.success).toEqual({ regionCode: "110105", birthDate: "1949-12-31", sex: "female", legacy: true })
  })
  it("masks for display: first 6 and last 4 kept", () => {
    expect(maskCitizenId("11010519491231002X")).toBe("110105********002X")
    expect(maskCitizenId("11010519491231002X", { head: 1, tail: 1 })).toBe("1****************X")
    expect(maskCitizenId("short")).toBe("*****")
  })
  it("age from an ID on a date", () => {
    const a = ageFromCitizenId("11010519491231002X", d("2009-12-30"))
    expect(Result.isSuccess(a) && a.success).toBe(59)
    const b = ageFromCitizenId("11010519491231002X", d("2009-12-31"))
    expect(Result.isSuccess(b) && b.success).toBe(60)
  })
})

describe("ages (周岁)", () => {
  it("turns 60 on the 60th birthday, is 59 the day before", () => {
    expect(ageOn(d("1965-10-02"), d("2025-10-01"))).toBe(59)
    expect(ageOn(d("1965-10-02"), d("2025-10-02"))).toBe(60)
  })
  it("16 on the 16th birthday", () => {
    expect(ageOn(d("2009-06-01"), d("2025-05-31"))).toBe(15)
    expect(ageOn(d("2009-06-01"), d("2025-06-01"))).toBe(16)
  })
  it("born 02-29: turns N on 03-01 of a common year by default, on 02-28 under the month-end rule", () => {
    expect(ageOn(d("2008-02-29"), d("2026-02-28"))).toBe(17)
    expect(ageOn(d("2008-02-29"), d("2026-03-01"))).toBe(18)
    expect(ageOn(d("2008-02-29"), d("2026-02-28"), "february-28")).toBe(18)
    expect(ageOn(d("2008-02-29"), d("2028-02-29"))).toBe(20)
    expect(ageOn(d("2008-02-29"), d("2028-02-28"))).toBe(19)
  })
})

describe("region codes (GB/T 2260)", () => {
  it("validates shape and province prefix", () => {
    expect(isRegionCode("370213")).toBe(true)
    expect(isRegionCode("810000")).toBe(true)
    expect(isRegionCode("990000")).toBe(false)
    expect(isRegionCode("370013")).toBe(false)
    expect(isRegionCode(370213)).toBe(false)
  })
  it("李沧区 370213 lies in 青岛市 370200 in 山东省 370000", () => {
    expect(regionChain(r("370213"))).toEqual(["370213", "370200", "370000", "000000"])
    expect(parentRegion(r("370200"))).toBe("370000")
    expect(regionLevel(r("370215"))).toBe("county")
    expect(isWithinRegion(r("370211"), r("370200"))).toBe(true)
    expect(isWithinRegion(r("370902"), r("370200"))).toBe(false)
  })
  it("most-specific lookup falls back county → city → province → nationwide", () => {
    const m = new Map([["370200", "city"], ["000000", "national"]])
    expect(mostSpecific(m, r("370213"))).toEqual({ region: "370200", value: "city" })
    expect(mostSpecific(m, r("440605"))).toEqual({ region: "000000", value: "national" })
  })
})
