/**
 * 公开覆盖情况 (coverage report): for a village or community and a year, was every category of
 * every applicable duty published at least at its cadence? The report lists each gap — the check
 * a township's supervision makes (《村民委员会组织法》第三十条、第三十一条).
 *
 * - monthly / quarterly duties: each month / quarter needs a publication covering each of the
 *   duty's categories, on a day from the period's first day to its last (moved to the next
 *   working day when that is a rest day, as 《民法典》第二百零三条 does);
 * - on-event duties: each event of the year needs a publication of the duty's categories from the
 *   event's day to its due day;
 * - 公示 duties are checked by {@link checkDecisionTiming} instead;
 * - a duty with a `condition` (e.g. 集体财务往来较多的) is assessed only when the caller says the
 *   condition holds, and listed as skipped otherwise.
 *
 * The law's set ({@link VILLAGE_COMMITTEE_LAW_DUTIES}) is the default: it governs villages. For an
 * urban community pass the local set (e.g. {@link LICANG_DUTIES}).
 *
 * @module
 */
import {
  addDays,
  type Bilingual,
  chinaCalendar,
  type Citation,
  daysInMonth,
  decode,
  type Explanation,
  explain,
  type CalendarYearNotCovered,
  type InvalidInput,
  type IsoDate,
  IsoDateSchema,
  WorkCalendar,
  invalidInput,
  issue
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { DutySetSchema, type DutySet } from "../duty/duty.js"
import { VILLAGE_COMMITTEE_LAW_DUTIES } from "../duty/village-committee-law.js"
import { type DisclosureCategory, DISCLOSURE_CATEGORIES, DisclosureCategorySchema } from "../duty/vocabulary.js"
import { attemptResult } from "../internal/attempt.js"
import { decodeInput } from "../internal/preflight.js"

/**
 * Zod schema of a {@link CoverageInput}.
 *
 * @example
 * ```ts
 * import { CoverageInputSchema } from "@minzheng/disclosure"
 * CoverageInputSchema.safeParse({ communityId: "xiyang", year: 2025, publications: [] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CoverageInputSchema = z.strictObject({
  communityId: z.string().check(z.minLength(1), z.maxLength(64)),
  year: z.number().check(z.int(), z.minimum(1990), z.maximum(2199)),
  dutySet: z.optional(DutySetSchema),
  publications: z.array(z.strictObject({ categories: z.array(DisclosureCategorySchema).check(z.minLength(1)), publishedOn: IsoDateSchema })),
  events: z.optional(z.array(z.strictObject({ dutyId: z.string().check(z.minLength(1)), on: IsoDateSchema }))),
  conditionsMet: z.optional(z.array(z.string().check(z.minLength(1))))
})

/**
 * What a coverage report reads: the community, the year, the duty set (default: the law's), the
 * publications made (categories and day), the events of event-driven duties, and the ids of
 * conditional duties whose condition holds.
 *
 * @example
 * ```ts
 * import type { CoverageInput } from "@minzheng/disclosure"
 * const input: CoverageInput = {
 *   communityId: "xiyang", year: 2025,
 *   publications: [{ categories: ["general-affairs", "finance"], publishedOn: "2025-03-28" }],
 *   conditionsMet: ["vcol.finance-monthly"]
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export type CoverageInput = z.input<typeof CoverageInputSchema>

/**
 * One gap: a duty's category not published in a period (or after an event).
 *
 * @example
 * ```ts
 * import type { CoverageGap } from "@minzheng/disclosure"
 * const line = (g: CoverageGap) => `${g.period.key} ${g.label.zh}`
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CoverageGap {
  readonly dutyId: string
  readonly category: DisclosureCategory
  readonly period: { readonly key: string; readonly from: IsoDate; readonly to: IsoDate }
  readonly label: Bilingual
  readonly citation: Citation
}

/**
 * The coverage report of a community for a year.
 *
 * @example
 * ```ts
 * import { coverageReportUnsafe } from "@minzheng/disclosure"
 * const r = coverageReportUnsafe({ communityId: "xiyang", year: 2025, publications: [] })
 * r.complete //=> false
 * // 4 quarters × general-affairs, finance
 * r.gaps.length //=> 8
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CoverageReport {
  readonly communityId: string
  readonly year: number
  readonly dutySetId: string
  readonly complete: boolean
  readonly assessed: ReadonlyArray<string>
  readonly skipped: ReadonlyArray<{ readonly dutyId: string; readonly condition: Bilingual }>
  readonly gaps: ReadonlyArray<CoverageGap>
  /** Whether a period's last day rests on a projected calendar year (see core's `withProjection`). */
  readonly provisional: boolean
  readonly explanation: Explanation
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

/**
 * Reports, for a community and a year, every category of every applicable duty not published at
 * its cadence. Gaps are the report's answer (`complete: false`), not a failure.
 *
 * Returns a `Result`: `InvalidInput` listing every problem with the input; `CalendarYearNotCovered`
 * when a period's last day needs a year the calendar does not cover (its message names the year
 * and both fixes). The throwing twin is {@link coverageReportUnsafe}.
 *
 * @example
 * ```ts
 * import { coverageReport, PINGYUAN_DUTIES } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * const quarterly = ["2025-03-28", "2025-06-27", "2025-09-26", "2025-12-26"].map((publishedOn) => ({
 *   categories: ["party-affairs", "finance", "general-affairs", "dibao", "relief-funds", "collective-assets"] as const, publishedOn
 * }))
 * const r = coverageReport({ communityId: "xiyang", year: 2025, dutySet: PINGYUAN_DUTIES, publications: quarterly.map((p) => ({ ...p, categories: [...p.categories] })) })
 * Result.isSuccess(r) && r.success.complete //=> true
 * Result.match(coverageReport({ communityId: "xiyang", year: 2040, publications: [] }), { onSuccess: (x) => x.complete, onFailure: (e) => e._tag }) //=> "CalendarYearNotCovered"
 * ```
 * @category tracking
 * @since 0.1.0
 */
export const coverageReport = (input: CoverageInput, calendar: WorkCalendar = chinaCalendar): Result.Result<CoverageReport, InvalidInput | CalendarYearNotCovered> =>
  attemptResult(() => coverageReportUnsafe(input, calendar))

/**
 * {@link coverageReport}, throwing its typed error (the same instance the `Result` would carry).
 *
 * @throws `InvalidInput` listing every problem with the input; `CalendarYearNotCovered`
 * when a period's last day needs a year the calendar does not cover
 * @example
 * ```ts
 * import { coverageReportUnsafe } from "@minzheng/disclosure"
 * coverageReportUnsafe({ communityId: "xiyang", year: 2025, publications: [] }).gaps[0]!.label.zh //=> "2025年第1季度未公开一般事项（村务/居务）"
 * ```
 * @category tracking
 * @since 0.1.0
 */
export const coverageReportUnsafe = (input: CoverageInput, calendar: WorkCalendar = chinaCalendar): CoverageReport => {
  const r = decodeInput(CoverageInputSchema, input)
  if (Result.isFailure(r)) throw r.failure
  if (!(calendar instanceof WorkCalendar)) throw invalidInput([issue(["calendar"], "invalid_calendar", "不是工作日历", "not a work calendar")])
  const { communityId, year, publications } = r.success
  const set: DutySet = r.success.dutySet ?? VILLAGE_COMMITTEE_LAW_DUTIES
  const met = new Set(r.success.conditionsMet ?? [])
  const byCategory = new Map<DisclosureCategory, IsoDate[]>()
  for (const p of publications) {
    for (const c of p.categories) {
      const list = byCategory.get(c)
      if (list === undefined) byCategory.set(c, [p.publishedOn])
      else list.push(p.publishedOn)
    }
  }
  const publishedWithin = (c: DisclosureCategory, from: IsoDate, to: IsoDate): boolean => (byCategory.get(c) ?? []).some((d) => d >= from && d <= to)
  const gaps: CoverageGap[] = []
  let provisional = false
  const assessed: string[] = []
  const skipped: Array<{ dutyId: string; condition: Bilingual }> = []
  for (const duty of set.duties) {
    if (duty.condition !== undefined && !met.has(duty.id)) {
      skipped.push({ dutyId: duty.id, condition: duty.condition })
      continue
    }
    const c = duty.cadence
    if (c.kind === "public-notice") continue
    assessed.push(duty.id)
    const periods: Array<{ key: string; zh: string; from: IsoDate; to: IsoDate }> = []
    const until = (last: IsoDate): IsoDate => {
      const to = calendar.workingDayOnOrAfterUnsafe(last)
      if (calendar.isProvisional(last, to)) provisional = true
      return to
    }
    if (c.kind === "monthly") {
      for (let m = 1; m <= 12; m++) {
        const last = `${year}-${pad2(m)}-${pad2(daysInMonth(year, m))}` as IsoDate
        periods.push({ key: `${year}-${pad2(m)}`, zh: `${year}年${m}月`, from: `${year}-${pad2(m)}-01` as IsoDate, to: until(last) })
      }
    } else if (c.kind === "quarterly") {
      for (let q = 1; q <= 4; q++) {
        const last = `${year}-${pad2(q * 3)}-${pad2(daysInMonth(year, q * 3))}` as IsoDate
        periods.push({ key: `${year}-Q${q}`, zh: `${year}年第${q}季度`, from: `${year}-${pad2(q * 3 - 2)}-01` as IsoDate, to: until(last) })
      }
    } else {
      for (const e of r.success.events ?? []) {
        if (e.dutyId !== duty.id || !e.on.startsWith(`${year}-`)) continue
        periods.push({ key: `event-${e.on}`, zh: `${e.on} 事项发生后`, from: e.on, to: until(addDays(e.on, c.withinDays)) })
      }
    }
    for (const p of periods) {
      for (const cat of duty.categories) {
        if (!publishedWithin(cat, p.from, p.to)) {
          gaps.push({
            dutyId: duty.id,
            category: cat,
            period: { key: p.key, from: p.from, to: p.to },
            label: { zh: `${p.zh}未公开${DISCLOSURE_CATEGORIES[cat].zh}`, en: `${DISCLOSURE_CATEGORIES[cat].en} not published in ${p.key}` },
            citation: duty.citation
          })
        }
      }
    }
  }
  const complete = gaps.length === 0
  return {
    communityId,
    year,
    dutySetId: set.id,
    complete,
    assessed,
    skipped,
    gaps,
    provisional,
    explanation: explain({
      rule: "disclosure.coverage",
      label: { zh: `${year} 年公开事项按规定频次全部公开`, en: `every duty published at its cadence in ${year}` },
      outcome: complete,
      inputs: { communityId, year, dutySet: set.id, publications: publications.length },
      citations: [set.citation],
      provisional,
      children: gaps.map((g) => explain({ rule: `disclosure.coverage.${g.dutyId}`, label: g.label, outcome: false, inputs: { from: g.period.from, to: g.period.to }, citations: [g.citation] }))
    })
  }
}
