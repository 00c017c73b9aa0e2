/**
 * Recording an entry (记账): decode, check idempotency, check it against the scheme version in
 * force on its date, and append — or refuse with a typed error and leave the ledger unchanged.
 *
 * @module
 */
import { decode, type InvalidInput, invalidInput, type IsoDate, issue, localPractice } from "@minzheng/core"
import * as Result from "effect/Result"
import type * as z from "zod/mini"
import { CreditRefused, IdempotencyConflict } from "../errors.js"
import { balanceOf } from "../internal/balance-fold.js"
import { dateIssues, ledgerIssues, problems, textIssues, versionsIssues } from "../internal/guards.js"
import { versionOn } from "../internal/scheme-rules.js"
import type { Scheme } from "../scheme/scheme.js"
import { EVIDENCE_KIND_NAMES, ROLE_NAMES, ROLES } from "../scheme/vocabulary.js"
import { type Actor, EntryInputSchema, type LedgerEntry } from "./entry.js"
import type { Ledger } from "./ledger.js"

/**
 * The outcome of an append: the new ledger, the entry as recorded, and whether it was a harmless
 * repeat of an entry already recorded under the same key (then the ledger is the same object).
 *
 * @example
 * ```ts
 * import type { Appended } from "@minzheng/credit"
 * const wasNew = (a: Appended) => !a.duplicate
 * ```
 * @category ledger
 * @since 0.1.0
 */
export interface Appended {
  readonly ledger: Ledger
  readonly entry: LedgerEntry
  readonly duplicate: boolean
}

const RULES = localPractice("seed 001", "信息采集员根据信用管理办法赋分；事项的佐证、审核要求由方案规定")

const sameActor = (a: LedgerEntry["approver"], b: LedgerEntry["approver"]): boolean =>
  a === b || (a !== null && b !== null && a.id === b.id && a.role === b.role)

const firstDifference = (a: LedgerEntry, b: LedgerEntry): string | undefined => {
  for (const f of ["kind", "person", "item", "quantity", "points", "date", "evidenceId", "reverses", "orderId", "lot", "note"] as const) {
    if (a[f] !== b[f]) return f
  }
  if (!sameActor(a.recorder, b.recorder)) return "recorder"
  if (!sameActor(a.approver, b.approver)) return "approver"
  return undefined
}

const refuse = (code: CreditRefused["code"], zh: string, en: string, details?: Record<string, unknown>) =>
  Result.fail(new CreditRefused({ code, reason: { zh, en }, citations: [RULES], ...(details ? { details } : {}) }))

type Decoded = z.output<typeof EntryInputSchema>

