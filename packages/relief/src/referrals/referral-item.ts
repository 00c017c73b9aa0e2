/**
 * 转介事项 (referral item): one cross-department assistance item of a 社会救助“一件事” catalogue —
 * who runs it, on which legal basis, who qualifies, how to apply (online, offline) — with the
 * predicate that finds, from what relief already knows about a household, the members it concerns.
 *
 * @module
 */
import type { Bilingual, Citation, IsoDate } from "@minzheng/core"
import type { HouseholdDetermination, Programme } from "../determination/determination.js"
import type { Household } from "../household/household.js"
import type { Member } from "../household/member.js"

/**
 * The departments that run assistance items (社会救助管理部门, 《社会救助暂行办法》第三条), Chinese
 * and English names.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_NAMES } from "@minzheng/relief"
 * DEPARTMENT_NAMES["medical-security"].zh //=> "医疗保障部门"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const DEPARTMENT_NAMES = {
  "civil-affairs": { zh: "民政部门", en: "civil affairs" },
  "human-resources": { zh: "人力资源社会保障部门", en: "human resources and social security" },
  housing: { zh: "住房城乡建设部门", en: "housing and urban-rural development" },
  "medical-security": { zh: "医疗保障部门", en: "medical security" },
  education: { zh: "教育部门", en: "education" },
  justice: { zh: "司法行政部门", en: "justice administration" },
  "judicial-organs": { zh: "人民法院、人民检察院", en: "courts and procuratorates" }
} as const satisfies Record<string, Bilingual>

/**
 * A department.
 *
 * @example
 * ```ts
 * import type { Department } from "@minzheng/relief"
 * const d: Department = "education"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export type Department = keyof typeof DEPARTMENT_NAMES

/**
 * How an item is applied for in 即墨's 社会救助“一件事”: 线下 (offline, at the 镇街 window) or 线上
 * (online), Chinese and English names.
 *
 * @example
 * ```ts
 * import { CHANNEL_NAMES } from "@minzheng/relief"
 * CHANNEL_NAMES.online.zh //=> "线上申请"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const CHANNEL_NAMES = {
  offline: { zh: "线下申请", en: "apply in person" },
  online: { zh: "线上申请", en: "apply online" }
} as const satisfies Record<string, Bilingual>

/**
 * A channel.
 *
 * @example
 * ```ts
 * import type { Channel } from "@minzheng/relief"
 * const c: Channel = "offline"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export type Channel = keyof typeof CHANNEL_NAMES

/**
 * How sure a referral is: `qualifies` — the cited text gives the item to people in this
 * situation; `may-qualify` — it depends on a local standard or a fact relief does not hold (a
 * housing-difficulty standard, a need for long-term care), so the family is told to ask.
 *
 * @example
 * ```ts
 * import { STRENGTH_NAMES } from "@minzheng/relief"
 * STRENGTH_NAMES["may-qualify"].zh //=> "可能符合，需进一步核实"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const STRENGTH_NAMES = {
  qualifies: { zh: "符合条件", en: "qualifies" },
  "may-qualify": { zh: "可能符合，需进一步核实", en: "may qualify; to be checked" }
} as const satisfies Record<string, Bilingual>

/**
 * A referral strength.
 *
 * @example
 * ```ts
 * import type { ReferralStrength } from "@minzheng/relief"
 * const s: ReferralStrength = "qualifies"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export type ReferralStrength = keyof typeof STRENGTH_NAMES

/**
 * A household member as the referral predicates see it: the member, the words that name them in
 * text (their name, else their relationship to the applicant — never an id) and their age.
 *
 * @example
 * ```ts
 * import type { ReferralMember } from "@minzheng/relief"
 * const adult = (m: ReferralMember) => m.age !== null && m.age >= 18
 * ```
 * @category referrals
 * @since 0.1.0
 */
export interface ReferralMember {
  readonly member: Member
  readonly label: Bilingual
  /** Age in full years on the determination date; `null` when neither birth date nor ID gives it. */
  readonly age: number | null
  /** Whether the member counts in the household (共同生活的家庭成员). */
  readonly counted: boolean
}

/**
 * What a predicate reads: the household, its determinations and who is covered by what.
 *
 * @example
 * ```ts
 * import type { ReferralContext } from "@minzheng/relief"
 * const onDibao = (c: ReferralContext) => c.dibao.size > 0
 * ```
 * @category referrals
 * @since 0.1.0
 */
export interface ReferralContext {
  readonly household: Household
  readonly result: HouseholdDetermination
  readonly asOf: IsoDate
  readonly members: ReadonlyArray<ReferralMember>
  /** Members covered by 低保: the household's, 单人户施保 or during the 渐退期. */
  readonly dibao: ReadonlySet<string>
  /** Members recognised as 特困人员. */
  readonly tekun: ReadonlySet<string>
  /** Members of a 低保边缘 or 刚性支出困难 household not already on 低保 or 特困. */
  readonly lowIncome: ReadonlySet<string>
  /** Whether a programme's determination is eligible. */
  readonly eligible: (programme: Programme) => boolean
}

/**
 * What a predicate finds: whom the item concerns, how sure, why, and on which articles.
 *
 * @example
 * ```ts
 * import type { ReferralFinding } from "@minzheng/relief"
 * const f: ReferralFinding = { memberIds: ["a"], strength: "qualifies", reason: { zh: "…", en: "…" }, citations: [] }
 * ```
 * @category referrals
 * @since 0.1.0
 */
export interface ReferralFinding {
  readonly memberIds: ReadonlyArray<string>
  readonly strength: ReferralStrength
  readonly reason: Bilingual
  readonly citations: ReadonlyArray<Citation>
}

/**
 * One item of a referral catalogue.
 *
 * **Details**: `regions` limits a local item to households whose region code starts with one of
 * the prefixes (即墨 is `370215`); `null` means everywhere. `channels` is empty when the source
 * does not say how the item is applied for online or offline.
 *
 * @example
 * ```ts
 * import { REFERRAL_CATALOGUE } from "@minzheng/relief"
 * REFERRAL_CATALOGUE.find((i) => i.id === "education-assistance")?.department //=> "education"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export interface ReferralItem {
  readonly id: string
  readonly name: Bilingual
  readonly department: Department
  /** Local practice (from a seed report) rather than a national text. */
  readonly local: boolean
  readonly regions: ReadonlyArray<string> | null
  readonly legalBasis: ReadonlyArray<Citation>
  readonly whoQualifies: Bilingual
  readonly howToApply: Bilingual
  readonly applyCitations: ReadonlyArray<Citation>
  readonly channels: ReadonlyArray<Channel>
  readonly channelCitations: ReadonlyArray<Citation>
  /** The members the item concerns and why; empty when it concerns nobody in the household. */
  readonly assess: (context: ReferralContext) => ReadonlyArray<ReferralFinding>
}
