/**
 * 评估工具 (assessment instrument): an assessment form as data — its items, the options each item
 * allows with their scores, the domains (一级指标) the items belong to, the levels (等级) it can
 * give and how a level is reached, each part citing the clause it comes from.
 *
 * An instrument is plain JSON, so a city can ship its own (a refined 长护险 table, a local form)
 * and {@link loadInstrument} checks it and precomputes the lookup tables scoring needs: item and
 * option maps and, for a level by total, one array from every possible total to its level, so
 * scoring an answer set is a handful of map lookups and no search.
 *
 * @module
 */
import { type Citation, CitationSchema, decode, InvalidInput, invalidInput, issue, type Issue } from "@minzheng/core"
import { Result } from "effect"
import * as z from "zod"
import { compileScoring } from "../internal/compiled-instrument.js"

const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict()
const Id = z.string().min(1).max(64)

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
export const InstrumentOptionSchema = z
  .object({ id: Id, score: z.number().int().min(0).max(1000), text: BilingualSchema, note: z.string().min(1).optional() })
  .strict()

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
export const InstrumentItemSchema = z
  .object({
    id: Id,
    clause: z.string().min(1),
    domain: Id,
    name: BilingualSchema,
    definition: z.string().min(1).optional(),
    options: z.array(InstrumentOptionSchema).min(1).max(20),
    citation: CitationSchema,
    note: z.string().min(1).optional()
  })
  .strict()

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
export const ScoreBandSchema = z.object({ level: Id, min: z.number().int().min(0), max: z.number().int().min(0) }).strict()

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
export const InstrumentDomainSchema = z
  .object({
    id: Id,
    clause: z.string().min(1),
    name: BilingualSchema,
    citation: CitationSchema,
    /** Domain levels (0 best) by the domain's score, for instruments that combine domain levels. */
    bands: z.array(z.object({ grade: z.number().int().min(0).max(9), min: z.number().int().min(0), max: z.number().int().min(0) }).strict()).optional()
  })
  .strict()

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
export const InstrumentLevelSchema = z.object({ id: Id, name: BilingualSchema }).strict()

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
  z.object({ kind: z.literal("total-bands"), bands: z.array(ScoreBandSchema).min(1), citation: CitationSchema }).strict(),
  z
    .object({
      kind: z.literal("domain-table"),
      /** The domains whose grades key the table, in key order. */
      domains: z.array(Id).min(1).max(6),
      /** Key: the domain grades joined by "," (e.g. "2,0,1,3"); value: a level id, or null where the source gives none. */
      table: z.record(z.string(), Id.nullable()),
      citation: CitationSchema
    })
    .strict(),
  z.object({ kind: z.literal("none"), reason: BilingualSchema, citation: CitationSchema }).strict()
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
export const LevelAdjustmentsSchema = z
  .object({
    /** A person in a coma gets this level directly; `answer` is the item option that also means coma. */
    coma: z.object({ level: Id, answer: z.object({ item: Id, option: Id }).strict().optional(), citation: CitationSchema }).strict().optional(),
    /** Raise the preliminary level by one step for a dementia / mental-illness diagnosis or repeated risk events. */
    raise: z
      .object({
        dementia: z.boolean(),
        mentalIllness: z.boolean(),
        /** Risk events in the past 30 days that raise the level (null: risk events do not raise it). */
        riskEventThreshold: z.number().int().min(1).nullable(),
        /** `total`: all event types count together; `per-type`: one type must reach the threshold. */
        riskEventCounting: z.literal(["total", "per-type"]),
        /** `single-step`: one raise however many conditions hold; `cumulative`: one per condition. */
        stacking: z.literal(["single-step", "cumulative"]),
        /** A preliminary level at or past this one is not raised (MZ/T 039: 重度失能). */
        noRaiseFrom: Id.optional(),
        citation: CitationSchema
      })
      .strict()
      .optional()
  })
  .strict()

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
export const InstrumentSchema = z
  .object({
    id: Id,
    version: z.string().min(1),
    name: BilingualSchema,
    citation: CitationSchema,
    /** `in-force` 现行, `pilot` 试行, `superseded` 已被替代 (kept so older records re-score). */
    status: z.literal(["in-force", "pilot", "superseded"]),
    supersededBy: Id.optional(),
    levels: z.array(InstrumentLevelSchema).min(1).max(12),
    domains: z.array(InstrumentDomainSchema).min(1).max(12),
    items: z.array(InstrumentItemSchema).min(1).max(64),
    levelRule: LevelRuleSchema,
    adjustments: LevelAdjustmentsSchema,
    reassessment: z
      .object({ intervalMonths: z.number().int().min(1).max(120), illustrative: z.boolean(), citation: CitationSchema })
      .strict(),
    notes: z.array(z.string().min(1)).optional()
  })
  .strict()

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

