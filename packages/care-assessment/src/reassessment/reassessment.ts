/**
 * 复评 (reassessment): when a person must be assessed again. A routine reassessment falls due a
 * fixed number of months after the last assessment (the instrument's interval: MZ/T 039-2013 says
 * every 6 months; for GB/T 42195-2022 the interval was not found in the sources and 12 months is
 * an illustrative parameter), and an immediate one (即时评估) is needed when the person's condition
 * changes — including a change of consciousness after a coma rating. A provisional result, or one
 * made with a superseded instrument, also calls for a new assessment.
 *
 * @module
 */
import { addMonths, compareDates, decode, type Explanation, type InvalidInput, invalidInput, issue, type IsoDate, IsoDateSchema, type Json } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { node } from "../internal/node.js"
import { BUILT_IN_INSTRUMENTS } from "../instruments/built-in.js"
import type { Instrument } from "../instrument/model.js"

/**
 * Zod schema of an assessment history.
 *
 * @example
 * ```ts
 * import { AssessmentHistorySchema } from "@minzheng/care-assessment"
 * AssessmentHistorySchema.safeParse({ assessments: [] }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AssessmentHistorySchema = z.strictObject({
  assessments: z
    .array(
      z.strictObject({
        instrument: z.string().check(z.minLength(1)),
        assessedOn: IsoDateSchema,
        level: z.optional(z.nullable(z.string().check(z.minLength(1)))),
        provisional: z.optional(z.boolean()),
        coma: z.optional(z.boolean())
      })
    )
    .check(z.maxLength(1000)),
  conditionChanges: z.optional(z.array(z.strictObject({ on: IsoDateSchema, note: z.optional(z.string().check(z.maxLength(500))) })).check(z.maxLength(1000))),
  /** Overrides the instrument's routine interval (months), e.g. a local rule. */
  intervalMonths: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(120)))
})

/**
 * One person's assessment history: past assessments (instrument, date, level, provisional,
 * coma), reported condition changes (状况变化) and an optional local interval.
 *
 * @example
 * ```ts
 * import type { AssessmentHistory } from "@minzheng/care-assessment"
 * const h: AssessmentHistory = { assessments: [{ instrument: "gbt-42195-2022", assessedOn: "2025-01-10", level: "mild" }] }
 * ```
 * @category models
 * @since 0.1.0
 */
export type AssessmentHistory = z.input<typeof AssessmentHistorySchema>

/**
 * Why a reassessment is needed: `never-assessed` 尚未评估, `routine-due` 常规复评到期,
 * `condition-changed` 状况变化（即时评估）, `provisional` 上次为临时结果, `superseded-instrument`
 * 上次所用标准已被替代.
 *
 * @example
 * ```ts
 * import { REASSESSMENT_REASON_NAMES } from "@minzheng/care-assessment"
 * REASSESSMENT_REASON_NAMES["condition-changed"].zh //=> "状况发生变化，需即时评估"
 * ```
 * @category models
 * @since 0.1.0
 */
export const REASSESSMENT_REASON_NAMES = {
  "never-assessed": { zh: "尚未评估", en: "never assessed" },
  "routine-due": { zh: "常规复评已到期", en: "routine reassessment due" },
  "condition-changed": { zh: "状况发生变化，需即时评估", en: "condition changed: immediate reassessment" },
  provisional: { zh: "上次评估为临时结果，需完整评估", en: "the last result was provisional" },
  "superseded-instrument": { zh: "上次评估所用标准已被替代", en: "the last assessment used a superseded instrument" }
} as const

/**
 * A reason for reassessment: a key of {@link REASSESSMENT_REASON_NAMES}.
 *
 * @example
 * ```ts
 * import type { ReassessmentReason } from "@minzheng/care-assessment"
 * const r: ReassessmentReason = "routine-due"
 * ```
 * @category models
 * @since 0.1.0
 */
export type ReassessmentReason = keyof typeof REASSESSMENT_REASON_NAMES

