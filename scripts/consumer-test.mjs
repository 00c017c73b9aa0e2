// The consumer test: what a user installs is what CI tested. Packs every package (after
// `pnpm build`), installs the tarballs with npm into a temporary app outside the workspace, and
// there
//   1. type-checks (tsc, module node16, no skipLibCheck for our own types) and runs an ESM and a
//      CJS program that make one determination, one assessment and one schedule at today's date;
//   2. bundles a browser entry (core, care-assessment, disclosure, relief, credit, mediation's
//      main entry) with esbuild for the browser and fails on any Node built-in;
//   3. runs the installed `minzheng` binary: `--version` equals package.json, `--help` works;
//      and on the machine's own Node, when it is older than the CLI needs, prints one line and
//      exits non-zero.
// Usage: node scripts/consumer-test.mjs [--keep]   (run by `pnpm test` after the build)
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const keep = process.argv.includes("--keep")
const work = mkdtempSync(join(tmpdir(), "minzheng-consumer-"))
const tarballs = join(work, "tarballs")
const app = join(work, "app")
mkdirSync(tarballs)
mkdirSync(app)
const node = process.execPath
const step = (name) => console.log(`consumer: ${name}`)
let failures = 0
const check = (name, f) => {
  try {
    f()
    console.log(`ok   ${name}`)
  } catch (e) {
    failures++
    console.log(`FAIL ${name}\n${e.stdout ?? ""}${e.stderr ?? ""}${e.stdout || e.stderr ? "" : String(e.stack ?? e)}`)
  }
}
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: "utf8", stdio: "pipe", maxBuffer: 256 * 1024 * 1024, ...opts })

// 1. Pack: pnpm rewrites workspace: ranges to the real versions, as a publish would.
const packages = readdirSync(join(root, "packages"))
  .filter((n) => existsSync(join(root, "packages", n, "package.json")))
  .sort()
const manifests = Object.fromEntries(packages.map((n) => [n, JSON.parse(readFileSync(join(root, "packages", n, "package.json"), "utf8"))]))
step(`packing ${packages.length} packages into ${tarballs}`)
for (const n of packages) {
  run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(root, "packages", n) })
}
const tgz = readdirSync(tarballs).filter((f) => f.endsWith(".tgz"))
check("every package packs a tarball with dist/ and LICENSE", () => {
  if (tgz.length !== packages.length) throw new Error(`expected ${packages.length} tarballs, got ${tgz.length}`)
  for (const f of tgz) {
    const list = run("tar", ["-tzf", join(tarballs, f)])
    for (const need of ["package/dist/index.js", "package/dist/index.cjs", "package/dist/index.d.ts", "package/dist/index.d.cts", "package/LICENSE", "package/README.md"]) {
      if (!list.split("\n").includes(need)) throw new Error(`${f} lacks ${need}`)
    }
  }
})

// 2. An app outside the workspace, installed with npm from the tarballs and the registry.
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
const dependencies = Object.fromEntries(packages.map((n) => [manifests[n].name, `file:${join(tarballs, tgz.find((f) => f.startsWith(`minzheng-${n}-`)))}`]))
writeFileSync(
  join(app, "package.json"),
  JSON.stringify(
    {
      name: "minzheng-consumer-app",
      private: true,
      type: "module",
      dependencies: { ...dependencies, effect: manifests.core.dependencies.effect },
      devDependencies: {
        typescript: rootManifest.devDependencies.typescript,
        "@types/node": rootManifest.devDependencies["@types/node"],
        esbuild: "0.28.2"
      }
    },
    null,
    2
  )
)
step("npm install in the app (tarballs + registry)")
run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app, stdio: "inherit" })

const today = new Date().toISOString().slice(0, 10)
const program = (kind) => `${kind === "esm" ? `import { Result, isoDateUnsafe, regionCodeUnsafe } from "@minzheng/core"
import { decodeHousehold, determine, resolveReliefPolicy, LICANG_BUNDLE } from "@minzheng/relief"
import { assess, GBT_42195 } from "@minzheng/care-assessment"
import { scheduleCommunities, LICANG_DUTIES } from "@minzheng/disclosure"` : `const { Result } = require("effect") as typeof import("effect", { with: { "resolution-mode": "import" } })
const { isoDateUnsafe, regionCodeUnsafe } = require("@minzheng/core") as typeof import("@minzheng/core", { with: { "resolution-mode": "require" } })
const { decodeHousehold, determine, resolveReliefPolicy, LICANG_BUNDLE } = require("@minzheng/relief") as typeof import("@minzheng/relief", { with: { "resolution-mode": "require" } })
const { assess, GBT_42195 } = require("@minzheng/care-assessment") as typeof import("@minzheng/care-assessment", { with: { "resolution-mode": "require" } })
const { scheduleCommunities, LICANG_DUTIES } = require("@minzheng/disclosure") as typeof import("@minzheng/disclosure", { with: { "resolution-mode": "require" } })`}

const today = isoDateUnsafe("${today}")
const household = decodeHousehold({
  id: "h1",
  residence: { region: "370213", area: "urban" },
  members: [{ id: "a", name: "张三", relationship: "applicant", birthDate: "1970-03-01", labourCapacity: "none" }],
  incomes: [],
  assets: { financial: "1000.00", residentialUnits: 1 }
})
if (Result.isFailure(household)) throw household.failure
const policy = resolveReliefPolicy(LICANG_BUNDLE, regionCodeUnsafe("370213"), today)
if (Result.isFailure(policy)) throw policy.failure
const decision = determine(household.success, policy.success, { explain: true })
if (Result.isFailure(decision)) throw decision.failure
const dibao = decision.success.programmes.dibao

const answers = GBT_42195.data.items.map((item) => ({ item: item.id, option: item.options[0]!.id }))
const assessment = assess(GBT_42195, { assessedOn: today, answers })
if (Result.isFailure(assessment)) throw assessment.failure

const schedule = scheduleCommunities({
  communities: [{ id: "c1", name: "翠湖社区", region: "370213" }],
  dutySet: LICANG_DUTIES,
  from: today,
  to: today
})
if (Result.isFailure(schedule)) throw schedule.failure
console.log(JSON.stringify({ dibao: dibao.eligible, level: assessment.success.level, occurrences: schedule.success.occurrences.length }))
`
writeFileSync(join(app, "esm.mts"), program("esm"))
writeFileSync(join(app, "cjs.cts"), program("cjs"))
writeFileSync(
  join(app, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      module: "node16",
      moduleResolution: "node16",
      target: "es2022",
      strict: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      types: ["node"],
      // our own declarations are checked too (ESM .d.ts and CommonJS .d.cts)
      skipLibCheck: false
    },
    files: ["esm.mts", "cjs.cts"]
  })
)
check("type-check the ESM and CJS programs against the installed types (tsc, node16)", () => run(node, [join(app, "node_modules/typescript/bin/tsc"), "-p", app]))
for (const f of ["esm.mts", "cjs.cts"]) {
  check(`run ${f} at today's date (${today}) from the installed packages`, () => {
    const out = run(node, [join(app, f)], { cwd: app })
    const r = JSON.parse(out.trim().split("\n").pop())
    if (typeof r.dibao !== "boolean" || typeof r.level !== "string") throw new Error(`unexpected output ${out}`)
  })
}

