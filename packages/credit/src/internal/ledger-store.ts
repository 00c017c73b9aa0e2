/**
 * The storage behind `Ledger`: the entries in append order, the indexes (by key, by person, by
 * reversed entry) and, per entry, typed columns a fold reads instead of the entry object — its
 * day number, month number (year × 12 + month − 1), kind, item code (item ids interned to small
 * integers) and points, and the index of its reversal (−1 if none). Each column is filled once, at
 * append, so a city-wide fold parses no date string and looks up nothing by key.
 */
import { toDayNumber } from "@minzheng/core"
import type { LedgerEntry } from "../ledger/entry.js"

/** Kind codes in the `kind` column. */
export const AWARD = 0
/** Kind code of a deduction. */
export const DEDUCTION = 1
/** Kind code of every other entry (reversal, expiry, redemption): never part of a score. */
export const OTHER = 2

const grow = <A extends Int32Array | Float64Array>(a: A, n: number): A => {
  if (n < a.length) return a
  const b = new (a.constructor as new (n: number) => A)(Math.max(16, a.length * 2))
  b.set(a)
  return b
}

export class Store {
  readonly entries: LedgerEntry[] = []
  readonly index = new Map<string, number>()
  readonly byPerson = new Map<string, number[]>()
  readonly reversedBy = new Map<string, number>()
  readonly people: string[] = []
  /** Item id → item code, and back. */
  readonly itemCodes = new Map<string, number>()
  readonly items: string[] = []
  day = new Int32Array(0)
  month = new Int32Array(0)
  kind = new Int32Array(0)
  item = new Int32Array(0)
  points = new Float64Array(0)
  reversal = new Int32Array(0)

  push(e: LedgerEntry): void {
    const i = this.entries.length
    this.entries.push(e)
    this.index.set(e.key, i)
    let list = this.byPerson.get(e.person)
    if (list === undefined) {
      list = []
      this.byPerson.set(e.person, list)
      this.people.push(e.person)
    }
    list.push(i)
    this.day = grow(this.day, i)
    this.month = grow(this.month, i)
    this.kind = grow(this.kind, i)
    this.item = grow(this.item, i)
    this.points = grow(this.points, i)
    this.reversal = grow(this.reversal, i)
    const d = e.date
    this.day[i] = toDayNumber(d)
    this.month[i] = ((d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48)) * 12 + (d.charCodeAt(5) - 48) * 10 + (d.charCodeAt(6) - 48) - 1
    this.kind[i] = e.kind === "award" ? AWARD : e.kind === "deduction" ? DEDUCTION : OTHER
    let code = -1
    if (e.item !== null) {
      code = this.itemCodes.get(e.item) ?? -1
      if (code === -1) {
        code = this.items.length
        this.items.push(e.item)
        this.itemCodes.set(e.item, code)
      }
    }
    this.item[i] = code
    this.points[i] = e.points
    this.reversal[i] = -1
    if (e.reverses !== null) {
      this.reversedBy.set(e.reverses, i)
      const target = this.index.get(e.reverses)
      if (target !== undefined) this.reversal[target] = i
    }
  }
}

/**
 * A `Ledger` as the store reader sees it. Named structurally so that this file does not import
 * `ledger.ts` (which imports this one): the reader is registered by `Ledger` itself and reads its
 * private store, so only a `Ledger` of this copy of the package ever reaches it.
 */
export interface StoredLedger {
  readonly size: number
}

let read: ((ledger: StoredLedger) => Store) | undefined

/** Called once by `Ledger` to let the package's folds reach its store. */
export const registerStoreReader = (f: (ledger: StoredLedger) => Store): void => {
  read = f
}

/** The store of a ledger (shared between versions: read only indices below `ledger.size`). */
export const storeOf = (ledger: StoredLedger): Store => (read as (ledger: StoredLedger) => Store)(ledger)
