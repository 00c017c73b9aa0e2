/**
 * 信用积分公示栏 (public board): the period's scores and tiers as rows of a public notice, with
 * names and ID numbers masked. Seed 001: “群众的信用积分情况在公开栏公示，用小红旗、小红星直观体现”.
 * The rows are plain data; a notice renderer (disclosure) formats them.
 *
 * @module
 */
import { decode, type InvalidInput, type IsoDate, localPractice, maskCitizenId, type Citation } from "@minzheng/core"
import { Result } from "effect"
import { z } from "zod"
import { IdSchema } from "../internal/schemas.js"
import { maskName } from "../internal/mask-name.js"
import type { Ledger } from "../ledger/ledger.js"
import { scoreStatement } from "../ledger/score.js"
import type { Scheme } from "../scheme/scheme.js"

/**
 * Zod schema of the residents listed on a board.
 *
 * @example
 * ```ts
 * import { ResidentsSchema } from "@minzheng/credit"
 * ResidentsSchema.safeParse([{ person: "p1", name: "张三" }]).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ResidentsSchema = z.array(z.object({ person: IdSchema, name: z.string().min(1).max(100), citizenId: z.string().max(30).optional() }).strict())

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
 * A public board: title, date, rows (highest score first), and its sources.
 *
 * @example
 * ```ts
 * import type { PublicBoard } from "@minzheng/credit"
 * const count = (b: PublicBoard) => b.rows.length
 * ```
 * @category board
 * @since 0.1.0
 */
export interface PublicBoard {
  readonly title: string
  readonly asOf: IsoDate
  readonly rows: ReadonlyArray<BoardRow>
  readonly citations: ReadonlyArray<Citation>
}

const BOARD = localPractice("seed 001", "信用积分在公开栏公示，用小红旗、小红星直观体现")

/**
 * Builds the board for a date: every listed resident's score and tier, ranked (equal scores share
 * a rank, then by masked name), with names masked to the surname and ID numbers masked by core's
 * `maskCitizenId`.
 *
 * @returns the board, or `InvalidInput` for a malformed resident list
 * @example
 * ```ts
 * import { Ledger, publicBoard, rongchengVillageScheme } from "@minzheng/credit"
 * import { isoDateUnsafe } from "@minzheng/core"
 * import { Result } from "effect"
 * const b = publicBoard(Ledger.empty(), [rongchengVillageScheme], [{ person: "p1", name: "张三", citizenId: "11010519491231002X" }], isoDateUnsafe("2025-06-30"))
 * Result.isSuccess(b) && b.success.rows[0] //=> { rank: 1, name: "张*", citizenId: "110105********002X", score: 100, tier: "A级（守信户）", display: "★" }
 * ```
 * @category board
 * @since 0.1.0
 */
export const publicBoard = (ledger: Ledger, versions: ReadonlyArray<Scheme>, residents: unknown, asOf: IsoDate): Result.Result<PublicBoard, InvalidInput> => {
  const d = decode(ResidentsSchema, residents)
  if (Result.isFailure(d)) return Result.fail(d.failure)
  const rows: Array<Omit<BoardRow, "rank">> = []
  let label = ""
  for (const r of d.success) {
    const s = scoreStatement(ledger, versions, r.person, asOf)
    if (s === undefined) continue
    label = s.scheme.id
    rows.push({ name: maskName(r.name), citizenId: r.citizenId === undefined ? null : maskCitizenId(r.citizenId), score: s.score, tier: s.tier.label.zh, display: s.tier.display })
  }
  rows.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  let rank = 0
  let last: number | null = null
  const ranked = rows.map((r, i) => {
    if (r.score !== last) rank = i + 1
    last = r.score
    return { rank, ...r }
  })
  return Result.succeed({ title: `信用积分公示（截至 ${asOf}）${label ? ` · ${label}` : ""}`, asOf, rows: ranked, citations: [BOARD] })
}
