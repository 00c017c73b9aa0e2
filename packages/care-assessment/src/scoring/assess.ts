/**
 * 评估计分与定级 (scoring and levelling): a response set is checked against its instrument (every
 * problem listed at once: unknown items, missing items, options the item does not allow, items
 * answered twice), then item scores are summed to domain scores and a total, the level rule gives
 * the preliminary level (初步等级), and the level-changing rules (等级变更) give the final level.
 *
 * Two paths share one evaluation: {@link assess} returns the full result with its explanation
 * tree (each step citing its clause); {@link assessLevel} returns only the numbers and the level,
 * allocating next to nothing, for batch runs.
 *
 * @module
 */
import { type Bilingual, type Explanation, type InvalidInput, invalidInput, type IsoDate, isIsoDate, issue, type Issue, type Json } from "@minzheng/core"
import { Result } from "effect"
import { ICD10, isDementia, isMentalIllness } from "../internal/icd10.js"
import { isRecord, kindOf } from "../internal/guard.js"
import { node } from "../internal/node.js"
import { isLoadedInstrument, type LoadedInstrument } from "../instrument/instrument.js"
import { RISK_EVENT_NAMES, type RiskEvent } from "./response-set.js"

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
 * A level-changing rule that fired: `coma` (昏迷, level set directly), `dementia` (痴呆),
 * `mental-illness` (精神疾病), `risk-events` (近30天照护风险事件).
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
  readonly rule: "coma" | "dementia" | "mental-illness" | "risk-events"
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
 * import { Result } from "effect"
 * const answers = GBT_42195_2022.items.map((i) => ({ item: i.id, option: i.options[0]!.id }))
 * const r = assess(GBT_42195, { instrument: "gbt-42195-2022", answers })
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

const RISK_KEYS = Object.keys(RISK_EVENT_NAMES) as ReadonlyArray<RiskEvent>
const RISK_KEY_SET: ReadonlySet<string> = new Set(RISK_KEYS)
const TOP_KEYS: ReadonlySet<string> = new Set(["instrument", "assessedOn", "answers", "coma", "diagnoses", "riskEvents"])

/** What the checks found, before scoring. */
interface Checked {
  /** Per item position: chosen option position, -1 when missing. Owned by the caller. */
  readonly chosen: Int32Array
  readonly missing: number
  readonly coma: boolean
  readonly comaByAnswer: boolean
  readonly dementia: boolean
  readonly mentalIllness: boolean
  readonly riskTotal: number
  readonly riskMax: number
  readonly assessedOn: IsoDate | null
}

const push = (out: Array<Issue> | undefined, i: Issue): Array<Issue> => {
  const list = out ?? []
  list.push(i)
  return list
}

