// The size budget of the page, run by `start` (so by `pnpm test`) after `vite build`: the script the
// page loads must stay under BUDGET bytes gzipped (and RAW_BUDGET bytes as written). It fails the
// build over budget, and names the usual culprit when it is there: every zod locale in the bundle,
// the sign of an `import { z } from "zod"` in a package (the packages write `import * as z from
// "zod/mini"`; the named classic import pins zod's whole namespace, 64 locales and the JSON-schema
// converters with it, and one classic schema anywhere keeps all of classic zod).
//
// Figures (issue 18, 2026-12-04). esbuild --minify, gzip -9: before 618 KB / 146 KB gzipped (zod
// 454 KB of it), after 240 KB / 77 KB. This check (vite build, gzip level 6 as servers send it):
// 213 KB / 72.5 KB; built-in instruments compiled without re-checking against the instrument schema:
// 207.5 KB / 71.4 KB.
// 2026-12-05, every package's schemas on zod/mini: 146.4 KB / 55.0 KB (zod 96 → 28 KB minified).
// What is left: care-assessment ≈ 45 KB minified (the GB/T 42195 items 15 KB of it), decimal.js
// 32 KB, zod's core checks 28 KB, effect's Result/Data 18 KB, core 18 KB; see
// docs/care-assessment.md ("Performance").
//
// To see what is big: `pnpm --filter @minzheng-examples/web-care-assessment size` (this script with
// --explain: bundles src/main.ts with esbuild and lists the largest packages and modules).
import { existsSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"

/** Gzipped bytes of the page's scripts: measured 55,0xx on 2026-12-05; the aim of issue 18 is 60 KB. */
export const BUDGET = 60_000
/** Bytes as written (minified, UTF-8): measured 146,4xx on 2026-12-05; about 10% headroom. */
export const RAW_BUDGET = 161_000

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const dist = join(root, "dist")
const fail = (why) => {
  console.error(`web-care-assessment size check failed: ${why}`)
  process.exitCode = 1
}

const explain = async () => {
  // esbuild comes with vite's toolchain in the workspace; resolve it from vite's own location.
  const require = createRequire(import.meta.url)
  const viteDir = dirname(require.resolve("vite/package.json"))
  const esbuildPath = createRequire(join(viteDir, "package.json")).resolve("esbuild")
  const esbuild = await import(pathToFileURL(esbuildPath).href)
  const r = await esbuild.build({
    entryPoints: [join(root, "src/main.ts")],
    bundle: true,
    minify: true,
    charset: "utf8",
    format: "esm",
    target: "es2022",
    platform: "browser",
    conditions: ["@minzheng/source", "browser", "module", "import"],
    loader: { ".css": "empty" },
    write: false,
    metafile: true,
    outfile: join(root, "dist/explain.js"),
    logLevel: "error"
  })
  const inputs = Object.values(r.metafile.outputs)[0].inputs
  const byPackage = new Map()
  const byModule = []
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const dep = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/)
    const own = file.match(/packages\/([^/]+)\/src\/(.*)$/)
    const pkg = dep ? dep[1] : own ? `@minzheng/${own[1]}` : "(the page)"
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput)
    byModule.push([dep ? `${dep[1]}/${dep[2]}` : own ? `@minzheng/${own[1]}/${own[2]}` : file, bytesInOutput])
  }
  const kb = (n) => `${(n / 1000).toFixed(1).padStart(6)} KB`
  console.log("by package (minified, before gzip):")
  for (const [p, n] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${kb(n)}  ${p}`)
  console.log("largest modules:")
  for (const [m, n] of byModule.sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${kb(n)}  ${m}`)
}

if (process.argv.includes("--explain")) {
  await explain()
} else {
  const indexHtml = join(dist, "index.html")
  if (!existsSync(indexHtml)) fail(`${indexHtml} is missing: run vite build first`)
  else {
    const html = readFileSync(indexHtml, "utf8")
    const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1])
    const code = Buffer.concat(scripts.map((s) => readFileSync(join(dist, s))))
    const gz = gzipSync(code).length
    const fmt = (n) => `${(n / 1000).toFixed(1)} KB`
    // "erhalten" is in zod's German locale only: present means every locale came along.
    if (code.includes("erhalten")) {
      fail("zod's locales are in the bundle: a module imports `{ z }` from \"zod\" (write `import * as z from \"zod\"`)")
    }
    if (gz > BUDGET) fail(`the page's script is ${fmt(gz)} gzipped, over the budget of ${fmt(BUDGET)} (node scripts/size-check.mjs --explain)`)
    if (code.length > RAW_BUDGET) fail(`the page's script is ${fmt(code.length)}, over the budget of ${fmt(RAW_BUDGET)} (node scripts/size-check.mjs --explain)`)
    if (process.exitCode !== 1) {
      console.log(`web-care-assessment: script ${fmt(code.length)}, ${fmt(gz)} gzipped (budget ${fmt(BUDGET)}); ok`)
    }
  }
}
