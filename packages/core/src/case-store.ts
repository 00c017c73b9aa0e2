/**
 * The `CaseStore` service: where event-sourced cases live. Append-only, with optimistic
 * concurrency: an append names the version it expects, and a stale version is refused with
 * {@link VersionConflict} — nothing is ever lost or overwritten. Every event also gets a global
 * `position`, so a read model (a projection) can read all events after the last one it saw, in
 * order, and catch up after a restart ({@link CaseStoreShape.readAll}). An append may carry an
 * idempotency key: a retry of the same append writes nothing and returns what the first one
 * stored.
 *
 * The in-memory store ({@link makeMemoryCaseStore}) is the default; the durable adapters are
 * `@minzheng/store-sqlite` (a file, no server) and `@minzheng/store-postgres` (a shared
 * PostgreSQL database). All three pass the same conformance suite (`caseStoreConformance`).
 * A store that cannot do its work fails with a typed {@link CaseStoreFailure} naming the store,
 * the file or server, and the reason, in Chinese and English.
 *
 * @module
 */
import { requireFunction, requireString, requireWorkflow } from "./internal/guard.js"
import { brandOf, hasBrand, markPrototype } from "./internal/brand.js"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import type { IsoDate } from "./date.js"
import { issue } from "./decode.js"
import { type CalendarYearNotCovered, InvalidInput, isCoreError, type ParameterMissing, type TransitionRefused, VersionConflict } from "./errors.js"
import type { Issue } from "./issue.js"
import { maskPersonalNumbers } from "./personal-number.js"
import type { Bilingual } from "./text.js"
import { type Workflow, handle, replay } from "./workflow.js"

/**
 * An event as stored: the case it belongs to, its version within the case (1 for the first event
 * of a case, then 2, 3 … without a gap), its global position in the store (increasing in the
 * order appends committed, across all cases), the event itself (JSON-serialisable data) and when
 * it was recorded.
 *
 * @example
 * ```ts
 * import type { StoredEvent } from "@minzheng/core"
 * const e: StoredEvent = { caseId: "case-1", version: 1, position: 1, event: { type: "applied" }, recordedAt: "2025-03-01T08:00:00.000Z" }
 * e.position //=> 1
 * ```
 * @category models
 * @since 0.1.0
 */
export interface StoredEvent<E = unknown> {
  /** The case the event belongs to. */
  readonly caseId: string
  /** Its place in the case: 1, 2, 3 … without a gap. */
  readonly version: number
  /** The event's place in the whole store: 1, 2, 3 …, in the order appends committed. */
  readonly position: number
  /** The event itself (JSON data). */
  readonly event: E
  /** When it was appended (an ISO 8601 instant). */
  readonly recordedAt: string
}

/**
 * Options of an append.
 *
 * @example
 * ```ts
 * import type { AppendOptions } from "@minzheng/core"
 * const options: AppendOptions = { idempotencyKey: "award-2025-0007" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface AppendOptions {
  /**
   * Makes the append idempotent. The key is unique in the whole store: the first append under it
   * writes its events; a repeat with the same case and the same events (compared as their JSON
   * text) writes nothing and returns the events the first one stored, whatever the case's version
   * is now; the key with another case or other events fails with {@link IdempotencyKeyReused}.
   */
  readonly idempotencyKey?: string
}

/**
 * Options of {@link CaseStoreShape.readAll}.
 *
 * @example
 * ```ts
 * import type { ReadAllOptions } from "@minzheng/core"
 * const next: ReadAllOptions = { after: 1200, limit: 500 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ReadAllOptions {
  /** Read the events whose position is greater than this (default 0: from the start). */
  readonly after?: number
  /** At most this many events (default 1,000; at most 100,000). */
  readonly limit?: number
}

/**
 * The operations of a case store.
 *
 * @example
 * ```ts
 * import { makeMemoryCaseStore, type CaseStoreShape } from "@minzheng/core"
 * const store: CaseStoreShape = makeMemoryCaseStore()
 * typeof store.readAll //=> "function"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CaseStoreShape {
  /**
   * Appends events to a case whose current version must be `expectedVersion` (0 for a new case).
   * All or nothing. Returns the events as stored (with their versions and positions). With an
   * `idempotencyKey`, a repeat returns the events first stored under the key and writes nothing.
   */
  readonly append: (
    caseId: string,
    expectedVersion: number,
    events: ReadonlyArray<unknown>,
    options?: AppendOptions
  ) => Effect.Effect<ReadonlyArray<StoredEvent>, VersionConflict | IdempotencyKeyReused | CaseStoreFailure>
  /** Reads all events of a case, in version order (empty for an unknown case). */
  readonly read: (caseId: string) => Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure>
  /**
   * Reads the events of every case whose position is after `options.after`, in position order,
   * at most `options.limit` of them (see `ReadAllOptions`). An empty answer means the reader
   * has caught up. Positions commit in order, so an event is never seen before one with a lower
   * position: a reader that remembers the last position it handled misses nothing.
   */
  readonly readAll: (options?: ReadAllOptions) => Effect.Effect<ReadonlyArray<StoredEvent>, CaseStoreFailure>
  /** Lists the ids of every case in the store, in the order their first event was appended. */
  readonly list: () => Effect.Effect<ReadonlyArray<string>, CaseStoreFailure>
}

