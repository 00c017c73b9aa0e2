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
import { type Bilingual, type Explanation, type InvalidInput, invalidInput, issue, type Json } from "@minzheng/core"
import * as Result from "effect/Result"
import { type CompiledInstrument, compiledOf } from "../internal/compiled-instrument.js"
import type { ExplanationParts } from "../internal/explanation-parts.js"
import { type Checked, fastCheck, fullCheck } from "../internal/form-check.js"
import { isRecord } from "../internal/guard.js"
import { node } from "../internal/node.js"
import type { LoadedInstrument } from "../instrument/model.js"
import type { Assessment, AssessOptions, DomainScore, ItemScore, LevelAdjustment, LevelResult } from "./model.js"

/** An outcome with no level (the instrument gives none, or none applies), in words. */
const UNRATED = { zh: "未定级", en: "no level" } as const

const TOTAL_LABEL: Bilingual = Object.freeze({ zh: "总分（各项得分之和）", en: "total (sum of item scores)" })
const CHANGE_LABEL: Bilingual = Object.freeze({ zh: "等级变更", en: "level-changing rules" })

/** Preliminary level rank from domain scores, or -1. */
const preliminaryRank = (ins: LoadedInstrument, parts: ExplanationParts, total: number, domainScores: ArrayLike<number>): number => {
  const rule = ins.data.levelRule
  if (rule.kind === "total-bands") return ins.rankByTotal[total] ?? -1
  if (rule.kind === "none") return -1
  let key = ""
  for (let k = 0; k < parts.tableDomains.length; k++) {
    const d = parts.tableDomains[k] ?? -1
    const grade = parts.domainScore[d]?.[domainScores[d] ?? 0]?.grade
    if (grade === undefined) return -1
    key = k === 0 ? `${grade}` : `${key},${grade}`
  }
  const level = rule.table[key]
  return level === undefined || level === null ? -1 : (ins.levelRank.get(level) ?? -1)
}

/** Bits of {@link adjust}'s `fired`. */
const COMA = 1
const DEMENTIA = 2
const MENTAL = 4
const RISK = 8
const BLOCKED = 16

/**
 * 等级变更: the coma rule, then the one-level raise (capped at the worst level). Returns the
 * final rank and the rules that fired in one number: `(rank + 1) * 32 + fired bits`.
 */
const adjust = (ins: LoadedInstrument, prelim: number, c: Checked): number => {
  const adj = ins.data.adjustments
  if (c.coma && adj.coma !== undefined) return ((ins.levelRank.get(adj.coma.level) ?? prelim) + 1) * 32 + COMA
  const raise = adj.raise
  if (raise === undefined || prelim < 0) return (prelim + 1) * 32
  let fired = 0
  if (raise.dementia && c.dementia) fired |= DEMENTIA
  if (raise.mentalIllness && c.mentalIllness) fired |= MENTAL
  const t = raise.riskEventThreshold
  if (t !== null && (raise.riskEventCounting === "total" ? c.riskTotal : c.riskMax) >= t) fired |= RISK
  if (fired === 0) return (prelim + 1) * 32
  if (raise.noRaiseFrom !== undefined && prelim >= (ins.levelRank.get(raise.noRaiseFrom) ?? Infinity)) return (prelim + 1) * 32 + (fired | BLOCKED)
  const conditions = ((fired >> 1) & 1) + ((fired >> 2) & 1) + ((fired >> 3) & 1)
  const steps = raise.stacking === "single-step" ? 1 : conditions
  return (Math.min(prelim + steps, ins.data.levels.length - 1) + 1) * 32 + fired
}

/** The rank part of {@link adjust}'s answer. */
const rankOf = (adjusted: number): number => (adjusted >> 5) - 1

const notLoaded = (): InvalidInput =>
  invalidInput([issue(["instrument"], "not_loaded", "评估工具未加载（请先用 loadInstrument 检查并编译）", "the instrument is not loaded (check and compile it with loadInstrument first)")])

const zeros = (n: number): Array<number> => {
  const a: Array<number> = []
  for (let i = 0; i < n; i++) a.push(0)
  return a
}

