/**
 * The Node.js version the `minzheng` command needs, and the check its executable runs before it
 * loads anything else.
 *
 * **Why 22.19.0.** `@effect/platform-node` 4.1.0 (and its `undici` 8) declare `engines.node
 * >=22.19.0`; the mediation case store uses `node:sqlite`, which needs no flag from 22.13.0 and has
 * `DatabaseSync#isTransaction` from 22.16.0. On Node 20 the command used to die with a stack trace
 * (`No such built-in module: node:sqlite`); now it prints one line and exits 1.
 *
 * This module imports nothing and uses only syntax every Node still in use parses (18, 20), so
 * `bin.ts` can run it first and load the command only when the check passes.
 *
 * @module
 */

/**
 * The lowest Node.js version the command runs on (`major.minor.patch`); `engines.node` of
 * `@minzheng/cli` must say the same.
 *
 * @example
 * ```ts
 * import { REQUIRED_NODE } from "@minzheng/cli"
 * REQUIRED_NODE //=> "22.19.0"
 * ```
 * @category running
 * @since 0.1.0
 */
export const REQUIRED_NODE = "22.19.0"

const parts = (version: string): Array<number> => {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version.trim())
  return m === null ? [] : [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)]
}

/**
 * Whether `running` (e.g. `process.versions.node`, `"20.20.2"`) is at least `required`: `undefined`
 * when it is, else the one line to print — in English and Chinese, naming both versions.
 *
 * @example
 * ```ts
 * import { nodeVersionProblem } from "@minzheng/cli"
 * nodeVersionProblem("24.21.0") //=> undefined
 * nodeVersionProblem("20.20.2")
 * //=> "minzheng: needs Node.js 22.19.0 or newer, this is Node.js 20.20.2 — install a current Node.js LTS（minzheng 需要 Node.js 22.19.0 或更高版本，当前为 20.20.2）"
 * ```
 * @category running
 * @since 0.1.0
 */
export const nodeVersionProblem = (running: string, required: string = REQUIRED_NODE): string | undefined => {
  const have = parts(running)
  const need = parts(required)
  let ok = have.length === 3
  if (ok) {
    for (let i = 0; i < 3; i++) {
      const h = have[i] ?? 0
      const n = need[i] ?? 0
      if (h !== n) {
        ok = h > n
        break
      }
    }
  }
  if (ok) return undefined
  return `minzheng: needs Node.js ${required} or newer, this is Node.js ${running} — install a current Node.js LTS（minzheng 需要 Node.js ${required} 或更高版本，当前为 ${running}）`
}
