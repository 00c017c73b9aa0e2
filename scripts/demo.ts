/**
 * The end-to-end demo (`pnpm demo`): one deterministic, seeded run over a generated 街道 that
 * exercises all five domain packages together (see packages/cli/src/demo). No network.
 *
 *   pnpm demo [--out demo-output] [--seed 20251001]
 */
import { runDemo } from "@minzheng/cli"

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const seed = flag("seed")
const report = await runDemo({ out: flag("out") ?? "demo-output", ...(seed === undefined ? {} : { seed: Number(seed) }) })
console.log(`\ndemo finished in ${(report.milliseconds / 1000).toFixed(1)} s (seed ${report.seed}); files in ${report.out}/`)
