/**
 * 信用积分方案 (credit-point scheme): the data a village or city publishes — base score, items with
 * points and categories, per-period caps, evidence and approval rules, tiers with labels, the
 * period and what carries over, the appeal window, repair and expiry. Schemes are versioned and
 * effective-dated: an entry is judged by the version in force on its date.
 *
 * @module
 */
import { CitationSchema, decode, type IsoDate, IsoDateSchema, type InvalidInput } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { knownSchemes } from "../internal/known-schemes.js"
import { BilingualSchema, IdSchema, PointsSchema } from "../internal/schemas.js"
import { CARRY_OVERS, CATEGORIES, EVIDENCE_KINDS, PERIOD_KINDS, ROLES } from "./vocabulary.js"

/**
 * Zod schema of a {@link SchemeItem}.
 *
 * @example
 * ```ts
 * import { ItemSchema } from "@minzheng/credit"
 * ItemSchema.safeParse({ id: "x" }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ItemSchema = z.strictObject({
  id: IdSchema,
  label: BilingualSchema,
  category: z.literal(CATEGORIES),
  points: PointsSchema.check(z.refine((n) => n !== 0, { params: { zh: "事项分值不能为零", en: "an item's points cannot be zero" } })),
  capPerPeriod: z.nullable(PointsSchema.check(z.positive())),
  evidence: z.literal(EVIDENCE_KINDS),
  recordedBy: z.array(z.literal(ROLES)).check(z.minLength(1)),
  approvedBy: z.nullable(z.literal(ROLES))
})


/**
 * Zod schema of a {@link Tier}.
 *
 * @example
 * ```ts
 * import { TierSchema } from "@minzheng/credit"
 * TierSchema.safeParse({ id: "A", minScore: 100, label: { zh: "A级", en: "A" }, display: "★" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const TierSchema = z.strictObject({
  id: IdSchema,
  minScore: PointsSchema,
  label: BilingualSchema,
  display: z.string().check(z.minLength(1)),
  payoutWeight: z.optional(z.string().check(z.regex(/^\d{1,9}(\.\d{1,6})?$/)))
})

/**
 * Zod schema of a {@link PayoutRule}.
 *
 * @example
 * ```ts
 * import { PayoutRuleSchema } from "@minzheng/credit"
 * PayoutRuleSchema.safeParse({ method: "above-floor", floor: 100 }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PayoutRuleSchema = z.discriminatedUnion("method", [
  z.strictObject({ method: z.literal("proportional") }),
  z.strictObject({ method: z.literal("above-floor"), floor: PointsSchema }),
  z.strictObject({ method: z.literal("tier-weights") })
])

/**
 * Zod schema of a {@link Scheme} (checks item ids and tier ids are unique, tier thresholds
 * distinct, and tier weights present when the payout rule uses them).
 *
 * @example
 * ```ts
 * import { SchemeSchema, rongchengVillageScheme } from "@minzheng/credit"
 * SchemeSchema.safeParse(JSON.parse(JSON.stringify(rongchengVillageScheme))).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const SchemeSchema = z
  .strictObject({
    id: IdSchema,
    version: z.string().check(z.minLength(1)),
    effectiveFrom: IsoDateSchema,
    label: BilingualSchema,
    source: CitationSchema,
    illustrative: z.boolean(),
    unit: BilingualSchema,
    baseScore: PointsSchema,
    period: z.literal(PERIOD_KINDS),
    carryOver: z.literal(CARRY_OVERS),
    items: z.array(ItemSchema).check(z.minLength(1)),
    tiers: z.array(TierSchema).check(z.minLength(1)),
    appealWindowDays: z.number().check(z.int(), z.minimum(0), z.maximum(3650)),
    repairCleanDays: z.nullable(z.number().check(z.int(), z.positive(), z.maximum(36500))),
    expiryMonths: z.nullable(z.number().check(z.int(), z.positive(), z.maximum(1200))),
    balanceFloor: PointsSchema,
    lifetimeCap: z.nullable(PointsSchema.check(z.positive())),
    payout: PayoutRuleSchema
  })
  .check(
    z.superRefine((s, ctx) => {
      const seen = new Set<string>()
      s.items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], params: { zh: `事项编号 ${item.id} 重复`, en: `item id ${item.id} appears twice` } })
        seen.add(item.id)
      })
      const mins = new Set<number>()
      s.tiers.forEach((t, i) => {
        if (mins.has(t.minScore)) ctx.addIssue({ code: "custom", path: ["tiers", i, "minScore"], params: { zh: "等级起点分重复", en: "two tiers start at the same score" } })
        mins.add(t.minScore)
        if (s.payout.method === "tier-weights" && t.payoutWeight === undefined) {
          ctx.addIssue({ code: "custom", path: ["tiers", i, "payoutWeight"], params: { zh: "按等级权重分配时每个等级须有权重", en: "every tier needs a weight when the payout is by tier weights" } })
        }
      })
    })
  )


/**
 * One item of a scheme (积分事项): what conduct earns (+) or costs (−) how many points, its
 * category, its cap per period (null: none), the evidence it needs and who records / approves it.
 *
 * @example
 * ```ts
 * import type { SchemeItem } from "@minzheng/credit"
 * const dumping: SchemeItem = {
 *   id: "rubbish-dumping", label: { zh: "乱倒垃圾", en: "dumping rubbish" }, category: "environment",
 *   points: -10, capPerPeriod: null, evidence: "photo", recordedBy: ["collector"], approvedBy: "village-committee"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export type SchemeItem = z.infer<typeof ItemSchema>

/**
 * One tier (信用等级): from `minScore` up, shown as `display` (stars, flags, AAA …).
 *
 * @example
 * ```ts
 * import type { Tier } from "@minzheng/credit"
 * const aaa: Tier = { id: "AAA", minScore: 120, label: { zh: "AAA级 诚信户", en: "AAA" }, display: "★★★" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Tier = z.infer<typeof TierSchema>

/**
 * How a credit fund is divided: `proportional` 按积分比例, `above-floor` 按超过基准线的积分,
 * `tier-weights` 按等级权重.
 *
 * @example
 * ```ts
 * import type { PayoutRule } from "@minzheng/credit"
 * const rule: PayoutRule = { method: "above-floor", floor: 100 }
 * ```
 * @category models
 * @since 0.1.0
 */