/**
 * Whether a reassessment is needed on a date, why, and when the routine one falls due.
 *
 * @example
 * ```ts
 * import type { ReassessmentStatus } from "@minzheng/care-assessment"
 * const due = (s: ReassessmentStatus) => s.nextRoutineDate
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ReassessmentStatus {
  readonly needed: boolean
  readonly reasons: ReadonlyArray<ReassessmentReason>
  readonly lastAssessedOn: IsoDate | null
  readonly nextRoutineDate: IsoDate | null
  readonly explanation: Explanation
}

const instrumentOf = (id: string): Instrument | undefined => BUILT_IN_INSTRUMENTS[id]

/**
 * The date the next routine reassessment falls due: the assessment date plus the instrument's
 * interval in months (end-of-month dates clamp: 08-31 + 6 months → 02-28).
 *
 * @param instrument - the instrument data (its `reassessment.intervalMonths`)
 * @param assessedOn - the date of the assessment
 * @param intervalMonths - a local interval overriding the instrument's (1–120 whole months)
 * @returns the date, or `InvalidInput` (core) at path `["intervalMonths"]` for an interval outside
 *   1–120 whole months (or an instrument without one)
 * @throws `InvalidInput` (core) when `assessedOn` is not an `IsoDate` (a broken precondition)
 * @example
 * ```ts
 * import { nextReassessmentDate, GBT_42195_2022 } from "@minzheng/care-assessment"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * Result.getOrThrow(nextReassessmentDate(GBT_42195_2022, isoDateUnsafe("2025-03-01"))) //=> "2026-03-01"
 * Result.getOrThrow(nextReassessmentDate(GBT_42195_2022, isoDateUnsafe("2025-08-31"), 6)) //=> "2026-02-28"
 * Result.isFailure(nextReassessmentDate(GBT_42195_2022, isoDateUnsafe("2025-08-31"), 0)) //=> true
 * ```
 * @category reassessment
 * @since 0.1.0
 */
export const nextReassessmentDate = (instrument: Instrument, assessedOn: IsoDate, intervalMonths?: number): Result.Result<IsoDate, InvalidInput> => {
  const months = intervalMonths ?? (instrument as Partial<Instrument> | null | undefined)?.reassessment?.intervalMonths
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > 120) {
    return Result.fail(invalidInput([issue(["intervalMonths"], "invalid_interval", "复评间隔应为 1–120 的整月数", "the interval must be 1–120 whole months")]))
  }
  // core's addMonths throws InvalidInput for a non-IsoDate (a broken precondition, see @throws)
  return Result.succeed(addMonths(assessedOn, months))
}

/**
 * Like {@link nextReassessmentDate}, but throws the same `InvalidInput`: for scripts and tests.
 *
 * @throws `InvalidInput` (core) for an invalid interval or date
 * @example
 * ```ts
 * import { nextReassessmentDateUnsafe, MZT_039_2013 } from "@minzheng/care-assessment"
 * import { isoDateUnsafe } from "@minzheng/core"
 * nextReassessmentDateUnsafe(MZT_039_2013, isoDateUnsafe("2025-03-01")) //=> "2025-09-01"
 * ```
 * @category reassessment
 * @since 0.1.0
 */
