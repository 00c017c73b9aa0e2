import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runInProcess } from "@minzheng/cli"
import { addDays, chinaCalendar, type IsoDate } from "@minzheng/core"
import { describe, expect, it } from "vitest"
import { fixture, lines, tempDir } from "./helpers.js"

/** The first year the built-in calendar does not cover (2027 while the data ends with 2026). */
const Y = (chinaCalendar.coveredYears[1] ?? 2026) + 1

const dir = tempDir()
const communities = join(dir, "communities.csv")
writeFileSync(communities, "id,name,region\nc01,翠湖社区,370213\n")
/** A test calendar for year Y (not an official notice): only 元旦 off. */
const ownFormat = join(dir, `own-${Y}.json`)
writeFileSync(ownFormat, JSON.stringify({ year: Y, source: { document: "测试用日历（非官方）" }, holidays: [{ name: { zh: "元旦", en: "New Year's Day" }, from: `${Y}-01-01`, to: `${Y}-01-01` }], workdays: [] }))
const holidayCn = join(dir, `holiday-cn-${Y}.json`)
writeFileSync(holidayCn, JSON.stringify({ year: Y, papers: [], days: [{ name: "元旦", date: `${Y}-01-01`, isOffDay: true }] }))

const schedule = (from: string, to: string, ...extra: string[]) => [
  "disclosure", "schedule", "--duties", "licang.residents-affairs", "--communities", communities, "--from", from, "--to", to, ...extra
]

/** The uncovered-year line: names the year and both fixes, in English and Chinese. */
const namesTheFix = (stderr: string, year: number) => {
  expect(lines(stderr)).toHaveLength(1)
  expect(stderr).toContain(`no data for ${year}`)
  expect(stderr).toContain("--calendar FILE")
  expect(stderr).toContain("--provisional-calendar")
  expect(stderr).toContain(`工作日历没有 ${year} 年的数据`)
}

describe("minzheng disclosure schedule past the built-in calendar", () => {
  it(`--from ${Y}-01-01 without a calendar for ${Y}: exit 3, one line naming ${Y} and both fixes, nothing on stdout`, async () => {
    const r = await runInProcess(schedule(`${Y}-01-01`, `${Y}-03-31`))
    expect(r.exitCode).toBe(3)
    expect(r.stdout).toBe("")
    namesTheFix(r.stderr, Y)
  })

  it("--provisional-calendar: the statutory projection, every occurrence marked 临时 and counted in the closing note", async () => {
    const r = await runInProcess(schedule(`${Y}-01-01`, `${Y}-03-31`, "--provisional-calendar"))
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`${Y}-0\\d-\\d\\d\\s+翠湖社区\\s+居务公开日\\s+.*临时：依据推算的工作日历`))
    expect(r.stdout).toContain("provisional: 6 date(s) rest on the statutory projection")
    const json = await runInProcess(schedule(`${Y}-01-01`, `${Y}-03-31`, "--provisional-calendar", "--json"))
    const rows = lines(json.stdout).map((l) => JSON.parse(l) as { provisional: boolean })
    expect(rows.length).toBe(6)
    expect(rows.every((x) => x.provisional)).toBe(true)
  })

  it("--calendar with minzheng calendar-year JSON or holiday-cn JSON: the loaded year is used and nothing is provisional", async () => {
    for (const file of [ownFormat, holidayCn]) {
      const r = await runInProcess(schedule(`${Y}-01-01`, `${Y}-03-31`, "--calendar", file, "--json"))
      expect(r.exitCode).toBe(0)
      const rows = lines(r.stdout).map((l) => JSON.parse(l) as { due: string; provisional: boolean })
      expect(rows.length).toBe(6)
      expect(rows.some((x) => x.provisional)).toBe(false)
    }
  })

  it("a calendar file with a day both off and on and a day of another year: exit 3 listing every problem", async () => {
    const bad = join(dir, "bad.json")
    writeFileSync(bad, JSON.stringify({ year: Y, days: [{ name: "元旦", date: `${Y}-01-01`, isOffDay: true }, { name: "元旦", date: `${Y}-01-01`, isOffDay: false }, { name: "劳动节", date: `${Y + 1}-05-01`, isOffDay: true }] }))
    const r = await runInProcess(schedule(`${Y}-01-01`, `${Y}-03-31`, "--calendar", bad))
    expect(r.exitCode).toBe(3)
    expect(lines(r.stderr)).toHaveLength(1)
    expect(r.stderr).toContain("days[1]")
    expect(r.stderr).toContain("days[2]")
  })

  it("a calendar file that does not exist is exit 4; the same year from two files is exit 3", async () => {
    const missing = await runInProcess(schedule(`${Y}-01-01`, `${Y}-03-31`, "--calendar", join(dir, "nope.json")))
    expect(missing.exitCode).toBe(4)
    const twice = await runInProcess(schedule(`${Y}-01-01`, `${Y}-03-31`, "--calendar", ownFormat, "--calendar", holidayCn))
    expect(twice.exitCode).toBe(3)
    expect(twice.stderr).toContain(`${Y} is also in`)
  })

  it("every subcommand that computes dates lists --calendar and --provisional-calendar in its help", async () => {
    for (const p of [["disclosure", "schedule"], ["disclosure", "notice"], ["mediation", "apply"], ["mediation", "timeline"], ["demo"]]) {
      const r = await runInProcess([...p, "--help"])
      expect(r.stdout).toContain("--calendar")
      expect(r.stdout).toContain("--provisional-calendar")
    }
  })
})

