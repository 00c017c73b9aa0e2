/**
 * `@minzheng/mediation/sqlite`: a durable case store on Node's built-in SQLite (`node:sqlite`).
 * Node only — kept out of the main entry point so browser bundles never import it.
 *
 * @packageDocumentation
 */
export * from "./sqlite/sqlite-case-store.js"
