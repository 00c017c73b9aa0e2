/**
 * 特困人员生活自理能力 (tekun self-care capacity): the result of the six-item assessment of
 * 《特困人员认定办法》 that 特困 support uses to set the 照料护理标准.
 *
 * @module
 */
import * as z from "zod/mini"

/**
 * The three levels of the 特困 self-care assessment (《特困人员认定办法》（民发〔2021〕43号）第二十一条、第二十二条):
 * - `"capable"` 具备生活自理能力: all six indicators met;
 * - `"partially-lost"` 部分丧失生活自理能力: 1–3 indicators not met;
 * - `"fully-lost"` 完全丧失生活自理能力: 4 or more not met.
 *
 * @example
 * ```ts
 * import { TEKUN_SELF_CARE_LEVELS } from "@minzheng/care-assessment"
 * TEKUN_SELF_CARE_LEVELS //=> ["capable", "partially-lost", "fully-lost"]
 * ```
 * @category models
 * @since 0.1.0
 */
export const TEKUN_SELF_CARE_LEVELS = ["capable", "partially-lost", "fully-lost"] as const

/**
 * Zod schema of a {@link TekunSelfCareLevel}.
 *
 * @example
 * ```ts
 * import { TekunSelfCareLevelSchema } from "@minzheng/care-assessment"
 * TekunSelfCareLevelSchema.parse("partially-lost") //=> "partially-lost"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const TekunSelfCareLevelSchema: z.ZodMiniType<(typeof TEKUN_SELF_CARE_LEVELS)[number]> = z.enum(TEKUN_SELF_CARE_LEVELS)

/**
 * A 特困 self-care level: `"capable"` | `"partially-lost"` | `"fully-lost"`.
 *
 * @example
 * ```ts
 * import type { TekunSelfCareLevel } from "@minzheng/care-assessment"
 * const level: TekunSelfCareLevel = "fully-lost"
 * ```
 * @category models
 * @since 0.1.0
 */
export type TekunSelfCareLevel = z.infer<typeof TekunSelfCareLevelSchema>

/**
 * Chinese and English names of the levels.
 *
 * @example
 * ```ts
 * import { TEKUN_SELF_CARE_LEVEL_NAMES } from "@minzheng/care-assessment"
 * TEKUN_SELF_CARE_LEVEL_NAMES["fully-lost"].zh //=> "完全丧失生活自理能力"
 * ```
 * @category models
 * @since 0.1.0
 */
export const TEKUN_SELF_CARE_LEVEL_NAMES: Readonly<Record<TekunSelfCareLevel, { readonly zh: string; readonly en: string }>> = {
  capable: { zh: "具备生活自理能力", en: "capable of self-care" },
  "partially-lost": { zh: "部分丧失生活自理能力", en: "partially lost self-care capacity" },
  "fully-lost": { zh: "完全丧失生活自理能力", en: "fully lost self-care capacity" }
}
