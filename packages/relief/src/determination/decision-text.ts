/**
 * 认定结果告知 (decision text): a short Chinese text a caseworker can print and hand over.
 *
 * @module
 */
import { CARRIED_FORWARD_NOTE, formatCitation, InvalidInput, issue, Money } from "@minzheng/core"
import { problemZh } from "../internal/unavailable.js"
import { PROGRAMME_NAMES, type Determination, type HouseholdDetermination, isHouseholdDeterminationShape } from "./determination.js"

const money = (fen: number) => Money.fen(fen).format()
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

const names = (result: HouseholdDetermination, d: Determination): string => {
  const known = (result as { memberNames?: Readonly<Record<string, string>> }).memberNames
  return d.memberIds.map((id) => known?.[id] ?? (d.programme === "tekun" ? "申请人" : "家庭成员")).join("、")
}

/**
 * Renders a household's determinations as a short Chinese decision text: the household, each
 * programme with its outcome, amount and terms, start and re-check dates, reasons and legal basis;
 * a programme that could not be determined with the parameter that is missing or ended; the
 * carried-forward values the decision rests on (沿用：原文期限已届满，尚未见新规定); and — only when
 * this decision used one — a warning naming each illustrative value.
 *
 * @throws `InvalidInput` when given something other than a determination
 * @example
 * ```ts
 * import { determineUnsafe, decisionText, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", relationship: "applicant", birthDate: "1970-05-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * decisionText(determineUnsafe(h, policy)).split("\n")[0] //=> "社会救助审核确认结果告知"
 * ```
 * @category determinations
 * @since 0.1.0
 */
export const decisionText = (result: HouseholdDetermination): string => {
  if (!isHouseholdDeterminationShape(result)) {
    throw new InvalidInput({ issues: [issue(["result"], "invalid_determination", "不是认定结果", "not a household determination")] })
  }
  const lines = [
    "社会救助审核确认结果告知",
    `家庭编号：${result.householdId}　认定日期：${result.asOf}　参数：${result.bundle.id}@${result.bundle.version}`,
    `共同生活家庭成员 ${result.countedMemberIds.length} 人，家庭月人均收入 ${money(result.perCapitaIncomeFen)}。`
  ]
  result.determinations.forEach((d, i) => {
    const head = `${NUMERALS[i] ?? String(i + 1)}、${PROGRAMME_NAMES[d.programme].zh}${d.programme === "dibao-single-person" || d.programme === "tekun" ? `（${names(result, d)}）` : ""}`
    const failure = (d as { failure?: { problems?: ReadonlyArray<unknown> } | null }).failure
    if (failure !== undefined && failure !== null) {
      lines.push(`${head}：无法认定（政策参数缺失或已停止适用：${(failure.problems ?? []).map(problemZh).join("；")}），请补充所适用的地方规定后重新认定。`)
      return
    }
    if (!d.eligible) {
      lines.push(`${head}：不符合条件（${d.reasons.map((r) => r.zh).join("；")}）。`)
      return
    }
    const parts = [`${head}：符合条件。`]
    if (d.frequency !== "status") {
      const terms = d.terms.length > 1 ? `（${d.terms.map((t) => `${t.label.zh} ${money(t.fen)}`).join("，")}）` : ""
      parts.push(`${d.frequency === "monthly" ? "每月" : "一次性"}${money(d.fen)}${terms}。`)
    }
    if (d.startDate !== null) parts.push(`自 ${d.startDate} 起${d.frequency === "status" ? "认定" : "发放"}。`)
    if (d.gradualExitEnd !== null) parts.push(`渐退期至 ${d.gradualExitEnd} 止。`)
    if (d.nextRecheck !== null) parts.push(`下次核查日期：${d.nextRecheck}。`)
    if (d.approvalLevel !== null) parts.push(`审批：${d.approvalLevel === "township" ? "乡镇人民政府（街道办事处）" : "县级人民政府民政部门"}。`)
    const notes = d.reasons.map((r) => r.zh).join("；")
    if (notes !== "") parts.push(`${notes}。`)
    parts.push(`依据：${d.citations.map(formatCitation).join("；")}。`)
    lines.push(parts.join(""))
  })
  const carried = (result as { carriedForwardParameters?: ReadonlyArray<{ label: { zh: string } }> }).carriedForwardParameters ?? []
  if (carried.length > 0) lines.push(`说明：${carried.map((p) => p.label.zh).join("、")}——${CARRIED_FORWARD_NOTE.zh}。`)
  const used = (result as { illustrativeParameters?: ReadonlyArray<{ label: { zh: string } }> }).illustrativeParameters
  if (used !== undefined ? used.length > 0 : result.illustrative) {
    const which = used === undefined || used.length === 0 ? "" : `（${used.map((p) => p.label.zh).join("、")}）`
    lines.push(`注意：本结果所用参数含示例数据${which}，正式认定前请以当地公布标准为准。`)
  }
  return lines.join("\n")
}