const path = (...p: Array<string | number>): Array<string | number> => p

/** Checks the cross-references a schema cannot: unique ids, known domains and levels, bands that partition the range. */
const consistencyIssues = (ins: Instrument): Array<Issue> => {
  const out: Array<Issue> = []
  const levelIds = new Set<string>()
  ins.levels.forEach((l, i) => {
    if (levelIds.has(l.id)) out.push(issue(path("levels", i, "id"), "duplicate_level", `等级 ${l.id} 重复`, `level ${l.id} is listed twice`))
    levelIds.add(l.id)
  })
  const domainIds = new Set<string>()
  ins.domains.forEach((d, i) => {
    if (domainIds.has(d.id)) out.push(issue(path("domains", i, "id"), "duplicate_domain", `一级指标 ${d.id} 重复`, `domain ${d.id} is listed twice`))
    domainIds.add(d.id)
  })
  const keys = new Set<string>()
  ins.items.forEach((it, i) => {
    for (const [k, field] of [
      [it.id, "id"],
      [it.clause, "clause"]
    ] as const) {
      if (k === it.clause && field === "clause" && k === it.id) continue
      if (keys.has(k)) out.push(issue(path("items", i, field), "duplicate_item", `指标编号 ${k} 重复`, `item key ${k} is used twice`))
      keys.add(k)
    }
    if (!domainIds.has(it.domain)) out.push(issue(path("items", i, "domain"), "unknown_domain", `未定义的一级指标 ${it.domain}`, `unknown domain ${it.domain}`))
    const optionIds = new Set<string>()
    it.options.forEach((o, j) => {
      if (optionIds.has(o.id)) out.push(issue(path("items", i, "options", j, "id"), "duplicate_option", `选项 ${o.id} 重复`, `option ${o.id} is listed twice`))
      optionIds.add(o.id)
    })
  })
  ins.domains.forEach((d, i) => {
    if (!ins.items.some((it) => it.domain === d.id)) out.push(issue(path("domains", i), "empty_domain", `一级指标 ${d.id} 没有二级指标`, `domain ${d.id} has no items`))
  })
  const max = ins.items.reduce((s, it) => s + Math.max(...it.options.map((o) => o.score)), 0)
  const rule = ins.levelRule
  if (rule.kind === "total-bands") {
    out.push(...partitionIssues(rule.bands, max, ["levelRule", "bands"]))
    rule.bands.forEach((b, i) => {
      if (!levelIds.has(b.level)) out.push(issue(path("levelRule", "bands", i, "level"), "unknown_level", `未定义的等级 ${b.level}`, `unknown level ${b.level}`))
    })
  }
  if (rule.kind === "domain-table") {
    rule.domains.forEach((id, i) => {
      const d = ins.domains.find((x) => x.id === id)
      if (d === undefined) out.push(issue(path("levelRule", "domains", i), "unknown_domain", `未定义的一级指标 ${id}`, `unknown domain ${id}`))
      else if (d.bands === undefined) out.push(issue(path("levelRule", "domains", i), "domain_without_bands", `一级指标 ${id} 没有分级`, `domain ${id} has no grade bands`))
    })
    for (const [k, v] of Object.entries(rule.table)) {
      if (v !== null && !levelIds.has(v)) out.push(issue(path("levelRule", "table", k), "unknown_level", `未定义的等级 ${v}`, `unknown level ${v}`))
    }
  }
  ins.domains.forEach((d, i) => {
    if (d.bands === undefined) return
    const dmax = ins.items.filter((it) => it.domain === d.id).reduce((s, it) => s + Math.max(...it.options.map((o) => o.score)), 0)
    out.push(...partitionIssues(d.bands.map((b) => ({ level: String(b.grade), min: b.min, max: b.max })), dmax, ["domains", i, "bands"]))
  })
  const adj = ins.adjustments
  if (adj.coma !== undefined && !levelIds.has(adj.coma.level)) {
    out.push(issue(path("adjustments", "coma", "level"), "unknown_level", `未定义的等级 ${adj.coma.level}`, `unknown level ${adj.coma.level}`))
  }
  const comaAnswer = adj.coma?.answer
  if (comaAnswer !== undefined) {
    const it = ins.items.find((x) => x.id === comaAnswer.item)
    if (it === undefined || !it.options.some((o) => o.id === comaAnswer.option)) {
      out.push(issue(path("adjustments", "coma", "answer"), "unknown_option", "昏迷对应的选项不存在", "the coma answer names no option of the instrument"))
    }
  }
  const from = adj.raise?.noRaiseFrom
  if (from !== undefined && !levelIds.has(from)) {
    out.push(issue(path("adjustments", "raise", "noRaiseFrom"), "unknown_level", `未定义的等级 ${from}`, `unknown level ${from}`))
  }
  return out
}