const build = (ledger: Ledger, versions: ReadonlyArray<Scheme>, input: Decoded, repeat: boolean): Result.Result<LedgerEntry, CreditRefused | InvalidInput> => {
  const base = {
    key: input.key,
    person: input.person,
    date: input.date,
    recorder: { id: input.recorder.id, role: input.recorder.role },
    note: input.note ?? null
  }
  const scheme = versionOn(versions, input.date)
  if (Result.isFailure(scheme)) return Result.fail(scheme.failure)
  const s = scheme.success
  switch (input.kind) {
    case "award":
    case "deduction": {
      const item = s.items.find((i) => i.id === input.item)
      if (item === undefined) return refuse("unknown-item", `方案 ${s.id} ${s.version} 没有事项 ${input.item}`, `scheme ${s.id} ${s.version} has no item ${input.item}`)
      if ((input.kind === "award") !== item.points > 0) {
        return refuse("points-mismatch", `事项 ${item.label.zh} 是${item.points > 0 ? "加分" : "扣分"}事项`, `item ${item.id} is ${item.points > 0 ? "an award" : "a deduction"} item`)
      }
      const quantity = input.quantity ?? 1
      const points = item.points * quantity
      if (!Number.isSafeInteger(points)) return Result.fail(invalidInput([issue(["quantity"], "too_big", "数量过大", "quantity too large")]))
      if (input.points !== undefined && input.points !== points) {
        return refuse("points-mismatch", `分值应为 ${points}（${item.points} × ${quantity}），不是 ${input.points}`, `points must be ${points} (${item.points} × ${quantity}), not ${input.points}`)
      }
      if (!item.recordedBy.includes(input.recorder.role)) {
        return refuse("recorder-not-allowed", `${ROLE_NAMES[input.recorder.role].zh}无权记录事项 ${item.label.zh}`, `a ${input.recorder.role} may not record ${item.id}`)
      }
      if (item.approvedBy !== null && input.approver?.role !== item.approvedBy) {
        return refuse("approval-required", `事项 ${item.label.zh} 须经${ROLE_NAMES[item.approvedBy].zh}审核`, `item ${item.id} must be approved by the ${item.approvedBy}`)
      }
      if (item.evidence !== "none" && input.evidenceId === undefined) {
        return refuse("evidence-required", `事项 ${item.label.zh} 须附佐证材料（${EVIDENCE_KIND_NAMES[item.evidence].zh}）`, `item ${item.id} needs evidence (${item.evidence})`)
      }
      return Result.succeed({
        ...base,
        kind: input.kind,
        item: item.id,
        quantity,
        points,
        approver: input.approver ? { id: input.approver.id, role: input.approver.role } : null,
        evidenceId: input.evidenceId ?? null,
        reverses: null,
        orderId: null,
        lot: null
      })
    }
    case "reversal": {
      const target = ledger.find(input.reverses)
      if (target === undefined || target.person !== input.person) {
        return refuse("entry-not-found", `${input.person} 名下没有记录 ${input.reverses}`, `no entry ${input.reverses} for ${input.person}`)
      }
      if (target.kind === "reversal" || target.kind === "expiry") {
        return refuse("not-reversible", `${target.kind === "reversal" ? "冲正" : "过期"}记录不可冲正`, `a ${target.kind} entry cannot be reversed`)
      }
      const earlier = ledger.reversalOf(target.key)
      if (earlier !== undefined && !repeat) {
        return refuse("already-reversed", `记录 ${target.key} 已于 ${earlier.date} 冲正（${earlier.key}），不得重复冲正`, `entry ${target.key} was already reversed on ${earlier.date}`)
      }
      if (input.date < target.date) return Result.fail(invalidInput([issue(["date"], "before_target", "冲正日期不能早于原记录日期", "a reversal cannot predate the entry it reverses")]))
      return Result.succeed({
        ...base,
        kind: "reversal",
        item: target.item,
        quantity: target.quantity,
        points: -target.points,
        approver: input.approver ? { id: input.approver.id, role: input.approver.role } : null,
        evidenceId: null,
        reverses: target.key,
        orderId: null,
        lot: null
      })
    }
    case "redemption": {
      const b = repeat ? null : balanceOf(ledger, versions, input.person, input.date)
      if (b !== null && b.available - input.points < s.balanceFloor) {
        return refuse("insufficient-balance", `可用积分 ${b.available}，不足以兑换 ${input.points}（最低保留 ${s.balanceFloor}）`, `available ${b.available} is not enough for ${input.points} (floor ${s.balanceFloor})`, {
          available: b.available,
          requested: input.points
        })
      }
      return Result.succeed({ ...base, kind: "redemption", item: null, quantity: 1, points: -input.points, approver: null, evidenceId: null, reverses: null, orderId: input.orderId, lot: null })
    }
    case "expiry": {
      const due = repeat ? undefined : balanceOf(ledger, versions, input.person, input.date).dueToExpire.find((d) => d.lot === input.lot)
      if (!repeat && (due === undefined || due.points < input.points)) {
        return refuse("not-reversible", `批次 ${input.lot} 在 ${input.date} 没有 ${input.points} 分到期未用`, `lot ${input.lot} has no ${input.points} unspent points due on ${input.date}`)
      }
      return Result.succeed({ ...base, kind: "expiry", item: null, quantity: 1, points: -input.points, approver: null, evidenceId: null, reverses: null, orderId: null, lot: input.lot })
    }
  }
}