describe("mediation past the built-in calendar", () => {
  const caseFile = (year: number) => {
    const file = join(dir, `case-${year}.ndjson`)
    const lines0 = readFileSync(fixture("case.ndjson"), "utf8").split("\n").filter((l) => l.trim() !== "")
    // the fixture's first three commands (start, accept, assign mediators), moved to 2 March of `year`
    writeFileSync(file, lines0.slice(0, 3).map((l) => l.replace(/2025-03-0(\d)/g, (_, d: string) => `${year}-03-0${Number(d) - 1}`)).join("\n"))
    return file
  }

  it(`a case accepted in ${Y}: its deadline is never silently dropped — the timeline names ${Y} and both fixes, or the run fails (exit 3) naming them`, async () => {
    const r = await runInProcess(["mediation", "apply", caseFile(Y), "--timeline"])
    if (r.exitCode === 3) namesTheFix(lines(r.stderr).at(-1) ?? "", Y)
    else {
      expect(r.exitCode).toBe(0)
      expect(r.stdout).toMatch(new RegExp(`未载入 ${Y} 年工作日历.*--calendar.*--provisional-calendar`))
    }
  })

  it(`with --provisional-calendar the ${Y} case gets its deadline, marked 临时`, async () => {
    const r = await runInProcess(["mediation", "apply", caseFile(Y), "--timeline", "--provisional-calendar"])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`deadlines 期限: .*${Y}-\\d\\d-\\d\\d`))
    expect(r.stdout).toContain("临时")
  })
})

/** "Today is a test date": the machine's real date and 400 days ahead, with the shipped calendar. */
describe("on today's date and 400 days ahead", () => {
  const now = new Date()
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}` as IsoDate
  for (const [label, day] of [["today", today], ["today + 400 days", addDays(today, 400)]] as const) {
    it(`disclosure schedule for the 60 days from ${label}: succeeds, or exit 3 naming the year and both fixes; with --provisional-calendar it succeeds`, async () => {
      const to = addDays(day, 60)
      const plain = await runInProcess(schedule(day, to))
      if (plain.exitCode !== 0) {
        expect(plain.exitCode).toBe(3)
        namesTheFix(plain.stderr, Number(plain.stderr.match(/no data for (\d{4})/)?.[1]))
      }
      const projected = await runInProcess(schedule(day, to, "--provisional-calendar", "--json"))
      expect(projected.exitCode).toBe(0)
      const rows = lines(projected.stdout).map((l) => JSON.parse(l) as { due: string; provisional: boolean })
      // a day the published calendar does not cover rests on the projection, and says so
      for (const row of rows) if (!chinaCalendar.covers(row.due)) expect(row.provisional).toBe(true)
    })

    it(`the demo on ${label}: succeeds, or exit 3 naming the year and both fixes; with --provisional-calendar it succeeds`, async () => {
      const out = tempDir()
      const plain = await runInProcess(["demo", "--out", out, "--households-per-community", "3", "--as-of", day])
      if (plain.exitCode !== 0) {
        expect(plain.exitCode).toBe(3)
        namesTheFix(plain.stderr, Number(plain.stderr.match(/no data for (\d{4})/)?.[1]))
      }
      const projected = await runInProcess(["demo", "--out", out, "--households-per-community", "3", "--as-of", day, "--provisional-calendar"])
      expect(projected.exitCode).toBe(0)
      expect(projected.stdout).toContain(`as of ${day}`)
      if (!chinaCalendar.covers(day)) expect(projected.stdout).toContain("临时")
    })
  }

  it("the demo's --as-of defaults to today's date on this machine", async () => {
    const r = await runInProcess(["demo", "--out", tempDir(), "--households-per-community", "2", "--provisional-calendar"])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain(`as of ${today}`)
  })

  it("relief determine with each shipped bundle and --as-of today exits 0", async () => {
    const household = JSON.parse(lines(readFileSync(fixture("households.ndjson"), "utf8"))[0] as string) as { residence: { region: string } }
    for (const [bundle, region] of [["qingdao-licang", "370213"], ["qingdao-jimo", "370215"], ["taian-taishan", "370902"], ["foshan-nanhai", "440605"]] as const) {
      const stdin = `${JSON.stringify({ ...household, residence: { ...household.residence, region } })}\n`
      const r = await runInProcess(["relief", "determine", "--policy", bundle, "--as-of", today, "--json"], { stdin })
      expect({ bundle, exitCode: r.exitCode, stderr: r.stderr }).toEqual({ bundle, exitCode: 0, stderr: "" })
      // the table says which values were carried forward past their text's period
      const table = await runInProcess(["relief", "determine", "--policy", bundle, "--as-of", today], { stdin })
      expect(table.stdout).toContain("沿用 carried forward: 基础养老金不计入家庭收入（income.basicPensionExcluded）— 沿用：原文期限已届满，尚未见新规定")
    }
  })
})
