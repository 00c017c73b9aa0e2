/**
 * 照护待遇决策表 (care-entitlement decision table): who gets what care, as data. Each rule says
 * for which identities (身份), levels (失能等级), settings (机构 / 居家) and facts it holds, and what
 * it gives: a category, a cost share between government and person, free home-care hours a
 * month, services and other benefits — each rule with its citation. A city supplies its own table
 * as JSON; {@link loadDecisionTable} checks it (shares that sum to 1, levels the instrument has,
 * services its catalogue lists) before use.
 *
 * @module
 */
import { type AssistanceStatus, type AssistanceStatusInfo, ASSISTANCE_STATUS_NAMES, type Bilingual, CitationSchema, decode, type Explanation, type InvalidInput, invalidInput, issue, type Issue, type Json } from "@minzheng/core"
import { Decimal } from "decimal.js"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { node } from "../internal/node.js"
import { AmountSchema } from "../internal/amount.js"
import { BUILT_IN_LEVEL_IDS } from "../internal/level-scales.js"
import { CARE_SOURCES } from "../sources.js"
import { type CostSplit, splitCost } from "./cost-split.js"

/**
 * Identities (身份) a care policy distinguishes, with their Chinese and English names and the text
 * that defines them. The social-assistance statuses are core's `ASSISTANCE_STATUS_NAMES` — the one
 * definition `@minzheng/relief` also uses, so `"tekun"` or `"rigid-expenditure"` means the same
 * status everywhere; care policies add two identities of their own: `child-in-difficulty`
 * (孤儿、重点困境儿童、事实无人抚养儿童, 淄博 第五类) and `other` (anyone else, 峡山 “其他社会上的…老人”).
 *
 * @example
 * ```ts
 * import { CARE_IDENTITY_NAMES } from "@minzheng/care-assessment"
 * import { ASSISTANCE_STATUS_NAMES } from "@minzheng/core"
 * CARE_IDENTITY_NAMES["dibao-edge"].zh //=> "低保边缘家庭成员"
 * CARE_IDENTITY_NAMES["rigid-expenditure"] === ASSISTANCE_STATUS_NAMES["rigid-expenditure"] //=> true
 * CARE_IDENTITY_NAMES["child-in-difficulty"].zh //=> "孤儿、重点困境儿童、事实无人抚养儿童"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const CARE_IDENTITY_NAMES = {
  ...ASSISTANCE_STATUS_NAMES,
  "child-in-difficulty": { zh: "孤儿、重点困境儿童、事实无人抚养儿童", en: "orphan or child in difficulty", source: CARE_SOURCES.zibo },
  other: { zh: "其他人员", en: "anyone else", source: CARE_SOURCES.xiashan }
} as const satisfies Record<string, AssistanceStatusInfo>

/**
 * An identity: a social-assistance status (core's `AssistanceStatus`), `"child-in-difficulty"` or
 * `"other"` — a key of {@link CARE_IDENTITY_NAMES}.
 *
 * @example
 * ```ts
 * import type { CareIdentity } from "@minzheng/care-assessment"
 * const who: CareIdentity = "tekun"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export type CareIdentity = AssistanceStatus | "child-in-difficulty" | "other"

/**
 * Every identity, in the order of {@link CARE_IDENTITY_NAMES}.
 *
 * @example
 * ```ts
 * import { CARE_IDENTITIES } from "@minzheng/care-assessment"
 * CARE_IDENTITIES.includes("tekun") //=> true
 * CARE_IDENTITIES.at(-1) //=> "other"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const CARE_IDENTITIES = Object.keys(CARE_IDENTITY_NAMES) as ReadonlyArray<CareIdentity>

const IDENTITIES = CARE_IDENTITIES as [CareIdentity, ...Array<CareIdentity>]

/**
 * Where care is given: `institution` 入住养老机构, `home` 居家照料.
 *
 * @example
 * ```ts
 * import { CARE_SETTING_NAMES } from "@minzheng/care-assessment"
 * CARE_SETTING_NAMES.home.zh //=> "居家照料"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const CARE_SETTING_NAMES = {
  institution: { zh: "入住养老机构", en: "in an institution" },
  home: { zh: "居家照料", en: "care at home" }
} as const satisfies Record<string, Bilingual>

/**
 * A care setting: a key of {@link CARE_SETTING_NAMES}.
 *
 * @example
 * ```ts
 * import type { CareSetting } from "@minzheng/care-assessment"
 * const where: CareSetting = "institution"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export type CareSetting = keyof typeof CARE_SETTING_NAMES

const SETTINGS = Object.keys(CARE_SETTING_NAMES) as [CareSetting, ...Array<CareSetting>]

/**
 * How a decision table applies its rules: `first` 首条命中 (the first matching rule decides),
 * `collect` 全部命中 (every matching rule applies).
 *
 * @example
 * ```ts
 * import { HIT_POLICY_NAMES } from "@minzheng/care-assessment"
 * HIT_POLICY_NAMES.collect.zh //=> "所有符合的规则均适用"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const HIT_POLICY_NAMES = {
  first: { zh: "按顺序取第一条符合的规则", en: "the first matching rule decides" },
  collect: { zh: "所有符合的规则均适用", en: "every matching rule applies" }
} as const satisfies Record<string, Bilingual>

/**
 * A hit policy: a key of {@link HIT_POLICY_NAMES}.
 *
 * @example
 * ```ts
 * import type { HitPolicy } from "@minzheng/care-assessment"
 * const p: HitPolicy = "first"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export type HitPolicy = keyof typeof HIT_POLICY_NAMES

const NonEmpty = () => z.string().check(z.minLength(1))
const BilingualSchema = z.strictObject({ zh: NonEmpty(), en: NonEmpty() })
const Share = z.string().check(z.regex(/^(0(\.\d{1,6})?|1(\.0{1,6})?)$/))
const Hours = z.number().check(
  z.minimum(0),
  z.maximum(744),
  z.refine((h) => Number.isInteger(h * 2), { params: { zh: "小时数应为 0.5 的整数倍", en: "hours must be a multiple of 0.5" } })
)

/**
 * Zod schema of one rule of a decision table.
 *
 * @example
 * ```ts
 * import { EntitlementRuleSchema } from "@minzheng/care-assessment"
 * EntitlementRuleSchema.safeParse({ id: "x" }).success //=> false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const EntitlementRuleSchema = z.strictObject({
  id: NonEmpty(),
  label: BilingualSchema,
  when: z.strictObject({
    identities: z.optional(z.array(z.literal(IDENTITIES)).check(z.minLength(1))),
    levels: z.optional(z.array(NonEmpty()).check(z.minLength(1))),
    settings: z.optional(z.array(z.literal(SETTINGS)).check(z.minLength(1))),
    inSchool: z.optional(z.boolean())
  }),
  then: z.strictObject({
    category: z.optional(z.strictObject({ id: NonEmpty(), name: BilingualSchema })),
    costShare: z.optional(z.strictObject({ government: Share, person: Share })),
    monthlyFreeHours: z.optional(Hours),
    services: z.optional(z.array(NonEmpty())),
    benefits: z.optional(z.array(z.strictObject({ id: NonEmpty(), name: BilingualSchema })))
  }),
  citation: CitationSchema,
  illustrative: z.optional(z.boolean())
})

/**
 * One rule: `when` (identities, levels, settings, in school — an absent condition matches
 * anything) and `then` (category, cost share, free hours a month, services, benefits), with its
 * citation; `illustrative` marks figures not taken from a source.
 *
 * @example
 * ```ts
 * import { XIASHAN_POLICY } from "@minzheng/care-assessment"
 * XIASHAN_POLICY.rules[0]?.then.costShare //=> { government: "1", person: "0" }
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export type EntitlementRule = z.infer<typeof EntitlementRuleSchema>

/**
 * Zod schema of a {@link DecisionTable}.
 *
 * @example
 * ```ts
 * import { DecisionTableSchema, XIASHAN_POLICY } from "@minzheng/care-assessment"
 * DecisionTableSchema.safeParse(XIASHAN_POLICY).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DecisionTableSchema = z.strictObject({
  id: NonEmpty(),
  name: BilingualSchema,
  region: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  citation: CitationSchema,
  /** The instrument whose level ids the rules use. */
  levelScale: NonEmpty(),
  /** `first`: the first matching rule decides; `collect`: every matching rule applies. */
  hitPolicy: z.literal(Object.keys(HIT_POLICY_NAMES) as [HitPolicy, ...Array<HitPolicy>]),
  /** Service ids the rules may name (a catalogue's services). */
  services: z.optional(z.array(NonEmpty())),
  rules: z.array(EntitlementRuleSchema).check(z.minLength(1), z.maxLength(500)),
  notes: z.optional(z.array(NonEmpty()))
})

