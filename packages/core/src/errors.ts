/**
 * Typed errors shared by every minzheng package.
 *
 * Errors are data (after zod's `ZodError`): a tag, the facts of the failure, and a message in
 * Chinese and in English built from one table per language (`internal/messages.ts`), never from
 * strings assembled where the error is raised. Every error is an Effect `Data.TaggedError`, so it
 * can be yielded inside `Effect.gen` and recovered with `Effect.catchTag`.
 *
 * No error ever carries a full citizen ID number: paths and messages mention masked values only.
 *
 * @module
 */
import * as Data from "effect/Data"
import { brandOf, hasBrand, markPrototype } from "./internal/brand.js"
import type { Citation } from "./model/citation.js"
import { en, zh } from "./internal/messages.js"
import type { Issue } from "./issue.js"
import type { Bilingual } from "./text.js"

const BRANDS = {
  InvalidInput: brandOf("InvalidInput"),
  CalendarYearNotCovered: brandOf("CalendarYearNotCovered"),
  ParameterMissing: brandOf("ParameterMissing"),
  PolicyBundleIncomplete: brandOf("PolicyBundleIncomplete"),
  TransitionRefused: brandOf("TransitionRefused"),
  VersionConflict: brandOf("VersionConflict")
} as const

/**
 * Invalid input: one error listing every problem found, each with its path and a message in
 * Chinese and English. Nothing was applied.
 *
 * @example
 * ```ts
 * import { InvalidInput } from "@minzheng/core"
 * const error = new InvalidInput({
 *   issues: [{ path: ["date"], code: "invalid_date", zh: "不是有效的日期", en: "not a valid date" }]
 * })
 * error.message   //=> "Invalid input (1 problem): date: not a valid date"
 * error.messageZh //=> "输入有误（共 1 处）：date：不是有效的日期"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  readonly issues: ReadonlyArray<Issue>
  readonly message: string
  readonly messageZh: string
}> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.InvalidInput)
  }
  constructor(args: { readonly issues: ReadonlyArray<Issue> }) {
    super({ issues: args.issues, message: en.invalidInput(args.issues), messageZh: zh.invalidInput(args.issues) })
  }
}

/**
 * A date falls in a year the work-day calendar has no data for (and no projection was asked for).
 *
 * @example
 * ```ts
 * import { CalendarYearNotCovered } from "@minzheng/core"
 * const error = new CalendarYearNotCovered({ year: 2031, covered: [2020, 2026] })
 * error.messageZh.startsWith("工作日历没有 2031 年的数据（已覆盖：2020–2026 年）") //=> true
 * error.message.includes("--calendar FILE") && error.message.includes("--provisional-calendar") //=> true
 * ```
 * @category errors
 * @since 0.1.0
 */
export class CalendarYearNotCovered extends Data.TaggedError("CalendarYearNotCovered")<{
  readonly year: number
  readonly covered: readonly [number, number] | readonly []
  readonly message: string
  readonly messageZh: string
}> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.CalendarYearNotCovered)
  }
  constructor(args: { readonly year: number; readonly covered: readonly [number, number] | readonly [] }) {
    super({ ...args, message: en.calendarYearNotCovered(args), messageZh: zh.calendarYearNotCovered(args) })
  }
}

/**
 * A parameter has no value for a region and date: no entry on or before the date, or the series
 * was ended (`null`) before it.
 *
 * @example
 * ```ts
 * import { ParameterMissing } from "@minzheng/core"
 * const error = new ParameterMissing({ name: "dibao.urbanStandard", region: "370213", date: "2019-01-01", reason: "before-first-entry" })
 * error.messageZh //=> "参数 dibao.urbanStandard 在地区 370213、日期 2019-01-01 没有取值（早于第一个生效日期）"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class ParameterMissing extends Data.TaggedError("ParameterMissing")<{
  readonly name: string
  readonly region: string
  readonly date: string
  readonly reason: "not-defined" | "before-first-entry" | "ended"
  readonly message: string
  readonly messageZh: string
}> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.ParameterMissing)
  }
  constructor(args: {
    readonly name: string
    readonly region: string
    readonly date: string
    readonly reason: "not-defined" | "before-first-entry" | "ended"
  }) {
    super({ ...args, message: en.parameterMissing(args), messageZh: zh.parameterMissing(args) })
  }
}

/**
 * A policy bundle cannot serve a run: every missing or invalid parameter is listed.
 *
 * @example
 * ```ts
 * import { ParameterMissing, PolicyBundleIncomplete } from "@minzheng/core"
 * const error = new PolicyBundleIncomplete({
 *   bundle: "qingdao-licang-2024",
 *   problems: [new ParameterMissing({ name: "dibao.urbanStandard", region: "370213", date: "2019-01-01", reason: "before-first-entry" })]
 * })
 * error.problems.length //=> 1
 * ```
 * @category errors
 * @since 0.1.0
 */
export class PolicyBundleIncomplete extends Data.TaggedError("PolicyBundleIncomplete")<{
  readonly bundle: string
  readonly problems: ReadonlyArray<ParameterMissing | InvalidInput>
  readonly message: string
  readonly messageZh: string
}> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.PolicyBundleIncomplete)
  }
  constructor(args: { readonly bundle: string; readonly problems: ReadonlyArray<ParameterMissing | InvalidInput> }) {
    super({ ...args, message: en.policyBundleIncomplete(args), messageZh: zh.policyBundleIncomplete(args) })
  }
}