/** Checks the response set by hand (the hot path): every problem is listed; nothing is half-scored. */
const check = (ins: LoadedInstrument, input: unknown, provisional: boolean, prep: Prepared): Checked | Array<Issue> => {
  const chosen = prep.chosen
  let issues: Array<Issue> | undefined
  if (!isRecord(input)) {
    return [issue([], "invalid_type", `评估记录应为对象，收到 ${kindOf(input)}`, `a response set must be an object, got ${kindOf(input)}`)]
  }
  for (const k in input) {
    if (!TOP_KEYS.has(k)) issues = push(issues, issue([k], "unrecognized_key", `未知字段 ${k}`, `unknown field ${k}`))
  }
  const id = ins.data.id
  if (input.instrument !== id) {
    issues = push(
      issues,
      typeof input.instrument === "string"
        ? issue(["instrument"], "instrument_mismatch", `评估工具 ${input.instrument} 与所用工具 ${id} 不符`, `instrument ${input.instrument} is not ${id}`)
        : issue(["instrument"], "invalid_type", "缺少评估工具编号", "the instrument id is missing")
    )
  }
  let assessedOn: IsoDate | null = null
  if (input.assessedOn !== undefined) {
    if (isIsoDate(input.assessedOn)) assessedOn = input.assessedOn
    else issues = push(issues, issue(["assessedOn"], "invalid_date", "评估日期无效（应为 YYYY-MM-DD）", "not a valid assessment date (YYYY-MM-DD)"))
  }
  let coma = false
  if (input.coma !== undefined) {
    if (typeof input.coma === "boolean") coma = input.coma
    else issues = push(issues, issue(["coma"], "invalid_type", "昏迷应为是/否", "coma must be true or false"))
  }
  let dementia = false
  let mentalIllness = false
  const dx = input.diagnoses
  if (dx !== undefined) {
    if (!Array.isArray(dx) || dx.length > 50) {
      issues = push(issues, issue(["diagnoses"], "invalid_type", "疾病诊断应为 ICD-10 编码列表（至多 50 项）", "diagnoses must be a list of ICD-10 codes (at most 50)"))
    } else {
      for (let i = 0; i < dx.length; i++) {
        const code: unknown = dx[i]
        if (typeof code !== "string" || !ICD10.test(code)) {
          issues = push(issues, issue(["diagnoses", i], "invalid_icd10", "不是有效的 ICD-10 编码（如 F01、F32.1）", "not a valid ICD-10 code (e.g. F01, F32.1)"))
        } else {
          if (isDementia(code)) dementia = true
          if (isMentalIllness(code)) mentalIllness = true
        }
      }
    }
  }
  let riskTotal = 0
  let riskMax = 0
  const ev = input.riskEvents
  if (ev !== undefined) {
    if (!isRecord(ev)) {
      issues = push(issues, issue(["riskEvents"], "invalid_type", "照护风险事件应为对象", "riskEvents must be an object"))
    } else {
      for (const k in ev) {
        const n = ev[k]
        if (!RISK_KEY_SET.has(k)) issues = push(issues, issue(["riskEvents", k], "unrecognized_key", `未知的风险事件 ${k}`, `unknown risk event ${k}`))
        else if (n === undefined) continue
        else if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 1000) {
          issues = push(issues, issue(["riskEvents", k], "invalid_count", "次数应为 0–1000 的整数", "a count must be a whole number 0–1000"))
        } else {
          riskTotal += n
          if (n > riskMax) riskMax = n
        }
      }
    }
  }
  const answers = input.answers
  const n = chosen.length
  chosen.fill(-1)
  let comaByAnswer = false
  const comaItem = prep.comaItem
  const comaOption = prep.comaOption
  if (!Array.isArray(answers)) {
    issues = push(issues, issue(["answers"], "invalid_type", "答案应为列表", "answers must be a list"))
  } else if (answers.length > 200) {
    issues = push(issues, issue(["answers"], "too_big", "答案过多（至多 200 项）", "too many answers (at most 200)"))
  } else {
    for (let i = 0; i < answers.length; i++) {
      const a: unknown = answers[i]
      if (!isRecord(a)) {
        issues = push(issues, issue(["answers", i], "invalid_type", "每项答案应为 { item, option }", "each answer must be { item, option }"))
        continue
      }
      for (const k in a) {
        if (k !== "item" && k !== "option") issues = push(issues, issue(["answers", i, k], "unrecognized_key", `未知字段 ${k}`, `unknown field ${k}`))
      }
      const item = a.item
      const option = a.option
      if (typeof item !== "string") {
        issues = push(issues, issue(["answers", i, "item"], "invalid_type", "缺少指标编号", "the item id is missing"))
        continue
      }
      const pos = ins.itemIndex.get(item)
      if (pos === undefined) {
        issues = push(issues, issue(["answers", i, "item"], "unknown_item", `评估工具中没有指标 ${item}`, `the instrument has no item ${item}`))
        continue
      }
      if (typeof option !== "string") {
        issues = push(issues, issue(["answers", i, "option"], "invalid_type", "缺少选项", "the option is missing"))
        continue
      }
      const o = ins.optionIndex[pos]?.get(option)
      if (o === undefined) {
        const allowed = ins.data.items[pos]?.options.map((x) => x.id).join(", ") ?? ""
        issues = push(issues, issue(["answers", i, "option"], "option_not_allowed", `指标 ${item} 不允许选项 ${option}（可选：${allowed}）`, `item ${item} does not allow option ${option} (allowed: ${allowed})`))
        continue
      }
      if ((chosen[pos] ?? -1) >= 0) {
        issues = push(issues, issue(["answers", i, "item"], "duplicate_item", `指标 ${ins.data.items[pos]?.id ?? item} 重复作答`, `item ${ins.data.items[pos]?.id ?? item} is answered twice`))
        continue
      }
      chosen[pos] = o
      if (pos === comaItem && o === comaOption) comaByAnswer = true
    }
  }
  let missing = 0
  for (let p = 0; p < n; p++) if ((chosen[p] ?? -1) < 0) missing++
  const inComa = coma || comaByAnswer
  // A person in a coma is rated directly (“直接评定”), so the other items need not be answered.
  if (missing > 0 && !provisional && !(inComa && ins.data.adjustments.coma !== undefined)) {
    const names: string[] = []
    for (let p = 0; p < n; p++) if ((chosen[p] ?? -1) < 0) names.push(ins.data.items[p]?.id ?? String(p))
    issues = push(
      issues,
      issue(["answers"], "missing_items", `缺少 ${missing} 项指标：${names.join("、")}`, `${missing} item(s) not answered: ${names.join(", ")}`)
    )
  }
  if (issues !== undefined) return issues
  return { chosen, missing, coma: inComa, comaByAnswer, dementia, mentalIllness, riskTotal, riskMax, assessedOn }
}