/**
 * Records one entry (see the module summary). The same key with the same payload is a no-op
 * (`duplicate: true`); the same key with a different payload is an {@link IdempotencyConflict}.
 *
 * @param ledger - the ledger to append to (left unchanged)
 * @param versions - the scheme's versions; the one in force on the entry's date judges it
 * @param input - untrusted input (see {@link EntryInputSchema})
 * @returns the appended result, or `InvalidInput` (every problem listed), `IdempotencyConflict`
 * or `CreditRefused`
 * @example
 * ```ts
 * import { Ledger, appendEntry, rongchengVillageScheme } from "@minzheng/credit"
 * import { Result } from "@minzheng/core"
 * const r = appendEntry(Ledger.empty(), [rongchengVillageScheme], {
 *   kind: "award", key: "a1", person: "p1", item: "volunteer-4h", quantity: 2, date: "2025-04-03",
 *   recorder: { id: "c1", role: "collector" }, evidenceId: "sys-1"
 * })
 * Result.isSuccess(r) && r.success.entry.points //=> 2
 * ```
 * @category ledger
 * @since 0.1.0
 */
export const appendEntry = (
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  input: unknown
): Result.Result<Appended, InvalidInput | IdempotencyConflict | CreditRefused> => {
  const problems = [...ledgerIssues(ledger), ...versionsIssues(versions)]
  const decoded = decode(EntryInputSchema, input)
  if (Result.isFailure(decoded)) for (const i of decoded.failure.issues) problems.push(i)
  if (problems.length > 0 || Result.isFailure(decoded)) return Result.fail(invalidInput(problems))
  // Keys and the references to them are compared in Unicode NFC: the same key typed on two systems
  // (NFC on one, NFD on another) is one key, never two entries.
  const d = decoded.success
  const normalised: Decoded = {
    ...d,
    key: d.key.normalize("NFC"),
    ...("reverses" in d ? { reverses: d.reverses.normalize("NFC") } : {}),
    ...("orderId" in d ? { orderId: d.orderId.normalize("NFC") } : {}),
    ...("lot" in d ? { lot: d.lot.normalize("NFC") } : {})
  } as Decoded
  // A repeat of a recorded key is compared on its payload only: the ledger's state has moved on
  // since (the entry is reversed, the points are spent), which must not turn a retry into a refusal.
  const existing = ledger.find(normalised.key)
  const built = build(ledger, versions, normalised, existing !== undefined)
  if (Result.isFailure(built)) return Result.fail(built.failure)
  const entry = built.success
  if (existing !== undefined) {
    const diff = firstDifference(existing, entry)
    if (diff !== undefined) return Result.fail(new IdempotencyConflict({ key: entry.key, field: diff }))
    return Result.succeed({ ledger, entry: existing, duplicate: true })
  }
  return Result.succeed({ ledger: ledger.withEntry(entry), entry, duplicate: false })
}

/**
 * Like {@link appendEntry}, throwing the typed error.
 *
 * @throws `InvalidInput`, {@link IdempotencyConflict} or {@link CreditRefused}
 * @example
 * ```ts
 * import { Ledger, appendEntryUnsafe, taishanTimeBankScheme } from "@minzheng/credit"
 * appendEntryUnsafe(Ledger.empty(), [taishanTimeBankScheme], {
 *   kind: "award", key: "h1", person: "v1", item: "companion-visit", quantity: 3, date: "2025-03-01",
 *   recorder: { id: "s1", role: "time-bank-station" }, evidenceId: "sys-9"
 * }).ledger.size //=> 1
 * ```
 * @category ledger
 * @since 0.1.0
 */
