/**
 * 信用分 (credit score) as of a date: a fold over a person's ledger entries. Base score plus every
 * award and deduction dated on or before the date that was not reversed by then, each counted
 * within its item's per-period cap and the scheme's lifetime cap; with `carryOver: "none"` only
 * the current period counts; a deduction stops counting once the person has gone the scheme's
 * clean period without another deduction (信用修复). Every line says why it counted or not.
 *
 * @module
 */
import { explain, type Explanation, type InvalidInput, type IsoDate, localPractice } from "@minzheng/core"
import * as Result from "effect/Result"
import type { CreditRefused } from "../errors.js"
import { dateIssues, ledgerIssues, problems, textIssues, versionsIssues } from "../internal/guards.js"
import { fastScores } from "../internal/score-fast.js"
import { foldScore, versionPicker } from "../internal/score-fold.js"
import { tierOf, versionOn } from "../internal/scheme-rules.js"
import type { Scheme, Tier } from "../scheme/scheme.js"
import type { Ledger } from "./ledger.js"
import { LINE_STATUS_NAMES, type ScoreLine } from "./score-model.js"

export { LINE_STATUSES, LINE_STATUS_NAMES, type LineStatus, type ScoreLine } from "./score-model.js"

/**
 * A person's score as of a date with the tier it falls in and every line behind it.
 *
 * @example
 * ```ts
 * import type { ScoreStatement } from "@minzheng/credit"
 * const show = (s: ScoreStatement) => `${s.score} ${s.tier.display}`
 * ```
 * @category scores
 * @since 0.1.0
 */
export interface ScoreStatement {
  readonly person: string
  readonly asOf: IsoDate
  readonly scheme: { readonly id: string; readonly version: string }
  readonly baseScore: number
  readonly score: number
  readonly tier: Tier
  readonly lines: ReadonlyArray<ScoreLine>
  readonly explanation: Explanation
}

const REPAIR = localPractice("seed 001", "信用修复：扣分在规定的无新失信记录期满后不再计入（期限为方案参数，示例值）")
const CAPS = localPractice("seed 001", "每个积分事项每期设上限（方案参数，示例值）")

/**
 * A person's score as of a date, explained entry by entry (see the module summary).
 *
 * @param ledger - the ledger
 * @param versions - the scheme's versions (the one in force on `asOf` gives base score, period and
 * tiers; each entry is capped by the version in force on its date)
 * @param person - the person (or household) id
 * @param asOf - the date
 * @returns the statement, or `CreditRefused` (`no-scheme-in-force`) when no scheme version is in
 * force on `asOf`, or `InvalidInput` listing every malformed argument
 * @example
 * ```ts
 * import { Ledger, appendEntryUnsafe, scoreStatement, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * const schemes = [rongchengVillageScheme]
 * const ledger = appendEntryUnsafe(Ledger.empty(), schemes, {
 *   kind: "deduction", key: "d1", person: "p1", item: "rubbish-dumping", date: "2025-05-06",
 *   recorder: { id: "c1", role: "collector" }, approver: { id: "v1", role: "village-committee" }, evidenceId: "ph-1"
 * }).ledger
 * const r = scoreStatement(ledger, schemes, "p1", isoDateUnsafe("2025-06-30"))
 * Result.isSuccess(r) && r.success.score //=> 90
 * const before = scoreStatement(ledger, schemes, "p1", isoDateUnsafe("2024-12-31"))
 * Result.isFailure(before) && before.failure._tag === "CreditRefused" && before.failure.code //=> "no-scheme-in-force"
 * ```
 * @category scores
 * @since 0.1.0
 */
export const scoreStatement = (
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  person: string,
  asOf: IsoDate
): Result.Result<ScoreStatement, CreditRefused | InvalidInput> => {
  const bad = problems(ledgerIssues(ledger), versionsIssues(versions), textIssues(person, "person"), dateIssues(asOf, "asOf"))
  if (bad !== undefined) return Result.fail(bad)
  const inForce = versionOn(versions, asOf)
  if (Result.isFailure(inForce)) return Result.fail(inForce.failure)
  return Result.succeed(statementOf(ledger, versions, person, asOf, inForce.success))
}

/**
 * Like {@link scoreStatement}, throwing the typed error.
 *
 * @throws `CreditRefused` (`no-scheme-in-force`) or `InvalidInput`
 * @example
 * ```ts
 * import { Ledger, scoreStatementUnsafe, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * const s = scoreStatementUnsafe(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2025-06-30"))
 * s.score //=> 100
 * s.tier.id //=> "A"
 * ```
 * @category scores
 * @since 0.1.0
 */