export type PayoutRule = z.infer<typeof PayoutRuleSchema>

/**
 * A credit-point scheme version (see the module summary). Points are whole numbers in the
 * scheme's `unit` (分 for a village scheme, 小时 for a time bank).
 *
 * @example
 * ```ts
 * import { rongchengVillageScheme } from "@minzheng/credit"
 * rongchengVillageScheme.baseScore //=> 100
 * ```
 * @category models
 * @since 0.1.0
 */
export type Scheme = Omit<z.infer<typeof SchemeSchema>, "effectiveFrom"> & { readonly effectiveFrom: IsoDate }

/**
 * What {@link defineScheme} takes: a scheme version written in code, its `effectiveFrom` a
 * `YYYY-MM-DD` string (the input side of {@link SchemeSchema}).
 *
 * @example
 * ```ts
 * import { rongchengVillageScheme, type SchemeInput } from "@minzheng/credit"
 * const next: SchemeInput = { ...rongchengVillageScheme, version: "2026.1", effectiveFrom: "2026-01-01" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type SchemeInput = z.input<typeof SchemeSchema>

/**
 * Decodes a scheme version from outside data (JSON, a file, a form): the scheme, or one
 * `InvalidInput` listing every problem.
 *
 * @example
 * ```ts
 * import { decodeScheme } from "@minzheng/credit"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeScheme({ id: "x" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeScheme = (input: unknown): Result.Result<Scheme, InvalidInput> => {
  const r = decode(SchemeSchema, input) as Result.Result<Scheme, InvalidInput>
  if (Result.isSuccess(r)) knownSchemes.add(r.success)
  return r
}

/**
 * Defines a scheme version written in code: the same checks as {@link decodeScheme} (unique item
 * and tier ids, distinct tier thresholds, tier weights where the payout needs them …), on a typed
 * {@link SchemeInput}. A failure is one `InvalidInput` listing every problem.
 *
 * @example
 * ```ts
 * import { defineScheme, rongchengVillageScheme } from "@minzheng/credit"
 * import { Result } from "@minzheng/core"
 * const r = defineScheme({ ...rongchengVillageScheme, version: "2026.1", effectiveFrom: "2026-01-01" })
 * Result.isSuccess(r) && r.success.version //=> "2026.1"
 * const twice = defineScheme({ ...rongchengVillageScheme, tiers: [...rongchengVillageScheme.tiers, rongchengVillageScheme.tiers[0]!] })
 * Result.isFailure(twice) && twice.failure.issues[0]?.zh //=> "等级起点分重复"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const defineScheme = (input: SchemeInput): Result.Result<Scheme, InvalidInput> => decodeScheme(input)

/**
 * Like {@link defineScheme}, throwing the `InvalidInput` (for module-level constants and scripts).
 *
 * @throws `InvalidInput` listing every problem
 * @example
 * ```ts
 * import { defineSchemeUnsafe, rongchengVillageScheme } from "@minzheng/credit"
 * defineSchemeUnsafe({ ...rongchengVillageScheme, version: "2026.1", effectiveFrom: "2026-01-01" }).version //=> "2026.1"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const defineSchemeUnsafe = (input: SchemeInput): Scheme => {
  const r = decodeScheme(input)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