/** The bands must cover 0–max once each: no gap, no overlap, nothing outside. */
const partitionIssues = (bands: ReadonlyArray<ScoreBand>, max: number, at: Array<string | number>): Array<Issue> => {
  const out: Array<Issue> = []
  const cover = new Int32Array(max + 1)
  bands.forEach((b, i) => {
    if (b.min > b.max || b.max > max) {
      out.push(issue([...at, i], "band_out_of_range", `分数段 ${b.min}–${b.max} 超出 0–${max}`, `band ${b.min}–${b.max} lies outside 0–${max}`))
      return
    }
    for (let s = b.min; s <= b.max; s++) cover[s] = (cover[s] ?? 0) + 1
  })
  const gaps: number[] = []
  const overlaps: number[] = []
  cover.forEach((c, s) => {
    if (c === 0) gaps.push(s)
    if (c > 1) overlaps.push(s)
  })
  if (gaps.length > 0) out.push(issue(at, "band_gap", `分数 ${gaps.join("、")} 不属于任何等级`, `scores ${gaps.join(", ")} fall in no band`))
  if (overlaps.length > 0) out.push(issue(at, "band_overlap", `分数 ${overlaps.join("、")} 属于多个等级`, `scores ${overlaps.join(", ")} fall in more than one band`))
  return out
}

