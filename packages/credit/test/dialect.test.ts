/**
 * Issue 16 in credit: one way to call, one way to fail. A missing scheme is a typed
 * `CreditRefused` (`no-scheme-in-force`) in a `Result` — never `undefined`, an empty map or a 0 —
 * the `…Unsafe` twins throw the same instance, money comes in as `MoneyInput`, and every closed
 * set is a typed constant with Chinese and English names.
 */
import { InvalidInput, isoDateUnsafe, Money, Result } from "@minzheng/core"
import * as credit from "@minzheng/credit"
import {
  balanceAt,
  balanceAtUnsafe,
  CATEGORIES,
  CATEGORY_NAMES,
  CARRY_OVER_NAMES,
  CARRY_OVERS,
  computePayout,
  CreditLedger,
  CreditRefused,
  defineScheme,
  defineSchemeUnsafe,
  ENTRY_KIND_NAMES,
  ENTRY_KINDS,
  EVIDENCE_KIND_NAMES,
  EVIDENCE_KINDS,
  expirePoints,
  incentivesFor,
  LINE_STATUS_NAMES,
  LINE_STATUSES,
  Ledger,
  openSupermarket,
  openSupermarketUnsafe,
  ORG_EVENT_KIND_NAMES,
  ORG_EVENT_KINDS,
  OrgEventSchema,
  PAYOUT_METHOD_NAMES,
  PAYOUT_METHODS,
  PERIOD_KIND_NAMES,
  PERIOD_KINDS,
  periodPoints,
  publicBoard,
  REFUSAL_CODE_NAMES,
  REFUSAL_CODES,
  ROLE_NAMES,
  ROLES,
  rongchengIncentives,
  rongchengVillageScheme,
  scoresAt,
  scoreStatement,
  scoreStatementUnsafe,
  starRatingNotice,
  taishanTimeBankScheme,
  tierFor
} from "@minzheng/credit"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { award, build, d, schemes } from "./helpers.js"

const ledger = build([award("a1", "p1", "elder-care", "2025-04-02")])
const before = d("2024-12-31") // the day before rongchengVillageScheme comes into force
const sys = { id: "sys", role: "town-office" } as const

const refusedCode = (r: Result.Result<unknown, unknown>): unknown => (Result.isFailure(r) && r.failure instanceof CreditRefused ? r.failure.code : r)

