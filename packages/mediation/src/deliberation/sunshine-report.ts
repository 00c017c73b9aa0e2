/**
 * “三务三资”阳光报告会 (the sunshine report meeting, 德州市平原县, seed 001) with its 问题台账
 * (question ledger) as a workflow on core's kernel:
 *
 * > 报告会按照“一述、两问、三评、四定”的程序进行……对村民提出的问题，能当场解释的，当场给群众圆满
 * > 答复；能当场解决的，当场敲定；对需要制定措施解决的，建立问题台账，实行销号管理。 — seed 001（平原县）
 *
 * 一述 the committee head reports; 两问 villagers ask questions and are asked for ideas; 三评 the
 * head, the committee members and the Party members are evaluated; 四定 every ledger item not
 * settled on the spot gets a target, measures, a person responsible and a deadline, and is closed
 * (销号) one by one. The meeting is quarterly (坚持每季度召开一次).
 *
 * @module
 */
import { addMonths, decode, type Deadline, type InvalidInput, type IsoDate, IsoDateSchema, TransitionRefused, type Workflow } from "@minzheng/core"
import * as Result from "effect/Result"
import * as z from "zod/mini"
import { sunshineStateIssues } from "../internal/deliberation-guard.js"
import { withCurrentType } from "../internal/legacy-types.js"
import { decodeSafely, textIssues, throwIfAny } from "../internal/guard.js"
import { quarterEnd, quarterStart } from "../internal/quarter.js"
import { IdSchema, NameSchema, TextSchema } from "../internal/schemas.js"
import { LOCAL_PRACTICE } from "../law/citations.js"
import { EVALUATION_SUBJECT_NAMES, LEDGER_ITEM_KIND_NAMES, QUESTION_HANDLING_NAMES, SUNSHINE_STAGE_NAMES } from "./model.js"
import { membersOf } from "../internal/members.js"

const date = IsoDateSchema
const Handling = z.literal(membersOf(QUESTION_HANDLING_NAMES))
const Subject = z.literal(membersOf(EVALUATION_SUBJECT_NAMES))
const count = z.number().check(z.int(), z.minimum(0), z.maximum(100_000))
const shapes = {
  schedule: { date, village: NameSchema, quarter: z.string().check(z.refine((q: string) => /^\d{4}Q[1-4]$/.test(q), { params: { zh: "季度应写作 2025Q1", en: "a quarter is written 2025Q1" } })) },
  report: { date, reporter: NameSchema, content: TextSchema },
  raiseQuestion: { date, itemId: IdSchema, asker: NameSchema, kind: z.literal(membersOf(LEDGER_ITEM_KIND_NAMES)), text: TextSchema, handling: Handling, answer: z.optional(TextSchema) },
  evaluate: { date, subject: Subject, satisfied: count, basicallySatisfied: count, dissatisfied: count },
  fix: { date, itemId: IdSchema, target: TextSchema, measures: TextSchema, responsible: NameSchema, deadline: date },
  conclude: { date },
  closeItem: { date, itemId: IdSchema, result: TextSchema }
}

