import { readFileSync } from "node:fs"
import { join } from "node:path"
import { runInProcess } from "@minzheng/cli"
import { describe, expect, it } from "vitest"
import { fixture, lines, tempDir } from "./helpers.js"

const determine = (input: string, ...extra: string[]) => ["relief", "determine", input, "--policy", "qingdao-licang", "--as-of", "2025-03-15", ...extra]

describe("minzheng relief determine", () => {
  it("CSV: a household with a bad birth date gets one line naming the line, household and field; the others are determined (exit 1)", async () => {
    const r = await runInProcess(determine(fixture("households.csv")))
    expect(r.exitCode).toBe(1)
    const errs = lines(r.stderr)
    expect(errs[0]).toMatch(/^line 5, household c3: field members\[0\]\.birthDate: not a valid date/)
    expect(errs).toHaveLength(2)
    expect(errs[1]).toBe("minzheng: 1 of 4 households failed")
    expect(r.stdout).toMatch(/line 2\s+c1\s+2\s+150\.00\s+1800\.00/)
    expect(r.stdout).toContain("caseload summary 批量认定汇总: 4 records, 3 determined, 1 failed")
  })

  it("NDJSON with --json: a determination line per household, an error line per bad record, the summary last", async () => {
    const r = await runInProcess(determine(fixture("households.ndjson"), "--json"))
    expect(r.exitCode).toBe(1)
    const rows = lines(r.stdout).map((l) => JSON.parse(l) as { kind: string; householdId?: string })
    expect(rows.map((x) => x.kind)).toEqual(["determination", "error", "error", "determination", "summary"])
    const t1 = rows[0] as unknown as { determinations: Array<{ programme: string; amount: string }> }
    // 李沧 1050 × 3 people − 433.33 × 3 per-capita income (relief's own worked example): 1850.00
    expect(t1.determinations[0]).toMatchObject({ programme: "dibao", amount: "1850.00" })
    expect(lines(r.stderr).slice(0, 2)).toEqual([
      "line 2: the line is not valid JSON（该行不是有效的 JSON）",
      expect.stringMatching(/^line 3, household h2: field members\[0\]\.birthDate: /)
    ])
    expect(r.stderr).not.toContain("    at ")
  })

  it("reads standard input and writes --out to a file", async () => {
    const dir = tempDir()
    const out = join(dir, "det.ndjson")
    const stdin = readFileSync(fixture("households.ndjson"), "utf8")
    const r = await runInProcess(["relief", "determine", "--policy", "qingdao-licang", "--as-of", "2025-03-15", "--json", "--out", out], { stdin })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toBe("")
    expect(lines(readFileSync(out, "utf8"))).toHaveLength(5)
  })

  it("a JSON array is read whole and its records are named record N", async () => {
    const dir = tempDir()
    const file = join(dir, "h.json")
    const ndjson = lines(readFileSync(fixture("households.ndjson"), "utf8")).filter((l) => !l.startsWith("{ broken"))
    const { writeFileSync } = await import("node:fs")
    writeFileSync(file, `[${ndjson.join(",")}]`)
    const r = await runInProcess(determine(file))
    expect(r.exitCode).toBe(1)
    expect(lines(r.stderr)[0]).toMatch(/^record 2, household h2: field members\[0\]\.birthDate/)
  })

  it("the progress bar is drawn on stderr only when stderr is a terminal", async () => {
    const quiet = await runInProcess(determine(fixture("households.csv")))
    expect(quiet.stderr).not.toContain("\r")
    const tty = await runInProcess(determine(fixture("households.csv")), { stderrIsTerminal: true })
    expect(tty.stderr).toContain("relief determine [")
  })
})
