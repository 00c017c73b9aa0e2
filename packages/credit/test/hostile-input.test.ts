/**
 * Hostile input against every export (issue 15): arbitrary JSON and the values that broke real
 * use — a 50,000-person payout with bad rows, points at 2^53, a sparse resident list, NFD keys,
 * `__proto__` keys, 10 MB strings and arrays, deep nesting — fed to every function and function
 * member of the package, also behind valid leading arguments. Counted: untyped errors, prototype
 * changes, calls over one second; all must be zero. fast-check's seed is the run's fixed seed.
 */
import { CaseStore, isoDateUnsafe, Money } from "@minzheng/core"
import * as credit from "@minzheng/credit"
import { Cause, Effect, Exit, Result } from "effect"
import fc from "fast-check"
import { expect, it } from "vitest"
import { award, build } from "./helpers.js"

// Nothing is exempt from the one-second bound in this package.
const KNOWN_SLOW = /^$/

// ---- hostile-input harness (same in disclosure and credit) ----
const TYPED = new Set(["InvalidInput", "CalendarYearNotCovered", "TransitionRefused", "VersionConflict", "ParameterMissing", "PolicyBundleIncomplete", "IdempotencyConflict", "CreditRefused"])
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
const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
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

interface Tally {
  calls: number
  untyped: Array<string>
  slow: Array<string>
}

const protoSnapshot = () => [Object.getOwnPropertyNames(Object.prototype).sort().join(","), Object.getOwnPropertyNames(Array.prototype).sort().join(","), Object.getOwnPropertyNames(Function.prototype).sort().join(",")]

const isClass = (f: Function) => /^class\b/.test(Function.prototype.toString.call(f))

const judge = (label: string, f: () => unknown, tally: Tally) => {
  if (KNOWN_SLOW.test(label)) return
  tally.calls++
  const t0 = performance.now()
  let outcome: unknown
  try {
    outcome = f()
    if (Effect.isEffect(outcome)) {
      const exit = Effect.runSyncExit(Effect.provide(outcome as Effect.Effect<unknown, unknown, never>, CaseStore.memory))
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
  if (ms > 1000) tally.slow.push(`${label}: ${Math.round(ms)} ms`)
}

/** Feeds every hostile value (and `extra` arbitrary JSON) into every function export and every function-valued member. */
const assault = (mod: Record<string, unknown>, extra: ReadonlyArray<unknown>, argsFor: (name: string, h: unknown) => ReadonlyArray<ReadonlyArray<unknown>>): Tally => {
  const tally: Tally = { calls: 0, untyped: [], slow: [] }
  const before = protoSnapshot()
  const targets: Array<[string, Function]> = []
  for (const [name, v] of Object.entries(mod)) {
    if (typeof v === "function" && !isClass(v)) targets.push([name, v])
    else if (typeof v === "object" && v !== null && !("safeParse" in v)) {
      for (const [k, m] of Object.entries(v)) if (typeof m === "function" && !isClass(m)) targets.push([`${name}.${k}`, m.bind(v)])
    }
  }
  const values: Array<readonly [string, () => unknown]> = [...HOSTILE, ...extra.map((x, i) => [`arbitrary #${i}`, () => x] as const)]
  for (const [label, make] of values) {
    const h = make()
    for (const [name, f] of targets) {
      for (const args of [[h], [h, h], [h, h, h], ...argsFor(name, h)]) judge(`${name}(${label})`, () => f(...args), tally)
    }
  }
  const after = protoSnapshot()
  expect(after).toEqual(before)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return tally
}

const { Ledger, rongchengVillageScheme: scheme, openSupermarket } = credit
const versions = [scheme]
const ledger = build([award("a1", "p1", "frugal-ceremony", "2025-04-10")])
const asOf = isoDateUnsafe("2025-06-30")
const shop = openSupermarket({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 4, stock: 5 }] })

const argsFor = (name: string, h: unknown): ReadonlyArray<ReadonlyArray<unknown>> => {
  switch (name) {
    case "computePayout":
      return [[scheme, Money.yuan("100.00"), h], [scheme, h, [{ person: "p1", points: 1 }]], [scheme, Money.yuan("100.00"), [{ person: "p1", points: h }]]]
    case "publicBoard":
      return [[ledger, versions, h, asOf], [ledger, versions, [{ person: "p1", name: "张三" }], asOf, h], [ledger, h, [], asOf]]
    case "appendEntry":
    case "appendEntryUnsafe":
      return [[ledger, versions, h], [ledger, h, award("a2", "p1", "frugal-ceremony", "2025-04-11")], [ledger, versions, { ...award("a1", "p1", "frugal-ceremony", "2025-04-10"), key: h }]]
    case "orgCreditStatus":
      return [[h, asOf], [[{ id: "w1", kind: "warning", date: "2024-03-01" }], h]]
    case "redeem":
      return [[shop, ledger, versions, h]]
    case "scoreStatement":
    case "balanceAt":
      return [[ledger, versions, h, asOf], [ledger, versions, "p1", h]]
    case "scoresAt":
      return [[ledger, versions, asOf, h], [ledger, versions, h]]
    case "decideAppeal":
      return [[ledger, versions, h]]
    case "explainShare":
      return [[h, "p1"]]
    case "incentivesFor":
      return [[ledger, versions, h, asOf]]
    default:
      return []
  }
}

it("hostile input into every export: zero untyped errors, zero prototype changes, no call over one second", () => {
  const json = fc.sample(fc.jsonValue({ maxDepth: 4 }), { numRuns: Number(process.env.FUZZ_RUNS ?? 25) })
  const tally = assault(credit as unknown as Record<string, unknown>, json, argsFor)
  expect(tally.calls).toBeGreaterThan(3000)
  expect(tally.untyped).toEqual([])
  expect(tally.slow).toEqual([])
}, 600_000)
