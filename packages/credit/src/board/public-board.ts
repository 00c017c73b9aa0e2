/**
 * 信用积分公示栏 (public board): the period's scores and tiers as a disclosure notice with names
 * and ID numbers masked by `@minzheng/disclosure`'s masking policy. Seed 001: “群众的信用积分情况在
 * 公开栏公示，用小红旗、小红星直观体现”. The board carries the masked notice itself, ready for
 * disclosure's `renderNoticeText` / `renderNoticeMarkdown` / `renderNoticeHtml`.
 *
 * @module
 */
import { type Citation, decode, type InvalidInput, type Issue, type IsoDate, IsoDateSchema, invalidInput, issue, localPractice } from "@minzheng/core"
import { buildNoticeUnsafe, DEFAULT_MASKING_POLICY, type MaskedNotice, type MaskingPolicy, MaskingPolicySchema, maskPersonal, type NoticeColumn } from "@minzheng/disclosure"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import type { CreditRefused } from "../errors.js"
import { dateIssues, ledgerIssues, problems, versionsIssues } from "../internal/guards.js"
import { noticeOrFailure } from "../internal/notice.js"
import { IdSchema } from "../internal/schemas.js"
import type { Ledger } from "../ledger/ledger.js"
import { scoreStatement } from "../ledger/score.js"
import { versionOn } from "../internal/scheme-rules.js"
import type { Scheme } from "../scheme/scheme.js"

/**
 * Zod schema of the residents listed on a board (a name of 1–40 characters; an optional 15- or
 * 18-character citizen ID, shown masked).
 *
 * @example
 * ```ts
 * import { ResidentsSchema } from "@minzheng/credit"
 * ResidentsSchema.safeParse([{ person: "p1", name: "张三" }]).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ResidentsSchema = z.array(
  z.strictObject({
    person: IdSchema,
    name: z.string().check(z.minLength(1), z.maxLength(40), z.refine((s) => s.trim().length > 0, { params: { zh: "姓名不能为空白", en: "a name cannot be blank" } })),
    citizenId: z.optional(z.string().check(z.regex(/^(\d{15}|\d{17}[\dXx])$/)))
  })
)

/**
 * Zod schema of {@link BoardOptions}.
 *
 * @example
 * ```ts
 * import { BoardOptionsSchema } from "@minzheng/credit"
 * BoardOptionsSchema.safeParse({ issuer: "西霞口村民委员会" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const BoardOptionsSchema = z.strictObject({
  issuer: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  period: z.optional(z.strictObject({ from: IsoDateSchema, to: IsoDateSchema })),
  policy: z.optional(MaskingPolicySchema)
})

/**
 * Who posts the board and for how long: `issuer` (default 村民委员会), `title` (default
 * 信用积分公示（截至 asOf） · the scheme's Chinese name), the notice `period` (default: `asOf` to `asOf`; give the real posting
 * period) and the masking `policy` (default disclosure's `DEFAULT_MASKING_POLICY`).
 *
 * @example
 * ```ts
 * import type { BoardOptions } from "@minzheng/credit"
 * const o: BoardOptions = { issuer: "西霞口村民委员会", period: { from: "2025-07-01", to: "2025-07-07" } }
 * ```
 * @category board
 * @since 0.1.0
 */
export type BoardOptions = z.input<typeof BoardOptionsSchema>

/**
 * One row of the board: masked name and ID, score, tier and its display (stars / flags).
 *
 * @example
 * ```ts
 * import type { BoardRow } from "@minzheng/credit"
 * const row: BoardRow = { rank: 1, name: "张*", citizenId: "370682********1234", score: 125, tier: "AAA级（诚信示范户）", display: "★★★" }
 * ```
 * @category board
 * @since 0.1.0
 */
export interface BoardRow {
  readonly rank: number
  readonly name: string
  readonly citizenId: string | null
  readonly score: number
  readonly tier: string
  readonly display: string
}

/**
 * A public board: title, date, rows (highest score first), the masked disclosure notice and its
 * sources.
 *
 * @example
 * ```ts
 * import type { PublicBoard } from "@minzheng/credit"
 * const count = (b: PublicBoard) => b.notice.rows.length
 * ```
 * @category board
 * @since 0.1.0
 */
