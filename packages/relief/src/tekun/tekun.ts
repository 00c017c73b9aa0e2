/**
 * 特困人员救助供养 (tekun): the three conditions and the standards.
 *
 * 《特困人员认定办法》第四条：“同时具备以下条件的老年人、残疾人和未成年人，应当依法纳入特困人员救助
 * 供养范围：（一）无劳动能力；（二）无生活来源；（三）无法定赡养、抚养、扶养义务人或者其法定义务人
 * 无履行义务能力。”
 * 第五条：“（一）60周岁以上的老年人；（二）未满16周岁的未成年人；（三）残疾等级为一、二、三级的智力、
 * 精神残疾人，残疾等级为一、二级的肢体残疾人，残疾等级为一级的视力残疾人……”
 * 第六条：“收入低于当地最低生活保障标准，且财产符合当地特困人员财产状况规定的……中央确定的城乡居民
 * 基本养老保险基础养老金、基本医疗保险等社会保险和优待抚恤金、高龄津贴不计入在内。”
 * 第八条 lists when a legal obligor 无履行义务能力 — who the obligors are and how each is found able or
 * unable is in `legal-obligor.ts`. 第二十四条：“特困人员中的未成年人，可继续享有救助
 * 供养待遇至18周岁；年满18周岁仍在接受义务教育或者在普通高中、中等职业学校就读的，可继续享有……”
 * 《社会救助暂行办法》第十五条: 供养 includes 基本生活条件 and 照料; standards are set locally —
 * 基本生活标准 as a multiple of the 低保 standard (即墨 1.5×, seed 003) and 照料护理标准 by the
 * 第二十二条 self-care level.
 *
 * @internal
 * @module
 */
import { explain, frozenNode } from "../internal/node.js"
import { type Bilingual, type Explanation } from "@minzheng/core"
import { TEKUN_SELF_CARE_LEVEL_NAMES } from "@minzheng/care-assessment"
import { DeterminationRecord, Term } from "../determination/determination.js"
import { assetNode, passesAssets } from "../household/asset-test.js"
import { RELATIONSHIP_NAMES } from "../household/member.js"
import type { RuleContext } from "../internal/context.js"
import type { MemberFacts } from "../internal/facts.js"
import { formatFen, roundRatio } from "../internal/fen.js"
import { memberZh } from "../internal/names.js"
import { MEMO } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"
import { explainObligor, findObligors } from "./legal-obligor.js"

const CONTINUING_SCHOOL = new Set(["primary", "junior-secondary", "senior-secondary", "vocational-secondary"])

/** 第五条 (and 第二十四条 for a minor already supported): why the person cannot work, or null. */
export const noLabourCapacity = (m: MemberFacts, continuing: boolean, minorAge: number): Bilingual | null => {
  if (m.age >= 60) return LABOUR.elderly
  if (m.age < 16) return LABOUR.minor
  const d = m.member.disability
  if (d !== undefined) {
    if ((d.category === "intellectual" || d.category === "mental") && d.grade <= 3) return LABOUR.mental
    if (d.category === "physical" && d.grade <= 2) return LABOUR.physical
    if (d.category === "visual" && d.grade === 1) return LABOUR.visual
  }
  if (continuing && m.age < minorAge) return { zh: `特困未成年人继续供养至${minorAge}周岁`, en: `a supported minor stays covered to ${minorAge}` }
  if (continuing && m.member.education !== undefined && CONTINUING_SCHOOL.has(m.member.education)) return LABOUR.school
  return null
}

const LABOUR = {
  elderly: Object.freeze({ zh: "60周岁以上的老年人", en: "aged 60 or over" }),
  minor: Object.freeze({ zh: "未满16周岁的未成年人", en: "under 16" }),
  mental: Object.freeze({ zh: "一至三级智力、精神残疾人", en: "intellectual or mental disability, grade 1–3" }),
  physical: Object.freeze({ zh: "一、二级肢体残疾人", en: "physical disability, grade 1–2" }),
  visual: Object.freeze({ zh: "一级视力残疾人", en: "visual disability, grade 1" }),
  school: Object.freeze({ zh: "年满18周岁仍在接受义务教育或在普通高中、中等职业学校就读", en: "over 18 and still in compulsory, senior-secondary or vocational school" })
}

