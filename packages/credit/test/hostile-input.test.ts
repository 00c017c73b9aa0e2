/**
 * Hostile input against every export (issue 15): arbitrary JSON and the values that broke real
 * use — a 50,000-person payout with bad rows, points at 2^53, a sparse resident list, NFD keys,
 * `__proto__` keys, 10 MB strings and arrays, deep nesting — fed to every function and function
 * member of the package, also behind valid leading arguments. Counted: untyped errors, prototype
 * changes, slow calls (over one second and over 200× a linear pass over the same value); all must be zero. fast-check's seed is the run's fixed seed.
 */
import { isoDateUnsafe, Money } from "@minzheng/core"
import * as credit from "@minzheng/credit"
import fc from "fast-check"
import { expect, it } from "vitest"
import { assault } from "../../../scripts/test/hostile.js"
import { award, build } from "./helpers.js"

// Nothing is exempt from the one-second bound in this package.
const KNOWN_SLOW = /^$/

// The harness (values, judging, prototype checks) is shared: scripts/test/hostile.ts
const { Ledger, rongchengVillageScheme: scheme, openSupermarketUnsafe } = credit
const versions = [scheme]
const ledger = build([award("a1", "p1", "frugal-ceremony", "2025-04-10")])
const asOf = isoDateUnsafe("2025-06-30")
const shop = openSupermarketUnsafe({ goods: [{ id: "soap", label: { zh: "肥皂", en: "soap" }, price: 4, stock: 5 }] })

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
    case "scoreStatementUnsafe":
    case "balanceAt":
    case "balanceAtUnsafe":
      return [[ledger, versions, h, asOf], [ledger, versions, "p1", h]]
    case "scoresAt":
    case "scoresAtUnsafe":
      return [[ledger, versions, asOf, h], [ledger, versions, h]]
    case "periodPoints":
    case "periodPointsUnsafe":
      return [[ledger, versions, h, asOf, asOf], [ledger, versions, "p1", h, asOf], [ledger, versions, "p1", asOf, h]]
    case "expirePoints":
    case "expirePointsUnsafe":
      return [[ledger, versions, "p1", asOf, h], [ledger, versions, h, asOf, { id: "sys", role: "town-office" }]]
    case "openSupermarket":
    case "openSupermarketUnsafe":
    case "decodeScheme":
    case "defineScheme":
    case "defineSchemeUnsafe":
      return [[h]]
    case "decideAppeal":
      return [[ledger, versions, h]]
    case "explainShare":
      return [[h, "p1"]]
    case "incentivesFor":
    case "incentivesForUnsafe":
      return [[ledger, versions, h, "p1", asOf], [ledger, versions, credit.rongchengIncentives, h, asOf]]
    default:
      return []
  }
}

it("hostile input into every export: zero untyped errors, zero prototype changes, no slow call", () => {
  const json = fc.sample(fc.jsonValue({ maxDepth: 4 }), { numRuns: Number(process.env.FUZZ_RUNS ?? 25) })
  const tally = assault(credit as unknown as Record<string, unknown>, json, argsFor, KNOWN_SLOW)
  expect(tally.calls).toBeGreaterThan(3000)
  expect(tally.untyped).toEqual([])
  expect(tally.slow).toEqual([])
}, 600_000)