export interface PublicBoard {
  readonly title: string
  readonly asOf: IsoDate
  readonly rows: ReadonlyArray<BoardRow>
  readonly notice: MaskedNotice
  readonly citations: ReadonlyArray<Citation>
}

// The most rows a notice holds (disclosure's buildNotice): a longer list is refused at once.
const MAX_RESIDENTS = 100_000
const RESIDENT_KEYS = new Set(["person", "name", "citizenId"])
const CITIZEN_ID = /^(\d{15}|\d{17}[\dXx])$/

// ResidentsSchema's rules checked by hand in one pass: a sparse array's holes are reported as
// missing rows (zod walked every hole and took ~25 s on a long sparse array), and a list longer
// than a notice can hold is refused before anything is scored.
const residentIssues = (u: unknown): Issue[] => {
  if (!Array.isArray(u)) return [issue(["residents"], "invalid_type", "应为村（居）民名单", "expected a list of residents")]
  if (u.length > MAX_RESIDENTS) return [issue(["residents"], "too_big", `名单不能超过 ${MAX_RESIDENTS} 人`, `at most ${MAX_RESIDENTS} residents`)]
  const out: Issue[] = []
  for (let i = 0; i < u.length; i++) {
    if (!Object.hasOwn(u, i)) {
      out.push(issue([i], "missing_row", "名单中缺少这一项（稀疏数组）", "no resident at this index (a sparse array)"))
      continue
    }
    const r: unknown = u[i]
    if (typeof r !== "object" || r === null || Array.isArray(r)) {
      out.push(issue([i], "invalid_type", "应为村（居）民（person、name）", "expected a resident (person, name)"))
      continue
    }
    const { person, name, citizenId } = r as Record<string, unknown>
    if (typeof person !== "string" || person.length === 0 || person.length > 200) out.push(issue([i, "person"], "invalid_id", "人员编号应为 1 至 200 个字符", "a person id has 1 to 200 characters"))
    if (typeof name !== "string" || name.length === 0 || name.length > 40 || name.trim().length === 0) out.push(issue([i, "name"], "invalid_name", "姓名应为 1 至 40 个字符，不能为空白", "a name has 1 to 40 characters and cannot be blank"))
    if (citizenId !== undefined && (typeof citizenId !== "string" || !CITIZEN_ID.test(citizenId))) out.push(issue([i, "citizenId"], "invalid_citizen_id", "公民身份号码应为 15 或 18 位", "a citizen ID number has 15 or 18 characters"))
    for (const k of Object.keys(r)) if (!RESIDENT_KEYS.has(k)) out.push(issue([i, k], "unrecognized_key", "未知字段", "unknown field"))
  }
  return out
}

const BOARD = localPractice("seed 001", "信用积分在公开栏公示，用小红旗、小红星直观体现")

const column = (key: string, zh: string, en: string, type: NoticeColumn["type"]): NoticeColumn => ({ key, label: { zh, en }, type })

/**
 * Builds the board for a date: every listed resident's score and tier, ranked (equal scores share
 * a rank, then by masked name), as a disclosure notice whose names and ID numbers are masked by
 * the policy (the ID column appears only when every resident has an ID).
 *
 * @returns the board, or `InvalidInput` listing every problem (malformed residents, options,
 * ledger, versions or date), or `CreditRefused` (`no-scheme-in-force`) when no scheme version is
 * in force on `asOf`
 * @example
 * ```ts
 * import { Ledger, publicBoard, rongchengVillageScheme } from "@minzheng/credit"
 * import { renderNoticeText } from "@minzheng/disclosure"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const b = publicBoard(Ledger.empty(), [rongchengVillageScheme], [{ person: "p1", name: "张三", citizenId: "11010519491231002X" }], isoDateUnsafe("2025-06-30"))
 * Result.isSuccess(b) && b.success.rows[0] //=> { rank: 1, name: "张*", citizenId: "110105********002X", score: 100, tier: "A级（守信户）", display: "★" }
 * Result.isSuccess(b) && renderNoticeText(b.success.notice).split("\n")[5] //=> "1 | 张* | 110105********002X | 100 | A级（守信户） | ★"
 * ```
 * @category board
 * @since 0.1.0
 */
