/**
 * `@minzheng/store-sqlite`: a durable case store on Node's built-in SQLite (`node:sqlite`) — the
 * embedded default: one file, no server. It implements core's `CaseStore` contract (optimistic
 * concurrency, global positions for read models, idempotent appends) and passes core's
 * conformance suite. Node only.
 *
 * @packageDocumentation
 */
export * from "./sqlite-case-store.js"
