/**
 * 转介 (referrals): from a household and its determinations, the cross-department items of a
 * 社会救助“一件事” catalogue the family should be told about — whom each concerns, how sure, why,
 * on which articles and how to apply — and the notice a caseworker hands over.
 *
 * 《社会救助暂行办法》第六十条：“申请社会救助，应当按照本办法的规定提出；申请人难以确定社会救助管理部门的，
 * 可以先向社会救助经办机构或者县级人民政府民政部门求助。社会救助经办机构或者县级人民政府民政部门接到求助
 * 后，应当及时办理或者转交其他社会救助管理部门办理。” 2020 意见 二（六）23：“乡镇（街道）经办机构统一受理
 * 社会救助申请……综合评估救助需求，提出综合实施社会救助措施的意见，并按照职责分工及时办理或转请县级相关
 * 职能部门办理。”
 *
 * @module
 */
import {
  type Bilingual,
  type Citation,
  type Explanation,
  type IsoDate,
  type Issue,
  InvalidInput,
  ageOn,
  explain,
  formatCitation,
  issue,
  maskPersonalNumbers,
  parseCitizenId
} from "@minzheng/core"
import * as Result from "effect/Result"
import { type HouseholdDetermination, type Programme, isHouseholdDeterminationShape } from "../determination/determination.js"
import { trusted } from "../internal/trusted.js"
import type { Household } from "../household/household.js"
import { RELATIONSHIP_NAMES } from "../household/member.js"
import { REFERRAL_CATALOGUE } from "./catalogue.js"
import { CHANNEL_NAMES, type Channel, DEPARTMENT_NAMES, type Department, type ReferralContext, type ReferralFinding, type ReferralItem, type ReferralMember, type ReferralStrength, STRENGTH_NAMES } from "./referral-item.js"

/**
 * One item the family should be told about.
 *
 * @example
 * ```ts
 * import type { Referral } from "@minzheng/relief"
 * const sure = (r: Referral) => r.strength === "qualifies"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export interface Referral {
  readonly itemId: string
  readonly name: Bilingual
  readonly department: Department
  readonly local: boolean
  /** The members it concerns, in household order. */
  readonly memberIds: ReadonlyArray<string>
  /** `qualifies` when any finding qualifies. */
  readonly strength: ReferralStrength
  readonly reasons: ReadonlyArray<Bilingual>
  /** The articles the findings applied, without repeats (the item's whole basis is `legalBasis` on the item). */
  readonly citations: ReadonlyArray<Citation>
  readonly channels: ReadonlyArray<Channel>
  readonly howToApply: Bilingual
  readonly explanation: Explanation
}

const bad = (issues: ReadonlyArray<Issue>) => new InvalidInput({ issues })

/**
 * Checks a referral catalogue: a non-empty list of items with unique ids, names, a department,
 * citations and an `assess` function. One `InvalidInput` lists every problem.
 *
 * @example
 * ```ts
 * import { defineReferralCatalogue, REFERRAL_CATALOGUE } from "@minzheng/relief"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(defineReferralCatalogue(REFERRAL_CATALOGUE)) //=> true
 * Result.isFailure(defineReferralCatalogue([...REFERRAL_CATALOGUE, REFERRAL_CATALOGUE[0]])) //=> true
 * ```
 * @see {@link referrals}
 * @category referrals
 * @since 0.1.0
 */
export const defineReferralCatalogue = (items: ReadonlyArray<ReferralItem>): Result.Result<ReadonlyArray<ReferralItem>, InvalidInput> => {
  const issues = catalogueIssues(items)
  return issues.length > 0 ? Result.fail(bad(issues)) : Result.succeed(items)
}

const isText = (u: unknown): u is Bilingual =>
  typeof u === "object" && u !== null && typeof (u as Bilingual).zh === "string" && typeof (u as Bilingual).en === "string"
const isCitations = (u: unknown): boolean =>
  Array.isArray(u) && u.every((c) => typeof c === "object" && c !== null && typeof (c as Citation).document === "string")

