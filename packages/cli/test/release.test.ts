import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { CLI_VERSION, nodeVersionProblem, REQUIRED_NODE, runInProcess } from "@minzheng/cli"
import { describe, expect, it } from "vitest"
import { lines } from "./helpers.js"

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const pkg = JSON.parse(readFileSync(here("../package.json"), "utf8")) as { version: string; engines: { node: string } }

describe("the version shown is the package's", () => {
  it("CLI_VERSION and `minzheng --version` are package.json's version", async () => {
    expect(CLI_VERSION).toBe(pkg.version)
    const r = await runInProcess(["--version"])
    expect(r.stdout.trim()).toBe(`minzheng v${pkg.version}`)
  })

  it("no source file of the CLI spells a version of its own", () => {
    for (const f of ["../src/run-cli.ts", "../src/version.ts", "../src/demo/run-demo.ts"]) {
      const code = readFileSync(here(f), "utf8").split("\n").filter((l) => !/^\s*\*/.test(l)).join("\n")
      expect(code).not.toMatch(/["'`]\d+\.\d+\.\d+["'`]/)
    }
  })
})

describe("the Node.js version check", () => {
  it("one line naming both versions below 22.19.0; nothing at or above it", () => {
    expect(nodeVersionProblem("20.20.2")).toBe(
      "minzheng: needs Node.js 22.19.0 or newer, this is Node.js 20.20.2 — install a current Node.js LTS（minzheng 需要 Node.js 22.19.0 或更高版本，当前为 20.20.2）"
    )
    for (const old of ["18.19.0", "v18.20.4", "22.18.9", "22.9.0", "21.99.99", "nonsense"]) expect(nodeVersionProblem(old)).toMatch(/^minzheng: needs Node\.js 22\.19\.0 or newer/)
    for (const ok of ["22.19.0", "22.19.1", "22.20.0", "23.0.0", "24.21.0", "v25.1.0"]) expect(nodeVersionProblem(ok)).toBeUndefined()
  })

  it("22.19.0 is what @effect/platform-node declares (node:sqlite needs no flag from 22.13 and has isTransaction from 22.16)", () => {
    const platform = JSON.parse(readFileSync(here("../node_modules/@effect/platform-node/package.json"), "utf8")) as { engines: { node: string } }
    expect(platform.engines.node).toBe(`>=${REQUIRED_NODE}`)
  })

  it("@minzheng/cli's engines say the same as the check", () => {
    expect(pkg.engines.node).toBe(`>=${REQUIRED_NODE}`)
  })

  it("the executable loads nothing before the check: bin.ts imports only node-version.ts, which imports nothing", () => {
    const bin = readFileSync(here("../src/bin.ts"), "utf8")
    expect(bin.startsWith("#!/usr/bin/env node\n")).toBe(true)
    expect(bin.match(/^import .*$/gm)).toEqual(['import { nodeVersionProblem } from "./node-version.js"'])
    expect(bin).toContain('import("./main.js")')
    expect(readFileSync(here("../src/node-version.ts"), "utf8")).not.toMatch(/^import /m)
  })

  // The machine's own Node (20 on this kind of machine) runs the real entry point: one line, exit 1, no stack trace.
  const system = ["/usr/bin/node", "/usr/local/bin/node"].find((p) => existsSync(p))
  const systemVersion = system === undefined ? undefined : spawnSync(system, ["--version"], { encoding: "utf8" }).stdout.trim().replace(/^v/, "")
  it.skipIf(systemVersion === undefined || nodeVersionProblem(systemVersion) === undefined)(
    `on an older Node (${systemVersion ?? "none found"}) \`minzheng --help\` prints one line naming both versions and exits 1`,
    () => {
      const r = spawnSync(system as string, ["--import", "tsx", here("../src/bin.ts"), "--help"], { encoding: "utf8", cwd: here("../../..") })
      expect(r.status).toBe(1)
      expect(lines(r.stderr)).toEqual([nodeVersionProblem(systemVersion as string)])
      expect(r.stdout).toBe("")
    }
  )
})

// Issue 18: the command installs as one bundle (docs/cli.md, "Performance").
describe("a light install and a quick start", () => {
  const manifest = JSON.parse(readFileSync(here("../package.json"), "utf8")) as {
    dependencies?: Record<string, string>
    devDependencies: Record<string, string>
    peerDependencies?: Record<string, string>
    peerDependenciesMeta?: Record<string, { optional?: boolean }>
  }
  const sources = (dir: string): Array<string> =>
    readdirSync(here(dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : []))

  it("installing @minzheng/cli installs no dependencies: what the command runs is bundled; effect is an optional peer for the types", () => {
    expect(manifest.dependencies ?? {}).toEqual({})
    for (const p of ["@effect/platform-node", "effect", "zod", "@minzheng/core", "@minzheng/relief", "@minzheng/mediation"]) expect(manifest.devDependencies[p]).toBeDefined()
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(["effect"])
    expect(manifest.peerDependenciesMeta?.effect?.optional).toBe(true)
  })

  it("the platform layer is imported module by module, never through the barrel that re-exports the HTTP client, sockets and Redis", () => {
    for (const f of sources("../src")) expect(readFileSync(here(f), "utf8"), f).not.toMatch(/from "@effect\/platform-node"/)
  })

  it("the executable turns on Node's compile cache only after the version check passed", () => {
    const bin = readFileSync(here("../src/bin.ts"), "utf8")
    const check = bin.indexOf("if (problem === undefined) {")
    expect(check).toBeGreaterThan(0)
    expect(bin.indexOf("enableCompileCache")).toBeGreaterThan(check)
    expect(bin.indexOf("enableCompileCache")).toBeLessThan(bin.indexOf('import("./main.js")'))
  })

  it("node:sqlite loads only when a command names a store: no static import of the sqlite store", () => {
    for (const f of sources("../src")) expect(readFileSync(here(f), "utf8"), f).not.toMatch(/^import .*@minzheng\/mediation\/sqlite/m)
  })

  // The worker script beside the built bundle is checked where the bundle exists: the consumer
  // test (scripts/consumer-test.mjs) runs the installed `minzheng relief determine --workers 2`.
})
