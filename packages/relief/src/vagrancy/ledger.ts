/**
 * 滨州 “244” 源头治理 (seed 001): the two 信息台账 — people returned home (返乡安置) and people at
 * risk of wandering off (易流浪走失) — built from the vagrancy cases, the monthly 回访 check, and the
 * seed's measure: the share of people helped who become homeless again (“使流浪乞讨人员反复流浪的
 * 比例由2019年的20%下降到2021年的10%，其中滨州籍流浪人员由2019年的80人次减少至2021年的24人次”).
 *
 * Seed 001：“全面建立滨州籍流浪乞讨人员返乡安置和易流浪走失人员信息台账，实行动态管理”；“由专业社工人员和救助
 * 联络员对所辖区域内返乡安置和易流浪走失人员进行定期走访探视，走访频次每月不少于1次”. 2020 意见 二（四）16：
 * “完善源头治理和回归稳固机制”. The report does not define 反复流浪的比例; here it is, for a year, the
 * people helped in that year (受助, counted once each) who were helped again in the same year or
 * were found wandering again at a 回访 in that year, over the people helped.
 *
 * @module
 */
import { type Bilingual, type Explanation, type IsoDate, IsoDateSchema, type Issue, explain, invalidInput, issue } from "@minzheng/core"
import { Decimal } from "decimal.js"
import type { DischargeMode, VagrancyState } from "./case.js"
import { VAGRANCY_RISK_NAMES } from "./request.js"
import { VAGRANCY_SOURCES as S } from "./sources.js"

