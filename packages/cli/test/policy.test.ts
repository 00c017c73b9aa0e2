import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runInProcess } from "@minzheng/cli"
import { describe, expect, it } from "vitest"
import { lines } from "./helpers.js"

const check = (...extra: string[]) => ["policy", "check", "--policy", "qingdao-licang", "--region", "370213", ...extra]

describe("minzheng policy check", () => {
  it("a complete built-in bundle for 李沧 on 2025-03-15 exits 0 and lists the 低保标准 1050.00 with its source", async () => {
    const r = await runInProcess(check("--as-of", "2025-03-15"))
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/dibao\.standard\.urban\s+"1050\.00"\s+370213\s+2024-01-01/)
    expect(r.stdout).toContain("complete")
    expect(r.stderr).toBe("")
  })

  it("--json gives one object with every resolved parameter", async () => {
    const r = await runInProcess(check("--as-of", "2025-03-15", "--json"))
    const out = JSON.parse(r.stdout) as { complete: boolean; parameters: Array<{ name: string; value: unknown }> }
    expect(out.complete).toBe(true)
    expect(out.parameters.find((p) => p.name === "dibao.standard.urban")?.value).toBe("1050.00")
  })

  it("on 2026-03-15 the 基础养老金 exclusion (审核确认办法第十三条, “十四五”期间) is listed as carried forward, in Chinese", async () => {
    const r = await runInProcess(check("--as-of", "2026-03-15"))
    expect(r.exitCode).toBe(0)
    const out = lines(r.stdout)
    expect(out).toContain("income.basicPensionExcluded（基础养老金不计入家庭收入）：沿用：原文期限已届满，尚未见新规定")
    expect(out.find((l) => l.startsWith("income.basicPensionExcluded "))).toMatch(/2026-01-01\s+\[沿用\] 《最低生活保障审核确认办法》/)
    expect(r.stdout).toContain("1 carried forward（参数齐全，其中示例值 21 项，沿用 1 项）")
    // 2025 is inside the text's own period: nothing is carried forward
    const before = await runInProcess(check("--as-of", "2025-03-15"))
    expect(before.stdout).not.toContain("沿用：")
    expect(before.stdout).toContain("0 carried forward")
  })

  it("--json lists the carried-forward parameters with the note, and marks each parameter", async () => {
    const r = await runInProcess(check("--as-of", "2026-03-15", "--json"))
    const out = JSON.parse(r.stdout) as {
      carriedForward: Array<{ parameter: string; label: string; note: { zh: string; en: string } }>
      parameters: Array<{ name: string; carriedForward: boolean }>
    }
    expect(out.carriedForward).toEqual([
      {
        parameter: "income.basicPensionExcluded",
        label: "基础养老金不计入家庭收入",
        note: { zh: "沿用：原文期限已届满，尚未见新规定", en: "carried forward: the text's own period has ended and no successor has been found" }
      }
    ])
    expect(out.parameters.filter((p) => p.carriedForward).map((p) => p.name)).toEqual(["income.basicPensionExcluded"])
    const before = JSON.parse((await runInProcess(check("--as-of", "2025-03-15", "--json"))).stdout) as { carriedForward: unknown[] }
    expect(before.carriedForward).toEqual([])
  })

  it("a date before the bundle's first entry exits 3 with one line per missing parameter, naming it", async () => {
    const r = await runInProcess(check("--as-of", "2020-03-15"))
    expect(r.exitCode).toBe(3)
    const errs = lines(r.stderr)
    expect(errs.some((l) => l.includes("parameter dibao.standard.urban:") && l.includes("before its first effective date"))).toBe(true)
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/)
  })

  it("a malformed --as-of is a usage error (exit 2) naming the flag", async () => {
    const r = await runInProcess(check("--as-of", "2025-13-15"))
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain("--as-of")
    expect(r.stdout).toBe("")
  })

  it("an unknown bundle id is a usage error; a missing bundle file is an I/O error (exit 4)", async () => {
    const unknown = await runInProcess(["policy", "check", "--policy", "nowhere", "--region", "370213", "--as-of", "2025-03-15"])
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toContain("qingdao-licang")
    const missing = await runInProcess(["policy", "check", "--policy", "no-such.json", "--region", "370213", "--as-of", "2025-03-15"])
    expect(missing.exitCode).toBe(4)
    expect(lines(missing.stderr)).toEqual(["minzheng: cannot read no-such.json: no such file or directory"])
  })
})

describe("the command shell", () => {
  it("--help of every subcommand shows an example and exits 0", async () => {
    for (const path of [["policy", "check"], ["relief", "determine"]]) {
      const r = await runInProcess([...path, "--help"])
      expect(r.exitCode).toBe(0)
      expect(r.stdout).toContain("EXAMPLES")
      expect(r.stdout).toContain(`minzheng ${path.join(" ")}`)
    }
  })

  it("an unknown subcommand is a usage error (exit 2) on stderr", async () => {
    const r = await runInProcess(["relief", "nonsense"])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain("nonsense")
  })

  it("--version prints the version of @minzheng/cli's package.json", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    const r = await runInProcess(["--version"])
    expect([r.exitCode, r.stdout.trim()]).toEqual([0, `minzheng v${version}`])
  })

  it("a bundle file may start from a built-in bundle with \"extends\": the county's own standard decides, the rest comes from the base", async () => {
    const dir = mkdtempSync(join(tmpdir(), "minzheng-policy-"))
    const file = join(dir, "zhangdian.json")
    const entry = (value: string) => [{ effectiveFrom: "2026-01-01", value, source: { document: "张店区城乡低保标准通知" } }]
    writeFileSync(
      file,
      JSON.stringify({
        id: "zhangdian-2026",
        version: "2026.1",
        label: { zh: "张店区", en: "Zhangdian" },
        extends: "national-relief",
        parameters: {
          "dibao.standard.urban": { values: { "370303": entry("1100.00") } },
          "dibao.standard.rural": { values: { "370303": entry("1100.00") } },
          "region.perCapitaDisposableIncome": { values: { "370303": entry("4200.00") } }
        }
      })
    )
    const r = await runInProcess(["policy", "check", "--policy", file, "--region", "370303", "--as-of", "2026-03-01", "--json"])
    expect(r.stderr).toBe("")
    expect(r.exitCode).toBe(0)
    const out = JSON.parse(r.stdout) as { parameters: Array<{ name: string; value: unknown; region: string }> }
    expect(out.parameters.find((p) => p.name === "dibao.standard.urban")).toMatchObject({ value: "1100.00", region: "370303" })
    // a misspelt name is refused, naming the one meant: silently ignored it would leave the base deciding
    writeFileSync(file, JSON.stringify({ id: "t", version: "1", label: { zh: "错", en: "typo" }, extends: "national-relief", parameters: { "dibao.urbanStandard": { values: {} } } }))
    const typo = await runInProcess(["policy", "check", "--policy", file, "--region", "370303", "--as-of", "2026-03-01"])
    expect(typo.exitCode).toBe(3)
    expect(typo.stderr).toContain("dibao.standard.urban")
  })
})
