/**
 * A credit ledger as an event-sourced case (台账即事件): on a `CaseStore`, each village's ledger is
 * one case whose id is the ledger's id, and each of its entries — award, deduction, reversal
 * (an upheld appeal's too), expiry, redemption — is one event `{ type: "entry-recorded", entry }`.
 * Reading the case and replaying its events gives back the `Ledger`.
 *
 * @module
 */
import { CaseStoreFailure, type CaseStoreShape, InvalidInput, type Issue, isIsoDate, issue, type StoredEvent } from "@minzheng/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { ENTRY_KINDS, type LedgerEntry } from "../ledger/entry.js"
import { Ledger } from "../ledger/ledger.js"
import { ROLES } from "../scheme/vocabulary.js"

/**
 * The types of event a ledger's case holds, with their Chinese and English names. Today one:
 * `entry-recorded` (记账), whatever the entry's kind.
 *
 * @example
 * ```ts
 * import { LEDGER_EVENT_TYPE_NAMES } from "@minzheng/credit"
 * LEDGER_EVENT_TYPE_NAMES["entry-recorded"].zh //=> "记账"
 * ```
 * @category store
 * @since 0.1.0
 */
export const LEDGER_EVENT_TYPE_NAMES = {
  "entry-recorded": { zh: "记账", en: "entry recorded" }
} as const satisfies Readonly<Record<string, { readonly zh: string; readonly en: string }>>

/**
 * One event of a ledger's case: an entry, as recorded.
 *
 * @example
 * ```ts
 * import type { LedgerEvent } from "@minzheng/credit"
 * const keyOf = (e: LedgerEvent) => e.entry.key
 * ```
 * @category store
 * @since 0.1.0
 */
export interface LedgerEvent {
  readonly type: keyof typeof LEDGER_EVENT_TYPE_NAMES
  readonly entry: LedgerEntry
}

// The entry with its fields in one fixed order: the same entry is always the same JSON text, so a
// retried append matches the first one's fingerprint in the store.
const canonical = (e: LedgerEntry): LedgerEntry => ({
  key: e.key,
  kind: e.kind,
  person: e.person,
  item: e.item,
  quantity: e.quantity,
  points: e.points,
  date: e.date,
  recorder: { id: e.recorder.id, role: e.recorder.role },
  approver: e.approver === null ? null : { id: e.approver.id, role: e.approver.role },
  evidenceId: e.evidenceId,
  reverses: e.reverses,
  orderId: e.orderId,
  lot: e.lot,
  note: e.note
})

/** The event recording an entry. */
export const eventOf = (entry: LedgerEntry): LedgerEvent => ({ type: "entry-recorded", entry: canonical(entry) })

const isText = (u: unknown): u is string => typeof u === "string" && u.length > 0
const isActor = (u: unknown): boolean =>
  typeof u === "object" && u !== null && isText((u as { id?: unknown }).id) && (ROLES as ReadonlyArray<unknown>).includes((u as { role?: unknown }).role)

/**
 * Checks one event read back from a store (a store may hold anything: another program's events,
 * a row edited by hand): a `LedgerEvent` with a well-formed entry, or `InvalidInput` listing every
 * problem.
 *
 * @example
 * ```ts
 * import { decodeLedgerEvent } from "@minzheng/credit"
 * const e = { type: "entry-recorded", entry: {
 *   key: "a1", kind: "award", person: "p1", item: "elder-care", quantity: 1, points: 5, date: "2025-04-02",
 *   recorder: { id: "c1", role: "collector" }, approver: { id: "v1", role: "village-committee" }, evidenceId: "w-1",
 *   reverses: null, orderId: null, lot: null, note: null } }
 * decodeLedgerEvent(e)._tag //=> "Success"
 * const bad = decodeLedgerEvent({ type: "applied" })
 * bad._tag === "Failure" && bad.failure.issues.map((i) => i.path.join(".")) //=> ["type", "entry"]
 * ```
 * @category store
 * @since 0.1.0
 */
export const decodeLedgerEvent = (u: unknown): Result.Result<LedgerEvent, InvalidInput> => {
  const issues: Issue[] = []
  const o = typeof u === "object" && u !== null ? (u as Record<string, unknown>) : {}
  if (o["type"] !== "entry-recorded") issues.push(issue(["type"], "invalid_event_type", "事件类型应为 entry-recorded（记账）", "the event type must be entry-recorded"))
  const e = o["entry"]
  if (typeof e !== "object" || e === null) {
    issues.push(issue(["entry"], "invalid_entry", "事件应含一条台账记录", "the event must hold a ledger entry"))
    return Result.fail(new InvalidInput({ issues }))
  }
  const x = e as Record<string, unknown>
  const bad = (field: string, zh: string, en: string) => issues.push(issue(["entry", field], "invalid_entry", zh, en))
  for (const f of ["key", "person"] as const) if (!isText(x[f])) bad(f, "应为非空文本", "expected a non-empty text")
  if (!(ENTRY_KINDS as ReadonlyArray<unknown>).includes(x["kind"])) bad("kind", "记录类型不在规定之列", "not an entry kind")
  for (const f of ["quantity", "points"] as const) if (typeof x[f] !== "number" || !Number.isSafeInteger(x[f])) bad(f, "应为整数", "expected a whole number")
  if (!isIsoDate(x["date"])) bad("date", "不是有效的日期（应为 YYYY-MM-DD）", "not a valid date (expected YYYY-MM-DD)")
  if (!isActor(x["recorder"])) bad("recorder", "记录人应为 { id, role }", "the recorder must be { id, role }")
  if (x["approver"] !== null && !isActor(x["approver"])) bad("approver", "审核人应为 { id, role } 或 null", "the approver must be { id, role } or null")
  for (const f of ["item", "evidenceId", "reverses", "orderId", "lot", "note"] as const) {
    if (x[f] !== null && typeof x[f] !== "string") bad(f, "应为文本或 null", "expected a text or null")
  }
  if (issues.length > 0) return Result.fail(new InvalidInput({ issues }))
  return Result.succeed({ type: "entry-recorded", entry: canonical(x as unknown as LedgerEntry) })
}

