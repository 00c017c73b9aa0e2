/**
 * 原保障情况 (previous support): the household's current 低保 or 特困 support, needed for the
 * 渐退期 and for a 特困 minor's continued support.
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import { IsoDateSchema } from "@minzheng/core"
import * as z from "zod/mini"
import { YuanAmountSchema } from "../household/amount.js"

/**
 * Zod schema of the previous support.
 *
 * @example
 * ```ts
 * import { PreviousSupportSchema } from "@minzheng/relief"
 * PreviousSupportSchema.parse({ programme: "dibao", since: "2023-07-01", monthlyAmount: "865.00" }).programme //=> "dibao"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PreviousSupportSchema = opaque(
  z.strictObject({
    programme: z.enum(["dibao", "tekun"]),
    since: IsoDateSchema,
    monthlyAmount: YuanAmountSchema,
    gradualExitFrom: z.optional(IsoDateSchema)
  })
)

/**
 * The previous support of a household.
 *
 * @example
 * ```ts
 * import type { PreviousSupport } from "@minzheng/relief"
 * const p: PreviousSupport = { programme: "dibao", since: "2023-07-01" as any, monthlyAmount: "865.00" }
 * ```
 * @category household
 * @since 0.1.0
 */
export type PreviousSupport = z.infer<typeof PreviousSupportSchema>
