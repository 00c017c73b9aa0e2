/**
 * Real office files through the batch run (issue 15): misspelt and Chinese headers, GB18030 from
 * Excel, stray quotes, very long lines and bad rows — every problem one error row naming its line,
 * the good households kept, nothing decided on a header that does not match.
 */
import { isoDateUnsafe } from "@minzheng/core"
import { type BatchRow, CSV_HEADERS, LICANG_BUNDLE, batchStream, runBatch } from "@minzheng/relief"
import { Effect, Exit, Stream } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { BatchProcessor } from "../src/batch/batch-processor.js"

const options = { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "csv" as const }
const collect = async (input: Iterable<string | Uint8Array>, extra: Record<string, unknown> = {}): Promise<BatchRow[]> => {
  const out: BatchRow[] = []
  for await (const r of runBatch(input, { ...options, ...extra })) out.push(r)
  return out
}
const kinds = (rows: ReadonlyArray<BatchRow>) => rows.map((r) => (r.kind === "summary" ? "summary" : `${r.kind === "error" ? "error" : "ok"}@${r.line}`))
const errors = (rows: ReadonlyArray<BatchRow>) => rows.filter((r): r is Extract<BatchRow, { kind: "error" }> => r.kind === "error")
const hex = (s: string): Uint8Array => new Uint8Array(s.trim().split(/\s+/).map((h) => Number.parseInt(h, 16)))
const concat = (...parts: Array<string | Uint8Array>): Uint8Array => {
  const encoded = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : p))
  const out = new Uint8Array(encoded.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of encoded) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const HEADER = "household_id,region,area,financial_assets,residential_units,vehicle_value,member_id,name,relationship,birth_date"
const row = (id: string, vehicle = "", name = "李四") => `${id},370213,urban,0,1,${vehicle},a,${name},applicant,1950-01-01`

describe("a misspelt column is refused before any household is decided", () => {
  it("with vehicle_value a 200,000 元 car fails the asset test; misspelt as vehicle_valeu, nothing is decided", async () => {
    const right = await collect([[HEADER, row("h1", "200000.00")].join("\n")])
    const d = right[0] as Extract<BatchRow, { kind: "determination" }>
    expect(d.result.determinations.find((x) => x.programme === "dibao")?.eligible).toBe(false)

    const wrong = await collect([[HEADER.replace("vehicle_value", "vehicle_valeu"), row("h1", "200000.00"), row("h2")].join("\n")])
    expect(kinds(wrong)).toEqual(["error@1", "summary"])
    const [refused] = errors(wrong)
    expect(refused!.fatal).toBe(true)
    expect(refused!.error.issues).toEqual([
      { path: ["header", 5], code: "unknown_column", zh: "vehicle_valeu: 未知列，是否为 vehicle_value？", en: "unknown column vehicle_valeu; did you mean vehicle_value?" }
    ])
    const summary = (wrong.at(-1) as Extract<BatchRow, { kind: "summary" }>).summary
    expect([summary.determined, summary.errors]).toEqual([0, 1])
  })

  it("a missing required column and a doubled one are named too", async () => {
    const rows = await collect([["household_id,region,area,financial_assets,member_id,relationship,birth_date,出生日期", "h1,370213,urban,0,a,applicant,1950-01-01,1950-01-01"].join("\n")])
    expect(errors(rows)[0]!.error.issues.map((i) => [i.code, i.zh])).toEqual([
      ["duplicate_column", "出生日期: 与第 7 列重复（同为“出生日期”）"],
      ["missing_column", "缺少必需列“住房套数”（residential_units）"]
    ])
  })

  it("every column has a documented Chinese header, and a file in Chinese headers and values decides as the English one", async () => {
    expect(CSV_HEADERS.map((c) => c.name)).toHaveLength(22)
    const zhHeader = HEADER.split(",")
      .map((n) => CSV_HEADERS.find((c) => c.name === n)!.zh)
      .join(",")
    expect(zhHeader).toBe("家庭编号,行政区划代码,城乡类别,金融资产,住房套数,车辆价值,成员编号,姓名,与申请人关系,出生日期")
    const en = await collect([[HEADER, row("h1"), "h1,370213,urban,0,1,,b,王五,spouse,1952-01-01"].join("\n")])
    const zh = await collect([[zhHeader, "h1,370213,城市,0,1,,a,李四,申请人,1950-01-01", "h1,370213,城市,0,1,,b,王五,配偶,1952-01-01"].join("\n")])
    expect(JSON.stringify(zh)).toBe(JSON.stringify(en))
    expect(kinds(zh)).toEqual(["ok@2", "summary"])
  })
})

