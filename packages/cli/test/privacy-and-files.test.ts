import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runInProcess } from "@minzheng/cli"
import { describe, expect, it } from "vitest"
import { fixture, lines, tempDir } from "./helpers.js"

const ID = "11010519491231002X"
const PHONE = "13812345678"
const caseLines = readFileSync(fixture("case.ndjson"), "utf8").split("\n").filter((l) => l.trim() !== "")

describe("personal numbers in mediation output are masked by default (--unmasked for a caseworker)", () => {
  it("mediation apply --json: the party's citizen ID and phone are masked; --unmasked prints them as stored", async () => {
    const masked = await runInProcess(["mediation", "apply", fixture("case.ndjson"), "--json"])
    expect(masked.stdout).not.toContain(ID)
    expect(masked.stdout).not.toContain(PHONE)
    expect(masked.stdout).toContain('"citizenId":"110105********002X"')
    expect(masked.stdout).toContain('"phone":"138****5678"')
    const raw = await runInProcess(["mediation", "apply", fixture("case.ndjson"), "--json", "--unmasked"])
    expect(raw.stdout).toContain(ID)
    expect(raw.stdout).toContain(PHONE)
  })

  it("mediation timeline --json masks the stored events the same way", async () => {
    const store = join(tempDir(), "cases.sqlite")
    await runInProcess(["mediation", "apply", fixture("case.ndjson"), "--store", store])
    const t = await runInProcess(["mediation", "timeline", "--store", store, "--case", "c1", "--json"])
    expect(t.exitCode).toBe(0)
    expect(t.stdout).not.toContain(ID)
    expect(t.stdout).not.toContain(PHONE)
    const raw = await runInProcess(["mediation", "timeline", "--store", store, "--case", "c1", "--json", "--unmasked"])
    expect(raw.stdout).toContain(ID)
  })

  it("a phone and an ID written with separators into a reason are masked in the timeline table", async () => {
    const file = join(tempDir(), "ended.ndjson")
    const end = { caseId: "c1", command: { type: "end-mediation", date: "2025-03-20", reason: "对方电话 138-1234-5678 一直无法接通，身份证 110105 19491231 002X", routesExplained: ["judicial"] } }
    writeFileSync(file, [...caseLines.slice(0, 3), caseLines[4], JSON.stringify(end)].join("\n"))
    const r = await runInProcess(["mediation", "apply", file, "--timeline"])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain("对方电话 138****5678 一直无法接通")
    expect(r.stdout).not.toContain("1234-5678")
    expect(r.stdout).not.toContain("19491231")
  })
})

describe("mediation apply --timeline --out", () => {
  it("writes the timeline of every case touched into the file, not only the last one", async () => {
    const dir = tempDir()
    const input = join(dir, "two.ndjson")
    writeFileSync(input, [...caseLines, ...caseLines.map((l) => l.replace(/"c1"/g, '"c2"'))].join("\n"))
    const out = join(dir, "timelines.txt")
    const r = await runInProcess(["mediation", "apply", input, "--timeline", "--out", out])
    expect(r.exitCode).toBe(1)
    const text = readFileSync(out, "utf8")
    expect(text).toContain("26 commands applied, 2 refused")
    expect(text).toMatch(/case c1: 已立卷归档 \(archived\)/)
    expect(text).toMatch(/case c2: 已立卷归档 \(archived\)/)
  })
})

describe("file and database problems exit 4, naming the file", () => {
  it("a --store that is not a database (corrupt) or holds a foreign case_events table", async () => {
    const dir = tempDir()
    const corrupt = join(dir, "corrupt.sqlite")
    writeFileSync(corrupt, "this is not a database\n".repeat(200))
    for (const args of [["mediation", "apply", fixture("case.ndjson"), "--store", corrupt], ["mediation", "timeline", "--store", corrupt, "--case", "c1"]]) {
      const r = await runInProcess(args)
      expect(r.exitCode).toBe(4)
      expect(lines(r.stderr)).toHaveLength(1)
      expect(r.stderr).toContain(corrupt)
      expect(r.stderr).not.toContain("internal error")
    }
    const { DatabaseSync } = await import("node:sqlite")
    const foreign = join(dir, "foreign.sqlite")
    const db = new DatabaseSync(foreign)
    db.exec("CREATE TABLE case_events (x TEXT)")
    db.close()
    const r = await runInProcess(["mediation", "apply", fixture("case.ndjson"), "--store", foreign])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain(foreign)
  })

  it.skipIf(!existsSync("/dev/full"))("--out to a full device: exit 4, 'no space left on device'", async () => {
    for (const args of [
      ["mediation", "apply", fixture("case.ndjson"), "--out", "/dev/full"],
      ["care", "score", fixture("responses.ndjson"), "--out", "/dev/full"],
      ["disclosure", "notice", fixture("dibao-rows.csv"), "--issuer", "某街道办事处", "--from", "2025-03-17", "--to", "2025-03-24", "--out", "/dev/full"]
    ]) {
      const r = await runInProcess(args)
      expect(r.exitCode).toBe(4)
      expect(r.stderr).toContain("cannot write /dev/full: no space left on device")
    }
  })

  it("a missing input file is one line and exit 4 — no empty report before it", async () => {
    const missing = join(tempDir(), "missing.ndjson")
    for (const cmd of [["care", "score"], ["mediation", "apply"], ["disclosure", "notice", "--issuer", "x", "--from", "2025-03-17", "--to", "2025-03-24"]]) {
      const r = await runInProcess([...cmd, missing])
      expect(r.exitCode).toBe(4)
      expect(r.stdout).toBe("")
      expect(lines(r.stderr)).toEqual([`minzheng: cannot read ${missing}: no such file or directory`])
    }
  })

  it("--out naming the input file is refused (exit 2) and the input is left as it was", async () => {
    const dir = tempDir()
    const input = join(dir, "responses.ndjson")
    const before = readFileSync(fixture("responses.ndjson"), "utf8")
    writeFileSync(input, before)
    const r = await runInProcess(["care", "score", input, "--out", input])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain("is the input file")
    expect(readFileSync(input, "utf8")).toBe(before)
  })
})

describe("a 公示 with bad rows", () => {
  it("two bad rows: each reported on its own line with its own line number, the good rows kept (exit 1)", async () => {
    const file = join(tempDir(), "rows.csv")
    writeFileSync(
      file,
      "headOfHousehold,membersCovered,monthlyAmount,community,programme\n张三丰,3,1850.00,翠湖社区,urban\n李四,x,1050.00,枣山社区,urban\n王五,2,12.345,枣山社区,urban\n赵六,2,800.00,枣山社区,urban\n"
    )
    const r = await runInProcess(["disclosure", "notice", file, "--issuer", "某街道办事处", "--from", "2025-03-17", "--to", "2025-03-24"])
    expect(r.exitCode).toBe(1)
    const errs = lines(r.stderr)
    expect(errs).toHaveLength(3)
    expect(errs[0]).toMatch(/^line 3: field membersCovered: /)
    expect(errs[1]).toMatch(/^line 4: field monthlyAmount: /)
    expect(errs[2]).toBe("minzheng: 2 of 4 rows left off the notice")
    expect(r.stdout).toContain("张** | 3 | 1850.00")
    expect(r.stdout).toContain("赵* | 2 | 800.00")
    expect(r.stdout).not.toContain("李*")
    expect(r.stdout).not.toContain("王*")
  })
})