/**
 * A ledger read back from its case: the `Ledger` and the case's version (its number of entries),
 * the version the next append names.
 *
 * @example
 * ```ts
 * import { Ledger, type LoadedLedger } from "@minzheng/credit"
 * const fresh: LoadedLedger = { ledger: Ledger.empty(), version: 0 }
 * fresh.version //=> 0
 * ```
 * @category store
 * @since 0.1.0
 */
export interface LoadedLedger {
  readonly ledger: Ledger
  readonly version: number
}

/** A ledger as last read, with the store position of its last event (0 for none). */
export interface SeenLedger extends LoadedLedger {
  readonly position: number
}

/** The empty ledger, before anything is read. */
export const NOTHING_SEEN: SeenLedger = { ledger: Ledger.empty(), version: 0, position: 0 }

const corrupt = (ledgerId: string, version: number, reason: "corrupt-event" | "version-gap", detail: string): CaseStoreFailure =>
  new CaseStoreFailure({ store: "credit-ledger", location: ledgerId, reason, detail, caseId: ledgerId, version })

/**
 * Replays the events that follow `from` (versions `from.version + 1`, `+ 2` …) onto its ledger;
 * the events before never change (a case is append-only). A damaged event, or a second entry
 * under a key, is `corrupt-event`; a missing version, `version-gap`.
 */
export const replayOnto = (from: SeenLedger, ledgerId: string, events: ReadonlyArray<StoredEvent>): Result.Result<SeenLedger, CaseStoreFailure> => {
  let ledger = from.ledger
  let position = from.position
  for (let i = 0; i < events.length; i++) {
    const stored = events[i] as StoredEvent
    if (stored.version !== from.version + i + 1) return Result.fail(corrupt(ledgerId, from.version + i + 1, "version-gap", `expected version ${from.version + i + 1}, found ${stored.version}`))
    const d = decodeLedgerEvent(stored.event)
    if (Result.isFailure(d)) return Result.fail(corrupt(ledgerId, stored.version, "corrupt-event", d.failure.issues.map((x) => `${x.path.join(".")}: ${x.en}`).join("; ")))
    if (ledger.find(d.success.entry.key) !== undefined) return Result.fail(corrupt(ledgerId, stored.version, "corrupt-event", "a second entry under a key already recorded"))
    ledger = ledger.withEntry(d.success.entry)
    position = stored.position
  }
  return Result.succeed({ ledger, version: from.version + events.length, position })
}

/**
 * Reads a ledger from a case store and replays it: the `Ledger` and the case's version (the
 * number of entries). An unknown ledger is empty at version 0. Fails with `CaseStoreFailure` when
 * the store cannot read, or (`corrupt-event`) when an event is no ledger entry.
 *
 * @example
 * ```ts
 * import { makeMemoryCaseStore } from "@minzheng/core"
 * import { loadLedger, makeStoreCreditLedger, rongchengVillageScheme } from "@minzheng/credit"
 * import { Effect } from "effect"
 * const store = makeMemoryCaseStore()
 * const ledger = makeStoreCreditLedger(store, [rongchengVillageScheme], { ledgerId: "370303-001" })
 * Effect.runSync(ledger.record({
 *   kind: "award", key: "a1", person: "p1", item: "volunteer-4h", quantity: 2, date: "2025-04-03",
 *   recorder: { id: "c1", role: "collector" }, evidenceId: "sys-1"
 * })).entry.points //=> 2
 * Effect.runSync(loadLedger(store, "370303-001")).version //=> 1
 * Effect.runSync(loadLedger(store, "370303-999")).ledger.size //=> 0
 * ```
 * @throws `InvalidInput` when the store is no `CaseStore` or the ledger id is not a non-empty text
 * @category store
 * @since 0.1.0
 */
export const loadLedger = (store: CaseStoreShape, ledgerId: string): Effect.Effect<LoadedLedger, CaseStoreFailure> => {
  const issues: Issue[] = []
  if (typeof store !== "object" || store === null || typeof (store as { read?: unknown }).read !== "function") issues.push(issue(["store"], "invalid_store", "应为案件库（CaseStore）", "expected a CaseStore"))
  if (!isText(ledgerId)) issues.push(issue(["ledgerId"], "invalid_text", "台账编号应为非空文本", "the ledger id must be a non-empty text"))
  if (issues.length > 0) throw new InvalidInput({ issues })
  return Effect.flatMap(store.read(ledgerId), (events) =>
    Effect.fromResult(Result.map(replayOnto(NOTHING_SEEN, ledgerId, events), ({ ledger, version }): LoadedLedger => ({ ledger, version })))
  )
}
