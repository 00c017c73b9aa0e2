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
export * from "./catch-typed.js"
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
export * from "./assistance-status.js"
export * from "./explanation.js"
export * from "./parameter.js"
export * from "./workflow.js"
export * from "./case-store.js"
export * from "./services.js"
export * from "./csv.js"
export * from "./text-decoding.js"
export * from "./personal-number.js"
export * from "./json-schema.js"
/**
 * `Result<A, E>`: what every function that can fail returns (see docs/conventions.md) — a
 * `Success` with `.success` or a `Failure` with `.failure`, told apart by `._tag`. This is
 * `effect/Result`, re-exported so a program needs no import from `effect` to read one:
 * `Result.isSuccess`, `Result.isFailure`, `Result.getOrThrow`, `Result.match`, `Result.map` …
 *
 * @example
 * ```ts
 * import { Result, isoDate } from "@minzheng/core"
 * const r = isoDate("2025-02-29")
 * Result.isFailure(r) //=> true
 * r._tag === "Failure" && r.failure.issues[0]?.zh //=> "不是有效的日期（应为 YYYY-MM-DD）"
 * Result.getOrThrow(isoDate("2025-10-01")) //=> "2025-10-01"
 * ```
 * @category results
 * @since 0.1.0
 */
export * as Result from "effect/Result"
