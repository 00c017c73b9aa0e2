/**
 * 批量认定结果行 (batch row): what a batch run emits — one determination row per household, one
 * error row per bad record (the run goes on), and the summary at the end.
 *
 * @module
 */
import type { Bilingual, Issue, Money } from "@minzheng/core"
import type { HouseholdDetermination, Programme } from "../determination/determination.js"

/**
 * The determinations of one household.
 *
 * @example
 * ```ts
 * import type { DeterminationRow } from "@minzheng/relief"
 * const dibao = (r: DeterminationRow) => r.result.determinations[0]
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface DeterminationRow {
  readonly kind: "determination"
  /** The 1-based line where the record starts. */
  readonly line: number
  readonly result: HouseholdDetermination
}

/**
 * A bad record: where it starts, its household id if readable, and the typed error's tag,
 * bilingual message and issues.
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
}

/**
 * The summary of a run: records read, determined and rejected; eligible counts per programme; the
 * total monthly outlay (every eligible monthly programme) and the one-off total (临时救助).
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
