/**
 * Unchecked day-number conversions for hot paths, on dates already validated.
 */
import type { IsoDate } from "../date.js"

export const MS_PER_DAY = 86_400_000

/** Day number of a date already known to be valid (no check): for hot paths. */
export const dayNumberUnchecked = (d: string): number =>
  Math.round(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / MS_PER_DAY)

/** Date of a day number known to be in range (no check): for hot paths. */
export const dateUnchecked = (n: number): IsoDate => new Date(n * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate

