/**
 * `@minzheng/store-postgres`: core's `CaseStore` contract on PostgreSQL, through node-postgres
 * (`pg`), for deployments where several app instances share one database. Schema migrations,
 * `UNIQUE(case_id, version)`, transactions for appends, positions that commit in order, and
 * idempotency keys unique in the database. Node only.
 *
 * @packageDocumentation
 */
export * from "./postgres-case-store.js"
