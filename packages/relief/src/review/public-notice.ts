/**
 * 公示 (public notice) of 低保 households, built and masked by `@minzheng/disclosure`.
 *
 * 《最低生活保障审核确认办法》第十九条：“……提出初审意见，并在申请家庭所在村、社区进行公示。公示期为
 * 7天。” 第二十四条：“……公布最低生活保障申请人姓名、家庭成员数量、保障金额等信息。信息公布应当依法
 * 保护个人隐私，不得公开无关信息。” A row therefore carries only the head of household, the number of
 * members covered, the monthly amount, the village or community and the urban/rural programme —
 * the row shape of disclosure's `dibaoNotice`, which masks the name by its masking policy (surname
 * kept; compound surnames whole) and refuses any other field. No ID number, income, illness or
 * disability reaches a notice.
 *
 * @module
 */
import { type CalendarYearNotCovered, type Issue, InvalidInput, type IsoDate, invalidInput, issue } from "@minzheng/core"
import { DEFAULT_MASKING_POLICY, type DibaoNoticeRow, type MaskedNotice, type MaskingPolicy, dibaoNotice } from "@minzheng/disclosure"
import * as Result from "effect/Result"
import type { Determination } from "../determination/determination.js"
import { isDeterminationShape } from "../determination/determination.js"
import { trusted } from "../internal/trusted.js"
import type { Household } from "../household/household.js"
import { formatFen } from "../internal/fen.js"

const NOTICE_PROGRAMMES: ReadonlySet<string> = new Set(["dibao", "dibao-single-person"])

const rowIssues = (household: unknown, determination: unknown, community: unknown, at: ReadonlyArray<string | number>): { row: DibaoNoticeRow | null; issues: Issue[] } => {
  const issues: Issue[] = []
  let h: Household | null = null
  try {
    h = trusted(household, undefined, true)
  } catch (e) {
    if (!(e instanceof InvalidInput)) throw e
    for (const i of e.issues) issues.push({ ...i, path: [...at, "household", ...i.path] })
  }
  if (!isDeterminationShape(determination)) {
    issues.push(issue([...at, "determination"], "invalid_determination", "不是认定结果", "not a determination"))
  } else {
    if (!NOTICE_PROGRAMMES.has(determination.programme)) {
      issues.push(issue([...at, "determination", "programme"], "not_dibao", "低保公示只列最低生活保障（含单人户施保）认定结果", "a dibao notice lists only dibao determinations (incl. one-person dibao)"))
    }
    if (!determination.eligible) issues.push(issue([...at, "determination", "eligible"], "not_eligible", "不符合条件的家庭不予公示", "an ineligible household is not put on notice"))
    if (!Number.isSafeInteger(determination.fen) || determination.fen < 0) issues.push(issue([...at, "determination", "fen"], "invalid_amount", "月保障金额无效", "invalid monthly amount"))
  }
  if (typeof community !== "string" || community.trim().length === 0 || community.length > 100) {
    issues.push(issue([...at, "community"], "invalid_community", "村（社区）名称应为 1 至 100 个字符", "the village or community name must be 1 to 100 characters"))
  }
  const applicant = h?.members.find((m) => m.relationship === "applicant")
  if (h !== null && applicant?.name === undefined) {
    issues.push(issue([...at, "household", "members"], "missing_name", "申请人须有姓名方可公示", "the applicant needs a name to be put on notice"))
  }
  if (issues.length > 0 || h === null || applicant?.name === undefined || !isDeterminationShape(determination)) return { row: null, issues }
  return {
    row: {
      headOfHousehold: applicant.name,
      membersCovered: determination.memberIds.length,
      monthlyAmount: formatFen(determination.fen),
      community: community as string,
      programme: h.residence.area
    },
    issues
  }
}