/**
 * A care-entitlement decision table (see the module summary).
 *
 * @example
 * ```ts
 * import { ZIBO_CATEGORIES } from "@minzheng/care-assessment"
 * ZIBO_CATEGORIES.hitPolicy //=> "collect"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export type DecisionTable = z.infer<typeof DecisionTableSchema>

const tableIssues = (t: DecisionTable, levels: ReadonlyArray<string> | undefined): Array<Issue> => {
  const out: Array<Issue> = []
  const ids = new Set<string>()
  const services = t.services === undefined ? undefined : new Set(t.services)
  if (levels === undefined) {
    out.push(issue(["levelScale"], "unknown_instrument", `未知的评估工具 ${t.levelScale}（请同时提供其等级）`, `unknown instrument ${t.levelScale} (pass its levels)`))
  }
  t.rules.forEach((r, i) => {
    if (ids.has(r.id)) out.push(issue(["rules", i, "id"], "duplicate_rule", `规则 ${r.id} 重复`, `rule ${r.id} is listed twice`))
    ids.add(r.id)
    r.when.levels?.forEach((l, j) => {
      if (levels !== undefined && !levels.includes(l)) out.push(issue(["rules", i, "when", "levels", j], "unknown_level", `${t.levelScale} 没有等级 ${l}`, `${t.levelScale} has no level ${l}`))
    })
    const share = r.then.costShare
    if (share !== undefined && !new Decimal(share.government).plus(share.person).eq(1)) {
      out.push(issue(["rules", i, "then", "costShare"], "shares_not_one", "政府与个人承担比例之和应为 1", "government and person shares must sum to 1"))
    }
    r.then.services?.forEach((s, j) => {
      if (services !== undefined && !services.has(s)) out.push(issue(["rules", i, "then", "services", j], "unknown_service", `服务目录中没有 ${s}`, `the catalogue has no service ${s}`))
    })
  })
  return out
}

/**
 * Checks a decision table supplied as data: its schema, unique rule ids, cost shares summing to
 * exactly 1, levels that exist in its `levelScale` instrument (a built-in one, or pass `levels`),
 * and services its list names.
 *
 * @param input - the table (JSON)
 * @param levels - the level ids of `levelScale`, when it is not a built-in instrument
 * @returns the table, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { loadDecisionTable, XIASHAN_POLICY } from "@minzheng/care-assessment"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(loadDecisionTable(XIASHAN_POLICY)) //=> true
 * const bad = { ...XIASHAN_POLICY, rules: [{ ...XIASHAN_POLICY.rules[0]!, then: { costShare: { government: "0.8", person: "0.3" } } }] }
 * Result.isFailure(loadDecisionTable(bad)) //=> true
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const loadDecisionTable = (input: unknown, levels?: ReadonlyArray<string>): Result.Result<DecisionTable, InvalidInput> => {
  const r = decode(DecisionTableSchema, input)
  if (Result.isFailure(r)) return Result.fail(r.failure)
  const scale = Array.isArray(levels) ? levels.map(String) : BUILT_IN_LEVEL_IDS.get(r.success.levelScale)
  const problems = tableIssues(r.success, scale)
  return problems.length > 0 ? Result.fail(invalidInput(problems)) : Result.succeed(r.success)
}

/**
 * Zod schema of the facts a table is asked about.
 *
 * @example
 * ```ts
 * import { EntitlementFactsSchema } from "@minzheng/care-assessment"
 * EntitlementFactsSchema.safeParse({ identity: "dibao", level: "moderate", setting: "institution" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const EntitlementFactsSchema = z.strictObject({
  identity: z.literal(IDENTITIES),
  level: z.optional(z.nullable(NonEmpty())),
  setting: z.optional(z.literal(SETTINGS)),
  inSchool: z.optional(z.boolean()),
  /** Monthly care cost (a `MoneyInput`: Money or a decimal string in 元), to split by the matched cost share. */
  monthlyCost: z.optional(AmountSchema)
})