export const nextReassessmentDateUnsafe = (instrument: Instrument, assessedOn: IsoDate, intervalMonths?: number): IsoDate => {
  const r = nextReassessmentDate(instrument, assessedOn, intervalMonths)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * Tells whether a person needs a reassessment on `asOf`, with every reason that applies: never
 * assessed; the routine interval has run (due on or before `asOf`); a condition change reported
 * after the last assessment (and on or before `asOf`); the last result was provisional; the last
 * instrument is superseded. Assessments after `asOf` are ignored.
 *
 * @param history - the {@link AssessmentHistory} (untrusted JSON)
 * @param asOf - the date to ask about
 * @returns the {@link ReassessmentStatus}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { needsReassessment } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const h = { assessments: [{ instrument: "gbt-42195-2022", assessedOn: "2025-03-01", level: "mild" }], conditionChanges: [{ on: "2025-06-02", note: "跌倒后骨折" }] }
 * const r = needsReassessment(h, "2025-06-10")
 * Result.isSuccess(r) && r.success.reasons //=> ["condition-changed"]
 * ```
 * @category reassessment
 * @since 0.1.0
 */
export const needsReassessment = (history: unknown, asOf: unknown): Result.Result<ReassessmentStatus, InvalidInput> => {
  const h = decode(AssessmentHistorySchema, history)
  const d = decode(IsoDateSchema, asOf)
  if (Result.isFailure(h) || Result.isFailure(d)) {
    const issues = [
      ...(Result.isFailure(h) ? h.failure.issues.map((i) => ({ ...i, path: ["history", ...i.path] })) : []),
      ...(Result.isFailure(d) ? d.failure.issues.map((i) => ({ ...i, path: ["asOf", ...i.path] })) : [])
    ]
    return Result.fail(invalidInput(issues))
  }
  const date = d.success
  const past = h.success.assessments.filter((a) => compareDates(a.assessedOn, date) <= 0)
  const unknown = past.findIndex((a) => instrumentOf(a.instrument) === undefined)
  if (unknown >= 0 && h.success.intervalMonths === undefined) {
    return Result.fail(invalidInput([issue(["history", "assessments", unknown, "instrument"], "unknown_instrument", "未知的评估工具（请给出 intervalMonths）", "unknown instrument (give intervalMonths)")]))
  }
  const last = past.reduce<(typeof past)[number] | undefined>((acc, a) => (acc === undefined || compareDates(a.assessedOn, acc.assessedOn) >= 0 ? a : acc), undefined)
  const reasons: ReassessmentReason[] = []
  const children: Explanation[] = []
  if (last === undefined) {
    reasons.push("never-assessed")
    children.push(node("reassessment.never-assessed", REASSESSMENT_REASON_NAMES["never-assessed"], true))
    return Result.succeed({ needed: true, reasons, lastAssessedOn: null, nextRoutineDate: null, explanation: root(true, date, reasons, children) })
  }
  const ins = instrumentOf(last.instrument)
  const months = h.success.intervalMonths ?? ins?.reassessment.intervalMonths ?? 12
  const due = addMonths(last.assessedOn, months)
  const routine = compareDates(due, date) <= 0
  if (routine) reasons.push("routine-due")
  const cite = ins === undefined ? [] : [ins.reassessment.citation]
  children.push(
    node("reassessment.routine", REASSESSMENT_REASON_NAMES["routine-due"], routine, { lastAssessedOn: last.assessedOn, due }, cite, undefined, {
      intervalMonths: months,
      ...(ins?.reassessment.illustrative === true && h.success.intervalMonths === undefined ? { illustrative: true } : {})
    })
  )
  const changes = (h.success.conditionChanges ?? []).filter((c) => compareDates(c.on, last.assessedOn) > 0 && compareDates(c.on, date) <= 0)
  if (changes.length > 0) reasons.push("condition-changed")
  children.push(
    node("reassessment.condition-changed", REASSESSMENT_REASON_NAMES["condition-changed"], changes.length > 0, { changes: changes.map((c) => c.on) as Json }, cite, undefined, last.coma === true ? { afterComa: true } : {})
  )
  if (last.provisional === true) {
    reasons.push("provisional")
    children.push(node("reassessment.provisional", REASSESSMENT_REASON_NAMES.provisional, true))
  }
  if (ins?.status === "superseded") {
    reasons.push("superseded-instrument")
    children.push(node("reassessment.superseded", REASSESSMENT_REASON_NAMES["superseded-instrument"], true, { instrument: ins.id, supersededBy: ins.supersededBy ?? null }, [ins.citation]))
  }
  const needed = reasons.length > 0
  return Result.succeed({ needed, reasons, lastAssessedOn: last.assessedOn, nextRoutineDate: due, explanation: root(needed, date, reasons, children) })
}

const root = (needed: boolean, asOf: IsoDate, reasons: ReadonlyArray<ReassessmentReason>, children: ReadonlyArray<Explanation>): Explanation =>
  node(
    "reassessment",
    {
      // The outcome (是/否) answers the label, so the label is the question, not a statement.
      zh: needed ? `需要复评（${reasons.map((r) => REASSESSMENT_REASON_NAMES[r].zh).join("；")}）` : "需要复评",
      en: needed ? `reassessment needed (${reasons.map((r) => REASSESSMENT_REASON_NAMES[r].en).join("; ")})` : "reassessment needed"
    },
    needed,
    { asOf },
    [],
    children
  )
