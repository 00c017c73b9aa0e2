/**
 * 老年人能力等级 (capability levels) of GB/T 42195-2022《老年人能力评估规范》: the five levels the
 * national instrument gives, best first, with their names. `GBT_42195_2022.levels`, the service
 * lists and the care plans all draw on this one definition.
 *
 * @module
 */
/**
 * The capability levels of GB/T 42195-2022 (the ids of `GBT_42195_2022.levels`), best first.
 *
 * @example
 * ```ts
 * import { CAPABILITY_LEVELS } from "@minzheng/care-assessment"
 * CAPABILITY_LEVELS //=> ["intact", "mild", "moderate", "severe", "complete"]
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const CAPABILITY_LEVELS = ["intact", "mild", "moderate", "severe", "complete"] as const

/**
 * A GB/T 42195-2022 capability level: `"intact"` | `"mild"` | `"moderate"` | `"severe"` |
 * `"complete"`.
 *
 * @example
 * ```ts
 * import type { CapabilityLevel } from "@minzheng/care-assessment"
 * const level: CapabilityLevel = "moderate"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export type CapabilityLevel = (typeof CAPABILITY_LEVELS)[number]

/**
 * Chinese and English names of the capability levels (GB/T 42195-2022, 能力等级划分).
 *
 * @example
 * ```ts
 * import { CAPABILITY_LEVEL_NAMES } from "@minzheng/care-assessment"
 * CAPABILITY_LEVEL_NAMES.moderate.zh //=> "能力中度受损（中度失能）"
 * ```
 * @category elderly services
 * @since 0.1.0
 */
export const CAPABILITY_LEVEL_NAMES = {
  intact: { zh: "能力完好", en: "ability intact" },
  mild: { zh: "能力轻度受损（轻度失能）", en: "mildly impaired (mild disability)" },
  moderate: { zh: "能力中度受损（中度失能）", en: "moderately impaired (moderate disability)" },
  severe: { zh: "能力重度受损（重度失能）", en: "severely impaired (severe disability)" },
  complete: { zh: "能力完全丧失（完全失能）", en: "ability lost (complete disability)" }
} as const satisfies Record<CapabilityLevel, { readonly zh: string; readonly en: string }>

