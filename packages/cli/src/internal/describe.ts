/**
 * One-line descriptions of the packages' typed errors, naming the field (and the record, where
 * the caller knows it): `field members[0].birthDate: not a valid date（不是有效的日期）`.
 *
 * @internal
 * @module
 */
import { formatPath, type Issue } from "@minzheng/core"
import { isUncovered, uncoveredMessage } from "./uncovered.js"

/** `field a.b[0]: English（中文）; field …` */
export const describeIssues = (issues: ReadonlyArray<Issue>): string =>
  issues.map((i) => `${i.path.length === 0 ? "" : `field ${formatPath(i.path)}: `}${i.en}（${i.zh}）`).join("; ")

const bilingual = (e: { readonly message?: unknown; readonly messageZh?: unknown }): string => {
  const en = typeof e.message === "string" ? e.message : ""
  const zh = typeof e.messageZh === "string" ? e.messageZh : ""
  return zh !== "" && zh !== en ? `${en}（${zh}）` : en
}

/** Describes any typed error of the packages on one line (never a stack trace). */
export const describeError = (e: unknown): string => {
  if (typeof e !== "object" || e === null) return String(e)
  if (isUncovered(e)) return uncoveredMessage(e)
  const err = e as { readonly _tag?: unknown; readonly issues?: unknown; readonly problems?: unknown; readonly message?: unknown; readonly messageZh?: unknown }
  if (Array.isArray(err.issues) && err.issues.length > 0) return describeIssues(err.issues as ReadonlyArray<Issue>)
  if (Array.isArray(err.problems)) {
    return (err.problems as ReadonlyArray<{ readonly name?: string; readonly issues?: ReadonlyArray<Issue>; readonly message?: unknown; readonly messageZh?: unknown }>)
      .map((p) => (Array.isArray(p.issues) ? describeIssues(p.issues) : `parameter ${p.name ?? "?"}: ${bilingual(p)}`))
      .join("; ")
  }
  return oneLine(bilingual(err) || String(err._tag ?? "error"))
}

/** Collapses line breaks so a message stays on one line. */
export const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, " ")

/** `line 4, household h2: field …` */
export const recordError = (label: string, what: string | null, id: string | null, e: unknown): string =>
  oneLine(`${label}${id === null || id === "" ? "" : `, ${what ?? "record"} ${id}`}: ${describeError(e)}`)
