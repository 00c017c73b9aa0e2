/**
 * What crosses between the reading thread and a batch worker, packed so that copying it costs
 * little: a batch of NDJSON households is an array of their lines (strings copy cheaply) and a
 * `Float64Array` of their line numbers; the digests coming back are a `Float64Array` of their
 * figures (the eligible programmes as one number), ONE string of their household ids cut by the
 * lengths in the numbers, and (`json: true`) their JSON texts, with only the rare parts (error
 * rows, programmes that could not be determined, carried-forward values) as objects. Rows are
 * packed as they are made and unpacked as they are yielded, so that none outlives the young
 * generation.
 *
 * Structured cloning costs about 1 µs per small object on each side, paid by the reading thread
 * for every household it sends and every digest it receives — with two workers on two cores the
 * reading thread was the bottleneck. Packed, a digest costs the reading thread ~0.1–0.3 µs.
 *
 * A file is not sent at all: a worker is told which range of it to read (`RangeRequest`, see
 * `file-ranges.ts`) and answers with the same packed rows, numbered within the range, and what
 * the range found (`RangeMeta`); the ordering thread adds the lines of the ranges before.
 *
 * @internal
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import type { ErrorRow } from "../batch/batch-row.js"
import type { BatchTask, DeterminationDigest } from "../batch/decider.js"
import { PROGRAMME_NAMES, type Programme } from "../determination/determination.js"
import type { RangeEncoding, RangeMeta } from "./file-ranges.js"

/** What a worker is asked: a batch of households, or a range of the file to read and decide. @internal */
export type WorkerRequest = BatchRequest | RangeRequest

/** A range of the file (`init.file`) to read, from this start state (see `file-ranges.ts`). @internal */
export interface RangeRequest {
  readonly seq: number
  readonly range: number
  readonly encoding: RangeEncoding
}

/** A batch for a worker: NDJSON as its lines, or (CSV) the tasks themselves. @internal */
export interface BatchRequest {
  readonly seq: number
  /** The 1-based line where each household starts. */
  readonly lines: Float64Array
  /** NDJSON: each household's line; `null` for CSV. */
  readonly texts: ReadonlyArray<string> | null
  /** CSV: the tasks (rows of each household); `null` for NDJSON. */
  readonly tasks: ReadonlyArray<BatchTask> | null
}

/** A worker's answer: the packed digests (and, for a range, what it found), or the error that stopped it. @internal */
export type WorkerReply = PackedRows | { readonly seq: number; readonly error: { readonly name: string; readonly message: string; readonly stack: string | undefined } }

/** Rows packed (see {@link RowPacker}). @internal */
export interface PackedRows {
  readonly seq: number
  readonly nums: Float64Array
  /** The household ids, one after the other. */
  readonly text: string
  /** With `json: true`, each determination's JSON (strings are copied as they are: joined first, they cost a second copy). */
  readonly jsons: ReadonlyArray<string> | null
  readonly extra: ReadonlyArray<ErrorRow | Extra> | null
  readonly meta?: RangeMeta
}

/** The parts of a digest that are rarely there, sent as objects. */
interface Extra {
  readonly unavailable: DeterminationDigest["unavailable"]
  readonly carriedForward: DeterminationDigest["carriedForward"]
}

/** Packs a batch of tasks (all NDJSON lines, or not). */
export const packTasks = (seq: number, tasks: ReadonlyArray<BatchTask>): { readonly request: BatchRequest; readonly transfer: ArrayBuffer[] } => {
  const lines = new Float64Array(tasks.length)
  let allText = true
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] as BatchTask
    lines[i] = t.line
    if (!("text" in t)) allText = false
  }
  let texts: string[] | null = null
  if (allText) {
    texts = new Array<string>(tasks.length)
    for (let i = 0; i < tasks.length; i++) texts[i] = (tasks[i] as { readonly text: string }).text
  }
  return { request: { seq, lines, texts, tasks: allText ? null : tasks }, transfer: [lines.buffer as ArrayBuffer] }
}

/** The tasks of a packed batch, in order. */
export const unpackTasks = (req: BatchRequest): BatchTask[] => {
  const texts = req.texts
  if (texts === null) return [...(req.tasks ?? [])]
  const out: BatchTask[] = new Array<BatchTask>(texts.length)
  for (let i = 0; i < texts.length; i++) out[i] = { kind: "task", line: req.lines[i] as number, text: texts[i] as string }
  return out
}

// Programmes as 1–7 (their order in PROGRAMME_NAMES); the eligible ones of a household, in order, as
// one number: the first in the lowest base-8 digit (7 programmes at most: below 8⁷).
const PROGRAMMES = Object.keys(PROGRAMME_NAMES) as ReadonlyArray<Programme>
const CODE = new Map<Programme, number>(PROGRAMMES.map((p, i) => [p, i + 1]))

// Per row: line, people, perCapitaIncomeFen, monthlyPaidFen, oneOffFen, flags, the length of the
// household id in the text, the eligible programmes (as above) and whether there is JSON (1, or -1).
const STRIDE = 9
const ERROR = 1
const ILLUSTRATIVE = 2
const EXTRA = 4
const RELOCATE = 8

/**
 * Packs rows one at a time, as they are made (so that no row outlives the young generation): the
 * figures into a growing `Float64Array`, the ids into one string, the JSON texts as they are.
 */