/**
 * The facts a table is asked about: identity, level (of the table's `levelScale`; null or absent
 * when not assessed), setting, whether the person is in school, and a monthly cost to split
 * (`MoneyInput`: a `Money` or a decimal string in 元).
 *
 * @example
 * ```ts
 * import type { EntitlementFacts } from "@minzheng/care-assessment"
 * import { Money } from "@minzheng/core"
 * const facts: EntitlementFacts = { identity: "dibao", level: "severe", setting: "institution", monthlyCost: "3000.00" }
 * const same: EntitlementFacts = { ...facts, monthlyCost: Money.yuan("3000") }
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export type EntitlementFacts = z.input<typeof EntitlementFactsSchema>

/**
 * One entitlement: the rule that gave it, what it gives and, with a monthly cost and a cost
 * share, the split in Money.
 *
 * @example
 * ```ts
 * import type { Entitlement } from "@minzheng/care-assessment"
 * const describe = (e: Entitlement) => `${e.rule}: ${e.costSplit?.government.toString() ?? "-"}`
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export interface Entitlement {
  readonly rule: string
  readonly label: Bilingual
  readonly then: EntitlementRule["then"]
  readonly costSplit?: CostSplit
  readonly illustrative: boolean
}

/**
 * The answer of a table: the entitlements that apply (none, one for `first`, any number for
 * `collect`) and the explanation.
 *
 * @example
 * ```ts
 * import type { EntitlementDecision } from "@minzheng/care-assessment"
 * const count = (d: EntitlementDecision) => d.entitlements.length
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export interface EntitlementDecision {
  readonly table: string
  readonly entitlements: ReadonlyArray<Entitlement>
  readonly explanation: Explanation
}

const matches = (r: EntitlementRule, f: z.output<typeof EntitlementFactsSchema>): boolean => {
  const w = r.when
  if (w.identities !== undefined && !w.identities.includes(f.identity)) return false
  if (w.levels !== undefined && (f.level === undefined || f.level === null || !w.levels.includes(f.level))) return false
  if (w.settings !== undefined && (f.setting === undefined || !w.settings.includes(f.setting))) return false
  if (w.inSchool !== undefined && (f.inSchool ?? false) !== w.inSchool) return false
  return true
}

/**
 * Asks a decision table what care a person is entitled to. With `monthlyCost` given, each matched
 * cost share is applied to it in Money, exact to the 分 (core's `allocate`: the parts always sum
 * to the cost; an odd 分 goes to the larger remainder, the government on a tie).
 *
 * @param table - a {@link DecisionTable} (checked with {@link loadDecisionTable} when it is user data)
 * @param facts - the {@link EntitlementFacts} (untrusted JSON)
 * @returns the {@link EntitlementDecision}, or one `InvalidInput` (core) listing every problem
 * @example
 * ```ts
 * import { determineEntitlements, XIASHAN_POLICY } from "@minzheng/care-assessment"
 * import { Money, Result } from "@minzheng/core"
 * const r = determineEntitlements(XIASHAN_POLICY, { identity: "dibao", level: "moderate", setting: "institution", monthlyCost: "2999.99" })
 * const split = Result.isSuccess(r) ? r.success.entitlements[0]?.costSplit : undefined
 * ;[split?.government.toString(), split?.person.toString()] //=> ["2399.99", "600.00"]
 * // the cost may be a Money as well: every money input takes a MoneyInput (core)
 * const m = determineEntitlements(XIASHAN_POLICY, { identity: "tekun", level: "severe", setting: "institution", monthlyCost: Money.yuan("3000") })
 * Result.getOrThrow(m).entitlements[0]?.costSplit?.government.format() //=> "3,000.00 元"
 * ```
 * @see {@link determineEntitlementsUnsafe} for the throwing form
 * @category entitlements
 * @since 0.1.0
 */
