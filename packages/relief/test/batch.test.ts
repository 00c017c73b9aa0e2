import { isoDateUnsafe, todayLayer } from "@minzheng/core"
import { type BatchRow, LICANG_BUNDLE, ReliefPolicySource, batchStream, determineEffect, runBatch } from "@minzheng/relief"
import { Effect, Layer, Stream } from "effect"
import { describe, expect, it } from "vitest"
import { typical } from "./fixtures.js"

const options = { bundle: LICANG_BUNDLE, asOf: isoDateUnsafe("2025-03-15"), format: "ndjson" as const }
const collect = async (it: AsyncIterable<BatchRow>) => {
  const out: BatchRow[] = []
  for await (const r of it) out.push(r)
  return out
}
const lines = [JSON.stringify(typical("1500.00")), "{ broken", JSON.stringify({ id: "bad", members: [] }), JSON.stringify({ ...typical("9000.00"), id: "t2" })]

describe("batch runs", () => {
  it("NDJSON: a determination row per household, an error row per bad record, the summary at the end", async () => {
    const text = lines.join("\n") + "\n"
    // split the input at awkward places, including inside a line
    const chunks = [text.slice(0, 37), text.slice(37, 300), text.slice(300)]
    const rows = await collect(runBatch(chunks, options))
    expect(rows.map((r) => r.kind)).toEqual(["determination", "error", "error", "determination", "summary"])
    const [, broken, bad] = rows as [BatchRow, Extract<BatchRow, { kind: "error" }>, Extract<BatchRow, { kind: "error" }>]
    expect([broken.line, broken.error.tag]).toEqual([2, "InvalidInput"])
    expect(bad.householdId).toBe("bad")
    expect(bad.error.issues.length).toBeGreaterThan(1)
    const summary = (rows.at(-1) as Extract<BatchRow, { kind: "summary" }>).summary
    expect([summary.records, summary.determined, summary.errors, summary.eligible.dibao]).toEqual([4, 2, 2, 1])
    expect(summary.monthlyOutlay.toString()).toBe("1850.00")
  })
  it("bytes in: UTF-8 split inside a Chinese character decodes correctly", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(typical()) + "\n")
    const cut = bytes.indexOf(0xe6) + 1
    const rows = await collect(runBatch([bytes.slice(0, cut), bytes.slice(cut)], options))
    expect(rows.map((r) => r.kind)).toEqual(["determination", "summary"])
  })
  it("CSV: one row per member, households grouped by id, an unknown region gives an error row listing the missing parameters", async () => {
    const csv = [
      "household_id,region,area,financial_assets,residential_units,member_id,name,relationship,birth_date,employed,income_category,income_amount",
      "c1,370213,urban,1000,1,a,赵一,applicant,1958-01-01,false,other,300.00",
      "c1,370213,urban,1000,1,b,钱二,spouse,1960-01-01,false,,",
      "c2,440300,urban,0,1,a,孙三,applicant,1950-01-01,false,,",
      "c3,370213,urban,0,1,a,李四,applicant,not-a-date,false,,"
    ].join("\n")
    const rows = await collect(runBatch([csv], { ...options, format: "csv" }))
    expect(rows.map((r) => r.kind)).toEqual(["determination", "error", "error", "summary"])
    const first = rows[0] as Extract<BatchRow, { kind: "determination" }>
    expect(first.result.determinations[0]!.amount.toString()).toBe("1800.00")
    const missing = rows[1] as Extract<BatchRow, { kind: "error" }>
    expect([missing.line, missing.error.tag]).toEqual([4, "PolicyBundleIncomplete"])
    expect(missing.error.issues.length).toBeGreaterThan(10)
  })
  it("the Effect Stream API gives the same rows as the async-iterable API", async () => {
    const text = lines.join("\n")
    const viaStream = await Effect.runPromise(Stream.runCollect(batchStream(Stream.make(text.slice(0, 50), text.slice(50)), options)))
    const viaIterable = await collect(runBatch([text], options))
    expect(JSON.stringify(viaStream)).toBe(JSON.stringify(viaIterable))
  })
  it("invalid options are refused at once with every problem listed", () => {
    expect(() => runBatch([], { bundle: null, asOf: "x", format: "xml" } as never)).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
    const exit = Effect.runSyncExit(Stream.runCollect(batchStream(Stream.make(""), {} as never)))
    expect(exit._tag).toBe("Failure")
  })
})

describe("Effect shell", () => {
  const layer = Layer.mergeAll(ReliefPolicySource.layer(LICANG_BUNDLE), todayLayer(isoDateUnsafe("2025-03-15")))
  it("decodes, resolves for Today and determines", () => {
    const r = Effect.runSync(Effect.provide(determineEffect(typical()), layer))
    expect(r.determinations[0]!.amount.toString()).toBe("1850.00")
  })
  it("fails with a typed InvalidInput listing every problem", () => {
    const r = Effect.runSync(Effect.provide(Effect.flip(determineEffect({ id: 1, members: "x" })), layer))
    expect(r._tag).toBe("InvalidInput")
    expect((r as unknown as { issues: unknown[] }).issues.length).toBeGreaterThan(2)
  })
  it("fails with PolicyBundleIncomplete before the bundle's first date", () => {
    const early = Layer.mergeAll(ReliefPolicySource.layer(LICANG_BUNDLE), todayLayer(isoDateUnsafe("2023-01-01")))
    const r = Effect.runSync(Effect.provide(Effect.flip(determineEffect(typical())), early))
    expect(r._tag).toBe("PolicyBundleIncomplete")
  })
})
