/**
 * Real office files (issue 15): GB18030 from Excel on Chinese Windows, stray quotes, very long
 * lines, misspelt headers — read in linear time, every problem one issue naming its line.
 */
import {
  closestName,
  CsvRecordReader,
  type CsvRecordEvent,
  DEFAULT_MAX_LINE_BYTES,
  decodeTextBytes,
  InvalidInput,
  matchCsvHeader,
  parseCsvLine,
  TextLineReader,
  type TextLineEvent
} from "@minzheng/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const hex = (s: string): Uint8Array => new Uint8Array(s.trim().split(/\s+/).map((h) => Number.parseInt(h, 16)))
const bytesOf = (...parts: Array<string | Uint8Array>): Uint8Array => {
  const encoded = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : p))
  const out = new Uint8Array(encoded.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of encoded) {
    out.set(p, at)
    at += p.length
  }
  return out
}
const readAll = (chunks: ReadonlyArray<string | Uint8Array>, options?: ConstructorParameters<typeof TextLineReader>[0]): TextLineEvent[] => {
  const r = new TextLineReader(options)
  return [...chunks.flatMap((c) => r.push(c)), ...r.end()]
}
const records = (text: string, options?: ConstructorParameters<typeof CsvRecordReader>[0], header = true): { events: CsvRecordEvent[]; reader: CsvRecordReader } => {
  const reader = new CsvRecordReader(options)
  const events: CsvRecordEvent[] = []
  for (const e of readAll([text], { maxLineBytes: 64 * 1024 * 1024 })) {
    for (const r of reader.push(e)) {
      if (header && events.length === 0 && r.kind === "record") reader.expectCells(r.cells.length)
      events.push(r)
    }
  }
  events.push(...reader.end())
  return { events, reader }
}

// Bytes from the GB18030 code table (GB 18030-2022; the same as GBK for these characters), not
// from an encoder under test: 张 D5C5 三 C8FD 李 C0EE 四 CBC4 家庭编号 BCD2 CDA5 B1E0 BAC5.
const ZHANG_SAN = hex("d5 c5 c8 fd")
const LI_SI = hex("c0 ee cb c4")
const JIATING_BIANHAO = hex("bc d2 cd a5 b1 e0 ba c5")

describe("encodings: UTF-8 with or without BOM, GB18030/GBK, and bytes that fit neither", () => {
  it("张三 in GB18030 is D5 C5 C8 FD and reads back as 张三; the file is found to be GB18030", () => {
    const r = new TextLineReader()
    expect(r.push(bytesOf(JIATING_BIANHAO, ",", "name\r\n", "h1,", ZHANG_SAN, "\r\n", "h2,", LI_SI, "\n"))).toEqual([
      { kind: "line", line: 1, bytes: 13, text: "家庭编号,name" },
      { kind: "line", line: 2, bytes: 7, text: "h1,张三" },
      { kind: "line", line: 3, bytes: 7, text: "h2,李四" }
    ])
    expect(r.encoding).toBe("gb18030")
  })

  it("UTF-8 with a byte-order mark, and without: the mark is dropped, the text is the same", () => {
    const plain = readAll([bytesOf("h1,张三\n")])
    const bom = readAll([bytesOf(hex("ef bb bf"), "h1,张三\n")])
    expect(plain).toEqual([{ kind: "line", line: 1, bytes: 9, text: "h1,张三" }])
    expect(bom).toEqual(plain)
  })

  it("a GB18030 character split across chunks at any byte still decodes", () => {
    const all = bytesOf("a,", ZHANG_SAN, ",", LI_SI, "\n")
    for (let cut = 0; cut <= all.length; cut++) {
      expect(readAll([all.subarray(0, cut), all.subarray(cut)])).toEqual([{ kind: "line", line: 1, bytes: 11, text: "a,张三,李四" }])
    }
  })

  it("bytes in neither UTF-8 nor GB18030 are one problem naming the line; the next lines are read", () => {
    const events = readAll([bytesOf("id,name\n", "h1,", hex("ff 80"), "\n", "h2,ok\n")])
    expect(events.map((e) => [e.kind, e.line])).toEqual([
      ["line", 1],
      ["problem", 2],
      ["line", 3]
    ])
    const p = events[1] as Extract<TextLineEvent, { kind: "problem" }>
    expect(p.issue.code).toBe("invalid_encoding")
    expect(p.issue.zh).toContain("GB18030")
  })

  it("once a file is UTF-8, a GBK line in it is a problem naming that line (never U+FFFD)", () => {
    const events = readAll([bytesOf("h1,张三\n", "h2,", ZHANG_SAN, "\n")])
    expect(events[1]).toMatchObject({ kind: "problem", line: 2, issue: { code: "invalid_encoding" } })
    expect(JSON.stringify(events)).not.toContain("\uFFFD")
  })

  it("a UTF-16 file (Excel's “Unicode text”) is one problem on line 1, nothing else", () => {
    const events = readAll([bytesOf(hex("ff fe 61 00 0a 00 62 00 0a 00"))])
    expect(events).toEqual([{ kind: "problem", line: 1, issue: expect.objectContaining({ code: "unsupported_encoding" }) }])
  })

  it("decodeTextBytes reads a whole GB18030 file, keeping its line endings", () => {
    const r = decodeTextBytes(bytesOf(ZHANG_SAN, "\r\n", LI_SI, "\r\n"))
    expect(Result.isSuccess(r) && r.success).toEqual({ text: "张三\r\n李四\r\n", encoding: "gb18030" })
    const bad = decodeTextBytes(bytesOf("ok\n", hex("ff"), "\n"))
    expect(Result.isFailure(bad) && bad.failure.issues[0]!.path).toEqual(["line", 2])
  })

  it("bad options and chunks are typed errors", () => {
    expect(() => new TextLineReader({ maxLineBytes: 0 })).toThrow(InvalidInput)
    expect(() => new TextLineReader({ encoding: "latin1" as never })).toThrow(InvalidInput)
    expect(() => new TextLineReader().push(3 as never)).toThrow(InvalidInput)
  })
})

