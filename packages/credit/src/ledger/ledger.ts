/**
 * 积分台账 (credit ledger): an append-only, immutable list of {@link LedgerEntry}s. Appending
 * returns a new ledger and leaves the old one as it was; versions share storage, so an append is
 * O(1) amortised and a person's entries are found through an index.
 *
 * @module
 */
import { registerStoreReader, Store } from "../internal/ledger-store.js"
import type { LedgerEntry } from "./entry.js"

/**
 * An immutable credit ledger (see the module summary). Build one with {@link Ledger.empty} and
 * `appendEntry`; read it with {@link Ledger.find}, {@link Ledger.entriesOf},
 * {@link Ledger.reversalOf} and {@link Ledger.people}.
 *
 * @example
 * ```ts
 * import { Ledger } from "@minzheng/credit"
 * Ledger.empty().size //=> 0
 * ```
 * @category ledger
 * @since 0.1.0
 */
export class Ledger {
  /** The number of entries. */
  readonly size: number
  readonly #store: Store

  static {
    registerStoreReader((ledger) => (ledger as Ledger).#store)
  }

  private constructor(store: Store, size: number) {
    this.#store = store
    this.size = size
  }

  /**
   * An empty ledger.
   *
   * @example
   * ```ts
   * import { Ledger } from "@minzheng/credit"
   * Ledger.empty().people() //=> []
   * ```
   */
  static empty(): Ledger {
    return new Ledger(new Store(), 0)
  }

  /**
   * Whether a value is a Ledger.
   *
   * @example
   * ```ts
   * import { Ledger } from "@minzheng/credit"
   * Ledger.isLedger(Ledger.empty()) //=> true
   * ```
   */
  static isLedger(u: unknown): u is Ledger {
    return u instanceof Ledger
  }

  /**
   * This ledger with one more entry (no checks: use `appendEntry`, which validates first).
   *
   * @internal
   */
  withEntry(entry: LedgerEntry): Ledger {
    if (this.size === this.#store.entries.length) {
      this.#store.push(entry)
      return new Ledger(this.#store, this.size + 1)
    }
    // An older version is being extended: fork its own storage so later versions stay intact.
    const fork = new Store()
    for (let i = 0; i < this.size; i++) fork.push(this.#store.entries[i] as LedgerEntry)
    fork.push(entry)
    return new Ledger(fork, this.size + 1)
  }

  /**
   * The entry recorded under an idempotency key, if any. Keys are compared in Unicode NFC, so a
   * key typed as `é` (one code point) and as `e` + U+0301 is one key.
   *
   * @example
   * ```ts
   * import { Ledger } from "@minzheng/credit"
   * Ledger.empty().find("k1") //=> undefined
   * ```
   */
  find(key: string): LedgerEntry | undefined {
    if (typeof key !== "string") return undefined
    const i = this.#store.index.get(key.normalize("NFC"))
    return i !== undefined && i < this.size ? this.#store.entries[i] : undefined
  }

  /**
   * The reversal of an entry, if it has been reversed.
   *
   * @example
   * ```ts
   * import { Ledger } from "@minzheng/credit"
   * Ledger.empty().reversalOf("k1") //=> undefined
   * ```
   */
  reversalOf(key: string): LedgerEntry | undefined {
    if (typeof key !== "string") return undefined
    const i = this.#store.reversedBy.get(key.normalize("NFC"))
    return i !== undefined && i < this.size ? this.#store.entries[i] : undefined
  }

  /**
   * A person's entries in the order they were recorded.
   *
   * @example
   * ```ts
   * import { Ledger } from "@minzheng/credit"
   * Ledger.empty().entriesOf("p1") //=> []
   * ```
   */
  entriesOf(person: string): Array<LedgerEntry> {
    const list = this.#store.byPerson.get(person)
    if (list === undefined) return []
    const out: LedgerEntry[] = []
    for (const i of list) {
      if (i >= this.size) break
      out.push(this.#store.entries[i] as LedgerEntry)
    }
    return out
  }

  /**
   * Everyone with at least one entry, in order of first appearance.
   *
   * @example
   * ```ts
   * import { Ledger } from "@minzheng/credit"
   * Ledger.empty().people() //=> []
   * ```
   */
  people(): Array<string> {
    const out: string[] = []
    for (const p of this.#store.people) {
      const first = (this.#store.byPerson.get(p) as number[])[0] as number
      if (first < this.size) out.push(p)
    }
    return out
  }

  /**
   * All entries in the order they were recorded (a copy).
   *
   * @example
   * ```ts
   * import { Ledger } from "@minzheng/credit"
   * Ledger.empty().entries() //=> []
   * ```
   */
  entries(): Array<LedgerEntry> {
    return this.#store.entries.slice(0, this.size)
  }
}