/** Preliminary level rank from domain scores, or -1. */
const preliminaryRank = (ins: LoadedInstrument, total: number, domainScores: ArrayLike<number>): number => {
  const rule = ins.data.levelRule
  if (rule.kind === "total-bands") return ins.rankByTotal[total] ?? -1
  if (rule.kind === "none") return -1
  const grades: number[] = []
  for (const id of rule.domains) {
    const d = ins.data.domains.findIndex((x) => x.id === id)
    const score = domainScores[d] ?? 0
    const band = ins.data.domains[d]?.bands?.find((b) => score >= b.min && score <= b.max)
    if (band === undefined) return -1
    grades.push(band.grade)
  }
  const level = rule.table[grades.join(",")]
  return level === undefined || level === null ? -1 : (ins.levelRank.get(level) ?? -1)
}

interface Adjusted {
  readonly rank: number
  readonly fired: number /* bit 1 coma, 2 dementia, 4 mental, 8 risk, 16 blocked by noRaiseFrom */
}

/** 等级变更: the coma rule, then the one-level raise (capped at the worst level). */
const adjust = (ins: LoadedInstrument, prelim: number, c: Checked): Adjusted => {
  const adj = ins.data.adjustments
  if (c.coma && adj.coma !== undefined) return { rank: ins.levelRank.get(adj.coma.level) ?? prelim, fired: 1 }
  const raise = adj.raise
  if (raise === undefined || prelim < 0) return { rank: prelim, fired: 0 }
  let fired = 0
  if (raise.dementia && c.dementia) fired |= 2
  if (raise.mentalIllness && c.mentalIllness) fired |= 4
  const t = raise.riskEventThreshold
  if (t !== null && (raise.riskEventCounting === "total" ? c.riskTotal : c.riskMax) >= t) fired |= 8
  if (fired === 0) return { rank: prelim, fired }
  if (raise.noRaiseFrom !== undefined && prelim >= (ins.levelRank.get(raise.noRaiseFrom) ?? Infinity)) return { rank: prelim, fired: fired | 16 }
  const conditions = ((fired >> 1) & 1) + ((fired >> 2) & 1) + ((fired >> 3) & 1)
  const steps = raise.stacking === "single-step" ? 1 : conditions
  return { rank: Math.min(prelim + steps, ins.data.levels.length - 1), fired }
}

/**
 * Per instrument, built once: the scratch buffer of chosen options, the coma answer's positions,
 * and every (item, option) explanation node and item score — they depend on nothing else, so the
 * explained path shares them instead of building 26 labels per form (measured: 2–3× faster).
 */
interface Prepared {
  readonly chosen: Int32Array
  readonly comaItem: number
  readonly comaOption: number
  readonly itemNodes: ReadonlyArray<ReadonlyArray<Explanation>>
  readonly itemScores: ReadonlyArray<ReadonlyArray<ItemScore>>
}

const prepared = new WeakMap<LoadedInstrument, Prepared>()
const prepare = (ins: LoadedInstrument): Prepared => {
  let p = prepared.get(ins)
  if (p !== undefined) return p
  const data = ins.data
  const comaAnswer = data.adjustments.coma?.answer
  const comaItem = comaAnswer === undefined ? -1 : (ins.itemIndex.get(comaAnswer.item) ?? -1)
  const comaOption = comaAnswer === undefined || comaItem < 0 ? -1 : (ins.optionIndex[comaItem]?.get(comaAnswer.option) ?? -1)
  const itemNodes = data.items.map((it) =>
    it.options.map((opt) =>
      Object.freeze(
        node(`${data.id}.item.${it.id}`, { zh: `${it.clause} ${it.name.zh}：${opt.text.zh}`, en: `${it.clause} ${it.name.en}: ${opt.text.en}` }, opt.score, Object.freeze({ option: opt.id }), Object.freeze([it.citation]))
      )
    )
  )
  const itemScores = data.items.map((it) => it.options.map((opt) => Object.freeze({ item: it.id, clause: it.clause, option: opt.id, score: opt.score })))
  p = { chosen: new Int32Array(data.items.length), comaItem, comaOption, itemNodes, itemScores }
  prepared.set(ins, p)
  return p
}

