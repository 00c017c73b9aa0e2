/**
 * The rows of one range of an NDJSON file — what the one-thread run gives for those lines, the
 * same code deciding: a line problem is an error row, a blank line nothing, any other line is
 * parsed and decided (`Decider.task`) and given as its digest, packed (`wire.ts`). Used by the
 * worker threads and by the calling thread alike.
 *
 * @internal
 * @module
 */
import { type Decider, digestRow, issueRow } from "../batch/decider.js"
import type { RangeEncoding, RangeFile } from "./file-ranges.js"
import { type PackedRows, RowPacker } from "./wire.js"

/**
 * Reads and decides a range: its rows numbered within the range, packed as they are made (a row
 * held until the range is done would outlive the young generation: a whole range of them, promoted
 * and collected as old, cost two threads 15% more CPU than one), with what the range found.
 */
export const decideRange = (
  file: RangeFile,
  range: number,
  start: RangeEncoding,
  decider: Decider,
  json: boolean,
  seq = 0
): { readonly reply: PackedRows & { readonly meta: NonNullable<PackedRows["meta"]> }; readonly transfer: ArrayBuffer[] } => {
  const packer = new RowPacker()
  const meta = file.read(range, start, (e, line, relocate) => {
    if (e.kind === "problem") {
      packer.add(issueRow(line, null, e.issue), relocate)
      return
    }
    if (e.text.trim() === "") return
    const row = decider.task({ kind: "task", line, text: e.text })
    packer.add(row.kind === "error" ? row : digestRow(row, json))
  })
  const { reply, transfer } = packer.done(seq, meta)
  return { reply: { ...reply, meta }, transfer }
}