export const appendEntryUnsafe = (ledger: Ledger, versions: ReadonlyArray<Scheme>, input: unknown): Appended => {
  const r = appendEntry(ledger, versions, input)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * Writes the expiry entries due on a date for one person (过期作为单独记录写入台账): one entry
 * per award lot whose unspent points have passed their expiry date, keyed
 * `expiry:<lot>` so running it twice writes nothing new. All the entries are written, or none.
 *
 * @returns the ledger with the expiry entries (the same ledger when nothing is due), or
 * `CreditRefused` (`no-scheme-in-force`) when no scheme version is in force on `asOf`, or
 * `InvalidInput` listing every malformed argument (the recorder among them)
 * @example
 * ```ts
 * import { Ledger, appendEntryUnsafe, expirePoints, balanceAtUnsafe, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe, Result } from "@minzheng/core"
 * const schemes = [rongchengVillageScheme]
 * const ledger = appendEntryUnsafe(Ledger.empty(), schemes, {
 *   kind: "award", key: "a1", person: "p1", item: "volunteer-4h", quantity: 2, date: "2025-04-03",
 *   recorder: { id: "c1", role: "collector" }, evidenceId: "sys-1"
 * }).ledger
 * const r = expirePoints(ledger, schemes, "p1", isoDateUnsafe("2027-06-30"), { id: "sys", role: "town-office" })
 * Result.isSuccess(r) && r.success.entries().map((e) => [e.kind, e.key, e.points]) //=> [["award", "a1", 2], ["expiry", "expiry:a1", -2]]
 * Result.isSuccess(r) && balanceAtUnsafe(r.success, schemes, "p1", isoDateUnsafe("2027-06-30")).expired //=> 2
 * ```
 * @category balances
 * @since 0.1.0
 */
export const expirePoints = (
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  person: string,
  asOf: IsoDate,
  recorder: Actor
): Result.Result<Ledger, CreditRefused | IdempotencyConflict | InvalidInput> => {
  const who = recorder as Partial<Actor> | null
  const recorderOk = typeof who === "object" && who !== null && typeof who.id === "string" && who.id.length > 0 && (ROLES as ReadonlyArray<unknown>).includes(who.role)
  const bad = problems(
    ledgerIssues(ledger),
    versionsIssues(versions),
    textIssues(person, "person"),
    dateIssues(asOf, "asOf"),
    recorderOk ? [] : [issue(["recorder"], "invalid_actor", "记录人应为 { id, role }，role 为规定的角色之一", "the recorder must be { id, role } with one of the roles")]
  )
  if (bad !== undefined) return Result.fail(bad)
  const inForce = versionOn(versions, asOf)
  if (Result.isFailure(inForce)) return Result.fail(inForce.failure)
  let out = ledger
  for (const due of balanceOf(ledger, versions, person, asOf).dueToExpire) {
    const r = appendEntry(out, versions, { kind: "expiry", key: `expiry:${due.lot}`, person, date: asOf, recorder, points: due.points, lot: due.lot })
    if (Result.isFailure(r)) return Result.fail(r.failure)
    out = r.success.ledger
  }
  return Result.succeed(out)
}

/**
 * Like {@link expirePoints}, throwing the typed error.
 *
 * @throws `CreditRefused`, `IdempotencyConflict` or `InvalidInput`
 * @example
 * ```ts
 * import { Ledger, expirePointsUnsafe, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * expirePointsUnsafe(Ledger.empty(), [rongchengVillageScheme], "p1", isoDateUnsafe("2027-06-30"), { id: "sys", role: "town-office" }).size //=> 0
 * ```
 * @category balances
 * @since 0.1.0
 */
export const expirePointsUnsafe = (ledger: Ledger, versions: ReadonlyArray<Scheme>, person: string, asOf: IsoDate, recorder: Actor): Ledger => {
  const r = expirePoints(ledger, versions, person, asOf, recorder)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