const catalogueIssues = (items: unknown): Issue[] => {
  if (!Array.isArray(items) || items.length === 0) return [issue(["catalogue"], "invalid_type", "转介目录应为非空列表", "the catalogue must be a non-empty list")]
  const out: Issue[] = []
  const ids = new Set<string>()
  items.forEach((it: unknown, i) => {
    if (typeof it !== "object" || it === null) {
      out.push(issue(["catalogue", i], "invalid_type", "转介事项应为对象", "an item must be an object"))
      return
    }
    const x = it as Record<string, unknown>
    if (typeof x.id !== "string" || x.id.length === 0) out.push(issue(["catalogue", i, "id"], "invalid_type", "事项编号应为非空文本", "the item id must be non-empty text"))
    else if (ids.has(x.id)) out.push(issue(["catalogue", i, "id"], "duplicate", `事项编号 ${x.id} 重复`, `item id ${x.id} appears twice`))
    else ids.add(x.id)
    for (const k of ["name", "whoQualifies", "howToApply"] as const) {
      if (!isText(x[k])) out.push(issue(["catalogue", i, k], "invalid_type", `${k} 应有中文和英文`, `${k} needs Chinese and English text`))
    }
    if (typeof x.department !== "string" || !Object.hasOwn(DEPARTMENT_NAMES, x.department)) out.push(issue(["catalogue", i, "department"], "invalid_value", "部门无效", "unknown department"))
    for (const k of ["legalBasis", "applyCitations", "channelCitations"] as const) {
      if (!isCitations(x[k])) out.push(issue(["catalogue", i, k], "invalid_type", `${k} 应为引用列表`, `${k} must be a list of citations`))
    }
    if (Array.isArray(x.legalBasis) && x.legalBasis.length === 0) out.push(issue(["catalogue", i, "legalBasis"], "too_small", "每个事项须注明依据", "every item needs a legal basis"))
    if (!Array.isArray(x.channels) || !x.channels.every((c) => Object.hasOwn(CHANNEL_NAMES, c as string))) out.push(issue(["catalogue", i, "channels"], "invalid_value", "申请渠道无效", "unknown channel"))
    if (x.regions !== null && !(Array.isArray(x.regions) && x.regions.every((r) => typeof r === "string" && /^\d{2,6}$/.test(r)))) {
      out.push(issue(["catalogue", i, "regions"], "invalid_value", "适用地区应为区划代码前缀列表或 null", "regions must be region-code prefixes or null"))
    }
    if (typeof x.local !== "boolean") out.push(issue(["catalogue", i, "local"], "invalid_type", "local 应为布尔值", "local must be a boolean"))
    if (typeof x.assess !== "function") out.push(issue(["catalogue", i, "assess"], "invalid_type", "assess 应为函数", "assess must be a function"))
  })
  return out
}

const ageOf = (m: Household["members"][number], on: IsoDate): number | null => {
  if (m.birthDate !== undefined) return ageOn(m.birthDate, on)
  if (m.citizenId !== undefined) {
    const p = parseCitizenId(m.citizenId)
    if (Result.isSuccess(p)) return ageOn(p.success.birthDate, on)
  }
  return null
}

const contextOf = (h: Household, result: HouseholdDetermination): ReferralContext => {
  const ok = (p: Programme) => result.determinations.some((d) => d.programme === p && d.eligible)
  const ids = (...ps: ReadonlyArray<Programme>) => new Set(result.determinations.filter((d) => d.eligible && ps.includes(d.programme)).flatMap((d) => d.memberIds))
  const dibao = ids("dibao", "dibao-single-person", "gradual-exit")
  const tekun = ids("tekun")
  const lowIncome = new Set([...ids("dibao-edge", "rigid-expenditure")].filter((id) => !dibao.has(id) && !tekun.has(id)))
  const counted = new Set(result.countedMemberIds)
  const members: ReferralMember[] = h.members.map((m) => ({
    member: m,
    label: { zh: m.name ?? RELATIONSHIP_NAMES[m.relationship].zh, en: m.name ?? RELATIONSHIP_NAMES[m.relationship].en },
    age: ageOf(m, result.asOf),
    counted: counted.has(m.id)
  }))
  return { household: h, result, asOf: result.asOf, members, dibao, tekun, lowIncome, eligible: ok }
}

