/**
 * Civil-date helpers the rules need that core does not offer directly.
 *
 * @internal
 * @module
 */
import type { IsoDate } from "@minzheng/core"
import { monthIndex } from "./fen.js"

/** The first day of the month after `d` (低保金 is paid “从作出确认同意决定之日下月起”). */
export const firstOfNextMonth = (d: string): IsoDate => {
  const y = Number(d.slice(0, 4))
  const m = Number(d.slice(5, 7))
  const ny = m === 12 ? y + 1 : y
  const nm = m === 12 ? 1 : m + 1
  return `${ny}-${nm < 10 ? "0" : ""}${nm}-01` as IsoDate
}

/** The last day of a run of `months` whole months starting with the month of `firstOfMonth`. */
export const endOfMonthsFrom = (firstOfMonth: string, months: number): IsoDate => {
  const y = Number(firstOfMonth.slice(0, 4))
  const m0 = Number(firstOfMonth.slice(5, 7)) - 1
  return new Date(Date.UTC(y, m0 + months, 0)).toISOString().slice(0, 10) as IsoDate
}

/** Whole calendar months from the month of `from` to the month of `to`. */
export const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7))

const digits = (s: string, from: number, count: number): number => {
  let v = 0
  for (let i = from; i < from + count; i++) v = v * 10 + s.charCodeAt(i) - 48
  return v
}

/** A date's parts for the rules: year, month × 100 + day, month index (compiled once per policy). */
export const partsOf = (asOf: string): { readonly year: number; readonly monthDay: number; readonly month: number } => ({
  year: digits(asOf, 0, 4),
  monthDay: digits(asOf, 5, 2) * 100 + digits(asOf, 8, 2),
  month: monthIndex(asOf)
})