const notLoaded = (): InvalidInput =>
  invalidInput([issue(["instrument"], "not_loaded", "评估工具未加载（请先用 loadInstrument 检查并编译）", "the instrument is not loaded (check and compile it with loadInstrument first)")])

const sumScores = (ins: LoadedInstrument, chosen: Int32Array, domainScores: Array<number> | Int32Array): number => {
  let total = 0
  for (let p = 0; p < chosen.length; p++) {
    const o = chosen[p] ?? -1
    if (o < 0) continue
    const s = ins.optionScore[p]?.[o] ?? 0
    total += s
    const d = ins.itemDomain[p] ?? 0
    domainScores[d] = (domainScores[d] ?? 0) + s
  }
  return total
}

/**
 * Checks and scores a response set, numbers only: total, domain scores, preliminary and final
 * level. Same checks and rules as {@link assess}, without building the explanation.
 *
 * @param instrument - a {@link LoadedInstrument}
 * @param input - the response set (untrusted JSON)
 * @returns the {@link LevelResult}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { assessLevel, TEKUN_SELF_CARE } from "@minzheng/care-assessment"
 * import { Result } from "effect"
 * const ids = ["eating", "dressing", "getting-in-out-of-bed", "toileting", "indoor-walking", "bathing"]
 * const r = assessLevel(TEKUN_SELF_CARE, {
 *   instrument: "tekun-self-care-2021",
 *   answers: ids.map((item, i) => ({ item, option: i < 2 ? "not-met" : "met" }))
 * })
 * Result.isSuccess(r) && r.success.level //=> "partially-lost"
 * ```
 * @category scoring
 * @since 0.1.0
 */
export const assessLevel = (instrument: LoadedInstrument, input: unknown, options: AssessOptions = {}): Result.Result<LevelResult, InvalidInput> => {
  if (!isLoadedInstrument(instrument)) return Result.fail(notLoaded())
  const provisional = isRecord(options) && options.provisional === true
  const c = check(instrument, input, provisional, prepare(instrument))
  if (Array.isArray(c)) return Result.fail(invalidInput(c))
  const domainScores = new Array<number>(instrument.domainMax.length).fill(0)
  const total = sumScores(instrument, c.chosen, domainScores)
  const prelim = preliminaryRank(instrument, total, domainScores)
  const { rank } = adjust(instrument, prelim, c)
  const levels = instrument.data.levels
  return Result.succeed({
    total,
    domainScores,
    preliminaryLevel: prelim < 0 ? null : (levels[prelim]?.id ?? null),
    level: rank < 0 ? null : (levels[rank]?.id ?? null),
    provisional: c.missing > 0 && !c.coma
  })
}

const ADJ_LABELS = {
  coma: { zh: "昏迷，直接评定", en: "in a coma: rated directly" },
  dementia: { zh: "确诊痴呆（ICD-10 F00–F03）", en: "diagnosed dementia (ICD-10 F00–F03)" },
  "mental-illness": { zh: "精神科专科医生诊断的精神和行为障碍（ICD-10 F04–F99）", en: "mental or behavioural disorder diagnosed by a psychiatrist (F04–F99)" },
  "risk-events": { zh: "近30天照护风险事件达到规定次数", en: "care risk events in the past 30 days reach the threshold" }
} as const