/**
 * A case as the ledgers read it: its id and its folded state.
 *
 * @example
 * ```ts
 * import { type VagrancyCaseRecord, vagrancyWorkflow } from "@minzheng/relief"
 * const r: VagrancyCaseRecord = { caseId: "c1", state: vagrancyWorkflow.initial }
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface VagrancyCaseRecord {
  readonly caseId: string
  readonly state: VagrancyState
}

/**
 * The 回访 check of one returned person on a date: the calendar months since the month of return
 * with no visit (`missedMonths`, `YYYY-MM`), whether the current month has had one, and the last
 * visit.
 *
 * @example
 * ```ts
 * import type { FollowUpStatus } from "@minzheng/relief"
 * const late = (s: FollowUpStatus) => s.missedMonths.length > 0
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface FollowUpStatus {
  readonly returnedOn: IsoDate
  readonly lastVisit: IsoDate | null
  readonly visitedThisMonth: boolean
  readonly missedMonths: ReadonlyArray<string>
  readonly wanderingAgain: boolean
}

const month = (d: string) => d.slice(0, 7)
const nextMonth = (m: string) => {
  const y = Number(m.slice(0, 4))
  const mo = Number(m.slice(5, 7))
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`
}

const checkDate = (u: unknown, path: string): IsoDate => {
  const d = IsoDateSchema.safeParse(u)
  if (!d.success) throw invalidInput([issue([path], "invalid_date", "日期无效", "not a valid date")])
  return d.data as IsoDate
}

/**
 * Checks the monthly 回访 of a returned person (seed 001: “走访频次每月不少于1次”): every calendar month
 * after the month of return, up to the month before `date`, needs a visit; the month of `date`
 * is still open.
 *
 * @throws `InvalidInput` when the person has not returned home or `date` is not a date
 * @example
 * ```ts
 * import { followUpStatus, vagrancyWorkflow } from "@minzheng/relief"
 * import { replay } from "@minzheng/core"
 * const s = replay(vagrancyWorkflow, [
 *   { type: "admitted", on: "2021-01-10" as any, person: { id: "p1" }, pendingIdentity: false, limitEnd: "2021-01-20" as any },
 *   { type: "discharged", on: "2021-01-15" as any, mode: "collected", destination: null, ticket: false, escortLevel: null, reason: null },
 *   { type: "followed-up", on: "2021-02-20" as any, outcome: "settled", visitor: "liaison", guardian: "present", note: null }
 * ])
 * followUpStatus(s, "2021-04-01" as any).missedMonths //=> ["2021-03"]
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const followUpStatus = (state: VagrancyState, date: IsoDate): FollowUpStatus => {
  const on = checkDate(date, "date")
  if (typeof state !== "object" || state === null || state.dischargedOn === null || state.stage !== "returned") {
    throw invalidInput([issue(["state"], "not_returned", "该受助人员未返乡，无需回访", "the person has not returned home; no follow-up is due")])
  }
  const returnedOn = state.dischargedOn
  const visited = new Set(state.followUps.filter((f) => f.on <= on).map((f) => month(f.on)))
  const missed: string[] = []
  for (let m = nextMonth(month(returnedOn)); m < month(on); m = nextMonth(m)) if (!visited.has(m)) missed.push(m)
  const past = state.followUps.filter((f) => f.on <= on)
  return {
    returnedOn,
    lastVisit: past.length > 0 ? past[past.length - 1]!.on : null,
    visitedThisMonth: visited.has(month(on)),
    missedMonths: missed,
    wanderingAgain: past.some((f) => f.outcome === "wandering-again")
  }
}

/**
 * One row of the 返乡安置台账 (and, when `atRisk`, of the 易流浪走失人员台账).
 *
 * @example
 * ```ts
 * import type { ReturnLedgerRow } from "@minzheng/relief"
 * const overdue = (r: ReturnLedgerRow) => r.followUp.missedMonths.length > 0
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface ReturnLedgerRow {
  readonly caseId: string
  readonly personId: string
  readonly name: string | null
  readonly hukouRegion: string | null
  readonly mode: DischargeMode
  readonly destination: string | null
  readonly risks: ReadonlyArray<Bilingual>
  readonly atRisk: boolean
  readonly followUp: FollowUpStatus
}

const checkRecords = (records: unknown): ReadonlyArray<VagrancyCaseRecord> => {
  const issues: Issue[] = []
  if (!Array.isArray(records)) throw invalidInput([issue(["cases"], "invalid_type", "应为案件列表", "must be a list of cases")])
  records.forEach((r: unknown, i) => {
    const x = r as { caseId?: unknown; state?: { stage?: unknown; followUps?: unknown } } | null
    if (typeof x !== "object" || x === null || typeof x.caseId !== "string" || typeof x.state !== "object" || x.state === null || typeof x.state.stage !== "string" || !Array.isArray(x.state.followUps)) {
      issues.push(issue(["cases", i], "invalid_type", "不是救助案件（caseId 与状态）", "not a vagrancy case (caseId and state)"))
    }
  })
  if (issues.length > 0) throw invalidInput(issues)
  return records as ReadonlyArray<VagrancyCaseRecord>
}

/**
 * The 返乡安置台账 on a date: every person returned home (自行返回, 接回, 安置), with where they went,
 * their risks, and their 回访 status. Filter on `atRisk` for the 易流浪走失人员台账. Rows are in the
 * order of the cases given.
 *
 * @throws `InvalidInput` when `cases` is not a list of case records or `date` is not a date
 * @example
 * ```ts
 * import { returnLedger } from "@minzheng/relief"
 * returnLedger([], "2021-04-01" as any) //=> []
 * ```
 * @see {@link followUpStatus}
 * @category vagrancy
 * @since 0.1.0
 */
export const returnLedger = (cases: ReadonlyArray<VagrancyCaseRecord>, date: IsoDate): ReadonlyArray<ReturnLedgerRow> => {
  const on = checkDate(date, "date")
  return checkRecords(cases)
    .filter((c) => c.state.stage === "returned" && c.state.dischargedOn !== null && c.state.dischargedOn <= on && c.state.person !== null && c.state.mode !== null)
    .map((c) => {
      const p = c.state.person!
      const risks = (p.risks ?? []).map((r) => VAGRANCY_RISK_NAMES[r])
      return {
        caseId: c.caseId,
        personId: p.id,
        name: p.name ?? null,
        hukouRegion: p.hukouRegion ?? null,
        mode: c.state.mode!,
        destination: c.state.destination,
        risks,
        atRisk: risks.length > 0,
        followUp: followUpStatus(c.state, on)
      }
    })
}

