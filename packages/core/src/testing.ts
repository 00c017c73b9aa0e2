/**
 * `@minzheng/core/testing`: what an adapter author needs to prove a store keeps the
 * {@link CaseStore} contract — the conformance suite, runnable under any test runner.
 *
 * @packageDocumentation
 */
export * from "./case-store-conformance.js"