const dedupe = (cs: ReadonlyArray<Citation>): Citation[] => {
  const seen = new Set<string>()
  return cs.filter((c) => {
    const k = formatCitation(c)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

const applies = (item: ReferralItem, region: string) => item.regions === null || item.regions.some((p) => region.startsWith(p))

/**
 * Lists the items of a referral catalogue (default {@link REFERRAL_CATALOGUE}) a household
 * should be told about, from its decoded application and its {@link determine} result: for each,
 * the members it concerns, whether the cited text gives it to them (`qualifies`) or it depends
 * on a local standard or a fact to check (`may-qualify`), the reasons in Chinese and English, the
 * citations, the channels and how to apply, and an explanation node. Local items apply only in
 * their regions. Items that concern nobody are left out; the order is the catalogue's.
 *
 * @throws `InvalidInput` for an invalid household or catalogue, a determination that is not for
 * this household, or an item whose `assess` fails (naming the item)
 * @example
 * ```ts
 * import { referrals, determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, JIMO_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(JIMO_BUNDLE, regionCodeUnsafe("370215"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370215", area: "urban" },
 *   members: [
 *     { id: "a", name: "王芳", relationship: "applicant", birthDate: "1985-04-01", labourCapacity: "full" },
 *     { id: "b", name: "王小明", relationship: "child", birthDate: "2014-09-01", education: "primary" }
 *   ],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * referrals(h, determineUnsafe(h, policy)).map((r) => r.itemId)
 * //=> ["medical-assistance", "education-assistance", "employment-assistance", "legal-aid"]
 * ```
 * @see {@link referralNotice} to print them
 * @category referrals
 * @since 0.1.0
 */
export const referrals = (household: Household, result: HouseholdDetermination, catalogue: ReadonlyArray<ReferralItem> = REFERRAL_CATALOGUE): ReadonlyArray<Referral> => {
  const h = trusted(household, undefined, true)
  if (!isHouseholdDeterminationShape(result) || result.householdId !== h.id) {
    throw bad([issue(["result"], "mismatch", "认定结果不属于该家庭", "the determination is not for this household")])
  }
  if (catalogue !== REFERRAL_CATALOGUE) {
    const issues = catalogueIssues(catalogue)
    if (issues.length > 0) throw bad(issues)
  }
  const ctx = contextOf(h, result)
  const order = new Map(h.members.map((m, i) => [m.id, i]))
  const out: Referral[] = []
  for (const item of catalogue) {
    if (!applies(item, h.residence.region)) continue
    let findings: ReadonlyArray<ReferralFinding>
    try {
      findings = item.assess(ctx)
    } catch (e) {
      if (e instanceof InvalidInput) throw e
      throw bad([issue(["catalogue", item.id, "assess"], "assess_failed", `转介事项 ${item.id} 的判断函数出错`, `the assess function of item ${item.id} failed: ${String(e)}`)])
    }
    if (!Array.isArray(findings) || findings.some((f) => !Array.isArray(f?.memberIds) || !isText(f.reason) || !isCitations(f.citations))) {
      throw bad([issue(["catalogue", item.id, "assess"], "invalid_finding", `转介事项 ${item.id} 的判断结果格式无效`, `the assess function of item ${item.id} returned an invalid finding`)])
    }
    const live = findings.filter((f) => f.memberIds.length > 0)
    if (live.length === 0) continue
    const memberIds = [...new Set(live.flatMap((f) => f.memberIds))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    const strength: ReferralStrength = live.some((f) => f.strength === "qualifies") ? "qualifies" : "may-qualify"
    const citations = dedupe(live.flatMap((f) => f.citations))
    out.push({
      itemId: item.id,
      name: item.name,
      department: item.department,
      local: item.local,
      memberIds,
      strength,
      reasons: live.map((f) => f.reason),
      citations,
      channels: item.channels,
      howToApply: item.howToApply,
      explanation: explain({
        rule: `relief.referral.${item.id}`,
        label: { zh: `转介：${item.name.zh}（${DEPARTMENT_NAMES[item.department].zh}）`, en: `referral: ${item.name.en} (${DEPARTMENT_NAMES[item.department].en})` },
        outcome: strength,
        inputs: { members: memberIds, region: h.residence.region },
        citations,
        children: live.map((f, i) =>
          explain({ rule: `relief.referral.${item.id}.${i + 1}`, label: f.reason, outcome: f.strength, inputs: { members: [...f.memberIds] }, citations: f.citations })
        )
      })
    })
  }
  return out
}

const isReferralList = (u: unknown): boolean =>
  Array.isArray(u) && u.every((r: unknown) => typeof r === "object" && r !== null && isText((r as Referral).name) && Array.isArray((r as Referral).reasons))

/**
 * The 社会救助“一件事” notice a caseworker hands to the family: each item with its department,
 * whom it concerns and why, how to apply (线上/线下) and its basis, in Chinese. Personal numbers in
 * names or free text are masked.
 *
 * @throws `InvalidInput` when `list` is not a list of referrals
 * @example
 * ```ts
 * import { referralNotice } from "@minzheng/relief"
 * referralNotice("王芳家", []) //=> "王芳家：经比对，暂无需要告知的其他救助帮扶事项。"
 * ```
 * @category referrals
 * @since 0.1.0
 */
export const referralNotice = (title: string, list: ReadonlyArray<Referral>): string => {
  if (typeof title !== "string" || !isReferralList(list)) {
    throw bad([issue(["referrals"], "invalid_type", "应提供标题文本和转介结果列表", "give a title and a list of referrals")])
  }
  const head = maskPersonalNumbers(title)
  if (list.length === 0) return `${head}：经比对，暂无需要告知的其他救助帮扶事项。`
  const lines = [`${head}：根据已认定的救助情况，您家还可以了解以下救助帮扶事项（社会救助“一件事”）：`]
  list.forEach((r, i) => {
    const channels = r.channels.length > 0 ? r.channels.map((c) => CHANNEL_NAMES[c].zh).join("、") : "渠道以当地公布为准"
    lines.push(`${i + 1}. ${r.name.zh}（${DEPARTMENT_NAMES[r.department].zh}，${STRENGTH_NAMES[r.strength].zh}）`)
    for (const reason of r.reasons) lines.push(`   理由：${maskPersonalNumbers(reason.zh)}`)
    lines.push(`   办理：${r.howToApply.zh}；${channels}`)
    lines.push(`   依据：${r.citations.map(formatCitation).join("；")}`)
  })
  return lines.join("\n")
}