/**
 * Zod schema of a {@link SunshineCommand}.
 *
 * @example
 * ```ts
 * import { SunshineCommandSchema } from "@minzheng/mediation"
 * SunshineCommandSchema.safeParse({ type: "conclude", date: "2025-01-15" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const SunshineCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("schedule"), ...shapes.schedule }),
  z.strictObject({ type: z.literal("report"), ...shapes.report }),
  z.strictObject({ type: z.literal("raise-question"), ...shapes.raiseQuestion }),
  z.strictObject({ type: z.literal("evaluate"), ...shapes.evaluate }),
  z.strictObject({ type: z.literal("fix"), ...shapes.fix }),
  z.strictObject({ type: z.literal("conclude"), ...shapes.conclude }),
  z.strictObject({ type: z.literal("close-item"), ...shapes.closeItem })
])

/**
 * A command of the sunshine report meeting: `schedule`, `report` (一述), `raise-question` (两问),
 * `evaluate` (三评), `fix` (四定), `conclude`, `close-item` (销号).
 *
 * @example
 * ```ts
 * import type { SunshineCommand } from "@minzheng/mediation"
 * const c: SunshineCommand = { type: "conclude", date: "2025-01-15" as any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type SunshineCommand = z.infer<typeof SunshineCommandSchema>

/**
 * Zod schema of a {@link SunshineEvent}.
 *
 * @example
 * ```ts
 * import { SunshineEventSchema } from "@minzheng/mediation"
 * SunshineEventSchema.safeParse({ type: "concluded", date: "2025-01-15" }).success //=> true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const SunshineEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("scheduled"), ...shapes.schedule }),
  z.strictObject({ type: z.literal("reported"), ...shapes.report }),
  z.strictObject({ type: z.literal("question-raised"), ...shapes.raiseQuestion }),
  z.strictObject({ type: z.literal("evaluated"), ...shapes.evaluate }),
  z.strictObject({ type: z.literal("fixed"), ...shapes.fix }),
  z.strictObject({ type: z.literal("concluded"), ...shapes.conclude }),
  z.strictObject({ type: z.literal("item-closed"), ...shapes.closeItem })
])

/**
 * An event of the sunshine report meeting.
 *
 * @example
 * ```ts
 * import type { SunshineEvent } from "@minzheng/mediation"
 * const e: SunshineEvent = { type: "concluded", date: "2025-01-15" as any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type SunshineEvent = z.infer<typeof SunshineEventSchema>

/**
 * One item of the 问题台账 (question ledger).
 *
 * @example
 * ```ts
 * import type { LedgerItem } from "@minzheng/mediation"
 * const open = (i: LedgerItem) => i.closedOn === undefined
 * ```
 * @category models
 * @since 0.1.0
 */
export interface LedgerItem {
  readonly itemId: string
  readonly raisedOn: IsoDate
  readonly asker: string
  readonly kind: keyof typeof LEDGER_ITEM_KIND_NAMES
  readonly text: string
  readonly handling: keyof typeof QUESTION_HANDLING_NAMES
  readonly answer?: string
  readonly fourFixes?: { readonly target: string; readonly measures: string; readonly responsible: string; readonly deadline: IsoDate }
  readonly closedOn?: IsoDate
  readonly result?: string
}

