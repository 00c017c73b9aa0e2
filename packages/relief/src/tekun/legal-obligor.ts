/**
 * 法定义务人 (legal obligor) of a 特困 applicant: who owes the applicant support under the Civil
 * Code, and whether 《特困人员认定办法》第八条 lets that person count as unable to give it.
 *
 * **Who owes support.** Besides the supporters the application declares (`legalSupporters`), the
 * household's own relationships establish obligors, as the law defines them:
 * - 《中华人民共和国民法典》第一千零五十九条：“夫妻有相互扶养的义务。” — the applicant's spouse (扶养).
 * - 第一千零六十七条第二款：“成年子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母，有要求成年子女
 *   给付赡养费的权利。” — the applicant's adult children (赡养; 成年 = 18, 民法典第十七条).
 * - 第一千零六十七条第一款：“父母不履行抚养义务的，未成年子女或者不能独立生活的成年子女，有要求父母给付
 *   抚养费的权利。” — the parents of an applicant under 18, or of an adult applicant recorded as unable
 *   to live independently (`canLiveIndependently: false`) (抚养).
 * Grandparents, grandchildren and siblings owe support only conditionally (第一千零七十四条、第一千零
 * 七十五条: 有负担能力, and only when the nearer obligors are dead or unable), which household data
 * cannot establish: such people count only when declared in `legalSupporters`.
 *
 * **Who is unable.** 《特困人员认定办法》第八条：“法定义务人符合下列情形之一的，应当认定为本办法所称的
 * 无履行义务能力：（一）特困人员；（二）60周岁以上的最低生活保障对象；（三）70周岁以上的老年人，本人
 * 收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定的；（四）重度残疾人和残疾
 * 等级为三级的智力、精神残疾人，本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产
 * 状况规定的；（五）无民事行为能力、被宣告失踪或者在监狱服刑的人员，且其财产符合当地低收入家庭财产
 * 状况规定的；（六）省、自治区、直辖市人民政府规定的其他情形。” An obligor counts as unable only when
 * one of these grounds is established from the data; otherwise the obligor is able (the burden of
 * showing inability is the applicant's: 第十条 asks for a written statement of 赡养、抚养、扶养情况).
 *
 * Interpretations, stated so a reviewer can disagree: a household member's 本人收入 is all of that
 * member's income over the look-back window (第八条 excludes nothing), annualised; the property of
 * a member living in the household is the household's (审核确认办法第十四条: 家庭财产 is what the
 * members own together), so it meets the 低收入 rules when the household passes the 低收入 asset test.
 * Ground (六) has no national content and is not applied.
 *
 * @module
 */
import { type Bilingual, type Citation, type Explanation, InvalidInput, type IsoDate } from "@minzheng/core"
import * as Result from "effect/Result"
import { passesAssets } from "../household/asset-test.js"
import type { Household } from "../household/household.js"
import type { LegalSupporter } from "../household/legal-supporter.js"
import { RELATIONSHIP_NAMES, type Member, type Relationship } from "../household/member.js"
import { ageAt, buildFacts, type Facts, type MemberFacts } from "../internal/facts.js"
import { fenOf, formatFen } from "../internal/fen.js"
import { explain, frozenNode } from "../internal/node.js"
import { severeUnchecked } from "../internal/severity.js"
import type { CompiledPolicy, ReliefPolicy } from "../params/policy.js"
import { checked } from "../internal/trusted.js"
import { RELIEF_SOURCES } from "../sources.js"

/**
 * The legal duties of support (法定义务), with their Chinese terms.
 *
 * @example
 * ```ts
 * import { OBLIGATION_NAMES } from "@minzheng/relief"
 * OBLIGATION_NAMES.maintenance.zh //=> "扶养"
 * ```
 * @category tekun
 * @since 0.1.0
 */
export const OBLIGATION_NAMES = {
  maintenance: { zh: "扶养", en: "maintenance (between spouses or siblings)" },
  "elder-support": { zh: "赡养", en: "support of a parent or grandparent" },
  upbringing: { zh: "抚养", en: "upbringing of a child or grandchild" },
  declared: { zh: "申报的法定义务", en: "declared legal duty" }
} as const satisfies Record<string, Bilingual>

/**
 * A legal duty of support.
 *
 * @example
 * ```ts
 * import type { Obligation } from "@minzheng/relief"
 * const o: Obligation = "elder-support"
 * ```
 * @category tekun
 * @since 0.1.0
 */
export type Obligation = keyof typeof OBLIGATION_NAMES

