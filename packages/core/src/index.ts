/**
 * `@minzheng/core`: the shared vocabulary of minzheng — civil dates and the China work-day
 * calendar, legal periods, citizen ID numbers, region codes, decimal money, parameters over time,
 * citations and explanations, typed errors, and the event-sourced workflow kernel.
 *
 * @packageDocumentation
 */
export * from "./text.js"
export * from "./brand.js"
export * from "./issue.js"
export * from "./errors.js"
export * from "./decode.js"
export * from "./date.js"
export * from "./calendar/model.js"
export * from "./calendar/data.js"
export * from "./calendar/projection.js"
export * from "./calendar/calendar.js"
export * from "./calendar/load.js"
export * from "./period.js"
export * from "./citizen-id.js"
export * from "./region.js"
export * from "./money.js"
export * from "./citation.js"
export * from "./national-texts.js"
export * from "./explanation.js"
export * from "./parameter.js"
export * from "./workflow.js"
export * from "./case-store.js"
export * from "./services.js"
export * from "./csv.js"
export * from "./text-decoding.js"
export * from "./personal-number.js"
export * from "./json-schema.js"