/**
 * The repeat-vagrancy measure of a year.
 *
 * @example
 * ```ts
 * import type { RepeatVagrancy } from "@minzheng/relief"
 * const percent = (r: RepeatVagrancy) => r.percent ?? "—"
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export interface RepeatVagrancy {
  readonly year: number
  /** People helped in the year (受助, counted once each). */
  readonly persons: number
  /** Of them, those helped again in the year or found wandering again at a 回访 in the year. */
  readonly repeatPersons: number
  /** Stays begun in the year (人次). */
  readonly admissions: number
  /** `repeatPersons / persons` as a percentage to one decimal (half up), `null` when nobody was helped. */
  readonly percent: string | null
  readonly explanation: Explanation
}

/**
 * Computes the seed's measure from the cases: of the people helped in `year` (optionally only
 * those whose 户籍 region starts with `hukouPrefix`, e.g. `"3716"` for 滨州籍), how many became
 * homeless again — helped a second time that year, or recorded as wandering again at a 回访 that
 * year — and the share as a percentage, exact to one decimal.
 *
 * @throws `InvalidInput` for an invalid case list, year or prefix
 * @example
 * ```ts
 * import { repeatVagrancyRate } from "@minzheng/relief"
 * repeatVagrancyRate([], 2021).percent //=> null
 * ```
 * @category vagrancy
 * @since 0.1.0
 */
export const repeatVagrancyRate = (cases: ReadonlyArray<VagrancyCaseRecord>, year: number, hukouPrefix?: string): RepeatVagrancy => {
  const issues: Issue[] = []
  if (!Number.isInteger(year) || year < 1900 || year > 9999) issues.push(issue(["year"], "invalid_value", "年份无效", "not a valid year"))
  if (hukouPrefix !== undefined && !(typeof hukouPrefix === "string" && /^\d{2,6}$/.test(hukouPrefix))) {
    issues.push(issue(["hukouPrefix"], "invalid_value", "户籍地区划代码前缀应为2至6位数字", "the hukou prefix must be 2 to 6 digits"))
  }
  if (issues.length > 0) throw invalidInput(issues)
  const y = String(year)
  const helped = checkRecords(cases).filter(
    (c) =>
      c.state.admittedOn !== null &&
      c.state.admittedOn.startsWith(y) &&
      c.state.person !== null &&
      (hukouPrefix === undefined || (c.state.person.hukouRegion ?? "").startsWith(hukouPrefix))
  )
  const stays = new Map<string, number>()
  for (const c of helped) stays.set(c.state.person!.id, (stays.get(c.state.person!.id) ?? 0) + 1)
  const foundWandering = new Set(
    checkRecords(cases)
      .filter((c) => c.state.person !== null && c.state.followUps.some((f) => f.outcome === "wandering-again" && f.on.startsWith(y)))
      .map((c) => c.state.person!.id)
  )
  const repeat = [...stays.entries()].filter(([id, n]) => n > 1 || foundWandering.has(id)).length
  const persons = stays.size
  const percent = persons === 0 ? null : new Decimal(repeat).times(100).div(persons).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)
  const scope = hukouPrefix === undefined ? "" : `（户籍地 ${hukouPrefix}）`
  return {
    year,
    persons,
    repeatPersons: repeat,
    admissions: helped.length,
    percent,
    explanation: explain({
      rule: "relief.vagrancy.repeat-rate",
      label: { zh: `${year}年流浪乞讨人员反复流浪的比例${scope}`, en: `share of people helped in ${year} who became homeless again${hukouPrefix === undefined ? "" : ` (hukou ${hukouPrefix})`}` },
      outcome: percent === null ? null : `${percent}%`,
      inputs: { persons, repeatPersons: repeat, admissions: helped.length },
      citations: [S.seedBinzhouMeasure, S.sourceGovernance]
    })
  }
}
