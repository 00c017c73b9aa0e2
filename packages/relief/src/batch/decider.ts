/**
 * Deciding one household of a batch — decode, resolve its region's policy once, determine — and
 * the error rows of a batch. Shared by the one-thread processor and the worker threads of
 * `@minzheng/relief/node`, so both give the same rows.
 *
 * @internal
 * @module
 */
import { type Bilingual, InvalidInput, type Issue, issue, PolicyBundleIncomplete } from "@minzheng/core"
import * as Result from "effect/Result"
import type { Programme } from "../determination/determination.js"
import { determineUnsafe } from "../determination/determine.js"
import { decodeHousehold } from "../household/household.js"
import { type ReliefPolicy, resolveReliefPolicy } from "../params/policy.js"
import { unavailableReason } from "../internal/unavailable.js"
import type { BatchOptions } from "./batch-options.js"
import type { DeterminationRow, ErrorRow, UnavailableProgramme } from "./batch-row.js"
import { householdFromCsvRows } from "./csv.js"

export const errorRow = (line: number, householdId: string | null, e: InvalidInput | PolicyBundleIncomplete): ErrorRow => ({
  kind: "error",
  line,
  householdId,
  error: {
    tag: e._tag,
    message: e.message,
    messageZh: e.messageZh,
    issues: e instanceof InvalidInput ? e.issues : e.problems.map((p) => issue(["parameters", "name" in p ? p.name : ""], p._tag, p.messageZh, p.message))
  }
})

// A bad line's error row without building an InvalidInput each time: constructing the error (and
// its stack) costs ≈ 19 µs, so a 10 MB file of bad lines took ~40 s; the messages of a one-issue
// row are cached by issue (a few hundred distinct texts at most, the cache is emptied when full).
const messages = new Map<string, { readonly message: string; readonly messageZh: string }>()
export const issueRow = (line: number, householdId: string | null, problem: Issue): ErrorRow => {
  const key = `${problem.code}\u0000${problem.en}\u0000${problem.zh}\u0000${JSON.stringify(problem.path)}`
  let m = messages.get(key)
  if (m === undefined) {
    const e = new InvalidInput({ issues: [problem] })
    m = { message: e.message, messageZh: e.messageZh }
    if (messages.size >= 512) messages.clear()
    messages.set(key, m)
  }
  return { kind: "error", line, householdId, error: { tag: "InvalidInput", message: m.message, messageZh: m.messageZh, issues: [problem] } }
}

export const NOT_JSON = issue([], "invalid_json", "该行不是有效的 JSON", "the line is not valid JSON")

const idOf = (u: unknown): string | null => (typeof u === "object" && u !== null && typeof (u as { id?: unknown }).id === "string" ? (u as { id: string }).id : null)

/**
 * A household to decide, as the reading thread hands it on: an NDJSON line not yet parsed, or the
 * rows of one CSV household (grouped by household id). `line` is where the record starts.
 */
export type BatchTask =
  | { readonly kind: "task"; readonly line: number; readonly text: string }
  | { readonly kind: "task"; readonly line: number; readonly rows: ReadonlyArray<Record<string, string>> }

/** Decides households one at a time, resolving each region's policy once (the only state kept). */
export class Decider {
  private readonly policies = new Map<string, ReliefPolicy | PolicyBundleIncomplete>()
  private readonly explain: boolean
  constructor(private readonly options: BatchOptions) {
    this.explain = options.explain === true
  }

  /** A task from the reading thread: parse (NDJSON) or assemble (CSV), then decide. */
  task(t: BatchTask): DeterminationRow | ErrorRow {
    if ("text" in t) {
      let value: unknown
      try {
        value = JSON.parse(t.text)
      } catch {
        return issueRow(t.line, null, NOT_JSON)
      }
      return this.decide(t.line, value)
    }
    return this.decide(t.line, householdFromCsvRows(t.rows))
  }

