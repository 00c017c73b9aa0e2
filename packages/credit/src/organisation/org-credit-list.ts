/**
 * 社会组织活动异常名录 / 严重违法失信名单 (a social organisation's credit lists): from its events,
 * whether it is on either list on a date, why, since when, and the earliest date it can come off —
 * every step citing 《社会组织信用信息管理办法》 (民政部令第60号). The periods are parameters
 * ({@link ORG_CREDIT_BUNDLE}).
 *
 * 列入活动异常名录 (draft 第十一条): “未按照规定时限和要求向登记管理机关报送年度工作报告的 … 受到警告或者
 * 不满50000元罚款处罚的 … 两次邮寄无人签收的，视作通过登记的住所无法与社会组织取得联系”; the final text adds
 * 未按有关规定设立党组织 and 公开募捐 grounds. 再次出现列入情形的，列入时限重新计算 (draft 第十三条).
 * 移出 (draft 第十四条): “履行相关义务或者完成整改要求的 … 自查实之日起5个工作日内将其移出 … 如不存在应当整改或者
 * 履行相关义务情形的，自列入活动异常名录之日起满6个月后 … 移出”. 严重违法失信名单 (draft 第十五条): 列入异常名录满2年;
 * 弄虚作假办理变更登记被撤销; 限期停止活动; 50000元以上罚款; 三年内两次以上警告或不满50000元罚款; 失信被执行人;
 * 吊销登记证书、撤销成立登记. Removal “严进严出” (the Ministry's reading of the final text): “被列入的社会组织须满
 * 2年，且在此期间没有出现应当列入异常名录或者严重违法失信名单的情形，方可申请移出” — so an event that would put
 * the organisation on the abnormal list (a warning, a missed annual report …) while it is on the
 * serious list restarts the two quiet years just as a serious-list event does; after duties are done
 * where the basis was 2 years on the abnormal list; on deregistration where the basis was revocation.
 * The final text's article numbers could not be read in the sources available here: the citations
 * name the draft's articles in a note and say so.
 *
 * @module
 */
import {
  addMonths,
  addWorkingDaysUnsafe,
  addYears,
  decode,
  explain,
  type Explanation,
  type InvalidInput,
  invalidInput,
  issue,
  type IsoDate,
  IsoDateSchema,
  Money,
  NATIONWIDE,
  resolveParameters,
  toDayNumber,
  type Citation,
  type CalendarYearNotCovered,
  type PolicyBundleIncomplete
} from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { IdSchema } from "../internal/schemas.js"
import { ORG_CREDIT_PARAMETERS } from "../internal/org-credit-parameters.js"
import { ORG_CREDIT_BUNDLE, orgCreditCitation } from "./parameters.js"

const ABNORMAL_WITH_DUTY = ["annual-report-missing", "party-organisation-missing", "rectification-overdue", "fundraising-qualification-lapsed"] as const
const SERIOUS_DIRECT = ["change-registration-revoked", "suspension-ordered", "dishonest-debtor", "certificate-revoked"] as const

/**
 * The kinds of event in an organisation's credit record (the `kind` of an {@link OrgEvent}).
 *
 * @example
 * ```ts
 * import { ORG_EVENT_KINDS } from "@minzheng/credit"
 * ORG_EVENT_KINDS.length //=> 15
 * ```
 * @category organisations
 * @since 0.1.0
 */
export const ORG_EVENT_KINDS = [
  "annual-report-missing",
  "party-organisation-missing",
  "rectification-overdue",
  "fundraising-qualification-lapsed",
  "unreachable",
  "warning",
  "fine",
  "change-registration-revoked",
  "suspension-ordered",
  "dishonest-debtor",
  "certificate-revoked",
  "duty-fulfilled",
  "removal-applied",
  "deregistered",
  "error-corrected"
] as const

/**
 * An organisation event kind (see {@link ORG_EVENT_KINDS}).
 *
 * @example
 * ```ts
 * import type { OrgEventKind } from "@minzheng/credit"
 * const k: OrgEventKind = "annual-report-missing"
 * ```
 * @category organisations
 * @since 0.1.0
 */
