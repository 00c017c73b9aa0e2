/**
 * The data model of an assessment instrument (评估工具): the zod schemas of its items, options,
 * domains, levels, level rule and level adjustments, the types they infer, and the shape of a
 * {@link LoadedInstrument} (an instrument checked and compiled for scoring). No logic lives here:
 * checking and compiling an instrument is in `instrument.ts`, scoring in `../scoring/assess.ts`;
 * both import this file, so dependencies point one way.
 *
 * @module
 */
import { CitationSchema } from "@minzheng/core"
import * as z from "zod/mini"

const NonEmpty = () => z.string().check(z.minLength(1))
const BilingualSchema = z.strictObject({ zh: NonEmpty(), en: NonEmpty() })
const Id = z.string().check(z.minLength(1), z.maxLength(64))

const keysOf = <K extends string>(names: { readonly [k in K]: unknown }): [K, ...Array<K>] => Object.keys(names) as [K, ...Array<K>]

/**
 * The status of an instrument: `in-force` 现行, `pilot` 试行, `superseded` 已被替代 (kept so older
 * records re-score).
 *
 * @example
 * ```ts
 * import { INSTRUMENT_STATUS_NAMES } from "@minzheng/care-assessment"
 * INSTRUMENT_STATUS_NAMES.superseded.zh //=> "已被替代"
 * ```
 * @category models
 * @since 0.1.0
 */
export const INSTRUMENT_STATUS_NAMES = {
  "in-force": { zh: "现行", en: "in force" },
  pilot: { zh: "试行", en: "pilot" },
  superseded: { zh: "已被替代", en: "superseded" }
} as const

/**
 * An instrument's status: a key of {@link INSTRUMENT_STATUS_NAMES}.
 *
 * @example
 * ```ts
 * import type { InstrumentStatus } from "@minzheng/care-assessment"
 * const s: InstrumentStatus = "pilot"
 * ```
 * @category models
 * @since 0.1.0
 */
export type InstrumentStatus = keyof typeof INSTRUMENT_STATUS_NAMES

/**
 * How an instrument's level rule turns scores into a level (the `kind` of a {@link LevelRule}):
 * `total-bands` 按总分分段, `domain-table` 按一级指标分级组合查表, `none` 未编码等级表.
 *
 * @example
 * ```ts
 * import { LEVEL_RULE_KIND_NAMES } from "@minzheng/care-assessment"
 * LEVEL_RULE_KIND_NAMES["total-bands"].zh //=> "按总分分段定级"
 * ```
 * @category models
 * @since 0.1.0
 */
export const LEVEL_RULE_KIND_NAMES = {
  "total-bands": { zh: "按总分分段定级", en: "level by total-score bands" },
  "domain-table": { zh: "按一级指标分级组合查表定级", en: "level by a table of domain grades" },
  none: { zh: "未编码等级表，只给出得分", en: "no level table encoded: scores only" }
} as const

/**
 * The kind of a level rule: a key of {@link LEVEL_RULE_KIND_NAMES}.
 *
 * @example
 * ```ts
 * import type { LevelRuleKind } from "@minzheng/care-assessment"
 * const k: LevelRuleKind = "domain-table"
 * ```
 * @category models
 * @since 0.1.0
 */
export type LevelRuleKind = keyof typeof LEVEL_RULE_KIND_NAMES

/**
 * How risk events are counted against the threshold of the one-level raise: `total` 各类合计,
 * `per-type` 同一类达到.
 *
 * @example
 * ```ts
 * import { RISK_EVENT_COUNTING_NAMES } from "@minzheng/care-assessment"
 * RISK_EVENT_COUNTING_NAMES["per-type"].zh //=> "同一类风险事件次数达到阈值"
 * ```
 * @category models
 * @since 0.1.0
 */
export const RISK_EVENT_COUNTING_NAMES = {
  total: { zh: "各类风险事件次数合计", en: "all event types counted together" },
  "per-type": { zh: "同一类风险事件次数达到阈值", en: "one event type must reach the threshold" }
} as const

/**
 * A way of counting risk events: a key of {@link RISK_EVENT_COUNTING_NAMES}.
 *
 * @example
 * ```ts
 * import type { RiskEventCounting } from "@minzheng/care-assessment"
 * const c: RiskEventCounting = "total"
 * ```
 * @category models
 * @since 0.1.0
 */