  decide(line: number, value: unknown): DeterminationRow | ErrorRow {
    const decoded = decodeHousehold(value)
    if (Result.isFailure(decoded)) return errorRow(line, idOf(value), decoded.failure)
    const h = decoded.success
    const region = h.residence.region
    let policy = this.policies.get(region)
    if (policy === undefined) {
      const r = resolveReliefPolicy(this.options.bundle, region, this.options.asOf)
      policy = Result.isSuccess(r) ? r.success : r.failure
      this.policies.set(region, policy)
    }
    if (policy instanceof PolicyBundleIncomplete) return errorRow(line, h.id, policy)
    // decoded, and its policy resolved for its own region: determine cannot fail here
    const result = determineUnsafe(h, policy, { explain: this.explain })
    const unavailable: UnavailableProgramme[] = []
    for (const d of result.determinations) {
      if (d.failure !== null) unavailable.push({ programme: d.programme, reason: unavailableReason(d.programme, d.failure.problems), failure: d.failure })
    }
    return { kind: "determination", line, result, unavailable }
  }
}

/**
 * One household's determination as it comes back from a worker thread: the figures a report
 * needs (counted people, per-capita income, the monthly and one-off amounts, the programmes found
 * eligible and those that could not be determined, with the reason) and, when asked for, the
 * determination as JSON text. A whole {@link DeterminationRow} costs about as much to copy between
 * threads as to compute, so it does not cross.
 *
 * @example
 * ```ts
 * import type { DeterminationDigest } from "@minzheng/relief/node"
 * const line = (d: DeterminationDigest) => `${d.householdId}: ${d.eligible.join("、")} ${d.monthlyPaidFen / 100} 元`
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface DeterminationDigest {
  readonly kind: "determination"
  /** The 1-based line where the record starts. */
  readonly line: number
  readonly householdId: string
  /** How many members were counted (`result.countedMemberIds.length`). */
  readonly people: number
  readonly perCapitaIncomeFen: number
  /** What the household is paid each month in 分, each person once (`result.monthlyPaidFen`). */
  readonly monthlyPaidFen: number
  /** The eligible one-off amounts in 分 (临时救助). */
  readonly oneOffFen: number
  /** The programmes found eligible, in determination order. */
  readonly eligible: ReadonlyArray<Programme>
  /** The programmes that could not be determined, with the reason (`row.unavailable`). */
  readonly unavailable: ReadonlyArray<{ readonly programme: Programme; readonly reason: Bilingual }>
  /** Whether an illustrative parameter was used (`result.illustrative`). */
  readonly illustrative: boolean
  /** The carried-forward parameters used (`result.carriedForwardParameters`): name and Chinese label. */
  readonly carriedForward: ReadonlyArray<{ readonly name: string; readonly zh: string }>
  /** `JSON.stringify(row.result)` when the run was asked for JSON (`json: true`), else `null`. */
  readonly json: string | null
}

/** The digest of a determination row (eligible and one-off counted as the batch summary counts them). */
export const digestRow = (row: DeterminationRow, json: boolean): DeterminationDigest => {
  const r = row.result
  const eligible: Programme[] = []
  let oneOffFen = 0
  for (const d of r.determinations) {
    if (d.failure !== null || !d.eligible) continue
    eligible.push(d.programme)
    if (d.frequency === "one-off") oneOffFen += d.fen
  }
  return {
    kind: "determination",
    line: row.line,
    householdId: r.householdId,
    people: r.countedMemberIds.length,
    perCapitaIncomeFen: r.perCapitaIncomeFen,
    monthlyPaidFen: r.monthlyPaidFen,
    oneOffFen,
    eligible,
    unavailable: row.unavailable.map((u) => ({ programme: u.programme, reason: u.reason })),
    illustrative: r.illustrative,
    carriedForward: r.carriedForwardParameters.map((p) => ({ name: p.name, zh: p.label.zh })),
    json: json ? JSON.stringify(r) : null
  }
}
