/**
 * An NDJSON file read in ranges by several threads at once, giving the lines and line problems —
 * text, numbers and messages — that ONE core `TextLineReader` over the whole file gives.
 *
 * **Ranges.** Range `k` owns the lines that START in bytes `[k·S, (k+1)·S)` (`S` = `rangeBytes`):
 * it skips to the first line break at or after `k·S − 1`, and reads on past its end to finish its
 * last line. A thread reads only its own ranges (so the calling thread never touches the bytes of
 * the ranges it hands out), each range is read in pieces of at most `READ_MAX` bytes, and a line
 * longer than the limit is skipped by the line reader without being kept: memory is bounded per
 * thread whatever the file. Line numbers are relative to the range; the thread that puts the rows
 * in order adds the lines of the ranges before.
 *
 * **The reader's state at a range's start.** Each range has its own `TextLineReader`. A range other
 * than the first starts with one empty line of its own (pushed first and dropped), so that what the
 * reader does only on a file's first line — drop a byte-order mark, refuse UTF-16 — happens only in
 * range 0, as one reader does. The encoding (`encoding: "auto"`) is settled by the file's first line
 * that is not plain ASCII; a range started once that is known is read with that encoding, which
 * decodes every line as the settled reader does. Two things differ, and are made good here:
 *
 * - a line that is not valid in the settled encoding names the line where it was settled (“本文件自第
 *   N 行起判定为…”): a range read with the encoding given names line 0, a range that settles it
 *   names its own line; {@link relocateSince} puts the file's line in, once the ranges before are
 *   counted (the texts are core's own: {@link calibrate} checks once, against core, that moving the
 *   number gives exactly what one reader writes — if not, ranges are not used in auto mode);
 * - a range handed out before the ranges ahead of it were read may start unsettled while the file
 *   was in fact settled before it: such a range says whether its rows depend on that
 *   ({@link RangeMeta.dependent}: it met a line that is not plain ASCII, or one in neither encoding)
 *   and is then read again with the encoding known (plain ASCII reads the same either way).
 *
 * A proper core API (a `TextLineReader` that starts at a given line with a given settled encoding)
 * would make the sentinel line and the relocation unnecessary.
 *
 * @internal
 * @module
 */
import { isAscii } from "node:buffer"
import { readSync } from "node:fs"
import { type Issue, TextLineReader, type TextEncodingName, type TextLineEvent } from "@minzheng/core"

const LF = 0x0a
const SENTINEL = new Uint8Array([LF])
/** The most bytes read at once. */
const READ_MAX = 4 * 1024 * 1024
/** The bytes given to the line reader at a time. */
const PUSH = 64 * 1024
/** Read past a range's end at once, to finish its last line without a second read (most lines are shorter). */
const READ_PAST = 16 * 1024

/** How a range's reader starts: with the file's encoding known (forced, or settled before it), or `null`. */
export type RangeEncoding = TextEncodingName | null

/** What reading a range found besides its lines. */
export interface RangeMeta {
  readonly range: number
  /** The lines the range owns: its rows are numbered 1..lines. */
  readonly lines: number
  /** The encoding its reader started with. */
  readonly start: RangeEncoding
  /**
   * An unsettled start (auto mode) that this range settled: the encoding, the (relative) line that
   * settled it, and whether it was the byte-order mark of the file's first line.
   */
  readonly settled: { readonly encoding: TextEncodingName; readonly line: number; readonly bom: boolean } | null
  /** An unsettled start whose rows would differ had the file been settled before this range. */
  readonly dependent: boolean
  /** Range 0 found a UTF-16 file: one problem row, and no other line of the file is read. */
  readonly dead: boolean
}

/**
 * A line of a range: the reader's event, its line relative to the range, and whether it is a
 * problem naming the line where the encoding was settled (relocated by the ordering thread).
 */
export type RangeLine = (e: TextLineEvent, line: number, relocate: boolean) => void