describe("long lines: linear, bounded, reported by number, and the next records still read", () => {
  it("the default limit is 1 MiB", () => {
    expect(DEFAULT_MAX_LINE_BYTES).toBe(1_048_576)
  })

  it("a 20 MB line over a 1 MB limit is one problem on its line; the lines after it are read", () => {
    const big = new Uint8Array(20_000_000).fill(0x61)
    const chunks: Uint8Array[] = [bytesOf("id,v\n", "h1,1\n")]
    for (let i = 0; i < big.length; i += 65_536) chunks.push(big.subarray(i, i + 65_536))
    chunks.push(bytesOf("\nh2,2\n", "h3,3"))
    const events = readAll(chunks, { maxLineBytes: 1_000_000 })
    expect(events.map((e) => (e.kind === "line" ? e.text : `${e.issue.code}@${e.line}`))).toEqual(["id,v", "h1,1", "line_too_long@3", "h2,2", "h3,3"])
  })

  it("at the limit a line is read; one byte over it is not (a trailing \\r is not counted)", () => {
    const at = "x".repeat(10)
    expect(readAll([`${at}\r\n${at}y\n`], { maxLineBytes: 10 }).map((e) => e.kind)).toEqual(["line", "problem"])
  })

  it("work is proportional to the input: a line split into 64 KB chunks is joined once", () => {
    // The old splitter re-split the unfinished line per chunk (20 MB: 3.75 s, 100 MB: 93 s). Here
    // each chunk's tail is copied once and the line joined once: the pieces kept add up to the line.
    const big = new Uint8Array(8_000_000).fill(0x62)
    const r = new TextLineReader({ maxLineBytes: 16_000_000 })
    let lines = 0
    for (let i = 0; i < big.length; i += 65_536) lines += r.push(big.subarray(i, i + 65_536)).length
    const last = [...r.push(bytesOf("\n")), ...r.end()]
    expect(lines).toBe(0)
    expect(last).toEqual([{ kind: "line", line: 1, bytes: 8_000_000, text: "b".repeat(8_000_000) }])
  })

  it("any split of the input into chunks gives the same lines (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (ls, cuts) => {
        const all = new TextEncoder().encode(ls.join("\n"))
        const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b)
        const chunks: Uint8Array[] = []
        let prev = 0
        for (const p of points) {
          chunks.push(all.subarray(prev, p))
          prev = p
        }
        chunks.push(all.subarray(prev))
        expect(readAll(chunks)).toEqual(readAll([all]))
      }),
      { numRuns: 200 }
    )
  })
})

