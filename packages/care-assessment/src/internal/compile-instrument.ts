/**
 * Compiling an instrument already checked: the lookup tables scoring needs (item and option maps,
 * scores, the level of every total) and the scoring pieces. `loadInstrument` checks, then compiles
 * here; the built-in instruments, checked by the tests, are compiled here directly, so a page
 * does not carry the instrument schema and its checks to load them (issue 18).
 *
 * @internal
 * @module
 */
import type { Instrument, LoadedInstrument } from "../instrument/model.js"
import { compileScoring } from "./compiled-instrument.js"

/** Every instrument compiled here (what `isLoadedInstrument` asks). */
export const LOADED = new WeakSet<object>()

/** Compiles an instrument already checked (by `loadInstrument`, or by the tests for the built-in ones). */
export const compile = (ins: Instrument): LoadedInstrument => {
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
