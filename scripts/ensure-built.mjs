// prepack: a tarball never leaves without a fresh dist/. Builds the package (tsup) when dist/ is
// missing or older than any file in src/ or the build config; otherwise does nothing, so packing
// right after `pnpm build` costs no second build.
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"

const dir = process.cwd()
const newest = (p) => {
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  let m = 0
  for (const e of readdirSync(p)) m = Math.max(m, newest(join(p, e)))
  return m
}
const dist = join(dir, "dist")
const built = existsSync(join(dist, "index.js")) ? newest(dist) : 0
const inputs = Math.max(newest(join(dir, "src")), ...["tsup.config.ts", "package.json"].filter((f) => existsSync(join(dir, f))).map((f) => statSync(join(dir, f)).mtimeMs))
if (built === 0 || built < inputs) {
  console.log(`prepack: building ${dir} (dist ${built === 0 ? "missing" : "older than its sources"})`)
  execFileSync("pnpm", ["run", "build"], { cwd: dir, stdio: "inherit" })
}