export type OrgEventKind = (typeof ORG_EVENT_KINDS)[number]

/**
 * Chinese and English names of the organisation event kinds.
 *
 * @example
 * ```ts
 * import { ORG_EVENT_KIND_NAMES } from "@minzheng/credit"
 * ORG_EVENT_KIND_NAMES["dishonest-debtor"].zh //=> "失信被执行人"
 * ```
 * @category organisations
 * @since 0.1.0
 */
export const ORG_EVENT_KIND_NAMES: Readonly<Record<OrgEventKind, { readonly zh: string; readonly en: string }>> = {
  "annual-report-missing": { zh: "未按规定报送年度工作报告", en: "annual work report not filed" },
  "party-organisation-missing": { zh: "未按规定设立党组织", en: "no Party organisation set up" },
  "rectification-overdue": { zh: "未按期完成整改", en: "rectification overdue" },
  "fundraising-qualification-lapsed": { zh: "公开募捐资格情形", en: "public-fundraising qualification case" },
  unreachable: { zh: "住所无法联系（两次邮寄无人签收）", en: "unreachable at the registered address" },
  warning: { zh: "警告", en: "warning" },
  fine: { zh: "罚款", en: "fine" },
  "change-registration-revoked": { zh: "弄虚作假办理变更登记被撤销", en: "fraudulent change of registration revoked" },
  "suspension-ordered": { zh: "限期停止活动", en: "ordered to suspend activities" },
  "dishonest-debtor": { zh: "失信被执行人", en: "dishonest judgment debtor" },
  "certificate-revoked": { zh: "吊销登记证书、撤销成立登记", en: "certificate revoked" },
  "duty-fulfilled": { zh: "履行义务或完成整改（经查实）", en: "duty fulfilled (verified)" },
  "removal-applied": { zh: "申请移出", en: "removal applied for" },
  deregistered: { zh: "完成注销登记", en: "deregistered" },
  "error-corrected": { zh: "异议核实后更正", en: "corrected on objection" }
}

/**
 * Zod schema of an {@link OrgEvent}.
 *
 * @example
 * ```ts
 * import { OrgEventSchema } from "@minzheng/credit"
 * OrgEventSchema.safeParse({ id: "e1", kind: "fine", date: "2024-03-01", amountYuan: "20000" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const OrgEventSchema = z.discriminatedUnion("kind", [
  z.strictObject({ id: IdSchema, kind: z.literal([...ABNORMAL_WITH_DUTY, "warning", ...SERIOUS_DIRECT, "duty-fulfilled", "removal-applied", "deregistered"]), date: IsoDateSchema }),
  z.strictObject({ id: IdSchema, kind: z.literal("fine"), date: IsoDateSchema, amountYuan: z.string().check(z.regex(/^\d{1,12}(\.\d{1,2})?$/)) }),
  z.strictObject({ id: IdSchema, kind: z.literal("unreachable"), date: IsoDateSchema, letters: z.tuple([IsoDateSchema, IsoDateSchema]) }),
  z.strictObject({ id: IdSchema, kind: z.literal("error-corrected"), date: IsoDateSchema, corrects: IdSchema })
])


/**
 * An event in an organisation's credit record:
 * `annual-report-missing` 未按规定报送年度工作报告 · `party-organisation-missing` 未按规定设立党组织 ·
 * `rectification-overdue` 未按期完成整改 · `fundraising-qualification-lapsed` 公开募捐资格情形 ·
 * `unreachable` 住所无法联系（两次邮寄无人签收） · `warning` 警告 · `fine` 罚款（金额）·
 * `change-registration-revoked` 弄虚作假办理变更登记被撤销 · `suspension-ordered` 限期停止活动 ·
 * `dishonest-debtor` 失信被执行人 · `certificate-revoked` 吊销登记证书、撤销成立登记 ·
 * `duty-fulfilled` 履行义务或完成整改（经查实）· `removal-applied` 申请移出 · `deregistered` 完成注销登记 ·
 * `error-corrected` 异议核实后更正（撤销某一记录）.
 *
 * @example
 * ```ts
 * import type { OrgEvent } from "@minzheng/credit"
 * const e: OrgEvent = { id: "e1", kind: "annual-report-missing", date: "2024-06-01" as any }
 * ```
 * @category organisations
 * @since 0.1.0
 */
