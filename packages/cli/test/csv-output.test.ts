import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runDemo, runInProcess } from "@minzheng/cli"
import { parseCsvLine } from "@minzheng/core"
import { describe, expect, it } from "vitest"
import { tempDir } from "./helpers.js"

const BOM = "\uFEFF"
const header = (file: string): Array<string> => parseCsvLine(readFileSync(file, "utf8").slice(1).split("\r\n")[0] as string) ?? []

describe("CSV for Excel: a UTF-8 BOM, Chinese headers (English on request), CRLF", () => {
  it("the demo's care levels and payout list", async () => {
    const zh = tempDir()
    const report = await runDemo({ out: zh, seed: 3, householdsPerCommunity: 4, asOf: "2026-12-04", print: () => {} })
    const csvs = report.files.filter((f) => f.endsWith(".csv"))
    expect(csvs.map((f) => f.slice(zh.length + 1))).toEqual(["care-levels.csv", "credit-payout-2026Q3.csv"])
    for (const f of csvs) {
      const text = readFileSync(f, "utf8")
      expect(text.startsWith(BOM)).toBe(true)
      expect(text.endsWith("\r\n")).toBe(true)
    }
    expect(header(join(zh, "care-levels.csv"))).toEqual(["户编号", "成员编号", "年龄", "身份", "照护方式", "总分", "能力等级代码", "能力等级", "照护待遇"])
    expect(header(join(zh, "credit-payout-2026Q3.csv"))).toEqual(["村民编号", "姓名（已脱敏）", "本季积分", "信用分", "信用等级", "权重", "金额（元）"])
    // under Chinese headers the cells read as Chinese too
    const second = parseCsvLine(readFileSync(join(zh, "care-levels.csv"), "utf8").split("\r\n")[1] as string) ?? []
    expect(["特困人员", "低保对象", "低保边缘", "其他"]).toContain(second[3])

    const en = tempDir()
    await runDemo({ out: en, seed: 3, householdsPerCommunity: 4, asOf: "2026-12-04", csvHeaders: "en", print: () => {} })
    expect(header(join(en, "credit-payout-2026Q3.csv"))).toEqual(["person", "name_masked", "points", "score", "tier", "weight", "amount"])
    expect(readFileSync(join(en, "care-levels.csv"), "utf8").startsWith(BOM)).toBe(true)
  })

  it("minzheng demo --csv-headers en", async () => {
    const out = tempDir()
    const r = await runInProcess(["demo", "--out", out, "--households-per-community", "2", "--as-of", "2026-12-04", "--csv-headers", "en"])
    expect(r.exitCode).toBe(0)
    expect(header(join(out, "care-levels.csv"))[0]).toBe("household")
  })

  it("disclosure schedule --out x.csv writes the calendar as CSV with Chinese headers", async () => {
    const dir = tempDir()
    const communities = join(dir, "c.csv")
    writeFileSync(communities, "id,name,region\nc01,翠湖社区,370213\n")
    const out = join(dir, "calendar.csv")
    const r = await runInProcess(["disclosure", "schedule", "--duties", "licang.residents-affairs", "--communities", communities, "--from", "2026-01-01", "--to", "2026-01-31", "--out", out])
    expect(r.exitCode).toBe(0)
    const text = readFileSync(out, "utf8")
    expect(text.startsWith(BOM)).toBe(true)
    expect(header(out)).toEqual(["公开日", "原定日期", "社区", "社区编号", "公开事项", "事项编号", "类型", "公示截止日", "是否顺延", "是否临时（推算日历）"])
    // 2026-01-10 is a Saturday: the 居务公开日 moves to Monday 2026-01-12
    expect(text).toContain("2026-01-12,2026-01-10,翠湖社区,c01,居务公开日")
  })
})