describe("GB18030 (GBK) files from Excel on Chinese Windows", () => {
  // From the GB18030 code table: 张 D5C5 三 C8FD 家庭编号 BCD2 CDA5 B1E0 BAC5 申请人 C9EA C7EB C8CB.
  it("a GB18030 file decides as its UTF-8 twin, with 张三 intact (never U+FFFD), split anywhere", async () => {
    const gb = concat(
      hex("bc d2 cd a5 b1 e0 ba c5"),
      HEADER.slice("household_id".length),
      "\r\n",
      hex("d5 c5 c8 fd"),
      ",370213,urban,0,1,,a,x,",
      hex("c9 ea c7 eb c8 cb"),
      ",1950-01-01\r\n"
    )
    const utf8 = `家庭编号${HEADER.slice("household_id".length)}\r\n张三,370213,urban,0,1,,a,x,申请人,1950-01-01\r\n`
    const expected = JSON.stringify(await collect([utf8]))
    expect(expected).toContain('"householdId":"张三"')
    for (const cut of [1, 9, 40, gb.length - 3]) {
      expect(JSON.stringify(await collect([gb.subarray(0, cut), gb.subarray(cut)]))).toBe(expected)
    }
  })

  it("a line in neither UTF-8 nor GB18030 is an error row naming the line; the households further on are decided", async () => {
    const rows = await collect([concat(HEADER, "\n", row("h1"), "\n", "h2,370213,urban,0,1,,a,", hex("ff"), ",applicant,1950-01-01\n", row("h3"), "\n", row("h4"), "\n")])
    const bad = errors(rows).find((r) => r.error.issues[0]!.code === "invalid_encoding")
    expect(bad?.line).toBe(3)
    // The unreadable line may have been a member of the household before or after it: neither is decided.
    expect(kinds(rows)).toEqual(["error@3", "error@2", "error@4", "ok@5", "summary"])
  })
})

describe("stray quotes and long lines", () => {
  const households = (n: number, stray: number) => Array.from({ length: n }, (_, i) => (i + 1 === stray ? row(`h${i + 1}`, "", '"张三') : row(`h${i + 1}`)))

  it("10 households with a stray quote in the 3rd: 9 determinations and 1 error row on its line", async () => {
    const rows = await collect([[HEADER, ...households(10, 3)].join("\n") + "\n"])
    expect(rows.filter((r) => r.kind === "determination")).toHaveLength(9)
    expect(errors(rows).map((r) => [r.line, r.householdId, r.error.issues[0]!.code])).toEqual([[4, "h3", "unterminated_quote"]])
  })

  it("16,000 lines after a stray quote are all decided, the CSV reader parsing each at most twice", () => {
    const text = `${[HEADER, ...households(16_001, 1)].join("\n")}\n`
    const p = new BatchProcessor(options)
    const rows = [...p.push(text), ...p.finish()]
    expect(rows.filter((r) => r.kind === "determination")).toHaveLength(16_000)
    expect(p.scanned).toBeLessThanOrEqual(2 * text.length)
  })

  it("a 20 MB line beyond a 1 MB limit is an error row naming its line; the households after it are decided", async () => {
    const big = new Uint8Array(20_000_000).fill(0x61)
    const chunks: Uint8Array[] = [concat(HEADER, "\n", row("h1"), "\n", row("h2"), "\n")]
    for (let i = 0; i < big.length; i += 65_536) chunks.push(big.subarray(i, i + 65_536))
    chunks.push(concat("\n", row("h3"), "\n", row("h4"), "\n"))
    const rows = await collect(chunks, { maxLineBytes: 1_000_000 })
    const tooLong = errors(rows).find((r) => r.error.issues[0]!.code === "line_too_long")
    expect(tooLong?.line).toBe(4)
    // The long line's household cannot be read: the households around it (h2, h3) are not decided
    // — it may have been a member of either — and the others are.
    expect(errors(rows).filter((r) => r.error.issues[0]!.code === "household_incomplete").map((r) => r.householdId)).toEqual(["h2", "h3"])
    expect(rows.filter((r) => r.kind === "determination").map((r) => (r as Extract<BatchRow, { kind: "determination" }>).result.householdId)).toEqual(["h1", "h4"])
  })

  it("options out of range are refused at once", () => {
    expect(() => runBatch([], { ...options, maxLineBytes: 0 })).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
    expect(() => runBatch([], { ...options, encoding: "big5" as never })).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
  })
})

