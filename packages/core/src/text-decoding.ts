/**
 * Text files as offices write them: UTF-8 (with or without a byte-order mark) or GB18030/GBK — what
 * Excel saves on Chinese Windows — told apart line by line, split into numbered lines in linear
 * time, each line bounded in length. A line that fits neither encoding, or is too long, is one
 * problem naming its line; the lines after it are still read.
 *
 * **Why lines are split as bytes.** The line break (0x0A), the quote (0x22) and the comma (0x2C)
 * never occur inside a multi-byte character of UTF-8 or GB18030 (GB18030's second and fourth
 * bytes are 0x30–0x39 or 0x40–0xFE), so a file can be cut into lines before its encoding is known,
 * and every limit is in bytes. Each unfinished line is kept as a list of pieces and joined once, so
 * a 100 MB line costs one pass, not one re-split per 64 KB chunk.
 *
 * @module
 */
import * as Result from "effect/Result"
import { issue } from "./decode.js"
import { InvalidInput } from "./errors.js"
import type { Issue } from "./issue.js"

/**
 * The encodings a text file may be in: `utf-8` or `gb18030` (which includes GBK and GB2312).
 *
 * @example
 * ```ts
 * import type { TextEncodingName } from "@minzheng/core"
 * const e: TextEncodingName = "gb18030"
 * ```
 * @category text
 * @since 0.1.0
 */
export type TextEncodingName = "utf-8" | "gb18030"

/**
 * The longest line read by default: 1 MiB (1,048,576 bytes). A household, a response set or a
 * ledger entry takes well under 10 KB; a longer line is almost surely a broken file.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_LINE_BYTES } from "@minzheng/core"
 * DEFAULT_MAX_LINE_BYTES //=> 1048576
 * ```
 * @category text
 * @since 0.1.0
 */
export const DEFAULT_MAX_LINE_BYTES = 1_048_576

/**
 * Options of a {@link TextLineReader}.
 *
 * @example
 * ```ts
 * import type { TextLineReaderOptions } from "@minzheng/core"
 * const o: TextLineReaderOptions = { maxLineBytes: 65536, encoding: "auto" }
 * ```
 * @category text
 * @since 0.1.0
 */
export interface TextLineReaderOptions {
  /** The longest line in bytes, its ending excluded (default {@link DEFAULT_MAX_LINE_BYTES}). */
  readonly maxLineBytes?: number
  /** `auto` (default) detects UTF-8 or GB18030; a name forces it. */
  readonly encoding?: "auto" | TextEncodingName
}

/**
 * A line read, or a line that could not be: `line` is its 1-based number, `bytes` its length in
 * bytes (ending excluded), `issue` why it could not be read (`invalid_encoding`, `line_too_long`,
 * `unsupported_encoding`).
 *
 * @example
 * ```ts
 * import type { TextLineEvent } from "@minzheng/core"
 * const e: TextLineEvent = { kind: "line", line: 1, bytes: 5, text: "a,b,c" }
 * ```
 * @category text
 * @since 0.1.0
 */
export type TextLineEvent =
  | { readonly kind: "line"; readonly line: number; readonly bytes: number; readonly text: string }
  | { readonly kind: "problem"; readonly line: number; readonly issue: Issue }

const LF = 0x0a
const CR = 0x0d
const encoder = new TextEncoder()
const ENCODING_NAMES: Readonly<Record<TextEncodingName, string>> = { "utf-8": "UTF-8", gb18030: "GB18030" }

// CJK ideographs, CJK punctuation and full-width forms: what a Chinese office file holds.
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/

const makeDecoder = (name: TextEncodingName): TextDecoder => new TextDecoder(name, { fatal: true, ignoreBOM: true })

const tryDecode = (decoder: TextDecoder, bytes: Uint8Array): string | null => {
  try {
    return decoder.decode(bytes)
  } catch {
    return null
  }
}

