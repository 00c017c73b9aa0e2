/**
 * Documentation that runs: every TypeScript example in the docs is executed as a test
 * (test/doc-examples.test.ts), with its `//=>` comments asserted, so an example can never drift
 * from the code.
 *
 * ## What runs
 * - every ```ts block inside a TSDoc `@example` section of `packages/<pkg>/src/**\/*.ts` (the
 *   leading ` * ` of each comment line is stripped);
 * - every ```ts block of `docs/*.md`, `README.md` and `packages/<pkg>/README.md`.
 *
 * ## How a block is read
 * Imports stay at the top of a generated module; every other top-level statement runs, in order,
 * inside an exported async function (so `await` works at the top level of an example). A `//=>`
 * comment asserts a result, compared with deep equality (vitest `toEqual`: class instances compare
 * by their fields, properties that are `undefined` are ignored):
 *
 * ```ts
 * Money.yuan("1050.5").toString() //=> "1050.50"     an expression: its value
 * const code = await runOnNode(["--help"])           a declaration: the declared variable
 * //=> 0                                             (on the same line or the line right after)
 * ```
 *
 * The expected value is a JavaScript literal: a string, number, boolean, `null`, `undefined`, or
 * an array or object of those. Prose may follow it as a trailing parenthetical or dash note:
 * `//=> false (国庆节、中秋节)`, `//=> "2025-10-09" — the first working day`. A `//=>` that is not
 * right after a top-level statement, or whose value is not a literal, fails the test: write the
 * value, or move the prose into an ordinary `//` comment.
 *
 * ## Blocks that cannot run
 * Pure type declarations run as no-ops and need nothing. A block that truly cannot run (it needs
 * a server, a file the reader supplies, …) starts with a skip line giving the reason:
 *
 * ```ts
 * // doc-example: skip — reads the caller's own policy file
 * ```
 *
 * (in Markdown an HTML comment `<!-- doc-example: skip — reason -->` on the line before the fence
 * does the same). A skipped block is still compiled and its imports loaded, but not run. Use it
 * sparingly: an example that runs is an example that stays true.
 *
 * ## Where the modules go
 * Each block becomes `packages/<pkg>/.doc-examples/<source>-L<line>.ts` (git-ignored), in the
 * package whose dependencies can resolve its imports, so vite transforms it and resolves the
 * `@minzheng/source` condition exactly like the packages' own tests. Files are rewritten only
 * when they change and stale ones are removed.
 *
 * Run: `pnpm exec vitest run test/doc-examples.test.ts` (filter with `-t "packages/core"`).
 * List what would run: `pnpm exec tsx scripts/test/doc-examples.ts`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { builtinModules } from "node:module"
import path from "node:path"
import ts from "typescript"

/** One ```ts block found in the documentation. */
export interface DocExample {
  /** Repository-relative path of the file holding the block. */
  readonly file: string
  /** 1-based line (in `file`) of the block's first code line. */
  readonly line: number
  /** The block's code, comment markers stripped; line `i` (0-based) is line `line + i` of `file`. */
  readonly code: string
  /** Why the block is not run, when it is marked so. */
  readonly skip?: string
  /** The package the block documents, when known (`packages/<pkg>/…` or `docs/<pkg>.md`). */
  readonly pkg?: string
}

/** A block ready to run: its generated module, or the reason it could not be generated. */
export interface PreparedDocExample extends DocExample {
  /** `file:line`, the test name. */
  readonly name: string
  /** Absolute path of the generated module. */
  readonly modulePath?: string
  /** Why the block could not be turned into a module (a test failure). */
  readonly error?: string
  /** Number of `//=>` assertions in the block. */
  readonly assertions: number
}

const SKIP_LINE = /^\s*\/\/\s*doc-example:\s*skip\b\s*[—–:-]*\s*(.*)$/
const SKIP_HTML = /^\s*<!--\s*doc-example:\s*skip\b\s*[—–:-]*\s*(.*?)\s*-->\s*$/
const GENERATED_DIR = ".doc-examples"

const posix = (p: string): string => p.split(path.sep).join("/")

const listTs = (dir: string): string[] => {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listTs(full))
    else if (entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(full)
  }
  return out.sort()
}

