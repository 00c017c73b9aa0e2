/**
 * `@minzheng/cli`: the `minzheng` command — batch determinations, care scoring, disclosure
 * calendars and masked notices, mediation case files, credit payouts, policy checks and the
 * end-to-end demo — and the streaming CSV/NDJSON readers and writers it is built from.
 *
 * @packageDocumentation
 */
export * from "./exit-code.js"
export * from "./cli-failure.js"
export * from "./io/source.js"
export * from "./io/csv.js"
export * from "./io/records.js"
export * from "./io/output.js"
export * from "./io/progress.js"
export * from "./io/table.js"
export * from "./command.js"
export * from "./run-cli.js"
export type { CsvHeaders } from "./internal/csv-out.js"
export * from "./version.js"
export * from "./node-version.js"
export * from "./demo/index.js"