/**
 * The 公示 row of one household's 低保 determination, **unmasked**, in the shape of
 * `@minzheng/disclosure`'s `DibaoNoticeRow`: pass it to {@link publicNotice}, `dibaoNotice` or the
 * review's `start-notice` command, which mask it.
 *
 * Fails (a `Result`) with one `InvalidInput` listing every problem: an invalid household, a
 * determination that is not an eligible 低保 one, an applicant without a name, a missing community.
 *
 * @example
 * ```ts
 * import { noticeRow, determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { Result, regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", name: "张三丰", relationship: "applicant", citizenId: "110105198012310014" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * Result.getOrThrow(noticeRow(h, determineUnsafe(h, policy).programmes.dibao, "虎山社区"))
 * //=> { headOfHousehold: "张三丰", membersCovered: 1, monthlyAmount: "1050.00", community: "虎山社区", programme: "urban" }
 * const r = noticeRow(h, determineUnsafe(h, policy).programmes.dibao, "")
 * r._tag === "Failure" && r.failure.issues.map((i) => i.path.join(".")) //=> ["community"]
 * ```
 * @see {@link noticeRowUnsafe}, {@link publicNotice}
 * @category review
 * @since 0.1.0
 */
export const noticeRow = (household: Household, determination: Determination, community: string): Result.Result<DibaoNoticeRow, InvalidInput> => {
  const { row, issues } = rowIssues(household, determination, community, [])
  return row === null ? Result.fail(invalidInput(issues)) : Result.succeed(row)
}

/**
 * Like {@link noticeRow}, throwing the `InvalidInput` the `Result` would carry.
 *
 * @throws `InvalidInput` listing every problem (as {@link noticeRow})
 * @example
 * ```ts
 * import { noticeRowUnsafe, determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", name: "张三丰", relationship: "applicant", birthDate: "1980-12-31" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * noticeRowUnsafe(h, determineUnsafe(h, policy).programmes.dibao, "虎山社区").monthlyAmount //=> "1050.00"
 * ```
 * @category review
 * @since 0.1.0
 */
