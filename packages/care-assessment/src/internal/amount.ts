/**
 * The schema of a money amount a request brings in: core's `MoneyInput` (a `Money`, or a decimal
 * string in 元), not negative, to the 分. Used by the entitlement facts and care-plan requests.
 *
 * @internal
 * @module
 */
import { MoneySchema } from "@minzheng/core"
import * as z from "zod/mini"

/** @internal */
export const AmountSchema = MoneySchema.check(
  z.refine((m) => !m.isNegative() && m.decimal.times(100).isInteger(), {
    params: { zh: "金额应不为负、精确到分，如 \"3000.00\"", en: "an amount must be in 元, not negative, to the 分, e.g. \"3000.00\"" }
  })
)
