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
import { type Citation, decode, InvalidInput, invalidInput, issue, type Issue } from "@minzheng/core"
import * as Result from "effect/Result"
import { compile, LOADED } from "../internal/compile-instrument.js"
import { type Instrument, InstrumentSchema, type LoadedInstrument, type ScoreBand } from "./model.js"

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
 * import { Result } from "@minzheng/core"
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
 * @throws `InvalidInput` (core) when given something that is not an instrument (a broken precondition)
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