export const determineEntitlements = (table: DecisionTable, facts: unknown): Result.Result<EntitlementDecision, InvalidInput> => {
  const t = decode(DecisionTableSchema, table)
  if (Result.isFailure(t)) return Result.fail(t.failure)
  const fr = decode(EntitlementFactsSchema, facts)
  if (Result.isFailure(fr)) return Result.fail(fr.failure)
  const f = fr.success
  const scale = BUILT_IN_LEVEL_IDS.get(t.success.levelScale)
  if (scale !== undefined && f.level !== undefined && f.level !== null && !scale.includes(f.level)) {
    return Result.fail(invalidInput([issue(["level"], "unknown_level", `${t.success.levelScale} 没有等级 ${f.level}`, `${t.success.levelScale} has no level ${f.level}`)]))
  }
  const entitlements: Entitlement[] = []
  const children: Explanation[] = []
  for (const r of t.success.rules) {
    const hit = matches(r, f)
    children.push(node(`entitlement.${t.success.id}.${r.id}`, r.label, hit, ruleInputs(r), [r.citation], undefined, thenParameters(r), hit && r.illustrative === true))
    if (!hit) continue
    const share = r.then.costShare
    let costSplit: CostSplit | undefined
    if (share !== undefined && f.monthlyCost !== undefined) {
      const s = splitCost(f.monthlyCost, share)
      if (Result.isFailure(s)) return Result.fail(s.failure)
      costSplit = s.success
    }
    entitlements.push({ rule: r.id, label: r.label, then: r.then, ...(costSplit === undefined ? {} : { costSplit }), illustrative: r.illustrative === true })
    if (t.success.hitPolicy === "first") break
  }
  const facts_: { [k: string]: Json } = { identity: f.identity, level: f.level ?? null, setting: f.setting ?? null }
  if (f.inSchool !== undefined) facts_.inSchool = f.inSchool
  if (f.monthlyCost !== undefined) facts_.monthlyCost = f.monthlyCost.toString()
  const explanation = node(
    `entitlement.${t.success.id}`,
    { zh: `${t.success.name.zh}：${entitlements.length === 0 ? "不符合任何规则" : entitlements.map((e) => e.label.zh).join("；")}`, en: `${t.success.name.en}: ${entitlements.length === 0 ? "no rule applies" : entitlements.map((e) => e.label.en).join("; ")}` },
    entitlements.length > 0,
    facts_,
    [t.success.citation],
    children,
    { hitPolicy: t.success.hitPolicy },
    entitlements.some((e) => e.illustrative)
  )
  return Result.succeed({ table: t.success.id, entitlements, explanation })
}