const checkOptions = (o: unknown): { maxLineBytes: number; encoding: "auto" | TextEncodingName } => {
  if (o === undefined) return { maxLineBytes: DEFAULT_MAX_LINE_BYTES, encoding: "auto" }
  const issues: Issue[] = []
  if (typeof o !== "object" || o === null) {
    throw new InvalidInput({ issues: [issue(["options"], "invalid_options", "选项应为对象", "options must be an object")] })
  }
  const { maxLineBytes, encoding } = o as { maxLineBytes?: unknown; encoding?: unknown }
  if (maxLineBytes !== undefined && !(typeof maxLineBytes === "number" && Number.isSafeInteger(maxLineBytes) && maxLineBytes > 0)) {
    issues.push(issue(["options", "maxLineBytes"], "invalid_limit", "行长度上限应为正整数（字节）", "maxLineBytes must be a positive whole number of bytes"))
  }
  if (encoding !== undefined && encoding !== "auto" && encoding !== "utf-8" && encoding !== "gb18030") {
    issues.push(issue(["options", "encoding"], "invalid_encoding_name", "编码应为 auto、utf-8 或 gb18030", "encoding must be auto, utf-8 or gb18030"))
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
  return { maxLineBytes: (maxLineBytes as number | undefined) ?? DEFAULT_MAX_LINE_BYTES, encoding: (encoding as "auto" | TextEncodingName | undefined) ?? "auto" }
}

const neitherIssue = (): Issue =>
  issue([], "invalid_encoding", "该行既不是有效的 UTF-8 编码，也不是有效的 GB18030（GBK）编码，请将文件另存为 UTF-8 后重试", "the line is neither valid UTF-8 nor valid GB18030 (GBK); save the file as UTF-8 and try again")

const lockedIssue = (encoding: TextEncodingName, since: number): Issue =>
  issue(
    [],
    "invalid_encoding",
    `该行不是有效的 ${ENCODING_NAMES[encoding]} 编码（本文件自第 ${since} 行起判定为 ${ENCODING_NAMES[encoding]} 编码）`,
    `the line is not valid ${ENCODING_NAMES[encoding]} (the file was found to be ${ENCODING_NAMES[encoding]} at line ${since})`
  )

const tooLongIssue = (limit: number): Issue =>
  issue([], "line_too_long", `该行超过长度上限（${limit} 字节），已跳过`, `the line is longer than the limit (${limit} bytes) and was skipped`)

const utf16Issue = (): Issue =>
  issue([], "unsupported_encoding", "文件是 UTF-16 编码（“Unicode 文本”），无法读取；请另存为“CSV UTF-8”后重试", "the file is UTF-16 (\"Unicode text\"), which is not read; save it as \"CSV UTF-8\" and try again")

/**
 * Splits text chunks — bytes in UTF-8 or GB18030, or strings — into numbered lines, decoding each
 * line and bounding its length. `\n` and `\r\n` end a line; a byte-order mark is dropped.
 *
 * **Details.** With `encoding: "auto"` the encoding is settled by the first line that is not plain
 * ASCII: a UTF-8 byte-order mark or valid UTF-8 gives UTF-8, else valid GB18030 gives GB18030
 * (when a line is valid in both, the one that reads as Chinese wins). From then on each line must
 * be valid in that encoding; one that is not is a `problem` naming its line. A line longer than
 * `maxLineBytes` is skipped without being kept in memory and reported as `line_too_long`. A UTF-16
 * file is one `unsupported_encoding` problem on line 1 and nothing else. String chunks are text
 * already: they are taken as UTF-8. Time is linear in the input; memory holds one line.
 *
 * @throws {@link InvalidInput} for invalid options, or a chunk that is neither a string nor bytes
 * @example
 * ```ts
 * import { TextLineReader } from "@minzheng/core"
 * const reader = new TextLineReader()
 * const gbk = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, 0x0a]) // 张三 in GB18030, then \n
 * reader.push(gbk) //=> [{ kind: "line", line: 1, bytes: 4, text: "张三" }]
 * reader.encoding //=> "gb18030"
 * reader.end() //=> []
 * ```
 * @see {@link decodeTextBytes} for a whole small file at once
 * @category text
 * @since 0.1.0
 */
export class TextLineReader {
  private readonly maxLineBytes: number
  private forced: TextEncodingName | null
  private locked: TextEncodingName | null
  private lockedAt = 0
  private readonly decoders = new Map<TextEncodingName, TextDecoder>()
  // The unfinished line as pieces (joined once, when its end arrives), and their total length.
  private parts: Uint8Array[] = []
  private size = 0
  private skipping = false
  private lineNo = 1
  private started = false
  private dead = false

  constructor(options?: TextLineReaderOptions) {
    const o = checkOptions(options)
    this.maxLineBytes = o.maxLineBytes
    this.forced = o.encoding === "auto" ? null : o.encoding
    this.locked = this.forced
  }

  /** The encoding in use: forced, detected, or `null` while every line so far was plain ASCII. */
  get encoding(): TextEncodingName | null {
    return this.locked
  }

  /** Reads a chunk; returns the lines (and problems) it completes. */
  push(chunk: string | Uint8Array): TextLineEvent[] {
    let bytes: Uint8Array
    if (typeof chunk === "string") {
      if (this.locked === null) this.lock("utf-8")
      bytes = encoder.encode(chunk)
    } else if (chunk instanceof Uint8Array) bytes = chunk
    else throw new InvalidInput({ issues: [issue(["chunk"], "invalid_chunk", "输入块应为字符串或字节", "each chunk must be a string or bytes")] })
    const out: TextLineEvent[] = []
    if (this.dead || bytes.length === 0) return out
    let pos = 0
    if (!this.started) {
      this.started = true
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        this.dead = true
        out.push({ kind: "problem", line: 1, issue: utf16Issue() })
        return out
      }
    }
    for (;;) {
      const nl = bytes.indexOf(LF, pos)
      if (nl === -1) {
        this.keep(bytes, pos, bytes.length)
        return out
      }
      if (this.size === 0 && !this.skipping) {
        // The whole line is in this chunk: decode a view of it, no copy.
        this.parts = [bytes.subarray(pos, nl)]
        this.size = nl - pos
      } else this.keep(bytes, pos, nl)
      this.emit(out)
      pos = nl + 1
    }
  }

  /** Ends the input: returns the last line if it had no line break. */
  end(): TextLineEvent[] {
    const out: TextLineEvent[] = []
    if (!this.dead && (this.size > 0 || this.skipping)) this.emit(out)
    this.dead = true
    return out
  }

  private keep(bytes: Uint8Array, from: number, to: number): void {
    if (to <= from) return
    this.size += to - from
    if (this.skipping) return
    if (this.size > this.maxLineBytes + 1) {
      // Longer than the limit even without a trailing \r: drop what was kept, count the rest.
      this.skipping = true
      this.parts = []
      return
    }
    // A view would do for the line's own chunk, but a caller may reuse its buffer: copy the tail.
    this.parts.push(bytes.slice(from, to))
  }

  private emit(out: TextLineEvent[]): void {
    const line = this.lineNo++
    let bytes: Uint8Array
    if (this.parts.length === 1) bytes = this.parts[0] as Uint8Array
    else {
      bytes = new Uint8Array(this.skipping ? 0 : this.size)
      let at = 0
      for (const p of this.parts) {
        bytes.set(p, at)
        at += p.length
      }
    }
    const skipped = this.skipping
    this.parts = []
    this.size = 0
    this.skipping = false
    let end = bytes.length
    if (end > 0 && bytes[end - 1] === CR) end--
    if (skipped || end > this.maxLineBytes) {
      out.push({ kind: "problem", line, issue: tooLongIssue(this.maxLineBytes) })
      return
    }
    let start = 0
    if (line === 1) {
      if (end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        start = 3
        if (this.locked === null) this.lock("utf-8")
      } else if (end >= 4 && bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
        start = 4
        if (this.locked === null) this.lock("gb18030")
      }
    }
    const body = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end)
    const text = this.decode(body, line)
    if (text === null) {
      out.push({ kind: "problem", line, issue: this.locked === null ? neitherIssue() : lockedIssue(this.locked, this.lockedAt) })
      return
    }
    out.push({ kind: "line", line, bytes: end - start, text })
  }

  private decoder(name: TextEncodingName): TextDecoder {
    let d = this.decoders.get(name)
    if (d === undefined) {
      d = makeDecoder(name)
      this.decoders.set(name, d)
    }
    return d
  }

  private lock(name: TextEncodingName): void {
    this.locked = name
    this.lockedAt = this.lineNo
  }

  private decode(bytes: Uint8Array, line: number): string | null {
    if (this.locked !== null) return tryDecode(this.decoder(this.locked), bytes)
    const utf8 = tryDecode(this.decoder("utf-8"), bytes)
    if (utf8 !== null && utf8.length === bytes.length) return utf8 // plain ASCII: nothing settled yet
    const gb = tryDecode(this.decoder("gb18030"), bytes)
    let pick: TextEncodingName | null = null
    if (utf8 !== null && gb !== null) pick = CJK.test(utf8) || !CJK.test(gb) ? "utf-8" : "gb18030"
    else if (utf8 !== null) pick = "utf-8"
    else if (gb !== null) pick = "gb18030"
    if (pick === null) return null
    this.locked = pick
    this.lockedAt = line
    return pick === "utf-8" ? utf8 : gb
  }
}

