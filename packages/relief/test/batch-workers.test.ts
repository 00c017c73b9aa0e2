/**
 * The batch run over worker threads (@minzheng/relief/node) gives byte for byte what one thread
 * gives — NDJSON and CSV, 10⁴ generated households with bad records and an unknown region mixed in
 * — in input order, and a worker that cannot run is a typed error, never a hang.
 *
 * The workers run from sources here: run-batch-parallel.ts sees it is a .ts file and starts
 * batch-worker.ts under tsx's loader with the @minzheng/source condition (see docs/relief.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { definePolicyBundleUnsafe, isoDateUnsafe } from "@minzheng/core"
import { type BatchRow, CSV_COLUMNS, LICANG_BUNDLE, runBatch } from "@minzheng/relief"
import { type BatchFileInput, type ParallelBatchRow, runBatchParallel } from "@minzheng/relief/node"
import { describe, expect, it } from "vitest"
import { benchHousehold } from "../bench/households.js"
import { fileRunTesting } from "../src/node/run-batch-parallel.js"

const asOf = isoDateUnsafe("2025-03-15")
const N = 10_000

// The household, or every so often something else: a line that is not JSON, a household that
// does not decode, one from a region the bundle does not cover, a blank line.
const record = (i: number): unknown => {
  const h = benchHousehold(i)
  if (i % 997 === 5) return "{ not json"
  if (i % 991 === 7) return { ...h, members: [] }
  if (i % 983 === 11) return { ...h, residence: { region: "440300", area: "urban" } }
  return h
}

const ndjson = (): string[] => {
  const lines: string[] = []
  for (let i = 0; i < N; i++) {
    const r = record(i)
    lines.push(typeof r === "string" ? r : JSON.stringify(r))
    if (i % 1500 === 3) lines.push("")
  }
  return lines
}

const cell = (v: unknown): string => {
  const s = v === undefined || v === null ? "" : String(v)
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}
const csv = (): string[] => {
  const out = [CSV_COLUMNS.join(",")]
  for (let i = 0; i < N; i++) {
    const r = record(i)
    if (typeof r === "string") {
      out.push(`"h${i},370213,urban`) // a quote left open: an unreadable line
      continue
    }
    const h = r as ReturnType<typeof benchHousehold>
    const members = h.members.length === 0 ? [{ id: "x", relationship: "applicant" }] : h.members
    for (const m of members as Array<Record<string, unknown>>) {
      const income = (h.incomes ?? []).find((x) => x.member === m.id)
      const d = m.disability as { category: string; grade: number } | undefined
      const row: Record<string, unknown> = {
        household_id: h.id,
        region: h.residence.region,
        area: h.residence.area,
        financial_assets: h.assets.financial,
        residential_units: h.assets.residentialUnits,
        vehicle_value: h.assets.vehicles?.[0]?.value,
        member_id: m.id,
        name: m.name,
        relationship: m.relationship,
        birth_date: m.birthDate,
        disability_category: d?.category,
        disability_grade: d?.grade,
        employed: m.employed,
        labour_capacity: m.labourCapacity,
        education: m.education,
        income_category: income?.category,
        income_amount: income?.amount
      }
      out.push(CSV_COLUMNS.map((c) => cell(row[c])).join(","))
    }
  }
  return out
}

// The input in chunks of ~64 KiB cut anywhere, as a file stream gives it.
const chunks = (lines: ReadonlyArray<string>): string[] => {
  const text = lines.join("\n") + "\n"
  const out: string[] = []
  for (let k = 0; k < text.length; k += 65_003) out.push(text.slice(k, k + 65_003))
  return out
}

// One thread, serialized: error and summary rows as they are, each determination as the digest
// the workers give, with its JSON (JSON.stringify(row.result)) checked against the row itself.
const oneThread = async (input: string[], format: "ndjson" | "csv"): Promise<string[]> => {
  const out: string[] = []
  const direct: BatchRow[] = []
  for await (const row of runBatch(input, { bundle: LICANG_BUNDLE, asOf, format })) direct.push(row)
  let k = 0
  for await (const row of runBatchParallel(input, { bundle: LICANG_BUNDLE, asOf, format, workers: 1, json: true })) {
    const same = direct[k++] as BatchRow
    if (row.kind === "determination") expect(row.json).toBe(JSON.stringify((same as Extract<BatchRow, { kind: "determination" }>).result))
    else expect(JSON.stringify(row)).toBe(JSON.stringify(same))
    out.push(JSON.stringify(row))
  }
  expect(k).toBe(direct.length)
  return out
}
const parallel = async (input: string[] | BatchFileInput, format: "ndjson" | "csv", workers: number, batchSize?: number, rangeBytes?: number): Promise<string[]> => {
  const out: string[] = []
  const rows: ParallelBatchRow[] = []
  const sizes = { ...(batchSize === undefined ? {} : { batchSize }), ...(rangeBytes === undefined ? {} : { rangeBytes }) }
  for await (const row of runBatchParallel(input, { bundle: LICANG_BUNDLE, asOf, format, workers, json: true, ...sizes })) rows.push(row)
  for (const r of rows) out.push(JSON.stringify(r))
  return out
}

describe("runBatchParallel: the same bytes as one thread", () => {
  it("NDJSON, 10⁴ households: 2 and 3 workers give what one thread gives, row for row, summary included", async () => {
    const input = chunks(ndjson())
    const one = await oneThread(input, "ndjson")
    expect(one.length).toBe(N + 1)
    const kinds = one.map((r) => (JSON.parse(r) as { kind: string }).kind)
    expect(kinds.filter((k) => k === "error").length).toBeGreaterThan(25)
    const two = await parallel(input, "ndjson", 2)
    expect(two.length).toBe(one.length)
    expect(two.join("\n")).toBe(one.join("\n"))
    // three workers and small batches over the first 2,000: batch edges fall everywhere
    const part = chunks(ndjson().slice(0, 2000))
    expect((await parallel(part, "ndjson", 3, 37)).join("\n")).toBe((await oneThread(part, "ndjson")).join("\n"))
  })
  it("an NDJSON file ({ file }), 10⁴ households read in ranges by every thread: 2 and 3 threads give what one thread gives", async () => {
    const dir = mkdtempSync(join(tmpdir(), "relief-workers-"))
    try {
      const lines = ndjson()
      const path = join(dir, "households.ndjson")
      writeFileSync(path, lines.join("\n") + "\n")
      const one = await oneThread(chunks(lines), "ndjson")
      expect((await parallel({ file: path }, "ndjson", 2, undefined, 65_536)).join("\n")).toBe(one.join("\n"))
      // every range through one of two workers, small ranges: range edges fall everywhere
      fileRunTesting.hereToo = false
      expect((await parallel({ file: path }, "ndjson", 3, undefined, 9_973)).join("\n")).toBe(one.join("\n"))
    } finally {
      fileRunTesting.hereToo = true
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it("CSV, 10⁴ households grouped by id, unreadable lines among them: 2 workers give what one thread gives", async () => {
    const input = chunks(csv())
    const one = await oneThread(input, "csv")
    expect(one.filter((r) => r.includes('"household_incomplete"')).length).toBeGreaterThan(0)
    expect(one.filter((r) => r.startsWith('{"kind":"determination"')).length).toBeGreaterThan(9000)
    const two = await parallel(input, "csv", 2, 100)
    expect(two.join("\n")).toBe(one.join("\n"))
  })
  it("a refused CSV header: one fatal row and the summary, as one thread", async () => {
    const input = ["household_id,regoin,area\nh1,370213,urban\n"]
    expect((await parallel(input, "csv", 2)).join("\n")).toBe((await oneThread(input, "csv")).join("\n"))
  })
})

describe("runBatchParallel: the packed rows (wire.ts) carry every part of a digest", () => {
  // 2026: the 低保 基础养老金 exclusion is carried forward in LICANG_BUNDLE (carriedForward in each
  // digest); in this copy it ends with no successor, so 低保, 低保边缘 and 刚性支出 are unavailable.
  const ended = definePolicyBundleUnsafe({
    ...LICANG_BUNDLE,
    id: "licang-ended-workers-test",
    parameters: {
      ...LICANG_BUNDLE.parameters,
      "income.basicPensionExcluded": {
        values: {
          "000000": [
            { effectiveFrom: "2021-07-01", value: true, source: { document: "最低生活保障审核确认办法", article: "第十三条" } },
            { effectiveFrom: "2026-01-01", value: null, source: { document: "最低生活保障审核确认办法", article: "第十三条" } }
          ]
        }
      }
    }
  })
  const at = isoDateUnsafe("2026-03-15")
  const input = chunks(ndjson().slice(0, 400))
  const run = async (bundle: typeof LICANG_BUNDLE, workers: number): Promise<string[]> => {
    const out: string[] = []
    for await (const r of runBatchParallel(input, { bundle, asOf: at, format: "ndjson", workers, json: true, batchSize: 64 })) out.push(JSON.stringify(r))
    return out
  }
  it("carried-forward values, unavailable programmes with their reasons, error rows and the JSON: 2 workers give what one thread gives", async () => {
    const carried = await run(LICANG_BUNDLE, 2)
    expect(carried.join("\n")).toBe((await run(LICANG_BUNDLE, 1)).join("\n"))
    expect(carried.some((r) => r.includes('"carriedForward":[{"name":"income.basicPensionExcluded"'))).toBe(true)
    const unavailable = await run(ended, 2)
    expect(unavailable.join("\n")).toBe((await run(ended, 1)).join("\n"))
    expect(unavailable.some((r) => r.includes('"unavailable":[{"programme":"dibao","reason":{"zh":"最低生活保障无法认定'))).toBe(true)
    expect(unavailable.some((r) => r.startsWith('{"kind":"error"'))).toBe(true)
  })
})

describe("runBatchParallel: options, failures and stopping early", () => {
  const options = { bundle: LICANG_BUNDLE, asOf, format: "ndjson" as const }
  it("invalid options are refused at once with every problem listed", () => {
    let caught: unknown
    try {
      runBatchParallel([], { ...options, format: "xml", workers: 0, batchSize: 1.5 } as never)
    } catch (e) {
      caught = e
    }
    expect(caught).toMatchObject({ _tag: "InvalidInput" })
    expect((caught as { issues: Array<{ path: unknown[] }> }).issues.map((i) => i.path.at(-1))).toEqual(["format", "workers", "batchSize"])
    expect(() => runBatchParallel("x" as never, options)).toThrow(expect.objectContaining({ _tag: "InvalidInput" }))
  })
  it("a chunk that is neither text nor bytes is InvalidInput while iterating", async () => {
    await expect(parallel([JSON.stringify(benchHousehold(1)), 42 as never], "ndjson", 2)).rejects.toMatchObject({ _tag: "InvalidInput" })
  })
  it("a bundle that cannot be copied to a worker thread is BatchWorkerFailed, not a hang", async () => {
    const bundle = { ...LICANG_BUNDLE, hook: () => 1 }
    const input = [[1, 2, 3].map((i) => JSON.stringify(benchHousehold(i))).join("\n")]
    const rows = runBatchParallel(input, { ...options, bundle, workers: 2, batchSize: 1 })
    await expect((async () => { for await (const _ of rows) void _ })()).rejects.toMatchObject({ _tag: "BatchWorkerFailed", worker: 1 })
  })
  it("a worker script that is not there is BatchWorkerFailed at once, naming it", () => {
    expect(() => runBatchParallel([], { ...options, workers: 2, workerScript: "/nonexistent/batch-worker.js" })).toThrow(
      expect.objectContaining({ _tag: "BatchWorkerFailed", message: expect.stringContaining("/nonexistent/batch-worker.js") })
    )
  })
  it("an input of no more than one batch is decided in this thread: no worker is started, the same rows", async () => {
    const input = [[1, 2, 3].map((i) => JSON.stringify(benchHousehold(i))).join("\n")]
    const rows = await parallel(input, "ndjson", 2)
    const viaOne = await oneThread(input, "ndjson")
    expect(rows.join("\n")).toBe(viaOne.join("\n"))
    const bundle = { ...LICANG_BUNDLE, hook: () => 1 } // cannot be copied to a thread, and need not be
    const kinds: string[] = []
    for await (const r of runBatchParallel(input, { ...options, bundle, workers: 2 })) kinds.push(r.kind)
    expect(kinds).toEqual(["determination", "determination", "determination", "summary"])
  })
  it("stopping early ends the workers (the run returns)", async () => {
    const input = chunks(ndjson().slice(0, 3000))
    let seen = 0
    for await (const _ of runBatchParallel(input, { ...options, workers: 2, batchSize: 50 })) if (++seen === 10) break
    expect(seen).toBe(10)
  })
})