export const noticeRowUnsafe = (household: Household, determination: Determination, community: string): DibaoNoticeRow => {
  const r = noticeRow(household, determination, community)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * One household on a 公示: its household, its eligible 低保 determination and its village or
 * community.
 *
 * @example
 * ```ts
 * import type { NoticeEntry } from "@minzheng/relief"
 * type Where = NoticeEntry["community"] // string
 * ```
 * @category review
 * @since 0.1.0
 */
export interface NoticeEntry {
  readonly household: Household
  readonly determination: Determination
  readonly community: string
}

/**
 * What a 公示 says besides its rows: the issuing township or street office, the period (7 days:
 * see `reviewContext(policy).limits.noticeDays` and core's `addPeriod`), an optional title
 * (default 最低生活保障公示; use e.g. 最低生活保障公布 for 第二十四条's publication of confirmed
 * households) and footer.
 *
 * @example
 * ```ts
 * import type { NoticeOptions } from "@minzheng/relief"
 * const o: NoticeOptions = { issuer: "李村街道办事处", period: { from: "2025-03-11" as any, to: "2025-03-18" as any } }
 * ```
 * @category review
 * @since 0.1.0
 */
export interface NoticeOptions {
  readonly issuer: string
  readonly period: { readonly from: IsoDate; readonly to: IsoDate }
  readonly title?: string
  readonly footer?: string
}

/** At most this many problems are listed for the households (then the check stops). */
const MAX_LISTED = 100

/**
 * Builds the masked 低保 公示 for a batch of households (第十九条; 第二十四条 for the publication of
 * confirmed ones): one row per household, masked by `@minzheng/disclosure`'s `dibaoNotice` under
 * the masking policy (default `DEFAULT_MASKING_POLICY`), ready for `renderNoticeText`,
 * `renderNoticeMarkdown` or `renderNoticeHtml`.
 *
 * Fails (a `Result`) with one `InvalidInput` listing every problem of every entry (paths
 * `households[i]…`) and of the options — nothing is built unless all are valid — or with
 * `CalendarYearNotCovered` when the period's 7th day lies in a year the calendar has no data for.
 *
 * @example
 * ```ts
 * import { publicNotice, determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { Result, regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", name: "欧阳娜娜", relationship: "applicant", birthDate: "1980-01-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * const notice = publicNotice([{ household: h, determination: determineUnsafe(h, policy).programmes.dibao, community: "虎山社区" }],
 *   { issuer: "李村街道办事处", period: { from: isoDateUnsafe("2025-03-11"), to: isoDateUnsafe("2025-03-18") } })
 * Result.getOrThrow(notice).rows //=> [["欧阳**", "1", "1050.00", "虎山社区", "城市低保"]]
 * ```
 * @see {@link publicNoticeUnsafe}, {@link noticeRow}
 * @category review
 * @since 0.1.0
 */
export const publicNotice = (
  entries: ReadonlyArray<NoticeEntry>,
  options: NoticeOptions,
  masking: MaskingPolicy = DEFAULT_MASKING_POLICY
): Result.Result<MaskedNotice, InvalidInput | CalendarYearNotCovered> => {
  const issues: Issue[] = []
  const rows: DibaoNoticeRow[] = []
  if (!Array.isArray(entries)) {
    issues.push(issue(["households"], "invalid_type", "应为公示家庭的列表", "expected a list of households to put on notice"))
  } else {
    for (let i = 0; i < entries.length; i++) {
      // A list of bad rows is reported by its first 100 problems: enough to fix it, bounded in time.
      if (issues.length >= MAX_LISTED) {
        issues.push(issue(["households", i], "too_many_issues", `问题过多，自第 ${i + 1} 户起未再检查`, `too many problems: households from #${i + 1} on were not checked`))
        break
      }
      const e: unknown = entries[i]
      if (typeof e !== "object" || e === null) {
        issues.push(issue(["households", i], "invalid_type", "应为 { household, determination, community }", "expected { household, determination, community }"))
        continue
      }
      const { household, determination, community } = e as Record<string, unknown>
      const r = rowIssues(household, determination, community, ["households", i])
      issues.push(...r.issues)
      if (r.row !== null) rows.push(r.row)
    }
  }
  if (typeof options !== "object" || options === null) {
    issues.push(issue(["options"], "invalid_options", "选项应为对象（issuer、period）", "options must be an object (issuer, period)"))
  }
  if (issues.length > 0) return Result.fail(invalidInput(issues))
  const { issuer, period, title, footer } = options as unknown as Record<string, unknown>
  // dibaoNotice validates the options (issuer, period, title, footer) and the masking policy, and
  // fails with one InvalidInput listing every problem (renamed here to this function's arguments).
  const n = dibaoNotice({ issuer, period, rows, ...(title === undefined ? {} : { title }), ...(footer === undefined ? {} : { footer }) } as never, masking)
  if (Result.isSuccess(n) || !(n.failure instanceof InvalidInput)) return n
  return Result.fail(
    invalidInput(n.failure.issues.map((i) => ({ ...i, path: i.path[0] === "rows" ? ["households", ...i.path.slice(1)] : i.path[0] === "policy" ? ["masking", ...i.path.slice(1)] : ["options", ...i.path] })))
  )
}

/**
 * Like {@link publicNotice}, throwing the typed error the `Result` would carry.
 *
 * @throws `InvalidInput` listing every problem; `CalendarYearNotCovered` when the period's 7th day
 *   is beyond the calendar
 * @example
 * ```ts
 * import { publicNoticeUnsafe, determineUnsafe, decodeHouseholdUnsafe, resolveReliefPolicyUnsafe, LICANG_BUNDLE } from "@minzheng/relief"
 * import { regionCodeUnsafe, isoDateUnsafe } from "@minzheng/core"
 * const policy = resolveReliefPolicyUnsafe(LICANG_BUNDLE, regionCodeUnsafe("370213"), isoDateUnsafe("2025-03-15"))
 * const h = decodeHouseholdUnsafe({
 *   id: "h1", residence: { region: "370213", area: "urban" },
 *   members: [{ id: "m1", name: "欧阳娜娜", relationship: "applicant", birthDate: "1980-01-01" }],
 *   assets: { financial: "0", residentialUnits: 1 }
 * })
 * publicNoticeUnsafe([{ household: h, determination: determineUnsafe(h, policy).programmes.dibao, community: "虎山社区" }],
 *   { issuer: "李村街道办事处", period: { from: isoDateUnsafe("2025-03-11"), to: isoDateUnsafe("2025-03-18") } }).rows.length //=> 1
 * ```
 * @category review
 * @since 0.1.0
 */
export const publicNoticeUnsafe = (entries: ReadonlyArray<NoticeEntry>, options: NoticeOptions, masking: MaskingPolicy = DEFAULT_MASKING_POLICY): MaskedNotice => {
  const r = publicNotice(entries, options, masking)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}