/**
 * Decodes a whole small file (a policy bundle, a duty set) as UTF-8 or GB18030, detected as
 * {@link TextLineReader} does: the text (byte-order mark dropped, line endings kept) and the
 * encoding, or an {@link InvalidInput} naming each line that fits neither.
 *
 * @example
 * ```ts
 * import { decodeTextBytes } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0xbc, 0xa0])) // BOM + 张
 * Result.isSuccess(r) && r.success.text //=> "张"
 * Result.isFailure(decodeTextBytes(new Uint8Array([0x61, 0x0a, 0xff]))) //=> true
 * ```
 * @category text
 * @since 0.1.0
 */
export const decodeTextBytes = (
  bytes: Uint8Array,
  options?: { readonly encoding?: "auto" | TextEncodingName }
): Result.Result<{ readonly text: string; readonly encoding: TextEncodingName }, InvalidInput> => {
  if (!(bytes instanceof Uint8Array)) {
    return Result.fail(new InvalidInput({ issues: [issue(["bytes"], "invalid_type", "应为字节（Uint8Array）", "expected bytes (a Uint8Array)")] }))
  }
  let reader: TextLineReader
  try {
    reader = new TextLineReader({ maxLineBytes: Math.max(1, bytes.length), encoding: options?.encoding ?? "auto" })
  } catch (e) {
    return Result.fail(e as InvalidInput)
  }
  // Keep the line endings as they were: decode line by line but join with the original breaks.
  const events = [...reader.push(bytes), ...reader.end()]
  const issues: Issue[] = []
  const texts: string[] = []
  for (const e of events) {
    if (e.kind === "problem") issues.push({ ...e.issue, path: ["line", e.line] })
    else texts.push(e.text)
  }
  if (issues.length > 0) return Result.fail(new InvalidInput({ issues }))
  const crlf = bytes.indexOf(CR) !== -1
  const text = crlf ? rejoinWithEndings(bytes, texts) : texts.join("\n") + (bytes.length > 0 && bytes[bytes.length - 1] === LF ? "\n" : "")
  return Result.succeed({ text, encoding: reader.encoding ?? "utf-8" })
}

// Puts back each line's own ending (\n or \r\n) after decoding lines one by one.
const rejoinWithEndings = (bytes: Uint8Array, texts: ReadonlyArray<string>): string => {
  let out = ""
  let pos = 0
  for (let i = 0; i < texts.length; i++) {
    const nl = bytes.indexOf(LF, pos)
    out += texts[i]
    if (nl === -1) break
    out += nl > 0 && bytes[nl - 1] === CR ? "\r\n" : "\n"
    pos = nl + 1
  }
  return out
}
