/**
 * `@minzheng/core/testing`: what an adapter author needs to prove a store keeps the
 * `CaseStore` contract of `@minzheng/core` — the conformance suite, runnable under any test runner.
 *
 * @packageDocumentation
 */
export * from "./case-store-conformance.js"
