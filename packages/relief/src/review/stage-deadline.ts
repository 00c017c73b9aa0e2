/**
 * 环节期限 (stage deadline): one stage of a case procedure — when its clock started, the limit in
 * force on that day, its due date on the work calendar, and whether it was met, is open, or is
 * overdue (and by how many days). Shared by the 低保 审核确认 and the 特困 认定 workflows.
 *
 * **A deadline never disappears.** When the calendar has no data for a year the count runs
 * through, the stage is still listed, with status `uncomputable` and the note “无法计算：未载入 2027
 * 年工作日历” / “cannot be computed: calendar for 2027 not loaded”, plus the typed
 * `CalendarYearNotCovered` that says how to fix it (load the year's notice with
 * `calendar.extend([...])`, or opt in to `calendar.withProjection(year)`). Dates that rest on the
 * projection are marked `provisional`. A stage whose limit no text fixes (and no local bundle
 * supplies) is listed with status `no-limit`.
 *
 * @module
 */
import {
  CalendarYearNotCovered,
  catchTyped,
  type Citation,
  InvalidInput,
  type IsoDate,
  type ParameterMissing,
  type ResolvedParameter,
  TransitionRefused,
  type WorkCalendar,
  addPeriodUnsafe,
  daysBetween
} from "@minzheng/core"
import type { Bilingual } from "@minzheng/core"
import * as Result from "effect/Result"

/**
 * Statuses of a stage deadline, Chinese names.
 *
 * - `not-started`: the event that starts the stage's clock has not happened.
 * - `open`: running, due date not passed (on the due date itself it is still open).
 * - `overdue`: not done, and the as-of date is after the due date.
 * - `met` / `late`: done on or before / after the due date (for a period: the period has run).
 * - `uncomputable`: the calendar cannot compute the due date (see `problem`).
 * - `no-limit`: no text and no local bundle fixes a limit for this stage (see `note`).
 *
 * @example
 * ```ts
 * import { STAGE_STATUS_NAMES } from "@minzheng/relief"
 * STAGE_STATUS_NAMES.overdue.zh //=> "已逾期"
 * ```
 * @category review
 * @since 0.1.0
 */
export const STAGE_STATUS_NAMES = {
  "not-started": { zh: "未开始", en: "not started" },
  open: { zh: "办理中", en: "open" },
  overdue: { zh: "已逾期", en: "overdue" },
  met: { zh: "按期完成", en: "met" },
  late: { zh: "逾期完成", en: "completed late" },
  uncomputable: { zh: "无法计算", en: "cannot be computed" },
  "no-limit": { zh: "未设定期限", en: "no limit set" }
} as const

/**
 * A stage deadline's status.
 *
 * @example
 * ```ts
 * import type { StageStatus } from "@minzheng/relief"
 * const s: StageStatus = "overdue"
 * ```
 * @category review
 * @since 0.1.0
 */
export type StageStatus = keyof typeof STAGE_STATUS_NAMES

/**
 * One stage of a case procedure with its deadline and status on an as-of date.
 *
 * `daysOverdue` counts calendar days (自然日) past the due date: up to the as-of date for an
 * overdue stage, up to the completion for a late one; 0 otherwise. `limit` is the working-day (or,
 * for a 公示 period, day) count in force on the day the stage started, with its source.
 *
 * @example
 * ```ts
 * import type { StageDeadline } from "@minzheng/relief"
 * type Why = StageDeadline["citation"] // the article that sets the stage's limit
 * ```
 * @category review
 * @since 0.1.0
 */
export interface StageDeadline {
  /** Stable key of the stage, e.g. `investigation-start`, `county-review`. */
  readonly stage: string
  readonly label: Bilingual
  /** `time-limit`: must be done by `due`; `period`: runs until `due` (a 公示). */
  readonly kind: "time-limit" | "period"
  readonly citation: Citation
  readonly limit: { readonly value: number; readonly unit: "working days" | "days"; readonly source: Citation; readonly illustrative: boolean } | null
  readonly startedOn: IsoDate | null
  readonly due: IsoDate | null
  readonly completedOn: IsoDate | null
  readonly status: StageStatus
  readonly daysOverdue: number
  /** The due date rests on projected (not yet published) calendar data. */
  readonly provisional: boolean
  /** Why a date is missing (`uncomputable`, `no-limit`), in both languages. */
  readonly note?: Bilingual
  /** The typed cause of an `uncomputable` or `no-limit` entry. */
  readonly problem?: CalendarYearNotCovered | ParameterMissing | InvalidInput
}

