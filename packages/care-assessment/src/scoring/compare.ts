/**
 * 评估对比 (comparison of two assessments of one person): which items changed and in which
 * direction, how each domain and the total moved, the level change, and deterioration flags a
 * caseworker should look at.
 *
 * @module
 */
import { type Explanation, type InvalidInput, invalidInput, issue, type Issue } from "@minzheng/core"
import * as Result from "effect/Result"
import { isRecord } from "../internal/guard.js"
import { node } from "../internal/node.js"
import { isLoadedInstrument } from "../instrument/instrument.js"
import type { LoadedInstrument } from "../instrument/model.js"
import type { Assessment } from "./model.js"

/**
 * How an item's answer changed: `worse` 变差, `better` 好转, `same-score` (another option with the
 * same score, e.g. 昏睡 → 昏迷).
 *
 * @example
 * ```ts
 * import { ITEM_CHANGE_DIRECTION_NAMES } from "@minzheng/care-assessment"
 * ITEM_CHANGE_DIRECTION_NAMES.worse.zh //=> "变差"
 * ```
 * @category comparison
 * @since 0.1.0
 */
export const ITEM_CHANGE_DIRECTION_NAMES = {
  worse: { zh: "变差", en: "worse" },
  better: { zh: "好转", en: "better" },
  "same-score": { zh: "选项改变，得分不变", en: "another option with the same score" }
} as const

/**
 * How an item's answer changed: a key of {@link ITEM_CHANGE_DIRECTION_NAMES}.
 *
 * @example
 * ```ts
 * import type { ItemChangeDirection } from "@minzheng/care-assessment"
 * const d: ItemChangeDirection = "same-score"
 * ```
 * @category comparison
 * @since 0.1.0
 */
export type ItemChangeDirection = keyof typeof ITEM_CHANGE_DIRECTION_NAMES

/**
 * How the level changed between two assessments: `deteriorated` 加重, `improved` 减轻,
 * `unchanged` 不变, `undetermined` 无法比较 (one of them has no level).
 *
 * @example
 * ```ts
 * import { LEVEL_CHANGE_DIRECTION_NAMES } from "@minzheng/care-assessment"
 * LEVEL_CHANGE_DIRECTION_NAMES.deteriorated.zh //=> "加重"
 * ```
 * @category comparison
 * @since 0.1.0
 */
export const LEVEL_CHANGE_DIRECTION_NAMES = {
  improved: { zh: "减轻", en: "improved" },
  unchanged: { zh: "不变", en: "unchanged" },
  deteriorated: { zh: "加重", en: "deteriorated" },
  undetermined: { zh: "无法比较", en: "undetermined" }
} as const

/**
 * How the level changed: a key of {@link LEVEL_CHANGE_DIRECTION_NAMES}.
 *
 * @example
 * ```ts
 * import type { LevelChangeDirection } from "@minzheng/care-assessment"
 * const d: LevelChangeDirection = "improved"
 * ```
 * @category comparison
 * @since 0.1.0
 */
export type LevelChangeDirection = keyof typeof LEVEL_CHANGE_DIRECTION_NAMES

/**
 * One item whose answer changed.
 *
 * @example
 * ```ts
 * import type { ItemChange } from "@minzheng/care-assessment"
 * const c: ItemChange = { item: "walking", clause: "B.2.3", from: { option: "4", score: 4 }, to: { option: "2", score: 2 }, direction: "worse" }
 * ```
 * @category comparison
 * @since 0.1.0
 */
export interface ItemChange {
  readonly item: string
  readonly clause: string
  readonly from: { readonly option: string | null; readonly score: number }
  readonly to: { readonly option: string | null; readonly score: number }
  /** See {@link ITEM_CHANGE_DIRECTION_NAMES}. */
  readonly direction: ItemChangeDirection
}

/**
 * Deterioration flags: `level-deteriorated` 等级加重, `domain-declined` 某一级指标得分下降,
 * `entered-coma` 进入昏迷, `new-adjustment` 新出现等级变更情形.
 *
 * @example
 * ```ts
 * import { DETERIORATION_FLAG_NAMES } from "@minzheng/care-assessment"
 * DETERIORATION_FLAG_NAMES["level-deteriorated"].zh //=> "能力等级加重"
 * ```
 * @category comparison
 * @since 0.1.0
 */
export const DETERIORATION_FLAG_NAMES = {
  "level-deteriorated": { zh: "能力等级加重", en: "level deteriorated" },
  "domain-declined": { zh: "一级指标得分下降", en: "a domain score declined" },
  "entered-coma": { zh: "进入昏迷状态", en: "entered a coma" },
  "new-adjustment": { zh: "新出现等级变更情形", en: "a level-changing rule newly applies" }
} as const

/**
 * A deterioration flag: a key of {@link DETERIORATION_FLAG_NAMES}.
 *
 * @example
 * ```ts
 * import type { DeteriorationFlag } from "@minzheng/care-assessment"
 * const f: DeteriorationFlag = "entered-coma"
 * ```
 * @category comparison
 * @since 0.1.0
 */
export type DeteriorationFlag = keyof typeof DETERIORATION_FLAG_NAMES

/**
 * The comparison of two assessments.
 *
 * @example
 * ```ts
 * import type { AssessmentComparison } from "@minzheng/care-assessment"
 * const worse = (c: AssessmentComparison) => c.levelChange.direction === "deteriorated"
 * ```
 * @category comparison
 * @since 0.1.0
 */
