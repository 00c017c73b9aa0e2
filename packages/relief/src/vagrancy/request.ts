/**
 * 求助 (a request for help at a 救助站): who the person is and the four circumstances 实施细则
 * 第二条 asks about, and the assessment — 受助 (admitted), 先救助后查明 (admitted first, identity
 * checked later) or 不予救助 with the reasons the station must tell (办法 第六条第二款).
 *
 * 实施细则 第二条：“……是指因自身无力解决食宿，无亲友投靠，又不享受城市最低生活保障或者农村五保供养，正在
 * 城市流浪乞讨度日的人员。虽有流浪乞讨行为，但不具备前款规定情形的，不属于救助对象。” 第五条：“救助站对属于
 * 救助对象的，应当及时安排救助；不属于救助对象的，不予救助并告知其理由。对因年老、年幼、残疾等原因无法提供
 * 个人情况的，救助站应当先提供救助，再查明情况。对拒不如实提供个人情况的，不予救助。”
 *
 * @module
 */
import { SEX_NAMES, type Sex } from "../household/member.js"
import { type Bilingual, type Explanation, type InvalidInput, IsoDateSchema, RegionCodeSchema, decode, explain } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { opaque } from "../internal/opaque.js"
import { VAGRANCY_SOURCES as S } from "./sources.js"