/**
 * The state of one sunshine report meeting and its ledger.
 *
 * @example
 * ```ts
 * import { sunshineReportWorkflow } from "@minzheng/mediation"
 * sunshineReportWorkflow.initial.stage //=> "new"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface SunshineState {
  readonly stage: keyof typeof SUNSHINE_STAGE_NAMES
  readonly village?: string
  readonly quarter?: string
  readonly heldOn?: IsoDate
  readonly reporter?: string
  readonly items: ReadonlyArray<LedgerItem>
  readonly evaluations: ReadonlyArray<{ readonly subject: keyof typeof EVALUATION_SUBJECT_NAMES; readonly satisfied: number; readonly basicallySatisfied: number; readonly dissatisfied: number }>
  readonly lastDate?: IsoDate
}

const onSpot = (h: LedgerItem["handling"]): boolean => h === "answered-on-spot" || h === "resolved-on-spot"

type Stage = SunshineState["stage"]
const ALLOWED: Readonly<Record<SunshineCommand["type"], ReadonlyArray<Stage>>> = {
  schedule: ["new"],
  report: ["scheduled"],
  "raise-question": ["reported", "questioned"],
  evaluate: ["questioned", "evaluated"],
  fix: ["evaluated", "ledger-open"],
  conclude: ["evaluated"],
  "close-item": ["ledger-open"]
}

const refuse = (s: SunshineState, c: SunshineCommand, zh: string, en: string, details?: Record<string, unknown>) =>
  Result.fail(
    new TransitionRefused({
      state: s.stage,
      command: c.type,
      reason: { zh, en },
      citations: [c.type === "fix" || c.type === "close-item" || c.type === "conclude" ? LOCAL_PRACTICE.pingyuanLedger : LOCAL_PRACTICE.pingyuanProcedure],
      ...(details === undefined ? {} : { details })
    })
  )

/**
 * The sunshine report meeting as a workflow: 一述 → 两问 → 三评 → 四定, then 销号 item by item.
 * The meeting concludes only when all three evaluations are in and every item not settled on the
 * spot has its four fixes; it closes when the last ledger item is closed.
 *
 * @example
 * ```ts
 * import { sunshineReportWorkflow } from "@minzheng/mediation"
 * import { handle } from "@minzheng/core"
 * import { Result } from "@minzheng/core"
 * const r = handle(sunshineReportWorkflow, sunshineReportWorkflow.initial, { type: "report", date: "2025-01-10" as any, reporter: "村委会主任", content: "述职" })
 * Result.isFailure(r) //=> true
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const sunshineReportWorkflow: Workflow<SunshineState, SunshineCommand, SunshineEvent> = {
  name: "sunshine-report-meeting",
  initial: { stage: "new", items: [], evaluations: [] },
  decide: (s, c) => {
    if (!ALLOWED[c.type].includes(s.stage)) {
      return refuse(s, c, `当前为“${SUNSHINE_STAGE_NAMES[s.stage].zh}”，不能进行“${c.type}”`, `${c.type} is not possible at stage ${s.stage}`, { allowedIn: ALLOWED[c.type] })
    }
    if (s.lastDate !== undefined && c.date < s.lastDate) return refuse(s, c, `日期早于上一条记录（${s.lastDate}）`, `dated before the last record (${s.lastDate})`)
    const item = "itemId" in c ? s.items.find((i) => i.itemId === c.itemId) : undefined
    switch (c.type) {
      case "schedule":
        return Result.succeed([{ ...c, type: "scheduled" }])
      case "report":
        return Result.succeed([{ ...c, type: "reported" }])
      case "raise-question":
        if (item !== undefined) return refuse(s, c, "台账编号重复", "the ledger item id is already used", { itemId: c.itemId })
        return Result.succeed([{ ...c, type: "question-raised" }])
      case "evaluate":
        if (s.evaluations.some((e) => e.subject === c.subject)) return refuse(s, c, "该对象已评议", "that subject has already been evaluated", { subject: c.subject })
        return Result.succeed([{ ...c, type: "evaluated" }])
      case "fix":
        if (item === undefined) return refuse(s, c, "台账中没有该问题", "no such ledger item", { itemId: c.itemId })
        if (onSpot(item.handling)) return refuse(s, c, "当场答复或解决的问题无需四定", "an item settled on the spot needs no four fixes", { itemId: c.itemId })
        if (item.closedOn !== undefined) return refuse(s, c, "该问题已销号", "the item is already closed", { itemId: c.itemId })
        if (c.deadline < c.date) return refuse(s, c, "完成时限不得早于定责日期", "the deadline may not be before the date it is set", { deadline: c.deadline })
        return Result.succeed([{ ...c, type: "fixed" }])
      case "conclude": {
        const missingSubjects = (["director", "committee-members", "party-members"] as const).filter((x) => !s.evaluations.some((e) => e.subject === x))
        if (missingSubjects.length > 0) return refuse(s, c, "三评未完成", "the three evaluations are not complete", { missingSubjects })
        const unfixed = s.items.filter((i) => !onSpot(i.handling) && i.fourFixes === undefined).map((i) => i.itemId)
        if (unfixed.length > 0) return refuse(s, c, `需要制定措施解决的问题未完成四定：${unfixed.join("、")}`, `ledger items lack their four fixes: ${unfixed.join(", ")}`, { unfixed })
        return Result.succeed([{ ...c, type: "concluded" }])
      }
      case "close-item":
        if (item === undefined) return refuse(s, c, "台账中没有该问题", "no such ledger item", { itemId: c.itemId })
        if (item.closedOn !== undefined) return refuse(s, c, "该问题已销号", "the item is already closed", { itemId: c.itemId })
        return Result.succeed([{ ...c, type: "item-closed" }])
    }
  },
  evolve: (s, e) => {
    const base = { ...s, lastDate: e.date }
    switch (e.type) {
      case "scheduled":
        return { ...base, stage: "scheduled", village: e.village, quarter: e.quarter }
      case "reported":
        return { ...base, stage: "reported", heldOn: e.date, reporter: e.reporter }
      case "question-raised": {
        const settled = e.handling === "answered-on-spot" || e.handling === "resolved-on-spot"
        const item: LedgerItem = {
          itemId: e.itemId,
          raisedOn: e.date,
          asker: e.asker,
          kind: e.kind,
          text: e.text,
          handling: e.handling,
          ...(e.answer === undefined ? {} : { answer: e.answer }),
          ...(settled ? { closedOn: e.date, result: e.answer ?? QUESTION_HANDLING_NAMES[e.handling].zh } : {})
        }
        return { ...base, stage: "questioned", items: [...s.items, item] }
      }
      case "evaluated":
        return { ...base, stage: "evaluated", evaluations: [...s.evaluations, { subject: e.subject, satisfied: e.satisfied, basicallySatisfied: e.basicallySatisfied, dissatisfied: e.dissatisfied }] }
      case "fixed":
        return {
          ...base,
          items: s.items.map((i) => (i.itemId === e.itemId ? { ...i, fourFixes: { target: e.target, measures: e.measures, responsible: e.responsible, deadline: e.deadline } } : i))
        }
      case "concluded":
        return { ...base, stage: s.items.every((i) => i.closedOn !== undefined) ? "closed" : "ledger-open" }
      case "item-closed": {
        const items = s.items.map((i) => (i.itemId === e.itemId ? { ...i, closedOn: e.date, result: e.result } : i))
        return { ...base, items, stage: items.every((i) => i.closedOn !== undefined) ? "closed" : "ledger-open" }
      }
    }
  }
}

/**
 * Decodes a sunshine-meeting command from unknown input.
 *
 * @example
 * ```ts
 * import { decodeSunshineCommand } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isFailure(decodeSunshineCommand({ type: "schedule", quarter: "2025Q5" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeSunshineCommand = (u: unknown): Result.Result<SunshineCommand, InvalidInput> => decodeSafely(() => decode(SunshineCommandSchema, withCurrentType(u)))

/**
 * Decodes a stored sunshine-meeting event.
 *
 * @example
 * ```ts
 * import { decodeSunshineEvent } from "@minzheng/mediation"
 * import { Result } from "@minzheng/core"
 * Result.isSuccess(decodeSunshineEvent({ type: "concluded", date: "2025-01-15" })) //=> true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const decodeSunshineEvent = (u: unknown): Result.Result<SunshineEvent, InvalidInput> => decodeSafely(() => decode(SunshineEventSchema, withCurrentType(u)))

/**
 * The deadlines of a meeting: every open ledger item's 四定 deadline, and the next quarterly meeting
 * (by the end of the quarter after the one the meeting was held in).
 *
 * @example
 * ```ts
 * import { sunshineDeadlines, sunshineReportWorkflow } from "@minzheng/mediation"
 * sunshineDeadlines("m-1", sunshineReportWorkflow.initial) //=> []
 * ```
 * @throws `InvalidInput` when `caseId` is not a text or `s` not a meeting's state
 * @category rules
 * @since 0.1.0
 */