/** The file, open in this thread, and how it is cut. */
export class RangeFile {
  constructor(
    private readonly fd: number,
    readonly size: number,
    readonly rangeBytes: number,
    private readonly maxLineBytes: number | undefined,
    /** The encoding the caller forced, or `null` for auto. */
    private readonly forced: TextEncodingName | null
  ) {}

  /** How many ranges the file is cut into. */
  get ranges(): number {
    return Math.ceil(this.size / this.rangeBytes)
  }

  // A fresh buffer for each read: the line reader keeps views of an unfinished line's bytes.
  private readAt(position: number, length: number): Buffer {
    const buf = Buffer.allocUnsafe(length)
    let got = 0
    while (got < length) {
      const n = readSync(this.fd, buf, got, length - got, position + got)
      if (n === 0) break
      got += n
    }
    return got === length ? buf : buf.subarray(0, got)
  }

  // The first line break in [from, to), or -1.
  private lineBreak(from: number, to: number): number {
    while (from < to) {
      const piece = this.readAt(from, Math.min(to - from, 64 * 1024))
      if (piece.length === 0) return -1
      const i = piece.indexOf(LF)
      if (i >= 0) return from + i
      from += piece.length
    }
    return -1
  }

  /** Reads range `range` from its start state, giving each of its lines to `each`, in order. */
  read(range: number, start: RangeEncoding, each: RangeLine): RangeMeta {
    const auto = this.forced === null
    const begin = range * this.rangeBytes
    const end = Math.min(begin + this.rangeBytes, this.size)
    const shift = range === 0 ? 0 : 1
    let pos = 0
    if (range > 0) {
      const q = this.lineBreak(begin - 1, end - 1)
      if (q < 0) return { range, lines: 0, start, settled: null, dependent: false, dead: false }
      pos = q + 1
    }
    const encoding = this.forced ?? start
    const reader = new TextLineReader({ ...(this.maxLineBytes === undefined ? {} : { maxLineBytes: this.maxLineBytes }), encoding: encoding ?? "auto" })
    let seen = 0
    let settled: RangeMeta["settled"] = null
    let dependent = false
    let dead = false
    let partial = false
    let head: Uint8Array | null = null
    // `locked`: the reader's encoding was settled when these events were made (every event of a
    // push made while settled, or the one event of a one-line push).
    const take = (events: ReadonlyArray<TextLineEvent>, locked: boolean): void => {
      for (const e of events) {
        seen++
        if (seen <= shift) continue // the sentinel line
        let relocate = false
        if (e.kind === "problem") {
          if (e.issue.code === "invalid_encoding") {
            if (auto && start === null) dependent = true
            relocate = auto && locked
          } else if (range === 0 && seen === 1 && e.issue.code === "unsupported_encoding") dead = true
        }
        each(e, seen - shift, relocate)
      }
    }
    // After the push of one line that settled the encoding: which line, and how.
    const check = (): void => {
      const now = reader.encoding
      if (now === null) return
      const line = seen - shift
      const bom =
        range === 0 &&
        line === 1 &&
        head !== null &&
        ((head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) || (head[0] === 0x84 && head[1] === 0x31 && head[2] === 0x95 && head[3] === 0x33))
      settled = { encoding: now, line, bom }
      dependent = true
    }
    // A read, to the line reader in pieces: a line's text and event then die young, where a whole
    // range of them at once would be promoted and collected as old.
    const pushAll = (bytes: Uint8Array): void => {
      for (let at = 0; at < bytes.length && !dead; at += PUSH) push(bytes.subarray(at, Math.min(bytes.length, at + PUSH)))
    }
    const push = (bytes: Uint8Array): void => {
      if (bytes.length === 0) return
      if (reader.encoding !== null) {
        take(reader.push(bytes), true)
        return
      }
      // Unsettled (auto): plain ASCII cannot settle it; otherwise a line at a time, to see which
      // line settles it, then the rest at once.
      if (!partial && isAscii(bytes)) {
        take(reader.push(bytes), false)
        partial = bytes[bytes.length - 1] !== LF
        return
      }
      let from = 0
      while (from < bytes.length) {
        const nl = bytes.indexOf(LF, from)
        const to = nl < 0 ? bytes.length : nl + 1
        const events = reader.push(bytes.subarray(from, to))
        const locked = reader.encoding !== null
        take(events, locked)
        partial = nl < 0
        from = to
        if (locked) {
          check()
          if (from < bytes.length) take(reader.push(bytes.subarray(from)), true)
          partial = bytes[bytes.length - 1] !== LF
          return
        }
        if (dead) return
      }
    }
    if (shift === 1) take(reader.push(SENTINEL), encoding !== null)
    for (;;) {
      if (pos >= this.size || dead) {
        if (!dead) {
          const wasSettled = reader.encoding !== null
          const events = reader.end()
          take(events, reader.encoding !== null)
          if (!wasSettled && reader.encoding !== null && auto) check()
        }
        break
      }
      const chunk = this.readAt(pos, Math.min(READ_MAX, Math.max(end - pos + READ_PAST, 64 * 1024), this.size - pos))
      if (chunk.length === 0) {
        pos = this.size // the file became shorter: read as its end
        continue
      }
      if (head === null) head = chunk.subarray(0, 4)
      // The range's last line ends at the first line break at or after end − 1.
      const from = Math.max(0, end - 1 - pos)
      const stop = from < chunk.length ? chunk.indexOf(LF, from) : -1
      if (stop >= 0) {
        pushAll(chunk.subarray(0, stop + 1))
        break
      }
      pushAll(chunk)
      pos += chunk.length
    }
    return { range, lines: Math.max(0, seen - shift), start, settled, dependent: auto && start === null && dependent, dead }
  }
}

