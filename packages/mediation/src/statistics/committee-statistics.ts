/**
 * 调解工作统计 (statistics per committee and period): cases by category, outcomes, mean duration,
 * agreements judicially confirmed and amounts involved — the figures the 青岛 casebook reports
 * (seed 001: 合同纠纷 25, 会员单位矛盾 18, 劳动关系纠纷 16, 邻里矛盾 12, 经济纠纷 6).
 *
 * A case counts in a period when it was registered in it; its outcome is the one its events show
 * now. Duration runs from registration to conclusion (agreement in effect, failure, withdrawal or
 * refusal to accept), in calendar days, over concluded cases only.
 *
 * @module
 */
import { daysBetween, decode, InvalidInput, IsoDateSchema, issue, Money } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import type { CommitteeKind } from "../case/committee.js"
import type { DisputeCategory } from "../case/dispute-category.js"
import { conclusionDate } from "../case/conclusion-date.js"
import type { MediationState } from "../case/state.js"
import { stateIssues } from "../internal/state-guard.js"
import { MAX_LISTED_ISSUES, moreIssues } from "../internal/guard.js"

/**
 * Outcome buckets of the statistics, each with its Chinese term.
 *
 * @example
 * ```ts
 * import { OUTCOME_NAMES } from "@minzheng/mediation"
 * OUTCOME_NAMES.agreed.zh //=> "调解成功"
 * ```
 * @category models
 * @since 0.1.0
 */
export const OUTCOME_NAMES = {
  agreed: { zh: "调解成功", en: "agreement reached" },
  failed: { zh: "调解不成", en: "failed" },
  withdrawn: { zh: "当事人拒绝或撤回", en: "refused or withdrawn" },
  notAccepted: { zh: "不予受理", en: "not accepted" },
  pending: { zh: "正在调解", en: "pending" }
} as const

/**
 * One committee's figures for a period.
 *
 * @example
 * ```ts
 * import type { CommitteeStatistics } from "@minzheng/mediation"
 * const successRate = (s: CommitteeStatistics) => s.outcomes.agreed / s.cases
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CommitteeStatistics {
  readonly committee: { readonly id: string; readonly name: string; readonly kind: CommitteeKind }
  readonly from: string
  readonly to: string
  readonly cases: number
  readonly byCategory: Readonly<Partial<Record<DisputeCategory, number>>>
  readonly outcomes: { readonly agreed: number; readonly failed: number; readonly withdrawn: number; readonly notAccepted: number; readonly pending: number }
  readonly meanDurationDays: number | null
  readonly judiciallyConfirmed: number
  readonly amountInvolved: string
  readonly amountAgreed: string
}

const PeriodSchema = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema })

/**
 * Statistics per committee for the cases registered in `[from, to]`, committees in order of
 * first appearance.
 *
 * @example
 * ```ts
 * import { committeeStatistics } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * const r = committeeStatistics([], { from: "2025-01-01", to: "2025-12-31" })
 * Result.isSuccess(r) && r.success //=> []
 * ```
 * @category statistics
 * @since 0.1.0
 */
export const committeeStatistics = (
  cases: ReadonlyArray<MediationState>,
  period: { readonly from: string; readonly to: string }
): Result.Result<ReadonlyArray<CommitteeStatistics>, InvalidInput> => {
  const p = decode(PeriodSchema, period)
  const issues = Result.isFailure(p) ? [...p.failure.issues] : []
  if (!Array.isArray(cases)) issues.push(issue(["cases"], "invalid_type", "应为案件状态的数组", "expected an array of case states"))
  else {
    // Every case is checked (holes of a sparse list included); the first problems are listed.
    let more = 0
    for (let i = 0; i < cases.length; i++) {
      const found = stateIssues(cases[i], ["cases", i])
      if (found.length === 0) continue
      if (issues.length < MAX_LISTED_ISSUES) issues.push(...found)
      else more += found.length
    }
    if (more > 0) issues.push(moreIssues(["cases"], more))
  }
  if (issues.length > 0 || Result.isFailure(p)) return Result.fail(new InvalidInput({ issues }))
  const { from, to } = p.success
  const rows = new Map<string, { committee: CommitteeStatistics["committee"]; list: MediationState[] }>()
  for (const c of cases) {
    if (c.startedOn === undefined || c.committee === undefined || c.startedOn < from || c.startedOn > to) continue
    const row = rows.get(c.committee.id) ?? { committee: { id: c.committee.id, name: c.committee.name, kind: c.committee.kind }, list: [] }
    row.list.push(c)
    rows.set(c.committee.id, row)
  }
  return Result.succeed(
    [...rows.values()].map(({ committee, list }) => {
      const byCategory: Partial<Record<DisputeCategory, number>> = {}
      const outcomes = { agreed: 0, failed: 0, withdrawn: 0, notAccepted: 0, pending: 0 }
      let durationSum = 0
      let concluded = 0
      let confirmed = 0
      let involved = Money.zero
      let agreedAmount = Money.zero
      for (const c of list) {
        if (c.category !== undefined) byCategory[c.category] = (byCategory[c.category] ?? 0) + 1
        if (c.agreement?.effectiveOn !== undefined) outcomes.agreed++
        else if (c.failure !== undefined) outcomes.failed++
        else if (c.withdrawal !== undefined) outcomes.withdrawn++
        else if (c.declined !== undefined) outcomes.notAccepted++
        else outcomes.pending++
        const end = conclusionDate(c)
        if (end !== undefined && c.startedOn !== undefined) {
          durationSum += daysBetween(c.startedOn, end)
          concluded++
        }
        if (c.confirmation?.decision?.outcome === "confirmed") confirmed++
        if (c.amountInvolved !== undefined) involved = involved.plus(Money.yuan(c.amountInvolved))
        if (c.agreement?.effectiveOn !== undefined) for (const t of c.agreement.contents.terms) if (t.amount !== undefined) agreedAmount = agreedAmount.plus(Money.yuan(t.amount))
      }
      return {
        committee,
        from,
        to,
        cases: list.length,
        byCategory,
        outcomes,
        meanDurationDays: concluded === 0 ? null : Math.round((durationSum / concluded) * 10) / 10,
        judiciallyConfirmed: confirmed,
        amountInvolved: involved.toString(),
        amountAgreed: agreedAmount.toString()
      }
    })
  )
}