export const sunshineDeadlines = (caseId: string, s: SunshineState): ReadonlyArray<Deadline> => {
  throwIfAny(textIssues(caseId, "caseId"), sunshineStateIssues(s))
  const out: Deadline[] = []
  for (const i of s.items) {
    if (i.closedOn === undefined && i.fourFixes !== undefined) {
      out.push({ caseId, kind: `ledger-item:${i.itemId}`, due: i.fourFixes.deadline, label: { zh: `问题台账 ${i.itemId} 完成时限`, en: `ledger item ${i.itemId} deadline` } })
    }
  }
  if (s.heldOn !== undefined) {
    out.push({ caseId, kind: "next-meeting", due: quarterEnd(addMonths(quarterStart(s.heldOn), 3)), label: { zh: "下一季度阳光报告会", en: "next quarterly sunshine report meeting" } })
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
}

/**
 * Counts of a meeting's questions by handling — the figures 平原县 reports (当场答复, 事后答复,
 * 县乡协调解决) — and how many ledger items are still open.
 *
 * @example
 * ```ts
 * import { ledgerSummary, sunshineReportWorkflow } from "@minzheng/mediation"
 * ledgerSummary(sunshineReportWorkflow.initial).open //=> 0
 * ```
 * @throws `InvalidInput` when `s` is not a meeting's state
 * @category statistics
 * @since 0.1.0
 */
export const ledgerSummary = (s: SunshineState): { readonly total: number; readonly byHandling: Readonly<Record<LedgerItem["handling"], number>>; readonly open: number } => {
  throwIfAny(sunshineStateIssues(s))
  const byHandling = { "answered-on-spot": 0, "resolved-on-spot": 0, "answer-later": 0, "county-township-coordination": 0 }
  for (const i of s.items) byHandling[i.handling]++
  return { total: s.items.length, byHandling, open: s.items.filter((i) => i.closedOn === undefined).length }
}