const BRANDS = {
  CaseStoreFailure: brandOf("CaseStoreFailure"),
  IdempotencyKeyReused: brandOf("IdempotencyKeyReused")
} as const

/**
 * Why a case store failed, each with its Chinese and English name: the closed set of
 * {@link CaseStoreFailure}'s `reason`.
 *
 * @example
 * ```ts
 * import { CASE_STORE_FAILURE_REASON_NAMES } from "@minzheng/core"
 * CASE_STORE_FAILURE_REASON_NAMES["locked"].zh //=> "被锁定"
 * Object.keys(CASE_STORE_FAILURE_REASON_NAMES).length //=> 15
 * ```
 * @category errors
 * @since 0.1.0
 */
export const CASE_STORE_FAILURE_REASON_NAMES = {
  "cannot-open": { zh: "无法打开", en: "cannot open" },
  "not-a-database": { zh: "不是数据库", en: "not a database" },
  "foreign-schema": { zh: "表结构不属于案件库", en: "foreign schema" },
  "newer-schema": { zh: "结构版本较新", en: "newer schema" },
  "outdated-schema": { zh: "结构版本待升级", en: "outdated schema" },
  "read-only": { zh: "只读", en: "read-only" },
  locked: { zh: "被锁定", en: "locked" },
  unavailable: { zh: "无法连接", en: "unavailable" },
  "access-denied": { zh: "无访问权限", en: "access denied" },
  "disk-full": { zh: "磁盘已满", en: "disk full" },
  "io-error": { zh: "读写错误", en: "I/O error" },
  "corrupt-event": { zh: "事件已损坏", en: "corrupt event" },
  "version-gap": { zh: "版本不连续", en: "version gap" },
  closed: { zh: "已关闭", en: "closed" },
  "unexpected-error": { zh: "意外错误", en: "unexpected error" }
} as const satisfies Readonly<Record<string, Bilingual>>

/**
 * A reason a case store failed (a key of {@link CASE_STORE_FAILURE_REASON_NAMES}).
 *
 * @example
 * ```ts
 * import type { CaseStoreFailureReason } from "@minzheng/core"
 * const retryable = (r: CaseStoreFailureReason) => r === "locked" || r === "unavailable"
 * retryable("locked") //=> true
 * ```
 * @category errors
 * @since 0.1.0
 */
export type CaseStoreFailureReason = keyof typeof CASE_STORE_FAILURE_REASON_NAMES

/**
 * What a {@link CaseStoreFailure} records.
 *
 * @example
 * ```ts
 * import type { CaseStoreFailureFacts } from "@minzheng/core"
 * const facts: CaseStoreFailureFacts = { store: "sqlite", location: "cases.db", reason: "locked", detail: "database is locked", busyTimeoutMs: 5000 }
 * facts.reason //=> "locked"
 * ```
 * @category errors
 * @since 0.1.0
 */
export interface CaseStoreFailureFacts {
  /** Which kind of store: `"memory"`, `"sqlite"`, `"postgres"` or an adapter's own name. */
  readonly store: string
  /** The file (SQLite) or the server, database and schema (PostgreSQL; never a password). */
  readonly location: string
  /** Why (a key of {@link CASE_STORE_FAILURE_REASON_NAMES}). */
  readonly reason: CaseStoreFailureReason
  /** The database's own words. */
  readonly detail: string
  /** For a damaged case: the case … */
  readonly caseId?: string
  /** … and the version found damaged. */
  readonly version?: number
  /** For `locked`: how long the store waited. */
  readonly busyTimeoutMs?: number
}

const isFile = (f: CaseStoreFailureFacts): boolean => f.store === "sqlite"