export type RiskEventCounting = keyof typeof RISK_EVENT_COUNTING_NAMES

/**
 * How raising conditions stack: `single-step` 多种情形只提高一级, `cumulative` 每种情形各提高一级.
 *
 * @example
 * ```ts
 * import { LEVEL_RAISE_STACKING_NAMES } from "@minzheng/care-assessment"
 * LEVEL_RAISE_STACKING_NAMES["single-step"].zh //=> "多种情形并存时只提高一个等级"
 * ```
 * @category models
 * @since 0.1.0
 */
export const LEVEL_RAISE_STACKING_NAMES = {
  "single-step": { zh: "多种情形并存时只提高一个等级", en: "one raise however many conditions hold" },
  cumulative: { zh: "每种情形各提高一个等级", en: "one raise per condition" }
} as const

/**
 * How raising conditions stack: a key of {@link LEVEL_RAISE_STACKING_NAMES}.
 *
 * @example
 * ```ts
 * import type { LevelRaiseStacking } from "@minzheng/care-assessment"
 * const s: LevelRaiseStacking = "cumulative"
 * ```
 * @category models
 * @since 0.1.0
 */
export type LevelRaiseStacking = keyof typeof LEVEL_RAISE_STACKING_NAMES

/**
 * Zod schema of an option of an item: its id (what a response gives), its score and its text.
 *
 * @example
 * ```ts
 * import { InstrumentOptionSchema } from "@minzheng/care-assessment"
 * InstrumentOptionSchema.parse({ id: "4", score: 4, text: { zh: "独立完成，不需要协助", en: "independent" } }).score //=> 4
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const InstrumentOptionSchema = z.strictObject({
  id: Id,
  score: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
  text: BilingualSchema,
  note: z.optional(NonEmpty())
})

/**
 * An option of an item (选项): `id`, `score`, `text` and an optional `note`.
 *
 * @example
 * ```ts
 * import type { InstrumentOption } from "@minzheng/care-assessment"
 * const coma: InstrumentOption = { id: "coma", score: 0, text: { zh: "昏迷", en: "coma" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export type InstrumentOption = z.infer<typeof InstrumentOptionSchema>

/**
 * Zod schema of an item (二级指标).
 *
 * @example
 * ```ts
 * import { InstrumentItemSchema } from "@minzheng/care-assessment"
 * InstrumentItemSchema.safeParse({ id: "eating" }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const InstrumentItemSchema = z.strictObject({
  id: Id,
  clause: NonEmpty(),
  domain: Id,
  name: BilingualSchema,
  definition: z.optional(NonEmpty()),
  options: z.array(InstrumentOptionSchema).check(z.minLength(1), z.maxLength(20)),
  citation: CitationSchema,
  note: z.optional(NonEmpty())
})

/**
 * An item (二级指标): its id, its clause (also accepted as an id in responses), its domain, its
 * name, the options it allows and its citation.
 *
 * @example
 * ```ts
 * import { GBT_42195_2022 } from "@minzheng/care-assessment"
 * GBT_42195_2022.items[0]?.name.zh //=> "进食"
 * ```
 * @category models
 * @since 0.1.0
 */
export type InstrumentItem = z.infer<typeof InstrumentItemSchema>

/**
 * Zod schema of a score band: scores `min`–`max` (inclusive) give `level`.
 *
 * @example
 * ```ts
 * import { ScoreBandSchema } from "@minzheng/care-assessment"
 * ScoreBandSchema.parse({ level: "mild", min: 66, max: 89 }).max //=> 89
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ScoreBandSchema = z.strictObject({ level: Id, min: z.number().check(z.int(), z.minimum(0)), max: z.number().check(z.int(), z.minimum(0)) })

/**
 * A score band: the scores `min`–`max` (both included) give `level`.
 *
 * @example
 * ```ts
 * import type { ScoreBand } from "@minzheng/care-assessment"
 * const intact: ScoreBand = { level: "intact", min: 90, max: 90 }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ScoreBand = z.infer<typeof ScoreBandSchema>

/**
 * Zod schema of a domain (一级指标).
 *
 * @example
 * ```ts
 * import { InstrumentDomainSchema } from "@minzheng/care-assessment"
 * InstrumentDomainSchema.safeParse({ id: "self-care" }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const InstrumentDomainSchema = z.strictObject({
  id: Id,
  clause: NonEmpty(),
  name: BilingualSchema,
  citation: CitationSchema,
  /** Domain levels (0 best) by the domain's score, for instruments that combine domain levels. */
  bands: z.optional(
    z.array(
      z.strictObject({
        grade: z.number().check(z.int(), z.minimum(0), z.maximum(9)),
        min: z.number().check(z.int(), z.minimum(0)),
        max: z.number().check(z.int(), z.minimum(0))
      })
    )
  )
})