describe("no scheme in force is a typed refusal, never undefined, an empty map or 0", () => {
  it("every function that needs the scheme in force says so", () => {
    expect(refusedCode(scoreStatement(ledger, schemes, "p1", before))).toBe("no-scheme-in-force")
    expect(refusedCode(balanceAt(ledger, schemes, "p1", before))).toBe("no-scheme-in-force")
    expect(refusedCode(scoresAt(ledger, schemes, before))).toBe("no-scheme-in-force")
    expect(refusedCode(periodPoints(ledger, schemes, "p1", d("2024-10-01"), before))).toBe("no-scheme-in-force")
    expect(refusedCode(incentivesFor(ledger, schemes, rongchengIncentives, "p1", before))).toBe("no-scheme-in-force")
    expect(refusedCode(expirePoints(ledger, schemes, "p1", before, sys))).toBe("no-scheme-in-force")
    expect(refusedCode(publicBoard(ledger, schemes, [{ person: "p1", name: "张三" }], before))).toBe("no-scheme-in-force")
  })
  it("the refusal reads in Chinese and names the date", () => {
    const r = scoreStatement(ledger, schemes, "p1", before)
    expect(Result.isFailure(r) && r.failure.messageZh).toBe("不予办理（无有效方案）：2024-12-31 没有生效的积分方案")
  })
  it("the first day of the scheme is in force (threshold: before / at / after)", () => {
    expect(Result.isFailure(scoreStatement(ledger, schemes, "p1", d("2024-12-31")))).toBe(true)
    expect(Result.getOrThrow(scoreStatement(ledger, schemes, "p1", d("2025-01-01"))).score).toBe(100)
    expect(Result.getOrThrow(scoreStatement(ledger, schemes, "p1", d("2025-01-02"))).score).toBe(100)
  })
  it("the Unsafe twin throws the very error the Result carries", () => {
    const r = scoreStatement(ledger, schemes, "p1", before)
    let thrown: unknown
    try {
      scoreStatementUnsafe(ledger, schemes, "p1", before)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(CreditRefused)
    expect(Result.isFailure(r) && r.failure).toEqual(thrown)
    expect(() => balanceAtUnsafe(ledger, schemes, "p1", before)).toThrow(CreditRefused)
  })
  it("malformed arguments come back as InvalidInput in the Result, never thrown", () => {
    const r = scoreStatement("not a ledger" as never, schemes, 7 as never, "2025-02-30" as never)
    expect(Result.isFailure(r) && r.failure instanceof InvalidInput && r.failure.issues.map((i) => i.path[0])).toEqual(["ledger", "person", "asOf"])
  })
  it("an empty ledger is a normal answer: an empty map, a zero balance", () => {
    expect(Result.getOrThrow(scoresAt(Ledger.empty(), schemes, d("2025-06-30"))).size).toBe(0)
    expect(Result.getOrThrow(balanceAt(Ledger.empty(), schemes, "p1", d("2025-06-30"))).available).toBe(0)
    expect(Result.getOrThrow(periodPoints(Ledger.empty(), schemes, "p1", d("2025-04-01"), d("2025-06-30")))).toBe(0)
  })
  it("the CreditLedger service fails with the refusal in its error channel", () => {
    const program = Effect.gen(function* () {
      const l = yield* CreditLedger
      return yield* Effect.result(l.score("p1", "2024-12-31"))
    })
    const r = Effect.runSync(program.pipe(Effect.provide(CreditLedger.memory(schemes))))
    expect(refusedCode(r)).toBe("no-scheme-in-force")
  })
  it("a score below every tier falls in the lowest tier (a scheme always has one)", () => {
    expect(tierFor(rongchengVillageScheme, -1000).id).toBe("D")
    expect(tierFor(taishanTimeBankScheme, -1).id).toBe(tierFor(taishanTimeBankScheme, 0).id)
  })
})

describe("expirePoints writes every entry due, or none", () => {
  it("an expiry is written once; a bad recorder is an InvalidInput even with nothing due", () => {
    const l = build([award("v1", "p1", "volunteer-4h", "2025-04-03", { approver: undefined, quantity: 2 })].map((x) => JSON.parse(JSON.stringify(x))))
    const r = expirePoints(l, schemes, "p1", d("2027-04-03"), sys)
    expect(Result.isSuccess(r) && r.success.size).toBe(2)
    const bad = expirePoints(Ledger.empty(), schemes, "p1", d("2027-04-03"), { id: "", role: "mayor" } as never)
    expect(Result.isFailure(bad) && bad.failure._tag).toBe("InvalidInput")
  })
})

describe("defineScheme returns a Result; defineSchemeUnsafe throws the same InvalidInput", () => {
  const broken = { ...rongchengVillageScheme, items: [...rongchengVillageScheme.items, rongchengVillageScheme.items[0]!] }
  it("a duplicate item id", () => {
    const r = defineScheme(broken)
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.zh)).toEqual(["事项编号 elder-care 重复"])
    expect(() => defineSchemeUnsafe(broken)).toThrow(InvalidInput)
  })
  it("a good one", () => {
    expect(Result.getOrThrow(defineScheme({ ...rongchengVillageScheme, version: "2026.1", effectiveFrom: "2026-01-01" })).effectiveFrom).toBe("2026-01-01")
  })
})

describe("openSupermarket returns a Result", () => {
  it("a malformed catalogue is an InvalidInput listing every problem", () => {
    const r = openSupermarket({ goods: [{ id: "", label: { zh: "肥皂", en: "soap" }, price: 0, stock: -1 }] })
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.path.join("."))).toEqual(["goods.0.id", "goods.0.price", "goods.0.stock"])
    expect(() => openSupermarketUnsafe(null)).toThrow(InvalidInput)
  })
})

