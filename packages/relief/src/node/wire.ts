/**
 * What crosses between the reading thread and a batch worker, packed so that copying it costs
 * little: a batch of NDJSON households is an array of their lines (strings copy cheaply) and a
 * `Float64Array` of their line numbers; the digests coming back are a `Float64Array` of their
 * figures and ONE string of their texts (household id, eligible programmes, JSON) cut by the
 * lengths in the numbers, with only the rare parts (error rows, programmes that could not be
 * determined, carried-forward values) as objects.
 *
 * Structured cloning costs about 1 µs per small object on each side, paid by the reading thread
 * for every household it sends and every digest it receives — with two workers on two cores the
 * reading thread was the bottleneck. Packed, a digest costs the reading thread ~0.1–0.3 µs.
 *
 * @internal
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import type { ErrorRow } from "../batch/batch-row.js"
import type { BatchTask, DeterminationDigest } from "../batch/decider.js"
import { PROGRAMME_NAMES, type Programme } from "../determination/determination.js"

/** A batch for a worker: NDJSON as its lines, or (CSV) the tasks themselves. @internal */
export interface WorkerRequest {
  readonly seq: number
  /** The 1-based line where each household starts. */
  readonly lines: Float64Array
  /** NDJSON: each household's line; `null` for CSV. */
  readonly texts: ReadonlyArray<string> | null
  /** CSV: the tasks (rows of each household); `null` for NDJSON. */
  readonly tasks: ReadonlyArray<BatchTask> | null
}

/** A worker's answer: the packed digests, or the error that stopped it. @internal */
export type WorkerReply =
  | { readonly seq: number; readonly nums: Float64Array; readonly text: string; readonly extra: ReadonlyArray<ErrorRow | Extra> | null }
  | { readonly seq: number; readonly error: { readonly name: string; readonly message: string; readonly stack: string | undefined } }

/** The parts of a digest that are rarely there, sent as objects. */
interface Extra {
  readonly unavailable: DeterminationDigest["unavailable"]
  readonly carriedForward: DeterminationDigest["carriedForward"]
}

/** Packs a batch of tasks (all NDJSON lines, or not). */
export const packTasks = (seq: number, tasks: ReadonlyArray<BatchTask>): { readonly request: WorkerRequest; readonly transfer: ArrayBuffer[] } => {
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
export const unpackTasks = (req: WorkerRequest): BatchTask[] => {
  const texts = req.texts
  if (texts === null) return [...(req.tasks ?? [])]
  const out: BatchTask[] = new Array<BatchTask>(texts.length)
  for (let i = 0; i < texts.length; i++) out[i] = { kind: "task", line: req.lines[i] as number, text: texts[i] as string }
  return out
}

// Programmes as one character each (their order in PROGRAMME_NAMES).
const PROGRAMMES = Object.keys(PROGRAMME_NAMES) as ReadonlyArray<Programme>
const CODE = new Map<Programme, string>(PROGRAMMES.map((p, i) => [p, String.fromCharCode(48 + i)]))

// Per row: line, people, perCapitaIncomeFen, monthlyPaidFen, oneOffFen, flags, and the lengths of
// the household id, the eligible codes and the JSON (-1: none) in the text.
const STRIDE = 9
const ERROR = 1
const ILLUSTRATIVE = 2
const EXTRA = 4

/** Packs a worker's rows (digests and error rows, in order). */
export const packRows = (seq: number, rows: ReadonlyArray<ErrorRow | DeterminationDigest>): { readonly reply: WorkerReply; readonly transfer: ArrayBuffer[] } => {
  const nums = new Float64Array(rows.length * STRIDE)
  const parts: string[] = []
  let extra: Array<ErrorRow | Extra> | null = null
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as ErrorRow | DeterminationDigest
    const o = i * STRIDE
    nums[o] = r.line
    if (r.kind === "error") {
      nums[o + 5] = ERROR
      ;(extra ??= []).push(r)
      continue
    }
    nums[o + 1] = r.people
    nums[o + 2] = r.perCapitaIncomeFen
    nums[o + 3] = r.monthlyPaidFen
    nums[o + 4] = r.oneOffFen
    let flags = r.illustrative ? ILLUSTRATIVE : 0
    if (r.unavailable.length > 0 || r.carriedForward.length > 0) {
      flags |= EXTRA
      ;(extra ??= []).push({ unavailable: r.unavailable, carriedForward: r.carriedForward })
    }
    nums[o + 5] = flags
    let codes = ""
    for (const p of r.eligible) codes += CODE.get(p) as string
    parts.push(r.householdId, codes)
    nums[o + 6] = r.householdId.length
    nums[o + 7] = codes.length
    if (r.json === null) nums[o + 8] = -1
    else {
      parts.push(r.json)
      nums[o + 8] = r.json.length
    }
  }
  return { reply: { seq, nums, text: parts.join(""), extra }, transfer: [nums.buffer as ArrayBuffer] }
}

/** The rows of a packed reply: the same digests, field for field and in the same key order. */
export const unpackRows = (reply: Extract<WorkerReply, { nums: Float64Array }>): Array<ErrorRow | DeterminationDigest> => {
  const { nums, text } = reply
  const extra = reply.extra ?? []
  const n = nums.length / STRIDE
  const out = new Array<ErrorRow | DeterminationDigest>(n)
  let at = 0
  let x = 0
  for (let i = 0; i < n; i++) {
    const o = i * STRIDE
    const flags = nums[o + 5] as number
    if ((flags & ERROR) !== 0) {
      out[i] = extra[x++] as ErrorRow
      continue
    }
    const idEnd = at + (nums[o + 6] as number)
    const householdId = text.slice(at, idEnd)
    const codesEnd = idEnd + (nums[o + 7] as number)
    const eligible: Programme[] = []
    for (let k = idEnd; k < codesEnd; k++) eligible.push(PROGRAMMES[text.charCodeAt(k) - 48] as Programme)
    at = codesEnd
    const jsonLength = nums[o + 8] as number
    let json: string | null = null
    if (jsonLength >= 0) {
      json = text.slice(at, at + jsonLength)
      at += jsonLength
    }
    const e = (flags & EXTRA) !== 0 ? (extra[x++] as Extra) : null
    out[i] = {
      kind: "determination",
      line: nums[o] as number,
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
  return out
}
