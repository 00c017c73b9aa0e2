/**
 * Every TypeScript example in the documentation runs, with its `//=>` comments asserted: TSDoc
 * `@example` blocks of packages/<pkg>/src and the ```ts blocks of docs/*.md and the READMEs.
 * How blocks are read, and how to mark one that cannot run: scripts/test/doc-examples.ts.
 */
import path from "node:path"
import { inspect } from "node:util"
import { expect, test, vi } from "vitest"
import { prepareDocExamples } from "../scripts/test/doc-examples.js"

const root = path.resolve(import.meta.dirname, "..")
const examples = prepareDocExamples(root)

const show = (v: unknown): string => inspect(v, { depth: 8, breakLength: Infinity, maxArrayLength: 50, maxStringLength: 2000 })

interface DocModule {
  run(doc: { at(line: number): void; check(actual: unknown, expected: unknown, line: number, source: string): void }): Promise<void>
}

for (const ex of examples) {
  const title = ex.skip === undefined ? ex.name : `${ex.name} [compiled only: ${ex.skip}]`
  test(title, async () => {
    if (ex.error !== undefined) throw new Error(ex.error)
    const mod = (await import(/* @vite-ignore */ ex.modulePath!)) as DocModule
    if (ex.skip !== undefined) return
    let line = ex.line
    const quiet = [vi.spyOn(console, "log").mockImplementation(() => {}), vi.spyOn(console, "info").mockImplementation(() => {})]
    try {
      await mod.run({
        at: (n) => {
          line = n
        },
        check: (actual, expected, n, source) => {
          try {
            expect(actual).toEqual(expected)
          } catch (e) {
            // Both values in full, so the message alone says what to write in the example.
            if (e instanceof Error) e.message = `${ex.file}:${n}: ${source}\n  //=> ${show(expected)}\n  but: ${show(actual)}`
            throw e
          }
        }
      })
    } catch (e) {
      if (e instanceof Error && !e.message.startsWith(`${ex.file}:`)) e.message = `${ex.file}:${line}: ${e.message}`
      throw e
    } finally {
      for (const s of quiet) s.mockRestore()
    }
  })
}