export type OrgEvent = z.output<typeof OrgEventSchema>

/**
 * Standing on one list on a date.
 *
 * @example
 * ```ts
 * import type { ListStanding } from "@minzheng/credit"
 * const since = (s: ListStanding) => s.since
 * ```
 * @category organisations
 * @since 0.1.0
 */
export interface ListStanding {
  readonly since: IsoDate
  readonly periodFrom: IsoDate
  readonly reasons: ReadonlyArray<{ readonly event: string; readonly zh: string; readonly en: string }>
  readonly earliestRemoval: IsoDate | null
  readonly removalCondition: { readonly zh: string; readonly en: string }
}

/**
 * An organisation's credit standing on a date: each list it is on (or `null`) and the steps that
 * led there.
 *
 * @example
 * ```ts
 * import type { OrgCreditStatus } from "@minzheng/credit"
 * const listed = (s: OrgCreditStatus) => s.abnormal !== null || s.serious !== null
 * ```
 * @category organisations
 * @since 0.1.0
 */
export interface OrgCreditStatus {
  readonly asOf: IsoDate
  readonly abnormal: ListStanding | null
  readonly serious: ListStanding | null
  readonly explanation: Explanation
}

const REASON: Record<string, { zh: string; en: string }> = {
  "annual-report-missing": { zh: "未按照规定时限和要求报送年度工作报告", en: "annual work report not filed as required" },
  "party-organisation-missing": { zh: "未按照有关规定设立党组织", en: "no Party organisation set up as required" },
  "rectification-overdue": { zh: "未按期完成整改", en: "rectification not finished in time" },
  "fundraising-qualification-lapsed": { zh: "具有公开募捐资格的慈善组织存在规定情形", en: "public-fundraising charity in a listed situation" },
  unreachable: { zh: "通过登记的住所无法取得联系", en: "unreachable at its registered address" },
  warning: { zh: "受到警告处罚", en: "given a warning" },
  "small-fine": { zh: "受到不满50000元罚款处罚", en: "fined under 50,000 元" },
  "large-fine": { zh: "受到50000元以上罚款处罚", en: "fined 50,000 元 or more" },
  "repeat-penalties": { zh: "三年内两次以上受到警告或者不满50000元罚款处罚", en: "two or more warnings or small fines within three years" },
  "abnormal-2y": { zh: "被列入活动异常名录满2年", en: "two years on the abnormal-activity list" },
  "change-registration-revoked": { zh: "弄虚作假办理变更登记，被撤销变更登记", en: "fraudulent change of registration revoked" },
  "suspension-ordered": { zh: "受到限期停止活动行政处罚", en: "ordered to suspend activities" },
  "dishonest-debtor": { zh: "被司法机关纳入“失信被执行人”名单", en: "listed as a dishonest judgment debtor" },
  "certificate-revoked": { zh: "被吊销登记证书或撤销成立登记", en: "registration certificate revoked or registration cancelled" }
}

const C = {
  abnormal: orgCreditCitation("列入活动异常名录的情形", "第十一条"),
  restart: orgCreditCitation("列入期间再次出现列入情形的，列入时限重新计算", "第十三条、第十六条"),
  abnormalRemoval: orgCreditCitation("移出活动异常名录", "第十四条"),
  serious: orgCreditCitation("列入严重违法失信名单的情形", "第十五条"),
  // 移出严重违法失信名单 (“严进严出”), as the Ministry's reading of the final text puts it:
  // > 被列入的社会组织须满2年，且在此期间没有出现应当列入异常名录或者严重违法失信名单的情形，方可申请移出
  // The final text's article number could not be read here (the draft has no such article).
  seriousRemoval: {
    document: "社会组织信用信息管理办法",
    number: "民政部令第60号",
    note: "移出严重违法失信名单：列入满2年，且在此期间没有出现应当列入活动异常名录或者严重违法失信名单的情形，方可申请移出（严进严出，据民政部解读；终稿条号未核实）"
  } satisfies Citation,
  objection: orgCreditCitation("异议经核实确有错误的，予以更正", "（条号未读到）")
}

