// The quick check `pnpm test` runs for this example, after `vite build`: the page was built and its
// script holds the packages' code. (The build itself fails if any module imports a Node built-in:
// see the noNodeBuiltins plugin in vite.config.ts.)
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist")
const fail = (why) => {
  console.error(`web-care-assessment build check failed: ${why}`)
  process.exit(1)
}

const indexHtml = join(dist, "index.html")
if (!existsSync(indexHtml)) fail(`${indexHtml} is missing`)
const html = readFileSync(indexHtml, "utf8")
const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1])
if (scripts.length === 0) fail("dist/index.html loads no script")
const code = scripts
  .map((s) => {
    const file = join(dist, s)
    if (!existsSync(file)) fail(`${file} (loaded by index.html) is missing`)
    return readFileSync(file, "utf8")
  })
  .join("\n")

if (/\bfrom\s*["']node:|import\(\s*["']node:/.test(code)) fail("the bundle imports a node: module")
// Texts of the instrument, the level rule and the 峡山 table: the packages' code is in the bundle.
for (const text of ["老年人能力评估规范", "社会交往能力", "能力中度受损（中度失能）", "峡山区失能群体救助供养"]) {
  if (!code.includes(text)) fail(`the bundle does not contain "${text}"`)
}
console.log(`web-care-assessment: built ${scripts.join(", ")} (${Math.round(code.length / 1024)} KiB), no Node built-ins imported; ok`)
