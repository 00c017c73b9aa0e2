/**
 * Hostile input into every export of `@minzheng/mediation` (and its SQLite entry point): JSON with
 * `__proto__` / `constructor` keys, the free-text number forms of issue 15, lone surrogates,
 * control characters, impossible dates, statuses that are not statuses, a 10 MB text, a deep and a
 * wide array. Each value goes in every argument position, alone and inside well-formed arguments.
 * The package must answer with its typed errors only, change no prototype, and take under a
 * second a call.
 */
import { CaseStore, chinaCalendar } from "@minzheng/core"
import * as mediation from "@minzheng/mediation"
import { Cause, Effect, Exit, Result } from "effect"
import { describe, expect, it } from "vitest"
import { run, startCommand, toAgreement } from "./fixtures.js"

const TYPED = new Set(["InvalidInput", "CalendarYearNotCovered", "TransitionRefused", "VersionConflict", "DocumentUnavailable", "SqliteStoreFailure"])
const isTyped = (e: unknown): boolean => typeof e === "object" && e !== null && TYPED.has((e as { _tag?: unknown })._tag as string) && "messageZh" in e

const untyped: string[] = []
const slow: string[] = []

/** Calls `f`; records an untyped throw, an untyped failure or defect, or a call over a second. */
const probe = (label: string, f: () => unknown): void => {
  const started = performance.now()
  let r: unknown
  try {
    r = f()
  } catch (e) {
    if (!isTyped(e)) untyped.push(`${label}: threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
    return
  } finally {
    if (performance.now() - started > 1000) slow.push(label)
  }
  if (Result.isResult(r) && Result.isFailure(r) && !isTyped(r.failure)) untyped.push(`${label}: failed untyped`)
  if (Effect.isEffect(r)) {
    const exit = Effect.runSyncExit((r as Effect.Effect<unknown, unknown, CaseStore>).pipe(Effect.provide(CaseStore.memory)))
    if (Exit.isFailure(exit) && !isTyped(Cause.squash(exit.cause))) untyped.push(`${label}: Effect failed untyped: ${String(Cause.squash(exit.cause))}`)
  }
}

const big = "纠".repeat(10 * 1024 * 1024 / 3) // ~10 MB of UTF-8
let deep: unknown = []
for (let i = 0; i < 5_000; i++) deep = [deep]

const HOSTILE: ReadonlyArray<readonly [string, unknown]> = [
  ["__proto__ JSON", JSON.parse('{"__proto__": {"polluted": "yes"}, "type": "accept", "date": "2025-03-04"}')],
  ["constructor.prototype JSON", JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}')],
  ["__proto__ in a list", JSON.parse('[{"__proto__": {"polluted": "yes"}}]')],
  ["status []", { ...mediation.initialMediationState, status: "[]" }],
  ["status __proto__", { ...mediation.initialMediationState, status: "__proto__" }],
  ["phone with dashes", "138-1234-5678"],
  ["phone with +86", "+8613812341234"],
  ["ID with spaces", "身份证 110105 19491231 002X"],
  ["full-width digits", "１３８１２３４５６７８"],
  ["lone surrogate", "\ud800\udfff\ud800"],
  ["control characters", "\u0000\u001b[2J\u202e"],
  ["impossible date", "2027-02-30"],
  ["year 0", "0000-01-01"],
  ["year 9999", "9999-12-31"],
  ["NaN", Number.NaN],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["2^53", 2 ** 53],
  ["null", null],
  ["null-prototype object", Object.create(null)],
  ["throwing getter", Object.defineProperty({}, "type", { get: () => { throw new TypeError("boom") }, enumerable: true })],
  ["sparse array", Object.assign([], { length: 1_000_000 })],
  ["10 MB text", big],
  ["10 MB summary", startCommand("2025-03-03", { summary: big })],
  ["deep array", deep],
  ["wide array", Array.from({ length: 100_000 }, () => ({}))]
]

const agreed = run(toAgreement("2025-03-03", "2025-03-11", "2025-04-30"))
const document = Result.getOrThrow(mediation.agreementDocument(agreed.state))
const stored = agreed.events.map((event, i) => ({ caseId: "c", version: i + 1, position: i + 1, event, recordedAt: "2025-03-11T00:00:00Z" }))
// Well-formed arguments for each export; a hostile value replaces one of them at a time.
const BASES: Readonly<Record<string, ReadonlyArray<unknown>>> = {
  evolveMediation: [agreed.state, agreed.events[0]],
  decideMediation: [agreed.state, { type: "record-follow-up", date: "2025-05-01", visitor: "王", performance: "performed", notes: "" }, { calendar: chinaCalendar }],
  handleMediationCommand: [agreed.state, { type: "record-follow-up", date: "2025-05-01", visitor: "王", performance: "performed", notes: "" }, { calendar: chinaCalendar }],
  confirmationWindow: ["2025-03-11", chinaCalendar],
  confirmationWindowUnsafe: ["2025-03-11", chinaCalendar],
  mediationTimeLimit: [agreed.state, chinaCalendar],
  mediationTimeLimitUnsafe: [agreed.state, chinaCalendar],
  mediationDeadlines: ["c", agreed.state, chinaCalendar],
  mediationFlags: [agreed.state, "2025-04-01", chinaCalendar],
  storedMediationDeadlines: ["c", stored, chinaCalendar],
  replayMediation: [agreed.events],
  renderAgreementZh: [document],
  agreementDocument: [agreed.state, { idNumbers: "masked" }],
  sessionRecordDocument: [agreed.state, 0],
  followUpDocument: [agreed.state, 0],
  committeeStatistics: [[agreed.state], { from: "2025-01-01", to: "2025-12-31" }],
  runMediationCommand: ["c", startCommand("2025-03-03"), {}],
  missingSignatures: [["p1", "o1"], []]
}

const functions = [
  ...Object.entries(mediation).filter(([, v]) => typeof v === "function")
] as ReadonlyArray<readonly [string, unknown]>

const call = (name: string, f: unknown, args: ReadonlyArray<unknown>): unknown =>
  /^[A-Z]/.test(name) ? new (f as new (...xs: unknown[]) => unknown)(...args) : (f as (...xs: unknown[]) => unknown)(...args)

describe("hostile input into every export", () => {
  const protoKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype), Object.getOwnPropertyNames(Function.prototype)].map((k) => k.sort().join())
  const before = protoKeys()

  it.each(functions.map(([name, f]) => [name, f] as const))("%s: typed errors only, each call under a second", (name, f) => {
    untyped.length = 0
    slow.length = 0
    const base = BASES[name] ?? [undefined, undefined, undefined]
    for (const [label, h] of HOSTILE) {
      probe(`${name}(${label})`, () => call(name, f, [h]))
      for (let i = 0; i < Math.max(base.length, 1); i++) {
        const args = [...base]
        args[i] = h
        probe(`${name}(arg ${i} = ${label})`, () => call(name, f, args))
      }
    }
    expect(untyped).toEqual([])
    expect(slow).toEqual([])
  })

  it("no prototype was changed by any call", () => {
    expect(protoKeys()).toEqual(before)
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined()
    expect(([] as unknown as Record<string, unknown>)["polluted"]).toBeUndefined()
  })
})