describe("computePayout takes MoneyInput", () => {
  const rec = [{ person: "a", points: 1 }, { person: "b", points: 2 }]
  it("a decimal string in 元 pays exactly what the Money does", () => {
    const s = Result.getOrThrow(computePayout(rongchengVillageScheme, "100.00", rec))
    const m = Result.getOrThrow(computePayout(rongchengVillageScheme, Money.yuan("100.00"), rec))
    expect(s.rows).toEqual(m.rows)
    expect(s.fund.toString()).toBe("100.00")
  })
  it("fund thresholds: 0.00 is a fund nobody is refused for, 0.001 is not whole 分, a float is no money", () => {
    expect(Result.isSuccess(computePayout(rongchengVillageScheme, "0.00", rec))).toBe(true)
    for (const bad of ["0.001", "-1.00", "abc", 100.5]) {
      const r = computePayout(rongchengVillageScheme, bad as never, rec)
      expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues[0]?.path).toEqual(["fund"])
    }
  })
})

describe("closed sets: typed constants, kebab-case values, Chinese and English names", () => {
  const sets: Array<[string, ReadonlyArray<string>, Readonly<Record<string, { zh: string; en: string }>>]> = [
    ["CATEGORIES", CATEGORIES, CATEGORY_NAMES],
    ["ROLES", ROLES, ROLE_NAMES],
    ["EVIDENCE_KINDS", EVIDENCE_KINDS, EVIDENCE_KIND_NAMES],
    ["PERIOD_KINDS", PERIOD_KINDS, PERIOD_KIND_NAMES],
    ["CARRY_OVERS", CARRY_OVERS, CARRY_OVER_NAMES],
    ["PAYOUT_METHODS", PAYOUT_METHODS, PAYOUT_METHOD_NAMES],
    ["ENTRY_KINDS", ENTRY_KINDS, ENTRY_KIND_NAMES],
    ["LINE_STATUSES", LINE_STATUSES, LINE_STATUS_NAMES],
    ["REFUSAL_CODES", REFUSAL_CODES, REFUSAL_CODE_NAMES],
    ["ORG_EVENT_KINDS", ORG_EVENT_KINDS, ORG_EVENT_KIND_NAMES]
  ]
  for (const [name, values, names] of sets) {
    it(name, () => {
      expect(Object.keys(names).sort()).toEqual([...values].sort())
      for (const v of values) {
        expect(v).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(names[v]?.en.length).toBeGreaterThan(0)
        expect(names[v]?.zh).toMatch(/^[^A-Za-z]+$/)
      }
    })
  }
  it("the organisation event schema accepts exactly ORG_EVENT_KINDS", () => {
    const kinds = OrgEventSchema._zod.def.options.flatMap((o) => [...o.shape.kind._zod.def.values])
    expect(kinds.sort()).toEqual([...ORG_EVENT_KINDS].sort())
  })
  it("internal parameter definitions are not exported", () => {
    expect(Object.keys(credit)).not.toContain("ORG_CREDIT_PARAMETERS")
  })
})

describe("today is a test date (the machine's real date, and 400 days ahead)", () => {
  const todayInChina = (offsetDays = 0) => isoDateUnsafe(new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10))
  for (const offset of [0, 400]) {
    it(`${offset === 0 ? "today" : "400 days ahead"}: scores, balances, incentives, the board and a star-rating notice succeed with the shipped schemes`, () => {
      const day = todayInChina(offset)
      const l = build([award("t1", "p1", "elder-care", todayInChina(offset - 10))])
      expect(Result.getOrThrow(scoreStatement(l, schemes, "p1", day)).score).toBe(105)
      expect(Result.getOrThrow(scoresAt(l, schemes, day)).get("p1")).toBe(105)
      expect(Result.getOrThrow(balanceAt(l, schemes, "p1", day)).available).toBe(5)
      expect(Result.getOrThrow(incentivesFor(l, schemes, rongchengIncentives, "p1", day)).tier.id).toBe("A")
      expect(Result.getOrThrow(publicBoard(l, schemes, [{ person: "p1", name: "张三" }], day)).rows[0]?.score).toBe(105)
      expect(Result.getOrThrow(scoreStatement(Ledger.empty(), [taishanTimeBankScheme], "v1", day)).score).toBe(0)
      expect(starRatingNotice(day).postedOn).toBe(day)
    })
  }
})