/**
 * A domain (一级指标): id, clause, name, citation and, where the instrument combines domain grades,
 * the bands that grade the domain's score.
 *
 * @example
 * ```ts
 * import { GBT_42195_2022 } from "@minzheng/care-assessment"
 * GBT_42195_2022.domains.map((d) => d.name.zh) //=> ["自理能力", "基础运动能力", "精神状态", "感知觉与社会参与"]
 * ```
 * @category models
 * @since 0.1.0
 */
export type InstrumentDomain = z.infer<typeof InstrumentDomainSchema>

/**
 * Zod schema of a level the instrument can give.
 *
 * @example
 * ```ts
 * import { InstrumentLevelSchema } from "@minzheng/care-assessment"
 * InstrumentLevelSchema.parse({ id: "mild", name: { zh: "轻度失能", en: "mild disability" } }).id //=> "mild"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const InstrumentLevelSchema = z.strictObject({ id: Id, name: BilingualSchema })

/**
 * A level (等级). Levels are listed from the best (most capable) to the worst; the position is the
 * level's rank.
 *
 * @example
 * ```ts
 * import { GBT_42195_2022 } from "@minzheng/care-assessment"
 * GBT_42195_2022.levels.map((l) => l.id) //=> ["intact", "mild", "moderate", "severe", "complete"]
 * ```
 * @category models
 * @since 0.1.0
 */
export type InstrumentLevel = z.infer<typeof InstrumentLevelSchema>

/**
 * Zod schema of the rule that turns scores into a level.
 *
 * @example
 * ```ts
 * import { LevelRuleSchema } from "@minzheng/care-assessment"
 * const rule = { kind: "none", reason: { zh: "等级表未编码", en: "level table not encoded" }, citation: { document: "老年人能力评估规范", number: "GB/T 42195-2022" } }
 * LevelRuleSchema.safeParse(rule).success //=> true
 * LevelRuleSchema.safeParse({ kind: "none", reason: rule.reason }).success //=> false (every rule cites its source)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const LevelRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("total-bands"), bands: z.array(ScoreBandSchema).check(z.minLength(1)), citation: CitationSchema }),
  z.strictObject({
    kind: z.literal("domain-table"),
    /** The domains whose grades key the table, in key order. */
    domains: z.array(Id).check(z.minLength(1), z.maxLength(6)),
    /** Key: the domain grades joined by "," (e.g. "2,0,1,3"); value: a level id, or null where the source gives none. */
    table: z.record(z.string(), z.nullable(Id)),
    citation: CitationSchema
  }),
  z.strictObject({ kind: z.literal("none"), reason: BilingualSchema, citation: CitationSchema })
])

/**
 * How scores become a level:
 * - `total-bands`: the total falls in one band (the bands must partition 0–maximum);
 * - `domain-table`: each domain is graded by its bands and the grades look up a table;
 * - `none`: the instrument gives domain scores only (its level table is not encoded).
 *
 * @example
 * ```ts
 * import { BARTHEL_100 } from "@minzheng/care-assessment"
 * BARTHEL_100.levelRule.kind //=> "total-bands"
 * ```
 * @category models
 * @since 0.1.0
 */
export type LevelRule = z.infer<typeof LevelRuleSchema>