/**
 * The marker of a deadline the calendar cannot compute: “cannot be computed: calendar for 2027
 * not loaded”, and how to fix it, in both languages.
 *
 * @example
 * ```ts
 * import { uncomputableNote } from "@minzheng/relief"
 * uncomputableNote(2027).zh.startsWith("无法计算：未载入 2027 年工作日历") //=> true
 * uncomputableNote(2027).en.startsWith("cannot be computed: calendar for 2027 not loaded") //=> true
 * ```
 * @throws `InvalidInput` when `year` is not a whole year
 * @category review
 * @since 0.1.0
 */
export const uncomputableNote = (year: number): Bilingual => {
  if (typeof year !== "number" || !Number.isSafeInteger(year) || year < 1 || year > 9999) {
    throw new InvalidInput({ issues: [{ path: ["year"], code: "invalid_year", zh: "年份应为 1 至 9999 的整数", en: "the year must be an integer from 1 to 9999" }] })
  }
  return noteFor(year)
}

const noteFor = (year: number): Bilingual => ({
  zh: `无法计算：未载入 ${year} 年工作日历（请载入国务院办公厅关于${year}年部分节假日安排的通知，或选择按法定节假日推算，推算结果为临时性）`,
  en: `cannot be computed: calendar for ${year} not loaded (load the State Council's ${year} holiday notice with calendar.extend([...]) or --calendar FILE, or opt in to the provisional projection with calendar.withProjection(${year}) or --provisional-calendar)`
})

/** Runs a calendar query, returning `CalendarYearNotCovered` instead of throwing it (core's bridge). @internal */
export const tryCalendar = <A>(f: () => A): Result.Result<A, CalendarYearNotCovered> => catchTyped(f, [CalendarYearNotCovered])

/** `n` working days after `start`, with whether the count rests on projected data. @internal */
export const workingDaysAfter = (calendar: WorkCalendar, start: IsoDate, n: number): Result.Result<{ due: IsoDate; provisional: boolean }, CalendarYearNotCovered> =>
  tryCalendar(() => {
    const due = calendar.addWorkingDaysUnsafe(start, n)
    return { due, provisional: calendar.isProvisional(start, due) }
  })

/** The end of an `n`-day 公示 posted on `start` (民法典 第二百零一、二百零三条 via core). @internal */
export const noticePeriodEnd = (calendar: WorkCalendar, start: IsoDate, days: number): Result.Result<{ due: IsoDate; provisional: boolean }, CalendarYearNotCovered> =>
  tryCalendar(() => {
    const due = addPeriodUnsafe(start, { days }, calendar)
    return { due, provisional: calendar.isProvisional(start, due) }
  })

/**
 * The refusal a workflow returns when a date it must record cannot be computed: a
 * `TransitionRefused` whose reason carries the “cannot be computed” marker and the fix, and whose
 * `details` carry `code: "calendar-year-not-covered"`, the `year` and the typed `cause`.
 * @internal
 */
export const calendarRefusal = (state: string, command: string, what: Bilingual, gap: CalendarYearNotCovered, citations: ReadonlyArray<Citation>) => {
  const note = noteFor(gap.year)
  return new TransitionRefused({
    state,
    command,
    reason: { zh: `${what.zh}${note.zh}`, en: `${what.en} ${note.en}` },
    citations,
    details: { code: "calendar-year-not-covered", year: gap.year, covered: [...gap.covered], cause: gap }
  })
}

/**
 * The calendar gap behind a workflow refusal, if the refusal is one: the command needed a date in
 * a year the case's calendar has no data for. Load the year or opt in to the projection (see
 * {@link uncomputableNote}) and send the command again. `undefined` is the normal answer "there is
 * none": the refusal has another cause (or is not a refusal), not a failure of this function.
 *
 * @example
 * ```ts
 * import { calendarGapOf, reviewContextAt, reviewWorkflow } from "@minzheng/relief"
 * import { handle, isoDateUnsafe, replay } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * // the built-in calendar has no data for 2030
 * const ctx = Result.getOrThrow(reviewContextAt(isoDateUnsafe("2030-03-01")))
 * const applied = replay(reviewWorkflow, [{ type: "applied", on: isoDateUnsafe("2030-03-01"), householdId: "h1" }])
 * const r = handle(reviewWorkflow, applied, { type: "accept", on: isoDateUnsafe("2030-03-01") }, ctx)
 * Result.isFailure(r) && calendarGapOf(r.failure)?.year //=> 2030
 * ```
 * @category review
 * @since 0.1.0
 */