const FAILURE_ZH: Readonly<Record<CaseStoreFailureReason, (f: CaseStoreFailureFacts) => string>> = {
  "cannot-open": (f) =>
    isFile(f) ? `无法打开案件库文件 ${f.location}：请检查路径是否存在、目录是否可写` : `无法打开案件库 ${f.location}：请检查数据库名称与连接设置`,
  "not-a-database": (f) => `文件 ${f.location} 不是数据库文件（可能已损坏或不是案件库）：请确认路径指向案件库文件`,
  "foreign-schema": (f) => `${isFile(f) ? "文件" : "数据库"} ${f.location} 中已有同名的事件表，但结构不是本案件库的：为免破坏其中的数据，拒绝使用`,
  "newer-schema": (f) => `案件库 ${f.location} 由较新版本的程序写入，本程序不认识其结构：请升级本程序后再打开`,
  "outdated-schema": (f) => `案件库 ${f.location} 的结构版本较旧，只读打开时无法升级：请先以可写方式打开一次`,
  "read-only": (f) => `案件库 ${f.location} 只读，无法写入：${isFile(f) ? "请检查文件权限，或以可写方式打开" : "请检查数据库是否为只读备库或账号权限"}`,
  locked: (f) => `案件库 ${f.location} 被其他进程锁定，等待 ${f.busyTimeoutMs ?? 0} 毫秒后仍未释放：请稍后重试，或调大等待时间`,
  unavailable: (f) => `无法连接案件库 ${f.location}：请检查数据库服务器是否已启动、地址与端口是否正确`,
  "access-denied": (f) => `无权访问案件库 ${f.location}：请检查用户名、密码与授权`,
  "disk-full": (f) => `写入案件库 ${f.location} 失败：磁盘已满`,
  "io-error": (f) => `读写案件库 ${f.location} 失败：磁盘读写错误`,
  "corrupt-event": (f) => `案件库 ${f.location} 中案件 ${f.caseId ?? ""} 的第 ${f.version ?? 0} 条事件无法读取：记录已损坏`,
  "version-gap": (f) => `案件库 ${f.location} 中案件 ${f.caseId ?? ""} 的事件版本不连续：记录缺失，拒绝使用`,
  closed: (f) => `案件库 ${f.location} 已关闭，不能再使用：请重新打开`,
  "unexpected-error": (f) => `案件库 ${f.location} 发生意外错误：请将详细信息报告给维护人员`
}

const FAILURE_EN: Readonly<Record<CaseStoreFailureReason, (f: CaseStoreFailureFacts) => string>> = {
  "cannot-open": (f) =>
    isFile(f)
      ? `Cannot open the case store file ${f.location}: check that the path exists and its folder is writable`
      : `Cannot open the case store ${f.location}: check the database name and connection settings (${f.detail})`,
  "not-a-database": (f) => `${f.location} is not a database file (damaged, or not a case store): check the path`,
  "foreign-schema": (f) => `${f.location} has a case_events table that is not this store's (${f.detail}): refused, so as not to damage its data`,
  "newer-schema": (f) => `The case store ${f.location} was written by a newer version of this library (${f.detail}): upgrade before opening it`,
  "outdated-schema": (f) => `The case store ${f.location} has an older schema that cannot be upgraded when opened read-only: open it writable once`,
  "read-only": (f) =>
    `The case store ${f.location} is read-only: ${isFile(f) ? "check the file's permissions or open it writable" : "check whether the server is a read-only standby, and the role's rights"}`,
  locked: (f) => `The case store ${f.location} stayed locked by another process for ${f.busyTimeoutMs ?? 0} ms: retry later or raise busyTimeoutMs`,
  unavailable: (f) => `Cannot reach the case store ${f.location}: check that the database server is running and the address is right (${f.detail})`,
  "access-denied": (f) => `Access to the case store ${f.location} was denied: check the user, password and grants (${f.detail})`,
  "disk-full": (f) => `Writing the case store ${f.location} failed: the disk is full`,
  "io-error": (f) => `Reading or writing the case store ${f.location} failed: disk I/O error (${f.detail})`,
  "corrupt-event": (f) => `Event ${f.version ?? 0} of case ${f.caseId ?? ""} in ${f.location} cannot be read: the record is damaged`,
  "version-gap": (f) => `The events of case ${f.caseId ?? ""} in ${f.location} have a gap in their versions (${f.detail}): records are missing`,
  closed: (f) => `The case store ${f.location} is closed: open it again`,
  "unexpected-error": (f) => `The case store ${f.location} failed unexpectedly: ${f.detail}`
}