const TEKUN_CITATIONS = [RELIEF_SOURCES.tekunConditions, RELIEF_SOURCES.tekunNoLabour, RELIEF_SOURCES.tekunNoMeans, RELIEF_SOURCES.tekunSupporter]
const TEKUN_LINKED_CITATIONS = [...TEKUN_CITATIONS, RELIEF_SOURCES.tekunDibaoLink]

const TEKUN_ROOT_CITATIONS = Object.freeze([RELIEF_SOURCES.tekunConditions])
const NO_LABOUR_CITATIONS = Object.freeze([RELIEF_SOURCES.tekunNoLabour])
const NO_LABOUR_CONTINUING_CITATIONS = Object.freeze([RELIEF_SOURCES.tekunNoLabour, RELIEF_SOURCES.tekunMinors])
const NO_MEANS_LABEL = Object.freeze({ zh: "无生活来源", en: "no means of living" })
const NO_MEANS_CITATIONS = Object.freeze([RELIEF_SOURCES.tekunNoMeans])
const NO_OBLIGOR_LABEL = Object.freeze({ zh: "无法定赡养、抚养、扶养义务人", en: "no legal obligor" })
const OBLIGORS_UNABLE_LABEL = Object.freeze({ zh: "法定义务人均无履行义务能力", en: "every legal obligor is unable to support" })
const SUPPORTER_CITATIONS = Object.freeze([RELIEF_SOURCES.tekunConditions, RELIEF_SOURCES.tekunSupporter])
const ABLE_TO_WORK_LABEL = Object.freeze({ zh: "无劳动能力", en: "unable to work" })

/** The no-labour-capacity label: built once per reason (the minor-age reason is rare: built each time). */
const LABOUR_LABELS = new Map<Bilingual, Bilingual>(
  Object.values(LABOUR).map((r) => [r, Object.freeze({ zh: `无劳动能力：${r.zh}`, en: `unable to work: ${r.en}` })])
)
const labourLabel = (labour: Bilingual | null): Bilingual =>
  labour === null ? ABLE_TO_WORK_LABEL : (LABOUR_LABELS.get(labour) ?? { zh: `无劳动能力：${labour.zh}`, en: `unable to work: ${labour.en}` })

const nameOf = (members: ReadonlyArray<MemberFacts>, id: string): string | undefined => {
  for (const m of members) if (m.member.id === id) return m.member.name
  return undefined
}

const REASON = {
  careUnassessed: Object.freeze({ zh: "生活自理能力尚未评估，照料护理标准待定", en: "self-care not yet assessed: care standard pending" }),
  ableToWork: Object.freeze({ zh: "有劳动能力", en: "able to work" }),
  income: Object.freeze({ zh: "本人收入不低于当地低保标准", en: "own income not below the dibao standard" }),
  assets: Object.freeze({ zh: "财产不符合特困人员财产状况规定", en: "assets outside the tekun rules" })
}