describe("bad rows: each reported on its own line, the good households kept", () => {
  it("two bad rows give two error rows with their lines; a household with a bad row is not decided, the others are", async () => {
    const text = [
      HEADER,
      row("h1"),
      "h2,370213,urban,0,1,,a,张,三,applicant,1950-01-01", // an unquoted comma in a name
      row("h3"),
      "h4,370213,urban,0,1", // too few cells
      row("h5")
    ].join("\n")
    const rows = await collect([text])
    expect(errors(rows).map((r) => [r.line, r.householdId, r.error.issues[0]!.code])).toEqual([
      [3, "h2", "cell_count"],
      [5, "h4", "cell_count"]
    ])
    expect(rows.filter((r) => r.kind === "determination").map((r) => (r as Extract<BatchRow, { kind: "determination" }>).result.householdId)).toEqual(["h1", "h3", "h5"])
  })

  it("a bad member row inside a household makes the whole household an error row (a member would be missing)", async () => {
    const rows = await collect([[HEADER, row("h1"), "h1,370213,urban,0,1,,b,x,spouse,1950-01-01,extra", row("h2")].join("\n")])
    expect(kinds(rows)).toEqual(["error@3", "error@2", "ok@4", "summary"])
    expect(errors(rows)[1]!.error.issues[0]!.code).toBe("household_incomplete")
  })

  it("the Effect stream ends with the input's failure and gives no summary", () => {
    const exit = Effect.runSyncExit(Stream.runCollect(batchStream(Stream.concat(Stream.make(`${HEADER}\n${row("h1")}\n`), Stream.fail("disk gone")), options)))
    expect(Exit.isFailure(exit)).toBe(true)
  })
})

describe("hostile input to the batch CSV and NDJSON path", () => {
  it("arbitrary bytes give only rows — never a thrown error — and work proportional to the input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom("csv" as const, "ndjson" as const), fc.boolean(), (bytes, format, withHeader) => {
        const p = new BatchProcessor({ ...options, format, maxLineBytes: 500, maxRecordLines: 4 })
        const input = withHeader ? concat(HEADER, "\n", bytes) : bytes
        const rows = [...p.push(input.subarray(0, 100)), ...p.push(input.subarray(100)), ...p.finish()]
        expect(rows.at(-1)?.kind).toBe("summary")
        expect(p.scanned).toBeLessThanOrEqual(2 * input.length)
      }),
      { numRuns: 200 }
    )
  })

  it("10 MB of hostile values (quotes only, commas only, one huge quoted field, NULs, misspelt headers) stay linear", () => {
    const tenMb = 10_000_000
    const hostile = [
      `${HEADER}\n${'"'.repeat(tenMb)}`,
      `${HEADER}\n${",".repeat(tenMb)}`,
      `${HEADER}\nh1,"${"x".repeat(tenMb)}\n${row("h2")}\n`,
      `${HEADER}\n${`${row("h1")}\n`.repeat(1000)}${"\u0000".repeat(tenMb)}`,
      `${HEADER.replace("vehicle_value", '"vehicle,valeu')}\n${"x\n".repeat(tenMb / 2)}`,
      `${HEADER}\n${'h1,"a\n'.repeat(tenMb / 6)}`
    ]
    for (const text of hostile) {
      const p = new BatchProcessor(options)
      const rows = [...p.push(text), ...p.finish()]
      expect(rows.at(-1)?.kind).toBe("summary")
      expect(p.scanned).toBeLessThanOrEqual(2 * text.length)
    }
  })
})

describe("an office's Excel file (Chinese headers, 行政区划, a stray quote)", () => {
  it("行政区划 is read as the region column; a stray quote costs only its own household", async () => {
    const text = [
      "家庭编号,行政区划,城乡,金融资产,住房套数,成员编号,姓名,与申请人关系,出生日期,车辆价值",
      "h1,370213,城市,1000,1,a,张三,申请人,1955-03-01,0",
      'h3,370213,农村,500,1,a,"王五,申请人,1948-01-01,0',
      "h4,370213,城市,200,1,a,赵六,申请人,1990-07-07,200000"
    ].join("\r\n")
    const rows: string[] = []
    for await (const row of runBatch([text], { format: "csv", bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2026-12-04") })) {
      rows.push(row.kind === "determination" ? `ok:${row.result.householdId}` : row.kind === "error" ? `error@${row.line}` : "summary")
    }
    // the error is reported as soon as line 3 is read; h1 is decided once its rows are complete
    expect(rows).toEqual(["error@3", "ok:h1", "ok:h4", "summary"])
  })
})
