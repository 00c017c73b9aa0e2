import type { Instrument } from "@minzheng/care-assessment"

/** Every item at its best option. */
export const best = (ins: Instrument): Array<{ item: string; option: string }> =>
  ins.items.map((i) => ({ item: i.id, option: i.options[0]!.id }))

/**
 * Answers whose total is `target`: start from the best answers and lower items (first to last)
 * until the total is reached. Options are listed best first in every built-in instrument.
 */
export const answersWithTotal = (ins: Instrument, target: number): Array<{ item: string; option: string }> => {
  let total = ins.items.reduce((s, i) => s + i.options[0]!.score, 0)
  return ins.items.map((i) => {
    let pick = i.options[0]!
    for (const o of i.options) {
      if (total - (pick.score - o.score) >= target && o.score < pick.score) {
        total -= pick.score - o.score
        pick = o
      }
    }
    return { item: i.id, option: pick.id }
  })
}
