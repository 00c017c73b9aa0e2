/**
 * 逾期未公开 (overdue): as of a date, which occurrences were due and not published, which were
 * published after their due day, and which 公示 had their decision taken before they ran their
 * full length.
 *
 * > 第三十一条 村民委员会不及时公布应当公布的事项或者公布的事项不真实的，村民有权向乡、民族乡、镇的
 * > 人民政府或者县级人民政府及其有关主管部门反映……(《村民委员会组织法》)
 *
 * An occurrence due on the as-of date itself is not yet overdue.
 *
 * @module
 */
import { type Bilingual, type Citation, daysBetween, type Explanation, explain, type InvalidInput, type IsoDate, IsoDateSchema } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { OccurrenceSchema } from "../schedule/schedule.js"
import { OccurrenceRecordSchema } from "./six-steps.js"
import { attemptResult } from "../internal/attempt.js"
import { decodeInput } from "../internal/preflight.js"

const ART31: Citation = { document: "中华人民共和国村民委员会组织法", article: "第三十一条" }

/**
 * Zod schema of an {@link OverdueInput}.
 *
 * @example
 * ```ts
 * import { OverdueInputSchema } from "@minzheng/disclosure"
 * OverdueInputSchema.safeParse({ occurrences: [], records: {}, asOf: "2025-06-30" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const OverdueInputSchema = z.strictObject({
  occurrences: z.array(OccurrenceSchema),
  records: z.record(z.string(), OccurrenceRecordSchema),
  asOf: IsoDateSchema
})

/**
 * The occurrences of a schedule, the tracking record of each (by occurrence uid; a missing record
 * means nothing was done), and the as-of date.
 *
 * @example
 * ```ts
 * import type { OverdueInput } from "@minzheng/disclosure"
 * const input: OverdueInput = { occurrences: [], records: {}, asOf: "2025-06-30" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type OverdueInput = z.input<typeof OverdueInputSchema>

/**
 * The kinds of finding, with their Chinese and English terms.
 *
 * @example
 * ```ts
 * import { OVERDUE_KINDS } from "@minzheng/disclosure"
 * OVERDUE_KINDS.overdue.zh //=> "逾期未公开"
 * ```
 * @category vocabulary
 * @since 0.1.0
 */
export const OVERDUE_KINDS = {
  overdue: { zh: "逾期未公开", en: "due and not published" },
  "published-late": { zh: "逾期公开", en: "published after the due day" },
  "early-decision": { zh: "公示期未满即作出决定", en: "decision taken before the public notice ran its full length" }
} as const satisfies Record<string, Bilingual>

/**
 * A kind of finding (see {@link OVERDUE_KINDS}).
 *
 * @example
 * ```ts
 * import type { OverdueKind } from "@minzheng/disclosure"
 * const kind: OverdueKind = "published-late"
 * ```
 * @category models
 * @since 0.1.0
 */
export type OverdueKind = keyof typeof OVERDUE_KINDS

/**
 * One finding of {@link findOverdue}.
 *
 * @example
 * ```ts
 * import type { OverdueFinding } from "@minzheng/disclosure"
 * const describe = (f: OverdueFinding) => `${f.uid}: ${f.label.zh}（${f.daysLate} 日）`
 * ```
 * @category models
 * @since 0.1.0
 */
export interface OverdueFinding {
  readonly uid: string
  readonly communityId: string
  readonly dutyId: string
  readonly kind: OverdueKind
  readonly label: Bilingual
  readonly due: IsoDate
  /** Days from the due day to the as-of date (overdue) or to the publication (late); 0 for an early decision. */
  readonly daysLate: number
  readonly explanation: Explanation
}

