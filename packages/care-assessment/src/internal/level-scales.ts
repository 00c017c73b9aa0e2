/**
 * The level ids of each built-in instrument, by instrument id: the scales a decision table's
 * `levelScale` may name without passing its own `levels`. Kept apart from the instrument data so a
 * page that loads one table (峡山, on GB/T 42195) does not bundle every instrument's items;
 * `test/instruments.test.ts` checks these equal the instruments' own `levels`.
 *
 * @internal
 * @module
 */

/** @internal */
export const BUILT_IN_LEVEL_IDS: ReadonlyMap<string, ReadonlyArray<string>> = new Map([
  ["gbt-42195-2022", ["intact", "mild", "moderate", "severe", "complete"]],
  ["tekun-self-care-2021", ["capable", "partially-lost", "fully-lost"]],
  ["barthel-100", ["independent", "mild-dependence", "moderate-dependence", "severe-dependence"]],
  ["ltc-disability-2021", ["0", "1", "2", "3", "4", "5"]],
  ["mzt-039-2013", ["intact", "mild", "moderate", "severe"]]
])
