/**
 * The message tables: one per language, one entry per error. Errors take their messages from
 * here (after zod's locale tables) so a wording change is one edit.
 */
import { formatPath, type Issue } from "../issue.js"
import type { Bilingual } from "../text.js"

type Covered = readonly [number, number] | readonly []
interface Tables {
  invalidInput(issues: ReadonlyArray<Issue>): string
  calendarYearNotCovered(a: { year: number; covered: Covered }): string
  parameterMissing(a: { name: string; region: string; date: string; reason: "not-defined" | "before-first-entry" | "ended" }): string
  policyBundleIncomplete(a: { bundle: string; problems: ReadonlyArray<{ message: string; messageZh: string }> }): string
  transitionRefused(a: { state: string; command: string; reason: Bilingual; stateName?: Bilingual | undefined; commandName?: Bilingual | undefined }): string
  versionConflict(a: { caseId: string; expected: number; actual: number }): string
}

const MAX_LISTED = 10

export const en: Tables = {
  invalidInput: (issues) => {
    const listed = issues.slice(0, MAX_LISTED).map((i) => `${formatPath(i.path)}: ${i.en}`).join("; ")
    const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : ""
    return `Invalid input (${issues.length} problem${issues.length === 1 ? "" : "s"}): ${listed}${more}`
  },
  calendarYearNotCovered: ({ year, covered }) =>
    `The work-day calendar has no data for ${year} (covered: ${covered.length === 0 ? "none" : `${covered[0]}–${covered[1]}`}); load that year's State Council notice (WorkCalendar.extend with parseCalendarFile: minzheng calendar-year JSON or holiday-cn JSON; CLI --calendar FILE) or opt in to the provisional statutory projection (withProjection; CLI --provisional-calendar)`,
  parameterMissing: ({ name, region, date, reason }) =>
    `Parameter ${name} has no value for region ${region} on ${date} (${
      reason === "not-defined" ? "not defined for this region or its parents" : reason === "ended" ? "the series was ended before this date" : "before its first effective date"
    })`,
  policyBundleIncomplete: ({ bundle, problems }) =>
    `Policy bundle ${bundle} cannot be used (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${problems.slice(0, MAX_LISTED).map((p) => p.message).join("; ")}`,
  transitionRefused: ({ state, command, reason, stateName, commandName }) =>
    `Command ${commandName?.en ?? command} refused in state ${stateName?.en ?? state}: ${reason.en}`,
  versionConflict: ({ caseId, expected, actual }) =>
    `Case ${caseId} is at version ${actual}, not the expected ${expected}: re-read it and decide again`
}

export const zh: Tables = {
  invalidInput: (issues) => {
    const listed = issues.slice(0, MAX_LISTED).map((i) => (i.path.length === 0 ? i.zh : `${formatPath(i.path)}：${i.zh}`)).join("；")
    const more = issues.length > MAX_LISTED ? `；另有 ${issues.length - MAX_LISTED} 处` : ""
    return `输入有误（共 ${issues.length} 处）：${listed}${more}`
  },
  calendarYearNotCovered: ({ year, covered }) =>
    `工作日历没有 ${year} 年的数据（已覆盖：${covered.length === 0 ? "无" : `${covered[0]}–${covered[1]} 年`}）；请载入当年国务院办公厅节假日安排通知（WorkCalendar.extend 配合 parseCalendarFile，支持 minzheng 日历年 JSON 与 holiday-cn JSON；命令行 --calendar 文件），或明确选择按法定假日推算（withProjection；命令行 --provisional-calendar，结果为临时性）`,
  parameterMissing: ({ name, region, date, reason }) =>
    `参数 ${name} 在地区 ${region}、日期 ${date} 没有取值（${
      reason === "not-defined" ? "本地区及上级地区均未设定" : reason === "ended" ? "该参数已在此日期前停止适用" : "早于第一个生效日期"
    }）`,
  policyBundleIncomplete: ({ bundle, problems }) =>
    `政策参数包 ${bundle} 不完整（共 ${problems.length} 处）：${problems.slice(0, MAX_LISTED).map((p) => p.messageZh).join("；")}`,
  // Chinese text never shows the English state and command ids: with their Chinese names when
  // the workflow gives them, otherwise the reason alone.
  transitionRefused: ({ reason, stateName, commandName }) =>
    stateName !== undefined && commandName !== undefined
      ? `当前状态（${stateName.zh}）下不能${commandName.zh}：${reason.zh}`
      : `不能执行该操作：${reason.zh}`,
  versionConflict: ({ caseId, expected, actual }) =>
    `案件 ${caseId} 当前版本为 ${actual}，不是预期的 ${expected}：请重新读取后再处理`
}