/**
 * The grounds of 《特困人员认定办法》第八条 on which an obligor is unable to support
 * (无履行义务能力), with their Chinese terms.
 *
 * @example
 * ```ts
 * import { INCAPACITY_GROUND_NAMES } from "@minzheng/relief"
 * INCAPACITY_GROUND_NAMES["elderly-dibao"].zh //=> "60周岁以上的最低生活保障对象"
 * ```
 * @category tekun
 * @since 0.1.0
 */
export const INCAPACITY_GROUND_NAMES = {
  tekun: { zh: "特困人员", en: "is tekun" },
  "elderly-dibao": { zh: "60周岁以上的最低生活保障对象", en: "a dibao recipient aged 60 or over" },
  "aged-70-low-means": {
    zh: "70周岁以上，本人收入低于当地上年人均可支配收入，且财产符合低收入家庭财产状况规定",
    en: "aged 70 or over, own income below last year's local per-capita disposable income, property within the low-income rules"
  },
  "severe-disability-low-means": {
    zh: "重度残疾人或三级智力、精神残疾人，本人收入低于当地上年人均可支配收入，且财产符合低收入家庭财产状况规定",
    en: "severely disabled (or grade-3 intellectual or mental), own income below last year's local per-capita disposable income, property within the low-income rules"
  },
  "no-capacity-missing-prison": {
    zh: "无民事行为能力、被宣告失踪或者在监狱服刑，且财产符合低收入家庭财产状况规定",
    en: "without legal capacity, declared missing or in prison, property within the low-income rules"
  }
} as const satisfies Record<string, Bilingual>

/**
 * A ground of 第八条.
 *
 * @example
 * ```ts
 * import type { IncapacityGround } from "@minzheng/relief"
 * const g: IncapacityGround = "tekun"
 * ```
 * @category tekun
 * @since 0.1.0
 */
export type IncapacityGround = keyof typeof INCAPACITY_GROUND_NAMES

const GROUND_ITEMS: Readonly<Record<IncapacityGround, string>> = {
  tekun: "（一）",
  "elderly-dibao": "（二）",
  "aged-70-low-means": "（三）",
  "severe-disability-low-means": "（四）",
  "no-capacity-missing-prison": "（五）"
}

/**
 * A legal obligor of the 特困 applicant and the finding on their capacity.
 *
 * @example
 * ```ts
 * import type { LegalObligor } from "@minzheng/relief"
 * const spouse: LegalObligor = { source: "member", memberId: "b", declaredIndex: null, relationship: "spouse", obligation: "maintenance", age: 72, ground: "elderly-dibao" }
 * ```
 * @category tekun
 * @since 0.1.0
 */
export interface LegalObligor {
  /** `member`: inferred from a household relationship; `declared`: only in `legalSupporters`. */
  readonly source: "member" | "declared"
  readonly memberId: string | null
  /** Index in `legalSupporters` of the declaration describing this person, if any. */
  readonly declaredIndex: number | null
  readonly relationship: Exclude<Relationship, "applicant">
  readonly obligation: Obligation
  readonly age: number
  /** The 第八条 ground found, or `null`: able to support. */
  readonly ground: IncapacityGround | null
}

/** What 第八条 asks about one person, from a member, a declaration or both. */
interface CapacityFacts {
  age: number
  tekun: boolean
  dibaoRecipient: boolean
  severe: boolean
  /** 本人收入低于当地上年人均可支配收入: true, false, or unknown (undefined). */
  lowIncome: boolean | undefined
  /** 财产符合当地低收入家庭财产状况规定: true, false, or unknown. */
  lowAssets: boolean | undefined
  noCapacityMissingPrison: boolean
}

/** 第八条, item by item: the first ground the facts establish, or null (able). */
const groundOf = (x: CapacityFacts): IncapacityGround | null => {
  if (x.tekun) return "tekun"
  if (x.dibaoRecipient && x.age >= 60) return "elderly-dibao"
  const lowMeans = x.lowIncome === true && x.lowAssets === true
  if (x.age >= 70 && lowMeans) return "aged-70-low-means"
  if (x.severe && lowMeans) return "severe-disability-low-means"
  if (x.noCapacityMissingPrison && x.lowAssets === true) return "no-capacity-missing-prison"
  return null
}

/** The duty a household member owes the applicant under the Civil Code, or null. */
const dutyOf = (m: Member, age: number, applicant: MemberFacts): Obligation | null => {
  switch (m.relationship) {
    case "spouse":
      return "maintenance"
    case "child":
      return age >= 18 ? "elder-support" : null
    case "parent":
      return applicant.age < 18 || applicant.member.canLiveIndependently === false ? "upbringing" : null
    default:
      return null
  }
}