export interface AssessmentComparison {
  readonly instrument: string
  readonly changedItems: ReadonlyArray<ItemChange>
  readonly domainChanges: ReadonlyArray<{ readonly domain: string; readonly from: number; readonly to: number; readonly delta: number }>
  readonly totalDelta: number
  readonly levelChange: { readonly from: string | null; readonly to: string | null; readonly steps: number; readonly direction: LevelChangeDirection }
  readonly flags: ReadonlyArray<DeteriorationFlag>
  readonly explanation: Explanation
}

const isAssessment = (u: unknown): u is Assessment => isRecord(u) && typeof u.instrument === "string" && Array.isArray(u.items) && Array.isArray(u.domains)

/**
 * Compares an earlier and a later assessment of the same person made with the same instrument.
 *
 * @param instrument - the {@link LoadedInstrument} both were made with
 * @param before - the earlier {@link Assessment}
 * @param after - the later {@link Assessment}
 * @returns the {@link AssessmentComparison}, or `InvalidInput` (core) (not assessments, or of another instrument)
 * @example
 * ```ts
 * import { assess, compareAssessments, GBT_42195, GBT_42195_2022 } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const form = (walking: string) => ({ answers: GBT_42195_2022.items.map((i) => ({ item: i.id, option: i.id === "walking" ? walking : i.options[0]!.id })) })
 * const a = Result.getOrThrow(assess(GBT_42195, form("4")))
 * const b = Result.getOrThrow(assess(GBT_42195, form("2")))
 * const c = Result.getOrThrow(compareAssessments(GBT_42195, a, b))
 * ;[c.totalDelta, c.levelChange.direction] //=> [-2, "deteriorated"]
 * ```
 * @category comparison
 * @since 0.1.0
 */
export const compareAssessments = (instrument: LoadedInstrument, before: Assessment, after: Assessment): Result.Result<AssessmentComparison, InvalidInput> => {
  const issues: Issue[] = []
  if (!isLoadedInstrument(instrument)) issues.push(issue(["instrument"], "not_loaded", "评估工具未加载", "the instrument is not loaded"))
  for (const [name, a] of [["before", before], ["after", after]] as const) {
    if (!isAssessment(a)) issues.push(issue([name], "invalid_assessment", "不是评估结果", "not an assessment"))
    else if (isLoadedInstrument(instrument) && a.instrument !== instrument.data.id) {
      issues.push(issue([name, "instrument"], "instrument_mismatch", `评估工具 ${a.instrument} 与 ${instrument.data.id} 不符`, `instrument ${a.instrument} is not ${instrument.data.id}`))
    }
  }
  if (issues.length > 0 || !isLoadedInstrument(instrument)) return Result.fail(invalidInput(issues))
  const byItem = new Map(before.items.map((i) => [i.item, i]))
  const changedItems: ItemChange[] = []
  for (const to of after.items) {
    const from = byItem.get(to.item)
    if (from === undefined || from.option === to.option) continue
    changedItems.push({
      item: to.item,
      clause: to.clause,
      from: { option: from.option, score: from.score },
      to: { option: to.option, score: to.score },
      direction: to.score < from.score ? "worse" : to.score > from.score ? "better" : "same-score"
    })
  }
  const beforeDomains = new Map(before.domains.map((d) => [d.domain, d.score]))
  const domainChanges = after.domains.map((d) => {
    const from = beforeDomains.get(d.domain) ?? 0
    return { domain: d.domain, from, to: d.score, delta: d.score - from }
  })
  const rank = (l: string | null): number => (l === null ? -1 : (instrument.levelRank.get(l) ?? -1))
  const rf = rank(before.level)
  const rt = rank(after.level)
  const steps = rf < 0 || rt < 0 ? 0 : rt - rf
  const direction: LevelChangeDirection = rf < 0 || rt < 0 ? "undetermined" : steps > 0 ? "deteriorated" : steps < 0 ? "improved" : "unchanged"
  const flags: DeteriorationFlag[] = []
  if (direction === "deteriorated") flags.push("level-deteriorated")
  if (domainChanges.some((d) => d.delta < 0)) flags.push("domain-declined")
  if (after.coma && !before.coma) flags.push("entered-coma")
  const had = new Set(before.adjustments.map((a) => a.rule))
  if (after.adjustments.some((a) => !had.has(a.rule))) flags.push("new-adjustment")
  const totalDelta = after.total - before.total
  const explanation = node(
    `${instrument.data.id}.comparison`,
    { zh: `两次评估对比：总分变化 ${totalDelta}，等级${LEVEL_CHANGE_DIRECTION_NAMES[direction].zh}`, en: `comparison: total ${totalDelta >= 0 ? "+" : ""}${totalDelta}, level ${direction}` },
    direction,
    { from: before.assessedOn, to: after.assessedOn, levelFrom: before.level, levelTo: after.level },
    [],
    changedItems.map((c) =>
      node(`${instrument.data.id}.comparison.${c.item}`, { zh: `${c.clause} 由 ${c.from.score} 分变为 ${c.to.score} 分`, en: `${c.clause} from ${c.from.score} to ${c.to.score}` }, c.direction, { from: c.from.option, to: c.to.option })
    ),
    { flags: [...flags] }
  )
  return Result.succeed({ instrument: instrument.data.id, changedItems, domainChanges, totalDelta, levelChange: { from: before.level, to: after.level, steps, direction }, flags, explanation })
}
