import { InvalidInput, isoDateUnsafe, Money } from "@minzheng/core"
import { appendEntry, computePayout, CreditRefused, IdempotencyConflict, Ledger, orgCreditStatus, publicBoard, rongchengVillageScheme } from "@minzheng/credit"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { award, build, d, schemes } from "./helpers.js"

const status = (events: unknown[], asOf: string) => {
  const r = orgCreditStatus(events, d(asOf))
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

describe("严重违法失信名单: removal needs two years with no event for either list (issue 14)", () => {
  const listed = { id: "x1", kind: "dishonest-debtor", date: "2022-01-10" }
  it("a warning (an abnormal-list event) in the two years moves the earliest removal to two years after it", () => {
    const s = status([listed, { id: "w1", kind: "warning", date: "2023-03-01" }], "2024-01-10")
    expect(s.serious?.earliestRemoval).toBe("2025-03-01")
    expect(s.serious?.removalCondition.zh).toContain("未出现应当列入活动异常名录或者严重违法失信名单的情形")
  })
  it("an application on the old second anniversary is refused, citing the rule; at 2025-03-01 it succeeds", () => {
    const base = [listed, { id: "w1", kind: "warning", date: "2023-03-01" }]
    const early = status([...base, { id: "a1", kind: "removal-applied", date: "2024-01-10" }], "2024-01-10")
    expect(early.serious).not.toBeNull()
    const refusal = early.explanation.children.at(-1)
    expect(refusal?.label.zh).toContain("最早 2025-03-01")
    expect(refusal?.citations[0]?.number).toBe("民政部令第60号")
    expect(status([...base, { id: "a1", kind: "removal-applied", date: "2025-02-28" }], "2025-02-28").serious).not.toBeNull()
    expect(status([...base, { id: "a1", kind: "removal-applied", date: "2025-03-01" }], "2025-03-01").serious).toBeNull()
  })
  it("a missed annual report while on the serious list breaks the quiet years too", () => {
    const s = status([listed, { id: "r1", kind: "annual-report-missing", date: "2023-06-01" }], "2024-01-10")
    expect(s.serious?.earliestRemoval).toBe("2025-06-01")
    expect(s.abnormal?.since).toBe("2023-06-01")
  })
  it("an abnormal-list event before the serious listing does not count against it", () => {
    expect(status([{ id: "w0", kind: "warning", date: "2021-06-01" }, listed], "2022-02-01").serious?.earliestRemoval).toBe("2024-01-10")
  })
})

describe("IdempotencyConflict never repeats the key (issue 15)", () => {
  it("a key built from a phone number is masked in the error and absent from its messages", () => {
    const ledger = build([award("award-13812345678", "p1", "frugal-ceremony", "2025-04-10")])
    const r = appendEntry(ledger, schemes, award("award-13812345678", "p1", "frugal-ceremony", "2025-04-11"))
    expect(Result.isFailure(r) && r.failure).toBeInstanceOf(IdempotencyConflict)
    if (Result.isFailure(r) && r.failure instanceof IdempotencyConflict) {
      expect(JSON.stringify(r.failure)).not.toContain("13812345678")
      expect(r.failure.messageZh).toBe("该幂等键已用于另一笔不同的记录（日期不同），本次未写入")
    }
  })
  it("a refusal's Chinese message names the reason in Chinese, not its code", () => {
    const e = new CreditRefused({ code: "insufficient-balance", reason: { zh: "可用积分不足", en: "not enough" } })
    expect(e.messageZh).toBe("不予办理（积分余额不足）：可用积分不足")
  })
})

describe("idempotency keys are compared in Unicode NFC (issue 15)", () => {
  it("the same key typed in NFC and in NFD is one entry", () => {
    const nfc = "café-01"
    const nfd = "cafe\u0301-01"
    const first = appendEntry(Ledger.empty(), schemes, award(nfc, "p1", "frugal-ceremony", "2025-04-10", { evidenceId: "ev-1" }))
    if (Result.isFailure(first)) throw first.failure
    const again = appendEntry(first.success.ledger, schemes, award(nfd, "p1", "frugal-ceremony", "2025-04-10", { evidenceId: "ev-1" }))
    if (Result.isFailure(again)) throw again.failure
    expect(again.success.duplicate).toBe(true)
    expect(again.success.ledger.size).toBe(1)
    expect(first.success.ledger.find(nfd)?.key).toBe(nfc)
  })
})

describe("computePayout returns its errors (issue 15)", () => {
  it("50,000 bad rows: one InvalidInput listing every row, no stack overflow, under a second", () => {
    const rows = Array.from({ length: 50_000 }, () => ({ person: "", points: 1.5, extra: true }))
    const t = performance.now()
    const r = computePayout(rongchengVillageScheme, Money.yuan("100.00"), rows)
    expect(performance.now() - t).toBeLessThan(1000)
    expect(Result.isFailure(r) && r.failure).toBeInstanceOf(InvalidInput)
    if (Result.isFailure(r)) expect((r.failure as InvalidInput).issues.length).toBe(150_000)
  })
  it("50,000 good rows pay the fund exactly", () => {
    const r = computePayout(rongchengVillageScheme, Money.yuan("100000.00"), Array.from({ length: 50_000 }, (_, i) => ({ person: `p${i}`, points: (i % 7) + 1 })))
    if (Result.isFailure(r)) throw r.failure
    expect(r.success.rows.reduce((s, x) => s + x.fen, 0)).toBe(10_000_000)
  })
  it("points at 2^53 are an InvalidInput returned, never thrown; above a negative floor as well", () => {
    const atLimit = computePayout(rongchengVillageScheme, Money.yuan("100.00"), [{ person: "a", points: 2 ** 53 }])
    expect(Result.isFailure(atLimit) && atLimit.failure._tag).toBe("InvalidInput")
    const floor = { ...rongchengVillageScheme, payout: { method: "above-floor", floor: -5 } } as typeof rongchengVillageScheme
    const r = computePayout(floor, Money.yuan("100.00"), [{ person: "a", points: 2 ** 53 - 1 }, { person: "b", points: 1 }])
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
  })
})

describe("publicBoard on a sparse list (issue 15)", () => {
  it("holes are reported as missing rows in linear time", () => {
    const sparse = new Array<unknown>(100_000)
    sparse[5] = { person: "p1", name: "张三" }
    const t = performance.now()
    const r = publicBoard(Ledger.empty(), schemes, sparse, isoDateUnsafe("2025-06-30"))
    expect(performance.now() - t).toBeLessThan(1000)
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues[0]?.code).toBe("missing_row")
  })
  it("a list longer than a notice holds is refused at once", () => {
    const r = publicBoard(Ledger.empty(), schemes, new Array(10_000_000), isoDateUnsafe("2025-06-30"))
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.issues.map((i) => i.code)).toEqual(["too_big"])
  })
})

describe("organisation lists at the real date and 400 days ahead (issue 13)", () => {
  const todayInChina = (offsetDays = 0) => isoDateUnsafe(new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10))
  for (const offset of [0, 400]) {
    it(`${offset === 0 ? "today" : "400 days ahead"}: a verified rectification gives its 5-working-day removal, or CalendarYearNotCovered naming the fix`, () => {
      const day = todayInChina(offset)
      const r = orgCreditStatus([{ id: "e1", kind: "annual-report-missing", date: todayInChina(offset - 30) }, { id: "e2", kind: "duty-fulfilled", date: day }], day)
      if (Result.isSuccess(r)) expect(r.success.explanation.children.at(-1)?.label.zh).toContain("前移出活动异常名录")
      else {
        expect(r.failure._tag).toBe("CalendarYearNotCovered")
        expect(r.failure.messageZh).toContain("--provisional-calendar")
      }
    })
  }
})