const DECLARED_DUTY: Readonly<Record<LegalSupporter["relationship"], Obligation>> = {
  spouse: "maintenance",
  child: "elder-support",
  parent: "upbringing",
  grandparent: "upbringing",
  grandchild: "elder-support",
  sibling: "maintenance",
  other: "declared"
}

const dutyCitation = (relationship: Relationship): Citation | null => {
  switch (relationship) {
    case "spouse":
      return RELIEF_SOURCES.spouseMaintenance
    case "child":
      return RELIEF_SOURCES.childSupport
    case "parent":
      return RELIEF_SOURCES.parentUpbringing
    case "grandparent":
    case "grandchild":
      return RELIEF_SOURCES.grandparentDuty
    case "sibling":
      return RELIEF_SOURCES.siblingDuty
    default:
      return null
  }
}

const declaredFacts = (s: LegalSupporter, asOf: string, disposableFen: number): CapacityFacts => ({
  age: ageAt(s.birthDate, asOf),
  tekun: s.tekun === true,
  dibaoRecipient: s.dibaoRecipient === true,
  severe: severeUnchecked(s.disability),
  lowIncome: s.annualIncome === undefined ? undefined : fenOf(s.annualIncome) < disposableFen,
  lowAssets: s.assetsWithinLowIncomeRules,
  noCapacityMissingPrison: s.noLegalCapacity === true || s.declaredMissing === true || s.imprisoned === true
})

const memberFacts = (f: Facts, m: MemberFacts, p: CompiledPolicy, onDibao: boolean, householdLowAssets: boolean): CapacityFacts => ({
  age: m.age,
  tekun: m.member.tekun === true,
  // A household already on 低保 (previous support) has its counted members as 低保对象.
  dibaoRecipient: m.member.dibaoRecipient === true || (onDibao && m.counted),
  severe: m.severe,
  // annual own income < disposable  ⇔  own × 12 < disposable × window (exact, in 分)
  lowIncome: m.ownIncomeFen * 12 < p.disposableFen * f.window,
  lowAssets: householdLowAssets,
  noCapacityMissingPrison: m.member.absence === "declared-missing" || m.member.absence === "in-prison"
})

/** A declaration and a member describe the same person: what either establishes counts. */
const merge = (m: CapacityFacts, d: CapacityFacts): CapacityFacts => ({
  age: m.age,
  tekun: m.tekun || d.tekun,
  dibaoRecipient: m.dibaoRecipient || d.dibaoRecipient,
  severe: m.severe || d.severe,
  lowIncome: d.lowIncome ?? m.lowIncome,
  lowAssets: d.lowAssets ?? m.lowAssets,
  noCapacityMissingPrison: m.noCapacityMissingPrison || d.noCapacityMissingPrison
})

/** An obligor with the facts their finding rests on (for the explanation). @internal */
export interface ObligorFinding {
  readonly obligor: LegalObligor
  readonly facts: CapacityFacts
}

/**
 * Every legal obligor of the applicant with the 第八条 finding: household members by relationship,
 * then declared supporters who are not household members (a declaration with a member's
 * relationship and birth date describes that member, and adds its facts). @internal
 */
export const findObligors = (f: Facts, p: CompiledPolicy): ReadonlyArray<ObligorFinding> => {
  const applicant = f.members.find((m) => m.member.relationship === "applicant") as MemberFacts
  const declared = f.household.legalSupporters
  const used: boolean[] = []
  const out: ObligorFinding[] = []
  const onDibao = f.household.previous?.programme === "dibao"
  let lowAssets: boolean | undefined
  for (const m of f.members) {
    const duty = dutyOf(m.member, m.age, applicant)
    if (duty === null) continue
    lowAssets ??= passesAssets(f, p.lowIncomeAssets, f.standardFen)
    let facts = memberFacts(f, m, p, onDibao, lowAssets)
    let declaredIndex: number | null = null
    const birth = m.member.birthDate ?? birthFromId(m.member.citizenId)
    for (let i = 0; i < declared.length; i++) {
      const s = declared[i] as LegalSupporter
      if (used[i] !== true && s.relationship === m.member.relationship && s.birthDate === birth) {
        used[i] = true
        declaredIndex = i
        facts = merge(facts, declaredFacts(s, f.asOf, p.disposableFen))
        break
      }
    }
    const relationship = m.member.relationship as LegalObligor["relationship"]
    out.push({ obligor: { source: "member", memberId: m.member.id, declaredIndex, relationship, obligation: duty, age: m.age, ground: groundOf(facts) }, facts })
  }
  for (let i = 0; i < declared.length; i++) {
    if (used[i] === true) continue
    const s = declared[i] as LegalSupporter
    const facts = declaredFacts(s, f.asOf, p.disposableFen)
    out.push({
      obligor: { source: "declared", memberId: null, declaredIndex: i, relationship: s.relationship, obligation: DECLARED_DUTY[s.relationship], age: facts.age, ground: groundOf(facts) },
      facts
    })
  }
  return out
}

