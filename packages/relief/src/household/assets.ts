/**
 * 家庭财产 (household assets): 动产 (deposits, securities, insurance, 债权, internet finance,
 * vehicles) and 不动产 (housing) as 最低生活保障审核确认办法第十四条 lists them.
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import type { Bilingual } from "@minzheng/core"
import * as z from "zod/mini"
import { YuanAmountSchema } from "./amount.js"

/**
 * Why a vehicle is exempt as 维持家庭生产生活的必需财产 (第十四条), Chinese names.
 *
 * @example
 * ```ts
 * import { VEHICLE_EXEMPTION_NAMES } from "@minzheng/relief"
 * VEHICLE_EXEMPTION_NAMES["disability-mobility"].zh //=> "残疾人功能性补偿代步机动车"
 * ```
 * @category assets
 * @since 0.1.0
 */
export const VEHICLE_EXEMPTION_NAMES = {
  "disability-mobility": { zh: "残疾人功能性补偿代步机动车", en: "mobility vehicle for a disabled person" },
  livelihood: { zh: "生产经营必需车辆", en: "vehicle needed to earn a living" },
  medical: { zh: "就医必需车辆", en: "vehicle needed for medical treatment" }
} as const satisfies Record<string, Bilingual>

/**
 * Zod schema of the household's assets.
 *
 * @example
 * ```ts
 * import { AssetsSchema } from "@minzheng/relief"
 * AssetsSchema.parse({ financial: "8000.00", residentialUnits: 1 }).vehicles //=> []
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AssetsSchema = opaque(
  z.strictObject({
    financial: YuanAmountSchema,
    vehicles: z._default(
      z.array(
        z.strictObject({
          value: YuanAmountSchema,
          exemption: z.optional(z.enum(Object.keys(VEHICLE_EXEMPTION_NAMES) as ["disability-mobility", "livelihood", "medical"]))
        })
      ),
      []
    ),
    residentialUnits: z.number().check(z.int(), z.minimum(0)),
    nonResidentialUnits: z._default(z.number().check(z.int(), z.minimum(0)), 0)
  })
)

/**
 * The household's assets: financial assets in total (银行存款、证券、基金、商业保险、债权、互联网金融资产),
 * vehicles with their value and any exemption, residential and non-residential housing units.
 *
 * @example
 * ```ts
 * import type { Assets } from "@minzheng/relief"
 * const a: Assets = { financial: "8000.00", vehicles: [], residentialUnits: 1, nonResidentialUnits: 0 }
 * ```
 * @category assets
 * @since 0.1.0
 */
export type Assets = z.infer<typeof AssetsSchema>