/**
 * Risks that put a person on 滨州's 易流浪走失人员 ledger (seed 001: “精神障碍患者、阿尔兹海默症患者等
 * 高风险返乡流浪人员”), Chinese and English names.
 *
 * @example
 * ```ts
 * import { VAGRANCY_RISK_NAMES } from "@minzheng/relief"
 * VAGRANCY_RISK_NAMES.dementia.zh //=> "阿尔茨海默病患者"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VAGRANCY_RISK_NAMES = {
  "mental-disorder": { zh: "精神障碍患者", en: "person with a mental disorder" },
  dementia: { zh: "阿尔茨海默病患者", en: "person with dementia" },
  "intellectual-disability": { zh: "智力残疾人", en: "person with an intellectual disability" }
} as const satisfies Record<string, Bilingual>

/**
 * Zod schema of the person asking for help. `id` is the station's person number, stable across
 * stays (the ledgers count people by it); `birthDate` may be an estimate when no papers are shown.
 *
 * @example
 * ```ts
 * import { VagrantPersonSchema } from "@minzheng/relief"
 * VagrantPersonSchema.safeParse({ id: "p1", hukouRegion: "371602" }).success //=> true
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VagrantPersonSchema = opaque(
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    name: z.optional(z.string().check(z.minLength(1))),
    sex: z.optional(z.enum(Object.keys(SEX_NAMES) as [Sex, ...Sex[]])),
    birthDate: z.optional(IsoDateSchema),
    hukouRegion: z.optional(RegionCodeSchema),
    disabled: z.optional(z.boolean()),
    mobilityImpaired: z.optional(z.boolean()),
    risks: z.optional(z.array(z.enum(["mental-disorder", "dementia", "intellectual-disability"])))
  })
)

/**
 * A person asking a 救助站 for help.
 *
 * @example
 * ```ts
 * import type { VagrantPerson } from "@minzheng/relief"
 * const p: VagrantPerson = { id: "p1", name: "吴某" }
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type VagrantPerson = z.infer<typeof VagrantPersonSchema>

/**
 * What a person asking a 救助站 for help told it about themselves, Chinese and English names.
 *
 * @example
 * ```ts
 * import { IDENTITY_INFORMATION_NAMES } from "@minzheng/relief"
 * IDENTITY_INFORMATION_NAMES.unable.zh //=> "因年老、年幼、残疾等原因无法提供"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const IDENTITY_INFORMATION_NAMES = {
  provided: { zh: "如实提供个人情况", en: "provided" },
  refused: { zh: "拒不如实提供个人情况", en: "refused" },
  unable: { zh: "因年老、年幼、残疾等原因无法提供", en: "unable to provide" }
} as const satisfies Record<string, Bilingual>

/**
 * What a person asking a 救助站 for help told it about themselves (the keys of {@link IDENTITY_INFORMATION_NAMES}).
 *
 * @example
 * ```ts
 * import type { IdentityInformation } from "@minzheng/relief"
 * const x: IdentityInformation = "provided"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type IdentityInformation = keyof typeof IDENTITY_INFORMATION_NAMES

/**
 * Zod schema of a request for help: the person, what they told the station (`information`:
 * `provided`, `refused`, or `unable` — 因年老、年幼、残疾等原因无法提供) and the four circumstances of
 * 实施细则 第二条 (required unless the person is unable to tell).
 *
 * @example
 * ```ts
 * import { VagrancyRequestSchema } from "@minzheng/relief"
 * VagrancyRequestSchema.safeParse({ person: { id: "p1" }, information: "unable" }).success //=> true
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VagrancyRequestSchema = opaque(
  z
    .strictObject({
      person: VagrantPersonSchema,
      information: z.enum(Object.keys(IDENTITY_INFORMATION_NAMES) as [IdentityInformation, ...IdentityInformation[]]),
      circumstances: z.optional(
        z.strictObject({
          canAffordFoodAndLodging: z.boolean(),
          hasRelativesToRelyOn: z.boolean(),
          receivesDibaoOrWubao: z.boolean(),
          livingByVagrancyOrBegging: z.boolean()
        })
      )
    })
    .check(
      z.superRefine((r, ctx) => {
        if (r.information === "provided" && r.circumstances === undefined) {
          ctx.addIssue({ code: "custom", path: ["circumstances"], params: { zh: "如实提供个人情况时须填写求助情形", en: "give the circumstances when the person tells them" } })
        }
      })
    )
)

/**
 * A request for help.
 *
 * @example
 * ```ts
 * import type { VagrancyRequest } from "@minzheng/relief"
 * const r: VagrancyRequest = { person: { id: "p1" }, information: "refused" }
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type VagrancyRequest = z.infer<typeof VagrancyRequestSchema>

/**
 * The JSON shape a request is sent in (plain strings for dates and region codes).
 *
 * @example
 * ```ts
 * import type { VagrancyRequestInput } from "@minzheng/relief"
 * const r: VagrancyRequestInput = { person: { id: "p1", birthDate: "1970-05-01" }, information: "unable" }
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type VagrancyRequestInput = z.input<typeof VagrancyRequestSchema>

/**
 * The outcome of a request for help, Chinese and English names.
 *
 * @example
 * ```ts
 * import { VAGRANCY_OUTCOME_NAMES } from "@minzheng/relief"
 * VAGRANCY_OUTCOME_NAMES.refused.zh //=> "不予救助"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const VAGRANCY_OUTCOME_NAMES = {
  admitted: { zh: "予以救助", en: "admitted" },
  "admitted-pending-identity": { zh: "先提供救助，再查明情况", en: "admitted pending identity" },
  refused: { zh: "不予救助", en: "refused" }
} as const satisfies Record<string, Bilingual>

/**
 * The outcome of a request for help (the keys of {@link VAGRANCY_OUTCOME_NAMES}).
 *
 * @example
 * ```ts
 * import type { VagrancyOutcome } from "@minzheng/relief"
 * const x: VagrancyOutcome = "admitted"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export type VagrancyOutcome = keyof typeof VAGRANCY_OUTCOME_NAMES

/**
 * The assessment of a request.
 *
 * @example
 * ```ts
 * import type { VagrancyAssessment } from "@minzheng/relief"
 * const admitted = (a: VagrancyAssessment) => a.outcome !== "refused"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface VagrancyAssessment {
  /** `admitted`; `admitted-pending-identity` (先提供救助，再查明情况); `refused` (不予救助). */
  readonly outcome: VagrancyOutcome
  /** The reasons to tell the person (every unmet condition when refused). */
  readonly reasons: ReadonlyArray<Bilingual>
  readonly explanation: Explanation
}

