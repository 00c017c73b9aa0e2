/**
 * 政策参数 (policy parameters): every amount, threshold, multiplier and time limit the relief
 * rules use, by name. Rule code never holds a figure; a bundle supplies each one per region and
 * date with its source.
 *
 * @module
 */
import type { Bilingual } from "@minzheng/core"
import { opaque } from "../internal/opaque.js"
import { defineParameter, MoneySchema } from "@minzheng/core"
import * as z from "zod/mini"
import { IncomeCategorySchema } from "../household/income.js"

const RatioSchema = z.string().check(
  z.refine((s) => /^\d{1,6}(\.\d{1,6})?$/.test(s), {
    params: { zh: "比例或倍数应为十进制字符串，如 \"1.5\"", en: "a ratio or multiplier must be a decimal string, e.g. \"1.5\"" }
  })
)
const Months = z.number().check(z.int(), z.minimum(1), z.maximum(120))
const WorkingDays = z.number().check(z.int(), z.minimum(1), z.maximum(365))

/**
 * Zod schema of an asset test: per-capita financial assets at most `financialMonthsOfStandard`
 * months of the monthly 低保 standard; non-exempt vehicles worth at most `vehicleValueLimit` in
 * total; at most `maxResidentialUnits` homes and `maxNonResidentialUnits` other properties.
 *
 * @example
 * ```ts
 * import { AssetTestSchema } from "@minzheng/relief"
 * AssetTestSchema.parse({ financialMonthsOfStandard: "24", vehicleValueLimit: "0", maxResidentialUnits: 1, maxNonResidentialUnits: 0 }).maxResidentialUnits //=> 1
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const AssetTestSchema = opaque(
  z.strictObject({
    financialMonthsOfStandard: RatioSchema,
    vehicleValueLimit: MoneySchema,
    maxResidentialUnits: z.number().check(z.int(), z.minimum(0)),
    maxNonResidentialUnits: z.number().check(z.int(), z.minimum(0))
  })
)

/**
 * The unit a 低保 amount is rounded to (parameter `dibao.rounding`), Chinese and English names.
 *
 * @example
 * ```ts
 * import { ROUNDING_UNIT_NAMES } from "@minzheng/relief"
 * ROUNDING_UNIT_NAMES.jiao.zh //=> "角"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const ROUNDING_UNIT_NAMES = {
  fen: { zh: "分", en: "fen (0.01 yuan)" },
  jiao: { zh: "角", en: "jiao (0.1 yuan)" },
  yuan: { zh: "元", en: "yuan" }
} as const satisfies Record<string, Bilingual>

/**
 * The unit a 低保 amount is rounded to (parameter `dibao.rounding`) (the keys of {@link ROUNDING_UNIT_NAMES}).
 *
 * @example
 * ```ts
 * import type { RoundingUnit } from "@minzheng/relief"
 * const x: RoundingUnit = "fen"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export type RoundingUnit = keyof typeof ROUNDING_UNIT_NAMES

/**
 * How a member in several 分类施保 categories is paid (parameter `dibao.classifiedIncrementMode`): the highest increment, or their sum, Chinese and English names.
 *
 * @example
 * ```ts
 * import { INCREMENT_MODE_NAMES } from "@minzheng/relief"
 * INCREMENT_MODE_NAMES.highest.zh //=> "就高发放"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const INCREMENT_MODE_NAMES = {
  highest: { zh: "就高发放", en: "highest increment" },
  sum: { zh: "累加发放", en: "sum of increments" }
} as const satisfies Record<string, Bilingual>

/**
 * How a member in several 分类施保 categories is paid (parameter `dibao.classifiedIncrementMode`): the highest increment, or their sum (the keys of {@link INCREMENT_MODE_NAMES}).
 *
 * @example
 * ```ts
 * import type { IncrementMode } from "@minzheng/relief"
 * const x: IncrementMode = "highest"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export type IncrementMode = keyof typeof INCREMENT_MODE_NAMES

/**
 * How a member in 特困 support is treated in the 低保 household (parameter `tekun.memberInDibaoHousehold`), Chinese and English names.
 *
 * @example
 * ```ts
 * import { TEKUN_MEMBER_MODE_NAMES } from "@minzheng/relief"
 * TEKUN_MEMBER_MODE_NAMES.excluded.zh //=> "本人及其收入不计入低保家庭"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const TEKUN_MEMBER_MODE_NAMES = {
  excluded: { zh: "本人及其收入不计入低保家庭", en: "left out with their income" },
  "income-counted": { zh: "收入计入低保家庭", en: "income counted in the household" }
} as const satisfies Record<string, Bilingual>

/**
 * How a member in 特困 support is treated in the 低保 household (parameter `tekun.memberInDibaoHousehold`) (the keys of {@link TEKUN_MEMBER_MODE_NAMES}).
 *
 * @example
 * ```ts
 * import type { TekunMemberMode } from "@minzheng/relief"
 * const x: TekunMemberMode = "excluded"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export type TekunMemberMode = keyof typeof TEKUN_MEMBER_MODE_NAMES

/**
 * Categories of 分类施保 (classified support increments), Chinese names.
 *
 * @example
 * ```ts
 * import { CLASSIFIED_CATEGORY_NAMES } from "@minzheng/relief"
 * CLASSIFIED_CATEGORY_NAMES["severe-disability"].zh //=> "重度残疾人"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const CLASSIFIED_CATEGORY_NAMES = {
  elderly: { zh: "老年人", en: "older person" },
  minor: { zh: "未成年人", en: "minor" },
  "severe-disability": { zh: "重度残疾人", en: "severely disabled person" },
  "serious-illness": { zh: "重病患者", en: "seriously ill person" },
  orphan: { zh: "孤儿", en: "orphan" },
  "single-parent-child": { zh: "单亲家庭子女", en: "child of a single parent" },
  "elderly-alone": { zh: "孤寡老人", en: "older person living alone without family" }
} as const

/**
 * A 分类施保 category.
 *
 * @example
 * ```ts
 * import type { ClassifiedCategory } from "@minzheng/relief"
 * const c: ClassifiedCategory = "orphan"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export type ClassifiedCategory = keyof typeof CLASSIFIED_CATEGORY_NAMES

/**
 * Zod schema of one 分类施保 increment: a category and either a rate of the monthly standard
 * (`rate: "0.10"`) or a fixed monthly sum (`amount: "100.00"`).
 *
 * @example
 * ```ts
 * import { ClassifiedIncrementSchema } from "@minzheng/relief"
 * ClassifiedIncrementSchema.parse({ category: "minor", rate: "0.1" }).category //=> "minor"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const ClassifiedIncrementSchema = opaque(
z.union([
  z.strictObject({ category: z.enum(Object.keys(CLASSIFIED_CATEGORY_NAMES) as [ClassifiedCategory]), rate: RatioSchema }),
  z.strictObject({ category: z.enum(Object.keys(CLASSIFIED_CATEGORY_NAMES) as [ClassifiedCategory]), amount: MoneySchema })
])
)

const label = (zh: string, en: string) => ({ zh, en })

/**
 * Every parameter the relief rules read, by key. Resolve them for a region and date with
 * {@link resolveReliefPolicy}; {@link validateReliefBundle} lists every one a bundle lacks.
 *
 * @example
 * ```ts
 * import { RELIEF_PARAMETERS } from "@minzheng/relief"
 * RELIEF_PARAMETERS.urbanStandard.name //=> "dibao.standard.urban"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const RELIEF_PARAMETERS = {
  urbanStandard: defineParameter("dibao.standard.urban", MoneySchema, { label: label("城市低保标准", "urban dibao standard"), unit: "CNY/person/month" }),
  ruralStandard: defineParameter("dibao.standard.rural", MoneySchema, { label: label("农村低保标准", "rural dibao standard"), unit: "CNY/person/month" }),
  minimumPayment: defineParameter("dibao.minimumPayment", MoneySchema, { label: label("低保金最低发放额", "minimum monthly dibao payment"), unit: "CNY/household/month" }),
  rounding: defineParameter(
    "dibao.rounding",
    z.strictObject({ unit: z.enum(Object.keys(ROUNDING_UNIT_NAMES) as [RoundingUnit, ...RoundingUnit[]]), mode: z.enum(["half-up", "up", "down", "half-even"]) }),
    { label: label("低保金舍入规则", "dibao rounding rule"), unit: "rule" }
  ),
  incomeLookbackMonths: defineParameter("income.lookbackMonths", Months, { label: label("家庭收入核算期（月）", "income look-back window"), unit: "months" }),
  classifiedIncrements: defineParameter("dibao.classifiedIncrements", z.array(ClassifiedIncrementSchema), {
    label: label("分类施保加发标准", "classified support increments"),
    unit: "list"
  }),
  classifiedIncrementMode: defineParameter("dibao.classifiedIncrementMode", z.enum(Object.keys(INCREMENT_MODE_NAMES) as [IncrementMode, ...IncrementMode[]]), {
    label: label("多类别重叠时的加发方式", "how overlapping categories combine"),
    unit: "rule"
  }),
  elderlyAge: defineParameter("dibao.elderlyAge", z.number().check(z.int(), z.minimum(1), z.maximum(120)), { label: label("分类施保老年人年龄", "age of an older person for increments"), unit: "years" }),
  employmentCostDeduction: defineParameter("income.employmentCostDeduction", MoneySchema, {
    label: label("必要就业成本扣减额", "employment-cost deduction"),
    unit: "CNY/employed member/month"
  }),
  illnessDisabilityDeductionCap: defineParameter("income.illnessDisabilityDeductionCap", MoneySchema, {
    label: label("因残因病刚性支出扣减上限", "cap on the disability/illness cost deduction"),
    unit: "CNY/member/month"
  }),
  basicPensionExcluded: defineParameter("income.basicPensionExcluded", z.boolean(), {
    label: label("基础养老金不计入家庭收入", "basic pension excluded from income"),
    unit: "flag"
  }),
  locallyExcludedIncome: defineParameter("income.locallyExcludedCategories", z.array(IncomeCategorySchema), {
    label: label("设区的市规定不计入的收入", "income categories the city excludes"),
    unit: "list"
  }),
  dibaoAssets: defineParameter("assets.dibao", AssetTestSchema, { label: label("低保家庭财产状况规定", "dibao asset test"), unit: "rule" }),
  tekunAssets: defineParameter("assets.tekun", AssetTestSchema, { label: label("特困人员财产状况规定", "tekun asset test"), unit: "rule" }),
  lowIncomeAssets: defineParameter("assets.lowIncome", AssetTestSchema, {
    label: label("低收入家庭（低保边缘、刚性支出困难）财产状况规定", "low-income asset test"),
    unit: "rule"
  }),
  tekunMultiplier: defineParameter("tekun.basicLivingMultiplier", RatioSchema, {
    label: label("特困人员基本生活标准（低保标准的倍数）", "tekun basic-living standard as a multiple of the dibao standard"),
    unit: "×"
  }),
  tekunCare: defineParameter(
    "tekun.careStandard",
    z.strictObject({ capable: MoneySchema, "partially-lost": MoneySchema, "fully-lost": MoneySchema }),
    { label: label("特困人员照料护理标准", "tekun care standard by self-care level"), unit: "CNY/person/month" }
  ),
  tekunMinorAge: defineParameter("tekun.minorCoverageAge", z.number().check(z.int(), z.minimum(16), z.maximum(25)), {
    label: label("特困未成年人保障至年龄", "age to which tekun minors stay covered"),
    unit: "years"
  }),
  disposableIncome: defineParameter("region.perCapitaDisposableIncome", MoneySchema, {
    label: label("当地上年度居民人均可支配收入", "last year's local per-capita disposable income"),
    unit: "CNY/person/year"
  }),
  edgeMultiplier: defineParameter("edge.incomeMultiplier", RatioSchema, {
    label: label("低保边缘家庭收入标准（低保标准的倍数）", "dibao-edge income limit as a multiple of the standard"),
    unit: "×"
  }),
  rigidShare: defineParameter("rigid.expenditureShare", RatioSchema, {
    label: label("刚性支出占家庭总收入比例", "rigid-spending share of household income"),
    unit: "ratio"
  }),
  rigidLookbackMonths: defineParameter("rigid.lookbackMonths", Months, { label: label("刚性支出核算期（月）", "rigid-spending look-back window"), unit: "months" }),
  temporaryMonths: defineParameter(
    "temporary.monthsOfStandard",
    z.strictObject({ general: RatioSchema, serious: RatioSchema, major: RatioSchema }),
    { label: label("临时救助标准（按困难程度，低保标准的月数）", "temporary assistance in months of the standard, by severity"), unit: "months" }
  ),
  temporaryCap: defineParameter("temporary.cap", MoneySchema, { label: label("临时救助金上限", "temporary assistance cap"), unit: "CNY/case" }),
  temporaryTownshipLimit: defineParameter("temporary.townshipApprovalLimit", MoneySchema, {
    label: label("乡镇（街道）临时救助审批额度", "township approval limit for temporary assistance"),
    unit: "CNY/case"
  }),
  gradualExitMonths: defineParameter("gradualExit.maxMonths", Months, { label: label("低保渐退期", "dibao gradual-exit period"), unit: "months" }),
  reviewDays: defineParameter("review.timeLimitWorkingDays", WorkingDays, { label: label("审核确认办理时限", "review time limit"), unit: "working days" }),
  reviewDelegatedDays: defineParameter("review.delegatedTimeLimitWorkingDays", WorkingDays, {
    label: label("权限下放乡镇的办理时限", "time limit when approval is delegated to the township"),
    unit: "working days"
  }),
  reviewExtendedDays: defineParameter("review.extendedTimeLimitWorkingDays", WorkingDays, {
    label: label("特殊情况延长后的办理时限", "extended time limit"),
    unit: "working days"
  }),
  noticeDays: defineParameter("review.noticeDays", z.number().check(z.int(), z.minimum(1), z.maximum(60)), { label: label("公示期", "public-notice period"), unit: "days" }),
  recheckStableMonths: defineParameter("recheck.stableMonths", Months, { label: label("经济状况稳定家庭核查周期", "re-check interval, stable households"), unit: "months" }),
  recheckUnstableMonths: defineParameter("recheck.unstableMonths", Months, {
    label: label("收入不固定、有劳动能力家庭核查周期", "re-check interval, households with irregular income or members able to work"),
    unit: "months"
  }),
  tekunBasicPensionExcluded: defineParameter("tekun.basicPensionExcluded", z.boolean(), {
    label: label("基础养老金不计入特困人员收入", "basic pension excluded from a tekun applicant's income"),
    unit: "flag"
  }),
  tekunExcludesDibao: defineParameter("tekun.excludesDibao", z.boolean(), {
    label: label("纳入特困人员救助供养的，不再适用最低生活保障", "a person in tekun support is not also given dibao"),
    unit: "flag"
  }),
  tekunMemberInDibaoHousehold: defineParameter("tekun.memberInDibaoHousehold", z.enum(Object.keys(TEKUN_MEMBER_MODE_NAMES) as [TekunMemberMode, ...TekunMemberMode[]]), {
    label: label("特困人员在低保家庭中的核算方式", "how a tekun member counts in the dibao household"),
    unit: "rule"
  }),
  singlePersonHouseholdIncomeMultiple: defineParameter("singlePerson.householdIncomeMultiple", z.union([z.literal(false), RatioSchema]), {
    label: label("成年无业重度残疾人单人户：家庭人均收入上限（低保标准的倍数）", "one-person dibao for a severely disabled adult: household income limit as a multiple of the standard"),
    unit: "× | false"
  })
}

/**
 * Parameters of the seed localities' own programmes (罗庄 困境儿童扶助金, 任城 集中托养).
 *
 * @example
 * ```ts
 * import { SEED_PROGRAMME_PARAMETERS } from "@minzheng/relief"
 * SEED_PROGRAMME_PARAMETERS.luozhuangChildAllowance.name //=> "luozhuang.childAllowance"
 * ```
 * @category parameters
 * @since 0.1.0
 */
export const SEED_PROGRAMME_PARAMETERS = {
  luozhuangChildAllowance: defineParameter("luozhuang.childAllowance", MoneySchema, {
    label: label("监护缺失困境儿童生活扶助费", "allowance for children lacking guardianship"),
    unit: "CNY/child/month"
  }),
  renchengTekunStandard: defineParameter("rencheng.tekunBasicStandard", MoneySchema, {
    label: label("任城区特困人员基本生活标准（集中托养费用参照）", "tekun basic standard referenced by the care cost"),
    unit: "CNY/person/month"
  })
}