// --- the ordering thread: where the encoding was settled, in the file's line numbers ----------

/** How core numbers the line where the encoding was settled, per encoding (see {@link calibrate}). */
export interface Calibration {
  /** The number a reader given the encoding names (core: 0). */
  readonly given: Readonly<Record<TextEncodingName, number>>
  /** The number named minus the line that settled it, for a line that is not plain ASCII. */
  readonly line: Readonly<Record<TextEncodingName, number>>
  /** The same for a byte-order mark on line 1. */
  readonly bom: Readonly<Record<TextEncodingName, number>>
}

const ZH = (n: number) => `第 ${n} 行`
const EN = (n: number) => `at line ${n}`

// The one place `text` holds `needle` not followed by a digit, or -1 (none, or more than one).
const once = (text: string, needle: string): number => {
  let found = -1
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const next = text.charCodeAt(at + needle.length)
    if (next >= 48 && next <= 57) continue
    if (found >= 0) return -1
    found = at
  }
  return found
}

/** The line number `from` named in a settled-encoding problem, replaced by `to`; `null` if it is not there once. */
export const relocateSince = (issue: Issue, from: number, to: number): Issue | null => {
  const z = once(issue.zh, ZH(from))
  const e = once(issue.en, EN(from))
  if (z < 0 || e < 0) return null
  return {
    ...issue,
    zh: issue.zh.slice(0, z) + ZH(to) + issue.zh.slice(z + ZH(from).length),
    en: issue.en.slice(0, e) + EN(to) + issue.en.slice(e + EN(from).length)
  }
}

// The number a settled-encoding problem names, read back from both texts.
const sinceNamed = (issue: Issue): number | null => {
  const z = /第 (\d+) 行/.exec(issue.zh)
  const e = /at line (\d+)/.exec(issue.en)
  return z !== null && e !== null && z[1] === e[1] ? Number(z[1]) : null
}

const probe = (encoding: "auto" | TextEncodingName, ...chunks: ReadonlyArray<ReadonlyArray<number>>): { issue: Issue | null; encoding: TextEncodingName | null } => {
  const r = new TextLineReader({ encoding })
  const events = chunks.flatMap((c) => r.push(new Uint8Array(c)))
  events.push(...r.end())
  const p = events.find((e) => e.kind === "problem")
  return { issue: p !== undefined && p.kind === "problem" ? p.issue : null, encoding: r.encoding }
}

let calibrated: Calibration | null | undefined