/**
 * A case store could not do its work: the store, the file or server, the reason, the database's
 * own words (`detail`) and, for a damaged case, the case and version. Nothing was written.
 *
 * @example
 * ```ts
 * import { CaseStoreFailure } from "@minzheng/core"
 * const e = new CaseStoreFailure({ store: "sqlite", location: "/data/cases.db", reason: "read-only", detail: "attempt to write a readonly database" })
 * e.messageZh //=> "案件库 /data/cases.db 只读，无法写入：请检查文件权限，或以可写方式打开"
 * e._tag //=> "CaseStoreFailure"
 * ```
 * @throws `InvalidInput` when the facts are not `{ store, location, reason, detail }` with a listed reason
 * @category errors
 * @since 0.1.0
 */
export class CaseStoreFailure extends Data.TaggedError("CaseStoreFailure")<
  CaseStoreFailureFacts & {
    readonly message: string
    readonly messageZh: string
  }
> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.CaseStoreFailure)
  }
  constructor(args: CaseStoreFailureFacts) {
    const a: unknown = args
    const r = typeof a === "object" && a !== null ? (a as Record<string, unknown>) : undefined
    if (
      r === undefined ||
      typeof r["store"] !== "string" ||
      typeof r["location"] !== "string" ||
      typeof r["detail"] !== "string" ||
      typeof r["reason"] !== "string" ||
      !Object.hasOwn(CASE_STORE_FAILURE_REASON_NAMES, r["reason"])
    ) {
      throw new InvalidInput({
        issues: [issue(["args"], "invalid_type", "应为 { store, location, reason, detail }，reason 为已列出的原因之一", "expected { store, location, reason, detail } with one of the listed reasons")]
      })
    }
    super({ ...args, message: FAILURE_EN[args.reason](args), messageZh: FAILURE_ZH[args.reason](args) })
  }
}

/**
 * The same idempotency key was used before for another append (another case, or other events).
 * Nothing was written. The key is kept with any personal number in it masked, and the messages
 * never repeat it.
 *
 * @example
 * ```ts
 * import { IdempotencyKeyReused } from "@minzheng/core"
 * const e = new IdempotencyKeyReused({ key: "award-7", caseId: "ledger-1" })
 * e.messageZh //=> "该幂等键已用于另一次不同的写入（案件或事件不同），本次未写入"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class IdempotencyKeyReused extends Data.TaggedError("IdempotencyKeyReused")<{
  readonly key: string
  readonly caseId: string
  readonly message: string
  readonly messageZh: string
}> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.IdempotencyKeyReused)
  }
  constructor(args: { readonly key: string; readonly caseId: string }) {
    super({
      key: typeof args.key === "string" ? maskPersonalNumbers(args.key) : "",
      caseId: typeof args.caseId === "string" ? args.caseId : "",
      message: "The idempotency key was already used for a different append (another case or other events); nothing was written",
      messageZh: "该幂等键已用于另一次不同的写入（案件或事件不同），本次未写入"
    })
  }
}

markPrototype(CaseStoreFailure, BRANDS.CaseStoreFailure)
markPrototype(IdempotencyKeyReused, BRANDS.IdempotencyKeyReused)

/**
 * The {@link CaseStoreFailure} in an error or an Effect `Cause` (workflow functions such as
 * {@link executeCommand} carry it as a defect), or `undefined` when there is none.
 *
 * @example
 * ```ts
 * import { CaseStoreFailure, caseStoreFailureOf } from "@minzheng/core"
 * const e = new CaseStoreFailure({ store: "sqlite", location: "x.db", reason: "locked", detail: "database is locked" })
 * caseStoreFailureOf(e)?.reason //=> "locked"
 * caseStoreFailureOf(new Error("other")) //=> undefined
 * ```
 * @category errors
 * @since 0.1.0
 */
export const caseStoreFailureOf = (u: unknown): CaseStoreFailure | undefined => {
  if (u instanceof CaseStoreFailure) return u
  if (Cause.isCause(u)) {
    for (const reason of u.reasons) {
      const found = Cause.isFailReason(reason) ? reason.error : Cause.isDieReason(reason) ? reason.defect : undefined
      if (found instanceof CaseStoreFailure) return found
    }
  }
  return undefined
}

/**
 * The service's tag and its in-memory layer. Provide a store with `Layer.succeed(CaseStore, store)`
 * or an adapter's layer (`sqliteCaseStoreLayer`, `postgresCaseStoreLayer`).
 *
 * @example
 * ```ts
 * import { CaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const store = yield* CaseStore
 *   yield* store.append("case-1", 0, [{ type: "applied" }])
 *   return (yield* store.read("case-1")).length
 * })
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))) //=> 1
 * ```
 * @category services
 * @since 0.1.0
 */