const birthFromId = (id: string | undefined): string | undefined =>
  id === undefined ? undefined : `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`

const who = (o: LegalObligor, name: string | undefined): Bilingual => {
  const r = RELATIONSHIP_NAMES[o.relationship]
  return o.memberId === null
    ? { zh: `${r.zh}（申报义务人第${(o.declaredIndex ?? 0) + 1}位，${o.age}周岁）`, en: `${r.en} (declared supporter ${(o.declaredIndex ?? 0) + 1}, aged ${o.age})` }
    : { zh: `${r.zh}（${name === undefined ? "" : `${name}，`}${o.age}周岁）`, en: `${r.en} (member ${o.memberId}, aged ${o.age})` }
}

// A member obligor's label ends with their age and whether they can support — the same few
// dozen endings for every household: joined once each (by age × 2 + able) and kept.
const MEMBER_TAILS: Array<{ readonly zh: string; readonly en: string } | undefined> = []
const memberTail = (age: number, able: boolean): { readonly zh: string; readonly en: string } => {
  const cacheable = Number.isInteger(age) && age >= 0 && age < 200
  const k = age * 2 + (able ? 1 : 0)
  let t = cacheable ? MEMBER_TAILS[k] : undefined
  if (t === undefined) {
    t = { zh: `${age}周岁）：${able ? "具备履行义务能力" : "无履行义务能力"}`, en: `, aged ${age}): ${able ? "able to support" : "unable to support"}` }
    if (cacheable) MEMBER_TAILS[k] = t
  }
  return t
}

/** “{relationship}（{name}，{age}周岁）：{able or not}”, as {@link who} words it. */
const obligorLabel = (o: LegalObligor, name: string | undefined, able: boolean): Bilingual => {
  if (o.memberId === null) {
    const w = who(o, name)
    return { zh: `${w.zh}：${able ? "具备履行义务能力" : "无履行义务能力"}`, en: `${w.en}: ${able ? "able to support" : "unable to support"}` }
  }
  const r = RELATIONSHIP_NAMES[o.relationship]
  const tail = memberTail(o.age, able)
  return { zh: r.zh + "（" + (name === undefined ? "" : name + "，") + tail.zh, en: r.en + " (member " + o.memberId + tail.en }
}

const OBLIGOR_CITATIONS = Object.freeze([RELIEF_SOURCES.tekunSupporter])
const NO_GROUND_LABEL = Object.freeze({ zh: "数据未能认定第八条所列任一情形，视为具备履行义务能力", en: "no ground of article 8 is established by the data: able to support" })
const GROUND_LABELS = Object.fromEntries(
  (Object.keys(GROUND_ITEMS) as ReadonlyArray<IncapacityGround>).map((g) => [
    g,
    Object.freeze({ zh: `第八条${GROUND_ITEMS[g]}：${INCAPACITY_GROUND_NAMES[g].zh}`, en: `article 8 ${GROUND_ITEMS[g]}: ${INCAPACITY_GROUND_NAMES[g].en}` })
  ])
) as Readonly<Record<IncapacityGround, Bilingual>>

/** The capacity node's parameter record, per disposable-income figure (one per policy in a run). */
let lastDisposable = Number.NaN
let lastDisposableParameters: { readonly [key: string]: string } = {}
const disposableParameters = (disposableFen: number): { readonly [key: string]: string } => {
  if (disposableFen !== lastDisposable) {
    lastDisposableParameters = Object.freeze({ "region.perCapitaDisposableIncome": formatFen(disposableFen) })
    lastDisposable = disposableFen
  }
  return lastDisposableParameters
}

