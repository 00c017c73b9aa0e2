import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { formatCsvLine, InvalidInput, parseCsvLine } from "@minzheng/core"

describe("CSV lines (RFC 4180)", () => {
  it("reads quoted commas and doubled quotes", () => {
    expect(parseCsvLine('h1,"Zhang, San",""""')).toEqual(["h1", "Zhang, San", '"'])
    expect(parseCsvLine("a,,b,")).toEqual(["a", "", "b", ""])
  })
  it("says a quoted field is still open so a reader can join the next line", () => {
    expect(parseCsvLine('h1,"line one')).toBeUndefined()
    expect(parseCsvLine('h1,"line one\nline two",x')).toEqual(["h1", "line one\nline two", "x"])
  })
  it("a line written by formatCsvLine reads back cell for cell (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 12 }), (cells) => {
        expect(parseCsvLine(formatCsvLine(cells))).toEqual(cells)
      })
    )
  })
  it("refuses what is not text or cells", () => {
    expect(() => parseCsvLine(3 as unknown as string)).toThrow(InvalidInput)
    expect(() => formatCsvLine([{}] as never)).toThrow(InvalidInput)
  })
})
