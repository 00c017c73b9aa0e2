/**
 * 批量认定结果行 (batch row): what a batch run emits — one determination row per household, one
 * error row per bad record (the run goes on), and the summary at the end.
 *
 * @module
 */
import type { Bilingual, Issue, Money, PolicyBundleIncomplete } from "@minzheng/core"
import type { HouseholdDetermination, Programme } from "../determination/determination.js"

/**
 * A programme of one household that could not be determined (`status: "unavailable"`): which one,
 * why in Chinese and English (the parameters missing or ended), and the typed failure.
 *
 * @example
 * ```ts
 * import type { UnavailableProgramme } from "@minzheng/relief"
 * const why = (u: UnavailableProgramme) => u.reason.zh
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface UnavailableProgramme {
  readonly programme: Programme
  /** e.g. `最低生活保障无法认定（政策参数缺失或已停止适用：income.basicPensionExcluded已停止适用）`. */
  readonly reason: Bilingual
  /** The problems of exactly the parameters the programme reads. */
  readonly failure: PolicyBundleIncomplete
}

/**
 * The determinations of one household, with the programmes that could not be determined listed
 * with their reason (empty when every programme was determined).
 *
 * @example
 * ```ts
 * import type { DeterminationRow } from "@minzheng/relief"
 * const dibao = (r: DeterminationRow) => r.result.programmes.dibao
 * const reasons = (r: DeterminationRow) => r.unavailable.map((u) => u.reason.zh)
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface DeterminationRow {
  readonly kind: "determination"
  /** The 1-based line where the record starts. */
  readonly line: number
  readonly result: HouseholdDetermination
  /** The programmes of this household that could not be determined, in determination order. */
  readonly unavailable: ReadonlyArray<UnavailableProgramme>
}

/**
 * A bad record: where it starts, its household id if readable, and the typed error's tag,
 * bilingual message and issues. `fatal` is set when the input cannot be read at all — a CSV header
 * naming an unknown column (with the nearest known name), a column twice, or missing a required
 * one; a header line that cannot be decoded — then no household is decided and only the summary
 * follows.
 *
 * @example
 * ```ts
 * import type { ErrorRow } from "@minzheng/relief"
 * const where = (r: ErrorRow) => `line ${r.line}: ${r.error.messageZh}`
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface ErrorRow {
  readonly kind: "error"
  readonly line: number
  readonly householdId: string | null
  readonly error: { readonly tag: string; readonly message: string; readonly messageZh: string; readonly issues: ReadonlyArray<Issue> }
  /** Set when the whole input was refused (a bad CSV header): nothing else was decided. */
  readonly fatal?: true
}

/**
 * The summary of a run: records read, determined and rejected; eligible counts per programme; the
 * count per programme of determinations that could not be made (`status: "unavailable"`); the
 * total monthly outlay — each household's `monthlyPaidFen`, so each person's benefit is counted
 * once (a person in 特困 support is never also in the 低保 amount) — and the one-off total (临时救助).
 *
 * @example
 * ```ts
 * import type { BatchSummary } from "@minzheng/relief"
 * const perHousehold = (s: BatchSummary) => s.monthlyOutlay.toString()
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface BatchSummary {
  readonly records: number
  readonly determined: number
  readonly errors: number
  readonly eligible: Readonly<Record<Programme, number>>
  /** Per programme, the determinations that could not be made (a parameter missing or ended). */
  readonly unavailable: Readonly<Record<Programme, number>>
  readonly monthlyOutlay: Money
  readonly oneOffOutlay: Money
  readonly label: Bilingual
}

/**
 * The closing row of a run.
 *
 * @example
 * ```ts
 * import type { SummaryRow } from "@minzheng/relief"
 * const count = (r: SummaryRow) => r.summary.records
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface SummaryRow {
  readonly kind: "summary"
  readonly summary: BatchSummary
}

/**
 * A row of a batch run's output.
 *
 * @example
 * ```ts
 * import type { BatchRow } from "@minzheng/relief"
 * const isError = (r: BatchRow) => r.kind === "error"
 * ```
 * @category batch
 * @since 0.1.0
 */
export type BatchRow = DeterminationRow | ErrorRow | SummaryRow
