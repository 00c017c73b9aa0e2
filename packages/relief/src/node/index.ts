/**
 * `@minzheng/relief/node`: the batch run spread over worker threads (Node only — the main entry
 * stays free of Node built-ins so it runs in browsers).
 *
 * @module
 */
export { type BatchFileInput, BatchWorkerFailed, defaultWorkers, type ParallelBatchOptions, type ParallelBatchRow, runBatchParallel } from "./run-batch-parallel.js"
export type { DeterminationDigest } from "../batch/decider.js"