/** The duty node depends only on the obligation and the relationship: built once per pair, shared. */
const DUTY_NODES = new Map<keyof typeof OBLIGATION_NAMES, Map<Relationship, Explanation>>()
const dutyNode = (obligation: keyof typeof OBLIGATION_NAMES, relationship: Relationship): Explanation => {
  let byRelationship = DUTY_NODES.get(obligation)
  if (byRelationship === undefined) DUTY_NODES.set(obligation, (byRelationship = new Map()))
  let n = byRelationship.get(relationship)
  if (n === undefined) {
    const duty = OBLIGATION_NAMES[obligation]
    const dutyCite = dutyCitation(relationship)
    n = frozenNode({
      rule: "relief.tekun.obligor.duty",
      label: { zh: `负有法定${duty.zh}义务`, en: `owes ${duty.en}` },
      outcome: obligation,
      citations: dutyCite === null ? [] : [dutyCite]
    })
    byRelationship.set(relationship, n)
  }
  return n
}

/** The explanation of one obligor: the duty (Civil Code) and the capacity finding (第八条). @internal */
export const explainObligor = (x: ObligorFinding, disposableFen: number, memberName?: (id: string) => string | undefined): Explanation => {
  const o = x.obligor
  const g = o.ground
  return explain({
    rule: "relief.tekun.obligor",
    label: obligorLabel(o, o.memberId === null || memberName === undefined ? undefined : memberName(o.memberId), g === null),
    outcome: g !== null,
    inputs: { source: o.source, memberId: o.memberId, declaredIndex: o.declaredIndex, relationship: o.relationship, age: o.age },
    citations: OBLIGOR_CITATIONS,
    children: [
      dutyNode(o.obligation, o.relationship),
      explain({
        rule: "relief.tekun.obligor.capacity",
        label: g === null ? NO_GROUND_LABEL : GROUND_LABELS[g],
        outcome: g ?? false,
        inputs: {
          tekun: x.facts.tekun,
          dibaoRecipient: x.facts.dibaoRecipient,
          severeDisability: x.facts.severe,
          incomeBelowDisposable: x.facts.lowIncome ?? null,
          assetsWithinLowIncomeRules: x.facts.lowAssets ?? null,
          noCapacityMissingOrInPrison: x.facts.noCapacityMissingPrison
        },
        parameters: disposableParameters(disposableFen),
        citations: OBLIGOR_CITATIONS
      })
    ]
  })
}

/**
 * The legal obligors (法定赡养、抚养、扶养义务人) of a household's applicant for 特困 and whether
 * each is unable to support (《特困人员认定办法》第八条). Household members owe support by
 * relationship — spouse (民法典第一千零五十九条), adult children (第一千零六十七条第二款), parents of
 * a minor (第一千零六十七条第一款) — and declared `legalSupporters` are added; an obligor is unable
 * only on a ground of 第八条 the data establishes.
 *
 * Fails (a `Result`) as {@link determine} does: `InvalidInput` for an invalid household or one
 * outside the policy's region.
 *
 * @throws `InvalidInput` when `policy` is not a resolved {@link ReliefPolicy}
 * @example
 * ```ts
 * import { legalObligors, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, JIMO_BUNDLE } from "@minzheng/relief"
 * import { Result, regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370215", area: "rural" },
 *   members: [
 *     { id: "a", relationship: "applicant", birthDate: "1950-01-01" },
 *     { id: "b", relationship: "spouse", birthDate: "1952-01-01", tekun: true }
 *   ],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * Result.getOrThrow(legalObligors(h, policy)).map((o) => [o.memberId, o.obligation, o.ground]) //=> [["b", "maintenance", "tekun"]]
 * ```
 * @see {@link legalObligorsUnsafe}, {@link INCAPACITY_GROUND_NAMES}
 * @category tekun
 * @since 0.1.0
 */
export const legalObligors = (household: Household, policy: ReliefPolicy): Result.Result<ReadonlyArray<LegalObligor>, InvalidInput> => {
  const h = checked(household, policy)
  if (h instanceof InvalidInput) return Result.fail(h)
  return Result.succeed(findObligors(buildFacts(h, policy.compiled, policy.date as IsoDate), policy.compiled).map((x) => x.obligor))
}

/**
 * Like {@link legalObligors}, throwing the `InvalidInput` the `Result` would carry.
 *
 * @throws `InvalidInput` for an invalid household or policy, or a household outside the policy's region
 * @example
 * ```ts
 * import { legalObligorsUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, JIMO_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370215", area: "rural" },
 *   members: [{ id: "a", relationship: "applicant", birthDate: "1950-01-01" }, { id: "b", relationship: "spouse", birthDate: "1952-01-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * legalObligorsUnsafe(h, policy).map((o) => o.memberId) //=> ["b"]
 * ```
 * @category tekun
 * @since 0.1.0
 */
export const legalObligorsUnsafe = (household: Household, policy: ReliefPolicy): ReadonlyArray<LegalObligor> => {
  const r = legalObligors(household, policy)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
