/**
 * Hostile input into the SQLite store's entry points (moved here with the store from
 * @minzheng/mediation): paths and options of the wrong shape, and hostile events, give typed
 * errors only — never a TypeError — and no file is created from a hostile text.
 */
import { Cause, Effect, Exit } from "effect"
import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { HOSTILE, TYPED } from "../../../scripts/test/hostile.js"
import { openSqliteCaseStore, openSqliteCaseStoreUnsafe, sqliteCaseStoreLayer } from "@minzheng/store-sqlite"

const isTyped = (e: unknown): boolean => typeof e === "object" && e !== null && TYPED.has(String((e as { _tag?: unknown })._tag))

/** Runs `f`; a thrown error, a failed Result or a failed/died Effect must be one of the typed errors. */
const typedOnly = (f: () => unknown): boolean => {
  let r: unknown
  try {
    r = f()
  } catch (e) {
    return isTyped(e)
  }
  if (Result.isResult(r)) return Result.isSuccess(r) || isTyped(r.failure)
  if (Effect.isEffect(r)) {
    const exit = Effect.runSyncExit(r as Effect.Effect<unknown, unknown>)
    return Exit.isSuccess(exit) || isTyped(Cause.squash(exit.cause))
  }
  return true
}

const anything = fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 })

describe("the SQLite store's entry points refuse a path or options of the wrong shape with InvalidInput", () => {
  it("hostile values: typed errors only", () => {
    const untyped: string[] = []
    for (const [label, make] of HOSTILE) {
      const h = make()
      if (typeof h === "string") continue // a text path would create a file
      for (const [name, f] of [
        ["openSqliteCaseStore(h)", () => Result.map(openSqliteCaseStore(h as never), (s) => s.close())],
        ["openSqliteCaseStore(:memory:, h)", () => Result.map(openSqliteCaseStore(":memory:", h as never), (s) => s.close())],
        ["openSqliteCaseStoreUnsafe(h)", () => openSqliteCaseStoreUnsafe(h as never).close()],
        ["sqliteCaseStoreLayer(h)", () => sqliteCaseStoreLayer(h as never)]
      ] as const) {
        if (!typedOnly(f)) untyped.push(`${name} with ${label}`)
      }
    }
    const store = openSqliteCaseStoreUnsafe(":memory:")
    for (const [label, make] of HOSTILE) {
      if (label.startsWith("10 MB") || label === "deep array") continue // a stored event is the caller's size to choose
      const h = make()
      if (!typedOnly(() => store.append("c", 0, [h]).pipe(Effect.catchTag("VersionConflict", () => Effect.void)))) untyped.push(`append(${label})`)
      if (!typedOnly(() => store.read(h as never))) untyped.push(`read(${label})`)
      if (!typedOnly(() => store.readAll(h as never))) untyped.push(`readAll(${label})`)
    }
    store.close()
    expect(untyped).toEqual([])
  })

  it("arbitrary paths (non-text or :memory:) and options: typed errors only", () => {
    const path = fc.oneof(fc.constant(":memory:"), anything.filter((u) => typeof u !== "string"))
    fc.assert(
      fc.property(path, anything, (p, o) =>
        typedOnly(() => Result.map(openSqliteCaseStore(p as never, o as never), (s) => s.close())) && typedOnly(() => sqliteCaseStoreLayer(p as never, o as never))
      ),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 100) }
    )
  })
})
