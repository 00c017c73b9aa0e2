/**
 * Import cost of the built package: a fresh `node` process runs `import("@minzheng/core")` against
 * `dist/` (the files users get), timed inside the child, several times, interleaved with the
 * baseline — the same child importing nothing — so both see the same machine load. Reports the
 * median and the fastest–slowest range of: the import alone (`performance.now()` around the
 * dynamic import), the whole process (spawn to exit) and the child's peak RSS.
 *
 *   pnpm --filter @minzheng/core bench              (at the end of the core bench)
 *   pnpm --filter @minzheng/core exec tsx bench/import-time.ts   (alone)
 *
 * Aim (issue 18): under 150 ms and 80 MB on Node 24.
 */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")

interface Sample {
  readonly importMs: number
  readonly processMs: number
  readonly rssMb: number
}

// The child prints {importMs, rssMb}; `what` is a module specifier or "" (the baseline: no import).
const child = (what: string): string => `
const t0 = performance.now()
${what === "" ? "" : `await import(${JSON.stringify(what)})`}
const importMs = performance.now() - t0
console.log(JSON.stringify({ importMs, rssMb: process.resourceUsage().maxRSS / 1024 }))
`

const sample = (what: string): Sample => {
  const start = performance.now()
  // No --conditions: Node resolves the package's own name through its "exports" to dist/index.js.
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", child(what)], { cwd: packageDir, encoding: "utf8" })
  const processMs = performance.now() - start
  if (r.status !== 0) throw new Error(`node -e "import(${what})" failed: ${r.stderr}`)
  const { importMs, rssMb } = JSON.parse(r.stdout.trim()) as { importMs: number; rssMb: number }
  return { importMs, processMs, rssMb }
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const fig = (xs: ReadonlyArray<number>, unit: string, digits = 0): string =>
  `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`

/**
 * Runs the import-time measurement and prints its table (markdown). Returns false, printing why,
 * when `dist/` is not built.
 */
export const importTime = (runs = Number(process.env.IMPORT_RUNS ?? 7)): boolean => {
  if (!existsSync(join(packageDir, "dist", "index.js"))) {
    console.log("\nimport time: skipped, dist/index.js is missing (pnpm --filter @minzheng/core build)")
    return false
  }
  const base: Array<Sample> = []
  const core: Array<Sample> = []
  sample("")
  sample("@minzheng/core") // warm the file cache once
  for (let i = 0; i < runs; i++) {
    base.push(sample(""))
    core.push(sample("@minzheng/core"))
  }
  const pick = (xs: ReadonlyArray<Sample>, k: keyof Sample) => xs.map((s) => s[k])
  const extraMs = median(pick(core, "processMs")) - median(pick(base, "processMs"))
  const extraMb = median(pick(core, "rssMb")) - median(pick(base, "rssMb"))
  console.log(`\nimport time, Node ${process.version}, ${runs} fresh processes each, interleaved (median, fastest–slowest)\n`)
  console.log("| what | import alone | whole process | peak RSS |")
  console.log("| --- | --- | --- | --- |")
  console.log(`| \`import("@minzheng/core")\` (dist) | ${fig(pick(core, "importMs"), "ms", 1)} | ${fig(pick(core, "processMs"), "ms")} | ${fig(pick(core, "rssMb"), "MB")} |`)
  console.log(`| baseline: \`node\` importing nothing | — | ${fig(pick(base, "processMs"), "ms")} | ${fig(pick(base, "rssMb"), "MB")} |`)
  console.log(`\nthe import adds ${extraMs.toFixed(0)} ms and ${extraMb.toFixed(0)} MB to a bare node process (medians); aim: import < 150 ms, RSS < 80 MB`)
  return true
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) importTime()
