import { readFileSync } from "node:fs"
import { join } from "node:path"
import { runDemo, runInProcess } from "@minzheng/cli"
import { describe, expect, it } from "vitest"
import { tempDir } from "./helpers.js"

describe("the demo", () => {
  it("runs all five packages over a small street, writes its files and lists them; the same seed gives the same files", async () => {
    const a = tempDir()
    const b = tempDir()
    const printed: string[] = []
    const first = await runDemo({ out: a, seed: 11, householdsPerCommunity: 12, asOf: "2026-12-04", print: (t) => void printed.push(t) })
    await runDemo({ out: b, seed: 11, householdsPerCommunity: 12, asOf: "2026-12-04", print: () => {} })
    expect(first.counts).toMatchObject({ communities: 20, households: 240, determined: 240, cases: 12 })
    expect(first.files.map((f) => f.slice(a.length + 1))).toEqual([
      "determinations.ndjson",
      "notice-c01.txt",
      "care-levels.csv",
      "calendar-c01-2026.ics",
      expect.stringMatching(/^mediation-2026-c\d\d-\d\d\.txt$/),
      "credit-payout-2026Q3.csv"
    ])
    for (const f of first.files) {
      const name = f.slice(a.length + 1)
      expect(readFileSync(join(b, name), "utf8")).toBe(readFileSync(f, "utf8"))
    }
    const text = printed.join("")
    for (const section of ["社会救助认定", "低保公示", "老年人能力评估", "居务公开日历", "人民调解", "村级信用积分"]) expect(text).toContain(section)
    expect(text).toContain("files written")
    // the payout list sums to the fund exactly
    expect(text).toMatch(/fund 基金 20000\.00 元 \(proportional\), paid 合计 20000\.00 元/)
    // the notice shows no full name: every head of household is a surname and stars
    const notice = readFileSync(join(a, "notice-c01.txt"), "utf8").split("\n").slice(5).filter((l) => l.includes("|"))
    for (const row of notice) expect(row.split(" | ")[0]).toMatch(/^\p{Script=Han}{1,2}\*+$/u)
  })

  it("`minzheng demo --help` shows an example", async () => {
    const r = await runInProcess(["demo", "--help"])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain("minzheng demo --out")
  })
})
