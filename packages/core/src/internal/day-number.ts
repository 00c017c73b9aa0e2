/**
 * Unchecked day-number conversions for hot paths, on dates already validated.
 */
import type { IsoDate } from "../model/iso-date.js"

export const MS_PER_DAY = 86_400_000

/** Day number of a date already known to be valid (no check): for hot paths. */
export const dayNumberUnchecked = (d: string): number =>
  Math.round(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / MS_PER_DAY)

/** Date of a day number known to be in range (no check): for hot paths. */
export const dateUnchecked = (n: number): IsoDate => new Date(n * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate


/**
 * Parses and validates `YYYY-MM-DD` in one pass over char codes and returns its day number (days
 * since 1970-01-01, by the days-from-civil algorithm), or `undefined` if it is not a valid date in
 * 1900–2199. No regex, no Date: this is the calendar's hot path.
 */
export const fastDayNumber = (d: unknown): number | undefined => {
  if (typeof d !== "string" || d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return undefined
  let y = 0
  for (let k = 0; k < 4; k++) {
    const c = d.charCodeAt(k) - 48
    if (c < 0 || c > 9) return undefined
    y = y * 10 + c
  }
  const m1 = d.charCodeAt(5) - 48
  const m2 = d.charCodeAt(6) - 48
  const d1 = d.charCodeAt(8) - 48
  const d2 = d.charCodeAt(9) - 48
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined
  const m = m1 * 10 + m2
  const day = d1 * 10 + d2
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || day < 1) return undefined
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
  if (day > dim) return undefined
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

