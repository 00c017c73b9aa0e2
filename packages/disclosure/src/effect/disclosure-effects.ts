/**
 * The Effect layer of `@minzheng/disclosure`: each function decodes untrusted input into the
 * domain types (one `InvalidInput` listing every problem), takes the work calendar from
 * core's `CalendarService`, the masking policy from {@link MaskingPolicyService} and the date from
 * core's `Today`, and calls the pure core. Nothing is implemented twice.
 *
 * @module
 */
import {
  CalendarService,
  type CalendarYearNotCovered,
  type ParameterMissing,
  CaseStore,
  decodeEffect,
  executeCommand,
  InvalidInput,
  issue,
  loadCase,
  type StoredEvent,
  Today,
  type TransitionRefused,
  type VersionConflict
} from "@minzheng/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type CoverageReport, coverageReportUnsafe } from "../tracking/coverage.js"
import { findOverdueUnsafe, type OverdueFinding, OverdueInputSchema } from "../tracking/overdue.js"
import {
  decodeTrackingEvent,
  OCCURRENCE_TRACKING,
  type OccurrenceRecord,
  TrackingCommandSchema,
  type TrackingEvent
} from "../tracking/six-steps.js"
import { toICalendarUnsafe } from "../ical/icalendar.js"
import { attempt } from "../internal/attempt.js"
import { preflightIssues } from "../internal/preflight.js"
import { dibaoNoticeUnsafe } from "../notice/dibao-notice.js"
import { DEFAULT_MASKING_POLICY, type MaskingPolicy, MaskingPolicySchema } from "../notice/masking-policy.js"
import type { MaskedNotice } from "../notice/model.js"
import { buildNoticeUnsafe } from "../notice/notice.js"
import { type Schedule, scheduleCommunitiesUnsafe } from "../schedule/schedule.js"
import * as z from "zod/mini"

/**
 * The masking policy in force (default {@link DEFAULT_MASKING_POLICY}); provide a stricter local
 * one with {@link maskingPolicyLayer}.
 *
 * @example
 * ```ts
 * import { MaskingPolicyService } from "@minzheng/disclosure"
 * import { Effect } from "effect"
 * Effect.runSync(Effect.gen(function* () { return (yield* MaskingPolicyService).citizenId })) //=> { head: 6, tail: 4 }
 * ```
 * @category services
 * @since 0.1.0
 */
export const MaskingPolicyService: Context.Reference<MaskingPolicy> = Context.Reference<MaskingPolicy>("@minzheng/disclosure/MaskingPolicyService", {
  defaultValue: () => DEFAULT_MASKING_POLICY
})

/**
 * A layer providing a masking policy, decoded from untrusted data (a looser policy than the
 * national bounds fails with `InvalidInput`).
 *
 * @example
 * ```ts
 * import { DEFAULT_MASKING_POLICY, maskingPolicyLayer } from "@minzheng/disclosure"
 * const strict = maskingPolicyLayer({ ...DEFAULT_MASKING_POLICY, citizenId: { head: 0, tail: 4 } })
 * ```
 * @category services
 * @since 0.1.0
 */
export const maskingPolicyLayer = (policy: unknown): Layer.Layer<never, InvalidInput> =>
  Layer.effect(MaskingPolicyService, decodeEffect(MaskingPolicySchema, policy))

/**
 * Schedules communities (see {@link scheduleCommunities}) with the calendar of `CalendarService`.
 *
 * @example
 * ```ts
 * import { scheduleEffect, LICANG_DUTIES } from "@minzheng/disclosure"
 * import { Effect } from "effect"
 * const s = Effect.runSync(scheduleEffect({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-12-31" }))
 * s.occurrences.length //=> 24
 * ```
 * @category effect
 * @since 0.1.0
 */
export const scheduleEffect = (input: unknown): Effect.Effect<Schedule, InvalidInput | CalendarYearNotCovered> =>
  Effect.gen(function* () {
    const calendar = yield* CalendarService
    return yield* attempt(() => scheduleCommunitiesUnsafe(input as never, calendar))
  })

/**
 * Exports a schedule as iCalendar (see {@link toICalendar}).
 *
 * @example
 * ```ts
 * import { icalendarEffect, scheduleEffect, LICANG_DUTIES } from "@minzheng/disclosure"
 * import { Effect } from "effect"
 * const ics = Effect.runSync(Effect.flatMap(
 *   scheduleEffect({ communities: [{ id: "hushan", name: "虎山社区" }], dutySet: LICANG_DUTIES, from: "2025-01-01", to: "2025-01-31" }),
 *   (s) => icalendarEffect(s, { stamp: "2025-01-01T00:00:00Z" })
 * ))
 * ics.startsWith("BEGIN:VCALENDAR") //=> true
 * ```
 * @category effect
 * @since 0.1.0
 */
export const icalendarEffect = (schedule: unknown, options: unknown): Effect.Effect<string, InvalidInput> =>
  attempt<string, InvalidInput>(() => toICalendarUnsafe(schedule as never, options as never))

/**
 * Builds a masked notice (see {@link buildNotice}) under the policy of {@link MaskingPolicyService}
 * and the calendar of `CalendarService` (for the minimum-length check of a `kind`).
 *
 * @example
 * ```ts
 * import { noticeEffect } from "@minzheng/disclosure"
 * import { Effect } from "effect"
 * const n = Effect.runSync(noticeEffect({ title: "公示", issuer: "虎山社区", period: { from: "2025-09-26", to: "2025-10-09" },
 *   columns: [{ key: "head", label: { zh: "户主", en: "head" }, type: "person-name" }], rows: [{ head: "张三丰" }] }))
 * n.rows //=> [["张**"]]
 * ```
 * @category effect
 * @since 0.1.0
 */