/**
 * Like {@link determineEntitlements}, but throws the same `InvalidInput` (core): for scripts and
 * tests.
 *
 * @throws `InvalidInput` (core) listing every problem of the table or the facts
 * @example
 * ```ts
 * import { determineEntitlementsUnsafe, ZIBO_CATEGORIES } from "@minzheng/care-assessment"
 * determineEntitlementsUnsafe(ZIBO_CATEGORIES, { identity: "tekun" }).entitlements.map((e) => e.rule) //=> ["category-2"]
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const determineEntitlementsUnsafe = (table: DecisionTable, facts: unknown): EntitlementDecision => {
  const r = determineEntitlements(table, facts)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * Like {@link loadDecisionTable}, but throws the same `InvalidInput` (core): for tables shipped
 * with an application (module-level constants).
 *
 * @throws `InvalidInput` (core) listing every problem of the table
 * @example
 * ```ts
 * import { loadDecisionTableUnsafe, XIASHAN_POLICY } from "@minzheng/care-assessment"
 * loadDecisionTableUnsafe(XIASHAN_POLICY).id //=> "xiashan-2020"
 * ```
 * @category entitlements
 * @since 0.1.0
 */
export const loadDecisionTableUnsafe = (input: unknown, levels?: ReadonlyArray<string>): DecisionTable => {
  const r = loadDecisionTable(input, levels)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

const ruleInputs = (r: EntitlementRule): { [k: string]: Json } => {
  const out: { [k: string]: Json } = {}
  if (r.when.identities !== undefined) out.identities = r.when.identities
  if (r.when.levels !== undefined) out.levels = r.when.levels
  if (r.when.settings !== undefined) out.settings = r.when.settings
  if (r.when.inSchool !== undefined) out.inSchool = r.when.inSchool
  return out
}

const thenParameters = (r: EntitlementRule): { [k: string]: Json } => {
  const out: { [k: string]: Json } = {}
  if (r.then.costShare !== undefined) out.costShare = { government: r.then.costShare.government, person: r.then.costShare.person }
  if (r.then.monthlyFreeHours !== undefined) out.monthlyFreeHours = r.then.monthlyFreeHours
  if (r.then.category !== undefined) out.category = r.then.category.id
  if (r.illustrative === true) out.illustrative = true
  return out
}

