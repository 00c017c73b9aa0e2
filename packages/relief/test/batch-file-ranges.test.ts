/**
 * An NDJSON file read in ranges (src/node/file-ranges.ts) gives the lines and line problems that
 * ONE core `TextLineReader` over the whole file gives — texts, line numbers and messages — however
 * the file is cut and however far ahead the ranges are handed out: UTF-8 and GB18030, the encoding
 * settled late (after plain ASCII) or by a byte-order mark, lines in neither encoding, CR LF, blank
 * and over-long lines, a file without a final line break, UTF-16. The first part starts no thread:
 * the ranges are read in this thread in the order the worker pool may read them (handed out up to
 * `lag` ranges ahead of the one being put in order). The second runs `runBatchParallel({ file })`
 * with worker threads (from sources, under tsx) and compares its rows with one thread's.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type TextEncodingName, TextLineReader } from "@minzheng/core"
import fc from "fast-check"
import { isoDateUnsafe } from "@minzheng/core"
import { LICANG_BUNDLE } from "@minzheng/relief"
import { runBatchParallel } from "@minzheng/relief/node"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { benchHousehold } from "../bench/households.js"
import { calibrate, EncodingOrder, type RangeEncoding, RangeFile, type RangeMeta, relocateSince } from "../src/node/file-ranges.js"
import { fileRunTesting } from "../src/node/run-batch-parallel.js"

const dir = mkdtempSync(join(tmpdir(), "relief-ranges-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

type Seen = { readonly line: number; readonly text: string } | { readonly line: number; readonly problem: unknown }

// One reader over the whole file, in 64 KiB chunks (as a file stream gives it).
const oneReader = (bytes: Uint8Array, maxLineBytes: number | undefined, forced: TextEncodingName | null): Seen[] => {
  const r = new TextLineReader({ ...(maxLineBytes === undefined ? {} : { maxLineBytes }), encoding: forced ?? "auto" })
  const events = []
  for (let at = 0; at < bytes.length; at += 65_536) events.push(...r.push(bytes.subarray(at, at + 65_536)))
  events.push(...r.end())
  return events.map((e) => (e.kind === "line" ? { line: e.line, text: e.text } : { line: e.line, problem: e.issue }))
}

// The ranges, handed out up to `lag` ahead of the one put in order, each starting with what was
// known when it was handed out; put in order as fileRun does (read again when stale, relocated).
const viaRanges = (bytes: Uint8Array, rangeBytes: number, maxLineBytes: number | undefined, forced: TextEncodingName | null, lag: number): Seen[] => {
  const path = join(dir, `f${files++}.ndjson`)
  writeFileSync(path, bytes)
  const fd = openSync(path, "r")
  try {
    const file = new RangeFile(fd, bytes.length, rangeBytes, maxLineBytes, forced)
    const order = new EncodingOrder(forced, calibrate())
    const read = (k: number, start: RangeEncoding) => {
      const lines: Array<{ line: number; text?: string; problem?: { zh: string; en: string }; relocate: boolean }> = []
      const meta = file.read(k, start, (e, line, relocate) => lines.push(e.kind === "line" ? { line, text: e.text, relocate } : { line, problem: e.issue as never, relocate }))
      return { lines, meta }
    }
    const handed: Array<ReturnType<typeof read>> = []
    const out: Seen[] = []
    let offset = 0
    for (let k = 0; k < file.ranges; k++) {
      while (handed.length < Math.min(file.ranges, k + 1 + lag)) handed.push(read(handed.length, order.start()))
      let r = handed[k] as ReturnType<typeof read>
      if (order.stale(r.meta)) r = read(k, order.start())
      const move = order.take(r.meta as RangeMeta, offset)
      for (const l of r.lines) {
        if (l.text !== undefined) out.push({ line: l.line + offset, text: l.text })
        else out.push({ line: l.line + offset, problem: l.relocate && move !== null ? move(l.problem as never) : l.problem })
      }
      offset += r.meta.lines
      if (r.meta.dead) break
    }
    return out
  } finally {
    closeSync(fd)
  }
}

// GB18030 bytes of a few characters (a reverse table of the two-byte codes).
const gbTable = new Map<string, number[]>()
{
  const d = new TextDecoder("gb18030")
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue
      const s = d.decode(new Uint8Array([a, b]))
      if (s.length === 1 && !gbTable.has(s)) gbTable.set(s, [a, b])
    }
  }
}
const gb = (s: string): number[] => [...s].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (gbTable.get(c) as number[])))
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)]

// Pieces of an office file: JSON-ish ASCII, Chinese in UTF-8 or GB18030, Latin accents (valid in
// both encodings), bytes valid in neither, byte-order marks, CR, line breaks, long runs.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(utf8('{"id":"h1","x":[1,2]}'), utf8("abc"), utf8(" "), utf8("\t")) },
  { weight: 5, arbitrary: fc.constant([0x0a]) },
  { weight: 2, arbitrary: fc.constantFrom(utf8("张三李四"), utf8("低保"), gb("张三李四"), gb("低保边缘"), utf8("café"), [0xc3, 0xa9]) },
  { weight: 1, arbitrary: fc.constantFrom([0xff], [0x80, 0x80], [0xc4], [0xef, 0xbb, 0xbf], [0x84, 0x31, 0x95, 0x33], [0x0d], [0x0d, 0x0a]) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 300 }).map((n) => Array.from({ length: n }, () => 0x78)) }
)
const fileArb = fc
  .tuple(fc.constantFrom<number[]>([], [], [], [0xef, 0xbb, 0xbf], [0x84, 0x31, 0x95, 0x33], [0xff, 0xfe]), fc.array(piece, { maxLength: 120 }))
  .map(([head, pieces]) => new Uint8Array([...head, ...pieces.flat()]))

describe("a file read in ranges gives what one reader gives", () => {
  it("core's texts are as the relocation expects (else auto-encoding files are not read in ranges)", () => {
    const c = calibrate()
    expect(c).not.toBeNull()
    expect(relocateSince({ path: [], code: "x", zh: "第 1 行，第 12 行", en: "at line 1; at line 12" }, 1, 7)).toEqual({ path: [], code: "x", zh: "第 7 行，第 12 行", en: "at line 7; at line 12" })
    expect(relocateSince({ path: [], code: "x", zh: "第 1 行和第 1 行", en: "at line 1" }, 1, 7)).toBeNull()
  })

  it("any file, cut anywhere, ranges handed out ahead: the same lines, problems and messages", () => {
    fc.assert(
      fc.property(
        fileArb,
        fc.integer({ min: 1, max: 48 }),
        fc.constantFrom(undefined, 16, 100),
        fc.constantFrom<TextEncodingName | null>(null, null, "utf-8", "gb18030"),
        fc.integer({ min: 0, max: 4 }),
        (bytes, rangeBytes, maxLineBytes, forced, lag) => {
          expect(viaRanges(bytes, rangeBytes, maxLineBytes, forced, lag)).toEqual(oneReader(bytes, maxLineBytes, forced))
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("worked cases: the encoding settled late, then lines not valid in it name the file's line", () => {
    const line = (s: string) => utf8(`${s}\n`)
    const ascii = Array.from({ length: 30 }, (_, i) => line(`{"id":"h${i}"}`)).flat()
    const cases: Array<{ name: string; bytes: number[]; settledAt: number | null }> = [
      { name: "UTF-8 settled on line 31", bytes: [...ascii, ...line('{"name":"张三"}'), ...ascii, 0xff, 0x0a, ...ascii, 0x80, 0x0a], settledAt: 31 },
      { name: "GB18030 settled on line 31", bytes: [...ascii, ...gb('{"name":"张三"}\n'), ...ascii, 0xff, 0x0a], settledAt: 31 },
      { name: "a UTF-8 byte-order mark", bytes: [0xef, 0xbb, 0xbf, ...ascii, 0xff, 0x0a, ...ascii, 0xff, 0x0a], settledAt: null },
      { name: "neither encoding, before anything is settled", bytes: [...ascii, 0xff, 0x0a, ...ascii], settledAt: null }
    ]
    for (const c of cases) {
      const bytes = new Uint8Array(c.bytes)
      const one = oneReader(bytes, undefined, null)
      const named = one.flatMap((e) => ("problem" in e ? [(e.problem as { en: string }).en] : []))
      if (c.settledAt !== null) expect(named.every((en) => en.endsWith(`at line ${c.settledAt})`)), c.name).toBe(true)
      expect(named.length, c.name).toBeGreaterThan(0)
      for (const rangeBytes of [7, 64, 333]) for (const lag of [0, 3]) expect(viaRanges(bytes, rangeBytes, undefined, null, lag), `${c.name}, ${rangeBytes}, ${lag}`).toEqual(one)
    }
  })
})

describe("runBatchParallel({ file }): every thread reads its own ranges, the rows are one thread's", () => {
  const asOf = isoDateUnsafe("2025-03-15")
  const options = { bundle: LICANG_BUNDLE, asOf, format: "ndjson" as const, json: true }
  afterEach(() => {
    fileRunTesting.hereToo = true
  })
  const write = (bytes: Uint8Array | string): string => {
    const path = join(dir, `run${files++}.ndjson`)
    writeFileSync(path, bytes)
    return path
  }
  const rows = async (input: Parameters<typeof runBatchParallel>[0], extra: Record<string, unknown>): Promise<string[]> => {
    const out: string[] = []
    for await (const r of runBatchParallel(input, { ...options, ...extra })) out.push(JSON.stringify(r))
    return out
  }
  // one thread, reading the file as a stream
  const oneThread = (path: string, extra: Record<string, unknown> = {}) => rows({ file: path }, { ...extra, workers: 1 })

  it("households in GB18030, the encoding settled late, lines in neither encoding, too long, blank, CR LF: 3 threads, small ranges, every range through a worker", async () => {
    const parts: number[] = []
    let line = 1
    let settledAt = 0
    for (let i = 0; i < 300; i++) {
      const h = benchHousehold(i)
      // plain ASCII for the first 40 households: the encoding is settled by the 41st
      const named = i < 40 ? { ...h, members: h.members.map((m) => ({ ...m, name: `m${i}` })) } : h
      if (i === 40) settledAt = line
      if (i % 37 === 5) parts.push(...gb(JSON.stringify(named).slice(0, 30)), 0xff, 0x0d, 0x0a) // not GB18030 (nor UTF-8)
      else if (i % 41 === 9) parts.push(...gb(JSON.stringify({ ...named, note: "长".repeat(400) })), 0x0a) // longer than maxLineBytes
      else if (i % 29 === 3) {
        parts.push(0x20, 0x0a, 0x0d, 0x0a)
        line++
      } else parts.push(...gb(JSON.stringify(named)), ...(i % 2 === 0 ? [0x0d, 0x0a] : [0x0a]))
      line++
    }
    expect(settledAt).toBeGreaterThan(41)
    const path = write(new Uint8Array(parts))
    const extra = { maxLineBytes: 700 }
    const one = await oneThread(path, extra)
    expect(one.filter((r) => r.includes('"invalid_encoding"')).length).toBeGreaterThan(5)
    expect(one.some((r) => r.includes(`at line ${settledAt})`))).toBe(true)
    expect(one.filter((r) => r.includes('"line_too_long"')).length).toBeGreaterThan(3)
    fileRunTesting.hereToo = false
    expect((await rows({ file: path }, { ...extra, workers: 3, rangeBytes: 2000 })).join("\n")).toBe(one.join("\n"))
    fileRunTesting.hereToo = true
    expect((await rows({ file: path }, { ...extra, workers: 2, rangeBytes: 997 })).join("\n")).toBe(one.join("\n"))
    expect((await rows({ file: path }, { ...extra, encoding: "gb18030", workers: 2, rangeBytes: 4096 })).join("\n")).toBe((await oneThread(path, { ...extra, encoding: "gb18030" })).join("\n"))
  })

  it("a UTF-16 file: one problem on line 1 and the summary, as one thread", async () => {
    const path = write(new Uint8Array([0xff, 0xfe, ...Array.from({ length: 5000 }, (_, i) => (i % 80 === 79 ? 0x0a : i % 2 === 0 ? 0x61 : 0))]))
    const one = await oneThread(path)
    expect(one.length).toBe(2)
    fileRunTesting.hereToo = false
    expect((await rows({ file: path }, { workers: 2, rangeBytes: 600 })).join("\n")).toBe(one.join("\n"))
  })

  it("a file of one range is decided in this thread: no worker is started (a bundle no thread could take is no problem)", async () => {
    const path = write([1, 2, 3].map((i) => JSON.stringify(benchHousehold(i))).join("\n"))
    const bundle = { ...LICANG_BUNDLE, hook: () => 1 }
    const kinds: string[] = []
    for await (const r of runBatchParallel({ file: path }, { ...options, bundle, workers: 2 })) kinds.push(r.kind)
    expect(kinds).toEqual(["determination", "determination", "determination", "summary"])
    // more than one range: the workers must start, and cannot
    const rows = runBatchParallel({ file: path }, { ...options, bundle, workers: 2, rangeBytes: 100 })
    fileRunTesting.hereToo = false
    await expect((async () => { for await (const _ of rows) void _ })()).rejects.toMatchObject({ _tag: "BatchWorkerFailed", worker: 1 })
  })

  it("a CSV file is read as a stream, with the rows of one thread", async () => {
    const csv = ["household_id,region,area,financial_assets,residential_units,member_id,name,relationship,birth_date", ...Array.from({ length: 400 }, (_, i) => `h${i},370213,urban,0,1,a,李四,applicant,1950-01-01`)].join("\n")
    const path = write(csv)
    const one = await rows({ file: path }, { format: "csv", workers: 1 })
    expect(one.length).toBe(401)
    expect((await rows({ file: path }, { format: "csv", workers: 2, batchSize: 50 })).join("\n")).toBe(one.join("\n"))
  })

  it("a file that is not there, or a directory, is InvalidInput at once", () => {
    expect(() => runBatchParallel({ file: join(dir, "nonexistent.ndjson") }, { ...options, workers: 2 })).toThrow(
      expect.objectContaining({ _tag: "InvalidInput", issues: [expect.objectContaining({ path: ["input", "file"], code: "file_not_found" })] })
    )
    expect(() => runBatchParallel({ file: dir }, { ...options, workers: 2 })).toThrow(expect.objectContaining({ _tag: "InvalidInput", issues: [expect.objectContaining({ code: "file_unreadable" })] }))
    expect(() => runBatchParallel({ file: 42 } as never, { ...options, workers: 2 })).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
    expect(() => runBatchParallel({ file: "x.ndjson" }, { ...options, rangeBytes: 0 })).toThrow(
      expect.objectContaining({ _tag: "InvalidInput", issues: [expect.objectContaining({ path: ["options", "rangeBytes"] })] })
    )
  })

  it("stopping early ends the workers (the run returns)", async () => {
    const path = write(Array.from({ length: 3000 }, (_, i) => JSON.stringify(benchHousehold(i))).join("\n"))
    let seen = 0
    for await (const _ of runBatchParallel({ file: path }, { ...options, workers: 2, rangeBytes: 20_000 })) if (++seen === 10) break
    expect(seen).toBe(10)
  })
})
