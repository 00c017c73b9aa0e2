/**
 * How a programme that could not be determined says why, in Chinese and English: the parameters
 * its typed `PolicyBundleIncomplete` lists, each with its reason (未设定 / 尚未生效 / 已停止适用).
 * One wording for the decision text and the batch rows.
 *
 * @internal
 * @module
 */
import type { Bilingual, ParameterMissing } from "@minzheng/core"
import { PROGRAMME_NAMES, type Programme } from "../determination/determination.js"

const REASON_ZH = { "not-defined": "未设定", "before-first-entry": "尚未生效", ended: "已停止适用" } as const
const REASON_EN = { "not-defined": "not defined", "before-first-entry": "not yet in force", ended: "ended" } as const

type ProblemShape = { _tag?: string; name?: string; reason?: keyof typeof REASON_ZH; issues?: ReadonlyArray<{ path?: ReadonlyArray<unknown> }> }

const parameterOf = (x: ProblemShape): string => {
  const path = x.issues?.[0]?.path
  return path === undefined ? "" : String(path[1] ?? "")
}

/** One problem of a `PolicyBundleIncomplete`, in Chinese: `income.basicPensionExcluded已停止适用`. */
export const problemZh = (p: unknown): string => {
  const x = p as ProblemShape
  if (x._tag === "ParameterMissing") return `${x.name ?? ""}${REASON_ZH[(x as ParameterMissing).reason] ?? ""}`
  return `${parameterOf(x) || "参数"}取值无效`
}

/** One problem of a `PolicyBundleIncomplete`, in English: `income.basicPensionExcluded ended`. */
export const problemEn = (p: unknown): string => {
  const x = p as ProblemShape
  if (x._tag === "ParameterMissing") return `${x.name ?? ""} ${REASON_EN[(x as ParameterMissing).reason] ?? ""}`.trim()
  return `${parameterOf(x) || "a parameter"} has an invalid value`
}

/** Why a programme could not be determined: `最低生活保障无法认定（政策参数缺失或已停止适用：…）`. */
export const unavailableReason = (programme: Programme, problems: ReadonlyArray<unknown>): Bilingual => ({
  zh: `${PROGRAMME_NAMES[programme].zh}无法认定（政策参数缺失或已停止适用：${problems.map(problemZh).join("；")}）`,
  en: `${PROGRAMME_NAMES[programme].en} cannot be determined (a policy parameter is missing or ended: ${problems.map(problemEn).join("; ")})`
})