const compile = (ins: Instrument): LoadedInstrument => {
  const itemIndex = new Map<string, number>()
  const optionIndex: Array<Map<string, number>> = []
  const optionScore: Array<Int32Array> = []
  const itemDomain = new Int32Array(ins.items.length)
  const itemMax = new Int32Array(ins.items.length)
  const domainMax = new Int32Array(ins.domains.length)
  const domainPos = new Map(ins.domains.map((d, i) => [d.id, i]))
  ins.items.forEach((it, i) => {
    itemIndex.set(it.id, i)
    itemIndex.set(it.clause, i)
    optionIndex.push(new Map(it.options.map((o, j) => [o.id, j])))
    optionScore.push(Int32Array.from(it.options.map((o) => o.score)))
    const d = domainPos.get(it.domain) ?? 0
    itemDomain[i] = d
    const m = Math.max(...it.options.map((o) => o.score))
    itemMax[i] = m
    domainMax[d] = (domainMax[d] ?? 0) + m
  })
  const maxTotal = itemMax.reduce((a, b) => a + b, 0)
  const levelRank = new Map(ins.levels.map((l, i) => [l.id, i]))
  const rankByTotal = new Int8Array(maxTotal + 1).fill(-1)
  if (ins.levelRule.kind === "total-bands") {
    for (const b of ins.levelRule.bands) for (let s = b.min; s <= b.max; s++) rankByTotal[s] = levelRank.get(b.level) ?? -1
  }
  const levelOfTotal = (total: number): string | null => {
    const r = Number.isInteger(total) && total >= 0 && total <= maxTotal ? (rankByTotal[total] ?? -1) : -1
    return r < 0 ? null : (ins.levels[r]?.id ?? null)
  }
  const loaded: LoadedInstrument = { data: ins, itemIndex, optionIndex, optionScore, itemDomain, itemMax, domainMax, maxTotal, rankByTotal, levelRank, levelOfTotal }
  LOADED.add(loaded)
  compileScoring(loaded)
  return loaded
}

const LOADED = new WeakSet<object>()

/**
 * Tells whether a value is an instrument compiled by {@link loadInstrument} (scoring functions
 * refuse anything else with a typed error).
 *
 * @example
 * ```ts
 * import { isLoadedInstrument, GBT_42195, GBT_42195_2022 } from "@minzheng/care-assessment"
 * isLoadedInstrument(GBT_42195) //=> true
 * isLoadedInstrument(GBT_42195_2022) //=> false (data, not yet loaded)
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isLoadedInstrument = (u: unknown): u is LoadedInstrument => typeof u === "object" && u !== null && LOADED.has(u)

/**
 * Checks an instrument (its schema and its cross-references: unique items and options, known
 * domains and levels, score bands that partition the whole range with no gap or overlap) and
 * compiles it for scoring.
 *
 * @param input - instrument data (JSON)
 * @returns the {@link LoadedInstrument}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { loadInstrument, BARTHEL_100 } from "@minzheng/care-assessment"
 * import { Result } from "effect"
 * const r = loadInstrument(BARTHEL_100)
 * Result.isSuccess(r) && r.success.maxTotal //=> 100
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const loadInstrument = (input: unknown): Result.Result<LoadedInstrument, InvalidInput> => {
  const r = decode(InstrumentSchema, input)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const problems = consistencyIssues(r.success)
  return problems.length > 0 ? Result.fail(invalidInput(problems)) : Result.succeed(compile(r.success))
}

/**
 * Like {@link loadInstrument}, but throws: for the instruments shipped with the package.
 *
 * @throws `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { loadInstrumentUnsafe, BARTHEL_100 } from "@minzheng/care-assessment"
 * loadInstrumentUnsafe(BARTHEL_100).data.id //=> "barthel-100"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const loadInstrumentUnsafe = (input: unknown): LoadedInstrument => {
  const r = loadInstrument(input)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * The citation of an instrument's level rule.
 *
 * @example
 * ```ts
 * import { levelRuleCitation, BARTHEL_100 } from "@minzheng/care-assessment"
 * levelRuleCitation(BARTHEL_100).number //=> "WS/T 431-2013"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const levelRuleCitation = (ins: Instrument): Citation => {
  const rule = (ins as { levelRule?: { citation?: unknown } } | null | undefined)?.levelRule
  if (typeof rule !== "object" || rule === null || typeof (rule.citation as { document?: unknown } | undefined)?.document !== "string") {
    throw new InvalidInput({ issues: [issue(["instrument"], "invalid_instrument", "不是已载入的评估工具", "not a loaded instrument")] })
  }
  return rule.citation as Citation
}
