/**
 * The scheme rules on arguments already checked (the public, checking versions are in
 * scheme/scheme-lookup.ts): for callers inside the package that checked once at their entry.
 */
import type { IsoDate } from "@minzheng/core"
import * as Result from "effect/Result"
import { CreditRefused } from "../errors.js"
import type { Scheme, Tier } from "../scheme/scheme.js"

/**
 * `schemeOn` (public, checking) on arguments already checked.
 */
export const versionOn = (versions: ReadonlyArray<Scheme>, date: IsoDate): Result.Result<Scheme, CreditRefused> => {
  let best: Scheme | undefined
  for (const v of versions) {
    if (v.effectiveFrom <= date && (best === undefined || v.effectiveFrom > best.effectiveFrom)) best = v
  }
  if (best === undefined) {
    return Result.fail(
      new CreditRefused({
        code: "no-scheme-in-force",
        reason: { zh: `${date} 没有生效的积分方案`, en: `no scheme version is in force on ${date}` },
        details: { date }
      })
    )
  }
  return Result.succeed(best)
}

/**
 * `tierFor` (public, checking) on arguments already checked.
 */
export const tierOf = (scheme: Scheme, score: number): Tier => {
  let best: Tier | undefined
  let lowest: Tier | undefined
  for (const t of scheme.tiers) {
    if (t.minScore <= score && (best === undefined || t.minScore > best.minScore)) best = t
    if (lowest === undefined || t.minScore < lowest.minScore) lowest = t
  }
  return (best ?? lowest) as Tier
}

/**
 * `periodStart` (public, checking) on arguments already checked.
 */
export const startOfPeriod = (period: Scheme["period"], date: IsoDate): IsoDate => {
  const y = date.slice(0, 4)
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48)
  if (period === "year") return `${y}-01-01` as IsoDate
  const start = period === "month" ? m : m - ((m - 1) % 3)
  return `${y}-${start < 10 ? "0" : ""}${start}-01` as IsoDate
}
