/**
 * 家庭成员 (household member): who a person is in the application — relationship to the
 * applicant, identity, disability, illness, schooling, labour capacity and self-care — and the
 * Chinese term of every value.
 *
 * @module
 */
import { opaque } from "../internal/opaque.js"
import { severeUnchecked } from "../internal/severity.js"
import { CitizenIdSchema, IsoDateSchema, RegionCodeSchema, type Bilingual, type Issue, invalidInput, issue } from "@minzheng/core"
import { TekunSelfCareLevelSchema } from "@minzheng/care-assessment"
import { AssetsSchema } from "./assets.js"
import * as z from "zod/mini"

/**
 * Relationships to the applicant (与申请人关系).
 *
 * @example
 * ```ts
 * import { RELATIONSHIPS } from "@minzheng/relief"
 * RELATIONSHIPS[0] //=> "applicant"
 * ```
 * @category household
 * @since 0.1.0
 */
export const RELATIONSHIPS = ["applicant", "spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"] as const

/**
 * A relationship to the applicant.
 *
 * @example
 * ```ts
 * import type { Relationship } from "@minzheng/relief"
 * const r: Relationship = "spouse"
 * ```
 * @category household
 * @since 0.1.0
 */
export type Relationship = (typeof RELATIONSHIPS)[number]

/**
 * Chinese and English names of {@link Relationship}.
 *
 * @example
 * ```ts
 * import { RELATIONSHIP_NAMES } from "@minzheng/relief"
 * RELATIONSHIP_NAMES.spouse.zh //=> "配偶"
 * ```
 * @category household
 * @since 0.1.0
 */
export const RELATIONSHIP_NAMES: Readonly<Record<Relationship, Bilingual>> = {
  applicant: { zh: "申请人", en: "applicant" },
  spouse: { zh: "配偶", en: "spouse" },
  child: { zh: "子女", en: "child" },
  parent: { zh: "父母", en: "parent" },
  grandparent: { zh: "祖父母、外祖父母", en: "grandparent" },
  grandchild: { zh: "孙子女、外孙子女", en: "grandchild" },
  sibling: { zh: "兄弟姐妹", en: "sibling" },
  other: { zh: "其他", en: "other" }
}

/**
 * Sex (性别), Chinese and English names.
 *
 * @example
 * ```ts
 * import { SEX_NAMES } from "@minzheng/relief"
 * SEX_NAMES.female.zh //=> "女"
 * ```
 * @category household
 * @since 0.1.0
 */
export const SEX_NAMES = {
  male: { zh: "男", en: "male" },
  female: { zh: "女", en: "female" }
} as const satisfies Record<string, Bilingual>

/**
 * Sex (性别) (the keys of {@link SEX_NAMES}).
 *
 * @example
 * ```ts
 * import type { Sex } from "@minzheng/relief"
 * const x: Sex = "male"
 * ```
 * @category household
 * @since 0.1.0
 */
export type Sex = keyof typeof SEX_NAMES

/**
 * Disability categories on the 残疾人证 (残疾类别).
 *
 * @example
 * ```ts
 * import { DISABILITY_CATEGORIES } from "@minzheng/relief"
 * DISABILITY_CATEGORIES.includes("intellectual") //=> true
 * ```
 * @category household
 * @since 0.1.0
 */
export const DISABILITY_CATEGORIES = ["visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple"] as const

/**
 * A disability category.
 *
 * @example
 * ```ts
 * import type { DisabilityCategory } from "@minzheng/relief"
 * const c: DisabilityCategory = "physical"
 * ```
 * @category household
 * @since 0.1.0
 */
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number]

/**
 * Chinese and English names of {@link DisabilityCategory}.
 *
 * @example
 * ```ts
 * import { DISABILITY_CATEGORY_NAMES } from "@minzheng/relief"
 * DISABILITY_CATEGORY_NAMES.mental.zh //=> "精神残疾"
 * ```
 * @category household
 * @since 0.1.0
 */
export const DISABILITY_CATEGORY_NAMES: Readonly<Record<DisabilityCategory, Bilingual>> = {
  visual: { zh: "视力残疾", en: "visual" },
  hearing: { zh: "听力残疾", en: "hearing" },
  speech: { zh: "言语残疾", en: "speech" },
  physical: { zh: "肢体残疾", en: "physical" },
  intellectual: { zh: "智力残疾", en: "intellectual" },
  mental: { zh: "精神残疾", en: "mental" },
  multiple: { zh: "多重残疾", en: "multiple" }
}

/**
 * Full-time education levels (全日制学历教育阶段).
 *
 * @example
 * ```ts
 * import { EDUCATION_LEVELS } from "@minzheng/relief"
 * EDUCATION_LEVELS.at(-1) //=> "postgraduate"
 * ```
 * @category household
 * @since 0.1.0
 */
