// The release flow, rehearsed without publishing (part of `pnpm test`): in a scratch copy of the
// repository, `changeset version` must turn the pending changesets into versions and a
// CHANGELOG.md per package (0.1.0 for the first release), internal dependencies must follow,
// and `pnpm publish --dry-run` must accept every package (public access). Nothing here touches
// the working tree.
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const scratch = mkdtempSync(join(tmpdir(), "minzheng-release-"))
const skip = new Set(["node_modules", ".git", "docs-site", "demo-output", ".vitest-report.json"])
cpSync(root, scratch, {
  recursive: true,
  filter: (src) => !src.split("/").some((part) => skip.has(part)) || src === root
})
const run = (cmd, args, cwd = scratch) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: "pipe", env: { ...process.env, CI: "1" } })
let failed = 0
const check = (name, f) => {
  try {
    f()
    console.log(`ok   ${name}`)
  } catch (e) {
    failed++
    console.log(`FAIL ${name}\n${e.stdout ?? ""}${e.stderr ?? ""}${e.stdout || e.stderr ? "" : String(e.stack ?? e)}`)
  }
}
const changeset = join(root, "node_modules", ".bin", "changeset")
const packages = readdirSync(join(scratch, "packages")).filter((n) => existsSync(join(scratch, "packages", n, "package.json"))).sort()
const before = Object.fromEntries(packages.map((n) => [n, JSON.parse(readFileSync(join(scratch, "packages", n, "package.json"), "utf8")).version]))
const pending = readdirSync(join(scratch, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")
console.log(`release dry run in ${scratch}: ${pending.length} pending changesets`)

check("changeset version bumps every package and writes its CHANGELOG.md", () => {
  run(changeset, ["version"])
  for (const n of packages) {
    const m = JSON.parse(readFileSync(join(scratch, "packages", n, "package.json"), "utf8"))
    const expected = before[n] === "0.0.0" ? "0.1.0" : undefined
    if (expected !== undefined && m.version !== expected) throw new Error(`@minzheng/${n}: ${before[n]} → ${m.version}, expected ${expected}`)
    if (m.version === before[n]) throw new Error(`@minzheng/${n} was not bumped (no changeset?)`)
    const log = readFileSync(join(scratch, "packages", n, "CHANGELOG.md"), "utf8")
    if (!log.includes(`## ${m.version}`)) throw new Error(`@minzheng/${n}/CHANGELOG.md has no ${m.version} section`)
    for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
      if (dep.startsWith("@minzheng/") && !String(range).startsWith("workspace:")) throw new Error(`${n} depends on ${dep}@${range}: internal ranges must stay workspace:`)
    }
  }
  if (readdirSync(join(scratch, ".changeset")).some((f) => f.endsWith(".md") && f !== "README.md")) throw new Error("changesets left after version")
})
check("pnpm publish --dry-run accepts every package (public access)", () => {
  const links = join(scratch, "node_modules")
  if (!existsSync(links)) cpSync(join(root, "node_modules"), links, { recursive: true, verbatimSymlinks: true })
  for (const n of packages) {
    const dir = join(scratch, "packages", n)
    if (!existsSync(join(dir, "dist"))) cpSync(join(root, "packages", n, "dist"), join(dir, "dist"), { recursive: true })
    const m = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
    if (m.publishConfig?.access !== "public") throw new Error(`${m.name}: publishConfig.access must be public`)
    run("pnpm", ["publish", "--dry-run", "--no-git-checks", "--ignore-scripts", "--access", "public"], dir)
  }
})
rmSync(scratch, { recursive: true, force: true })
if (failed > 0) {
  console.error(`${failed} release check(s) failed`)
  process.exit(1)
}