const skipReason = (code: string): string | undefined => {
  const first = code.split("\n").find((l) => l.trim() !== "")
  const m = first === undefined ? null : SKIP_LINE.exec(first)
  return m === null ? undefined : m[1]?.trim() || "no reason given"
}

/** The ```ts blocks of `@example` sections in a TypeScript source file. */
export const extractTsDocExamples = (text: string, file: string, pkg?: string): DocExample[] => {
  const out: DocExample[] = []
  const comment = /\/\*\*[\s\S]*?\*\//g
  for (let m = comment.exec(text); m !== null; m = comment.exec(text)) {
    const startLine = text.slice(0, m.index).split("\n").length
    const lines = m[0].split("\n")
    let tag: string | undefined
    let fence: { start: number; lang: string; body: string[] } | undefined
    lines.forEach((raw, i) => {
      let l = raw
      if (i === 0) l = l.replace(/^\s*\/\*\*\s?/, "")
      if (i === lines.length - 1) l = l.replace(/\s*\*\/\s*$/, "")
      if (i > 0) l = l.replace(/^\s*\*(?: |$)/, "")
      if (fence !== undefined) {
        if (/^\s*```\s*$/.test(l)) {
          if (fence.lang === "ts" && tag === "example") {
            const code = fence.body.join("\n")
            const skip = skipReason(code)
            out.push({ file, line: startLine + fence.start + 1, code, ...(skip === undefined ? {} : { skip }), ...(pkg === undefined ? {} : { pkg }) })
          }
          fence = undefined
        } else fence.body.push(l)
        return
      }
      const open = /^\s*```(\w*)/.exec(l)
      if (open !== null) {
        fence = { start: i, lang: open[1] ?? "", body: [] }
        return
      }
      // A block tag starts a section; it may follow a summary on the same line (`/** Less than. @example`).
      const tags = [...l.replace(/`[^`]*`/g, "").matchAll(/(?:^|\s)@(\w+)/g)]
      if (tags.length > 0) tag = tags.at(-1)![1]
    })
  }
  return out
}

/** The ```ts blocks of a Markdown file. */
export const extractMarkdownExamples = (text: string, file: string, pkg?: string): DocExample[] => {
  const out: DocExample[] = []
  const lines = text.split("\n")
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ts\b/.exec(lines[i] ?? "")
    if (open === null) continue
    const indent = open[1]?.length ?? 0
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? ""); j++) body.push((lines[j] ?? "").slice(Math.min(indent, /^\s*/.exec(lines[j] ?? "")?.[0].length ?? 0)))
    let k = i - 1
    while (k >= 0 && (lines[k] ?? "").trim() === "") k--
    const html = k >= 0 ? SKIP_HTML.exec(lines[k] ?? "") : null
    const code = body.join("\n")
    const skip = html !== null ? html[1]?.trim() || "no reason given" : skipReason(code)
    out.push({ file, line: i + 2, code, ...(skip === undefined ? {} : { skip }), ...(pkg === undefined ? {} : { pkg }) })
    i = j
  }
  return out
}

/** Every example in the repository at `root`, in a stable order. */
export const collectDocExamples = (root: string): DocExample[] => {
  const out: DocExample[] = []
  const packagesDir = path.join(root, "packages")
  const pkgs = existsSync(packagesDir) ? readdirSync(packagesDir).filter((p) => existsSync(path.join(packagesDir, p, "package.json"))).sort() : []
  for (const pkg of pkgs) {
    for (const f of listTs(path.join(packagesDir, pkg, "src"))) {
      const text = readFileSync(f, "utf8")
      if (text.includes("@example")) out.push(...extractTsDocExamples(text, posix(path.relative(root, f)), pkg))
    }
  }
  const md = (rel: string, pkg?: string) => {
    const f = path.join(root, rel)
    if (existsSync(f)) out.push(...extractMarkdownExamples(readFileSync(f, "utf8"), posix(rel), pkg))
  }
  md("README.md")
  const docs = path.join(root, "docs")
  if (existsSync(docs)) {
    for (const f of readdirSync(docs).filter((n) => n.endsWith(".md")).sort()) {
      const base = f.replace(/\.md$/, "")
      md(`docs/${f}`, pkgs.includes(base) ? base : undefined)
    }
  }
  for (const pkg of pkgs) md(`packages/${pkg}/README.md`, pkg)
  return out
}

// ---------------------------------------------------------------------------------------------
// Expected values

const isLiteral = (n: ts.Node): boolean => {
  if (ts.isParenthesizedExpression(n)) return isLiteral(n.expression)
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isNumericLiteral(n) || ts.isBigIntLiteral(n)) return true
  if (n.kind === ts.SyntaxKind.TrueKeyword || n.kind === ts.SyntaxKind.FalseKeyword || n.kind === ts.SyntaxKind.NullKeyword) return true
  if (ts.isIdentifier(n)) return n.text === "undefined" || n.text === "NaN" || n.text === "Infinity"
  if (ts.isPrefixUnaryExpression(n)) return n.operator === ts.SyntaxKind.MinusToken && (ts.isNumericLiteral(n.operand) || ts.isBigIntLiteral(n.operand) || (ts.isIdentifier(n.operand) && n.operand.text === "Infinity"))
  if (ts.isArrayLiteralExpression(n)) return n.elements.every((e) => isLiteral(e))
  if (ts.isObjectLiteralExpression(n)) {
    return n.properties.every(
      (p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) && isLiteral(p.initializer)
    )
  }
  return false
}

/** `text` as a JS literal expression, or undefined when it is not one. */
const asLiteral = (text: string): string | undefined => {
  const t = text.trim()
  if (t === "") return undefined
  const sf = ts.createSourceFile("expected.ts", `(${t}\n)`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const diagnostics = (sf as unknown as { parseDiagnostics?: ReadonlyArray<unknown> }).parseDiagnostics ?? []
  if (diagnostics.length > 0 || sf.statements.length !== 1) return undefined
  const s = sf.statements[0]
  if (s === undefined || !ts.isExpressionStatement(s) || !isLiteral(s.expression)) return undefined
  return t
}

/**
 * The literal a `//=>` comment asserts: the whole text, or the text before a trailing
 * parenthetical or dash note when the whole does not parse as a literal.
 */
export const expectedLiteral = (text: string): string | undefined => {
  const whole = asLiteral(text)
  if (whole !== undefined) return whole
  for (let i = text.length - 1; i > 0; i--) {
    if (!/\s/.test(text[i] ?? "") || /\s/.test(text[i - 1] ?? "")) continue
    const rest = text.slice(i).trim()
    if (!/^(\(.*\)|[—–]\s*.*|--?\s+.*)$/s.test(rest)) continue
    const lit = asLiteral(text.slice(0, i))
    if (lit !== undefined) return lit
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Transformation

/** A block as a module: `export async function run(__doc)`; or why it cannot be one. */
export const transformDocExample = (ex: DocExample): { code: string; assertions: number } | { error: string } => {
  const code = ex.code
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const where = (pos: number) => `${ex.file}:${ex.line + sf.getLineAndCharacterOfPosition(pos).line}`
  const diagnostics = (sf as unknown as { parseDiagnostics?: ReadonlyArray<ts.DiagnosticWithLocation> }).parseDiagnostics ?? []
  if (diagnostics.length > 0) {
    const d = diagnostics[0]!
    return { error: `${where(d.start)}: the example does not parse: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}` }
  }
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line
  const errors: string[] = []
  // Without semicolons, a line that starts with `[` or `(` continues the line before it: `const p = f()`
  // then `[p.from, p.to]` is `f()[p.from, p.to]`. Name the trap instead of failing at run time.
  const startsLine = (pos: number) => /^\s*$/.test(code.slice(code.lastIndexOf("\n", pos - 1) + 1, pos))
  const asi = (n: ts.Node): void => {
    const open = ts.isElementAccessExpression(n) || ts.isCallExpression(n) ? n.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.OpenBracketToken || c.kind === ts.SyntaxKind.OpenParenToken) : undefined
    if (open !== undefined && lineOf(open.getStart(sf)) > lineOf((n as ts.ElementAccessExpression | ts.CallExpression).expression.end) && startsLine(open.getStart(sf))) {
      errors.push(`${where(open.getStart(sf))}: this line starts with \`${open.getText(sf)}\`, so it continues the line before it (no semicolon there): start it with \`;\` or assign the value first`)
    }
    ts.forEachChild(n, asi)
  }
  ts.forEachChild(sf, asi)
  const head: string[] = []
  const body: string[] = []
  const consumed = new Set<number>()
  let assertions = 0
  const statements = sf.statements
  statements.forEach((s, idx) => {
    const text = code.slice(s.getStart(sf), s.end)
    const mods = ts.canHaveModifiers(s) ? (ts.getModifiers(s) ?? []) : []
    if (ts.isImportDeclaration(s) || ts.isImportEqualsDeclaration(s) || mods.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
      head.push(text)
      return
    }
    if (ts.isExportAssignment(s) || ts.isExportDeclaration(s)) return
    const exported = mods.find((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    const stmt = exported === undefined ? text : code.slice(exported.end, s.end).trim()
    const startLine = ex.line + lineOf(s.getStart(sf))
    // The `//=>` comments that belong to this statement: on its last line, then on the lines right after.
    const parts: { pos: number; text: string }[] = []
    const trailing = ts.getTrailingCommentRanges(code, s.end) ?? []
    for (const c of trailing) {
      const t = code.slice(c.pos, c.end)
      if (t.startsWith("//=>")) parts.push({ pos: c.pos, text: t.slice(4) })
    }
    let lastLine = lineOf(s.end)
    for (const c of ts.getLeadingCommentRanges(code, s.end) ?? []) {
      const t = code.slice(c.pos, c.end)
      if (!t.startsWith("//=>") || lineOf(c.pos) !== lastLine + 1) break
      parts.push({ pos: c.pos, text: t.slice(4) })
      lastLine = lineOf(c.pos)
    }
    const next = statements[idx + 1]
    if (next !== undefined && parts.some((p) => p.pos >= next.getStart(sf))) errors.push(`${where(s.getStart(sf))}: internal error`)
    body.push(`__doc.at(${startLine});`)
    if (parts.length === 0) {
      body.push(`${stmt};`)
      return
    }
    for (const p of parts) consumed.add(p.pos)
    const expectedText = parts.map((p) => p.text).join("\n")
    const expected = expectedLiteral(expectedText)
    if (expected === undefined) {
      errors.push(`${where(parts[0]!.pos)}: \`//=>${expectedText}\` is not a JS literal (string, number, boolean, null, array, object), optionally followed by a (parenthetical) or — dash note`)
      return
    }
    const at = ex.line + lineOf(parts[0]!.pos)
    assertions++
    if (ts.isExpressionStatement(s)) {
      const expr = code.slice(s.expression.getStart(sf), s.expression.end)
      body.push(`__doc.check((${expr}\n), (${expected}\n), ${at}, ${JSON.stringify(expr)});`)
    } else if (ts.isVariableStatement(s)) {
      const decl = s.declarationList.declarations.at(-1)
      if (decl === undefined || !ts.isIdentifier(decl.name)) {
        errors.push(`${where(parts[0]!.pos)}: \`//=>\` after a destructuring declaration: assert a plain variable or an expression`)
        return
      }
      body.push(`${stmt};`, `__doc.check(${decl.name.text}, (${expected}\n), ${at}, ${JSON.stringify(decl.name.text)});`)
    } else {
      errors.push(`${where(parts[0]!.pos)}: \`//=>\` follows a ${ts.SyntaxKind[s.kind]}: it may follow only an expression or a const/let declaration`)
    }
  })
  // Any `//=>` not attached to a top-level statement is an assertion that would silently not run.
  const literals: [number, number][] = []
  const collectLiterals = (n: ts.Node): void => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n) || n.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push([n.getStart(sf), n.end])
    ts.forEachChild(n, collectLiterals)
  }
  collectLiterals(sf)
  for (let p = code.indexOf("//=>"); p !== -1; p = code.indexOf("//=>", p + 4)) {
    if (consumed.has(p) || literals.some(([a, b]) => a <= p && p < b)) continue
    errors.push(`${where(p)}: this \`//=>\` is not right after a top-level statement, so it would assert nothing`)
  }
  if (errors.length > 0) return { error: errors.join("\n") }
  const source = [
    `// Generated by scripts/test/doc-examples.ts from ${ex.file}:${ex.line}. Do not edit.`,
    ...head,
    `export async function run(__doc: { at(line: number): void; check(actual: unknown, expected: unknown, line: number, source: string): void }): Promise<void> {`,
    ...body,
    `}`,
    ""
  ].join("\n")
  return { code: source, assertions }
}

// ---------------------------------------------------------------------------------------------
// Generation

const packageNameOf = (spec: string): string | undefined => {
  if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0] ?? "")) return undefined
  const parts = spec.split("/")
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]
}

const importedPackages = (code: string): string[] => {
  const sf = ts.createSourceFile("x.ts", code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)
  const out: string[] = []
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const name = packageNameOf(s.moduleSpecifier.text)
      if (name !== undefined) out.push(name)
    }
  }
  return out
}

