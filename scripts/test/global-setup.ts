import { fastCheckSeed } from "./fast-check-seed.js"

export default function setup(): void {
  const runs = process.env.FUZZ_RUNS === undefined ? "per test" : process.env.FUZZ_RUNS
  console.log(`fast-check seed ${fastCheckSeed()} (FC_SEED), runs ${runs} (FUZZ_RUNS)`)
}