export const EDUCATION_LEVELS = [
  "preschool",
  "primary",
  "junior-secondary",
  "senior-secondary",
  "vocational-secondary",
  "higher-vocational",
  "undergraduate",
  "postgraduate"
] as const

/**
 * A full-time education level.
 *
 * @example
 * ```ts
 * import type { EducationLevel } from "@minzheng/relief"
 * const e: EducationLevel = "undergraduate"
 * ```
 * @category household
 * @since 0.1.0
 */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]

/**
 * Chinese and English names of {@link EducationLevel}.
 *
 * @example
 * ```ts
 * import { EDUCATION_LEVEL_NAMES } from "@minzheng/relief"
 * EDUCATION_LEVEL_NAMES.undergraduate.zh //=> "本科"
 * ```
 * @category household
 * @since 0.1.0
 */
export const EDUCATION_LEVEL_NAMES: Readonly<Record<EducationLevel, Bilingual>> = {
  preschool: { zh: "幼儿园", en: "preschool" },
  primary: { zh: "小学", en: "primary school" },
  "junior-secondary": { zh: "初中", en: "junior secondary" },
  "senior-secondary": { zh: "普通高中", en: "senior secondary" },
  "vocational-secondary": { zh: "中等职业学校", en: "secondary vocational" },
  "higher-vocational": { zh: "高等职业学校、高等专科学校", en: "higher vocational" },
  undergraduate: { zh: "本科", en: "undergraduate" },
  postgraduate: { zh: "研究生", en: "postgraduate" }
}

/**
 * Labour capacity (劳动能力).
 *
 * @example
 * ```ts
 * import { LABOUR_CAPACITY_NAMES } from "@minzheng/relief"
 * LABOUR_CAPACITY_NAMES.none.zh //=> "无劳动能力"
 * ```
 * @category household
 * @since 0.1.0
 */
export const LABOUR_CAPACITY_NAMES = {
  full: { zh: "有劳动能力", en: "able to work" },
  partial: { zh: "部分丧失劳动能力", en: "partly able to work" },
  none: { zh: "无劳动能力", en: "unable to work" }
} as const satisfies Record<string, Bilingual>

/**
 * Why a person living with the family is not counted (不计入共同生活家庭成员的情形, 审核确认办法第七条).
 *
 * @example
 * ```ts
 * import { ABSENCE_NAMES } from "@minzheng/relief"
 * ABSENCE_NAMES["in-prison"].zh //=> "在监狱内服刑"
 * ```
 * @category household
 * @since 0.1.0
 */
export const ABSENCE_NAMES = {
  "clergy-away": { zh: "连续三年以上脱离家庭独立生活的宗教教职人员", en: "clergy living apart for three years or more" },
  "in-prison": { zh: "在监狱内服刑", en: "serving a prison sentence" },
  "compulsory-rehabilitation": { zh: "在戒毒所强制隔离戒毒", en: "in compulsory drug rehabilitation" },
  "declared-missing": { zh: "宣告失踪", en: "declared missing" },
  "province-excluded": { zh: "省级民政部门认定不计入的其他人员", en: "excluded by the provincial civil-affairs department" }
} as const satisfies Record<string, Bilingual>

/**
 * Special circumstances used by 分类施保 and the local programmes (特殊情形).
 *
 * @example
 * ```ts
 * import { CIRCUMSTANCE_NAMES } from "@minzheng/relief"
 * CIRCUMSTANCE_NAMES.orphan.zh //=> "孤儿"
 * ```
 * @category household
 * @since 0.1.0
 */
export const CIRCUMSTANCE_NAMES = {
  orphan: { zh: "孤儿", en: "orphan" },
  "single-parent-child": { zh: "单亲家庭子女", en: "child of a single parent" },
  "elderly-alone": { zh: "孤寡老人", en: "older person living alone without family" },
  "guardianship-lacking": { zh: "监护缺失困境儿童", en: "child lacking guardianship" },
  "de-facto-unsupported-child": { zh: "事实无人抚养儿童", en: "de-facto unsupported child" }
} as const satisfies Record<string, Bilingual>

/**
 * Functional incapacity grade (失能等级) from a long-term-care assessment, used by 淄博's categories.
 *
 * @example
 * ```ts
 * import { INCAPACITY_NAMES } from "@minzheng/relief"
 * INCAPACITY_NAMES.severe.zh //=> "重度失能"
 * ```
 * @category household
 * @since 0.1.0
 */
export const INCAPACITY_NAMES = {
  mild: { zh: "轻度失能", en: "mild incapacity" },
  moderate: { zh: "中度失能", en: "moderate incapacity" },
  severe: { zh: "重度失能", en: "severe incapacity" }
} as const satisfies Record<string, Bilingual>

const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...Array<keyof T & string>]

