/**
 * Real office files through `minzheng relief determine` and the CLI's readers (issue 15):
 * misspelt headers, GBK from Excel, stray quotes, bad rows, missing and clobbered files, Excel-ready
 * CSV out.
 */
import { csvRecords, readLines, runInProcess } from "@minzheng/cli"
import { NodeServices } from "@effect/platform-node"
import { Effect, Stream } from "effect"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { fixture, lines, tempDir } from "./helpers.js"

const determine = (input: string, ...extra: string[]) => ["relief", "determine", input, "--policy", "qingdao-licang", "--as-of", "2025-03-15", ...extra]
const HEADER = "household_id,region,area,financial_assets,residential_units,vehicle_value,member_id,name,relationship,birth_date"
const row = (id: string, vehicle = "", name = "李四") => `${id},370213,urban,0,1,${vehicle},a,${name},applicant,1950-01-01`
const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ""), "hex")
const file = (name: string, content: string | Buffer): string => {
  const path = join(tempDir(), name)
  writeFileSync(path, content)
  return path
}

describe("relief determine: the header is checked before any household is decided", () => {
  it("vehicle_valeu: one line naming the column and the nearest name, nothing on stdout, exit 3", async () => {
    const r = await runInProcess(determine(file("h.csv", [HEADER.replace("vehicle_value", "vehicle_valeu"), row("h1", "200000.00")].join("\n"))))
    expect(r.exitCode).toBe(3)
    expect(r.stdout).toBe("")
    expect(lines(r.stderr)).toEqual(["line 1: unknown column vehicle_valeu; did you mean vehicle_value?（vehicle_valeu: 未知列，是否为 vehicle_value？）"])
  })

  it("Chinese headers are accepted", async () => {
    const zh = "家庭编号,行政区划代码,城乡类别,金融资产,住房套数,车辆价值,成员编号,姓名,与申请人关系,出生日期"
    const r = await runInProcess(determine(file("h.csv", [zh, "h1,370213,城市,0,1,,a,李四,申请人,1950-01-01"].join("\n"))))
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/line 2\s+h1\s/)
  })
})

describe("relief determine: GBK/GB18030 in, Excel-ready CSV out", () => {
  // 张三 D5C5 C8FD, 家庭编号 BCD2 CDA5 B1E0 BAC5, 申请人 C9EA C7EB C8CB (GB18030 code table).
  const gbk = () =>
    file(
      "gbk.csv",
      Buffer.concat([
        hex("bc d2 cd a5 b1 e0 ba c5"),
        Buffer.from(`${HEADER.slice("household_id".length)}\r\n`),
        hex("d5 c5 c8 fd"),
        Buffer.from(",370213,urban,0,1,,a,x,"),
        hex("c9 ea c7 eb c8 cb"),
        Buffer.from(",1950-01-01\r\n")
      ])
    )

  it("a GBK file from Excel reads 张三 intact (never U+FFFD) and the run succeeds", async () => {
    const r = await runInProcess(determine(gbk(), "--json"))
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('"householdId":"张三"')
    expect(r.stdout).not.toContain("\uFFFD")
  })

  it("--out x.csv: a UTF-8 byte-order mark and Chinese headers; --csv-headers en gives the English keys", async () => {
    const dir = tempDir()
    const out = join(dir, "认定结果.csv")
    const r = await runInProcess(determine(gbk(), "--out", out))
    expect(r.exitCode).toBe(0)
    const bytes = readFileSync(out)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString("utf8").slice(1)
    expect(text.split("\r\n")[0]).toBe("行号,家庭编号,状态,计算人数,家庭月人均收入（元）,每月救助金（元）,一次性救助（元）,认定结果,含示例参数,错误说明")
    expect(text.split("\r\n")[1]).toMatch(/^2,张三,已认定,/)
    const en = join(dir, "out-en.csv")
    await runInProcess(determine(gbk(), "--out", en, "--csv-headers", "en"))
    expect(readFileSync(en, "utf8").slice(1).split("\r\n")[0]).toBe("record,household_id,status,people,per_capita_income,monthly_amount,one_off_amount,programmes,illustrative,error")
  })

  it("bytes that do not fit the file's encoding: an error line naming the line, the other households kept, exit 1", async () => {
    const content = Buffer.concat([Buffer.from(`${HEADER}\n${row("h1")}\n\n`), Buffer.from("h2,370213,urban,0,1,,a,"), hex("ff fe"), Buffer.from(`,applicant,1950-01-01\n\n${row("h3")}\n`)])
    const r = await runInProcess(determine(file("bad.csv", content)))
    expect(r.exitCode).toBe(1)
    // Line 2 (李四 in UTF-8) settled the file as UTF-8; line 4 is named with that.
    expect(lines(r.stderr)[0]).toMatch(/^line 4: the line is not valid UTF-8 \(the file was found to be UTF-8 at line 2\)/)
  })
})

