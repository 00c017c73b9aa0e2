/**
 * The hostile-input harness of issue 15, one copy for every package's hostile-input test: the
 * hostile values (numbers hidden in free text, 2^53, a sparse array of a million, 10 MB strings and
 * arrays, `__proto__` keys, deep nesting, NFD keys) fed to every function export and every
 * function-valued member; counted are untyped errors, prototype changes and calls that are slow: over
 * one second *and* over 200 times a linear pass over the same value (`JSON.stringify`), timed in the
 * same process right after — so a loaded machine does not fail the run, while anything superlinear
 * on a 10 MB input (a backtracking regex, a quadratic scan) still does.
 */
import { CaseStore } from "@minzheng/core"
import { Cause, Effect, Exit, Layer, Result } from "effect"
import { expect } from "vitest"

/** The typed errors of minzheng: anything else escaping is a failure of the test. */
export const TYPED: ReadonlySet<string> = new Set(["InvalidInput", "CalendarYearNotCovered", "TransitionRefused", "VersionConflict", "ParameterMissing", "PolicyBundleIncomplete", "IdempotencyConflict", "CreditRefused", "CaseStoreFailure", "IdempotencyKeyReused", "DocumentUnavailable"])
const MB = 1 << 20
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
const sparse = (): unknown[] => {
  const a = new Array<unknown>(1_000_000)
  a[3] = {}
  return a
}
const deep = (n: number): unknown => {
  let v: unknown = "x"
  for (let i = 0; i < n; i++) v = [v]
  return v
}
/** The hostile values of issues 13 and 15, and JSON shapes that break naive code. */
export const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
  ["138-1234-5678", () => "138-1234-5678"],
  ["138 1234 1234", () => "138 1234 1234"],
  ["+8613812341234", () => "+8613812341234"],
  ["身份证 110105 19491231 002X", () => "身份证 110105 19491231 002X"],
  ["full-width digits", () => fullWidth("13812345678")],
  ["2^53", () => 2 ** 53],
  ["-(2^53)", () => -(2 ** 53)],
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["-0", () => -0],
  ["null", () => null],
  ["undefined", () => undefined],
  ["empty object", () => ({})],
  ["empty array", () => []],
  ["__proto__ key", () => JSON.parse('{"__proto__":{"polluted":true},"a":1}')],
  ["constructor.prototype key", () => JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')],
  ["status \"[]\"", () => ({ status: "[]", step: "[]", type: "[]" })],
  ["sparse array of 1,000,000", sparse],
  ["10 MB string", () => "x".repeat(10 * MB)],
  ["10 MB of phone digits", () => "13812345678 ".repeat(Math.floor((10 * MB) / 12))],
  ["10 MB JSON array of objects", () => JSON.parse(`[${Array.from({ length: 140_000 }, (_, i) => `{"person":"p${i}","points":${i},"name":"张三","key":"k${i}","id":"e${i}"}`).join(",")}]`)],
  ["nested 2,000 deep", () => deep(2000)],
  ["NFD key", () => ({ key: "cafe\u0301", person: "p1" })]
]

export interface Tally {
  calls: number
  untyped: Array<string>
  slow: Array<string>
}

const protoSnapshot = () => [Object.getOwnPropertyNames(Object.prototype).sort().join(","), Object.getOwnPropertyNames(Array.prototype).sort().join(","), Object.getOwnPropertyNames(Function.prototype).sort().join(",")]

const isClass = (f: Function) => /^class\b/.test(Function.prototype.toString.call(f))

// The time of one linear pass over a value (at least 5 ms): the yardstick of "slow" under any load.
const linearPassMs = (h: unknown): number => {
  const t0 = performance.now()
  try {
    JSON.stringify(h)
  } catch {
    // a value JSON cannot write (a cycle, a BigInt) has no yardstick: the floor applies
  }
  return Math.max(5, performance.now() - t0)
}

const judge = (label: string, f: () => unknown, tally: Tally, knownSlow: RegExp, services: Layer.Layer<any>, h: unknown) => {
  if (knownSlow.test(label)) return
  tally.calls++
  const t0 = performance.now()
  let outcome: unknown
  try {
    outcome = f()
    if (Effect.isEffect(outcome)) {
      const exit = Effect.runSyncExit(Effect.provide(outcome as Effect.Effect<unknown, unknown, never>, services as Layer.Layer<never>))
      if (Exit.isFailure(exit)) {
        if (Cause.hasDies(exit.cause) || !Cause.hasFails(exit.cause)) tally.untyped.push(`${label}: defect ${String(Cause.squash(exit.cause)).slice(0, 120)}`)
        else {
          const tag = (Cause.squash(exit.cause) as { _tag?: string } | null)?._tag
          if (tag === undefined || !TYPED.has(tag)) tally.untyped.push(`${label}: failure ${String(tag)}`)
        }
      }
    } else if (Result.isResult(outcome) && Result.isFailure(outcome)) {
      const tag = (outcome.failure as { _tag?: string } | null)?._tag
      if (tag === undefined || !TYPED.has(tag)) tally.untyped.push(`${label}: Result failure ${String(tag)}`)
    }
  } catch (e) {
    const tag = (e as { _tag?: string } | null)?._tag
    if (tag === undefined || !TYPED.has(tag)) tally.untyped.push(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 200))
  }
  const ms = performance.now() - t0
  if (ms > 1000) {
    const linear = linearPassMs(h)
    if (ms > 200 * linear) tally.slow.push(`${label}: ${Math.round(ms)} ms (a linear pass over the value: ${Math.round(linear)} ms)`)
  }
}

/**
 * Feeds every hostile value (and `extra` arbitrary JSON) into every function export and every
 * function-valued member. Effects run with core's in-memory `CaseStore` merged with `layer`: the
 * services the package's effects need (e.g. relief's `ReliefPolicySource`), so a missing service is
 * not mistaken for an untyped error.
 */
export const assault = (
  mod: Record<string, unknown>,
  extra: ReadonlyArray<unknown>,
  argsFor: (name: string, h: unknown) => ReadonlyArray<ReadonlyArray<unknown>>,
  knownSlow: RegExp = /^$/,
  layer?: Layer.Layer<any, never, never>
): Tally => {
  const services: Layer.Layer<any> = layer === undefined ? CaseStore.memory : Layer.merge(CaseStore.memory, layer)
  const tally: Tally = { calls: 0, untyped: [], slow: [] }
  const before = protoSnapshot()
  const targets: Array<[string, Function]> = []
  for (const [name, v] of Object.entries(mod)) {
    // `Result` is effect's own module, re-exported by core for convenience: not ours to assault
    if (name === "Result") continue
    if (typeof v === "function" && !isClass(v)) targets.push([name, v])
    else if (typeof v === "object" && v !== null && !("safeParse" in v)) {
      for (const [k, m] of Object.entries(v)) if (typeof m === "function" && !isClass(m)) targets.push([`${name}.${k}`, m.bind(v)])
    }
  }
  const values: Array<readonly [string, () => unknown]> = [...HOSTILE, ...extra.map((x, i) => [`arbitrary #${i}`, () => x] as const)]
  for (const [label, make] of values) {
    const h = make()
    for (const [name, f] of targets) {
      for (const args of [[h], [h, h], [h, h, h], ...argsFor(name, h)]) judge(`${name}(${label})`, () => f(...args), tally, knownSlow, services, h)
    }
  }
  const after = protoSnapshot()
  expect(after).toEqual(before)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return tally
}

