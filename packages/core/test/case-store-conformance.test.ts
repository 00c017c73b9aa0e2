// The CaseStore conformance suite on the in-memory store, plus the memory store's own rules.
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { CaseStoreFailure, caseStoreFailureOf, CaseStore, executeCommand, IdempotencyKeyReused, makeMemoryCaseStore, type Workflow } from "@minzheng/core"
import { Result } from "effect"
import { caseStoreConformance } from "@minzheng/core/testing"

describe("the memory store passes the CaseStore conformance suite", () => {
  const checks = caseStoreConformance(
    async () => {
      const store = makeMemoryCaseStore()
      // One store, two handles: the memory store's data lives as long as the object.
      return { store, close: async () => {}, reopen: async () => ({ store, close: async () => {} }) }
    },
    { durable: false }
  )
  for (const c of checks) it(c.name, c.run)
  it("has the checks a store must pass", () => {
    expect(checks.map((c) => c.name).join("\n")).toMatch(/all or nothing[\s\S]*racing[\s\S]*idempotent/)
    expect(caseStoreConformance(async () => ({ store: makeMemoryCaseStore(), close: async () => {} })).some((c) => c.name.startsWith("survives a restart"))).toBe(true)
  })
})

describe("the conformance suite catches a store that breaks the contract", () => {
  it("a store that ignores expectedVersion fails the conflict and race checks", async () => {
    const broken = () => {
      const inner = makeMemoryCaseStore()
      return {
        ...inner,
        append: (caseId: string, _expected: number, events: ReadonlyArray<unknown>) =>
          Effect.flatMap(inner.read(caseId), (current) => inner.append(caseId, current.length, events))
      }
    }
    const checks = caseStoreConformance(async () => {
      const store = broken()
      return { store, close: async () => {}, reopen: async () => ({ store, close: async () => {} }) }
    }, { durable: false })
    const results = await Promise.all(checks.map(async (c) => ({ name: c.name, ok: await c.run().then(() => true, () => false) })))
    expect(results.find((r) => r.name.startsWith("expectedVersion"))?.ok).toBe(false)
    expect(results.find((r) => r.name.startsWith("two writers racing"))?.ok).toBe(false)
    expect(results.find((r) => r.name.startsWith("append then read"))?.ok).toBe(true)
  })
  it("a durable store without reopen fails the restart check", async () => {
    const restart = caseStoreConformance(async () => ({ store: makeMemoryCaseStore(), close: async () => {} })).find((c) => c.name.startsWith("survives"))
    await expect(restart?.run()).rejects.toThrow(/reopen/)
  })
})

describe("typed store errors", () => {
  it("CaseStoreFailure names the store, the place and the reason in Chinese and English", () => {
    const f = new CaseStoreFailure({ store: "postgres", location: "postgresql://app@db:5432/cases", reason: "unavailable", detail: "connect ECONNREFUSED" })
    expect(f.messageZh).toBe("无法连接案件库 postgresql://app@db:5432/cases：请检查数据库服务器是否已启动、地址与端口是否正确")
    expect(f.message).toContain("ECONNREFUSED")
    expect(f._tag).toBe("CaseStoreFailure")
    expect(() => new CaseStoreFailure({ store: "x", location: "y", reason: "nope" as "locked", detail: "" })).toThrow(/reason/)
  })
  it("IdempotencyKeyReused masks a personal number in the key and never repeats it", () => {
    const e = new IdempotencyKeyReused({ key: "award-13812345678", caseId: "c" })
    expect(e.key).not.toContain("13812345678")
    expect(e.message).not.toContain("1381234")
  })
  it("executeCommand carries a store failure as a defect that caseStoreFailureOf finds", () => {
    const failing = { ...makeMemoryCaseStore(), read: () => Effect.fail(new CaseStoreFailure({ store: "test", location: "here", reason: "io-error", detail: "boom" })) }
    const counter: Workflow<number, "inc", "incremented"> = { name: "counter", initial: 0, decide: () => Result.succeed(["incremented"]), evolve: (n) => n + 1 }
    const exit = Effect.runSyncExit(executeCommand(counter, { caseId: "c", command: "inc", decodeEvent: (u) => Result.succeed(u as "incremented") }).pipe(Effect.provideService(CaseStore, failing)))
    expect(Exit.isFailure(exit) && caseStoreFailureOf(exit.cause)?.reason).toBe("io-error")
  })
  it("the memory store records positions 1, 2, 3 … across cases", () => {
    const store = makeMemoryCaseStore({ now: () => "2025-03-01T00:00:00.000Z" })
    Effect.runSync(store.append("a", 0, [1, 2]))
    Effect.runSync(store.append("b", 0, [3]))
    expect(Effect.runSync(store.readAll()).map((e) => [e.caseId, e.version, e.position])).toEqual([
      ["a", 1, 1],
      ["a", 2, 2],
      ["b", 1, 3]
    ])
  })
})