const isProvisionalAsked = (options: unknown): boolean => isRecord(options) && options.provisional === true

/** The checks, or the failure listing every problem. */
const checked = (cc: CompiledInstrument, input: unknown, options: unknown): Checked | InvalidInput => {
  const provisional = isProvisionalAsked(options)
  const fast = fastCheck(cc.validator, input, provisional, cc.chosen)
  if (fast !== undefined) return fast
  const c = fullCheck(cc.validator, input, provisional, cc.chosen)
  return Array.isArray(c) ? invalidInput(c) : c
}

/** A plain property read tells the two apart (cheaper than the `in` operator on the hot path). */
const isChecked = (c: Checked | InvalidInput): c is Checked => (c as { readonly chosen?: unknown }).chosen !== undefined

/**
 * Checks and scores a response set, numbers only: total, domain scores, preliminary and final
 * level. Same checks and rules as {@link assess}, without building the explanation; as there, the
 * instrument passed in decides and the form's `instrument` is optional (another id is refused).
 *
 * @param instrument - a {@link LoadedInstrument}
 * @param input - the response set (untrusted JSON)
 * @returns the {@link LevelResult}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { assessLevel, TEKUN_SELF_CARE } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * const ids = ["eating", "dressing", "getting-in-out-of-bed", "toileting", "indoor-walking", "bathing"]
 * const r = assessLevel(TEKUN_SELF_CARE, { answers: ids.map((item, i) => ({ item, option: i < 2 ? "not-met" : "met" })) })
 * Result.isSuccess(r) && r.success.level //=> "partially-lost"
 * ```
 * @category scoring
 * @since 0.1.0
 */
export const assessLevel = (instrument: LoadedInstrument, input: unknown, options?: AssessOptions): Result.Result<LevelResult, InvalidInput> => {
  const cc = compiledOf(instrument)
  if (cc === undefined) return Result.fail(notLoaded())
  const c = checked(cc, input, options)
  if (!isChecked(c)) return Result.fail(c)
  const ins = cc.validator.ins
  const { total, domainScores } = c
  const prelim = preliminaryRank(ins, cc.parts, total, domainScores)
  const rank = rankOf(adjust(ins, prelim, c))
  const levels = ins.data.levels
  return Result.succeed({
    total,
    domainScores,
    preliminaryLevel: prelim < 0 ? null : (levels[prelim]?.id ?? null),
    level: rank < 0 ? null : (levels[rank]?.id ?? null),
    provisional: c.missing > 0 && !c.coma
  })
}

const levelId = (ins: LoadedInstrument, rank: number): string | null => (rank < 0 ? null : (ins.data.levels[rank]?.id ?? null))