export const calendarGapOf = (refusal: unknown): CalendarYearNotCovered | undefined => {
  if (!(refusal instanceof TransitionRefused)) return undefined
  const cause = refusal.details?.["cause"]
  return cause instanceof CalendarYearNotCovered ? cause : undefined
}

/** What {@link evaluateStage} needs to know about one stage. @internal */
export interface StageSpec {
  readonly stage: string
  readonly label: Bilingual
  readonly kind?: "time-limit" | "period"
  readonly citation: Citation
  readonly startedOn: IsoDate | null
  readonly completedOn: IsoDate | null
  /** The limit in force on the start date (a resolved parameter), or why there is none. */
  readonly limit: (startedOn: IsoDate) => Result.Result<{ readonly value: number; readonly source: Citation; readonly illustrative: boolean }, ParameterMissing | InvalidInput>
  /** What to say when no limit resolves (e.g. the 2022 notice leaves it to localities). */
  readonly noLimitNote?: Bilingual
  /** A stored due date (a 公示's end) instead of a count. */
  readonly storedDue?: { readonly due: IsoDate; readonly provisional: boolean }
}

/** Converts a resolved parameter into a stage limit. @internal */
export const limitOf = <V extends number>(r: Result.Result<ResolvedParameter<V>, ParameterMissing | InvalidInput>) =>
  Result.map(r, (p) => ({ value: p.value as number, source: p.source, illustrative: p.illustrative }))

const notYet = (spec: StageSpec, status: StageStatus, extra: Partial<StageDeadline> = {}): StageDeadline => ({
  stage: spec.stage,
  label: spec.label,
  kind: spec.kind ?? "time-limit",
  citation: spec.citation,
  limit: null,
  startedOn: spec.startedOn,
  due: null,
  completedOn: spec.completedOn,
  status,
  daysOverdue: 0,
  provisional: false,
  ...extra
})

/** Evaluates one stage on an as-of date. @internal */
export const evaluateStage = (spec: StageSpec, calendar: WorkCalendar, asOf: IsoDate): StageDeadline => {
  if (spec.startedOn === null) return notYet(spec, "not-started")
  const kind = spec.kind ?? "time-limit"
  const limit = spec.limit(spec.startedOn)
  if (Result.isFailure(limit) && spec.storedDue === undefined) {
    const note = spec.noLimitNote ?? { zh: `未设定期限：${limit.failure.messageZh}`, en: `no limit set: ${limit.failure.message}` }
    return notYet(spec, "no-limit", { note, problem: limit.failure })
  }
  const unit = kind === "period" ? ("days" as const) : ("working days" as const)
  const resolved = Result.isSuccess(limit) ? { ...limit.success, unit } : null
  const computed =
    spec.storedDue !== undefined
      ? Result.succeed(spec.storedDue)
      : kind === "period"
        ? noticePeriodEnd(calendar, spec.startedOn, (resolved as { value: number }).value)
        : workingDaysAfter(calendar, spec.startedOn, (resolved as { value: number }).value)
  if (Result.isFailure(computed)) {
    return notYet(spec, "uncomputable", { limit: resolved, note: noteFor(computed.failure.year), problem: computed.failure })
  }
  const { due, provisional } = computed.success
  const base = { ...notYet(spec, "open"), limit: resolved, due, provisional }
  if (kind === "period") {
    return { ...base, status: asOf > due || (spec.completedOn !== null && spec.completedOn > due) ? "met" : "open" }
  }
  if (spec.completedOn !== null) {
    return spec.completedOn <= due ? { ...base, status: "met" } : { ...base, status: "late", daysOverdue: daysBetween(due, spec.completedOn) }
  }
  return asOf > due ? { ...base, status: "overdue", daysOverdue: daysBetween(due, asOf) } : base
}

/**
 * The entries of a stage list that need attention on the as-of date: every `overdue` stage, and
 * every stage whose deadline cannot be computed (it may be overdue: it is never dropped).
 * @internal
 */
export const needingAttention = (entries: ReadonlyArray<StageDeadline>): ReadonlyArray<StageDeadline> =>
  entries.filter((e) => e.status === "overdue" || e.status === "uncomputable")