export const publicBoard = (ledger: Ledger, versions: ReadonlyArray<Scheme>, residents: unknown, asOf: IsoDate, options: BoardOptions = {}): Result.Result<PublicBoard, CreditRefused | InvalidInput> => {
  const d = residentIssues(residents)
  const o = decode(BoardOptionsSchema, options)
  const bad = problems(
    ledgerIssues(ledger),
    versionsIssues(versions),
    dateIssues(asOf, "asOf"),
    d,
    Result.isFailure(o) ? o.failure.issues.map((i) => ({ ...i, path: ["options", ...i.path] })) : []
  )
  if (bad !== undefined || Result.isFailure(o)) return Result.fail(bad ?? invalidInput([]))
  const list = residents as z.output<typeof ResidentsSchema>
  const policy: MaskingPolicy = o.success.policy ?? DEFAULT_MASKING_POLICY
  const withIds = list.length > 0 && list.every((r) => r.citizenId !== undefined)
  const scored: Array<{ name: string; masked: string; citizenId: string | undefined; score: number; tier: string; display: string }> = []
  const inForce = versionOn(versions, asOf)
  if (Result.isFailure(inForce)) return Result.fail(inForce.failure)
  let label = inForce.success.label.zh
  for (const r of list) {
    const st = scoreStatement(ledger, versions, r.person, asOf)
    if (Result.isFailure(st)) return Result.fail(st.failure)
    const s = st.success
    // The title names the scheme by its Chinese name, not its id.
    label = versions.find((v) => v.id === s.scheme.id && v.version === s.scheme.version)?.label.zh ?? label
    scored.push({ name: r.name, masked: maskPersonal("person-name", r.name, policy), citizenId: r.citizenId, score: s.score, tier: s.tier.label.zh, display: s.tier.display })
  }
  scored.sort((a, b) => b.score - a.score || (a.masked < b.masked ? -1 : a.masked > b.masked ? 1 : 0))
  let rank = 0
  const ranks = scored.map((r, i) => {
    if (i === 0 || r.score !== (scored[i - 1] as { score: number }).score) rank = i + 1
    return rank
  })
  const title = o.success.title ?? `信用积分公示（截至 ${asOf}）${label ? ` · ${label}` : ""}`
  const columns = [
    column("rank", "名次", "rank", "integer"),
    column("name", "姓名", "name", "person-name"),
    ...(withIds ? [column("citizenId", "公民身份号码", "citizen ID", "citizen-id")] : []),
    column("score", "信用分", "score", "integer"),
    column("tier", "信用等级", "tier", "text"),
    column("display", "标识", "display", "text")
  ]
  const notice = noticeOrFailure(() =>
    buildNoticeUnsafe(
      {
        title,
        issuer: o.success.issuer ?? "村民委员会",
        period: o.success.period ?? { from: asOf, to: asOf },
        columns,
        rows: scored.map((r, i) => ({ rank: ranks[i], name: r.name, ...(withIds ? { citizenId: r.citizenId } : {}), score: r.score, tier: r.tier, display: r.display })),
        footer: `信用积分截至 ${asOf}；对积分有异议的，可在异议期内向村民委员会提出。`
      },
      policy
    )
  )
  if (Result.isFailure(notice)) return Result.fail(notice.failure)
  const n = notice.success
  const at = (k: string) => columns.findIndex((c) => c.key === k)
  const rows: BoardRow[] = n.rows.map((cells, i) => {
    const r = scored[i] as (typeof scored)[number]
    return { rank: ranks[i] as number, name: cells[at("name")] as string, citizenId: withIds ? (cells[at("citizenId")] as string) : null, score: r.score, tier: r.tier, display: r.display }
  })
  return Result.succeed({ title, asOf, rows, notice: n, citations: [BOARD] })
}