// 3. A browser bundle: no Node built-in may reach it.
writeFileSync(
  join(app, "browser.js"),
  `import * as core from "@minzheng/core"
import * as care from "@minzheng/care-assessment"
import * as disclosure from "@minzheng/disclosure"
import * as relief from "@minzheng/relief"
import * as credit from "@minzheng/credit"
import * as mediation from "@minzheng/mediation"
console.log(Object.keys(core).length + Object.keys(care).length + Object.keys(disclosure).length + Object.keys(relief).length + Object.keys(credit).length + Object.keys(mediation).length)
`
)
check("bundle a browser entry with esbuild (platform browser): no Node built-ins", () =>
  run(join(app, "node_modules/.bin/esbuild"), [join(app, "browser.js"), "--bundle", "--platform=browser", "--format=esm", "--minify", `--outfile=${join(app, "browser.bundle.js")}`, "--log-level=error"], { cwd: app })
)

// 4. The installed binary.
const bin = join(app, "node_modules/.bin/minzheng")
check("the installed minzheng prints the version of its package.json", () => {
  const out = run(node, [bin, "--version"], { cwd: app }).trim()
  if (!out.includes(manifests.cli.version)) throw new Error(`--version printed ${out}, package.json says ${manifests.cli.version}`)
})
check("the installed minzheng relief determine gives the same output on 1 and 2 worker threads", () => {
  const lines = []
  for (let i = 0; i < 600; i++) {
    lines.push(JSON.stringify({
      id: `h${i}`,
      residence: { region: "370213", area: i % 3 === 0 ? "rural" : "urban" },
      members: [{ id: "a", name: "张三", relationship: "applicant", birthDate: `19${50 + (i % 40)}-03-01`, labourCapacity: i % 2 === 0 ? "none" : "full" }],
      incomes: i % 4 === 0 ? [] : [{ member: "a", category: "wages", amount: `${(i * 37) % 2400}.00` }],
      assets: { financial: `${(i * 101) % 30000}.00`, residentialUnits: 1 }
    }))
  }
  writeFileSync(join(app, "households.ndjson"), `${lines.join("\n")}\n`)
  const runWith = (workers) => run(node, [bin, "relief", "determine", join(app, "households.ndjson"), "--policy", "qingdao-licang", "--as-of", today, "--json", "--workers", String(workers)], { cwd: app })
  const one = runWith(1)
  const two = runWith(2)
  if (one !== two) throw new Error("--workers 2 output differs from --workers 1")
  if (one.trim().split("\n").length !== 601) throw new Error(`expected 600 determinations and a summary, got ${one.trim().split("\n").length} lines`)
})
check("the installed minzheng --help runs", () => {
  const out = run(node, [bin, "--help"], { cwd: app })
  if (!out.includes("minzheng")) throw new Error(out)
})
const systemNode = spawnSync("node", ["--version"], { encoding: "utf8", env: { ...process.env, PATH: process.env.PATH.split(":").filter((p) => !p.includes("node_modules")).join(":") } })
const systemVersion = systemNode.stdout?.trim() ?? ""
if (/^v(1\d|20|21)\./.test(systemVersion)) {
  check(`on the machine's own Node ${systemVersion} the installed minzheng prints one line and exits non-zero`, () => {
    const r = spawnSync("node", [bin, "--help"], { encoding: "utf8", env: { ...process.env, PATH: process.env.PATH.split(":").filter((p) => !p.includes("node_modules")).join(":") } })
    const lines = `${r.stdout}${r.stderr}`.trim().split("\n")
    if (r.status === 0 || lines.length !== 1 || !/22\.19/.test(lines[0])) throw new Error(`exit ${r.status}, output:\n${r.stdout}${r.stderr}`)
  })
} else console.log(`skip the old-Node check: the machine's own Node is ${systemVersion || "absent"}`)

if (!keep) rmSync(work, { recursive: true, force: true })
else console.log(`kept ${work}`)
if (failures > 0) {
  console.error(`${failures} consumer check(s) failed`)
  process.exit(1)
}