/**
 * Zod schema of the level-changing rules (等级变更) an instrument applies after the preliminary
 * level.
 *
 * @example
 * ```ts
 * import { LevelAdjustmentsSchema } from "@minzheng/care-assessment"
 * LevelAdjustmentsSchema.safeParse({}).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const LevelAdjustmentsSchema = z.strictObject({
  /** A person in a coma gets this level directly; `answer` is the item option that also means coma. */
  coma: z.optional(z.strictObject({ level: Id, answer: z.optional(z.strictObject({ item: Id, option: Id })), citation: CitationSchema })),
  /** Raise the preliminary level by one step for a dementia / mental-illness diagnosis or repeated risk events. */
  raise: z.optional(
    z.strictObject({
      dementia: z.boolean(),
      mentalIllness: z.boolean(),
      /** Risk events in the past 30 days that raise the level (null: risk events do not raise it). */
      riskEventThreshold: z.nullable(z.number().check(z.int(), z.minimum(1))),
      /** `total`: all event types count together; `per-type`: one type must reach the threshold. */
      riskEventCounting: z.literal(keysOf(RISK_EVENT_COUNTING_NAMES)),
      /** `single-step`: one raise however many conditions hold; `cumulative`: one per condition. */
      stacking: z.literal(keysOf(LEVEL_RAISE_STACKING_NAMES)),
      /** A preliminary level at or past this one is not raised (MZ/T 039: 重度失能). */
      noRaiseFrom: z.optional(Id),
      citation: CitationSchema
    })
  )
})

/**
 * The level-changing rules of an instrument (等级变更): the coma rule and the one-level raise.
 *
 * @example
 * ```ts
 * import { GBT_42195_2022 } from "@minzheng/care-assessment"
 * GBT_42195_2022.adjustments.raise?.stacking //=> "single-step"
 * ```
 * @category models
 * @since 0.1.0
 */
export type LevelAdjustments = z.infer<typeof LevelAdjustmentsSchema>

/**
 * Zod schema of an {@link Instrument}.
 *
 * @example
 * ```ts
 * import { InstrumentSchema, BARTHEL_100 } from "@minzheng/care-assessment"
 * InstrumentSchema.safeParse(BARTHEL_100).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const InstrumentSchema = z.strictObject({
  id: Id,
  version: NonEmpty(),
  name: BilingualSchema,
  citation: CitationSchema,
  /** `in-force` 现行, `pilot` 试行, `superseded` 已被替代 (kept so older records re-score). */
  status: z.literal(keysOf(INSTRUMENT_STATUS_NAMES)),
  supersededBy: z.optional(Id),
  levels: z.array(InstrumentLevelSchema).check(z.minLength(1), z.maxLength(12)),
  domains: z.array(InstrumentDomainSchema).check(z.minLength(1), z.maxLength(12)),
  items: z.array(InstrumentItemSchema).check(z.minLength(1), z.maxLength(64)),
  levelRule: LevelRuleSchema,
  adjustments: LevelAdjustmentsSchema,
  reassessment: z.strictObject({ intervalMonths: z.number().check(z.int(), z.minimum(1), z.maximum(120)), illustrative: z.boolean(), citation: CitationSchema }),
  notes: z.optional(z.array(NonEmpty()))
})

/**
 * An assessment instrument as data (see the module summary).
 *
 * @example
 * ```ts
 * import { GBT_42195_2022 } from "@minzheng/care-assessment"
 * GBT_42195_2022.items.length //=> 26
 * ```
 * @category models
 * @since 0.1.0
 */
export type Instrument = z.infer<typeof InstrumentSchema>

/**
 * An instrument checked and compiled for scoring: the data plus lookup tables built once.
 *
 * @example
 * ```ts
 * import { GBT_42195 } from "@minzheng/care-assessment"
 * GBT_42195.maxTotal //=> 90
 * GBT_42195.levelOfTotal(65) //=> "moderate"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface LoadedInstrument {
  /** The instrument data. */
  readonly data: Instrument
  /** Item id or clause → item position. */
  readonly itemIndex: ReadonlyMap<string, number>
  /** Per item position: option id → option position. */
  readonly optionIndex: ReadonlyArray<ReadonlyMap<string, number>>
  /** Per item position, per option position: the score. */
  readonly optionScore: ReadonlyArray<Int32Array>
  /** Per item position: its domain position. */
  readonly itemDomain: Int32Array
  /** Per item: its best score. */
  readonly itemMax: Int32Array
  /** Per domain: its best score. */
  readonly domainMax: Int32Array
  /** Best possible total. */
  readonly maxTotal: number
  /** Level rank by total (for `total-bands`), -1 when the rule is not by total. */
  readonly rankByTotal: Int8Array
  /** Level id → rank (0 = best). */
  readonly levelRank: ReadonlyMap<string, number>
  /** The level for a total (for `total-bands` instruments), or null. */
  readonly levelOfTotal: (total: number) => string | null
}