interface List {
  since: IsoDate
  periodFrom: IsoDate
  /** The last day an event that would put the organisation on either list happened (serious list: the two quiet years run from here). */
  quietFrom: IsoDate
  reasons: Array<{ event: string; zh: string; en: string }>
  dutyOutstanding: boolean
  basis: Set<string>
}

/**
 * Computes an organisation's standing on the two lists on a date (see the module summary).
 *
 * @param events - untrusted list of {@link OrgEvent}s (any order)
 * @param asOf - the date
 * @returns the status, or `InvalidInput` (every problem listed, including letters sent outside the
 * 20–60-day interval), or a typed error of core when a date is outside the work-day calendar
 * @example
 * ```ts
 * import { orgCreditStatus } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = orgCreditStatus([{ id: "w1", kind: "warning", date: "2024-03-01" }], isoDateUnsafe("2024-05-01"))
 * Result.isSuccess(r) && r.success.abnormal?.earliestRemoval //=> "2024-09-01"
 * ```
 * @category organisations
 * @since 0.1.0
 */
export const orgCreditStatus = (
  events: unknown,
  asOf: IsoDate
): Result.Result<OrgCreditStatus, InvalidInput | PolicyBundleIncomplete | CalendarYearNotCovered> => {
  // One organisation's record is short: a list longer than MAX_EVENTS, or with holes, is refused
  // at once (zod would report each of a sparse array's million holes, twice).
  const early = !Array.isArray(events)
    ? undefined
    : events.length > MAX_EVENTS
      ? issue([], "too_big", `记录不能超过 ${MAX_EVENTS} 条`, `at most ${MAX_EVENTS} events`)
      : hasHole(events)
        ? issue([], "sparse_array", "记录列表中有空位（稀疏数组）", "the list of events has holes (a sparse array)")
        : undefined
  if (early !== undefined) return Result.fail(invalidInput([early]))
  const d = decode(OrgEventsSchema, events)
  const dateOk = decode(IsoDateSchema, asOf)
  const problems = [...(Result.isFailure(d) ? d.failure.issues : []), ...(Result.isFailure(dateOk) ? dateOk.failure.issues.map((i) => ({ ...i, path: ["asOf", ...i.path] })) : [])]
  if (problems.length > 0 || Result.isFailure(d)) return Result.fail(invalidInput(problems))
  const p = resolveParameters(ORG_CREDIT_BUNDLE, ORG_CREDIT_PARAMETERS, NATIONWIDE, asOf < "2018-01-24" ? ("2018-01-24" as IsoDate) : asOf)
  if (Result.isFailure(p)) return Result.fail(p.failure)
  const P = p.success
  const { min, max } = P.letterIntervalDays.value
  d.success.forEach((e, i) => {
    if (e.kind === "unreachable") {
      const gap = toDayNumber(e.letters[1]) - toDayNumber(e.letters[0])
      if (gap < min || gap > max) problems.push(issue([i, "letters"], "letter_interval", `两次邮寄间隔 ${gap} 日，应在 ${min}–${max} 日之间`, `the letters were ${gap} days apart; must be ${min}–${max}`))
      if (e.letters[1] > e.date) problems.push(issue([i, "date"], "before_letters", "认定无法联系的日期不能早于第二次邮寄", "unreachability cannot be found before the second letter"))
    }
  })
  if (problems.length > 0) return Result.fail(invalidInput(problems))
  try {
    return Result.succeed(fold(d.success, asOf, P))
  } catch (e) {
    if (e !== null && typeof e === "object" && (e as { _tag?: string })._tag === "CalendarYearNotCovered") return Result.fail(e as CalendarYearNotCovered)
    throw e
  }
}