/** The 特困 determination of the applicant. */
export const determineTekun = (c: RuleContext): DeterminationRecord => {
  const f = c.facts
  const p = c.p
  const applicant = f.members.find((m) => m.member.relationship === "applicant") as MemberFacts
  const continuing = f.household.previous?.programme === "tekun"
  const labour = noLabourCapacity(applicant, continuing, p.tekunMinorAge)
  const ownIncome = Math.max(0, applicant.tekunIncomeFen)
  const incomeOk = ownIncome < f.standardFen * f.window
  const assetsOk = passesAssets(f, p.tekunAssets, f.standardFen)
  const obligors = findObligors(f, p)
  let able: (typeof obligors)[number] | undefined
  for (const x of obligors) {
    if (x.obligor.ground === null) {
      able = x
      break
    }
  }
  const supportersOk = able === undefined
  const eligible = labour !== null && incomeOk && assetsOk && supportersOk
  const terms: Term[] = []
  let fen = 0
  const level = applicant.member.selfCareLevel
  if (eligible) {
    const basic = roundRatio(p.tekunMultiplier.num * f.standardFen, p.tekunMultiplier.den, p.roundUnit, p.roundMode)
    terms.push(new Term("basic-living", { zh: "基本生活标准", en: "basic-living standard" }, applicant.member.id, basic))
    fen = basic
    if (level !== undefined) {
      const care = p.careFen[level]
      terms.push(new Term("care", { zh: `照料护理标准（${TEKUN_SELF_CARE_LEVEL_NAMES[level].zh}）`, en: `care standard (${TEKUN_SELF_CARE_LEVEL_NAMES[level].en})` }, applicant.member.id, care))
      fen += care
    }
  }
  const reasons: Bilingual[] = []
  if (eligible) {
    reasons.push(labour as Bilingual)
    if (level === undefined) reasons.push(REASON.careUnassessed)
  } else {
    if (labour === null) reasons.push(REASON.ableToWork)
    if (!incomeOk) reasons.push(REASON.income)
    if (!assetsOk) reasons.push(REASON.assets)
    if (able !== undefined) reasons.push(ableReason(able.obligor, f.members))
  }
  let tree: Explanation | null = null
  if (c.explain) {
    // what depends only on the policy (and the area's standard) is built once per policy
    const x = c.policy.memo(f.household.residence.area === "urban" ? MEMO.tekunUrban : MEMO.tekunRural, tekunTexts, c)
    const obligorNodes: Explanation[] = []
    if (obligors.length > 0) {
      const nameIn = (id: string) => nameOf(f.members, id)
      for (const o of obligors) obligorNodes.push(explainObligor(o, p.disposableFen, nameIn))
    }
    const children: Explanation[] = [
      explain({
        rule: "relief.tekun.no-labour-capacity",
        label: labourLabel(labour),
        outcome: labour !== null,
        inputs: { age: applicant.age, disability: applicant.member.disability === undefined ? null : `${applicant.member.disability.category}-${applicant.member.disability.grade}` },
        citations: continuing ? NO_LABOUR_CONTINUING_CITATIONS : NO_LABOUR_CITATIONS
      }),
      explain({
        rule: "relief.tekun.no-means",
        label: NO_MEANS_LABEL,
        outcome: incomeOk && assetsOk,
        citations: NO_MEANS_CITATIONS,
        children: [
          explain({
            rule: "relief.tekun.income",
            label: x.incomeLabel,
            outcome: incomeOk,
            inputs: { ownIncome: formatFen(ownIncome), months: f.window },
            citations: x.incomeCitations
          }),
          assetNode(c, "tekun")
        ]
      }),
      explain({
        rule: "relief.tekun.supporters",
        label: obligors.length === 0 ? NO_OBLIGOR_LABEL : OBLIGORS_UNABLE_LABEL,
        outcome: supportersOk,
        inputs: { obligors: obligors.length },
        citations: SUPPORTER_CITATIONS,
        children: obligorNodes
      })
    ]
    if (eligible) {
      children.push(
        explain({
          rule: "relief.tekun.standards",
          label: x.standardsLabel,
          outcome: formatFen(fen),
          inputs: { standard: x.standard, selfCareLevel: level ?? null },
          parameters: { "tekun.basicLivingMultiplier": x.mult, "tekun.careStandard": level === undefined ? null : formatFen(p.careFen[level]) },
          citations: x.standardsCitations
        }),
        explainDibaoLink(c)
      )
    }
    tree = explain({
      rule: "relief.tekun",
      label: { zh: `特困人员救助供养：${memberZh(applicant.member)}`, en: `tekun support: ${applicant.member.id}` },
      outcome: eligible ? formatFen(fen) : false,
      citations: TEKUN_ROOT_CITATIONS,
      children
    })
  }
  return new DeterminationRecord(
    "tekun",
    eligible,
    [applicant.member.id],
    "monthly",
    fen,
    terms,
    eligible ? c.policy.dates.start : null,
    eligible ? c.policy.dates.recheckStable : null,
    null,
    null,
    reasons,
    eligible && p.tekunExcludesDibao ? TEKUN_LINKED_CITATIONS : TEKUN_CITATIONS,
    tree
  )
}

