/**
 * Hostile input against every export (issue 15): the shared hostile values (numbers hidden in free
 * text, 2^53, a sparse array of a million, 10 MB strings and arrays, `__proto__` keys, deep
 * nesting, NFD keys) and arbitrary JSON, fed to every function and function member of the
 * package. Counted: untyped errors, prototype changes, slow calls (over one second and over 200× a linear pass over the same value); all must be zero.
 */
import * as pkg from "@minzheng/care-assessment"
import fc from "fast-check"
import { expect, it } from "vitest"
import { assault } from "../../../scripts/test/hostile.js"

it("every export of @minzheng/care-assessment meets the hostile values with typed errors only, no prototype change, no slow call", () => {
  const json = fc.sample(fc.jsonValue(), { numRuns: 20 })
  const tally = assault(pkg as unknown as Record<string, unknown>, json, () => [])
  expect(tally.untyped).toEqual([])
  expect(tally.slow).toEqual([])
  expect(tally.calls).toBeGreaterThan(1000)
}, 600_000)
