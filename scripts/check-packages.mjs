// publint and are-the-types-wrong on every built package (run after `pnpm build`).
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const bin = (name) => join(root, "node_modules", ".bin", name)
let failed = 0
for (const name of readdirSync(join(root, "packages")).sort()) {
  const dir = join(root, "packages", name)
  if (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "dist"))) continue
  for (const [tool, args] of [
    ["publint", ["--strict"]],
    ["attw", ["--pack", ".", "--profile", "node16", "--format", "table-flipped"]]
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: dir, stdio: "pipe", encoding: "utf8" })
      console.log(`ok   ${tool} @minzheng/${name}`)
    } catch (e) {
      failed++
      console.log(`FAIL ${tool} @minzheng/${name}\n${e.stdout ?? ""}${e.stderr ?? ""}`)
    }
  }
}
if (failed > 0) {
  console.error(`${failed} package check(s) failed`)
  process.exit(1)
}
