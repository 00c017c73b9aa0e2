/**
 * Quarter arithmetic for the quarterly meetings (not public).
 */
import { addDays, addMonths, type IsoDate } from "@minzheng/core"

const pad = (n: number): string => String(n).padStart(2, "0")

/** First day of the quarter containing `d`. */
export const quarterStart = (d: IsoDate): IsoDate => {
  const month = Number(d.slice(5, 7))
  return `${d.slice(0, 4)}-${pad(month - ((month - 1) % 3))}-01` as IsoDate
}

/** Last day of the month starting on `first`. */
export const monthEnd = (first: IsoDate): IsoDate => addDays(addMonths(first, 1), -1)

/** Last day of the quarter containing `d`. */
export const quarterEnd = (d: IsoDate): IsoDate => addDays(addMonths(quarterStart(d), 3), -1)

/** Whether `d` is in the first month of its quarter. */
export const inFirstMonthOfQuarter = (d: IsoDate): boolean => (Number(d.slice(5, 7)) - 1) % 3 === 0
