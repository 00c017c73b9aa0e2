/**
 * Every property and fuzz test runs with one fast-check seed: fixed in CI (so a fresh clone run
 * twice on one commit gives the same verdict), random only when asked for by `pnpm fuzz`
 * (scripts/fuzz.mjs sets FC_SEED). The seed is printed by the global setup and by fast-check in
 * any failure, so a failing seed can be replayed with `FC_SEED=<seed> pnpm test:unit` and kept
 * as a regression test.
 */
import fc from "fast-check"

/** The seed CI uses: today's issue date, fixed. */
export const DEFAULT_FC_SEED = 20261204

export const fastCheckSeed = (): number => {
  const raw = process.env.FC_SEED
  if (raw === undefined || raw === "") return DEFAULT_FC_SEED
  const n = Number(raw)
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer, got ${raw}`)
  return n
}

fc.configureGlobal({ seed: fastCheckSeed() })
