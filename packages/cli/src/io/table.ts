/**
 * Plain-text tables that line up with Chinese text (a CJK character takes two columns).
 *
 * @module
 */

const wide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1faff) ||
  (cp >= 0x20000 && cp <= 0x3fffd)

/**
 * How many terminal columns a text takes: two for each CJK (full-width) character, one otherwise.
 *
 * @example
 * ```ts
 * import { textWidth } from "@minzheng/cli"
 * textWidth("低保 dibao") //=> 10
 * ```
 * @category tables
 * @since 0.1.0
 */
export const textWidth = (text: string): number => {
  let w = 0
  for (const ch of text) w += wide(ch.codePointAt(0) ?? 0) ? 2 : 1
  return w
}

/**
 * A column of a table: its heading, and `align: "right"` for numbers and amounts.
 *
 * @example
 * ```ts
 * import type { Column } from "@minzheng/cli"
 * const c: Column = { title: "金额 amount", align: "right" }
 * ```
 * @category tables
 * @since 0.1.0
 */
export interface Column {
  /** The heading. */
  readonly title: string
  /** `right` for numbers and amounts. */
  readonly align?: "left" | "right"
  /** A fixed width in terminal columns (longer cells are cut with `…`). */
  readonly width?: number
}

const fit = (text: string, width: number, align: "left" | "right"): string => {
  let t = text.replace(/[\r\n\t]+/g, " ")
  if (textWidth(t) > width) {
    let out = ""
    for (const ch of t) {
      if (textWidth(out + ch) > width - 1) break
      out += ch
    }
    t = `${out}…`
  }
  const pad = " ".repeat(Math.max(0, width - textWidth(t)))
  return align === "right" ? pad + t : t + pad
}

/**
 * Renders rows as an aligned table with a heading line and a rule; each column is as wide as its
 * widest cell (or its fixed `width`, cutting longer cells with `…`).
 *
 * @example
 * ```ts
 * import { renderTable } from "@minzheng/cli"
 * renderTable([{ title: "户" }, { title: "金额", align: "right" }], [["h1", "1050.00"]])
 * //=> "户  金额\n--  -------\nh1  1050.00\n" (columns padded to the widest cell; no trailing spaces)
 * ```
 * @category tables
 * @since 0.1.0
 */
export const renderTable = (columns: ReadonlyArray<Column>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = columns.map((c, i) => c.width ?? Math.max(textWidth(c.title), ...rows.map((r) => textWidth(r[i] ?? ""))))
  const line = (cells: ReadonlyArray<string>, head: boolean) =>
    columns
      .map((c, i) => fit(cells[i] ?? "", widths[i] ?? 0, head ? "left" : (c.align ?? "left")))
      .join("  ")
      .trimEnd()
  const out = [line(columns.map((c) => c.title), true), widths.map((w) => "-".repeat(w)).join("  ")]
  for (const r of rows) out.push(line(r, false))
  return `${out.join("\n")}\n`
}

/**
 * One row of a streamed table whose columns have fixed widths (pass the columns with `width`).
 * Use {@link tableHeading} for the heading lines.
 *
 * @example
 * ```ts
 * import { tableRow } from "@minzheng/cli"
 * tableRow([{ title: "户", width: 4 }, { title: "金额", width: 8, align: "right" }], ["h1", "30.00"])
 * //=> "h1       30.00"
 * ```
 * @category tables
 * @since 0.1.0
 */
export const tableRow = (columns: ReadonlyArray<Column>, cells: ReadonlyArray<string>): string =>
  columns
    .map((c, i) => fit(cells[i] ?? "", c.width ?? textWidth(c.title), c.align ?? "left"))
    .join("  ")
    .trimEnd()

/**
 * The heading and rule lines of a streamed table with fixed-width columns.
 *
 * @example
 * ```ts
 * import { tableHeading } from "@minzheng/cli"
 * tableHeading([{ title: "户", width: 4 }]) //=> "户\n----"
 * ```
 * @category tables
 * @since 0.1.0
 */
export const tableHeading = (columns: ReadonlyArray<Column>): string =>
  `${columns
    .map((c) => fit(c.title, c.width ?? textWidth(c.title), "left"))
    .join("  ")
    .trimEnd()}\n${columns.map((c) => "-".repeat(c.width ?? textWidth(c.title))).join("  ")}`