export const scoreStatementUnsafe = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate): ScoreStatement => {
  const r = scoreStatement(ledger, versions, person, asOf)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

// The statement on arguments already checked, `current` the version in force on `asOf`.
const statementOf = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate, inForce: Scheme): ScoreStatement => {
  const pick = versionPicker(versions)
  const current = pick(asOf) ?? inForce
  const { score, lines } = foldScore(ledger.entriesOf(person), (k) => ledger.reversalOf(k)?.date, pick, current, asOf, true)
  const tier = tierOf(current, score)
  const ls = lines as ScoreLine[]
  // Chinese text names an item by its Chinese label (乱倒垃圾), never by its id: the version in
  // force on the line's date first, then the current one, then any version that has the item.
  const itemZh = (l: ScoreLine): string => {
    const find = (v: Scheme | undefined) => (l.item === null ? undefined : v?.items.find((i) => i.id === l.item)?.label.zh)
    return find(pick(l.date)) ?? find(current) ?? versions.reduce<string | undefined>((found, v) => found ?? find(v), undefined) ?? (l.kind === "award" ? "加分事项" : "扣分事项")
  }
  const children = ls.map((l) =>
    explain({
      rule: `credit.line.${l.status}`,
      label: {
        zh: `${l.date} ${itemZh(l)} ${l.points > 0 ? "+" : ""}${l.points}：${LINE_STATUS_NAMES[l.status].zh}${l.status === "counted" || l.status === "capped" || l.status === "over-lifetime-cap" ? `（计 ${l.counted}）` : ""}${l.lapsedOn ? `（${l.lapsedOn} 起）` : ""}`,
        en: `${l.date} ${l.item ?? ""} ${l.points}: ${l.status} (${l.counted})`
      },
      outcome: l.counted,
      inputs: { key: l.key, date: l.date, item: l.item, points: l.points },
      ...(l.status === "lapsed" ? { parameters: { repairCleanDays: current.repairCleanDays }, citations: [REPAIR] } : {}),
      ...(l.status === "capped" ? { citations: [CAPS] } : {})
    })
  )
  return {
    person,
    asOf,
    scheme: { id: current.id, version: current.version },
    baseScore: current.baseScore,
    score,
    tier,
    lines: ls,
    explanation: explain({
      rule: "credit.score",
      label: { zh: `截至 ${asOf} 的信用分：基础分 ${current.baseScore}，合计 ${score}，等级 ${tier.label.zh}`, en: `credit score as of ${asOf}: base ${current.baseScore}, total ${score}, tier ${tier.id}` },
      outcome: score,
      inputs: { person, asOf },
      parameters: { scheme: current.id, version: current.version, baseScore: current.baseScore, carryOver: current.carryOver, period: current.period },
      citations: [current.source],
      children
    })
  }
}

/**
 * Everyone's score as of a date, without explanations: the fast path for a whole village or city.
 * It reads the ledger's typed columns and sums per item and period instead of walking entries in
 * date order; a property test holds it equal to {@link scoreStatement}'s score for everyone.
 *
 * @returns a map from person to score for everyone with an entry (an empty map when the ledger
 * has no one), or `CreditRefused` (`no-scheme-in-force`) when no scheme version is in force on
 * `asOf`, or `InvalidInput` listing every malformed argument
 * @example
 * ```ts
 * import { Ledger, scoresAt, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * const r = scoresAt(Ledger.empty(), [rongchengVillageScheme], isoDateUnsafe("2025-06-30"))
 * Result.isSuccess(r) && r.success.size //=> 0
 * ```
 * @category scores
 * @since 0.1.0
 */
export const scoresAt = (ledger: Ledger, versions: ReadonlyArray<Scheme>, asOf: IsoDate): Result.Result<Map<string, number>, CreditRefused | InvalidInput> => {
  const bad = problems(ledgerIssues(ledger), versionsIssues(versions), dateIssues(asOf, "asOf"))
  if (bad !== undefined) return Result.fail(bad)
  const inForce = versionOn(versions, asOf)
  if (Result.isFailure(inForce)) return Result.fail(inForce.failure)
  return Result.succeed(fastScores(ledger, versions, asOf))
}

/**
 * Like {@link scoresAt}, throwing the typed error.
 *
 * @throws `CreditRefused` (`no-scheme-in-force`) or `InvalidInput`
 * @example
 * ```ts
 * import { Ledger, scoresAtUnsafe, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * scoresAtUnsafe(Ledger.empty(), [rongchengVillageScheme], isoDateUnsafe("2025-06-30")).size //=> 0
 * ```
 * @category scores
 * @since 0.1.0
 */
export const scoresAtUnsafe = (ledger: Ledger, versions: ReadonlyArray<Scheme>, asOf: IsoDate): Map<string, number> => {
  const r = scoresAt(ledger, versions, asOf)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * Points a person earned (net, as counted in the score) in a window of dates, judged as of its
 * last day: what a periodic fund payout divides by.
 *
 * @returns the points (0 for a person with no entries in the window), or `CreditRefused`
 * (`no-scheme-in-force`) when no scheme version is in force on `to`, or `InvalidInput` listing
 * every malformed argument
 * @example
 * ```ts
 * import { Ledger, periodPoints, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * const r = periodPoints(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2025-04-01"), isoDateUnsafe("2025-06-30"))
 * Result.isSuccess(r) && r.success //=> 0
 * ```
 * @category scores
 * @since 0.1.0
 */
export const periodPoints = (
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  person: string,
  from: IsoDate,
  to: IsoDate
): Result.Result<number, CreditRefused | InvalidInput> => {
  const bad = problems(ledgerIssues(ledger), versionsIssues(versions), textIssues(person, "person"), dateIssues(from, "from"), dateIssues(to, "to"))
  if (bad !== undefined) return Result.fail(bad)
  const inForce = versionOn(versions, to)
  if (Result.isFailure(inForce)) return Result.fail(inForce.failure)
  const pick = versionPicker(versions)
  const { lines } = foldScore(ledger.entriesOf(person), (k) => ledger.reversalOf(k)?.date, pick, { ...inForce.success, carryOver: "all" }, to, true)
  let sum = 0
  for (const l of lines as ScoreLine[]) if (l.date >= from && l.date <= to) sum += l.counted
  return Result.succeed(sum)
}

/**
 * Like {@link periodPoints}, throwing the typed error.
 *
 * @throws `CreditRefused` (`no-scheme-in-force`) or `InvalidInput`
 * @example
 * ```ts
 * import { Ledger, periodPointsUnsafe, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * periodPointsUnsafe(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2025-04-01"), isoDateUnsafe("2025-06-30")) //=> 0
 * ```
 * @category scores
 * @since 0.1.0
 */
export const periodPointsUnsafe = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, from: IsoDate, to: IsoDate): number => {
  const r = periodPoints(ledger, versions, person, from, to)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