/**
 * The encoding state of a file read in ranges, as the ranges are taken in order: what a range
 * handed out now starts with, whether a range read before must be read again, and how to put the
 * file's line numbers into the problems that name the line where the encoding was settled.
 */
export class EncodingOrder {
  /** auto: the file's encoding and the line that settled it, once a range taken has settled it. */
  private known: { readonly encoding: TextEncodingName; readonly since: number } | null = null

  constructor(
    /** The encoding the caller forced, or `null` for auto. */
    private readonly forced: TextEncodingName | null,
    /** Required for auto (see {@link calibrate}). */
    private readonly calibration: Calibration | null
  ) {}

  /** What a range handed out now starts with. */
  start(): RangeEncoding {
    return this.forced ?? this.known?.encoding ?? null
  }

  /** A range read unsettled whose rows would differ now that the encoding is known: read it again with {@link start}. */
  stale(meta: RangeMeta): boolean {
    return this.forced === null && this.known !== null && meta.start === null && meta.dependent
  }

  /**
   * Takes the next range in order (`offset`: the lines of the ranges before it): how to relocate
   * its marked problems (`null`: nothing to do).
   */
  take(meta: RangeMeta, offset: number): ((issue: Issue) => Issue) | null {
    const c = this.calibration
    if (this.forced !== null || c === null) return null
    let from: number
    let to: number
    if (meta.start !== null && this.known !== null) {
      from = c.given[meta.start]
      to = this.known.since
    } else if (meta.settled !== null && this.known === null) {
      const shift = meta.range === 0 ? 0 : 1
      const delta = (meta.settled.bom ? c.bom : c.line)[meta.settled.encoding]
      from = meta.settled.line + shift + delta
      to = offset + meta.settled.line + delta
      this.known = { encoding: meta.settled.encoding, since: to }
    } else return null
    return (issue) => relocateSince(issue, from, to) ?? issue
  }
}

/**
 * Asks core, once, how it numbers the line where the encoding was settled — for a reader given the
 * encoding, a line that settles it, a byte-order mark — and checks that moving the number in a
 * given-encoding problem gives exactly the problem one reader writes. `null` when it does not:
 * then an auto-encoding file is not read in ranges.
 */
export const calibrate = (): Calibration | null => {
  if (calibrated !== undefined) return calibrated
  const given = {} as Record<TextEncodingName, number>
  const line = {} as Record<TextEncodingName, number>
  const bom = {} as Record<TextEncodingName, number>
  const BAD = [0xff, LF]
  const settle: Record<TextEncodingName, number[]> = { "utf-8": [0xe4, 0xb8, 0x80], gb18030: [0xc4, 0xe3] } // 一 in UTF-8; 你 in GB18030 (not UTF-8)
  const marks: Record<TextEncodingName, number[]> = { "utf-8": [0xef, 0xbb, 0xbf], gb18030: [0x84, 0x31, 0x95, 0x33] }
  let ok = true
  for (const enc of ["utf-8", "gb18030"] as const) {
    const byLine = probe("auto", [LF, LF], [...settle[enc], LF], BAD) // settled on line 3, bad line 4
    const byMark = probe("auto", [...marks[enc], 0x7b, 0x7d, LF], BAD) // settled by line 1's mark
    const byGiven = probe(enc, [LF], BAD)
    const n = byLine.issue === null ? null : sinceNamed(byLine.issue)
    const m = byMark.issue === null ? null : sinceNamed(byMark.issue)
    const g = byGiven.issue === null ? null : sinceNamed(byGiven.issue)
    if (n === null || m === null || g === null || byLine.encoding !== enc || byMark.encoding !== enc || byGiven.issue === null || byLine.issue === null) {
      ok = false
      break
    }
    const moved = relocateSince(byGiven.issue, g, n)
    if (moved === null || JSON.stringify(moved) !== JSON.stringify(byLine.issue)) {
      ok = false
      break
    }
    given[enc] = g
    line[enc] = n - 3
    bom[enc] = m - 1
  }
  calibrated = ok ? { given, line, bom } : null
  return calibrated
}