/** The level-changing nodes and the adjustments that fired. */
const adjustmentNodes = (ins: LoadedInstrument, parts: ExplanationParts, c: Checked, fired: number, adjustments: Array<LevelAdjustment>): Array<Explanation> => {
  const nodes: Array<Explanation> = []
  const adj = ins.data.adjustments
  if ((fired & COMA) !== 0 && parts.comaNodes !== undefined) {
    adjustments.push(parts.adjustments.coma)
    nodes.push(parts.comaNodes[c.comaByAnswer ? 1 : 0])
    return nodes
  }
  const raise = adj.raise
  if (raise === undefined || (fired & COMA) !== 0) return nodes
  if (parts.dementiaNodes !== undefined) {
    const on = (fired & DEMENTIA) !== 0
    if (on) adjustments.push(parts.adjustments.dementia)
    nodes.push(parts.dementiaNodes[(c.dementia ? 2 : 0) + (on ? 1 : 0)]!)
  }
  if (parts.mentalNodes !== undefined) {
    const on = (fired & MENTAL) !== 0
    if (on) adjustments.push(parts.adjustments["mental-illness"])
    nodes.push(parts.mentalNodes[(c.mentalIllness ? 2 : 0) + (on ? 1 : 0)]!)
  }
  if (raise.riskEventThreshold !== null) {
    const on = (fired & RISK) !== 0
    if (on) adjustments.push(parts.adjustments["risk-events"])
    nodes.push(
      node(
        parts.riskRule,
        parts.adjustments["risk-events"].label,
        on,
        { total: c.riskTotal, largestType: c.riskMax, threshold: raise.riskEventThreshold, counting: raise.riskEventCounting },
        parts.raiseCitations
      )
    )
  }
  return nodes
}

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
 * **The instrument is said once.** The instrument passed as the first argument decides; the form's
 * `instrument` field may be left out. A form that names an instrument must name this one: another
 * id is refused with an issue at path `["instrument"]` (code `instrument_mismatch`).
 *
 * @param instrument - a {@link LoadedInstrument} (e.g. {@link GBT_42195})
 * @param input - the response set (untrusted JSON, see {@link ResponseSet})
 * @param options - {@link AssessOptions}
 * @returns the {@link Assessment}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { assess, GBT_42195, GBT_42195_2022 } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * // every item at its best option but 进食 at 0: total 86, 轻度失能; a diagnosed dementia raises it one level
 * const answers = GBT_42195_2022.items.map((i) => ({ item: i.id, option: i.id === "eating" ? "0" : i.options[0]!.id }))
 * const r = assess(GBT_42195, { answers, diagnoses: ["F01"] })
 * Result.isSuccess(r) && [r.success.total, r.success.preliminaryLevel, r.success.level] //=> [86, "mild", "moderate"]
 * ```
 * @see {@link assessLevel} for the numbers-only path, {@link assessUnsafe} for the throwing form
 * @category scoring
 * @since 0.1.0
 */
export const assess = (instrument: LoadedInstrument, input: unknown, options: AssessOptions = {}): Result.Result<Assessment, InvalidInput> => {
  const cc = compiledOf(instrument)
  if (cc === undefined) return Result.fail(notLoaded())
  const c = checked(cc, input, options)
  if (!isChecked(c)) return Result.fail(c)
  const ins = cc.validator.ins
  const parts = cc.parts
  const data = ins.data
  const nDomains = data.domains.length
  const { total, domainScores } = c
  const prelim = preliminaryRank(ins, parts, total, domainScores)
  const adjusted = adjust(ins, prelim, c)
  const rank = rankOf(adjusted)
  const fired = adjusted & 31
  const provisional = c.missing > 0 && !c.coma

  const nItems = c.chosen.length
  const items = new Array<ItemScore>(nItems)
  const missing: Array<string> = []
  const itemNodes: Array<Array<Explanation>> = new Array<Array<Explanation>>(nDomains)
  for (let d = 0; d < nDomains; d++) itemNodes[d] = new Array<Explanation>(parts.domainSize[d] ?? 0)
  let missingMax = 0
  const missingByDomain = c.missing > 0 ? zeros(nDomains) : undefined
  for (let p = 0; p < nItems; p++) {
    const o = c.chosen[p] ?? -1
    const d = ins.itemDomain[p] ?? 0
    const at = parts.placeInDomain[p] ?? 0
    if (o >= 0) {
      items[p] = parts.itemScores[p]![o]!
      itemNodes[d]![at] = parts.itemNodes[p]![o]!
      continue
    }
    items[p] = parts.missingScores[p]!
    missing.push(data.items[p]!.id)
    const max = ins.itemMax[p] ?? 0
    missingMax += max
    if (missingByDomain !== undefined) missingByDomain[d] = (missingByDomain[d] ?? 0) + max
    itemNodes[d]![at] = parts.missingNodes[p]![provisional ? 1 : 0]
  }
  const domains = new Array<DomainScore>(nDomains)
  const domainNodes = new Array<Explanation>(nDomains)
  for (let d = 0; d < nDomains; d++) {
    const score = domainScores[d] ?? 0
    domains[d] = parts.domainScore[d]![score]!
    domainNodes[d] = node(parts.domainRule[d]!, parts.domainLabel[d]!, score, parts.domainInputs[d]![score], parts.domainCitations[d], itemNodes[d])
  }
  const totalNode = node(parts.totalRule, TOTAL_LABEL, total, parts.totalInputs, parts.totalCitations, domainNodes, undefined, provisional)
  const prelimId = levelId(ins, prelim)
  const prelimNode = node(
    parts.prelimRule,
    parts.prelimLabel,
    prelimId,
    data.levelRule.kind === "domain-table" ? { grades: domains.map((d) => d.grade ?? null) } : parts.prelimInputsByTotal[total],
    parts.prelimCitations,
    undefined,
    parts.prelimParameters[prelim + 1],
    provisional,
    prelim < 0 ? UNRATED : (data.levels[prelim]?.name ?? UNRATED)
  )
  const adjustments: Array<LevelAdjustment> = []
  const adjNodes = adjustmentNodes(ins, parts, c, fired, adjustments)
  const finalId = levelId(ins, rank)
  const levelName = rank < 0 ? null : (data.levels[rank]?.name ?? null)
  const raisedBy = rank >= 0 && prelim >= 0 && (fired & COMA) === 0 ? rank - prelim : 0
  const adjustNode = node(parts.changeRule, CHANGE_LABEL, (fired & COMA) !== 0 ? "coma" : raisedBy, undefined, parts.changeCitations, adjNodes, parts.changeParameters)
  let levelRange: Assessment["levelRange"]
  if (provisional) {
    const bestScores = domainScores.map((s, i) => s + (missingByDomain?.[i] ?? 0))
    const best = rankOf(adjust(ins, preliminaryRank(ins, parts, total + missingMax, bestScores), c))
    // An unanswered item whose option could be 昏迷 could still put the person at the coma level.
    const adj = data.adjustments
    const comaItem = cc.validator.comaItem
    const comaOpen = comaItem >= 0 && (c.chosen[comaItem] ?? -1) < 0
    const worst = comaOpen ? Math.max(rank, ins.levelRank.get(adj.coma?.level ?? "") ?? -1) : rank
    levelRange = { best: levelId(ins, best), worst: levelId(ins, worst) }
  }
  const explanation = node(
    parts.levelRule,
    parts.levelLabel[rank < 0 ? 0 : rank + 1]!,
    finalId,
    provisional
      ? { instrument: data.id, version: data.version, assessedOn: c.assessedOn, missing }
      : { instrument: data.id, version: data.version, assessedOn: c.assessedOn },
    parts.levelCitations,
    [totalNode, prelimNode, adjustNode],
    levelRange === undefined ? undefined : { best: levelRange.best, worst: levelRange.worst },
    provisional,
    levelName ?? UNRATED
  )
  return Result.succeed(
    levelRange === undefined
      ? { instrument: data.id, version: data.version, assessedOn: c.assessedOn, items, domains, total, maxTotal: ins.maxTotal, preliminaryLevel: prelimId, level: finalId, levelName, adjustments, coma: c.coma, provisional, missing, explanation }
      : { instrument: data.id, version: data.version, assessedOn: c.assessedOn, items, domains, total, maxTotal: ins.maxTotal, preliminaryLevel: prelimId, level: finalId, levelName, adjustments, coma: c.coma, provisional, missing, levelRange, explanation }
  )
}

/**
 * Like {@link assess}, but throws the same `InvalidInput` (core): for scripts, tests and forms
 * already checked.
 *
 * @throws `InvalidInput` (core) listing every problem of the form
 * @example
 * ```ts
 * import { assessUnsafe, TEKUN_SELF_CARE } from "@minzheng/care-assessment"
 * const ids = ["eating", "dressing", "getting-in-out-of-bed", "toileting", "indoor-walking", "bathing"]
 * assessUnsafe(TEKUN_SELF_CARE, { answers: ids.map((item) => ({ item, option: "met" })) }).level //=> "capable"
 * ```
 * @category scoring
 * @since 0.1.0
 */
export const assessUnsafe = (instrument: LoadedInstrument, input: unknown, options: AssessOptions = {}): Assessment => {
  const r = assess(instrument, input, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
