import { formatCsvLine as csvLine, parseCsvLine } from "@minzheng/core"
import { csvRecords, readLines, renderTable, runInProcess, textWidth } from "@minzheng/cli"
import { NodeServices } from "@effect/platform-node"
import { Effect, Stream } from "effect"
import fc from "fast-check"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { tempDir } from "./helpers.js"

describe("CSV", () => {
  it("a line written by csvLine reads back cell for cell (commas, quotes and Chinese included)", () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/[\r\n]/.test(s)), { minLength: 1, maxLength: 8 }), (cells) => {
        expect(parseCsvLine(csvLine(cells))).toEqual(cells)
      }),
      { numRuns: 300 }
    )
  })

  it("a quoted field may continue on the next line; the record keeps the line it starts on", async () => {
    const dir = tempDir()
    const file = join(dir, "x.csv")
    writeFileSync(file, 'id,note\n1,"first\nsecond"\n2,plain\n')
    const records = await Effect.runPromise(Stream.runCollect(csvRecords(readLines(file))).pipe(Effect.provide(NodeServices.layer)))
    expect(records.map((r) => [r.line, r.fields.id, r.fields.note])).toEqual([
      [2, "1", "first\nsecond"],
      [4, "2", "plain"]
    ])
  })
})

describe("tables", () => {
  it("a Chinese character takes two columns, so columns line up", () => {
    expect(textWidth("低保")).toBe(4)
    const t = renderTable([{ title: "名称" }, { title: "n", align: "right" }], [["翠湖社区", "1"], ["ab", "10"]])
    const widths = t.trimEnd().split("\n").map(textWidth)
    expect(new Set(widths.slice(1)).size).toBe(1)
  })
})

describe("arbitrary input never escapes as a stack trace", () => {
  it("any JSON value on a line of relief determine gives a determination or one error line, exit 0 or 1", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 1, maxLength: 4 }), async (values) => {
        const stdin = values.map((v) => JSON.stringify(v)).join("\n")
        const r = await runInProcess(["relief", "determine", "--policy", "qingdao-licang", "--as-of", "2025-03-15", "--json"], { stdin })
        expect([0, 1]).toContain(r.exitCode)
        expect(r.stderr).not.toMatch(/\n\s+at /)
        expect(r.stderr).not.toContain("internal error")
      }),
      { numRuns: 20 }
    )
  })

  it("any JSON value on a line of care score, mediation apply or credit payout is one error line at most", async () => {
    const commands = [
      ["care", "score"],
      ["mediation", "apply", "--case", "c1"],
      ["credit", "payout", "--fund", "100.00", "--from", "2025-04-01", "--to", "2025-06-30"]
    ]
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...commands), async (value, cmd) => {
        const r = await runInProcess(cmd, { stdin: `${JSON.stringify(value)}\n` })
        expect([0, 1, 3]).toContain(r.exitCode)
        expect(r.stderr).not.toMatch(/\n\s+at /)
        expect(r.stderr).not.toContain("internal error")
      }),
      { numRuns: 30 }
    )
  })
})
