/**
 * `@minzheng/disclosure`: disclosure duties (居务/村务公开, 公示) as cited data, their working-day
 * schedules for one community or ten thousand, six-step tracking on core's workflow kernel,
 * overdue and coverage checks, iCalendar export, and privacy-safe notices.
 *
 * @packageDocumentation
 */
export * from "./duty/vocabulary.js"
export * from "./duty/cadence.js"
export * from "./duty/duty.js"
export * from "./duty/village-committee-law.js"
export * from "./duty/licang.js"
export * from "./duty/pingyuan.js"
export * from "./schedule/non-working-day-policy.js"
export * from "./schedule/schedule.js"
export * from "./schedule/public-notice-period.js"
export * from "./tracking/six-steps.js"
export * from "./tracking/overdue.js"
export * from "./tracking/coverage.js"
export * from "./ical/icalendar.js"
export * from "./notice/field-type.js"
export * from "./notice/masking-policy.js"
export * from "./notice/mask.js"
export * from "./notice/mask-personal.js"
export * from "./notice/model.js"
export * from "./notice/notice.js"
export * from "./notice/render.js"
export * from "./notice/dibao-notice.js"
export * from "./effect/disclosure-effects.js"
