/**
 * 信用激励 (credit incentives): a city's catalogue of benefits keyed by tier. Seed 001: 荣成 published
 * 120+ incentives (“信用礼遇进万家”), e.g. free bus rides and school choice for children, which
 * points earned in the village unlock too.
 *
 * @module
 */
import { explain, type Explanation, type InvalidInput, type IsoDate, issue, localPractice, type Citation } from "@minzheng/core"
import * as Result from "effect/Result"
import type { CreditRefused } from "../errors.js"
import { dateIssues, ledgerIssues, problems, textIssues, versionsIssues } from "../internal/guards.js"
import type { Ledger } from "../ledger/ledger.js"
import { scoreStatement } from "../ledger/score.js"
import type { Scheme, Tier } from "../scheme/scheme.js"

/**
 * An incentive and the tiers that earn it.
 *
 * @example
 * ```ts
 * import type { Incentive } from "@minzheng/credit"
 * const bus: Incentive = { id: "free-bus", label: { zh: "免费乘坐公交", en: "free bus rides" }, tiers: ["AAA", "AA"], source: { document: "local practice: seed 001" } }
 * ```
 * @category incentives
 * @since 0.1.0
 */
export interface Incentive {
  readonly id: string
  readonly label: { readonly zh: string; readonly en: string }
  readonly tiers: ReadonlyArray<string>
  readonly source: Citation
}

const SEED = localPractice("seed 001", "“信用礼遇进万家”：免费乘公交、子女自主择校等120多项信用激励；对应等级为示例")

/**
 * An illustrative 荣成-style incentive catalogue for {@link rongchengVillageScheme}'s tiers (the
 * two incentives are named in seed 001; which tiers earn them is illustrative).
 *
 * @example
 * ```ts
 * import { rongchengIncentives } from "@minzheng/credit"
 * rongchengIncentives.map((i) => i.id) //=> ["free-bus", "school-choice", "supermarket-discount"]
 * ```
 * @category incentives
 * @since 0.1.0
 */
export const rongchengIncentives: ReadonlyArray<Incentive> = [
  { id: "free-bus", label: { zh: "免费乘坐公交", en: "free bus rides" }, tiers: ["AAA", "AA"], source: SEED },
  { id: "school-choice", label: { zh: "子女自主择校", en: "choice of school for one's children" }, tiers: ["AAA"], source: SEED },
  { id: "supermarket-discount", label: { zh: "信用超市兑换优惠", en: "credit-supermarket discount" }, tiers: ["AAA", "AA", "A"], source: SEED }
]

/**
 * What a person is entitled to on a date by their tier.
 *
 * @example
 * ```ts
 * import type { Entitlements } from "@minzheng/credit"
 * const names = (e: Entitlements) => e.incentives.map((i) => i.label.zh)
 * ```
 * @category incentives
 * @since 0.1.0
 */
export interface Entitlements {
  readonly person: string
  readonly asOf: IsoDate
  readonly score: number
  readonly tier: Tier
  readonly incentives: ReadonlyArray<Incentive>
  readonly explanation: Explanation
}

const isText = (u: unknown): boolean => typeof u === "string"

const isIncentive = (u: unknown): boolean => {
  const i = u as Incentive | null
  return (
    typeof i === "object" &&
    i !== null &&
    isText(i.id) &&
    typeof i.label === "object" &&
    i.label !== null &&
    isText(i.label.zh) &&
    isText(i.label.en) &&
    Array.isArray(i.tiers) &&
    i.tiers.every(isText) &&
    typeof i.source === "object" &&
    i.source !== null &&
    isText(i.source.document)
  )
}

const catalogueIssues = (u: unknown) =>
  Array.isArray(u) && u.every(isIncentive)
    ? []
    : [issue(["catalogue"], "invalid_catalogue", "激励目录应为激励项目的列表（编号、名称、适用等级、出处）", "the catalogue must be a list of incentives (id, label, tiers, source)")]

/**
 * The incentives a person's tier earns on a date (none is a normal answer: an empty
 * `incentives` list).
 *
 * @returns the entitlements, or `CreditRefused` (`no-scheme-in-force`) when no scheme version is
 * in force on `asOf`, or `InvalidInput` listing every malformed argument
 * @example
 * ```ts
 * import { Ledger, incentivesFor, rongchengIncentives, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * const r = incentivesFor(Ledger.empty(), [rongchengVillageScheme], rongchengIncentives, "p1", isoDateUnsafe("2025-06-30"))
 * Result.isSuccess(r) && r.success.incentives.map((i) => i.id) //=> ["supermarket-discount"]
 * ```
 * @category incentives
 * @since 0.1.0
 */
export const incentivesFor = (
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  catalogue: ReadonlyArray<Incentive>,
  person: string,
  asOf: IsoDate
): Result.Result<Entitlements, CreditRefused | InvalidInput> => {
  const bad = problems(ledgerIssues(ledger), versionsIssues(versions), catalogueIssues(catalogue), textIssues(person, "person"), dateIssues(asOf, "asOf"))
  if (bad !== undefined) return Result.fail(bad)
  const r = scoreStatement(ledger, versions, person, asOf)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const s = r.success
  const incentives = catalogue.filter((i) => i.tiers.includes(s.tier.id))
  return Result.succeed({
    person,
    asOf,
    score: s.score,
    tier: s.tier,
    incentives,
    explanation: explain({
      rule: "credit.incentives",
      label: {
        zh: `${asOf} 信用分 ${s.score}（${s.tier.label.zh}），可享受：${incentives.map((i) => i.label.zh).join("、") || "无"}`,
        en: `score ${s.score} (${s.tier.id}) on ${asOf} earns: ${incentives.map((i) => i.label.en).join(", ") || "none"}`
      },
      outcome: incentives.map((i) => i.id),
      inputs: { person, score: s.score, tier: s.tier.id },
      citations: [...new Set(incentives.map((i) => i.source))],
      children: [s.explanation]
    })
  })
}

/**
 * Like {@link incentivesFor}, throwing the typed error.
 *
 * @throws `CreditRefused` (`no-scheme-in-force`) or `InvalidInput`
 * @example
 * ```ts
 * import { Ledger, incentivesForUnsafe, rongchengIncentives, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * incentivesForUnsafe(Ledger.empty(), [rongchengVillageScheme], rongchengIncentives, "p1", isoDateUnsafe("2025-06-30")).tier.id //=> "A"
 * ```
 * @category incentives
 * @since 0.1.0
 */
export const incentivesForUnsafe = (
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  catalogue: ReadonlyArray<Incentive>,
  person: string,
  asOf: IsoDate
): Entitlements => {
  const r = incentivesFor(ledger, versions, catalogue, person, asOf)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