const CONDITIONS = [
  ["canAffordFoodAndLodging", false, { zh: "有能力自行解决食宿", en: "can pay for food and lodging" }, { zh: "自身无力解决食宿", en: "cannot pay for food and lodging" }],
  ["hasRelativesToRelyOn", false, { zh: "有亲友可以投靠", en: "has relatives or friends to turn to" }, { zh: "无亲友投靠", en: "no relatives or friends to turn to" }],
  ["receivesDibaoOrWubao", false, { zh: "享受城市最低生活保障或者农村五保供养", en: "receives urban dibao or rural wubao support" }, { zh: "不享受城市最低生活保障或者农村五保供养", en: "receives neither dibao nor wubao" }],
  ["livingByVagrancyOrBegging", true, { zh: "并非正在城市流浪乞讨度日", en: "is not living by vagrancy or begging in the city" }, { zh: "正在城市流浪乞讨度日", en: "living by vagrancy or begging in the city" }]
] as const

/**
 * Assesses a request for help under 实施细则 第二条 and 第五条: all four circumstances met →
 * admitted; unable to give personal information (年老、年幼、残疾) → admitted first, identity to be
 * checked; refused to give it, or any circumstance unmet → refused, with every reason.
 *
 * @throws `InvalidInput` for an invalid request (use {@link decodeVagrancyRequest} for a `Result`)
 * @example
 * ```ts
 * import { assessVagrancyRequest } from "@minzheng/relief"
 * const r = assessVagrancyRequest({
 *   person: { id: "p1", name: "吴某" }, information: "provided",
 *   circumstances: { canAffordFoodAndLodging: false, hasRelativesToRelyOn: true, receivesDibaoOrWubao: false, livingByVagrancyOrBegging: true }
 * })
 * r.outcome //=> "refused"
 * r.reasons[0].zh //=> "有亲友可以投靠，不属于救助对象"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const assessVagrancyRequest = (request: VagrancyRequestInput): VagrancyAssessment => {
  const decoded = decodeVagrancyRequest(request)
  if (Result.isFailure(decoded)) throw decoded.failure
  const r = decoded.success
  if (r.information === "refused") {
    const reason = { zh: "拒不如实提供个人情况，不予救助", en: "refused to give personal information: no help" }
    return { outcome: "refused", reasons: [reason], explanation: node("refused", [reason], [S.admission, S.information]) }
  }
  if (r.information === "unable") {
    const reason = { zh: "因年老、年幼、残疾等原因无法提供个人情况，先提供救助，再查明情况", en: "unable to give personal information: helped first, identity checked later" }
    return { outcome: "admitted-pending-identity", reasons: [reason], explanation: node("admitted-pending-identity", [reason], [S.admission]) }
  }
  const c = r.circumstances!
  const unmet = CONDITIONS.filter(([k, want]) => c[k] !== want).map(([, , failed]) => ({ zh: `${failed.zh}，不属于救助对象`, en: `${failed.en}: not eligible` }))
  if (unmet.length > 0) return { outcome: "refused", reasons: unmet, explanation: node("refused", unmet, [S.whoIsCovered, S.admission]) }
  const met = CONDITIONS.map(([, , , ok]) => ok)
  return { outcome: "admitted", reasons: met, explanation: node("admitted", met, [S.whoIsCovered, S.admission]) }
}

const node = (outcome: string, reasons: ReadonlyArray<Bilingual>, citations: ReadonlyArray<typeof S.admission>): Explanation =>
  explain({
    rule: "relief.vagrancy.request",
    label: { zh: "流浪乞讨人员求助审查", en: "assessment of a request for help" },
    outcome,
    citations,
    children: reasons.map((r, i) => explain({ rule: `relief.vagrancy.request.${i + 1}`, label: r, outcome: true }))
  })

/**
 * Decodes a request for help from untrusted input.
 *
 * @example
 * ```ts
 * import { decodeVagrancyRequest } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeVagrancyRequest({ person: { id: "p1" }, information: "provided" })) //=> true
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const decodeVagrancyRequest = (u: unknown): Result.Result<VagrancyRequest, InvalidInput> => decode(VagrancyRequestSchema, u)