export class RowPacker {
  private nums = new Float64Array(STRIDE * 256)
  private n = 0
  private parts: string[] = []
  private jsons: string[] | null = null
  private extra: Array<ErrorRow | Extra> | null = null

  /** Adds a row; `relocate`: an error row whose problem names the line where the encoding was settled. */
  add(r: ErrorRow | DeterminationDigest, relocate = false): void {
    if ((this.n + 1) * STRIDE > this.nums.length) {
      const grown = new Float64Array(this.nums.length * 2)
      grown.set(this.nums)
      this.nums = grown
    }
    const nums = this.nums
    const o = this.n++ * STRIDE
    nums[o] = r.line
    if (r.kind === "error") {
      nums[o + 5] = relocate ? ERROR | RELOCATE : ERROR
      ;(this.extra ??= []).push(r)
      return
    }
    nums[o + 1] = r.people
    nums[o + 2] = r.perCapitaIncomeFen
    nums[o + 3] = r.monthlyPaidFen
    nums[o + 4] = r.oneOffFen
    let flags = r.illustrative ? ILLUSTRATIVE : 0
    if (r.unavailable.length > 0 || r.carriedForward.length > 0) {
      flags |= EXTRA
      ;(this.extra ??= []).push({ unavailable: r.unavailable, carriedForward: r.carriedForward })
    }
    nums[o + 5] = flags
    let codes = 0
    for (let k = r.eligible.length - 1; k >= 0; k--) codes = codes * 8 + (CODE.get(r.eligible[k] as Programme) as number)
    this.parts.push(r.householdId)
    nums[o + 6] = r.householdId.length
    nums[o + 7] = codes
    if (r.json === null) nums[o + 8] = -1
    else {
      ;(this.jsons ??= []).push(r.json)
      nums[o + 8] = 1
    }
  }

  /** The rows packed so far, and the buffer to transfer. */
  done(seq: number, meta?: RangeMeta): { readonly reply: PackedRows; readonly transfer: ArrayBuffer[] } {
    const nums = this.nums.subarray(0, this.n * STRIDE)
    return { reply: { seq, nums, text: this.parts.join(""), jsons: this.jsons, extra: this.extra, ...(meta === undefined ? {} : { meta }) }, transfer: [nums.buffer as ArrayBuffer] }
  }
}

/**
 * The rows of a packed reply, one at a time (each made when asked for, so that it dies young): the
 * same digests, field for field and in the same key order, with `offset` added to every line;
 * `relocate` remakes the error rows marked for it.
 */
export class RowUnpacker {
  private i = 0
  private at = 0
  private x = 0
  private j = 0
  private readonly n: number
  private readonly extra: ReadonlyArray<ErrorRow | Extra>

  constructor(
    private readonly reply: PackedRows,
    private readonly offset = 0,
    private readonly relocate?: (row: ErrorRow) => ErrorRow
  ) {
    this.n = reply.nums.length / STRIDE
    this.extra = reply.extra ?? []
  }

  /** The next row, or `null` after the last. */
  next(): ErrorRow | DeterminationDigest | null {
    if (this.i >= this.n) return null
    const { nums, text } = this.reply
    const offset = this.offset
    const o = this.i++ * STRIDE
    const flags = nums[o + 5] as number
    if ((flags & ERROR) !== 0) {
      let row = this.extra[this.x++] as ErrorRow
      if (offset !== 0) row = { ...row, line: row.line + offset }
      return (flags & RELOCATE) !== 0 && this.relocate !== undefined ? this.relocate(row) : row
    }
    const idEnd = this.at + (nums[o + 6] as number)
    const householdId = text.slice(this.at, idEnd)
    const eligible: Programme[] = []
    for (let codes = nums[o + 7] as number; codes > 0; codes = Math.floor(codes / 8)) eligible.push(PROGRAMMES[(codes % 8) - 1] as Programme)
    this.at = idEnd
    const json = (nums[o + 8] as number) < 0 ? null : ((this.reply.jsons as ReadonlyArray<string>)[this.j++] as string)
    const e = (flags & EXTRA) !== 0 ? (this.extra[this.x++] as Extra) : null
    return {
      kind: "determination",
      line: (nums[o] as number) + offset,
      householdId,
      people: nums[o + 1] as number,
      perCapitaIncomeFen: nums[o + 2] as number,
      monthlyPaidFen: nums[o + 3] as number,
      oneOffFen: nums[o + 4] as number,
      eligible,
      unavailable: e === null ? [] : (e.unavailable as Array<{ readonly programme: Programme; readonly reason: Bilingual }>),
      illustrative: (flags & ILLUSTRATIVE) !== 0,
      carriedForward: e === null ? [] : e.carriedForward,
      json
    }
  }
}

/** The rows of a packed reply, all at once (see {@link RowUnpacker}). */
export const unpackRows = (reply: PackedRows, offset = 0, relocate?: (row: ErrorRow) => ErrorRow): Array<ErrorRow | DeterminationDigest> => {
  const u = new RowUnpacker(reply, offset, relocate)
  const out: Array<ErrorRow | DeterminationDigest> = []
  for (let r = u.next(); r !== null; r = u.next()) out.push(r)
  return out
}
