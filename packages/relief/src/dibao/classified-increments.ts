/**
 * 分类施保 (classified support increments).
 *
 * 《社会救助暂行办法》第十二条第二款：“对获得最低生活保障后生活仍有困难的老年人、未成年人、重度残疾人
 * 和重病患者，县级以上地方人民政府应当采取必要措施给予生活保障。” (also 审核确认办法第二十七条).
 * Seed 000 (李沧): “对低保家庭中的孤寡老人、孤儿、残疾、单亲等特殊人员分类建档立卡，实行分类管理与救助”.
 * Which categories, and how much, are local parameters.
 *
 * @internal
 * @module
 */
import { explain, frozenNode } from "../internal/node.js"
import { type Explanation } from "@minzheng/core"
import { Term } from "../determination/determination.js"
import type { RuleContext } from "../internal/context.js"
import type { Member } from "../household/member.js"
import type { MemberFacts } from "../internal/facts.js"
import { formatFen, roundRatio } from "../internal/fen.js"
import { CLASSIFIED_CATEGORY_NAMES, type ClassifiedCategory } from "../params/definitions.js"
import { type CompiledPolicy, MEMO } from "../params/policy.js"
import { RELIEF_SOURCES } from "../sources.js"

/** Whether a member (of that age and severity) falls into a 分类施保 category. */
export const memberInCategory = (member: Member, age: number, severe: boolean, category: ClassifiedCategory, elderlyAge: number): boolean => {
  switch (category) {
    case "elderly":
      return age >= elderlyAge
    case "minor":
      return age < 18
    case "severe-disability":
      return severe
    case "serious-illness":
      return member.seriousIllness === true
    default:
      return member.circumstances !== undefined && member.circumstances.includes(category)
  }
}

/** Whether a member falls into a 分类施保 category. */
export const inCategory = (m: MemberFacts, category: ClassifiedCategory, elderlyAge: number): boolean =>
  memberInCategory(m.member, m.age, m.severe, category, elderlyAge)

const TERM_LABELS = Object.fromEntries(
  Object.entries(CLASSIFIED_CATEGORY_NAMES).map(([k, name]) => [k, { zh: `分类施保加发（${name.zh}）`, en: `classified increment (${name.en})` }])
) as Readonly<Record<ClassifiedCategory, { readonly zh: string; readonly en: string }>>

/** The increment terms for the members (one per member, or one per category when summed). */
export const classifiedIncrements = (c: RuleContext, members: ReadonlyArray<MemberFacts>, standardFen: number, out: Term[]): number => {
  const p = c.p
  let total = 0
  if (p.increments.length === 0) return 0
  // each increment's amount for this area, compiled with the policy (the same `roundRatio` of the standard)
  const amounts = standardFen === p.urbanFen ? p.incrementFen.urban : standardFen === p.ruralFen ? p.incrementFen.rural : null
  for (const m of members) {
    let best: Term | null = null
    for (let k = 0; k < p.increments.length; k++) {
      const inc = p.increments[k] as CompiledPolicy["increments"][number]
      if (!inCategory(m, inc.category, p.elderlyAge)) continue
      const fen = amounts !== null ? (amounts[k] as number) : inc.rate === undefined ? inc.fen : roundRatio(inc.rate.num * standardFen, inc.rate.den, p.roundUnit, p.roundMode)
      const term = new Term("classified-increment", TERM_LABELS[inc.category], m.member.id, fen)
      if (p.incrementMode === "sum") {
        out.push(term)
        total += fen
      } else if (best === null || fen > best.fen) best = term
    }
    if (best !== null) {
      out.push(best)
      total += best.fen
    }
  }
  return total
}

const LABEL = { zh: "分类施保加发", en: "classified support increments" }

const incrementTexts = (c: RuleContext) => ({
  parameters: { "dibao.classifiedIncrementMode": c.p.incrementMode, "dibao.elderlyAge": c.p.elderlyAge },
  citations: [RELIEF_SOURCES.dibaoAmount, RELIEF_SOURCES.classifiedSupport, c.policy.sourceOf("classifiedIncrements")]
})

const noIncrementNode = (x: ReturnType<typeof incrementTexts>): Explanation =>
  frozenNode({ rule: "relief.dibao.classified-increments", label: LABEL, outcome: formatFen(0), parameters: x.parameters, citations: x.citations, children: [] })

/** The increments node. */
export const explainIncrements = (c: RuleContext, terms: ReadonlyArray<Term>, total: number): Explanation => {
  const x = c.policy.memo(MEMO.increments, incrementTexts, c)
  // no increment (the usual case): the node is the same for every household
  if (total === 0 && !terms.some((t) => t.kind === "classified-increment")) return c.policy.memo(MEMO.incrementsNone, noIncrementNode, x)
  const children: Explanation[] = []
  for (const t of terms) {
    if (t.kind === "classified-increment") children.push(explain({ rule: "relief.dibao.classified-increment", label: t.label, outcome: formatFen(t.fen), inputs: { member: t.memberId }, citations: x.citations }))
  }
  return explain({ rule: "relief.dibao.classified-increments", label: LABEL, outcome: formatFen(total), parameters: x.parameters, citations: x.citations, children })
}
