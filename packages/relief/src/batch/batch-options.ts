/**
 * The options of a batch run — a model file both the batch core (`batch-processor.ts`) and the
 * per-household decider (`decider.ts`) import, so that neither imports the other. The package
 * exports `BatchOptions` from `batch-processor.ts`.
 *
 * @module
 */
import type { IsoDate, PolicyBundle } from "@minzheng/core"

/**
 * Options of a batch run.
 *
 * **Limits.** A line longer than `maxLineBytes` (default 1 MiB) is one error row naming it and is
 * skipped without being kept; a CSV record whose quoted field stays open over more than
 * `maxRecordLines` lines (default 100) or `maxRecordBytes` bytes (default 1 MiB) is one error row on
 * the line where it starts, and the lines after it are read again as records. `encoding` is
 * detected (`auto`: UTF-8 with or without a byte-order mark, or GB18030/GBK as Excel writes on
 * Chinese Windows) unless forced.
 *
 * @example
 * ```ts
 * import type { BatchOptions } from "@minzheng/relief"
 * import { LICANG_BUNDLE } from "@minzheng/relief"
 * const options: BatchOptions = { bundle: LICANG_BUNDLE, asOf: "2025-03-15" as any, format: "csv", maxLineBytes: 65536 }
 * ```
 * @category batch
 * @since 0.1.0
 */
export interface BatchOptions {
  readonly bundle: PolicyBundle
  /** The date of the determinations; each household's region is resolved once for it. */
  readonly asOf: IsoDate
  readonly format: "ndjson" | "csv"
  /** Build explanation trees (default `false`: amounts, terms and dates only). */
  readonly explain?: boolean
  /** The longest line in bytes (default 1 MiB, core's `DEFAULT_MAX_LINE_BYTES`). */
  readonly maxLineBytes?: number
  /** The most lines a CSV record may span through a quoted field (default 100). */
  readonly maxRecordLines?: number
  /** The most bytes a CSV record may span through a quoted field (default 1 MiB). */
  readonly maxRecordBytes?: number
  /** The input's encoding: `auto` (default), `utf-8` or `gb18030`. */
  readonly encoding?: "auto" | "utf-8" | "gb18030"
}
