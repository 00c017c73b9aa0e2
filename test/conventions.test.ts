/**
 * The rules of docs/conventions.md that can be checked mechanically, over every export of every
 * package (the main entry and each subpath): one dialect for the whole library.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const PACKAGES = ["core", "relief", "care-assessment", "disclosure", "mediation", "credit", "store-sqlite", "store-postgres"] as const

/** Every entry point of a package: "." and its subpaths that have a source condition. */
const entries = (pkg: string): ReadonlyArray<readonly [string, string]> => {
  const manifest = JSON.parse(readFileSync(join("packages", pkg, "package.json"), "utf8")) as { name: string; exports: Record<string, unknown> }
  return Object.entries(manifest.exports)
    .filter(([, v]) => typeof v === "object" && v !== null && "@minzheng/source" in v)
    .map(([k, v]) => [k === "." ? manifest.name : `${manifest.name}${k.slice(1)}`, join(process.cwd(), "packages", pkg, (v as Record<string, string>)["@minzheng/source"] as string)] as const)
}

const load = async (pkg: string): Promise<Array<[string, Record<string, unknown>]>> =>
  Promise.all(entries(pkg).map(async ([name, file]) => [name, (await import(file)) as Record<string, unknown>] as [string, Record<string, unknown>]))

/** Names that mark an internal helper rather than a public function. */
const INTERNAL = /^(trusted|is\w*Shape|unsafe\w*|_\w+|internal\w*)$/

describe.each(PACKAGES)("@minzheng/%s follows docs/conventions.md", (pkg) => {
  it("every …Unsafe export has its Result twin under the plain name, and the plain one is not a thrower", async () => {
    for (const [entry, mod] of await load(pkg)) {
      for (const name of Object.keys(mod)) {
        if (!name.endsWith("Unsafe") || typeof mod[name] !== "function") continue
        const plain = name.slice(0, -"Unsafe".length)
        expect(typeof mod[plain], `${entry}: ${name} has no ${plain}`).toBe("function")
      }
    }
  })

  it("exports no internal helper", async () => {
    for (const [entry, mod] of await load(pkg)) {
      const internal = Object.keys(mod).filter((n) => INTERNAL.test(n))
      expect(internal, entry).toEqual([])
    }
  })

  it("names closed sets with Chinese and English: every exported *_NAMES table maps to { zh, en }", async () => {
    for (const [entry, mod] of await load(pkg)) {
      for (const [name, table] of Object.entries(mod)) {
        if (!name.endsWith("_NAMES") || typeof table !== "object" || table === null) continue
        for (const [key, value] of Object.entries(table)) {
          // a table of place names maps a code to its Chinese name; every other table to { zh, en }
          const v = (typeof value === "string" ? { zh: value, en: "-" } : value) as { zh?: unknown; en?: unknown }
          expect(typeof v.zh === "string" && typeof v.en === "string", `${entry}: ${name}.${key}`).toBe(true)
          expect(/[\u3400-\u9fff]/.test(String(v.zh)), `${entry}: ${name}.${key}.zh is Chinese`).toBe(true)
        }
      }
    }
  })
})

/** Every .ts file below a folder. */
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : []
  })

describe("imports cost only what they use (issue 18)", () => {
  it.each(PACKAGES)("@minzheng/%s imports effect by module (effect/Result …), never the barrel — it alone costs ~360 ms at import", (pkg) => {
    const barrel = sources(join("packages", pkg, "src")).filter((file) =>
      /^import\s+(?!type\b)(\{[^}]*\}|\*\s+as\s+\w+|\w+)\s+from\s+"effect"\s*$/m.test(readFileSync(file, "utf8"))
    )
    expect(barrel).toEqual([])
  })
  it.each(PACKAGES)("@minzheng/%s builds its schemas with zod/mini, never classic zod — classic keeps every check and the JSON-Schema code in a browser bundle", (pkg) => {
    const classic = sources(join("packages", pkg, "src")).filter((file) => /^import\s+(?!type\b)[^"]*from\s+"zod"\s*$/m.test(readFileSync(file, "utf8")))
    expect(classic).toEqual([])
  })
})

describe("examples show the one dialect", () => {
  it("no example (TSDoc, docs/, READMEs) imports Result from effect: it comes from @minzheng/core", () => {
    const docs = [
      ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => join("docs", f)),
      "README.md",
      ...[...PACKAGES, "cli"].map((p) => join("packages", p, "README.md"))
    ]
    const offending = [
      ...docs.filter((f) => /^import \{[^}]*\bResult\b[^}]*\} from "effect"/m.test(readFileSync(f, "utf8"))),
      ...[...PACKAGES, "cli"].flatMap((p) => sources(join("packages", p, "src"))).filter((f) => /^\s*\* import \{[^}]*\bResult\b[^}]*\} from "effect"/m.test(readFileSync(f, "utf8")))
    ]
    expect(offending).toEqual([])
  })
})
