import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { containsPersonalNumber, findPersonalNumbers, maskPersonalNumbers } from "../src/index.js"

const kinds = (s: string) => findPersonalNumbers(s).map((m) => m.kind)

describe("findPersonalNumbers: the numbers found hidden in real 公示 remarks (issue 15)", () => {
  it.each([
    ["138-1234-5678", "phone"],
    ["138 1234 1234", "phone"],
    ["+8613812341234", "phone"],
    ["+86 138 1234 1234", "phone"],
    ["0086-138-1234-1234", "phone"],
    ["１３８１２３４５６７８", "phone"],
    ["１３８－１２３４－５６７８", "phone"],
    ["身份证 110105 19491231 002X", "citizen-id"],
    ["身份证11010519491231002x", "citizen-id"],
    ["旧证 110105491231002", "citizen-id"],
    ["(0532) 8888-6666", "landline"],
    ["010-12345678", "landline"],
    ["卡号 6222 0212 3456 7890 128", "bank-card"],
    ["卡号 4111-1111-1111-1111", "bank-card"]
  ])("%s is a %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind])
    const masked = maskPersonalNumbers(text)
    expect(containsPersonalNumber(masked)).toBe(false)
    expect(masked).toContain("*")
  })

  it.each([
    "补助 1050.00 元",
    "2025-07-13 至 2025-07-20",
    "2025-07-13-2025-07-20",
    "行政区划代码 370213001001",
    "共 3 户 7 人，人均 1234.56 元",
    "编号 12345678901234567", // 17 digits, not a card by Luhn / not an ID
    "ABC"
  ])("%s holds no personal number", (text) => {
    expect(findPersonalNumbers(text)).toEqual([])
    expect(maskPersonalNumbers(text)).toBe(text)
  })

  it("keeps a count written after a phone number apart from it", () => {
    expect(maskPersonalNumbers("电话 13812345678 2 人")).toBe("电话 138****5678 2 人")
  })

  it("reports positions in the original text and keeps the rest as written", () => {
    const text = "请联系 +86 138 1234 5678 或卡 6222021234567890128。"
    const ms = findPersonalNumbers(text)
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(["+86 138 1234 5678", "6222021234567890128"])
    expect(maskPersonalNumbers(text)).toBe("请联系 138****5678 或卡 6222***********0128。")
  })

  it("refuses a non-string with a typed error", () => {
    expect(() => findPersonalNumbers(42 as unknown as string)).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
  })

  it("is linear on a hostile run of digits and separators", () => {
    const text = "0 ".repeat(500_000) + "1".repeat(1_000_000) + "-0".repeat(300_000)
    expect(findPersonalNumbers(text)).toEqual([])
  })

  it("property: a mobile number with any separators is found and its middle digits never survive masking", () => {
    const sep = fc.constantFrom("", " ", "-", "－", "—", ".", "  ", " - ", "\u3000")
    const digit = fc.integer({ min: 0, max: 9 })
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.array(digit, { minLength: 9, maxLength: 9 }),
        sep,
        sep,
        fc.constantFrom("", "+86", "+86 ", "0086", "0086-"),
        fc.boolean(),
        fc.constantFrom("电话", "联系人王某", "", "（手机）"),
        (second, rest, s1, s2, prefix, fullWidth, lead) => {
          const national = `1${second}${rest.join("")}`
          let written = `${prefix}${national.slice(0, 3)}${s1}${national.slice(3, 7)}${s2}${national.slice(7)}`
          if (fullWidth) written = written.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
          const text = `${lead}${written}。`
          const found = findPersonalNumbers(text)
          expect(found.map((m) => [m.kind, m.digits])).toEqual([["phone", national]])
          const masked = maskPersonalNumbers(text)
          expect(masked).toBe(`${lead}${national.slice(0, 3)}****${national.slice(7)}。`)
        }
      ),
      { numRuns: 300 }
    )
  })
})
