#!/usr/bin/env node
// `pnpm fuzz`: the property and fuzz tests with a random fast-check seed and more runs than CI.
// CI always uses the fixed seed of scripts/test/fast-check-seed.ts. A failure prints its seed:
// replay it with FC_SEED=<seed> FUZZ_RUNS=<runs> pnpm test:unit, then keep the counterexample as
// a regression test.
import { spawnSync } from "node:child_process"
import { randomInt } from "node:crypto"

const seed = process.env.FC_SEED ?? String(randomInt(1, 2 ** 31 - 1))
const runs = process.env.FUZZ_RUNS ?? "2000"
console.log(`pnpm fuzz: FC_SEED=${seed} FUZZ_RUNS=${runs}`)
const files = process.argv.slice(2)
const r = spawnSync("pnpm", ["exec", "vitest", "run", ...(files.length > 0 ? files : ["fuzz", "properties", "laws", "personal-number"])], {
  stdio: "inherit",
  env: { ...process.env, FC_SEED: seed, FUZZ_RUNS: runs }
})
if (r.status !== 0) console.log(`pnpm fuzz failed with FC_SEED=${seed} FUZZ_RUNS=${runs}: replay with those variables`)
process.exit(r.status ?? 1)
