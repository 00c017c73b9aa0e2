/**
 * The results of scoring (评估计分与定级): item, domain and total scores, the level-changing rules
 * that fired, the full {@link Assessment} and the numbers-only {@link LevelResult}, and the
 * options both take, and the names of the level-changing rules. Types and names only: the scoring is in `assess.ts`, and the explanation parts built
 * at load time import these types from here, so dependencies point one way.
 *
 * @module
 */
import type { Bilingual, Explanation, IsoDate } from "@minzheng/core"

/**
 * Options of {@link assess} and {@link assessLevel}.
 * - `provisional`: accept missing items and return a result marked provisional (临时结果), with the
 *   missing items scored 0 and the range of levels the missing items could still give.
 *
 * @example
 * ```ts
 * import type { AssessOptions } from "@minzheng/care-assessment"
 * const options: AssessOptions = { provisional: true }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface AssessOptions {
  readonly provisional?: boolean
}

/**
 * The score of one item: the option chosen (null when missing in a provisional or coma result).
 *
 * @example
 * ```ts
 * import type { ItemScore } from "@minzheng/care-assessment"
 * const s: ItemScore = { item: "eating", clause: "B.1.1", option: "4", score: 4 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ItemScore {
  readonly item: string
  readonly clause: string
  readonly option: string | null
  readonly score: number
}

/**
 * The score of one domain (一级指标), its maximum and, for instruments that grade domains, its grade.
 *
 * @example
 * ```ts
 * import type { DomainScore } from "@minzheng/care-assessment"
 * const s: DomainScore = { domain: "self-care", score: 28, max: 32 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DomainScore {
  readonly domain: string
  readonly score: number
  readonly max: number
  readonly grade?: number
}

/**
 * The level-changing rules (等级变更) with their Chinese and English names: `coma` (昏迷, level set
 * directly), `dementia` (痴呆), `mental-illness` (精神疾病), `risk-events` (近30天照护风险事件).
 *
 * @example
 * ```ts
 * import { LEVEL_ADJUSTMENT_RULE_NAMES } from "@minzheng/care-assessment"
 * LEVEL_ADJUSTMENT_RULE_NAMES.coma.zh //=> "昏迷，直接评定"
 * ```
 * @category models
 * @since 0.1.0
 */
export const LEVEL_ADJUSTMENT_RULE_NAMES = {
  coma: { zh: "昏迷，直接评定", en: "in a coma: rated directly" },
  dementia: { zh: "确诊痴呆（ICD-10 F00–F03）", en: "diagnosed dementia (ICD-10 F00–F03)" },
  "mental-illness": { zh: "精神科专科医生诊断的精神和行为障碍（ICD-10 F04–F99）", en: "mental or behavioural disorder diagnosed by a psychiatrist (F04–F99)" },
  "risk-events": { zh: "近30天照护风险事件达到规定次数", en: "care risk events in the past 30 days reach the threshold" }
} as const

/**
 * A level-changing rule: a key of {@link LEVEL_ADJUSTMENT_RULE_NAMES}.
 *
 * @example
 * ```ts
 * import type { LevelAdjustmentRule } from "@minzheng/care-assessment"
 * const r: LevelAdjustmentRule = "risk-events"
 * ```
 * @category models
 * @since 0.1.0
 */
export type LevelAdjustmentRule = keyof typeof LEVEL_ADJUSTMENT_RULE_NAMES

/**
 * A level-changing rule that fired (a {@link LevelAdjustmentRule}) and its label.
 *
 * @example
 * ```ts
 * import type { LevelAdjustment } from "@minzheng/care-assessment"
 * const a: LevelAdjustment = { rule: "dementia", label: { zh: "确诊痴呆", en: "diagnosed dementia" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface LevelAdjustment {
  readonly rule: LevelAdjustmentRule
  readonly label: Bilingual
}

/**
 * The result of an assessment: item, domain and total scores, the preliminary and final levels
 * (null when the instrument's level rule is not encoded or gives none for these scores), the
 * adjustments applied, and the explanation tree.
 *
 * @example
 * ```ts
 * import { assess, GBT_42195, GBT_42195_2022 } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const answers = GBT_42195_2022.items.map((i) => ({ item: i.id, option: i.options[0]!.id }))
 * const r = assess(GBT_42195, { answers })
 * Result.isSuccess(r) && r.success.level //=> "intact"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Assessment {
  readonly instrument: string
  readonly version: string
  readonly assessedOn: IsoDate | null
  readonly items: ReadonlyArray<ItemScore>
  readonly domains: ReadonlyArray<DomainScore>
  readonly total: number
  readonly maxTotal: number
  readonly preliminaryLevel: string | null
  readonly level: string | null
  readonly levelName: Bilingual | null
  readonly adjustments: ReadonlyArray<LevelAdjustment>
  readonly coma: boolean
  readonly provisional: boolean
  readonly missing: ReadonlyArray<string>
  /** For a provisional result (whose `level` scores the missing items 0): the best and worst level any answers to them could still give, 昏迷 included. */
  readonly levelRange?: { readonly best: string | null; readonly worst: string | null }
  readonly explanation: Explanation
}

/**
 * The numbers-only result of {@link assessLevel}.
 *
 * @example
 * ```ts
 * import type { LevelResult } from "@minzheng/care-assessment"
 * const r: LevelResult = { total: 70, domainScores: [28, 15, 17, 10], preliminaryLevel: "mild", level: "moderate", provisional: false }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface LevelResult {
  readonly total: number
  readonly domainScores: ReadonlyArray<number>
  readonly preliminaryLevel: string | null
  readonly level: string | null
  readonly provisional: boolean
}