export const noticeEffect = (input: unknown): Effect.Effect<MaskedNotice, InvalidInput | CalendarYearNotCovered> =>
  Effect.gen(function* () {
    const policy = yield* MaskingPolicyService
    const calendar = yield* CalendarService
    return yield* attempt(() => buildNoticeUnsafe(input as never, policy, calendar))
  })

/**
 * Builds a masked 低保 公示 (see {@link dibaoNotice}) under the policy of {@link MaskingPolicyService}
 * and the calendar of `CalendarService`; a period past the calendar fails with
 * `CalendarYearNotCovered`.
 *
 * @example
 * ```ts
 * import { dibaoNoticeEffect } from "@minzheng/disclosure"
 * import { Effect } from "effect"
 * const r = Effect.runSync(Effect.result(dibaoNoticeEffect({ issuer: "x", period: { from: "2025-09-26", to: "2025-10-09" }, rows: [{ income: "800" }] })))
 * r._tag //=> "Failure"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const dibaoNoticeEffect = (input: unknown): Effect.Effect<MaskedNotice, InvalidInput | CalendarYearNotCovered> =>
  Effect.gen(function* () {
    const policy = yield* MaskingPolicyService
    const calendar = yield* CalendarService
    return yield* attempt(() => dibaoNoticeUnsafe(input as never, policy, calendar))
  })

/**
 * The coverage report (see {@link coverageReport}) with the calendar of `CalendarService`.
 *
 * @example
 * ```ts
 * import { coverageEffect } from "@minzheng/disclosure"
 * import { Effect } from "effect"
 * Effect.runSync(coverageEffect({ communityId: "xiyang", year: 2025, publications: [] })).complete //=> false
 * ```
 * @category effect
 * @since 0.1.0
 */
export const coverageEffect = (input: unknown): Effect.Effect<CoverageReport, InvalidInput | CalendarYearNotCovered> =>
  Effect.gen(function* () {
    const calendar = yield* CalendarService
    return yield* attempt(() => coverageReportUnsafe(input as never, calendar))
  })

/**
 * Overdue findings (see {@link findOverdue}); `asOf` defaults to core's `Today`.
 *
 * @example
 * ```ts
 * import { overdueEffect } from "@minzheng/disclosure"
 * import { Effect } from "effect"
 * Effect.runSync(overdueEffect({ occurrences: [], records: {} })) //=> []
 * ```
 * @category effect
 * @since 0.1.0
 */
export const overdueEffect = (input: unknown): Effect.Effect<ReadonlyArray<OverdueFinding>, InvalidInput> =>
  Effect.gen(function* () {
    const today = yield* Today
    const withDate = typeof input === "object" && input !== null && !("asOf" in input) ? { ...input, asOf: today } : input
    const early = preflightIssues(withDate)
    if (early.length > 0) return yield* Effect.fail(new InvalidInput({ issues: early }))
    const decoded = yield* decodeEffect(OverdueInputSchema, withDate)
    return yield* attempt<ReadonlyArray<OverdueFinding>, InvalidInput>(() => findOverdueUnsafe(decoded))
  })

const TrackRequestSchema = z.strictObject({
  caseId: z.string().check(z.minLength(1), z.maxLength(300)),
  command: TrackingCommandSchema,
  expectedVersion: z.optional(z.number().check(z.int(), z.minimum(0)))
})

/**
 * Applies a tracking command to an occurrence's case in core's `CaseStore` (the case id is the
 * occurrence uid), with the calendar of `CalendarService`: the new state, the stored events and
 * the version.
 *
 * @example
 * ```ts
 * import { trackEffect } from "@minzheng/disclosure"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const r = Effect.runSync(Effect.provide(trackEffect({ caseId: "hushan/licang.monthly-affairs/2025-01", command: {
 *   type: "plan", on: "2025-01-03", summary: "1月方案",
 *   occurrence: { uid: "hushan/licang.monthly-affairs/2025-01", dutyId: "licang.monthly-affairs", due: "2025-01-10" } } }), CaseStore.memory))
 * r.state.step //=> "planned"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const trackEffect = (
  input: unknown
): Effect.Effect<
  { readonly state: OccurrenceRecord; readonly events: ReadonlyArray<StoredEvent<TrackingEvent>>; readonly version: number },
  InvalidInput | TransitionRefused | VersionConflict | CalendarYearNotCovered | ParameterMissing,
  CaseStore
> =>
  Effect.gen(function* () {
    const req = yield* decodeEffect(TrackRequestSchema, input)
    const calendar = yield* CalendarService
    return yield* executeCommand(OCCURRENCE_TRACKING, {
      caseId: req.caseId,
      command: req.command,
      decodeEvent: decodeTrackingEvent,
      context: calendar,
      ...(req.expectedVersion === undefined ? {} : { expectedVersion: req.expectedVersion })
    })
  })

/**
 * Loads an occurrence's tracking record from core's `CaseStore`.
 *
 * @example
 * ```ts
 * import { loadOccurrenceEffect } from "@minzheng/disclosure"
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * Effect.runSync(Effect.provide(loadOccurrenceEffect("unknown"), CaseStore.memory)).state.step //=> "due"
 * ```
 * @category effect
 * @since 0.1.0
 */
export const loadOccurrenceEffect = (
  caseId: string
): Effect.Effect<{ readonly state: OccurrenceRecord; readonly version: number; readonly events: ReadonlyArray<TrackingEvent> }, InvalidInput, CaseStore> =>
  typeof caseId === "string"
    ? loadCase(OCCURRENCE_TRACKING, caseId, decodeTrackingEvent)
    : Effect.fail(new InvalidInput({ issues: [issue(["caseId"], "invalid_case_id", "案件编号应为文本", "a case id must be text")] }))
