/**
 * 低保渐退期 (gradual exit).
 *
 * 《最低生活保障审核确认办法》第三十三条：“……对就业后家庭人均收入超过当地最低生活保障标准的最低生活
 * 保障家庭，县级人民政府民政部门可以给予一定时间的渐退期。” 2022 通知 一(三)：“……可给予原则上不超过
 * 6个月的渐退期。” Seed 003 (即墨): “严格落实低保渐退期制度”. The length is a parameter.
 *
 * @internal
 * @module
 */
import { explain } from "../internal/node.js"
import { type Explanation } from "@minzheng/core"
import { DeterminationRecord, Term } from "../determination/determination.js"
import { passesAssets } from "../household/asset-test.js"
import type { RuleContext } from "../internal/context.js"
import { endOfMonthsFrom, monthsBetween } from "../internal/dates.js"
import { fenOf, formatFen } from "../internal/fen.js"
import { RELIEF_SOURCES } from "../sources.js"
import type { PreviousSupport } from "./previous-support.js"

const EXIT_CITATIONS = [RELIEF_SOURCES.gradualExit, RELIEF_SOURCES.gradualExitSixMonths]

/** The 渐退期 determination for a 低保 household whose income now exceeds the standard. */
export const determineGradualExit = (c: RuleContext, previous: PreviousSupport, dibaoEligible: boolean): DeterminationRecord => {
  const f = c.facts
  const max = c.p.gradualExitMonths
  const employed = f.members.some((m) => m.counted && m.member.employed === true && m.wagesFen > 0)
  const assetsOk = passesAssets(f, c.p.dibaoAssets, f.standardFen)
  const start = previous.gradualExitFrom === undefined ? c.policy.dates.start : `${previous.gradualExitFrom.slice(0, 7)}-01`
  const elapsed = start <= f.asOf ? monthsBetween(start, f.asOf) : 0
  const remaining = Math.max(0, max - elapsed)
  const eligible = !dibaoEligible && employed && assetsOk && remaining > 0
  const fen = eligible ? fenOf(previous.monthlyAmount) : 0
  const end = eligible ? endOfMonthsFrom(start, max) : null
  let tree: Explanation | null = null
  if (c.explain) {
    tree = explain({
      rule: "relief.gradual-exit",
      label: { zh: "低保渐退期", en: "dibao gradual exit" },
      outcome: eligible ? { monthly: formatFen(fen), remainingMonths: remaining, end } : false,
      inputs: { previousSince: previous.since, previousAmount: previous.monthlyAmount, exitStart: start },
      parameters: { "gradualExit.maxMonths": max },
      citations: [RELIEF_SOURCES.gradualExit, RELIEF_SOURCES.gradualExitSixMonths, c.policy.sourceOf("gradualExitMonths")],
      children: [
        explain({ rule: "relief.gradual-exit.above-standard", label: { zh: "人均收入已超过低保标准", en: "income per person now above the standard" }, outcome: !dibaoEligible, citations: EXIT_CITATIONS }),
        explain({ rule: "relief.gradual-exit.employment", label: { zh: "家庭成员就业后收入增加", en: "income rose because a member found work" }, outcome: employed, citations: EXIT_CITATIONS }),
        explain({ rule: "relief.gradual-exit.remaining", label: { zh: "渐退期剩余月数", en: "months left in the gradual exit" }, outcome: remaining, citations: [RELIEF_SOURCES.gradualExitSixMonths, c.policy.sourceOf("gradualExitMonths")] })
      ]
    })
  }
  return new DeterminationRecord(
    "gradual-exit",
    eligible,
    f.countedIds,
    "monthly",
    fen,
    eligible ? [new Term("gradual-exit", { zh: "渐退期内继续发放原低保金", en: "previous dibao continued during the exit" }, null, fen)] : [],
    eligible ? (start as DeterminationRecord["startDate"]) : null,
    null,
    end,
    null,
    [
      eligible
        ? { zh: `渐退期剩余${remaining}个月，至${end}止`, en: `${remaining} months left, ending ${end}` }
        : { zh: "不符合渐退期条件或渐退期已满", en: "no gradual exit, or it has ended" }
    ],
    [RELIEF_SOURCES.gradualExit, RELIEF_SOURCES.gradualExitSixMonths],
    tree
  )
}