/**
 * Zod schema of a disability (category and grade 1–4 on the 残疾人证).
 *
 * @example
 * ```ts
 * import { DisabilitySchema } from "@minzheng/relief"
 * DisabilitySchema.parse({ category: "physical", grade: 2 }).grade //=> 2
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DisabilitySchema = opaque(z.strictObject({ category: z.enum(DISABILITY_CATEGORIES), grade: z.number().check(z.int(), z.minimum(1), z.maximum(4)) }))

/**
 * A disability: category and grade (一级 most severe … 四级).
 *
 * @example
 * ```ts
 * import type { Disability } from "@minzheng/relief"
 * const d: Disability = { category: "intellectual", grade: 3 }
 * ```
 * @category household
 * @since 0.1.0
 */
export type Disability = z.infer<typeof DisabilitySchema>

/**
 * Zod schema of a household member. Give a citizen ID, a birth date or both (they must agree).
 *
 * **Details**: `tekun` and `dibaoRecipient` record that a member other than the applicant is
 * already recognised as 特困人员 or is a current 最低生活保障对象 — facts 《特困人员认定办法》第八条
 * asks about a legal obligor (see {@link legalObligors}). A member with `tekun: true` is not also
 * given 低保 (`tekun.excludesDibao`). `assets` is the member's own property (optional; part of the
 * household's `assets`, so never more than it): the 成年无业重度残疾人 单人户 route tests it
 * (“其个人收入财产符合条件的”).
 *
 * @example
 * ```ts
 * import { MemberSchema } from "@minzheng/relief"
 * MemberSchema.parse({ id: "m1", relationship: "applicant", birthDate: "1970-05-01" }).id //=> "m1"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MemberSchema = opaque(
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    name: z.optional(z.string().check(z.minLength(1))),
    relationship: z.enum(RELATIONSHIPS),
    citizenId: z.optional(CitizenIdSchema),
    birthDate: z.optional(IsoDateSchema),
    sex: z.optional(z.enum(Object.keys(SEX_NAMES) as [Sex, ...Sex[]])),
    hukouRegion: z.optional(RegionCodeSchema),
    absence: z.optional(z.enum(keys(ABSENCE_NAMES))),
    livesTogether: z.optional(z.boolean()),
    canLiveIndependently: z.optional(z.boolean()),
    disability: z.optional(DisabilitySchema),
    seriousIllness: z.optional(z.boolean()),
    education: z.optional(z.enum(EDUCATION_LEVELS)),
    labourCapacity: z.optional(z.enum(keys(LABOUR_CAPACITY_NAMES))),
    employed: z.optional(z.boolean()),
    selfCareLevel: z.optional(TekunSelfCareLevelSchema),
    incapacity: z.optional(z.enum(keys(INCAPACITY_NAMES))),
    circumstances: z.optional(z.array(z.enum(keys(CIRCUMSTANCE_NAMES)))),
    tekun: z.optional(z.boolean()),
    dibaoRecipient: z.optional(z.boolean()),
    assets: z.optional(AssetsSchema)
  })
)

/**
 * A household member as decoded by {@link MemberSchema}.
 *
 * @example
 * ```ts
 * import type { Member } from "@minzheng/relief"
 * const m: Member = { id: "m1", relationship: "applicant", birthDate: "1970-05-01" as any }
 * ```
 * @category household
 * @since 0.1.0
 */
export type Member = z.infer<typeof MemberSchema>

/**
 * Whether a disability is 重度残疾 in the sense of 审核确认办法第八条: grade 1 or 2 of any category,
 * or grade 3 intellectual or mental.
 *
 * @example
 * ```ts
 * import { isSevereDisability } from "@minzheng/relief"
 * isSevereDisability({ category: "mental", grade: 3 }) //=> true
 * isSevereDisability({ category: "physical", grade: 3 }) //=> false
 * ```
 * @throws `InvalidInput` when `d` is neither undefined nor a disability
 * @category household
 * @since 0.1.0
 */
export const isSevereDisability = (d: Disability | undefined): boolean => {
  if (d === undefined) return false
  checkDisability(d)
  return severeUnchecked(d)
}

const CATEGORY_SET: ReadonlySet<unknown> = new Set(DISABILITY_CATEGORIES)

/** A cheap structural check (no zod): decoded households always pass it. */
const checkDisability = (d: unknown): void => {
  if (typeof d !== "object" || d === null) {
    throw invalidInput([issue(["disability"], "invalid_type", "残疾信息应为对象（类别和等级）", "a disability must be an object (category and grade)")])
  }
  const issues: Issue[] = []
  const { category, grade } = d as { category?: unknown; grade?: unknown }
  if (!CATEGORY_SET.has(category)) issues.push(issue(["disability", "category"], "invalid_value", "残疾类别无效", "unknown disability category"))
  if (typeof grade !== "number" || !Number.isInteger(grade) || grade < 1 || grade > 4) {
    issues.push(issue(["disability", "grade"], "invalid_value", "残疾等级应为1至4的整数", "the disability grade must be an integer from 1 to 4"))
  }
  if (issues.length > 0) throw invalidInput(issues)
}