/**
 * Checks and scores a response set against an instrument: item scores → domain scores → total →
 * preliminary level (by the level rule) → final level (by the level-changing rules), with each
 * step in the explanation citing its clause.
 *
 * **Details.** Every problem in the response set is listed at once: fields the form does not
 * have, answers for items the instrument does not have, options an item does not allow, an item
 * answered twice, and the items not answered. A form with missing items is refused unless
 * `{ provisional: true }` is passed; the result is then marked provisional, the missing items
 * count 0 and `levelRange` gives the best and worst level they could still lead to. A person in a
 * coma is rated directly, so for an instrument with a coma rule missing items are then accepted.
 *
 * @param instrument - a {@link LoadedInstrument} (e.g. {@link GBT_42195})
 * @param input - the response set (untrusted JSON, see {@link ResponseSet})
 * @param options - {@link AssessOptions}
 * @returns the {@link Assessment}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { assess, GBT_42195, GBT_42195_2022 } from "@minzheng/care-assessment"
 * import { Result } from "effect"
 * // every item at its best option but 进食 at 0: total 86, 轻度失能; a diagnosed dementia raises it one level
 * const answers = GBT_42195_2022.items.map((i) => ({ item: i.id, option: i.id === "eating" ? "0" : i.options[0]!.id }))
 * const r = assess(GBT_42195, { instrument: "gbt-42195-2022", answers, diagnoses: ["F01"] })
 * Result.isSuccess(r) && [r.success.total, r.success.preliminaryLevel, r.success.level] //=> [86, "mild", "moderate"]
 * ```
 * @see {@link assessLevel} for the numbers-only path
 * @category scoring
 * @since 0.1.0
 */