export class CaseStore extends Context.Service<CaseStore, CaseStoreShape>()("@minzheng/core/CaseStore") {
  /** A fresh in-memory store per use of the layer. */
  static readonly memory: Layer.Layer<CaseStore> = Layer.sync(CaseStore, () => makeMemoryCaseStore())
}

/** The default and largest page of `readAll`. */
const READ_ALL_DEFAULT_LIMIT = 1_000
const READ_ALL_MAX_LIMIT = 100_000

/**
 * Checks the arguments every store receives (a wrong JS type is a defect: an `InvalidInput`
 * thrown, never a raw TypeError). Exported for adapters; not part of the contract itself.
 *
 * @example
 * ```ts
 * import { checkAppendArguments } from "@minzheng/core"
 * checkAppendArguments("case-1", 0, [{ type: "x" }], undefined) //=> undefined
 * ```
 * @throws `InvalidInput` listing every problem: a case id that is not a non-empty text, a version
 * that is not a whole number ≥ 0, events that are not an array, an idempotency key that is not a
 * non-empty text
 * @category adapters
 * @since 0.1.0
 */
export const checkAppendArguments = (caseId: unknown, expectedVersion: unknown, events: unknown, options: unknown): void => {
  const issues: Issue[] = []
  if (typeof caseId !== "string" || caseId.length === 0) issues.push(issue(["caseId"], "invalid_text", "案件编号应为非空文本", "the case id must be a non-empty text"))
  if (typeof expectedVersion !== "number" || !Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    issues.push(issue(["expectedVersion"], "invalid_version", "预期版本应为不小于 0 的整数", "the expected version must be a whole number ≥ 0"))
  }
  if (!Array.isArray(events)) issues.push(issue(["events"], "invalid_type", "事件应为数组", "events must be an array"))
  if (options !== undefined) {
    if (typeof options !== "object" || options === null) issues.push(issue(["options"], "invalid_type", "选项应为对象", "options must be an object"))
    else {
      const key = (options as { idempotencyKey?: unknown }).idempotencyKey
      if (key !== undefined && (typeof key !== "string" || key.length === 0)) {
        issues.push(issue(["options", "idempotencyKey"], "invalid_text", "幂等键应为非空文本", "the idempotency key must be a non-empty text"))
      }
    }
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
}

/**
 * Reads `readAll`'s options: `after` (default 0) and `limit` (default 1,000, at most 100,000).
 * Exported for adapters.
 *
 * @example
 * ```ts
 * import { readAllOptions } from "@minzheng/core"
 * readAllOptions(undefined) //=> { after: 0, limit: 1000 }
 * readAllOptions({ after: 10, limit: 5 }) //=> { after: 10, limit: 5 }
 * ```
 * @throws `InvalidInput` when `after` is not a whole number ≥ 0 or `limit` not a whole number from 1 to 100,000
 * @category adapters
 * @since 0.1.0
 */
export const readAllOptions = (options: unknown): { readonly after: number; readonly limit: number } => {
  const issues: Issue[] = []
  let after = 0
  let limit = READ_ALL_DEFAULT_LIMIT
  if (options !== undefined) {
    if (typeof options !== "object" || options === null) issues.push(issue(["options"], "invalid_type", "选项应为对象", "options must be an object"))
    else {
      const o = options as { after?: unknown; limit?: unknown }
      if (o.after !== undefined) {
        if (typeof o.after !== "number" || !Number.isSafeInteger(o.after) || o.after < 0) issues.push(issue(["options", "after"], "invalid_position", "起始位置应为不小于 0 的整数", "after must be a whole number ≥ 0"))
        else after = o.after
      }
      if (o.limit !== undefined) {
        if (typeof o.limit !== "number" || !Number.isSafeInteger(o.limit) || o.limit < 1 || o.limit > READ_ALL_MAX_LIMIT) {
          issues.push(issue(["options", "limit"], "invalid_limit", "条数上限应为 1 至 100000 的整数", "limit must be a whole number from 1 to 100,000"))
        } else limit = o.limit
      }
    }
  }
  if (issues.length > 0) throw new InvalidInput({ issues })
  return { after, limit }
}

/**
 * One event as JSON text. Exported for adapters.
 *
 * @example
 * ```ts
 * import { eventJson } from "@minzheng/core"
 * eventJson({ type: "x", note: "调解" }) //=> '{"type":"x","note":"调解"}'
 * ```
 * @throws `InvalidInput` when the event is not JSON-serialisable (a cycle, a BigInt, a function, `undefined`)
 * @category adapters
 * @since 0.1.0
 */
export const eventJson = (event: unknown): string => {
  let text: string | undefined
  try {
    text = JSON.stringify(event)
  } catch {
    text = undefined
  }
  if (text === undefined) throw new InvalidInput({ issues: [issue(["events"], "not_json", "事件必须是可序列化为 JSON 的数据", "events must be JSON-serialisable data")] })
  return text
}

/**
 * How a durable store turns events into JSON text and back. The default
 * ({@link jsonEventCodec}) is `JSON.stringify` / `JSON.parse`; a codec of your own can check
 * events on the way out and in (e.g. with a workflow's `decodeEvent`) or write money as text.
 *
 * @example
 * ```ts
 * import { type EventCodec, eventJson } from "@minzheng/core"
 * const checked: EventCodec = {
 *   encode: eventJson,
 *   decode: (text) => {
 *     const u: unknown = JSON.parse(text)
 *     if (typeof u !== "object" || u === null || !("type" in u)) throw new Error("not an event")
 *     return u
 *   }
 * }
 * checked.decode('{"type":"opened"}') //=> { type: "opened" }
 * ```
 * @category adapters
 * @since 0.1.0
 */
export interface EventCodec {
  /** The event as JSON text; throw core's `InvalidInput` to refuse it (the append is a defect, nothing is written). */
  readonly encode: (event: unknown) => string
  /** The event from its JSON text; throw when it is no valid event (the read fails as `corrupt-event`). */
  readonly decode: (text: string) => unknown
}

/**
 * The default {@link EventCodec}: JSON text in, `JSON.parse` out.
 *
 * @example
 * ```ts
 * import { jsonEventCodec } from "@minzheng/core"
 * jsonEventCodec.encode({ n: 1 }) //=> '{"n":1}'
 * jsonEventCodec.decode('{"n":1}') //=> { n: 1 }
 * ```
 * @category adapters
 * @since 0.1.0
 */
export const jsonEventCodec: EventCodec = {
  encode: (event) => eventJson(event),
  decode: (text) => {
    try {
      return JSON.parse(text) as unknown
    } catch (e) {
      // a typed refusal, never a raw SyntaxError: the adapter reports it as `corrupt-event`
      throw new InvalidInput({
        issues: [{ path: ["event"], code: "invalid_json", zh: `事件不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`, en: `the event is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }]
      })
    }
  }
}

// Runs a check that throws InvalidInput as a defect of the Effect (a broken precondition).
const precondition = <A>(check: () => A): Effect.Effect<A> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(check())
    } catch (e) {
      return Effect.die(e)
    }
  })

/**
 * Builds an in-memory case store. Events are copied through JSON on append, so what is stored is
 * what a durable store would return. Nothing survives the process.
 *
 * @example
 * ```ts
 * import { makeMemoryCaseStore } from "@minzheng/core"
 * import { Effect } from "effect"
 * const store = makeMemoryCaseStore()
 * Effect.runSync(store.append("a", 0, [{ type: "x" }]))[0]?.version //=> 1
 * Effect.runSync(store.append("b", 0, [{ type: "y" }], { idempotencyKey: "k-1" }))[0]?.position //=> 2
 * Effect.runSync(store.append("b", 0, [{ type: "y" }], { idempotencyKey: "k-1" })).length //=> 1
 * Effect.runSync(store.readAll({ after: 1 })).map((e) => e.caseId) //=> ["b"]
 * ```
 * @throws `InvalidInput` when `options` is not `{ now?: () => string }`
 * @category constructors
 * @since 0.1.0
 */
export const makeMemoryCaseStore = (options: { readonly now?: () => string } = {}): CaseStoreShape => {
  if (options !== undefined && (typeof options !== "object" || options === null || (options.now !== undefined && typeof options.now !== "function"))) {
    throw new InvalidInput({ issues: [{ path: ["options", "now"], code: "invalid_options", zh: "选项应为 { now?: () => string }", en: "options must be { now?: () => string }" }] })
  }
  const cases = new Map<string, StoredEvent[]>()
  const all: StoredEvent[] = []
  const keys = new Map<string, { readonly caseId: string; readonly fingerprint: string; readonly stored: ReadonlyArray<StoredEvent> }>()
  const now = options.now ?? (() => new Date().toISOString())
  return {
    append: (caseId, expectedVersion, events, appendOptions) =>
      Effect.flatMap(
        precondition(() => {
          checkAppendArguments(caseId, expectedVersion, events, appendOptions)
          return events.map(eventJson)
        }),
        (texts): Effect.Effect<ReadonlyArray<StoredEvent>, VersionConflict | IdempotencyKeyReused> => {
          const key = appendOptions?.idempotencyKey
          const fingerprint = `[${texts.join(",")}]`
          if (key !== undefined) {
            const earlier = keys.get(key)
            if (earlier !== undefined) {
              return earlier.caseId === caseId && earlier.fingerprint === fingerprint ? Effect.succeed(earlier.stored) : Effect.fail(new IdempotencyKeyReused({ key, caseId }))
            }
          }
          const current = cases.get(caseId) ?? []
          if (current.length !== expectedVersion) {
            return Effect.fail(new VersionConflict({ caseId, expected: expectedVersion, actual: current.length }))
          }
          const at = now()
          const stored = texts.map((text, i) => ({ caseId, version: expectedVersion + i + 1, position: all.length + i + 1, event: JSON.parse(text) as unknown, recordedAt: at }))
          if (stored.length > 0) cases.set(caseId, [...current, ...stored])
          all.push(...stored)
          if (key !== undefined) keys.set(key, { caseId, fingerprint, stored })
          return Effect.succeed(stored)
        }
      ),
    read: (caseId) => Effect.sync(() => cases.get(caseId) ?? []),
    readAll: (readOptions) => Effect.map(precondition(() => readAllOptions(readOptions)), ({ after, limit }) => all.slice(after, after + limit)),
    list: () => Effect.sync(() => [...cases.keys()])
  }
}

// Workflow functions keep their error channels (the packages built on them list their errors):
// a store that cannot do its work is a defect there, carrying the typed CaseStoreFailure — find
// it with caseStoreFailureOf(cause).
const storeFailureAsDefect = <A, E, R>(effect: Effect.Effect<A, E | CaseStoreFailure | IdempotencyKeyReused, R>): Effect.Effect<A, Exclude<E, CaseStoreFailure | IdempotencyKeyReused>, R> =>
  effect.pipe(
    Effect.catchIf(
      (e): e is CaseStoreFailure | IdempotencyKeyReused => e instanceof CaseStoreFailure || e instanceof IdempotencyKeyReused,
      (e) => Effect.die(e)
    )
  ) as Effect.Effect<A, Exclude<E, CaseStoreFailure | IdempotencyKeyReused>, R>

/**
 * Loads a case, decides a command against its state, and appends the events at the version it
 * read — refused with {@link TransitionRefused} when the rules say no, with
 * {@link VersionConflict} when someone appended in between. Typed errors a decision throws
 * (e.g. {@link CalendarYearNotCovered} for a deadline beyond the calendar) fail the Effect; nothing
 * is appended. A store that cannot do its work is a defect carrying its {@link CaseStoreFailure}
 * (find it with {@link caseStoreFailureOf}). Events read back are checked with
 * `decodeEvent` (a store may hold anything), failing with {@link InvalidInput}.
 *
 * @example
 * ```ts
 * import { CaseStore, executeCommand, type Workflow } from "@minzheng/core"
 * import { Effect } from "effect"
 * import { Result } from "@minzheng/core"
 * const counter: Workflow<number, "inc", "incremented"> = {
 *   name: "counter", initial: 0, decide: () => Result.succeed(["incremented"]), evolve: (n) => n + 1
 * }
 * const program = executeCommand(counter, { caseId: "c", command: "inc", decodeEvent: (u) => Result.succeed(u as "incremented") })
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))).state //=> 1
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const executeCommand = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  args: {
    readonly caseId: string
    readonly command: C
    readonly decodeEvent: (u: unknown) => Result.Result<E, InvalidInput>
    readonly expectedVersion?: number
  } & (Ctx extends void ? { readonly context?: undefined } : { readonly context: Ctx })
): Effect.Effect<
  { readonly state: S; readonly events: ReadonlyArray<StoredEvent<E>>; readonly version: number },
  TransitionRefused | VersionConflict | InvalidInput | CalendarYearNotCovered | ParameterMissing,
  CaseStore
> =>
  Effect.gen(function* () {
    yield* guarded(() => {
      requireWorkflow(workflow, "workflow")
      if (typeof args !== "object" || args === null) requireString(undefined, "args")
      requireString(args.caseId, "caseId")
      requireFunction(args.decodeEvent, "decodeEvent")
    })
    const store = yield* CaseStore
    const history = yield* loadCase(workflow, args.caseId, args.decodeEvent)
    if (args.expectedVersion !== undefined && args.expectedVersion !== history.version) {
      return yield* Effect.fail(new VersionConflict({ caseId: args.caseId, expected: args.expectedVersion, actual: history.version }))
    }
    const decided = yield* decideTyped(workflow, history.state, args.command, args.context as Ctx)
    const stored = yield* storeFailureAsDefect(store.append(args.caseId, history.version, decided.events))
    return { state: decided.state, events: stored as ReadonlyArray<StoredEvent<E>>, version: history.version + stored.length }
  })

// Argument checks run inside the Effect: a wrong argument is an InvalidInput failure, not a defect.
const guarded = (check: () => void): Effect.Effect<void, InvalidInput> =>
  Effect.suspend(() => {
    try {
      check()
      return Effect.void
    } catch (e) {
      return e instanceof InvalidInput ? Effect.fail(e) : Effect.die(e)
    }
  })

// A decision may throw core's typed errors (a deadline in a year the calendar lacks, a missing
// parameter, a bad command shape): those are failures the caller handles, not defects.
const decideTyped = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  state: S,
  command: C,
  context: Ctx
): Effect.Effect<{ readonly events: ReadonlyArray<E>; readonly state: S }, TransitionRefused | InvalidInput | CalendarYearNotCovered | ParameterMissing> =>
  Effect.suspend(() => {
    try {
      const r = (handle as (w: Workflow<S, C, E, Ctx>, s: S, c: C, ctx: Ctx) => ReturnType<typeof handle<S, C, E, Ctx>>)(workflow, state, command, context)
      return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure)
    } catch (e) {
      if (isCoreError(e) && (e._tag === "CalendarYearNotCovered" || e._tag === "InvalidInput" || e._tag === "ParameterMissing" || e._tag === "TransitionRefused")) {
        return Effect.fail(e)
      }
      return Effect.die(e)
    }
  })

/**
 * Reads a case and replays it: its state, version and decoded events.
 *
 * @example
 * ```ts
 * import { CaseStore, loadCase, type Workflow } from "@minzheng/core"
 * import { Effect } from "effect"
 * import { Result } from "@minzheng/core"
 * const counter: Workflow<number, "inc", "incremented"> = {
 *   name: "counter", initial: 0, decide: () => Result.succeed(["incremented"]), evolve: (n) => n + 1
 * }
 * const program = loadCase(counter, "unknown", (u) => Result.succeed(u as "incremented"))
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))).version //=> 0
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const loadCase = <S, C, E, Ctx>(
  workflow: Workflow<S, C, E, Ctx>,
  caseId: string,
  decodeEvent: (u: unknown) => Result.Result<E, InvalidInput>
): Effect.Effect<{ readonly state: S; readonly version: number; readonly events: ReadonlyArray<E> }, InvalidInput, CaseStore> =>
  Effect.gen(function* () {
    yield* guarded(() => {
      requireWorkflow(workflow, "workflow")
      requireString(caseId, "caseId")
      requireFunction(decodeEvent, "decodeEvent")
    })
    const store = yield* CaseStore
    const stored = yield* storeFailureAsDefect(store.read(caseId))
    const events: E[] = []
    for (const s of stored) {
      const d = decodeEvent(s.event)
      if (Result.isFailure(d)) return yield* Effect.fail(d.failure)
      events.push(d.success)
    }
    return { state: replay(workflow, events), version: stored.length, events }
  })

/**
 * A deadline derived from a case's events: what is due, by when, and under which rule.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@minzheng/core"
 * const d: Deadline = { caseId: "c-1", kind: "confirmation-window", due: "2025-10-31" as any, label: { zh: "司法确认申请期限", en: "judicial confirmation window" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Deadline {
  readonly caseId: string
  readonly kind: string
  readonly due: IsoDate
  readonly label: Bilingual
}

/**
 * Lists every case's open deadlines, soonest first, computing them from each case's events with
 * `deadlinesOf` (deadlines are derived, never stored).
 *
 * @example
 * ```ts
 * import { CaseStore, listByDue } from "@minzheng/core"
 * import { Effect } from "effect"
 * const program = listByDue(() => [])
 * Effect.runSync(program.pipe(Effect.provide(CaseStore.memory))) //=> []
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const listByDue = (
  deadlinesOf: (caseId: string, events: ReadonlyArray<StoredEvent>) => ReadonlyArray<Deadline>
): Effect.Effect<ReadonlyArray<Deadline>, never, CaseStore> =>
  Effect.gen(function* () {
    const store = yield* CaseStore
    const ids = yield* storeFailureAsDefect(store.list())
    const all: Deadline[] = []
    for (const id of ids) all.push(...deadlinesOf(id, yield* storeFailureAsDefect(store.read(id))))
    return all.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
  })

