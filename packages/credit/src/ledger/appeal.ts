/**
 * 异议 (appeal): a person may dispute an entry within the scheme's appeal window (days after the
 * entry's date, a scheme parameter); an upheld appeal appends a reversal, never an edit. The
 * residents' right to object is part of the scheme (seed 001; the domain specification notes 荣成's
 * 2021 rules provide for informed consent and objection).
 *
 * @module
 */
import { addDays, decode, explain, type Explanation, type IsoDate, IsoDateSchema, type InvalidInput, invalidInput, localPractice } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { CreditRefused, type IdempotencyConflict } from "../errors.js"
import { IdSchema } from "../internal/schemas.js"
import { ledgerIssues, problems, versionsIssues } from "../internal/guards.js"
import { versionOn } from "../internal/scheme-rules.js"
import type { Scheme } from "../scheme/scheme.js"
import { ROLES } from "../scheme/vocabulary.js"
import { type Appended, appendEntry } from "./append.js"
import type { Ledger } from "./ledger.js"

const APPEAL = localPractice("seed 001", "群众对赋分有异议的，可在公示期内提出；异议期天数为方案参数（示例值）")

/**
 * Zod schema of an {@link AppealDecision}.
 *
 * @example
 * ```ts
 * import { AppealDecisionSchema } from "@minzheng/credit"
 * AppealDecisionSchema.safeParse({ appealId: "ap-1", entryKey: "d1", person: "p1", filedOn: "2025-05-08", upheld: true, decidedOn: "2025-05-12", decidedBy: { id: "r1", role: "review-panel" } }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AppealDecisionSchema = z.strictObject({
  appealId: IdSchema,
  entryKey: IdSchema,
  person: IdSchema,
  filedOn: IsoDateSchema,
  upheld: z.boolean(),
  decidedOn: IsoDateSchema,
  decidedBy: z.strictObject({ id: IdSchema, role: z.literal(ROLES) }),
  reason: z.optional(z.string().check(z.maxLength(2000)))
})


/**
 * An appeal against an entry and the decision on it.
 *
 * @example
 * ```ts
 * import type { AppealDecision } from "@minzheng/credit"
 * const d: AppealDecision = { appealId: "ap-1", entryKey: "d1", person: "p1", filedOn: "2025-05-08" as any, upheld: true, decidedOn: "2025-05-12" as any, decidedBy: { id: "r1", role: "review-panel" } }
 * ```
 * @category appeals
 * @since 0.1.0
 */
export type AppealDecision = z.output<typeof AppealDecisionSchema>

/**
 * The outcome of an appeal: the ledger (with the reversal when upheld) and the explanation.
 *
 * @example
 * ```ts
 * import type { AppealOutcome } from "@minzheng/credit"
 * const reversed = (o: AppealOutcome) => o.reversal !== null
 * ```
 * @category appeals
 * @since 0.1.0
 */
export interface AppealOutcome {
  readonly ledger: Ledger
  readonly reversal: Appended["entry"] | null
  readonly windowEnds: IsoDate
  readonly explanation: Explanation
}

/**
 * Decides an appeal: refused with `appeal-window-closed` when filed after the window (entry date +
 * the scheme's `appealWindowDays`, inclusive); when upheld, appends the reversal keyed
 * `appeal:<appealId>` (so deciding twice writes once).
 *
 * @example
 * ```ts
 * import { Ledger, appendEntryUnsafe, decideAppeal, rongchengVillageScheme } from "@minzheng/credit"
 * import { Result } from "@minzheng/core"
 * const schemes = [rongchengVillageScheme]
 * const ledger = appendEntryUnsafe(Ledger.empty(), schemes, {
 *   kind: "deduction", key: "d1", person: "p1", item: "rubbish-dumping", date: "2025-05-06",
 *   recorder: { id: "c1", role: "collector" }, approver: { id: "v1", role: "village-committee" }, evidenceId: "ph-1"
 * }).ledger
 * const r = decideAppeal(ledger, schemes, { appealId: "ap-1", entryKey: "d1", person: "p1", filedOn: "2025-05-13", upheld: true, decidedOn: "2025-05-15", decidedBy: { id: "r1", role: "review-panel" } })
 * Result.isSuccess(r) && r.success.reversal?.points //=> 10
 * ```
 * @category appeals
 * @since 0.1.0
 */
export const decideAppeal = (
  ledger: Ledger,
  versions: ReadonlyArray<Scheme>,
  decision: unknown
): Result.Result<AppealOutcome, InvalidInput | IdempotencyConflict | CreditRefused> => {
  const d = decode(AppealDecisionSchema, decision)
  const bad = problems(ledgerIssues(ledger), versionsIssues(versions), Result.isFailure(d) ? d.failure.issues : [])
  if (bad !== undefined || Result.isFailure(d)) return Result.fail(bad ?? invalidInput([]))
  const a = d.success as AppealDecision
  const target = ledger.find(a.entryKey)
  if (target === undefined || target.person !== a.person) {
    return Result.fail(new CreditRefused({ code: "entry-not-found", reason: { zh: `${a.person} 名下没有记录 ${a.entryKey}`, en: `no entry ${a.entryKey} for ${a.person}` } }))
  }
  if (a.decidedOn < a.filedOn || a.filedOn < target.date) {
    return Result.fail(invalidInput([{ path: ["decidedOn"], code: "date_order", zh: "异议日期应不早于记录日期，决定日期应不早于异议日期", en: "the appeal must follow the entry and the decision the appeal" }]))
  }
  const scheme = versionOn(versions, target.date)
  if (Result.isFailure(scheme)) return Result.fail(scheme.failure)
  const days = scheme.success.appealWindowDays
  const windowEnds = addDays(target.date, days)
  if (a.filedOn > windowEnds) {
    return Result.fail(
      new CreditRefused({
        code: "appeal-window-closed",
        reason: { zh: `异议期已于 ${windowEnds} 届满（记录日 ${target.date} 起 ${days} 日），${a.filedOn} 提出的异议不予受理`, en: `the appeal window closed on ${windowEnds} (${days} days after ${target.date})` },
        citations: [APPEAL],
        details: { windowEnds, filedOn: a.filedOn }
      })
    )
  }
  let out = ledger
  let reversal: Appended["entry"] | null = null
  if (a.upheld) {
    const r = appendEntry(ledger, versions, {
      kind: "reversal",
      key: `appeal:${a.appealId}`,
      person: a.person,
      reverses: a.entryKey,
      date: a.decidedOn,
      recorder: a.decidedBy,
      note: a.reason ?? `异议 ${a.appealId} 成立`
    })
    if (Result.isFailure(r)) return Result.fail(r.failure)
    out = r.success.ledger
    reversal = r.success.entry
  }
  return Result.succeed({
    ledger: out,
    reversal,
    windowEnds,
    explanation: explain({
      rule: "credit.appeal",
      label: {
        zh: `对记录 ${a.entryKey} 的异议于 ${a.filedOn} 提出（异议期至 ${windowEnds}），${a.upheld ? "异议成立，予以冲正" : "异议不成立，维持原记录"}`,
        en: `appeal against ${a.entryKey} filed ${a.filedOn} (window to ${windowEnds}): ${a.upheld ? "upheld, reversed" : "dismissed"}`
      },
      outcome: a.upheld,
      inputs: { entryKey: a.entryKey, filedOn: a.filedOn, decidedOn: a.decidedOn },
      parameters: { appealWindowDays: days },
      citations: [APPEAL]
    })
  })
}