describe("relief determine: bad rows, stray quotes and files", () => {
  it("two bad rows: each on its own line with its row number, the good households kept, exit 1", async () => {
    const text = [HEADER, row("h1"), "h2,370213,urban,0,1,,a,张,三,applicant,1950-01-01", row("h3"), "h4,370213,urban,0,1", row("h5")].join("\n")
    const r = await runInProcess(determine(file("rows.csv", text)))
    expect(r.exitCode).toBe(1)
    const errs = lines(r.stderr)
    expect(errs[0]).toMatch(/^line 3, household h2: the row has 11 fields, more than the header's 10/)
    expect(errs[1]).toMatch(/^line 5, household h4: the row has 5 fields where the header has 10/)
    expect(errs[2]).toBe("minzheng: 2 of 5 households failed")
    for (const id of ["h1", "h3", "h5"]) expect(r.stdout).toMatch(new RegExp(`line \\d\\s+${id}\\s`))
  })

  it("a stray quote in record 3 of 10: 9 households decided and 1 error line", async () => {
    const text = [HEADER, ...Array.from({ length: 10 }, (_, i) => row(`h${i + 1}`, "", i === 2 ? '"张三' : "李四"))].join("\n")
    const r = await runInProcess(determine(file("q.csv", text), "--json"))
    const rows = lines(r.stdout).map((l) => JSON.parse(l) as { kind: string })
    expect(rows.filter((x) => x.kind === "determination")).toHaveLength(9)
    expect(lines(r.stderr)[0]).toMatch(/^line 4, household h3: unclosed quote/)
  })

  it("a missing input file: exit 4 and one line, no empty report first", async () => {
    const r = await runInProcess(determine(join(tempDir(), "nope.csv")))
    expect(r.exitCode).toBe(4)
    expect(r.stdout).toBe("")
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/cannot read .*nope\.csv: no such file or directory/)])
  })

  it("--out naming the input is refused before the input is touched", async () => {
    const input = file("same.csv", [HEADER, row("h1")].join("\n"))
    const before = readFileSync(input, "utf8")
    const r = await runInProcess(determine(input, "--out", input))
    expect(r.exitCode).toBe(2)
    expect(readFileSync(input, "utf8")).toBe(before)
  })

  it("--out to a place that cannot be written: exit 4 naming the file", async () => {
    const out = join(tempDir(), "no-such-folder", "out.txt")
    const r = await runInProcess(determine(fixture("households.csv"), "--out", out))
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain(out)
  })
})

describe("the CLI's readers (every command's CSV and NDJSON input)", () => {
  const collect = <A>(s: Stream.Stream<A, unknown, never>) => Effect.runPromise(Stream.runCollect(s).pipe(Effect.provide(NodeServices.layer)) as unknown as Effect.Effect<ReadonlyArray<A>>)

  it("readLines decodes GBK, and a 20 MB line beyond the limit is one problem; the lines after it are read", async () => {
    const big = Buffer.alloc(20_000_000, 0x61)
    const path = file("long.csv", Buffer.concat([Buffer.from("a,b\n"), hex("d5 c5 c8 fd"), Buffer.from(",x\n"), big, Buffer.from("\nc,d\n")]))
    const ls = await collect(readLines(path, undefined, { maxLineBytes: 1_000_000 }) as never)
    expect(ls.map((l) => (l as { problem?: { code: string }; text: string }).problem?.code ?? (l as { text: string }).text)).toEqual(["a,b", "张三,x", "line_too_long", "c,d"])
  })

  it("csvRecords: a stray quote is one record with a problem on its line, the records after it are kept", async () => {
    const path = file("q.csv", ["id,name", "1,a", '2,"open', "3,c", "4,d"].join("\n"))
    const rs = (await collect(csvRecords(readLines(path)) as never)) as ReadonlyArray<{ line: number; problem?: { code: string } }>
    expect(rs.map((r) => `${r.line}${r.problem === undefined ? "" : `:${r.problem.code}`}`)).toEqual(["2", "3:unterminated_quote", "4", "5"])
  })
})
