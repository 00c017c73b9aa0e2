/**
 * The end-to-end demo (`pnpm demo`): one deterministic, seeded run over a generated 街道 that
 * exercises all five domain packages together (see packages/cli/src/demo). No network. It is
 * `minzheng demo` with the files in ./demo-output unless --out says otherwise, so it takes the
 * same flags and exits with the same codes:
 *
 *   pnpm demo [--out demo-output] [--seed 20251001] [--as-of 2026-12-04]
 *             [--calendar 2027.json …] [--provisional-calendar] [--csv-headers en]
 *
 * --as-of defaults to today's date; a date past the built-in calendar needs --calendar or
 * --provisional-calendar (exit code 3 with both named otherwise).
 */
import { runOnNode } from "@minzheng/cli"

const args = process.argv.slice(2).filter((a) => a !== "--")
const withOut = args.includes("--out") || args.includes("-o") ? args : [...args, "--out", "demo-output"]
process.exitCode = await runOnNode(["demo", ...withOut])
