// Import cycles inside each package: dependencies between a package's own files must point one
// way, so a reader can start at the bottom. Lists every strongly connected group of files
// (type-only imports included: a type shared both ways belongs in a model file both import) and
// exits 1 when there is one.   node scripts/check-cycles.mjs [package ...]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"

const root = join(import.meta.dirname, "..")
const only = process.argv.slice(2)
const files = (dir) => readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? files(join(dir, e)) : e.endsWith(".ts") ? [join(dir, e)] : []))
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g

let total = 0
for (const pkg of readdirSync(join(root, "packages")).sort()) {
  if (only.length > 0 && !only.includes(pkg)) continue
  const src = join(root, "packages", pkg, "src")
  if (!existsSync(src)) continue
  const graph = new Map()
  for (const f of files(src)) {
    const deps = new Set()
    for (const m of readFileSync(f, "utf8").matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]
      const target = resolve(dirname(f), spec.replace(/\.js$/, ".ts"))
      if (existsSync(target)) deps.add(target)
      else if (existsSync(join(resolve(dirname(f), spec), "index.ts"))) deps.add(join(resolve(dirname(f), spec), "index.ts"))
    }
    graph.set(f, deps)
  }
  // Tarjan's strongly connected components
  let index = 0
  const idx = new Map(), low = new Map(), stack = [], on = new Set(), groups = []
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))) }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)))
    }
    if (low.get(v) === idx.get(v)) {
      const g = []
      let w
      do { w = stack.pop(); on.delete(w); g.push(w) } while (w !== v)
      if (g.length > 1 || (graph.get(v)?.has(v) ?? false)) groups.push(g)
    }
  }
  for (const v of graph.keys()) if (!idx.has(v)) visit(v)
  for (const g of groups) {
    total++
    console.log(`cycle in @minzheng/${pkg}: ${g.map((f) => relative(src, f)).sort().join(" ↔ ")}`)
  }
  if (groups.length === 0) console.log(`ok   no import cycle in @minzheng/${pkg}`)
}
if (total > 0) {
  console.error(`${total} import cycle group(s)`)
  process.exit(1)
}