/**
 * A workflow command was refused in the case's current state, with the reason in both languages
 * and, where a rule of law decides it, the citation.
 *
 * @example
 * ```ts
 * import { TransitionRefused } from "@minzheng/core"
 * const refusal = new TransitionRefused({
 *   state: "publicNoticeRunning",
 *   command: "confirm",
 *   reason: { zh: "公示期未满，不得确认", en: "the public notice has not run its full length" },
 *   citations: [{ document: "最低生活保障审核确认办法", number: "民发〔2021〕57号", article: "第二十条" }]
 * })
 * refusal.message //=> "Command confirm refused in state publicNoticeRunning: the public notice has not run its full length"
 * refusal.messageZh //=> "不能执行该操作：公示期未满，不得确认"
 * const named = new TransitionRefused({
 *   state: "publicNoticeRunning",
 *   command: "confirm",
 *   stateName: { zh: "公示中", en: "public notice running" },
 *   commandName: { zh: "确认", en: "confirm" },
 *   reason: { zh: "公示期未满，不得确认", en: "the public notice has not run its full length" }
 * })
 * named.messageZh //=> "当前状态（公示中）下不能确认：公示期未满，不得确认"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class TransitionRefused extends Data.TaggedError("TransitionRefused")<{
  readonly state: string
  readonly command: string
  readonly reason: Bilingual
  readonly citations: ReadonlyArray<Citation>
  readonly details?: Readonly<Record<string, unknown>>
  /** The state's and the command's names, for messages (the ids stay in `state` and `command`). */
  readonly stateName?: Bilingual
  readonly commandName?: Bilingual
  readonly message: string
  readonly messageZh: string
}> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.TransitionRefused)
  }
  constructor(args: {
    readonly state: string
    readonly command: string
    readonly reason: Bilingual
    readonly citations?: ReadonlyArray<Citation>
    readonly details?: Readonly<Record<string, unknown>>
    readonly stateName?: Bilingual
    readonly commandName?: Bilingual
  }) {
    super({
      state: args.state,
      command: args.command,
      reason: args.reason,
      ...(args.stateName === undefined ? {} : { stateName: args.stateName }),
      ...(args.commandName === undefined ? {} : { commandName: args.commandName }),
      citations: args.citations ?? [],
      ...(args.details === undefined ? {} : { details: args.details }),
      message: en.transitionRefused(args),
      messageZh: zh.transitionRefused(args)
    })
  }
}

/**
 * An append to a case was made against a stale version: someone else appended first. Nothing was
 * written; re-read the case and decide again.
 *
 * @example
 * ```ts
 * import { VersionConflict } from "@minzheng/core"
 * const error = new VersionConflict({ caseId: "case-1", expected: 3, actual: 4 })
 * error.message //=> "Case case-1 is at version 4, not the expected 3: re-read it and decide again"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class VersionConflict extends Data.TaggedError("VersionConflict")<{
  readonly caseId: string
  readonly expected: number
  readonly actual: number
  readonly message: string
  readonly messageZh: string
}> {
  /** Holds across the ES module and CommonJS copies of core (a registered-symbol brand). */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return hasBrand(u, BRANDS.VersionConflict)
  }
  constructor(args: { readonly caseId: string; readonly expected: number; readonly actual: number }) {
    super({ ...args, message: en.versionConflict(args), messageZh: zh.versionConflict(args) })
  }
}

/**
 * Any typed error raised by `@minzheng/core`.
 *
 * @example
 * ```ts
 * import type { CoreError } from "@minzheng/core"
 * const describe = (e: CoreError): string => `${e._tag}: ${e.messageZh}`
 * ```
 * @category errors
 * @since 0.1.0
 */
export type CoreError =
  | InvalidInput
  | CalendarYearNotCovered
  | ParameterMissing
  | PolicyBundleIncomplete
  | TransitionRefused
  | VersionConflict

/**
 * Tells whether a value is one of core's typed errors.
 *
 * @example
 * ```ts
 * import { InvalidInput, isCoreError } from "@minzheng/core"
 * isCoreError(new InvalidInput({ issues: [] })) //=> true
 * isCoreError(new TypeError("x")) //=> false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isCoreError = (u: unknown): u is CoreError =>
  u instanceof InvalidInput ||
  u instanceof CalendarYearNotCovered ||
  u instanceof ParameterMissing ||
  u instanceof PolicyBundleIncomplete ||
  u instanceof TransitionRefused ||
  u instanceof VersionConflict

markPrototype(InvalidInput, BRANDS.InvalidInput)
markPrototype(CalendarYearNotCovered, BRANDS.CalendarYearNotCovered)
markPrototype(ParameterMissing, BRANDS.ParameterMissing)
markPrototype(PolicyBundleIncomplete, BRANDS.PolicyBundleIncomplete)
markPrototype(TransitionRefused, BRANDS.TransitionRefused)
markPrototype(VersionConflict, BRANDS.VersionConflict)