/** The package directory whose dependencies resolve every import of the block. */
const hostPackage = (root: string, ex: DocExample, names: ReadonlyMap<string, string>): string => {
  const imports = importedPackages(ex.code)
  const candidates = [...new Set([ex.pkg, "core", "cli", ...names.keys()].filter((p): p is string => p !== undefined))]
  const resolves = (pkg: string, name: string) =>
    names.get(pkg) === name || existsSync(path.join(root, "packages", pkg, "node_modules", name)) || existsSync(path.join(root, "node_modules", name))
  return candidates.find((pkg) => imports.every((name) => resolves(pkg, name))) ?? candidates[0] ?? "core"
}

const moduleFileName = (ex: DocExample): string => {
  const rel = ex.pkg !== undefined && ex.file.startsWith(`packages/${ex.pkg}/`) ? ex.file.slice(`packages/${ex.pkg}/`.length) : ex.file
  return `${rel.replace(/\.(ts|md)$/, "").replace(/[^A-Za-z0-9_.-]+/g, "--")}-L${ex.line}.ts`
}

/**
 * Collects every example, writes its module (only when changed), removes stale modules and
 * returns the list the test runs.
 */
export const prepareDocExamples = (root: string): PreparedDocExample[] => {
  const examples = collectDocExamples(root)
  const names = new Map<string, string>()
  const packagesDir = path.join(root, "packages")
  for (const pkg of existsSync(packagesDir) ? readdirSync(packagesDir) : []) {
    const pj = path.join(packagesDir, pkg, "package.json")
    if (existsSync(pj)) names.set(pkg, (JSON.parse(readFileSync(pj, "utf8")) as { name: string }).name)
  }
  const written = new Map<string, Set<string>>()
  const out: PreparedDocExample[] = examples.map((ex) => {
    const name = `${ex.file}:${ex.line}`
    const t = transformDocExample(ex)
    if ("error" in t) return { ...ex, name, error: t.error, assertions: 0 }
    const dir = path.join(root, "packages", hostPackage(root, ex, names), GENERATED_DIR)
    const file = moduleFileName(ex)
    const modulePath = path.join(dir, file)
    if (!written.has(dir)) {
      written.set(dir, new Set())
      mkdirSync(dir, { recursive: true })
    }
    written.get(dir)!.add(file)
    if (!existsSync(modulePath) || readFileSync(modulePath, "utf8") !== t.code) writeFileSync(modulePath, t.code)
    return { ...ex, name, modulePath, assertions: t.assertions }
  })
  for (const pkg of names.keys()) {
    const dir = path.join(packagesDir, pkg, GENERATED_DIR)
    if (!existsSync(dir)) continue
    const keep = written.get(dir) ?? new Set()
    for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(path.join(dir, f), { force: true })
    if (keep.size === 0) rmSync(dir, { recursive: true, force: true })
  }
  return out
}

// `pnpm exec tsx scripts/test/doc-examples.ts`: list the examples and any that cannot be generated.
if (process.argv[1] !== undefined && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const root = path.resolve(import.meta.dirname, "..", "..")
  const prepared = prepareDocExamples(root)
  for (const p of prepared) {
    const status = p.error !== undefined ? "ERROR" : p.skip !== undefined ? `skip (${p.skip})` : `${p.assertions} assertion(s)`
    console.log(`${p.name}  ${status}`)
    if (p.error !== undefined) console.log(`  ${p.error.replaceAll("\n", "\n  ")}`)
  }
  const errors = prepared.filter((p) => p.error !== undefined).length
  console.log(`${prepared.length} examples, ${prepared.reduce((n, p) => n + p.assertions, 0)} assertions, ${errors} not generated`)
}