describe("stray quotes: bounded, reported on the line where they start, the next records kept", () => {
  const header = "household_id,name,note"
  const ten = (stray: number) => Array.from({ length: 10 }, (_, i) => (i + 1 === stray ? `h${i + 1},"张三,note` : `h${i + 1},李四,ok`))

  it("10 records with a stray quote in record 3: 9 records and 1 problem on record 3's line", () => {
    const { events } = records([header, ...ten(3)].join("\n") + "\n")
    const rows = events.slice(1)
    expect(rows.filter((e) => e.kind === "record")).toHaveLength(9)
    expect(rows.filter((e) => e.kind === "problem")).toEqual([expect.objectContaining({ line: 4, cells: ["h3"], issue: expect.objectContaining({ code: "unterminated_quote" }) })])
    expect(rows.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  it("16,000 lines after a stray quote: every line is still a record, and each is parsed at most twice", () => {
    const lines = [header, 'h0,"stray', ...Array.from({ length: 16_000 }, (_, i) => `h${i + 1},李四,ok`)]
    const text = `${lines.join("\n")}\n`
    const { events, reader } = records(text)
    expect(events.filter((e) => e.kind === "record")).toHaveLength(16_001)
    expect(events.filter((e) => e.kind === "problem").map((e) => e.line)).toEqual([2])
    // Linear: characters parsed ≤ twice the input (the old reader re-parsed the growing record per line: 127 s).
    expect(reader.scanned).toBeLessThanOrEqual(2 * text.length)
  })

  it("the bound in lines: a quote open over more than maxRecordLines lines is a stray quote", () => {
    const body = 'h1,"a\nb\nc\nd",x\n'
    expect(records(`${header}\n${body}`, { maxRecordLines: 4 }, false).events.map((e) => e.kind)).toEqual(["record", "record"])
    const over = records(`${header}\n${body}`, { maxRecordLines: 3 }, false).events
    // Lines 3–5 are read again one by one: `d",x` is a value `d"` (a quote inside a value is literal).
    expect(over.map((e) => `${e.kind}@${e.line}`)).toEqual(["record@1", "problem@2", "record@3", "record@4", "record@5"])
  })

  it("the bound in bytes: a quoted field over maxRecordBytes is a stray quote", () => {
    const body = `h1,"${"x".repeat(50)}\n${"y".repeat(50)}",z\n`
    expect(records(`${header}\n${body}`, { maxRecordBytes: 200 }).events.filter((e) => e.kind === "problem")).toHaveLength(0)
    expect(records(`${header}\n${body}`, { maxRecordBytes: 80 }).events.filter((e) => e.kind === "problem")[0]).toMatchObject({ line: 2 })
  })

  it("a quoted field with a line break is kept when the record has the header's cells; otherwise it is a stray quote", () => {
    const ok = records(`${header}\nh1,"张\n三",note\nh2,b,c\n`).events
    expect(ok.map((e) => (e.kind === "record" ? e.cells : e.line))).toEqual([["household_id", "name", "note"], ["h1", "张\n三", "note"], ["h2", "b", "c"]])
    const shifted = records(`${header}\nh1,"张三,x\nh2,b,c"\nh3,d,e\n`).events
    expect(shifted.map((e) => `${e.kind}@${e.line}`)).toEqual(["record@1", "problem@2", "record@3", "record@4"])
  })

  it("a quote inside a value is kept as written (as Excel does): 张\"三 opens nothing", () => {
    expect(parseCsvLine('h1,张"三,x')).toEqual(["h1", '张"三', "x"])
    expect(records(`${header}\nh1,张"三,x\nh2,b,c\n`).events.filter((e) => e.kind === "record")).toHaveLength(3)
  })
})

describe("headers: unknown, duplicate and missing columns, Chinese aliases", () => {
  const columns = [
    { name: "household_id", zh: "家庭编号", required: true },
    { name: "vehicle_value", zh: "车辆价值", aliases: ["机动车价值"] },
    { name: "birth_date", zh: "出生日期" },
    { name: "citizen_id", zh: "公民身份号码" }
  ]

  it("a misspelt column names itself and the nearest known name, in both languages", () => {
    const r = matchCsvHeader(["household_id", "vehicle_valeu", "birth_date"], columns)
    expect(Result.isFailure(r) && r.failure.issues).toEqual([
      { path: ["header", 1], code: "unknown_column", zh: "vehicle_valeu: 未知列，是否为 vehicle_value？", en: "unknown column vehicle_valeu; did you mean vehicle_value?" }
    ])
  })

  it("a Chinese misspelling is answered with the Chinese name", () => {
    const r = matchCsvHeader(["家庭编号", "车辆价格"], columns)
    expect(Result.isFailure(r) && r.failure.issues[0]!.zh).toBe("车辆价格: 未知列，是否为 车辆价值？")
  })

  it("Chinese headers, aliases, case, spacing, full-width forms and a unit in brackets are accepted", () => {
    expect(Result.getOrThrow(matchCsvHeader(["家庭编号", "机动车价值（元）", "Birth Date", "ＣＩＴＩＺＥＮ_ＩＤ", ""], columns))).toEqual([
      "household_id",
      "vehicle_value",
      "birth_date",
      "citizen_id",
      null
    ])
  })

  it("a missing required column, a missing one-of group and a duplicate are each one issue", () => {
    const r = matchCsvHeader(["车辆价值", "vehicle_value"], columns, [["birth_date", "citizen_id"]])
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.code)).toEqual(["duplicate_column", "missing_column", "missing_column"])
  })

  it("closestName: within a third of the length, or nothing", () => {
    expect(closestName("regoin", ["region", "area"])).toBe("region")
    expect(closestName("colour", ["region", "area"])).toBeUndefined()
  })
})

describe("hostile input to the CSV path: only typed errors, work proportional to size", () => {
  it("arbitrary bytes, split anywhere, give only line and problem events; the CSV reader parses each line at most twice", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(), (bytes, cut) => {
        const c = cut % (bytes.length + 1)
        const lines = readAll([bytes.subarray(0, c), bytes.subarray(c)], { maxLineBytes: 300 })
        const reader = new CsvRecordReader({ maxRecordLines: 5, maxRecordBytes: 400 })
        let chars = 0
        for (const e of lines) {
          expect(["line", "problem"]).toContain(e.kind)
          if (e.kind === "line") chars += e.text.length
          for (const r of reader.push(e)) expect(["record", "problem"]).toContain(r.kind)
        }
        reader.end()
        expect(reader.scanned).toBeLessThanOrEqual(2 * chars)
      }),
      { numRuns: 300 }
    )
  })

  it("hostile values — quotes only, commas only, a 10 MB quoted field, NULs — stay linear", () => {
    const hostile = ['"'.repeat(100_001), ",".repeat(100_000), `"${"x".repeat(10_000_000)}`, "\u0000".repeat(1000), '""",""",""",'.repeat(10_000)]
    for (const h of hostile) {
      const { reader, events } = records(`a,b\n${h}\n${h}\nz,y\n`, undefined, true)
      expect(events.at(-1)).toMatchObject({ kind: "record", cells: ["z", "y"] })
      expect(reader.scanned).toBeLessThanOrEqual(2 * (4 * h.length + 10))
    }
  })

  it("anything passed where a line event, an option or a header is expected is a typed error", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        for (const f of [() => new CsvRecordReader(u as never).push(u as never), () => new TextLineReader(u as never).push(u as never), () => matchCsvHeader(u as never, u as never), () => decodeTextBytes(u as never)]) {
          try {
            f()
          } catch (e) {
            expect(e).toBeInstanceOf(InvalidInput)
          }
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe("nearest known column for short Chinese headers", () => {
  it("a header that starts a known name is offered it (行政区 → 行政区划代码); an unrelated one is not", () => {
    expect(closestName("行政区", ["行政区划代码", "家庭编号"])).toBe("行政区划代码")
    expect(closestName("行政区划代码表", ["行政区划代码", "家庭编号"])).toBe("行政区划代码")
    expect(closestName("备注", ["行政区划代码", "家庭编号"])).toBeUndefined()
  })
})