const OrgEventsSchema = z.array(OrgEventSchema)
const MAX_EVENTS = 100_000
const hasHole = (a: ReadonlyArray<unknown>): boolean => {
  for (let i = 0; i < a.length; i++) if (!Object.hasOwn(a, i)) return true
  return false
}

type Resolved = Extract<ReturnType<typeof resolveParameters<typeof ORG_CREDIT_PARAMETERS>>, { _tag: "Success" }>["success"]

const fold = (raw: ReadonlyArray<OrgEvent>, asOf: IsoDate, P: Resolved): OrgCreditStatus => {
  const corrected = new Set(raw.filter((e) => e.kind === "error-corrected" && e.date <= asOf).map((e) => (e as { corrects: string }).corrects))
  const events = raw
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.date <= asOf && e.kind !== "error-corrected" && !corrected.has(e.id))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e)
  const steps: Explanation[] = []
  for (const id of corrected) {
    steps.push(explain({ rule: "org-credit.objection", label: { zh: `记录 ${id} 经异议核实有误，已更正，不再计入`, en: `event ${id} corrected on objection; disregarded` }, outcome: true, citations: [C.objection] }))
  }
  const step = (zh: string, en: string, citation: Citation, inputs: Record<string, string> = {}) =>
    steps.push(explain({ rule: "org-credit.step", label: { zh, en }, outcome: true, inputs, citations: [citation] }))
  let abnormal: List | null = null
  let serious: List | null = null
  const penalties: IsoDate[] = []
  const largeFine = P.largeFineYuan.value
  const seriousYears = P.seriousRemovalYears.value

  const advance = (to: IsoDate) => {
    // Transitions that happen by the passage of time, in date order.
    for (;;) {
      if (abnormal === null) return
      const a: List = abnormal
      const noDutyEnd = a.dutyOutstanding ? null : addMonths(a.periodFrom, P.noDutyRemovalMonths.value)
      const toSerious = addYears(a.periodFrom, P.abnormalToSeriousYears.value)
      if (noDutyEnd !== null && noDutyEnd <= to && noDutyEnd <= toSerious) {
        step(`${noDutyEnd} 自列入之日（${a.periodFrom}）起满${P.noDutyRemovalMonths.value}个月，无应整改或履行的义务，移出活动异常名录`, `removed from the abnormal list on ${noDutyEnd}: ${P.noDutyRemovalMonths.value} months with nothing to rectify`, C.abnormalRemoval)
        abnormal = null
        continue
      }
      if (toSerious <= to) {
        step(`${toSerious} 列入活动异常名录满${P.abnormalToSeriousYears.value}年，移出异常名录并列入严重违法失信名单`, `moved to the serious list on ${toSerious}: ${P.abnormalToSeriousYears.value} years on the abnormal list`, C.serious)
        listSerious(toSerious, "abnormal-2y", a.dutyOutstanding)
        abnormal = null
        continue
      }
      return
    }
  }
  const listAbnormal = (date: IsoDate, event: string, reason: string, duty: boolean) => {
    const r = { event, ...(REASON[reason] as { zh: string; en: string }) }
    if (abnormal === null) {
      abnormal = { since: date, periodFrom: date, quietFrom: date, reasons: [r], dutyOutstanding: duty, basis: new Set() }
      step(`${date} ${r.zh}，列入活动异常名录`, `${date}: ${r.en}; listed as abnormal`, C.abnormal, { event })
    } else {
      abnormal.periodFrom = date
      abnormal.quietFrom = date
      abnormal.reasons.push(r)
      abnormal.dutyOutstanding ||= duty
      step(`${date} 列入期间再次出现列入情形（${r.zh}），列入时限自 ${date} 重新计算`, `${date}: new listing event (${r.en}); the period restarts`, C.restart, { event })
    }
    // An event that puts the organisation on the abnormal list while it is on the serious list
    // breaks the serious list's quiet period: removal needs two years with no event for either list.
    const se = serious as List | null
    if (se !== null && date >= se.periodFrom) {
      se.quietFrom = date
      step(
        `${date} 列入严重违法失信名单期间出现应当列入活动异常名录的情形（${r.zh}），申请移出严重违法失信名单须自 ${date} 起满${seriousYears}年未再出现列入情形`,
        `${date}: an abnormal-list event while on the serious list; removal needs ${seriousYears} years without a listing event from ${date}`,
        C.seriousRemoval,
        { event }
      )
    }
  }
  const listSerious = (date: IsoDate, reason: string, duty: boolean, event = reason) => {
    const r = { event, ...(REASON[reason] as { zh: string; en: string }) }
    if (serious === null) {
      serious = { since: date, periodFrom: date, quietFrom: date, reasons: [r], dutyOutstanding: duty, basis: new Set([reason]) }
      if (reason !== "abnormal-2y") step(`${date} ${r.zh}，列入严重违法失信名单`, `${date}: ${r.en}; put on the serious list`, C.serious, { event })
    } else {
      serious.periodFrom = date
      serious.quietFrom = date
      serious.reasons.push(r)
      serious.basis.add(reason)
      serious.dutyOutstanding ||= duty
      step(`${date} 列入严重违法失信名单期间再次出现列入情形（${r.zh}），列入时限重新计算`, `${date}: new serious-list event (${r.en}); the period restarts`, C.restart, { event })
    }
  }
  const smallPenalty = (e: OrgEvent, reason: string) => {
    listAbnormal(e.date, e.id, reason, false)
    penalties.push(e.date)
    const from = addYears(e.date, -P.repeatPenaltyYears.value)
    const recent = penalties.filter((d) => d > from)
    if (recent.length >= P.repeatPenaltyCount.value) listSerious(e.date, "repeat-penalties", false, e.id)
  }

  for (const e of events) {
    advance(e.date)
    switch (e.kind) {
      case "annual-report-missing":
      case "party-organisation-missing":
      case "rectification-overdue":
      case "fundraising-qualification-lapsed":
      case "unreachable":
        listAbnormal(e.date, e.id, e.kind, true)
        break
      case "warning":
        smallPenalty(e, "warning")
        break
      case "fine":
        if (Money.yuan(e.amountYuan).greaterThanOrEqual(largeFine)) listSerious(e.date, "large-fine", false, e.id)
        else smallPenalty(e, "small-fine")
        break
      case "change-registration-revoked":
      case "suspension-ordered":
      case "dishonest-debtor":
      case "certificate-revoked":
        listSerious(e.date, e.kind, false, e.id)
        break
      case "duty-fulfilled": {
        const ab = abnormal as List | null
        if (ab !== null) {
          ab.dutyOutstanding = false
          const by = addWorkingDaysUnsafe(e.date, P.removalWorkingDays.value)
          step(`${e.date} 经查实已履行义务或完成整改，登记管理机关应于 ${by} 前移出活动异常名录`, `${e.date}: duties verified as done; to be removed by ${by}`, C.abnormalRemoval, { event: e.id })
          abnormal = null
        }
        const se = serious as List | null
        if (se !== null && se.dutyOutstanding) {
          se.dutyOutstanding = false
          step(`${e.date} 已履行义务或完成整改（严重违法失信名单移出条件之一）`, `${e.date}: duties done (a condition of leaving the serious list)`, C.seriousRemoval, { event: e.id })
        }
        break
      }
      case "removal-applied": {
        const se = serious as List | null
        if (se === null) break
        const earliest = addYears(se.quietFrom > se.periodFrom ? se.quietFrom : se.periodFrom, seriousYears)
        if (se.basis.has("certificate-revoked")) step(`${e.date} 申请移出不予支持：因吊销登记证书或撤销成立登记列入的，完成注销登记后方可移出`, `${e.date}: application refused; only deregistration ends a revocation listing`, C.seriousRemoval)
        else if (e.date < earliest)
          step(
            `${e.date} 申请移出不予支持：须列入满${seriousYears}年且期间未出现应当列入活动异常名录或者严重违法失信名单的情形（最早 ${earliest}）`,
            `${e.date}: application refused before ${earliest} (${seriousYears} years with no event for either list)`,
            C.seriousRemoval
          )
        else if (se.dutyOutstanding) step(`${e.date} 申请移出不予支持：因列入异常名录满2年而列入的，须先履行相关义务或完成整改`, `${e.date}: application refused; duties not yet done`, C.seriousRemoval)
        else {
          step(`${e.date} 列入满${seriousYears}年且期间未出现应当列入活动异常名录或者严重违法失信名单的情形，依申请移出严重违法失信名单`, `${e.date}: removed from the serious list on application`, C.seriousRemoval, { event: e.id })
          serious = null
        }
        break
      }
      case "deregistered": {
        const se = serious as List | null
        if (se !== null && se.basis.has("certificate-revoked")) {
          step(`${e.date} 完成注销登记，由登记管理机关移出严重违法失信名单`, `${e.date}: deregistered; removed from the serious list`, C.seriousRemoval, { event: e.id })
          serious = null
        }
        break
      }
    }
  }
  advance(asOf)
  const ab = abnormal as List | null
  const se = serious as List | null
  const abnormalOut: ListStanding | null =
    ab === null
      ? null
      : {
          since: ab.since,
          periodFrom: ab.periodFrom,
          reasons: ab.reasons,
          earliestRemoval: ab.dutyOutstanding ? null : addMonths(ab.periodFrom, P.noDutyRemovalMonths.value),
          removalCondition: ab.dutyOutstanding
            ? { zh: `履行相关义务或完成整改并经查实后${P.removalWorkingDays.value}个工作日内移出；否则 ${addYears(ab.periodFrom, P.abnormalToSeriousYears.value)} 转入严重违法失信名单`, en: `removed within ${P.removalWorkingDays.value} working days of verified compliance; otherwise moved to the serious list on ${addYears(ab.periodFrom, P.abnormalToSeriousYears.value)}` }
            : { zh: `无应整改事项，自列入之日起满${P.noDutyRemovalMonths.value}个月移出`, en: `removed ${P.noDutyRemovalMonths.value} months after listing` }
        }
  const seOut: ListStanding | null =
    se === null
      ? null
      : {
          since: se.since,
          periodFrom: se.periodFrom,
          reasons: se.reasons,
          earliestRemoval: se.basis.has("certificate-revoked") ? null : addYears(se.quietFrom > se.periodFrom ? se.quietFrom : se.periodFrom, seriousYears),
          removalCondition: se.basis.has("certificate-revoked")
            ? { zh: "完成注销登记后移出", en: "removed once deregistration is complete" }
            : {
                zh: `列入满${seriousYears}年且期间未出现应当列入活动异常名录或者严重违法失信名单的情形，可申请移出${se.dutyOutstanding ? "；须先履行相关义务或完成整改" : ""}`,
                en: `may apply after ${seriousYears} years with no event for either list${se.dutyOutstanding ? ", once duties are done" : ""}`
              }
        }
  const summary = {
    zh: `${asOf}：${ab ? `在活动异常名录（自 ${ab.since}）` : "不在活动异常名录"}；${se ? `在严重违法失信名单（自 ${se.since}）` : "不在严重违法失信名单"}`,
    en: `${asOf}: ${ab ? `on the abnormal list since ${ab.since}` : "not on the abnormal list"}; ${se ? `on the serious list since ${se.since}` : "not on the serious list"}`
  }
  return {
    asOf,
    abnormal: abnormalOut,
    serious: seOut,
    explanation: explain({
      rule: "org-credit.status",
      label: summary,
      outcome: { abnormal: ab !== null, serious: se !== null },
      inputs: { asOf },
      parameters: { bundle: ORG_CREDIT_BUNDLE.id, largeFineYuan: largeFine.toString(), seriousRemovalYears: seriousYears },
      citations: [C.abnormal, C.serious],
      children: steps
    })
  }
}