export const assess = (instrument: LoadedInstrument, input: unknown, options: AssessOptions = {}): Result.Result<Assessment, InvalidInput> => {
  if (!isLoadedInstrument(instrument)) return Result.fail(notLoaded())
  const provisionalAsked = isRecord(options) && options.provisional === true
  const ins = instrument
  const data = ins.data
  const prep = prepare(ins)
  const c = check(ins, input, provisionalAsked, prep)
  if (Array.isArray(c)) return Result.fail(invalidInput(c))
  const domainScores = new Array<number>(ins.domainMax.length).fill(0)
  const total = sumScores(ins, c.chosen, domainScores)
  const prelim = preliminaryRank(ins, total, domainScores)
  const adjusted = adjust(ins, prelim, c)
  const provisional = c.missing > 0 && !c.coma
  const levelId = (r: number): string | null => (r < 0 ? null : (data.levels[r]?.id ?? null))

  const items: ItemScore[] = []
  const missing: string[] = []
  const itemNodes: Explanation[][] = data.domains.map(() => [])
  let missingMax = 0
  const missingByDomain = new Array<number>(data.domains.length).fill(0)
  const items_ = data.items
  for (let p = 0; p < items_.length; p++) {
    const it = items_[p]!
    const o = c.chosen[p] ?? -1
    const d = ins.itemDomain[p] ?? 0
    if (o >= 0) {
      items.push(prep.itemScores[p]![o]!)
      itemNodes[d]?.push(prep.itemNodes[p]![o]!)
      continue
    }
    items.push({ item: it.id, clause: it.clause, option: null, score: 0 })
    missing.push(it.id)
    missingMax += ins.itemMax[p] ?? 0
    missingByDomain[d] = (missingByDomain[d] ?? 0) + (ins.itemMax[p] ?? 0)
    itemNodes[d]?.push(
      node(`${data.id}.item.${it.id}`, { zh: `${it.clause} ${it.name.zh}（未评）`, en: `${it.clause} ${it.name.en} (not answered)` }, 0, { option: null }, [it.citation], undefined, undefined, provisional)
    )
  }
  const domains: DomainScore[] = data.domains.map((d, i) => {
    const score = domainScores[i] ?? 0
    const band = d.bands?.find((b) => score >= b.min && score <= b.max)
    return { domain: d.id, score, max: ins.domainMax[i] ?? 0, ...(band === undefined ? {} : { grade: band.grade }) }
  })
  const domainNodes = data.domains.map((d, i) =>
    node(
      `${data.id}.domain.${d.id}`,
      { zh: `${d.clause} ${d.name.zh}得分`, en: `${d.clause} ${d.name.en} score` },
      domainScores[i] ?? 0,
      { max: ins.domainMax[i] ?? 0, ...(domains[i]?.grade === undefined ? {} : { grade: domains[i]?.grade ?? 0 }) },
      [d.citation],
      itemNodes[i]
    )
  )
  const totalNode = node(`${data.id}.total`, { zh: "总分（各项得分之和）", en: "total (sum of item scores)" }, total, { max: ins.maxTotal }, [data.citation], domainNodes, undefined, provisional)
  const rule = data.levelRule
  const prelimId = levelId(prelim)
  const bandText = rule.kind === "total-bands" ? rule.bands.find((b) => b.level === prelimId) : undefined
  const prelimNode = node(
    `${data.id}.preliminary-level`,
    rule.kind === "none"
      ? { zh: `初步等级：${rule.reason.zh}`, en: `preliminary level: ${rule.reason.en}` }
      : { zh: "初步等级（按分数段）", en: "preliminary level (by score band)" },
    prelimId,
    rule.kind === "domain-table" ? { grades: domains.map((d) => d.grade ?? null) } : { total },
    [rule.citation],
    undefined,
    bandText === undefined ? {} : { band: `${bandText.min}–${bandText.max}` },
    provisional
  )
  const adjustments: LevelAdjustment[] = []
  const adjNodes: Explanation[] = []
  const adj = data.adjustments
  if ((adjusted.fired & 1) !== 0 && adj.coma !== undefined) {
    adjustments.push({ rule: "coma", label: ADJ_LABELS.coma })
    adjNodes.push(node(`${data.id}.adjust.coma`, { zh: `昏迷，直接评定为${data.levels[adjusted.rank]?.name.zh ?? ""}`, en: `coma: rated ${data.levels[adjusted.rank]?.name.en ?? ""} directly` }, true, { coma: true, byAnswer: c.comaByAnswer }, [adj.coma.citation]))
  }
  const raise = adj.raise
  if (raise !== undefined && (adjusted.fired & 1) === 0) {
    const fired = (bit: number, rule: LevelAdjustment["rule"], inputs: { readonly [k: string]: Json }): void => {
      const on = (adjusted.fired & bit) !== 0
      if (on) adjustments.push({ rule, label: ADJ_LABELS[rule] })
      adjNodes.push(node(`${data.id}.adjust.${rule}`, ADJ_LABELS[rule], on, inputs, [raise.citation]))
    }
    if (raise.dementia) fired(2, "dementia", { dementia: c.dementia })
    if (raise.mentalIllness) fired(4, "mental-illness", { mentalIllness: c.mentalIllness })
    if (raise.riskEventThreshold !== null) fired(8, "risk-events", { total: c.riskTotal, largestType: c.riskMax, threshold: raise.riskEventThreshold, counting: raise.riskEventCounting })
  }
  const finalId = levelId(adjusted.rank)
  const levelName = adjusted.rank < 0 ? null : (data.levels[adjusted.rank]?.name ?? null)
  const raisedBy = adjusted.rank >= 0 && prelim >= 0 && (adjusted.fired & 1) === 0 ? adjusted.rank - prelim : 0
  const adjustNode = node(
    `${data.id}.level-change`,
    { zh: "等级变更", en: "level-changing rules" },
    (adjusted.fired & 1) !== 0 ? "coma" : raisedBy,
    {},
    raise === undefined && adj.coma === undefined ? [] : [(raise ?? adj.coma)!.citation],
    adjNodes,
    raise === undefined ? {} : { stacking: raise.stacking, ...(raise.noRaiseFrom === undefined ? {} : { noRaiseFrom: raise.noRaiseFrom }) }
  )
  let levelRange: Assessment["levelRange"]
  if (provisional) {
    const bestScores = domainScores.map((s, i) => s + (missingByDomain[i] ?? 0))
    const best = adjust(ins, preliminaryRank(ins, total + missingMax, bestScores), c).rank
    // An unanswered item whose option could be 昏迷 could still put the person at the coma level.
    const comaAnswer = adj.coma?.answer
    const comaOpen = comaAnswer !== undefined && missing.includes(data.items[ins.itemIndex.get(comaAnswer.item) ?? -1]?.id ?? "")
    const worst = comaOpen ? Math.max(adjusted.rank, ins.levelRank.get(adj.coma?.level ?? "") ?? -1) : adjusted.rank
    levelRange = { best: levelId(best), worst: levelId(worst) }
  }
  const explanation = node(
    `${data.id}.level`,
    { zh: `${data.name.zh}：能力等级${levelName === null ? "" : ` ${levelName.zh}`}`, en: `${data.name.en}: level${levelName === null ? "" : ` ${levelName.en}`}` },
    finalId,
    { instrument: data.id, version: data.version, assessedOn: c.assessedOn, ...(provisional ? { missing } : {}) },
    [data.citation],
    [totalNode, prelimNode, adjustNode],
    levelRange === undefined ? {} : { best: levelRange.best, worst: levelRange.worst },
    provisional
  )
  return Result.succeed({
    instrument: data.id,
    version: data.version,
    assessedOn: c.assessedOn,
    items,
    domains,
    total,
    maxTotal: ins.maxTotal,
    preliminaryLevel: prelimId,
    level: finalId,
    levelName,
    adjustments,
    coma: c.coma,
    provisional,
    missing,
    ...(levelRange === undefined ? {} : { levelRange }),
    explanation
  })
}