/** The texts of a 特困 tree that depend only on the policy and the area's standard. */
const tekunTexts = (c: RuleContext) => {
  const policy = c.policy
  const f = c.facts
  const mult = policy.parameters.tekunMultiplier.value
  return {
    incomeLabel: Object.freeze({ zh: `本人月收入低于低保标准 ${formatFen(f.standardFen)} 元`, en: `own monthly income below the standard ${formatFen(f.standardFen)}` }),
    incomeCitations: Object.freeze([RELIEF_SOURCES.tekunNoMeans, RELIEF_SOURCES.tekunIncome, policy.sourceOf("tekunBasicPensionExcluded")]),
    standardsLabel: Object.freeze({ zh: `救助供养标准：基本生活标准（低保标准×${mult}）+ 照料护理标准`, en: `standards: basic living (${mult} × standard) + care` }),
    standardsCitations: Object.freeze([RELIEF_SOURCES.tekunStandardsLocal, RELIEF_SOURCES.tekunSelfCare, policy.sourceOf("tekunMultiplier"), policy.sourceOf("tekunCare")]),
    mult,
    standard: formatFen(f.standardFen)
  }
}

const ableReason = (o: { readonly relationship: keyof typeof RELATIONSHIP_NAMES; readonly memberId: string | null }, members: ReadonlyArray<MemberFacts>): Bilingual => {
  const r = RELATIONSHIP_NAMES[o.relationship]
  const name = o.memberId === null ? undefined : members.find((m) => m.member.id === o.memberId)?.member.name
  return {
    zh: `有具备履行义务能力的法定义务人：${r.zh}${name === undefined ? "" : `（${name}）`}`,
    en: `a legal obligor is able to support: ${r.en}${o.memberId === null ? "" : ` (member ${o.memberId})`}`
  }
}

/**
 * Which programme applies to a person in 特困 support, and why. 《社会救助暂行办法》第十五条第三款：
 * “特困人员供养应当与城乡居民基本养老保险、基本医疗保障、最低生活保障、孤儿基本生活保障等制度相衔接。”
 * 《特困人员认定办法》第二十七条：“对终止救助供养的原特困人员，符合最低生活保障、临时救助等其他社会救助
 * 条件的，应当按规定及时纳入相应救助范围。” — 低保 follows 特困 only when 特困 ends, so the two are not
 * held at once; local notices say so outright (“对纳入特困人员救助供养范围的，不再适用最低生活保障政策”).
 * `tekun.excludesDibao` (national default true) lets a locality decide otherwise, dated and cited.
 */
const explainDibaoLink = (c: RuleContext): Explanation => c.policy.memo(MEMO.tekunDibaoLink, dibaoLinkNode, c)

const dibaoLinkNode = (c: RuleContext): Explanation => {
  const excludes = c.p.tekunExcludesDibao
  return frozenNode({
    rule: "relief.tekun.dibao-link",
    label: excludes
      ? { zh: "适用特困人员救助供养，本人不再适用最低生活保障", en: "tekun support applies; the person is not also given dibao" }
      : { zh: "本地规定：特困人员可同时适用最低生活保障", en: "local rule: a tekun person may also receive dibao" },
    outcome: excludes,
    parameters: { "tekun.excludesDibao": excludes },
    citations: [RELIEF_SOURCES.tekunDibaoLink, RELIEF_SOURCES.tekunTransfer, c.policy.sourceOf("tekunExcludesDibao")]
  })
}