/**
 * Finds, as of a date, every occurrence due before it and not published, every one published
 * after its due day, and every 公示 whose decision was recorded on or before its last day; in due
 * order. No finding is an empty list — an answer ("nothing overdue"), not a failure.
 *
 * Returns a `Result`: `InvalidInput` listing every problem with the input (it usually comes from
 * a store or a file). The throwing twin is {@link findOverdueUnsafe}.
 *
 * @example
 * ```ts
 * import { findOverdue } from "@minzheng/disclosure"
 * import { Result } from "@minzheng/core"
 * const occ = { uid: "c/d/2025-05", communityId: "c", dutyId: "d", key: "2025-05", kind: "publication", nominal: "2025-05-10", due: "2025-05-12", moved: true, provisional: false } as const
 * Result.getOrThrow(findOverdue({ occurrences: [occ], records: {}, asOf: "2025-05-13" })).map((f) => [f.kind, f.daysLate]) //=> [["overdue", 1]]
 * Result.getOrThrow(findOverdue({ occurrences: [occ], records: {}, asOf: "2025-05-12" })) //=> []
 * Result.isFailure(findOverdue({ occurrences: [occ], records: {}, asOf: "2025-13-01" })) //=> true
 * ```
 * @category tracking
 * @since 0.1.0
 */
export const findOverdue = (input: OverdueInput): Result.Result<ReadonlyArray<OverdueFinding>, InvalidInput> =>
  attemptResult<ReadonlyArray<OverdueFinding>, InvalidInput>(() => findOverdueUnsafe(input))

/**
 * {@link findOverdue}, throwing its typed error.
 *
 * @throws `InvalidInput` listing every problem with the input
 * @example
 * ```ts
 * import { findOverdueUnsafe } from "@minzheng/disclosure"
 * findOverdueUnsafe({ occurrences: [], records: {}, asOf: "2025-05-13" }) //=> []
 * ```
 * @category tracking
 * @since 0.1.0
 */
export const findOverdueUnsafe = (input: OverdueInput): ReadonlyArray<OverdueFinding> => {
  const r = decodeInput(OverdueInputSchema, input)
  if (Result.isFailure(r)) throw r.failure
  const { occurrences, records, asOf } = r.success
  const out: OverdueFinding[] = []
  for (const o of occurrences) {
    const rec = Object.prototype.hasOwnProperty.call(records, o.uid) ? records[o.uid] : undefined
    const published = rec?.publishedOn
    const base = { uid: o.uid, communityId: o.communityId, dutyId: o.dutyId, due: o.due }
    if (published === undefined || published > asOf) {
      if (o.due < asOf) {
        const daysLate = daysBetween(o.due, asOf)
        out.push({
          ...base,
          kind: "overdue",
          label: OVERDUE_KINDS.overdue,
          daysLate,
          explanation: explain({ rule: "disclosure.overdue", label: OVERDUE_KINDS.overdue, outcome: true, inputs: { due: o.due, asOf, daysLate }, citations: [ART31] })
        })
      }
      continue
    }
    if (published > o.due) {
      const daysLate = daysBetween(o.due, published)
      out.push({
        ...base,
        kind: "published-late",
        label: OVERDUE_KINDS["published-late"],
        daysLate,
        explanation: explain({ rule: "disclosure.published-late", label: OVERDUE_KINDS["published-late"], outcome: true, inputs: { due: o.due, publishedOn: published, daysLate }, citations: [ART31] })
      })
    }
    if (rec?.earlyDecision === true && rec.decidedOn !== undefined && rec.decidedOn <= asOf) {
      out.push({
        ...base,
        kind: "early-decision",
        label: OVERDUE_KINDS["early-decision"],
        daysLate: 0,
        explanation: explain({
          rule: "disclosure.public-notice.full-length",
          label: OVERDUE_KINDS["early-decision"],
          outcome: true,
          inputs: { publishedOn: published, noticeEnd: rec.noticeEnd ?? null, decidedOn: rec.decidedOn },
          citations: [{ document: "中华人民共和国民法典", article: "第二百零一条至第二百零三条" }]
        })
      })
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0))
}
